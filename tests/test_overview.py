"""The coordinator's overview («overblik») with a controllable clock: status, R4 gaps, missing data, next meeting,
deadlines behind, the fagområde filter, the refusal of anyone but a chefkonsulent, and the card within Teams' limits."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from agreements.cycle.overview import (
    NOT_COORDINATOR,
    Overview,
    OverviewError,
    OverviewRefused,
    OverviewRequest,
    OverviewService,
    match_area,
    parse_overview_request,
)
from agreements.profiles import TONDER
from bot.teams.overview_flow import OverviewFlow
from cards.overview import REFRESH_VERB, FilterView, OverviewCardView, RowView, overview_card
from cards.overview_payloads import is_overview_action, parse_overview_action
from cards.overview_views import overview_card_view
from cards.payloads import InvalidPayloadError
from tests.support.cardcheck import assert_valid_cards
from tests.test_annual_cycle import flatten
from tests.test_overview_world import TENANT, CycleWorld, cycle_world, local

__all__ = ["cycle_world"]  # the fixture

NOW = local(2027, 2, 2, 9)  # the approval deadline (31 January) has passed
SERVICE = OverviewService(TONDER)

# ---------------------------------------------------------------- typed requests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("overblik", OverviewRequest()),
        ("Overblik.", OverviewRequest()),
        ("overblikket", OverviewRequest()),
        ("overblik Børn og Skole", OverviewRequest(area="børn og skole")),
        ("overblik for beskæftigelse 2027", OverviewRequest(year=2027, area="beskæftigelse")),
        ("overblik 2026", OverviewRequest(year=2026)),
        ("overblik bagud", OverviewRequest(behind_only=True)),
        ("hvem er bagud?", OverviewRequest(behind_only=True)),
        ("Hvem er bagud i Børn og Skole", OverviewRequest(area="børn og skole", behind_only=True)),
        ("hvem der er bagud 2027", OverviewRequest(year=2027, behind_only=True)),
        ("vis overblikket over aftalerne", OverviewRequest()),
    ],
)
def test_requests_are_read(text: str, expected: OverviewRequest) -> None:
    assert parse_overview_request(text) == expected


@pytest.mark.parametrize("text", ["hvilke mål er bagud?", "overbliksbillede", "status", "min aftale", "bagud"])
def test_other_text_is_not_a_request(text: str) -> None:
    assert parse_overview_request(text) is None


AREAS = ["Beskæftigelse", "Børn og Skole", "Kultur og Fritid", "Sundhed og Ældre"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("børn og skole", "Børn og Skole"),
        ("boern og skole", "Børn og Skole"),
        ("børn", "Børn og Skole"),
        ("beskæftigelsen", "Beskæftigelse"),
        ("beskæftigelse", "Beskæftigelse"),
        ("sundhed og ældre", "Sundhed og Ældre"),
        ("teknik og miljø", None),
        ("og", None),  # in three areas: ambiguous
    ],
)
def test_areas_are_matched_forgivingly(query: str, expected: str | None) -> None:
    assert match_area(query, AREAS) == expected


# ---------------------------------------------------------------- the overview (database)


def names(overview: Overview) -> list[str]:
    return [row.slot.unit.name for row in overview.rows]


async def test_every_unit_with_status_gaps_missing_data_meeting_and_deadlines(cycle_world: CycleWorld) -> None:
    world = cycle_world
    async with world.uow() as uow:
        overview = await SERVICE.build(uow, world.people["anne"], NOW)
    assert overview.year == 2027 and overview.total == 5 and overview.behind_count == 4
    # Behind first (most deadlines first), then by fagområde and name; the school is on time.
    assert names(overview) == ["Dagtilbud", "Kultur", "Ældreplejen", "Jobcenter", "Skoleområdet"]
    rows = {row.slot.unit.name: row for row in overview.rows}
    school, job, elderly, day_care = rows["Skoleområdet"], rows["Jobcenter"], rows["Ældreplejen"], rows["Dagtilbud"]
    assert school.status is not None and school.status.value == "approved"
    assert (school.goals, school.goals_missing_r4, school.indicators, school.indicators_without_data) == (1, 0, 1, 0)
    assert school.next_meeting is not None and school.next_meeting.starts_at == local(2027, 3, 10, 10)
    assert school.behind == () and (school.holder, school.giver) == ("Mette Kjær", "Henrik Thomsen")
    assert job.status is not None and job.status.value == "submitted"
    assert (job.goals_missing_r4, job.indicators_without_data, job.next_meeting) == (1, 1, None)  # no follow-up
    assert [(b.deadline.key, b.reason.value) for b in job.behind] == [("approved", "awaiting_approval")]
    assert elderly.goals == 0 and [b.reason.value for b in elderly.behind] == ["no_goals", "not_submitted",
                                                                                "not_submitted"]
    assert day_care.status is None and day_care.holder == "Lise Holm"  # last year's holder is expected to draft
    card = overview_card(overview_card_view(overview))
    assert_valid_cards(card)
    text = flatten(card)
    assert "Overblik over udviklingsaftaler 2027" in text
    assert "3 aftaler · 2 bagud" in text  # five units; two have no agreement yet, named on their own
    assert "2 enheder uden aftale: Dagtilbud, Kultur." in text
    assert "**Skoleområdet · Børn og Skole** – Godkendt" in text
    assert "Mette Kjær ↔ Henrik Thomsen · 1 mål · næste dialogmøde onsdag den 10. marts 2027 kl. 10.00" in text
    assert "**Jobcenter · Beskæftigelse** – Indsendt" in text
    assert "1 mål · 1 mål er ikke målbart endnu · 1 indikator uden data · intet dialogmøde planlagt" in text
    assert "Bagud: Godkendelse (31. januar 2027)" in text
    assert "**Dagtilbud · Børn og Skole** – Ingen aftale endnu" in text
    assert "Lise Holm ↔ Henrik Thomsen (sidste år)" in text
    assert "Næste frist: Midtvejsopfølgning 30. juni 2027." in text


async def test_a_fagomraade_filter_and_only_those_behind(cycle_world: CycleWorld) -> None:
    world = cycle_world
    async with world.uow() as uow:
        children = await SERVICE.build(uow, world.people["anne"], NOW, area="børn")
        behind = await SERVICE.build(uow, world.people["anne"], NOW, behind_only=True)
        last_year = await SERVICE.build(uow, world.people["anne"], NOW, year=2026)
        with pytest.raises(OverviewError) as unknown:
            await SERVICE.build(uow, world.people["anne"], NOW, area="Teknik og Miljø")
    assert children.area == "Børn og Skole" and names(children) == ["Dagtilbud", "Skoleområdet"]
    assert children.areas == ("Beskæftigelse", "Børn og Skole", "Kultur og Fritid", "Sundhed og Ældre")
    assert "Skoleområdet" not in names(behind) and len(behind.rows) == 4 and behind.total == 5
    assert str(unknown.value) == (
        "Jeg kender ikke fagområdet «Teknik og Miljø». Skriv et af disse: "
        "Beskæftigelse, Børn og Skole, Kultur og Fritid, Sundhed og Ældre."
    )
    assert last_year.year == 2026 and sorted(names(last_year)) == [
        "Dagtilbud", "Jobcenter", "Kultur", "Skoleområdet", "Ældreplejen"
    ]
    card = overview_card(overview_card_view(children))
    assert_valid_cards(card)
    assert "fagområde: Børn og Skole" in flatten(card)


@pytest.mark.parametrize("who", ["mette", "henrik"])
async def test_anyone_but_a_coordinator_is_refused_and_audited(cycle_world: CycleWorld, who: str) -> None:
    world = cycle_world
    async with world.uow() as uow:
        with pytest.raises(OverviewRefused) as refused:
            await SERVICE.build(uow, world.people[who], NOW)
    assert str(refused.value) == NOT_COORDINATOR
    async with world.uow() as uow:
        events = await uow.audit.list(TENANT)
    assert [(e.action, e.actor_id, e.detail["reason"]) for e in events] == [
        ("overview.refused", world.id(who), "not_coordinator")
    ]


# ---------------------------------------------------------------- the card


def big_view(rows: int) -> OverviewCardView:
    row = RowView(
        title="Distrikt Nørre Rangstrup Skole og Dagtilbud · Børn og Skole", status="Sendt tilbage til ændringer",
        people="Mette Kjær-Andersen ↔ Henrik Thomsen",
        details="5 mål · 3 mål er ikke målbare endnu · 4 indikatorer uden data · næste dialogmøde tirsdag den "
                "14. september 2027 kl. 10.00",
        behind="Bagud: Udkast (frist 1. december 2026), Indsendelse (frist 15. december 2026), Godkendelse "
               "(frist 31. januar 2027)",
    )
    return OverviewCardView(
        title="Overblik over udviklingsaftaler 2027", subtitle="Pr. 2. februar 2027", counts=f"{rows} aftaler",
        deadlines="Årshjul: …", next_deadline="Næste frist: Midtvejsopfølgning 30. juni 2027.",
        rows=tuple(row for _ in range(rows)), empty="",
        filter=FilterView(("Beskæftigelse", "Børn og Skole"), None, (2026, 2027, 2028), 2027, False),
    )


def test_a_long_overview_is_clipped_to_fit_teams() -> None:
    card = overview_card(big_view(300))
    size = len(json.dumps(card).encode())
    assert size < 28 * 1024
    assert_valid_cards(card)
    containers = [b for b in card["body"] if b.get("type") == "Container"]
    more = next(b["text"] for b in card["body"] if b.get("type") == "TextBlock" and b["text"].startswith("… og"))
    assert more == f"… og {300 - len(containers)} mere. Vælg et fagområde for at se dem."
    assert 10 < len(containers) < 300
    small = overview_card(big_view(3))
    assert not any(b.get("text", "").startswith("… og") for b in small["body"])


def test_the_filter_sends_its_inputs_with_the_refresh_verb() -> None:
    card = overview_card(big_view(1))
    action = card["actions"][0]
    assert action["type"] == "Action.Execute" and action["verb"] == REFRESH_VERB
    assert action["fallback"]["type"] == "Action.Submit"
    inputs = {i["id"]: i for column in card["body"][-2]["columns"] for i in column["items"]}
    assert [c["value"] for c in inputs["area"]["choices"]] == ["*", "Beskæftigelse", "Børn og Skole"]
    assert inputs["year"]["value"] == "2027"
    # What Teams sends back: the data merged with the inputs, all strings.
    parsed = parse_overview_action({**action["data"], "verb": REFRESH_VERB, "area": "Børn og Skole",
                                    "year": "2026", "behind_only": "true"})
    assert (parsed.year, parsed.area, parsed.behind_only) == (2026, "Børn og Skole", True)
    assert parse_overview_action({"verb": REFRESH_VERB, "area": "", "year": "", "behind_only": "false"}) \
        .model_dump() == {"verb": REFRESH_VERB, "year": None, "area": None, "behind_only": False}
    assert is_overview_action({"verb": REFRESH_VERB}) and not is_overview_action({"verb": "command"})


@pytest.mark.parametrize(
    "data",
    [None, [], {"verb": "overview.delete"}, {"verb": REFRESH_VERB, "year": "i år"},
     {"verb": REFRESH_VERB, "year": "1999"}, {"verb": REFRESH_VERB, "area": "x" * 101}],
)
def test_bad_payloads_are_refused(data: Any) -> None:
    with pytest.raises(InvalidPayloadError):
        parse_overview_action(data)


# ---------------------------------------------------------------- the flow (through TestAdapter)


class FlowChat:
    """Drives OverviewFlow directly (the handler's wiring is the lead's): text → (handled, replies)."""

    def __init__(self, world: CycleWorld, who: str, now: datetime = NOW) -> None:
        self.world, self.who = world, who
        self.flow = OverviewFlow(TONDER, lambda: now)
        self.handled: list[bool] = []
        self.acted: list[dict[str, Any] | None] = []
        self.data: dict[str, Any] | None = None

        async def logic(context: TurnContext) -> None:
            async with world.uow() as uow:
                person = world.people[who]
                if self.data is not None:
                    self.acted.append(await self.flow.act(context, uow, person, self.data))
                else:
                    self.handled.append(await self.flow.answer(context, uow, person, context.activity.text or ""))
                await uow.commit()

        person = world.people[who]
        self.adapter = TestAdapter(logic, Activity(
            channel_id="msteams", service_url="https://smba.trafficmanager.net/emea/",
            from_property=ChannelAccount(id=f"29:{who}", name=person.name, aad_object_id=person.aad_object_id),
            recipient=ChannelAccount(id="28:aftalebot", name="Aftalebot"),
            conversation=ConversationAccount(id=f"a:{who}", conversation_type="personal", tenant_id=TENANT),
        ))

    async def send(self, text: str) -> list[Any]:
        self.data = None
        await self.adapter.receive_activity(text)
        replies = list(self.adapter.activity_buffer)
        self.adapter.activity_buffer.clear()
        return replies

    async def click(self, data: dict[str, Any]) -> tuple[dict[str, Any] | None, list[Any]]:
        self.data = data
        await self.adapter.receive_activity("")
        replies = list(self.adapter.activity_buffer)
        self.adapter.activity_buffer.clear()
        return self.acted[-1], replies


def card_of(activity: Any) -> dict[str, Any]:
    content: dict[str, Any] = activity.attachments[0].content
    return content


async def test_the_flow_answers_a_coordinator_with_the_card_and_others_with_a_refusal(
    cycle_world: CycleWorld,
) -> None:
    anne = FlowChat(cycle_world, "anne")
    replies = await anne.send("hvem er bagud i børn og skole")
    assert anne.handled == [True] and len(replies) == 1
    card = card_of(replies[0])
    assert_valid_cards(card)
    text = flatten(card)
    assert "Hvem er bagud – udviklingsaftaler 2027" in text and "Dagtilbud" in text and "Skoleområdet" not in text
    assert await anne.send("hej") == [] and anne.handled[-1] is False
    unknown = await anne.send("overblik teknik")
    assert unknown[0].text.startswith("Jeg kender ikke fagområdet «teknik».")
    # The card's «Vis» with other inputs: the whole municipality for 2027, everyone.
    refreshed, sent = await anne.click({**card["actions"][0]["data"], "area": "*", "behind_only": "false"})
    assert sent == [] and refreshed is not None
    assert "Skoleområdet" in flatten(refreshed) and "Jobcenter" in flatten(refreshed)
    bad, sent = await anne.click({"verb": REFRESH_VERB, "year": "næste år"})
    assert bad is None and "kunne jeg ikke bruge" in sent[0].text

    mette = FlowChat(cycle_world, "mette")
    replies = await mette.send("overblik")
    assert mette.handled == [True] and [r.text for r in replies] == [NOT_COORDINATOR]
    refused, sent = await mette.click({"verb": REFRESH_VERB, "year": "2027"})
    assert refused is None and [r.text for r in sent] == [NOT_COORDINATOR]


def test_the_help_card_names_the_overview_only_for_coordinators() -> None:
    from cards.help import help_card

    coordinator, manager = help_card(for_coordinator=True), help_card()
    assert_valid_cards(coordinator)
    assert "«overblik»" in json.dumps(coordinator, ensure_ascii=False)
    assert "«overblik»" not in json.dumps(manager, ensure_ascii=False)
