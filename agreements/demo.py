"""The demo municipality that `aftalebot demo` loads (Tønder profile).

The people's ids match the Agents Playground configuration shipped in .m365agentsplayground.yml.
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass
from datetime import date, timedelta

from agreements.indicators.periods import Period
from agreements.ports import UnitOfWork
from agreements.profiles import TONDER
from agreements.types import (
    Agreement,
    AgreementLevel,
    Direction,
    Frequency,
    Goal,
    GoalKind,
    Indicator,
    Involvement,
    Measurement,
    Person,
    Role,
    Unit,
)

TENANT_ID = "5f0c2a7e-8d3b-4f61-9a24-c7e1b0d9f3a6"


@dataclass(frozen=True, slots=True)
class DemoPerson:
    aad_object_id: str
    teams_user_id: str
    name: str
    email: str
    role: Role
    title: str


HOLDER = DemoPerson(
    "a1b2c3d4-0001-4000-8000-000000000001", "29:demo-mette-kjaer", "Mette Kjær",
    "mette.kjaer@demo.toender.dk", Role.MANAGER, "Fagchef, Børn og Skole",
)
GIVER = DemoPerson(
    "a1b2c3d4-0002-4000-8000-000000000002", "29:demo-henrik-thomsen", "Henrik Thomsen",
    "henrik.thomsen@demo.toender.dk", Role.DIRECTOR, "Direktør",
)
COORDINATOR = DemoPerson(
    "a1b2c3d4-0003-4000-8000-000000000003", "29:demo-anne-bech", "Anne Bech",
    "anne.bech@demo.toender.dk", Role.COORDINATOR, "Chefkonsulent",
)
OTHER_MANAGER = DemoPerson(
    "a1b2c3d4-0004-4000-8000-000000000004", "29:demo-lars-nielsen", "Lars Nielsen",
    "lars.nielsen@demo.toender.dk", Role.MANAGER, "Fagchef, Social og Sundhed",
)
DEPARTMENT_LEADER = DemoPerson(
    "a1b2c3d4-0005-4000-8000-000000000005", "29:demo-karen-holm", "Karen Holm",
    "karen.holm@demo.toender.dk", Role.MANAGER, "Skoleleder, Tønder Distriktsskole",
)
STAFF_MEMBER = DemoPerson(
    "a1b2c3d4-0006-4000-8000-000000000006", "29:demo-jonas-berg", "Jonas Berg",
    "jonas.berg@demo.toender.dk", Role.MANAGER, "Konsulent, Børn og Skole",
)
PEOPLE = (HOLDER, GIVER, COORDINATOR, OTHER_MANAGER, DEPARTMENT_LEADER, STAFF_MEMBER)
UNIT_NAME = "Børn og Skole"


@dataclass(frozen=True, slots=True)
class _GoalSpec:
    kind: GoalKind
    focus_area: str | None
    statement: str
    initiative: str
    output: str
    effect: str
    method: str
    followup: str
    key: str
    indicator: str
    measure_unit: str
    direction: Direction
    baseline: float
    target: float
    co_owners: tuple[str, ...] = ()
    frequency: Frequency = Frequency.MONTHLY
    noise: float = 0.0  # the month-to-month (or year-to-year) noise of a normal year, in the indicator's unit
    season: tuple[float, ...] = ()  # a deviation per calendar month (12 values), for seasonal measures


_MONTHLY_LIS = "Månedlig opfølgning i LIS og på dialogmøderne med direktøren"

GOALS: tuple[_GoalSpec, ...] = (
    _GoalSpec(
        GoalKind.FOCUS_AREA, "Uddannelse",
        "Flere elever skal forlade 9. klasse med mindst 02 i dansk og matematik: fra 86 % til 90 %.",
        "Målrettede læringsforløb i 8. og 9. klasse", "Læringsforløb på alle syv overbygningsskoler",
        "Flere unge er klar til en ungdomsuddannelse", "Nøgletal fra afgangsprøverne (LIS)",
        _MONTHLY_LIS, "demo-afgang-02", "Elever med mindst 02 i dansk og matematik", "%",
        Direction.HIGHER_IS_BETTER, 86.0, 90.0, frequency=Frequency.YEARLY, noise=0.8,
    ),
    _GoalSpec(
        GoalKind.FOCUS_AREA, "Beskæftigelse",
        "Jobpatruljen skal hjælpe flere 13–17-årige i fritidsjob: fra 120 til 160 unge.",
        "Jobpatrulje i samarbejde med lokale arbejdsgivere", "160 unge i fritidsjob",
        "Unge får erfaring med arbejdsmarkedet", "Optælling fra jobpatruljen (LIS)",
        _MONTHLY_LIS, "demo-fritidsjob", "Unge i fritidsjob via jobpatruljen", "unge",
        Direction.HIGHER_IS_BETTER, 120.0, 160.0, noise=4.0,
    ),
    _GoalSpec(
        GoalKind.FOCUS_AREA, "Mestring af eget liv",
        "Andelen af elever, der trives, skal stige fra 82 % til 86 % i den nationale trivselsmåling.",
        "Trivselsvejledere på alle skoler", "Trivselsvejleder på hver skole",
        "Flere børn trives og mestrer eget liv", "Den nationale trivselsmåling (brugerundersøgelse)",
        "Årlig opfølgning på den nationale trivselsmåling og på dialogmøderne med direktøren",
        "demo-trivsel", "Elever der trives", "%",
        Direction.HIGHER_IS_BETTER, 82.0, 86.0, frequency=Frequency.YEARLY, noise=0.8,
    ),
    _GoalSpec(
        GoalKind.FOCUS_AREA, "Erhvervsudvikling",
        "Skolerne skal have 60 elevforløb med lokale virksomheder om året, mod 40 i dag.",
        "Partnerskaber mellem skoler og virksomheder", "60 elevforløb med virksomheder",
        "Eleverne kender de lokale erhverv og uddannelsesveje", "Registrering af forløb (LIS)",
        "Kvartalsvis opfølgning i LIS og på dialogmøderne med direktøren",
        "demo-virksomhedsforloeb", "Elevforløb med lokale virksomheder (løbende år)", "forløb",
        Direction.HIGHER_IS_BETTER, 40.0, 60.0, frequency=Frequency.QUARTERLY, noise=2.0,
    ),
    _GoalSpec(
        GoalKind.OWN, None,
        "Sygefraværet i dagtilbud skal ned fra 6,1 % til 5,5 % senest ultimo året.",
        "Tidlig dialog og fraværssamtaler", "Fraværssamtale inden for 14 dage ved alt længerevarende fravær",
        "Lavere sygefravær og mere stabil bemanding", "Sygefraværsstatistik (nøgletal i LIS)",
        "Månedlig opfølgning i LIS og i Lokal-MED", "demo-sygefravaer", "Sygefravær i dagtilbud", "%",
        Direction.LOWER_IS_BETTER, 6.1, 5.5, noise=0.12,
        # Winter colds and summer holidays: the same every year, so the figure is compared with last year's.
        season=(0.45, 0.4, 0.2, 0.0, -0.15, -0.2, -0.45, -0.25, 0.0, 0.05, 0.2, 0.35),
    ),
    _GoalSpec(
        GoalKind.OWN, None,
        "Andelen af elever i almenskolen skal stige fra 94,5 % til 95,5 %.",
        "Inkluderende læringsmiljøer med støtte fra PPR", "Inklusionsvejledning på alle skoler",
        "Flere børn går i skole i deres nærmiljø", "Elevtal fra skoleadministrationen (nøgletal)",
        _MONTHLY_LIS, "demo-almenskole", "Elever i almenskolen", "%",
        Direction.HIGHER_IS_BETTER, 94.5, 95.5, noise=0.25,
    ),
    _GoalSpec(
        GoalKind.OWN, None,
        "Andelen af gode læsere i 2. klasse skal stige fra 68 % til 75 %.",
        "Læsevejledere og daglig læsebånd", "Læsebånd i alle indskolingsklasser",
        "Flere børn læser godt tidligt i skoleforløbet", "Nationale test i læsning (nøgletal)",
        "Årlig opfølgning på de nationale test og på dialogmøderne med direktøren",
        "demo-laesning", "Gode læsere i 2. klasse", "%",
        Direction.HIGHER_IS_BETTER, 68.0, 75.0, frequency=Frequency.YEARLY, noise=1.5,
    ),
    _GoalSpec(
        GoalKind.CROSS_CUTTING, None,
        "Sammen med Social og Sundhed skal sagsbehandlingstiden på underretninger halveres fra 14 til 7 dage.",
        "Fælles tværfagligt underretningsteam", "Fælles visitationsmøde hver uge",
        "Børn i mistrivsel får hurtigere hjælp", "Sagsbehandlingstid fra fagsystemet (LIS)",
        "Månedlig opfølgning i LIS og kvartalsvis i det tværfaglige lederforum",
        "demo-underretning", "Sagsbehandlingstid på underretninger", "dage",
        Direction.LOWER_IS_BETTER, 14.0, 7.0, ("Social og Sundhed",), noise=0.8,
    ),
)


def last_months(today: date, count: int) -> list[str]:
    """The `count` whole months before `today`'s month, oldest first, as YYYY-MM."""
    index = today.year * 12 + today.month - 1
    return [f"{m // 12}-{m % 12 + 1:02d}" for m in range(index - count, index)]


def demo_series(spec: _GoalSpec, count: int) -> list[float]:
    """The old demo's path: every indicator monthly, a smooth wobble towards the target (kept for the bench)."""
    values = []
    for step in range(count):
        progress = (step + 1) / (count + 4)
        wobble = 0.04 * (spec.target - spec.baseline) * math.sin(step * 1.7)
        values.append(round(spec.baseline + progress * (spec.target - spec.baseline) + wobble, 1))
    return values


def _noise(key: str, period: str) -> float:
    """Deterministic noise in [-1, 1], the same for a key and period on every run."""
    return (zlib.crc32(f"{key}:{period}".encode()) % 20001) / 10000.0 - 1.0


def normal_year_value(spec: _GoalSpec, period: Period, year: int, progress: float = 1.0) -> float:
    """A figure of a normal year for the agreement `year`: on the planned path (baseline before the year), with the
    measure's season and noise. `progress` < 1: a unit that makes only that share of the planned progress. The
    demo and bench.status_flags read it."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    share = min(1.0, max(0.0, ((period.end - start).days + 1) / ((end - start).days + 1)))
    level = spec.baseline + (spec.target - spec.baseline) * share * progress
    season = spec.season[period.start.month - 1] if spec.season and period.months == 1 else 0.0
    percent = spec.measure_unit == "%"
    decimals = 2 if percent and abs(spec.target) < 10 else 1 if percent or spec.measure_unit == "dage" else 0
    return round(level + season + spec.noise * _noise(spec.key, period.key), decimals)


def demo_periods(spec: _GoalSpec, today: date) -> list[Period]:
    """The periods the demo holds for a measure: months of the last year (two for a seasonal one, so the same
    month last year is there), the last four quarters, the last two years; only periods that have ended."""
    count = {Frequency.MONTHLY: 24 if spec.season else 12, Frequency.QUARTERLY: 4, Frequency.YEARLY: 2}
    periods: list[Period] = []
    period = Period.containing(spec.frequency, today).previous()
    while len(periods) < count[spec.frequency]:
        periods.append(period)
        period = Period.containing(spec.frequency, period.start - timedelta(days=1))
    return periods[::-1]


@dataclass(frozen=True, slots=True)
class DemoResult:
    created: bool
    agreement_id: int


class DemoLoader:
    async def load(self, uow: UnitOfWork, today: date, year: int | None = None) -> DemoResult:
        """Idempotent: a second run finds the demo and changes nothing."""
        people: dict[str, Person] = {}
        for spec in PEOPLE:
            person = await uow.people.get_by_aad(TENANT_ID, spec.aad_object_id)
            if person is None:
                person = await uow.people.add(
                    Person(
                        tenant_id=TENANT_ID,
                        aad_object_id=spec.aad_object_id,
                        name=spec.name,
                        email=spec.email,
                        teams_user_id=spec.teams_user_id,
                        role=spec.role,
                    )
                )
            people[spec.aad_object_id] = person

        unit = await uow.units.find_by_name(TENANT_ID, UNIT_NAME)
        if unit is None:
            unit = await uow.units.add(Unit(tenant_id=TENANT_ID, name=UNIT_NAME, area="Børn og Skole"))
        assert unit.id is not None

        year = year or demo_year(today)
        existing = await uow.agreements.find(TENANT_ID, unit.id, year)
        if existing is not None:
            assert existing.id is not None
            return DemoResult(created=False, agreement_id=existing.id)

        holder_id = people[HOLDER.aad_object_id].id
        giver_id = people[GIVER.aad_object_id].id
        assert holder_id is not None and giver_id is not None
        agreement = await uow.agreements.add(
            Agreement(
                tenant_id=TENANT_ID,
                unit_id=unit.id,
                year=year,
                level=AgreementLevel.DIRECTORATE,
                holder_id=holder_id,
                giver_id=giver_id,
                general=" ".join(TONDER.shared_leadership_focus),
                focus_text="Børn og Skole bidrager til alle fire fokusområder i Vores Fælles Udviklingsplan.",
                economy=(
                    "Budgetrammen følger det vedtagne budget. Væsentlige budgetændringer, der kan påvirke "
                    "målopfyldelsen, kommenteres særskilt i opfølgningen."
                ),
                dialogue="Dialogmøde med direktøren hvert kvartal med udgangspunkt i aftalen og LIS.",
                evaluation="Aftalen evalueres på et dialogmøde i december.",
                goals=[_goal(spec, unit.id, year) for spec in GOALS],
            )
        )
        assert agreement.id is not None
        measurements: list[Measurement] = []
        for goal, goal_spec in zip(agreement.goals, GOALS, strict=True):
            indicator_id = goal.indicators[0].id
            assert indicator_id is not None
            measurements.extend(
                Measurement(tenant_id=TENANT_ID, indicator_id=indicator_id, period=period.key,
                            value=normal_year_value(goal_spec, period, year))
                for period in demo_periods(goal_spec, today)
            )
        await uow.measurements.upsert_many(measurements)
        involvements = getattr(uow, "involvements", None)
        if involvements is not None:  # R10: the goals were formed with Lokal-MED, the bestyrelse and the lederteam
            for body, days_ago in (("lederteam", 60), ("lokal_med", 45), ("bestyrelse", 40)):
                await involvements.record(Involvement(tenant_id=TENANT_ID, agreement_id=agreement.id, body=body,
                                                      involved_on=today - timedelta(days=days_ago)))
        return DemoResult(created=True, agreement_id=agreement.id)


def demo_year(today: date) -> int:
    """The year the demo's agreement is for: the running year, but from January to March the year just ended, which
    is then being evaluated (its December figures arrive in January; the evaluation deadline is 31 March)."""
    return today.year - 1 if today.month <= 3 else today.year


def demo_indicator(spec: _GoalSpec, unit_id: int | None, year: int) -> Indicator:
    return Indicator(
        tenant_id=TENANT_ID,
        unit_id=unit_id,
        key=spec.key,
        name=spec.indicator,
        measure_unit=spec.measure_unit,
        direction=spec.direction,
        baseline=spec.baseline,
        target=spec.target,
        deadline=date(year, 12, 31),
        frequency=spec.frequency,
        compare_last_year=bool(spec.season),
    )


def _goal(spec: _GoalSpec, unit_id: int, year: int) -> Goal:
    return Goal(
        tenant_id=TENANT_ID,
        kind=spec.kind,
        focus_area=spec.focus_area,
        statement=spec.statement,
        initiative=spec.initiative,
        output=spec.output,
        effect=spec.effect,
        measurement_method=spec.method,
        followup=spec.followup,
        co_owners=list(spec.co_owners),
        indicators=[demo_indicator(spec, unit_id, year)],
    )
