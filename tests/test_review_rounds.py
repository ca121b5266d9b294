"""Second rounds of the yearly loop, each through the Bot Framework protocol on SQLite and PostgreSQL: an agreement
sent back for changes is edited, sent again and decided, as often as it takes; an approved agreement is edited and
approved again."""

from __future__ import annotations

from typing import Any

from agreements.demo import GIVER, HOLDER, TENANT_ID
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, find_action, has_action
from tests.support.fake_connector import text_of

ERROR = "gik noget galt"


async def send_for_approval(bot: ClockedBot, typed: str = "send til godkendelse") -> dict[str, Any]:
    """The holder types «send til godkendelse»; returns the approval card the giver got."""
    before = len(bot.connector.activities)
    said = await bot.send_for_approval(typed)
    assert ERROR not in said and "sendt til Henrik Thomsen" in said, said
    cards = cards_of(bot.to(GIVER, before))
    assert cards, "the giver got no approval card"
    assert_valid_cards(cards[-1])
    return cards[-1]


async def change_target_of_goal_one(bot: ClockedBot, target: str) -> None:
    for typed in ("ret mål 1", "ret målværdi", target):
        assert ERROR not in await bot.say(typed)
    saved = await bot.say("gem")
    assert "Mål 1 er rettet" in saved, saved


async def stored(bot: ClockedBot) -> dict[str, Any]:
    async with bot.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, 1)
        assert agreement is not None
        versions = await uow.agreements.versions(TENANT_ID, 1)
    return {
        "status": agreement.status.value,
        "version": agreement.version,
        "rounds": [(v.version, v.decision.value if v.decision else None) for v in versions],
        "goal_1": agreement.goals[0],
    }


async def test_changes_requested_edit_send_again_and_decide_any_number_of_times(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    original = (await stored(bot))["goal_1"]
    await bot.say("hej", user=GIVER)
    first = await send_for_approval(bot)

    comment = "Målværdien for afgangsprøverne er for lav – sigt efter 95 %."
    body = await bot.click(find_action(first, "agreement.request_changes"), user=GIVER, inputs={"comment": comment})
    assert body["type"] == "application/vnd.microsoft.card.adaptive", body
    assert (await stored(bot))["status"] == "changes_requested"

    # The comment stays in sight on «min aftale» and in «historik» until the next decision.
    mine = await bot.say("min aftale")
    assert comment in mine and "Henrik Thomsen bad om ændringer" in mine
    assert comment in await bot.say("historik")

    bot.clock.advance(days=1)
    await change_target_of_goal_one(bot, "95 %")
    after_edit = await stored(bot)
    assert (after_edit["status"], after_edit["version"]) == ("draft", 2)
    assert after_edit["goal_1"].indicators[0].target == 95.0
    assert "fra 86 % til 95 %" in after_edit["goal_1"].statement  # the sentence says the new number
    # Only what was changed: the parts the coach did not ask about are as the holder wrote them.
    for part in ("initiative", "measurement_method", "output", "effect", "followup", "data_source"):
        assert getattr(after_edit["goal_1"], part) == getattr(original, part), part
    assert comment in await bot.say("min aftale"), "the comment stays until the next decision"
    second = await send_for_approval(bot, "send til godkendelse: Målværdien er hævet til 95 %, som du bad om.")
    assert (await stored(bot))["rounds"] == [(1, "changes_requested"), (2, None)]
    shown = card_text(second)
    assert "Mette Kjær skriver:" in shown and "Målværdien er hævet til 95 %, som du bad om." in shown
    assert "Ændringer siden version 1" in shown and comment in shown
    assert "Målværdi: 90 % → 95 %" in shown and "86 % → 95 %" in shown and "fra 86 % til 95 %" in shown
    # The old wording only as what it was: «Formuleringen var: …».
    assert shown.count("fra 86 % til 90 %") == 1 and "Formuleringen var: «Flere elever" in shown
    assert "Indsats" not in shown.split("Mål (8)")[1].split("2. Fokusområde")[0], "nothing but the edit is changed"

    # Round two is sent back too; the holder sends it again from the card's button, unchanged, with a comment.
    body = await bot.click(find_action(second, "agreement.request_changes"), user=GIVER,
                           inputs={"comment": "Skriv hvordan I følger op på 95 %."})
    assert ERROR not in str(body)
    holder_cards = [c for c in cards_of(bot.to(HOLDER)) if has_action(c, "agreement.submit")]
    assert holder_cards, "the holder was given no card to send the agreement again from"
    before = len(bot.connector.activities)
    body = await bot.click(find_action(holder_cards[-1], "agreement.submit"),
                           inputs={"reason": "Opfølgning sker månedligt i LIS – se mål 1."})
    assert ERROR not in str(body) and body["type"] == "application/vnd.microsoft.card.adaptive", body
    third = cards_of(bot.to(GIVER, before))[-1]
    assert_valid_cards(third)
    assert "Opfølgning sker månedligt i LIS – se mål 1." in card_text(third)
    assert "Ændringer siden version 2" in card_text(third) and "Intet er ændret" in card_text(third)
    assert (await stored(bot))["rounds"] == [(1, "changes_requested"), (2, "changes_requested"), (3, None)]

    # An old card's buttons no longer decide anything.
    stale = await bot.click(find_action(second, "agreement.approve"), user=GIVER)
    assert "actions" not in stale.get("value", {}) or not has_action(stale["value"], "agreement.approve")

    body = await bot.click(find_action(third, "agreement.approve"), user=GIVER)
    assert "Udviklingsaftalen er godkendt" in card_text(body["value"])
    result = await stored(bot)
    assert result["status"] == "approved" and result["version"] == 3
    assert result["rounds"] == [(1, "changes_requested"), (2, "changes_requested"), (3, "approved")]
    mine = await bot.say("min aftale")
    assert "Godkendt af Henrik Thomsen" in mine and "Skriv hvordan I følger op" not in mine
    history = await bot.say("historik")
    assert "Version 3" in history and "godkendt af Henrik Thomsen" in history and comment in history
    everything = "\n".join(text_of(a) for a in bot.connector.activities)
    assert ERROR not in everything


async def test_editing_an_approved_agreement_makes_a_new_version_that_is_approved_again(
    clocked_bot: ClockedBot,
) -> None:
    bot = clocked_bot
    await bot.say("hej", user=GIVER)
    first = await send_for_approval(bot)
    await bot.click(find_action(first, "agreement.approve"), user=GIVER)
    assert (await stored(bot))["rounds"] == [(1, "approved")]

    bot.clock.advance(days=60)  # a mid-year change
    assert "lyder nu" in await bot.say("ret økonomi")
    economy = "Rammen er 412 mio. kr. Besparelsen på 3 mio. kr. kan påvirke målet om inklusion."
    assert "opdateret" in await bot.say(economy)
    await change_target_of_goal_one(bot, "92 %")
    edited = await stored(bot)
    assert (edited["status"], edited["version"]) == ("draft", 2), "one new version for all the changes"

    # The approved version stays on the giver's card as approved; the giver sees the draft as a draft.
    told = await bot.say("min aftale", user=GIVER)
    assert "er en kladde, som Mette Kjær arbejder på" in told and "Rammen er 412 mio. kr." in told

    second = await send_for_approval(bot)
    shown = card_text(second)
    assert "Ændringer siden version 1 (godkendt)" in shown
    assert "Målværdi: 90 % → 92 %" in shown and "afsnittet «Økonomi»" in shown
    assert "Udviklingsaftale til godkendelse" in shown
    body = await bot.click(find_action(second, "agreement.approve"), user=GIVER,
                           inputs={"comment": "Fint – husk at følge op på besparelsen."})
    assert "Udviklingsaftalen er godkendt" in card_text(body["value"])
    result = await stored(bot)
    assert (result["status"], result["version"]) == ("approved", 2)
    assert result["rounds"] == [(1, "approved"), (2, "approved")]
    assert "husk at følge op på besparelsen" in await bot.say("min aftale")


async def test_the_giver_asking_for_a_draft_agreement_gets_an_answer(clocked_bot: ClockedBot) -> None:
    told = await clocked_bot.say("min aftale", user=GIVER)
    assert "er en kladde, som Mette Kjær arbejder på" in told
    assert "Udviklingsaftale 2026 – Børn og Skole" in told
    cards = cards_of(await clocked_bot.send("min aftale", user=GIVER))
    assert cards and not has_action(cards[-1], "agreement.submit"), "only the holder sends the agreement"
    assert_valid_cards(*cards)
    assert "Historik for aftalen for Børn og Skole 2026" in await clocked_bot.say("historik", user=GIVER)


async def test_in_june_ret_maal_and_send_mean_this_years_agreement_not_last_years_draft(
    clocked_bot: ClockedBot,
) -> None:
    """Found by the year in the life: with last year's draft left over, «ret mål 1» changed and «send til
    godkendelse» sent the 2026 agreement in June 2027, not the running 2027 agreement."""
    from datetime import UTC, datetime

    from tests.test_yearly_calendar import create_agreement_for_the_year_suggested

    bot = clocked_bot
    await bot.say("hej", user=GIVER)
    bot.clock.now = datetime(2026, 12, 7, 9, tzinfo=UTC)
    await create_agreement_for_the_year_suggested(bot)
    for typed in ("nyt mål", "2"):
        await bot.say(typed)
    await bot.say("Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo 2027, målt i LIS og fulgt "
                  "månedligt på dialogmøderne.")
    assert "gemt" in await bot.say("gem")
    card = await send_for_approval(bot, "send til godkendelse: Ét mål til at begynde med.")
    assert "2027" in card_text(card)
    await bot.click(find_action(card, "agreement.approve"), user=GIVER)

    bot.clock.now = datetime(2027, 6, 14, 9, tzinfo=UTC)
    for typed in ("ret mål 1", "ret målværdi", "5,3 %"):
        assert ERROR not in await bot.say(typed)
    assert "Mål 1 er rettet i aftalen for Børn og Skole 2027" in await bot.say("gem")
    card = await send_for_approval(bot, "send til godkendelse: Målet er skærpet.")
    shown = card_text(card)
    assert "2027" in shown and "Ændringer siden version 1 (godkendt)" in shown and "5,5 % → 5,3 %" in shown, shown
    async with bot.uow() as uow:
        by_year = {a.year: a for a in await uow.agreements.for_year(TENANT_ID)}
    assert by_year[2026].version == 1 and by_year[2026].status.value == "draft"
    assert by_year[2026].goals[0].indicators[0].target == 90.0
    assert by_year[2027].status.value == "submitted" and by_year[2027].goals[0].indicators[0].target == 5.3


async def test_a_target_in_another_unit_is_asked_again_not_stored(clocked_bot: ClockedBot) -> None:
    """Found by the year in the life: «96 %» as the target of a goal counted in unge made the giver approve
    «120 % → 96 %»."""
    bot = clocked_bot
    await bot.say("ret mål 2")
    await bot.say("ret målværdi")
    asked = await bot.say("96 %")
    assert "Udgangspunktet er 120 unge – skriv tallet i samme enhed (unge)." in asked, asked
    assert ERROR not in asked
    assert "fra 120 til 180 unge" in await bot.say("180 unge")
    assert "Mål 2 er rettet" in await bot.say("gem")
    async with bot.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, 1)
    assert agreement is not None
    youth = agreement.goals[1].indicators[0]
    assert (youth.baseline, youth.target, youth.measure_unit) == (120.0, 180.0, "unge")
