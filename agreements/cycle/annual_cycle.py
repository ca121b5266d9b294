"""The annual cycle (årshjul): the year's deadlines, who is behind which, and the reminder jobs.

The deadlines come from the profile (`Profile.annual_cycle`, see agreements.profiles for the defaults). A deadline
belongs to an agreement year; the drafting deadlines fall in the year before it.

Which agreements the cycle expects (R11: agreements are mandatory for all fagområder, so every unit is chased):
one per unit and level that had an agreement the year before or has one this year, and one for a unit that has
none at all. Each such *slot* is judged on its own; its holder is this year's agreement's holder, or last year's
while this year's does not exist yet (the one expected to draft it), or for a unit that never had an agreement the
unit's leader from the organisation (agreements.municipality.organisation). A unit with none of these has no holder
to remind, so only the coordinators hear about it.

When a slot is behind a deadline: only once the deadline's day is over (on the day itself nobody is behind yet),
and as long as the condition is unmet as of now, so catching up late clears the flag.
- drafted: there is no agreement for the year, or it has no goals yet;
- submitted: no agreement, or it is still a draft (or changes were requested and it was not sent again);
- approved: no agreement, a draft (the holder must send it), or submitted and not yet decided (the giver is the
  one behind: `Behind.responsible_id` is then the giver). An approved agreement that is being changed is a draft
  again, and so behind until the new version is approved;
- midyear: no dialogue meeting (of any kind) has taken place in the agreement year by now;
- evaluation: no evaluation meeting (`Meeting.is_evaluation`) has taken place in the agreement year by now.
A deadline key this module does not know (a profile's own) is shown but never judged.

Reminders before: `Profile.deadline_reminder_working_days_before` (default 14 and 3) working days before each
deadline (agreements.cycle.workdays), at `REMINDER_HOUR`, each person responsible for a slot that still lacks what the
deadline asks for gets one job (kind `UPCOMING_JOB_KIND`, key
`deadline-upcoming:{tenant}:{year}:{deadline}:{days}:{person}`), enqueued once due and given up a day after
its time (or when the deadline's day is over): a bot started late does not send a stale one. A budget follow-up
(keys budget1…, agreements.profiles) reminds every holder of the year's
agreements with the R8 question; it is never judged afterwards.

Reminders after: on the working day after a deadline (agreements.cycle.workdays), at `REMINDER_HOUR`
Copenhagen time, each person responsible for a slot behind it gets one reminder job (kind `REMINDER_JOB_KIND`,
key `deadline:{tenant}:{year}:{deadline}:{person}`): one per person and deadline, whatever number of agreements,
and each coordinator of the tenant one summary job (kind `SUMMARY_JOB_KIND`). The scheduling pass is idempotent,
so it runs on every runner pass; it looks at deadlines whose reminders are not yet `EXPIRES_AFTER` old (a bot
started in March does not send December's reminders). When a job is due, the handler judges again as of then and
sends nothing to a person who has caught up.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from agreements.clock import COPENHAGEN, local_today
from agreements.cycle.workdays import DEFAULT_CLOSING_DAYS, ClosingDays, next_working_day, working_days_before
from agreements.dialogue.meeting_ports import MeetingUnitOfWork
from agreements.ports import JobQueue
from agreements.profiles import (
    APPROVED,
    DRAFTED,
    EVALUATION,
    MIDYEAR,
    SUBMITTED,
    Profile,
    YearlyDeadline,
    is_budget_followup,
)
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Meeting, Person, Role, Unit

REMINDER_JOB_KIND = "deadline_reminder"
SUMMARY_JOB_KIND = "deadline_summary"
UPCOMING_JOB_KIND = "deadline_upcoming"  # a reminder before the deadline
UPCOMING_LOOKAHEAD = timedelta(0)  # a reminder before a deadline is enqueued once it is due (judged as of then)
UPCOMING_GRACE = timedelta(days=1)  # … and given up this long after (the next one, or the deadline, is near)
REMINDER_HOUR = 8
EXPIRES_AFTER = timedelta(days=14)
EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.CHANGES_REQUESTED)


class BehindReason(enum.StrEnum):
    NO_AGREEMENT = "no_agreement"
    NO_GOALS = "no_goals"
    NOT_SUBMITTED = "not_submitted"
    AWAITING_APPROVAL = "awaiting_approval"
    NO_MEETING = "no_meeting"
    NO_EVALUATION = "no_evaluation"
    BUDGET_FOLLOWUP = "budget_followup"  # not a lag: a budget follow-up is coming (R8), only reminded before


@dataclass(frozen=True, slots=True)
class DatedDeadline:
    key: str
    label: str
    year: int  # the agreement year it belongs to
    on: date

    def passed(self, today: date) -> bool:
        """True from the day after the deadline."""
        return today > self.on


def cycle_deadlines(profile: Profile, year: int) -> tuple[DatedDeadline, ...]:
    """The deadlines of agreement year `year`, earliest first."""
    dated = (DatedDeadline(d.key, d.label, year, d.on(year)) for d in profile.annual_cycle)
    return tuple(sorted(dated, key=lambda d: d.on))


DEFAULT_DRAFTING = YearlyDeadline(12, 1, DRAFTED, "Udkast", year_offset=-1)


def drafting_starts(profile: Profile, year: int) -> date:
    """The day drafting of `year`'s agreements is what matters: the profile's drafting deadline (default
    1 December the year before)."""
    drafted = next((d for d in profile.annual_cycle if d.key == DRAFTED), DEFAULT_DRAFTING)
    return drafted.on(year)


def drafting_year(profile: Profile, today: date) -> int:
    """The agreement year «ny aftale», «nyt mål» and the årshjul's reminders are about today: from the drafting
    deadline on (default 1 December) next year's, else this year's. Status and meetings stay on the running year
    (the calendar year)."""
    return today.year + 1 if today >= drafting_starts(profile, today.year + 1) else today.year


def is_drafting_season(profile: Profile, today: date) -> bool:
    """True from the drafting deadline to New Year's Eve: the year being drafted is not the running year."""
    return drafting_year(profile, today) > today.year


def cycle_year(profile: Profile, today: date) -> int:
    """The agreement year the coordinators are chasing today: the year being drafted (`drafting_year`), so the
    chefkonsulent's overview and the holder agree on it."""
    return drafting_year(profile, today)


@dataclass(frozen=True, slots=True)
class Slot:
    """One agreement the cycle expects for a year: a unit at a level; `agreement` is None while none exists."""

    unit: Unit
    level: AgreementLevel | None
    agreement: Agreement | None
    previous: Agreement | None = None  # the same unit and level's agreement the year before

    @property
    def holder_id(self) -> int | None:
        source = self.agreement or self.previous
        return source.holder_id if source else self.unit.holder_id

    @property
    def giver_id(self) -> int | None:
        source = self.agreement or self.previous
        return source.giver_id if source else self.unit.giver_id


@dataclass(frozen=True, slots=True)
class Behind:
    slot: Slot
    deadline: DatedDeadline
    reason: BehindReason

    @property
    def responsible_id(self) -> int | None:
        """Whom to remind: the giver while the agreement awaits their decision, else the holder."""
        if self.reason is BehindReason.AWAITING_APPROVAL:
            return self.slot.giver_id
        return self.slot.holder_id


def expects_agreement(unit: Unit) -> bool:
    """A unit without an agreement is expected to get one unless the organisation deactivated it, or it is the top
    of the organisation (a holder with no giver above: the direktion)."""
    return unit.active and not (unit.holder_id is not None and unit.giver_id is None)


def expected_slots(units: Sequence[Unit], agreements: Sequence[Agreement], year: int) -> list[Slot]:
    """The slots of `year` (see the module docstring); `agreements` may hold any years."""
    by_id = {u.id: u for u in units if u.id is not None}
    current = [a for a in agreements if a.year == year]
    previous = {(a.unit_id, a.level): a for a in agreements if a.year == year - 1}
    slots: list[Slot] = []
    for agreement in current:
        unit = by_id.get(agreement.unit_id) or Unit(agreement.tenant_id, "", "", agreement.unit_id)
        slots.append(Slot(unit, agreement.level, agreement, previous.get((agreement.unit_id, agreement.level))))
    taken = {(a.unit_id, a.level) for a in current}
    for (unit_id, level), before in previous.items():
        if (unit_id, level) not in taken:
            unit = by_id.get(unit_id) or Unit(before.tenant_id, "", "", unit_id)
            slots.append(Slot(unit, level, None, before))
    covered = {unit_id for unit_id, _ in taken} | {unit_id for unit_id, _ in previous}
    slots.extend(Slot(unit, None, None) for unit in units if unit.id not in covered and expects_agreement(unit))
    return slots


def _held(meetings: Iterable[Meeting], year: int, now: datetime, *, evaluation: bool) -> bool:
    start = datetime.combine(date(year, 1, 1), time(), tzinfo=COPENHAGEN)
    return any(
        start <= m.starts_at <= now and (m.is_evaluation or not evaluation) for m in meetings
    )


def behind_on(slot: Slot, deadline: DatedDeadline, meetings: Sequence[Meeting], now: datetime) -> Behind | None:
    """Whether the slot is behind the deadline as of `now` (rules in the module docstring)."""
    if not deadline.passed(local_today(now)):
        return None
    reason = open_reason(slot, deadline, meetings, now)
    return Behind(slot, deadline, reason) if reason is not None else None


def open_reason(slot: Slot, deadline: DatedDeadline, meetings: Sequence[Meeting], now: datetime) -> BehindReason | None:
    """What the slot still lacks for the deadline as of `now`, whether or not the deadline has passed."""
    agreement = slot.agreement
    reason: BehindReason | None = None
    if agreement is None:
        reason = BehindReason.NO_AGREEMENT if deadline.key in KNOWN_KEYS else None
    elif deadline.key == DRAFTED:
        reason = None if agreement.goals else BehindReason.NO_GOALS
    elif deadline.key == SUBMITTED:
        reason = BehindReason.NOT_SUBMITTED if agreement.status in EDITABLE else None
    elif deadline.key == APPROVED:
        if agreement.status in EDITABLE:
            reason = BehindReason.NOT_SUBMITTED
        elif agreement.status is AgreementStatus.SUBMITTED:
            reason = BehindReason.AWAITING_APPROVAL
    elif deadline.key == MIDYEAR:
        reason = None if _held(meetings, deadline.year, now, evaluation=False) else BehindReason.NO_MEETING
    elif deadline.key == EVALUATION:
        reason = None if _held(meetings, deadline.year, now, evaluation=True) else BehindReason.NO_EVALUATION
    return reason


def upcoming_on(slot: Slot, deadline: DatedDeadline, meetings: Sequence[Meeting], now: datetime) -> Behind | None:
    """Before the deadline: what the slot still lacks (a budget follow-up: the holder of an agreement is asked the
    R8 question); None once the deadline's day has come or nothing is missing."""
    if local_today(now) > deadline.on:
        return None
    if is_budget_followup(deadline.key):
        return Behind(slot, deadline, BehindReason.BUDGET_FOLLOWUP) if slot.agreement is not None else None
    reason = open_reason(slot, deadline, meetings, now)
    return Behind(slot, deadline, reason) if reason is not None else None


KNOWN_KEYS = frozenset({DRAFTED, SUBMITTED, APPROVED, MIDYEAR, EVALUATION})


@dataclass(frozen=True, slots=True)
class CycleState:
    """One tenant's agreement year as the annual cycle sees it."""

    tenant_id: str
    year: int
    deadlines: tuple[DatedDeadline, ...]
    slots: tuple[Slot, ...]
    meetings: Mapping[int, Sequence[Meeting]] = field(default_factory=dict)  # by agreement id

    def flags(self, slot: Slot, now: datetime) -> list[Behind]:
        """Every passed deadline the slot is behind, earliest first."""
        meetings = self.meetings.get(slot.agreement.id or 0, ()) if slot.agreement else ()
        found = (behind_on(slot, deadline, meetings, now) for deadline in self.deadlines)
        return [b for b in found if b is not None]

    def behind(self, now: datetime, key: str | None = None) -> list[Behind]:
        """Every slot behind a passed deadline (only the deadline `key`, if given)."""
        found: list[Behind] = []
        for slot in self.slots:
            found.extend(b for b in self.flags(slot, now) if key is None or b.deadline.key == key)
        return found

    def upcoming(self, now: datetime, key: str) -> list[Behind]:
        """Every slot that still lacks something for the coming deadline `key` (see `upcoming_on`)."""
        deadline = self.deadline(key)
        if deadline is None:
            return []
        found = (upcoming_on(slot, deadline,
                             self.meetings.get(slot.agreement.id or 0, ()) if slot.agreement else (), now)
                 for slot in self.slots)
        return [b for b in found if b is not None]

    def deadline(self, key: str) -> DatedDeadline | None:
        return next((d for d in self.deadlines if d.key == key), None)


async def load_cycle(
    uow: MeetingUnitOfWork, tenant_id: str, year: int, profile: Profile,
    agreements: Sequence[Agreement] | None = None,
) -> CycleState:
    """Reads the units, the agreements of `year` and the year before, and the meetings of this year's agreements.
    `agreements` (any years) saves reading them again when the caller has them."""
    units = await uow.units.list(tenant_id)
    if agreements is None:
        agreements = [*await uow.agreements.for_year(tenant_id, year - 1),
                      *await uow.agreements.for_year(tenant_id, year)]
    slots = expected_slots(units, agreements, year)
    meetings: dict[int, Sequence[Meeting]] = {}
    for slot in slots:
        if slot.agreement is not None and slot.agreement.id is not None:
            meetings[slot.agreement.id] = await uow.meetings.for_agreement(tenant_id, slot.agreement.id)
    return CycleState(tenant_id, year, cycle_deadlines(profile, year), tuple(slots), meetings)


# ---------------------------------------------------------------- reminders


def reminder_due_at(deadline_day: date, hour: int = REMINDER_HOUR,
                    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> datetime:
    """In UTC: `hour` o'clock Copenhagen time on the working day after the deadline."""
    local = datetime.combine(next_working_day(deadline_day, closing_days), time(hour), tzinfo=COPENHAGEN)
    return local.astimezone(UTC)


def upcoming_due_at(deadline_day: date, working_days: int, hour: int = REMINDER_HOUR,
                    closing_days: ClosingDays = DEFAULT_CLOSING_DAYS) -> datetime:
    """In UTC: `hour` o'clock Copenhagen time, `working_days` working days before the deadline."""
    local = datetime.combine(working_days_before(deadline_day, working_days, closing_days), time(hour),
                             tzinfo=COPENHAGEN)
    return local.astimezone(UTC)


def deadline_day_over(deadline_day: date) -> datetime:
    """In UTC: the end of the deadline's day in Copenhagen (a reminder before it is given up then)."""
    return datetime.combine(deadline_day + timedelta(days=1), time(), tzinfo=COPENHAGEN).astimezone(UTC)


def upcoming_key(tenant_id: str, year: int, deadline_key: str, working_days: int, person_id: int) -> str:
    return f"deadline-upcoming:{tenant_id}:{year}:{deadline_key}:{working_days}:{person_id}"


def reminder_key(tenant_id: str, year: int, deadline_key: str, person_id: int) -> str:
    return f"deadline:{tenant_id}:{year}:{deadline_key}:{person_id}"


def summary_key(tenant_id: str, year: int, deadline_key: str, person_id: int) -> str:
    return f"deadline-summary:{tenant_id}:{year}:{deadline_key}:{person_id}"


@dataclass(frozen=True, slots=True)
class DeadlineScheduleOutcome:
    reminders: int = 0  # new reminder jobs
    summaries: int = 0  # new coordinator summary jobs
    already: int = 0  # jobs that existed (scheduled before)
    upcoming: int = 0  # new reminder jobs before a deadline


def coordinators(people: Iterable[Person]) -> list[Person]:
    return [p for p in people if p.role is Role.COORDINATOR and p.id is not None]


async def schedule_deadline_reminders(
    uow: MeetingUnitOfWork,
    jobs: JobQueue,
    profile: Profile,
    now: datetime,
    *,
    hour: int = REMINDER_HOUR,
    tenant_ids: list[str] | None = None,
) -> DeadlineScheduleOutcome:
    """Enqueues the reminders and coordinator summaries of every deadline passed within `EXPIRES_AFTER` of its
    reminder time, for every tenant in `tenant_ids` (default: every tenant with agreements). Idempotent; the caller
    commits."""
    today = local_today(now)
    reminders = summaries = already = upcoming = 0
    for tenant_id in tenant_ids if tenant_ids is not None else await uow.agreements.tenants():
        closing = profile.closing_days
        chasing: list[tuple[int, list[DatedDeadline], list[tuple[DatedDeadline, int]]]] = []
        for year in (today.year - 1, today.year, today.year + 1):
            due = [d for d in cycle_deadlines(profile, year)
                   if d.passed(today) and now < reminder_due_at(d.on, hour, closing) + EXPIRES_AFTER]
            before = [(d, days) for d in cycle_deadlines(profile, year)
                      for days in sorted(set(profile.deadline_reminder_working_days_before))
                      if days > 0 and upcoming_due_at(d.on, days, hour, closing) - UPCOMING_LOOKAHEAD <= now
                      < min(upcoming_due_at(d.on, days, hour, closing) + UPCOMING_GRACE, deadline_day_over(d.on))]
            if due or before:
                chasing.append((year, due, before))
        if not chasing:
            continue
        watchers = coordinators(await uow.people.list(tenant_id))
        for year, deadlines, coming in chasing:
            state = await load_cycle(uow, tenant_id, year, profile)
            for deadline, days in coming:
                open_slots = [b for b in state.upcoming(now, deadline.key) if b.responsible_id is not None]
                due_at = upcoming_due_at(deadline.on, days, hour, closing)
                for person_id in dict.fromkeys(b.responsible_id for b in open_slots):
                    assert person_id is not None
                    added = await jobs.enqueue(
                        tenant_id, UPCOMING_JOB_KIND, due_at,
                        upcoming_key(tenant_id, year, deadline.key, days, person_id),
                        {"year": year, "deadline": deadline.key, "person_id": person_id, "days_before": days},
                        expires_at=min(due_at + UPCOMING_GRACE, deadline_day_over(deadline.on)),
                    )
                    upcoming += added
                    already += not added
            for deadline in deadlines:
                behind = state.behind(now, deadline.key)
                if not behind:
                    continue
                due_at = reminder_due_at(deadline.on, hour, closing)
                expires_at = due_at + EXPIRES_AFTER
                payload = {"year": year, "deadline": deadline.key}
                responsible = [b.responsible_id for b in behind if b.responsible_id is not None]
                for person_id in dict.fromkeys(responsible):
                    added = await jobs.enqueue(
                        tenant_id, REMINDER_JOB_KIND, due_at, reminder_key(tenant_id, year, deadline.key, person_id),
                        {**payload, "person_id": person_id}, expires_at=expires_at,
                    )
                    reminders += added
                    already += not added
                for watcher in watchers:
                    assert watcher.id is not None
                    added = await jobs.enqueue(
                        tenant_id, SUMMARY_JOB_KIND, due_at, summary_key(tenant_id, year, deadline.key, watcher.id),
                        {**payload, "person_id": watcher.id}, expires_at=expires_at,
                    )
                    summaries += added
                    already += not added
    return DeadlineScheduleOutcome(reminders, summaries, already, upcoming)
