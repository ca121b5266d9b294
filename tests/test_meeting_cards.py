"""The meeting cards are valid for Teams (official parser, schema 1.5, < 80 KB), and their buttons' payloads parse."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from agreements.dialogue.agenda import build_agenda
from agreements.dialogue.evaluation import Evaluation
from agreements.dialogue.meeting_ports import AgendaPoint, Assessment, GoalAssessment
from agreements.dialogue.meetings import MeetingSummary, MyActionPoint, NoteGroup
from agreements.types import ActionPoint, Agreement, Indicator, MeetingNote, Person
from cards.agenda import AgendaLine, AgendaView, agenda_card, agenda_view
from cards.meeting import (
    ActionLine,
    ActionPointsView,
    EvaluationGoal,
    EvaluationView,
    MeetingNotesView,
    MeetingSummaryView,
    NoteLine,
    ScheduleView,
    action_points_card,
    evaluation_card,
    meeting_notes_card,
    meeting_summary_card,
    schedule_card,
)
from cards.meeting_payloads import (
    MEETING_VERBS,
    EvaluationSaveAction,
    MeetingNoteAction,
    parse_meeting_action,
)
from cards.meeting_views import action_points_view, evaluation_view, notes_view, schedule_view, summary_view
from cards.payloads import InvalidPayloadError
from tests.support.cardcheck import assert_valid_cards
from tests.support.fake_connector import text_of
from tests.test_meeting_agenda import (
    EXTRA,
    GIVER,
    HOLDER,
    NAMES,
    TENANT,
    TODAY,
    built_action_points,
    built_agenda,
    built_agreement,
    built_measurements,
    meeting,
)

LONG = "Æøå lang tekst med mange ord. " * 40


def text(card: dict[str, Any]) -> str:
    return text_of({"attachments": [{"content": card}]})


def summary(notes: int = 3, text_length: int = 40, ended: bool = False) -> MeetingSummary:
    agenda = built_agenda()
    made = [MeetingNote(TENANT, 5, HOLDER if i % 2 else GIVER, f"Note {i} " + "x" * text_length,
                        kind="decision" if i % 3 == 0 else "note",
                        agenda_point=agenda.point_titles[i % len(agenda.point_titles)], id=i + 1)
            for i in range(notes)]
    groups: dict[str, list[MeetingNote]] = {}
    for note in made:
        groups.setdefault(note.agenda_point or "Eventuelt", []).append(note)
    the_meeting = meeting()
    the_meeting.ended_at = datetime(2026, 12, 10, 10, 55, tzinfo=UTC) if ended else None
    points = built_action_points()
    return MeetingSummary(
        meeting=the_meeting, agreement=agenda.agreement, point_titles=tuple(agenda.point_titles),
        groups=tuple(NoteGroup(t, tuple(groups[t])) for t in agenda.point_titles if t in groups),
        decisions=tuple(n for n in made if n.kind == "decision"),
        new_action_points=tuple(p for p in points if p.meeting_id == 5),
        carried_action_points=tuple(p for p in points if p.meeting_id != 5 and p.closed_at is None),
        names=NAMES, today=TODAY,
    )


def big_agenda_card() -> dict[str, Any]:
    agreement = built_agreement(economy="\n".join(LONG for _ in range(30)))
    for goal in agreement.goals[:6]:
        goal.statement = LONG
        for number in range(20):
            goal.indicators.append(Indicator(tenant_id=TENANT, id=1000 + 100 * (goal.id or 0) + number,
                                             key=f"k{goal.id}-{number}", name=LONG[:150],
                                             direction=goal.indicators[0].direction, baseline=1.0, target=2.0,
                                             deadline=date(2026, 12, 31)))
    points = [ActionPoint(TENANT, 1, LONG, HOLDER, date(2026, 11, i % 28 + 1), 4, id=i) for i in range(1, 90)]
    own = [AgendaPoint(TENANT, 5, EXTRA, LONG[:300], id=i) for i in range(1, 60)]
    agenda = build_agenda(meeting(), agreement, built_measurements(), points, own, TODAY, NAMES)
    assert len(agenda.missing_data) > 100 and len(agenda.action_points) == 89
    return agenda_card(agenda_view(agenda, days_before=5))


def evaluation() -> Evaluation:
    agreement = built_agreement()
    the_meeting = meeting()
    the_meeting.is_evaluation = True
    assessments = {
        11: GoalAssessment(TENANT, 1, 11, Assessment.PARTLY_MET, "Tæt på"),
        13: GoalAssessment(TENANT, 1, 13, Assessment.MET, ""),
    }
    return Evaluation(the_meeting, agreement, assessments)


def on_track_agreement() -> Agreement:
    agreement = built_agreement(economy="")
    agreement.goals = agreement.goals[2:3]
    return agreement


def worst_cases() -> dict[str, dict[str, Any]]:
    """Every text at its longest and made of «æ», which the wire escapes to six bytes each."""
    ae = "æ" * 3000
    line = AgendaLine(ae, ae, "Attention")
    many = [line] * 40
    agenda = AgendaView(5, ae, ae, ae, [ae[:200]] * 10, many, many, many, [ae] * 40, many)
    notes = [NoteLine(ae[:200], ae, i % 2 == 0) for i in range(200)]
    actions = [ActionLine(i, ae, ae[:200], "1. december 2026", True, context=ae[:200]) for i in range(1, 100)]
    return {
        "agenda worst": agenda_card(agenda),
        "notes worst": meeting_notes_card(MeetingNotesView(5, ae, ae[:100], [ae[:300]] * 50, 3, notes,
                                                           [(i, ae[:200]) for i in range(1, 8)])),
        "summary worst": meeting_summary_card(MeetingSummaryView(5, ae, ae[:100], ae, [ae[:200]] * 8,
                                                                 [(ae[:300], notes)] * 5, notes, actions, actions)),
        "tasks worst": action_points_card(ActionPointsView(actions)),
    }


def every_card() -> dict[str, dict[str, Any]]:
    holder = Person(TENANT, "aad-1", "Mette Kjær", id=HOLDER)
    mine = [MyActionPoint(p, p.due is not None and p.due < TODAY, 2026, "Børn og Skole")
            for p in built_action_points() if p.closed_at is None]
    people = [Person(TENANT, f"aad-{i}", name, id=i) for i, name in NAMES.items()]
    many_tasks = [ActionLine(i, LONG, "Mette Kjær", "1. december 2026", overdue=i % 2 == 0,
                             context="Udviklingsaftale 2026 – Børn og Skole") for i in range(1, 70)]
    return {
        "agenda": agenda_card(agenda_view(built_agenda())),
        "agenda reminder": agenda_card(agenda_view(built_agenda(), days_before=1, notice="Dit punkt er tilføjet.")),
        "agenda read-only": agenda_card(agenda_view(built_agenda(), can_write=False)),
        "agenda empty": agenda_card(agenda_view(build_agenda(meeting(), on_track_agreement(), built_measurements(),
                                                             [], [], TODAY, NAMES))),
        "agenda big": big_agenda_card(),
        "notes first": meeting_notes_card(notes_view(summary(), 0, HOLDER)),
        "notes middle": meeting_notes_card(notes_view(summary(), 4, GIVER, notice="Noten er gemt.")),
        "notes last ended": meeting_notes_card(notes_view(summary(ended=True), 99, None,
                                                          notice="Skriv lidt tekst først.", notice_is_error=True)),
        "summary": meeting_summary_card(summary_view(summary(ended=True))),
        "summary open": meeting_summary_card(summary_view(summary(notes=0, ended=False))),
        "summary huge": meeting_summary_card(summary_view(summary(notes=400, text_length=600, ended=True))),
        "tasks": action_points_card(action_points_view(mine, holder, TODAY, notice="Handlingspunktet er lukket.")),
        "tasks none": action_points_card(action_points_view([], holder, TODAY)),
        "tasks with closed": action_points_card(action_points_view(
            mine, holder, TODAY, notice="Handlingspunktet er lukket.",
            closed=[MyActionPoint(replace(mine[0].action_point, closed_at=datetime(2026, 11, 20, tzinfo=UTC)),
                                  False, 2026, "Børn og Skole")])),
        "tasks many": action_points_card(ActionPointsView(many_tasks)),
        "schedule": schedule_card(schedule_view(built_agreement(), "Børn og Skole", people)),
        "schedule again": schedule_card(ScheduleView(1, "Børn og Skole", 2026, [(3, "Jonas Berg")], "2027-01-14",
                                                     "10:00", "11:30", "Rådhuset", [3], True,
                                                     "Tirsdag den 24. november 2026 kl. 8.00 er allerede passeret.")),
        "evaluation": evaluation_card(evaluation_view(evaluation(), can_edit=True,
                                                      statuses={11: "Sygefravær i dagtilbud: bagud"})),
        "evaluation read": evaluation_card(evaluation_view(evaluation(), can_edit=False)),
        "evaluation none": evaluation_card(EvaluationView(5, 1, 2026, [])),
        **worst_cases(),
        "evaluation long": evaluation_card(EvaluationView(5, 1, 2026, [
            EvaluationGoal(i, i, LONG, LONG, "not_met", LONG) for i in range(1, 13)])),
    }


def test_every_meeting_card_is_valid_for_teams() -> None:
    cards = every_card()
    assert_valid_cards(*cards.values())
    assert max(len(json.dumps(c)) for c in cards.values()) < 80 * 1024


def actions(node: Any) -> Iterator[dict[str, Any]]:
    """Every action anywhere in a card, including ActionSets and Action.ShowCard cards."""
    if isinstance(node, dict):
        if str(node.get("type", "")).startswith("Action."):
            yield node
        for value in node.values():
            yield from actions(value)
    elif isinstance(node, list):
        for item in node:
            yield from actions(item)


INPUTS = {"point_text": "Nyt punkt", "note": "En note", "action_text": "Gør noget", "owner": "2",
          "due": "2026-12-01", "date": "2027-01-14", "start": "10:00", "end": "", "place": "Rådhuset",
          "extras": "3", "evaluation": "false", "goal_11": "partly_met", "comment_11": "Tæt på", "goal_12": ""}


def test_every_button_sends_a_payload_that_parses() -> None:
    seen = set()
    for name, card in every_card().items():
        for action in actions(card):
            if action["type"] != "Action.Execute":
                continue
            assert action["fallback"]["type"] == "Action.Submit", name
            assert action["fallback"]["data"]["verb"] == action["verb"], name
            payload = parse_meeting_action({**action["data"], **INPUTS})
            assert payload.verb == action["verb"]
            seen.add(payload.verb)
    assert seen == MEETING_VERBS - {"meeting.summary", "meeting.agenda"}


def test_agenda_card_shows_the_sections_and_marks_overdue_points() -> None:
    shown = text(agenda_card(agenda_view(built_agenda(), days_before=5)))
    for heading in ("Dagsorden: Dialogmøde om udviklingsaftale 2026", "mødet er om 5 arbejdsdage",
                    "Indikatorer, der er bagud eller i risiko", "Manglende data", "Åbne handlingspunkter",
                    "Økonomi – budgetkommentarer", "Punkter fra deltagerne", "torsdag den 10. december 2026 kl. 10.00"):
        assert heading in shown
    assert "Mål 1 · Sygefravær i dagtilbud – bagud" in shown
    assert "frist 1. november 2026 – overskredet" in shown
    assert "Status på rekruttering af pædagoger" in shown and "tilføjet af Jonas Berg" in shown
    assert "Lukket" not in shown
    card = agenda_card(agenda_view(built_agenda()))
    assert [a["title"] for a in card["actions"]] == ["Tilføj punkt til dagsorden", "Noter til mødet"]
    assert "actions" not in agenda_card(agenda_view(built_agenda(), can_write=False))


def test_notes_card_files_notes_under_its_agenda_point() -> None:
    view = notes_view(summary(notes=10, ended=True), 1, HOLDER)
    card = meeting_notes_card(view)
    save = next(a for a in actions(card) if a.get("verb") == "meeting.add_note")
    payload = parse_meeting_action({**save["data"], "note": "Vi tager det op igen"})
    assert isinstance(payload, MeetingNoteAction)
    assert (payload.point, payload.point_index, payload.kind) == ("Elever der trives (i risiko)", 1, "note")
    owner = next(e for e in card["body"] if e.get("id") == "owner")
    assert owner["value"] == str(HOLDER) and [c["value"] for c in owner["choices"]] == ["1", "2", "3"]
    assert [a["title"] for a in card["actions"]] == ["Forrige punkt", "Næste punkt"]  # the meeting has ended
    assert "Punkt 2 af 7: Elever der trives (i risiko)" in text(card)


def test_summary_card_groups_notes_decisions_and_action_points() -> None:
    shown = text(meeting_summary_card(summary_view(summary(notes=6))))
    assert "Referat: Dialogmøde om udviklingsaftale 2026" in shown
    assert "Beslutninger" in shown and "Nye handlingspunkter" in shown
    assert "Frist sidst i november — Mette Kjær, frist 30. november 2026" in shown
    assert "Stadig åbne fra tidligere møder" in shown and "overskredet" in shown
    huge = text(meeting_summary_card(summary_view(summary(notes=400, text_length=600))))
    assert re.search(r"Referatet er forkortet her – \d+ noter mere er gemt ved mødet\.", huge)


def test_evaluation_card_presets_the_saved_assessments() -> None:
    card = evaluation_card(evaluation_view(evaluation(), can_edit=True))
    choice = next(e for c in card["body"] if c.get("type") == "Container" for e in c["items"]
                  if e.get("id") == "goal_11")
    assert choice["value"] == "partly_met"
    assert [a["verb"] for a in card["actions"]] == ["evaluation.save", "evaluation.carry"]
    assert card["actions"][1]["title"] == "Overfør ikke opfyldte mål til 2027"
    payload = parse_meeting_action({**card["actions"][0]["data"], "goal_11": "not_met", "comment_11": " Nej ",
                                    "goal_13": "met", "goal_12": ""})
    assert isinstance(payload, EvaluationSaveAction)
    assert [(a.goal, a.assessment, a.comment) for a in payload.assessments] == [
        (11, "not_met", "Nej"), (13, "met", ""),
    ]
    assert "Vurderet: delvist opfyldt" in text(evaluation_card(evaluation_view(evaluation(), can_edit=False)))


def test_tasks_card_has_a_close_button_per_task() -> None:
    holder = Person(TENANT, "aad-1", "Mette Kjær", id=HOLDER)
    mine = [MyActionPoint(p, p.due is not None and p.due < TODAY, 2026, "Børn og Skole")
            for p in built_action_points() if p.closed_at is None]
    card = action_points_card(action_points_view(mine, holder, TODAY))
    closes = [a for a in actions(card) if a.get("verb") == "action.close"]
    assert [a["data"]["action_point"] for a in closes] == [p.action_point.id for p in mine]
    assert "Udviklingsaftale 2026 – Børn og Skole · frist 1. november 2026 – overskredet" in text(card)
    assert "Du har ingen åbne handlingspunkter." in text(action_points_card(ActionPointsView([])))


def test_summary_view_lists_participants_and_notes() -> None:
    view: MeetingSummaryView = summary_view(summary(notes=2))
    assert view.participants == ["Mette Kjær", "Henrik Thomsen", "Jonas Berg"]
    # A decision is shown once, under «Beslutninger», not again under its agenda point.
    assert view.decisions == [NoteLine("Henrik Thomsen", "Note 0 " + "x" * 40, True)]
    assert all(not line.decision for _, lines in view.groups for line in lines)


@pytest.mark.parametrize(
    "data",
    [
        None, {"verb": "meeting.add_note"}, {"verb": "meeting.add_note", "meeting": 0},
        {"verb": "meeting.add_note", "meeting": 1, "kind": "essay"},
        {"verb": "meeting.schedule", "agreement": 1, "start": "kl. ti"},
        {"verb": "meeting.add_action", "meeting": 1, "due": "i morgen"},
        {"verb": "action.close", "action_point": "x"},
        {"verb": "evaluation.save", "meeting": 1, "goal_3": "fantastisk"},
        {"verb": "evaluation.carry", "agreement": 1, "year": 1999},
        {"verb": "meeting.add_note", "meeting": 1, "note": "x" * 2001},
    ],
)
def test_malformed_meeting_payloads_are_refused(data: object) -> None:
    with pytest.raises(InvalidPayloadError):
        parse_meeting_action(data)
