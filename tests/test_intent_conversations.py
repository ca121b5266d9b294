"""Every intent of docs/intents.md, said in a manager's own words, through the protocol: the bot answers with what
that intent does (the demo municipality; each phrasing in a conversation of its own, the bot on a fixed clock)."""

from __future__ import annotations

from agreements.demo import COORDINATOR, GIVER, DemoPerson
from agreements.intents import INTENTS
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot

# (who types it — None: the holder —, the intent, what they type, what the answer must contain)
SAID: tuple[tuple[DemoPerson | None, str, str, str], ...] = (
    (None, "new_goal", "jeg vil gerne skrive et nyt udviklingsmål", "Hvilken slags mål er det?"),
    (None, "edit_goal", "kan jeg lige ændre målværdien i mål 1", "Sådan ser målet ud nu"),
    (None, "delete_goal", "fjern mål 2 fra aftalen", "Jeg kan ikke slette et gemt mål endnu"),
    (None, "show_agreement", "lad mig se min aftale", "Udviklingsaftale 2026 – Børn og Skole"),
    (None, "new_agreement", "jeg skal oprette aftalen for næste år", "Lad os oprette en ny udviklingsaftale"),
    (None, "edit_section", "jeg vil opdatere økonomiafsnittet", "Økonomi i aftalen for Børn og Skole 2026 lyder nu"),
    (None, "submit", "aftalen er klar, send den til godkendelse", "Aftalen er sendt til godkendelse"),
    (None, "history", "hvad sagde direktøren til sidste version", "Historik for aftalen for Børn og Skole 2026"),
    (None, "status", "hvordan står det til med sygefraværet", "Sygefravær i dagtilbud"),
    (None, "register_measurement", "jeg har et nyt tal for sygefraværet", "Registrér en værdi"),
    (None, "export", "kan jeg få aftalen som word-dokument", "Eksportér"),
    (None, "plan_meeting", "book et dialogmøde med henrik", "Planlæg dialogmøde"),
    (None, "move_meeting", "kan vi rykke dialogmødet til kl 14", "Du har ikke noget kommende dialogmøde"),
    (None, "next_meeting", "hvornår er vores næste dialogmøde", "Du har ikke noget kommende dialogmøde"),
    (None, "meeting_notes", "jeg vil tage noter til mødet", "Du har ikke noget dialogmøde i gang eller planlagt"),
    (None, "end_meeting", "vi er færdige med mødet nu", "Du har ikke noget dialogmøde i gang eller planlagt"),
    (None, "meeting_summary", "vis referatet fra sidste møde", "Du har ikke noget dialogmøde i gang eller planlagt"),
    (None, "my_tasks", "hvilke handlingspunkter har jeg", "Mine handlingspunkter"),
    (None, "plan_evaluation", "sæt evalueringsmødet i kalenderen", "Det er årets evalueringsmøde"),
    (None, "evaluation", "jeg vil evaluere årets mål", "Der er ikke planlagt et evalueringsmøde endnu"),
    (COORDINATOR, "overview", "giv mig et overblik over alle aftaler", "Overblik over udviklingsaftaler 2026"),
    (COORDINATOR, "who_is_behind", "hvilke enheder er bagud", "Hvem er bagud – udviklingsaftaler 2026"),
    (GIVER, "pending_approvals", "er der aftaler jeg skal godkende",
     "1 aftale venter på din godkendelse: Børn og Skole 2026"),  # the holder sent it above
    (None, "subscribe_channel", "kanalen skal have månedsstatus for børn og skole", "abonnér på status for"),
    (None, "unsubscribe_channel", "stop månedsstatus i kanalen", "abonnér på status for"),
    (None, "help", "hvad kan du hjælpe mig med", "Det kan jeg hjælpe med"),
    (None, "greeting", "godmorgen aftalebot", "Velkommen til Aftalebot"),
    (None, "thanks", "tusind tak for hjælpen", "Selv tak"),
    (None, "ask_deadline", "hvornår skal aftalen være godkendt", "Årshjulets næste frister"),
    (None, "ask_who_giver", "hvem er min aftalegiver", "Henrik Thomsen"),
    (None, "ask_who_holder", "hvem er aftaleholder for Børn og Skole", "Mette Kjær"),
    (None, "ask_who_coordinator", "hvem er chefkonsulent", "Anne Bech"),
    (None, "ask_goal_count", "hvor mange udviklingsmål skal aftalen have", "egne udviklingsmål"),
    (None, "ask_cross_cutting", "hvad er et tværgående mål", "Et tværgående mål er"),
    (None, "ask_output_effect", "hvad er forskellen på output og effekt", "Output er det"),
    (None, "ask_indicator", "hvad er en førende indikator", "førende indikator"),
    (None, "ask_milestone", "hvad er et delmål", "delmål for i år"),
    (None, "ask_measurable", "hvornår er et mål målbart", "konkret og målbart"),
    (None, "ask_focus_areas", "hvilke fokusområder skal aftalen forholde sig til", "fokusområder er"),
    (None, "ask_economy", "hvad skal der stå om budgettet", "Budgetrammen"),
    (None, "ask_involvement", "skal lokal-med inddrages i målene", "Lokal-MED"),
    (None, "ask_process", "hvordan foregår processen", "Sådan kører året"),
)


def test_every_catalogued_intent_is_said_once() -> None:
    assert sorted(intent for _, intent, _, _ in SAID) == sorted(INTENTS)


async def test_each_intent_in_own_words_gets_its_answer(bot: RunningBot, connector: FakeConnector) -> None:
    wrong = []
    for who, intent, text, expected in SAID:
        before = len(connector.activities)
        overrides = {"conversation_id": f"a:intent-{intent}"} | ({"user": who} if who else {})
        response = await bot.post(make_activity(connector.url, text=text, **overrides))
        assert response.status in (200, 201)
        answer = "\n".join(text_of(a) for a in connector.activities[before:] if a.get("type") == "message")
        if expected not in answer:
            wrong.append((intent, text, answer[:160]))
    assert not wrong, wrong
