"""The coordinator's overview («overblik», R11): every unit's agreement for a year at a glance.

Per expected agreement (a slot of the annual cycle, agreements.cycle.annual_cycle): its status, how many goals lack R4
elements (agreements.goals.rules), how many indicators lack data (no measurements, or the required period is missing:
agreements.indicators.status_report), the next dialogue meeting, and the deadlines of the annual cycle it is behind.
Rows
that are behind come first.

Who: only chefkonsulenter (`Role.COORDINATOR`); anyone else is refused with a Danish message, and the refusal is
audited (action `overview.refused`).

Fagområde: the filter is the unit's `area` (Unit.area, e.g. «Børn og Skole»), the organisational fagområde a unit
belongs to, not the municipality-wide fokusområder of the goals. It is matched forgivingly (case, æ/ø/å spelled
out, a typo, the first word: «børn» finds «Børn og Skole»).

Year: by default the year the annual cycle is chasing (`annual_cycle.cycle_year`): from 2 December the coming
year, whose agreements are then being drafted.

Typed requests: «overblik», «overblik Børn og Skole», «overblik 2027», «overblik bagud», and «hvem er bagud»
(optionally «… i Børn og Skole», «… 2027»), which shows only the rows that are behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from agreements import policy
from agreements.clock import local_today
from agreements.cycle.annual_cycle import Behind, DatedDeadline, Slot, cycle_year, load_cycle
from agreements.dialogue.meeting_ports import MeetingUnitOfWork
from agreements.fuzzy import fold, similarity, words
from agreements.goals.rules import goal_r4_findings
from agreements.indicators.status_report import report_for
from agreements.profiles import Profile
from agreements.types import AgreementStatus, AuditEvent, Meeting, Person

MIN_YEAR, MAX_YEAR = 2000, 2100

NOT_COORDINATOR = (
    "Overblikket over alle enheders aftaler er for chefkonsulenterne, der koordinerer årets aftaler. "
    "Skriv «min aftale» for at se dine aftaler – dem, du har, og dem, du godkender – eller «hvilke mål er bagud?» "
    "for målene."
)
UNKNOWN_AREA = "Jeg kender ikke fagområdet «{area}». Skriv et af disse: {areas}."
NO_AREAS = "Jeg kender ikke fagområdet «{area}», og der er endnu ingen enheder med et fagområde."
BAD_YEAR = "Året skal være mellem {low} og {high}."


class OverviewError(Exception):
    """A request the overview cannot answer; `str(error)` is a Danish sentence for the user."""


class OverviewRefused(OverviewError):
    """The person may not see the overview (audited)."""


@dataclass(frozen=True, slots=True)
class OverviewRequest:
    year: int | None = None
    area: str | None = None  # as typed; matched against the units' areas by `match_area`
    behind_only: bool = False


_OVERVIEW_RE = re.compile(r"(?:vis\s+)?(?:overblik(?:ket)?|oversigt(?:en)?)(?:\s+over\s+aftalerne)?(?P<rest>.*)")
_BEHIND_RE = re.compile(r"hvem\s+(?:der\s+)?(?:er|ligger)\s+bagud(?:\s+med\s+aftalerne)?(?P<rest>.*)")
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_POLITE_WORDS = re.compile(r"(?:^|[\s,]+)(?:tak|mange\s+tak|tusind\s+tak|please|lige|gerne|så)(?=$|[\s,])")
_LEAD_WORDS = re.compile(r"^(?:for|i|på|inden\s+for|indenfor|fagområdet|fagområde|fra)(?:\s+|$)")


def parse_overview_request(text: str) -> OverviewRequest | None:
    """The request in `text`, or None if it is not one (see the module docstring)."""
    cleaned = " ".join(text.strip().lower().rstrip(".!?").split())
    behind_only = False
    match = _OVERVIEW_RE.fullmatch(cleaned)
    if match is None:
        match = _BEHIND_RE.fullmatch(cleaned)
        if match is None:
            return None
        behind_only = True
    rest = match["rest"].strip()
    if rest and not match["rest"][:1].isspace() and not rest[:1].isdigit():
        return None  # «overblikket» is fine, «overbliksbillede» is another word
    year: int | None = None
    found = _YEAR_RE.search(rest)
    if found:
        year = int(found[1])
        rest = (rest[: found.start()] + rest[found.end():]).strip()
    if re.fullmatch(r"(?:kun\s+)?(?:de\s+)?(?:bagud|som\s+er\s+bagud|der\s+er\s+bagud)", rest):
        behind_only, rest = True, ""
    rest = _POLITE_WORDS.sub(" ", rest).strip(" ,")  # «overblik tak», «overblikket, tak»: no area «tak»
    for _ in range(2):
        rest = _LEAD_WORDS.sub("", rest).strip()
    return OverviewRequest(year=year, area=rest or None, behind_only=behind_only)


def match_area(query: str, areas: list[str]) -> str | None:
    """The known area `query` names: equal when folded, the start of it, or a close spelling of its words."""
    wanted = " ".join(words(query))
    if not wanted:
        return None
    folded = {area: " ".join(words(area)) for area in areas}
    for area, name in folded.items():
        if name == wanted:
            return area
    starts = [area for area, name in folded.items() if name.startswith(wanted)]
    if len(starts) == 1:
        return starts[0]
    scored: list[tuple[float, str]] = []
    query_words = words(query)
    for area in areas:
        area_words = words(area)
        score = min(max((similarity(q, w) for w in area_words), default=0.0) for q in query_words)
        if score >= 0.8:
            scored.append((score, area))
    scored.sort(reverse=True)
    if scored and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return scored[0][1]
    return None


@dataclass(frozen=True, slots=True)
class OverviewRow:
    slot: Slot
    holder: str  # names, "" when unknown
    giver: str
    goals: int
    goals_missing_r4: int
    indicators: int
    indicators_without_data: int
    next_meeting: Meeting | None
    behind: tuple[Behind, ...]

    @property
    def status(self) -> AgreementStatus | None:
        """None: there is no agreement yet."""
        return self.slot.agreement.status if self.slot.agreement else None

    @property
    def is_behind(self) -> bool:
        return bool(self.behind)


@dataclass(frozen=True, slots=True)
class Overview:
    year: int
    today: date
    area: str | None  # the filter, as stored on the units
    areas: tuple[str, ...]  # every area of the tenant's units, for the filter
    behind_only: bool
    deadlines: tuple[DatedDeadline, ...]
    rows: tuple[OverviewRow, ...]  # behind first
    total: int  # rows before `behind_only` narrowed them (units, or a unit's levels)
    # The units (names) among those rows that have no agreement for the year: not counted as agreements.
    without_agreement: tuple[str, ...] = ()

    @property
    def agreement_count(self) -> int:
        return self.total - len(self.without_agreement)

    @property
    def behind_count(self) -> int:
        return sum(1 for row in self.rows if row.is_behind)

    @property
    def agreements_behind(self) -> int:
        """The agreements behind; a unit without one, behind or not, is named apart and never counted among them."""
        return sum(1 for row in self.rows if row.is_behind and row.slot.agreement is not None)

    @property
    def next_deadline(self) -> DatedDeadline | None:
        return next((d for d in self.deadlines if not d.passed(self.today)), None)


def _sort_key(row: OverviewRow) -> tuple[int, int, str, str, str]:
    unit = row.slot.unit
    level = row.slot.level.value if row.slot.level else ""
    return (0 if row.is_behind else 1, -len(row.behind), fold(unit.area), fold(unit.name), level)


class OverviewService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    async def build(
        self,
        uow: MeetingUnitOfWork,
        person: Person,
        now: datetime,
        *,
        year: int | None = None,
        area: str | None = None,
        behind_only: bool = False,
    ) -> Overview:
        """The overview for the coordinator; raises `OverviewRefused` (audited, committed) for anyone else and
        `OverviewError` for an unknown area or impossible year."""
        if not policy.may_see_overview(person):
            await uow.audit.add(AuditEvent(
                tenant_id=person.tenant_id, action="overview.refused", actor_id=person.id,
                subject=f"overview:{person.tenant_id}", detail={"reason": "not_coordinator", "role": person.role.value},
            ))
            await uow.commit()
            raise OverviewRefused(NOT_COORDINATOR)
        today = local_today(now)
        chosen_year = year if year is not None else cycle_year(self._profile, today)
        if not MIN_YEAR <= chosen_year <= MAX_YEAR:
            raise OverviewError(BAD_YEAR.format(low=MIN_YEAR, high=MAX_YEAR))
        tenant = person.tenant_id
        units = await uow.units.list(tenant)
        areas = tuple(sorted({u.area.strip() for u in units if u.area.strip()}, key=fold))
        chosen_area: str | None = None
        if area and area.strip():
            chosen_area = match_area(area, list(areas))
            if chosen_area is None:
                message = UNKNOWN_AREA.format(area=area.strip(), areas=", ".join(areas)) if areas \
                    else NO_AREAS.format(area=area.strip())
                raise OverviewError(message)
        state = await load_cycle(uow, tenant, chosen_year, self._profile)
        slots = [s for s in state.slots if chosen_area is None or s.unit.area.strip() == chosen_area]
        names = {p.id: p.name for p in await uow.people.list(tenant)}
        indicator_ids = [i.id for s in slots if s.agreement for g in s.agreement.goals for i in g.indicators
                         if i.id is not None]
        measurements = await uow.measurements.for_indicators(tenant, indicator_ids) if indicator_ids else {}
        upcoming: dict[int, Meeting] = {}
        for meeting in await uow.meetings.starting_after(tenant, now):
            if meeting.ended_at is None:  # a finished meeting is no one's next dialogue meeting
                upcoming.setdefault(meeting.agreement_id, meeting)
        rows: list[OverviewRow] = []
        for slot in slots:
            agreement = slot.agreement
            goals = agreement.goals if agreement else []
            report = await report_for(uow, agreement, slot.unit.name, measurements, today) if agreement else None
            lines = report.lines if report else []
            rows.append(OverviewRow(
                slot=slot,
                holder=names.get(slot.holder_id, "") if slot.holder_id else "",
                giver=names.get(slot.giver_id, "") if slot.giver_id else "",
                goals=len(goals),
                goals_missing_r4=sum(1 for goal in goals if goal_r4_findings(goal)),
                indicators=sum(len(goal.indicators) for goal in goals),
                indicators_without_data=sum(1 for line in lines if line.missing_report),
                next_meeting=upcoming.get(agreement.id or 0) if agreement else None,
                behind=tuple(state.flags(slot, now)),
            ))
        rows.sort(key=_sort_key)
        total = len(rows)
        without = tuple(row.slot.unit.name for row in sorted(rows, key=lambda r: fold(r.slot.unit.name))
                        if row.slot.agreement is None)
        if behind_only:
            rows = [row for row in rows if row.is_behind]
        return Overview(chosen_year, today, chosen_area, areas, behind_only, state.deadlines, tuple(rows), total,
                        without)
