"""Issue 17, item 6: «årsoverblik 2026», the year's evaluation results, through the protocol (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from agreements.cycle.year_review import (
    GoalResult,
    UnitResult,
    YearReview,
    YearReviewRequest,
    default_year,
    parse_year_review_request,
)
from agreements.demo import COORDINATOR, DEPARTMENT_LEADER, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID
from agreements.dialogue.evaluation import AssessmentInput, EvaluationService
from agreements.dialogue.meeting_ports import Assessment, GoalAssessment
from agreements.dialogue.meetings import MeetingService
from agreements.profiles import TONDER
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Goal, GoalKind, Unit
from bot.composition import Container
from cards.year_review import year_review_card
from tests.support.cardcheck import assert_valid_cards
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.test_annual_cycle import flatten

NOW = datetime(2027, 2, 10, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [
    ("årsoverblik 2026", YearReviewRequest(2026)), ("Årsoverblik", YearReviewRequest(None)),
    ("vis årsoverblikket for 2025.", YearReviewRequest(2025)),
])
def test_requests_are_read(text: str, expected: YearReviewRequest) -> None:
    assert parse_year_review_request(text) == expected


@pytest.mark.parametrize("text", ["overblik 2026", "årsoverbliksbillede", "hvordan gik året"])
def test_other_text_is_not_a_request(text: str) -> None:
    assert parse_year_review_request(text) is None


def test_the_default_year_is_the_one_being_evaluated() -> None:
    assert default_year(datetime(2027, 3, 31, 12, tzinfo=UTC)) == 2026
    assert default_year(datetime(2027, 4, 2, 12, tzinfo=UTC)) == 2027


def test_the_card_is_valid_escapes_user_text_and_fits_teams() -> None:
    hostile = "[klik](http://evil) <at>Alle</at> *fed*"
    goals = tuple(GoalResult(n, f"Mål {n} {hostile}", Assessment.MET if n % 2 else None, hostile * 3)
                  for n in range(1, 6))
    units = tuple(UnitResult(i, f"Enhed {i} {hostile}", "Børn og Skole", "A", "B", goals) for i in range(200))
    card = year_review_card(YearReview(2026, (*units, UnitResult(999, "Tom", "", "A", "B", ()))))
    assert_valid_cards(card, year_review_card(YearReview(2026, ())))
    dumped = str(card)
    assert "](http" not in dumped and "<at>" not in dumped
    assert len(__import__("json").dumps(card, ensure_ascii=False).encode()) < 26 * 1024
    assert "aftaler mere" in flatten(card) and "Ikke evalueret endnu" in flatten(card)


async def _setup(container: Container) -> None:
    """Two more units: Karen's school (given by Mette, a fagchef) and Lars' area (given by the direktør); then the
    demo agreement is evaluated through the evaluation use case and Karen's goal is assessed too."""
    async with container.uow_factory() as uow:
        people = {p.aad_object_id: p for p in await uow.people.list(TENANT_ID)}
        mette, henrik = people[HOLDER.aad_object_id], people[GIVER.aad_object_id]
        karen, lars = people[DEPARTMENT_LEADER.aad_object_id], people[OTHER_MANAGER.aad_object_id]
        school = await uow.units.add(Unit(tenant_id=TENANT_ID, name="Tønder Distriktsskole", area="Børn og Skole"))
        social = await uow.units.add(Unit(tenant_id=TENANT_ID, name="Social og Sundhed", area="Social og Sundhed"))
        school_agreement = await uow.agreements.add(Agreement(
            tenant_id=TENANT_ID, unit_id=school.id or 0, year=2026, level=AgreementLevel.DEPARTMENT,
            holder_id=karen.id or 0, giver_id=mette.id or 0, status=AgreementStatus.APPROVED))
        goal = await uow.agreements.add_goal(school_agreement.id or 0, Goal(
            tenant_id=TENANT_ID, kind=GoalKind.OWN, statement="Flere elever læser dagligt"))
        await uow.agreements.add(Agreement(
            tenant_id=TENANT_ID, unit_id=social.id or 0, year=2026, level=AgreementLevel.DIRECTORATE,
            holder_id=lars.id or 0, giver_id=henrik.id or 0, status=AgreementStatus.APPROVED))
        await uow.meetings.save_assessment(GoalAssessment(
            tenant_id=TENANT_ID, agreement_id=school_agreement.id or 0, goal_id=goal.id or 0,
            assessment=Assessment.NOT_MET, comment="Læsebåndet kom først i gang i efteråret",
            assessed_by=mette.id, assessed_at=NOW))
        demo = (await uow.agreements.for_holder(TENANT_ID, mette.id or 0))[0]
        scheduled = await MeetingService(TONDER).schedule(
            uow, henrik, demo.id or 0, datetime(2027, 2, 3, 12, tzinfo=UTC), None, "Rådhuset", [],
            datetime(2027, 1, 20, 9, tzinfo=UTC), is_evaluation=True)
        goals = [g.id or 0 for g in demo.goals]
        await EvaluationService().save_evaluation(uow, henrik, scheduled.meeting.id or 0, [
            AssessmentInput(goals[0], Assessment.MET, "Nået"),
            AssessmentInput(goals[1], Assessment.PARTLY_MET, "Tæt på <at>Alle</at>"),
        ], NOW)
        await uow.commit()


@pytest.fixture
async def container(database_url: str) -> Any:
    async with demo_container(database_url, FakeClock(NOW)) as built:
        await _setup(built)
        yield built


def cards_of(chat: Conversation) -> list[dict[str, Any]]:
    return [a.attachments[0].content for a in chat.adapter.activity_buffer if a.attachments]


async def test_a_coordinator_sees_every_unit_with_counts_and_who_is_missing(container: Container) -> None:
    chat = Conversation(container, COORDINATOR)
    before = len(chat.adapter.activity_buffer)
    await chat.adapter.receive_activity("årsoverblik 2026")
    [card] = [a.attachments[0].content for a in chat.adapter.activity_buffer[before:] if a.attachments]
    assert_valid_cards(card)
    shown = flatten(card)
    assert "Årsoverblik 2026" in shown
    assert "3 aftaler · 2 evalueret · 1 mangler" in shown
    assert "Mål: 1 opfyldt · 1 delvist opfyldt · 1 ikke opfyldt" in shown
    assert "Tønder Distriktsskole" in shown and "Læsebåndet kom først i gang i efteråret" in shown
    assert "Ikke evalueret endnu" in shown
    assert shown.index("Ikke evalueret endnu") < shown.index("- Social og Sundhed")
    assert "Social og Sundhed · Social og Sundhed" not in shown  # a fagområde's own unit is named once
    assert "<at>Alle</at>" not in str(card)


async def test_a_giver_sees_the_units_they_give(container: Container) -> None:
    chat = Conversation(container, HOLDER)  # Mette: holder of her own, giver of Karen's school
    before = len(chat.adapter.activity_buffer)
    await chat.adapter.receive_activity("årsoverblik 2026")
    [card] = [a.attachments[0].content for a in chat.adapter.activity_buffer[before:] if a.attachments]
    shown = flatten(card)
    assert "1 aftale · 1 evalueret · 0 mangler" in shown and "Tønder Distriktsskole" in shown
    assert "Social og Sundhed" not in shown and "Børn og Skole ·" not in shown.replace("Tønder Distriktsskole ·", "")


async def test_a_holder_who_gives_nothing_is_refused_in_danish_and_nothing_changes(container: Container) -> None:
    async with container.uow_factory() as uow:
        before = [(a.id, a.status, a.version) for a in await uow.agreements.for_year(TENANT_ID, 2026)]
        assessments = len(await uow.meetings.assessments(TENANT_ID, before[0][0] or 0))
    chat = Conversation(container, OTHER_MANAGER)
    reply = await chat.say("årsoverblik 2026")
    assert reply.startswith("Årsoverblikket over evalueringen er for direktionen")
    assert not any(a.attachments for a in chat.adapter.activity_buffer)
    async with container.uow_factory() as uow:
        assert [(a.id, a.status, a.version) for a in await uow.agreements.for_year(TENANT_ID, 2026)] == before
        assert len(await uow.meetings.assessments(TENANT_ID, before[0][0] or 0)) == assessments
        events = await uow.audit.list(TENANT_ID, f"year_review:{TENANT_ID}")
    assert [e.action for e in events] == ["year_review.refused"]
