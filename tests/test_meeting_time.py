"""Typed Danish meeting times, and reminder times in working days across holidays and summer time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from agreements.clock import COPENHAGEN
from agreements.cycle.workdays import is_working_day, working_days_before
from agreements.dialogue.meeting_time import (
    MeetingTimeError,
    format_meeting_time,
    meeting_time_from_fields,
    parse_meeting_time,
    parse_new_time,
    reminder_due_at,
    reminder_plans,
)

# Tuesday 24 November 2026, 09:00 in Copenhagen.
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=COPENHAGEN)


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("typed", "starts", "ends"),
    [
        ("torsdag den 14. januar kl. 10", local(2027, 1, 14, 10), local(2027, 1, 14, 11)),
        ("14/1 kl. 10.30", local(2027, 1, 14, 10, 30), local(2027, 1, 14, 11, 30)),
        ("den 3. februar 2027 kl. 9:15", local(2027, 2, 3, 9, 15), local(2027, 2, 3, 10, 15)),
        ("i morgen kl. 13", local(2026, 11, 25, 13), local(2026, 11, 25, 14)),
        ("næste onsdag kl. 8", local(2026, 11, 25, 8), local(2026, 11, 25, 9)),
        ("onsdag i næste uge kl. 8", local(2026, 12, 2, 8), local(2026, 12, 2, 9)),
        ("tirsdag kl. 10", local(2026, 12, 1, 10), local(2026, 12, 1, 11)),
        ("14. januar 10-11:30", local(2027, 1, 14, 10), local(2027, 1, 14, 11, 30)),
        ("14.1.2027 kl. 10 til 12", local(2027, 1, 14, 10), local(2027, 1, 14, 12)),
        ("14/1-2027 klokken 10 i 2 timer", local(2027, 1, 14, 10), local(2027, 1, 14, 12)),
        ("2027-02-03 kl. 9", local(2027, 2, 3, 9), local(2027, 2, 3, 10)),
        ("3. feb. kl. 14 i halvanden time", local(2027, 2, 3, 14), local(2027, 2, 3, 15, 30)),
        ("I dag kl. 15", local(2026, 11, 24, 15), local(2026, 11, 24, 16)),
        ("Dialogmødet er fredag den 27. november kl. 12.30", local(2026, 11, 27, 12, 30), local(2026, 11, 27, 13, 30)),
    ],
)
def test_typed_danish_meeting_times(typed: str, starts: datetime, ends: datetime) -> None:
    when = parse_meeting_time(typed, NOW)
    assert (when.starts_at, when.ends_at) == (starts, ends)
    assert when.starts_at.tzinfo is COPENHAGEN


def test_a_date_without_a_year_is_its_next_occurrence() -> None:
    # 1 November has passed this year, so it is next year's; 30 November is still ahead.
    assert parse_meeting_time("1/11 kl. 10", NOW).starts_at == local(2027, 11, 1, 10)
    assert parse_meeting_time("30/11 kl. 10", NOW).starts_at == local(2026, 11, 30, 10)


def test_a_weekday_that_contradicts_the_date_is_refused_in_danish() -> None:
    with pytest.raises(MeetingTimeError) as error:
        parse_meeting_time("tirsdag den 14. januar kl. 10", NOW)
    assert str(error.value) == "14. januar 2027 er en torsdag, ikke en tirsdag."


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("i dag kl. 8", "Tirsdag den 24. november 2026 kl. 8.00 er allerede passeret."),
        ("24. november kl. 8", "Tirsdag den 24. november 2026 kl. 8.00 er allerede passeret."),
        ("den 3. februar 2025 kl. 9", "Mandag den 3. februar 2025 kl. 9.00 er allerede passeret."),
        ("14/1", "Skriv også et klokkeslæt, fx «kl. 10»."),
        ("kl. 10", "Skriv også hvilken dag mødet er."),
        ("30. februar 2027 kl. 10", "Datoen 30. februar 2027 findes ikke."),
        ("14/1 kl. 14-13", "Mødet skal slutte, efter det begynder."),
        ("14/1 kl. 10 hos Henrik", "Jeg forstod ikke «hos Henrik» i tidspunktet."),
        ("", "Skriv hvornår mødet er."),
    ],
)
def test_unusable_times_are_refused_with_a_danish_message(typed: str, message: str) -> None:
    with pytest.raises(MeetingTimeError) as error:
        parse_meeting_time(typed, NOW)
    assert str(error.value).startswith(message)


def test_card_fields_give_the_same_times() -> None:
    when = meeting_time_from_fields("2027-01-14", "10:00", "11:30", NOW)
    assert (when.starts_at, when.ends_at) == (local(2027, 1, 14, 10), local(2027, 1, 14, 11, 30))
    assert meeting_time_from_fields("2027-01-14", "10:00", "", NOW).ends_at == local(2027, 1, 14, 11)
    with pytest.raises(MeetingTimeError, match="Vælg en dato"):
        meeting_time_from_fields("", "10:00", None, NOW)
    with pytest.raises(MeetingTimeError, match="allerede passeret"):
        meeting_time_from_fields("2026-11-24", "08:30", None, NOW)


def test_format_is_danish() -> None:
    assert format_meeting_time(local(2027, 1, 14, 10), local(2027, 1, 14, 11, 30)) == (
        "torsdag den 14. januar 2027 kl. 10.00–11.30"
    )


# ---------------------------------------------------------------- working days and reminders


def test_working_days_skip_weekends_and_danish_holidays() -> None:
    assert not is_working_day(date(2026, 4, 2))  # skærtorsdag
    assert not is_working_day(date(2026, 4, 6))  # 2. påskedag
    assert not is_working_day(date(2026, 11, 28))  # a Saturday
    assert is_working_day(date(2026, 4, 1))
    # Tuesday after Easter: the working day before is Wednesday 1 April (Thu–Mon are holidays or weekend).
    assert working_days_before(date(2026, 4, 7), 1) == date(2026, 4, 1)
    assert working_days_before(date(2026, 4, 7), 5) == date(2026, 3, 26)


def test_reminders_are_at_eight_local_time_across_the_change_to_summer_time() -> None:
    # Summer time starts Sunday 29 March 2026. A meeting on Monday 30 March: the 5-day reminder is Monday
    # 23 March and the 1-day one Friday 27 March, both in winter time: 08:00 CET = 07:00 UTC.
    meeting = local(2026, 3, 30, 10)
    assert reminder_due_at(meeting, 5) == datetime(2026, 3, 23, 7, 0, tzinfo=UTC)
    assert reminder_due_at(meeting, 1) == datetime(2026, 3, 27, 7, 0, tzinfo=UTC)
    assert meeting.astimezone(UTC).hour == 8  # the meeting itself is in summer time
    # A meeting on Wednesday 1 April: its 1-day reminder, Tuesday 31 March, is after the change: 08:00 CEST.
    after = local(2026, 4, 1, 10)
    assert reminder_due_at(after, 1) == datetime(2026, 3, 31, 6, 0, tzinfo=UTC)
    assert reminder_due_at(after, 5) == datetime(2026, 3, 25, 7, 0, tzinfo=UTC)
    # And back to winter time on 25 October 2026.
    autumn = local(2026, 10, 26, 10)
    assert reminder_due_at(autumn, 1) == datetime(2026, 10, 23, 6, 0, tzinfo=UTC)
    assert reminder_due_at(autumn, 5) == datetime(2026, 10, 19, 6, 0, tzinfo=UTC)


def test_one_reminder_per_participant_and_day_with_unique_keys() -> None:
    plans = reminder_plans(7, local(2026, 12, 10, 10), [1, 2, 5, 2], NOW)
    assert [(p.person_id, p.days_before) for p in plans] == [(1, 5), (2, 5), (5, 5), (1, 1), (2, 1), (5, 1)]
    assert len({p.idempotency_key for p in plans}) == 6
    assert plans[0].idempotency_key == "reminder:7:5:1"
    assert {p.due_at for p in plans} == {datetime(2026, 12, 3, 7, tzinfo=UTC), datetime(2026, 12, 9, 7, tzinfo=UTC)}
    assert plans[0].payload == {"meeting_id": 7, "person_id": 1, "days_before": 5,
                                "starts_at": "2026-12-10T09:00:00+00:00"}  # a moved meeting's old reminders stay quiet
    moved = reminder_plans(7, local(2026, 12, 11, 13), [1], NOW, moved=True)
    assert moved[0].idempotency_key == "reminder:7@20261211T1200:5:1"
    assert plans[0].kind == "meeting_reminder"
    assert plans[0].expires_at == local(2026, 12, 10, 10).astimezone(UTC)


def test_reminders_already_past_at_scheduling_are_skipped() -> None:
    # Meeting Thursday 26 November: 5 working days before is the 19th (past); 1 day before is the 25th at 08:00.
    plans = reminder_plans(1, local(2026, 11, 26, 10), [1, 2], NOW)
    assert {p.days_before for p in plans} == {1}
    # Meeting tomorrow: its 1-day reminder was today at 08:00, an hour ago.
    assert reminder_plans(1, local(2026, 11, 25, 10), [1, 2], NOW) == []
    # The profile may ask for other days; a reminder can never fall after the meeting starts.
    same_day = reminder_plans(1, local(2026, 11, 30, 7), [1], NOW, days_before=(0, 2))
    assert [p.days_before for p in same_day] == [2]


def test_reminder_keys_are_stable_whatever_now_is() -> None:
    first = reminder_plans(3, local(2027, 1, 14, 10), [1, 2], NOW)
    later = reminder_plans(3, local(2027, 1, 14, 10), [1, 2], NOW + timedelta(days=3))
    assert [p.idempotency_key for p in first] == [p.idempotency_key for p in later]


def test_a_change_of_mind_in_ones_own_words_keeps_the_meetings_day() -> None:
    from agreements.dialogue.meeting_time import parse_new_time

    now = datetime(2026, 12, 6, 9, tzinfo=UTC)
    starts, ends = datetime(2027, 1, 15, 12, tzinfo=UTC), datetime(2027, 1, 15, 13, tzinfo=UTC)
    moved = parse_new_time("det til kl 14 i stedet", starts, ends, now)
    assert moved.starts_at == datetime(2027, 1, 15, 14, tzinfo=COPENHAGEN)
    assert moved.ends_at == datetime(2027, 1, 15, 15, tzinfo=COPENHAGEN)


@pytest.mark.parametrize(
    ("now", "example"),
    [
        (datetime(2026, 12, 28, 9, 0, tzinfo=COPENHAGEN), "Skriv fx «mandag den 4. januar kl. 10», «4/1 kl. 10.30»"),
        (datetime(2027, 1, 12, 9, 0, tzinfo=COPENHAGEN), "Skriv fx «tirsdag den 19. januar kl. 10», «19/1 kl. 10.30»"),
    ],
)
def test_the_examples_in_a_refusal_are_a_week_ahead_never_a_past_day(now: datetime, example: str) -> None:
    for unreadable in ("kl. 10", "14/1 kl. 10 hos Henrik", ""):
        with pytest.raises(MeetingTimeError) as error:
            parse_meeting_time(unreadable, now)
        assert example in str(error.value)
    with pytest.raises(MeetingTimeError) as error:
        parse_new_time("til engang", local(2027, 2, 3, 10), None, now)
    assert example in str(error.value)


@pytest.mark.parametrize(
    ("typed", "now", "meeting", "moved_to"),
    [
        # Wednesday 9 December, the meeting on Thursday 17 December: «fredag» is the day after it.
        ("til fredag kl. 10 i stedet", local(2026, 12, 9, 9), local(2026, 12, 17, 13), local(2026, 12, 18, 10)),
        ("på mandag kl 9", local(2026, 12, 9, 9), local(2026, 12, 17, 13), local(2026, 12, 14, 9)),
        # Across the new year: a meeting on Tuesday 29 December, «fredag» is Friday 1 January 2027.
        ("fredag kl. 10", local(2026, 12, 21, 9), local(2026, 12, 29, 13), local(2027, 1, 1, 10)),
        # The meeting's week is this week and its Monday has passed: the first Monday after today.
        ("mandag kl. 10", local(2026, 12, 16, 9), local(2026, 12, 17, 13), local(2026, 12, 21, 10)),
        # «næste fredag» and «fredag i næste uge» keep their own reading.
        ("næste fredag kl. 10", local(2026, 12, 9, 9), local(2026, 12, 17, 13), local(2026, 12, 11, 10)),
        ("fredag i næste uge kl. 10", local(2026, 12, 9, 9), local(2026, 12, 17, 13), local(2026, 12, 18, 10)),
    ],
)
def test_a_weekday_alone_moves_the_meeting_within_its_own_week(
    typed: str, now: datetime, meeting: datetime, moved_to: datetime
) -> None:
    moved = parse_new_time(typed, meeting, meeting + timedelta(hours=1), now)
    assert moved.starts_at == moved_to
    assert moved.ends_at - moved.starts_at == timedelta(hours=1)
