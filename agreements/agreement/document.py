"""The agreement as a document (R9): a plain, framework-free model that the DOCX and Markdown renderers read.

`build_document` turns an agreement with its unit, people, measurements and submitted versions into an
`AgreementDocument`: the Norddjurs sections (Generelt, Fokusområder, Økonomi, Dialog, Evaluering), a goals table,
the latest status per indicator, and the approval that stands in for the signatures. `DocumentService` loads one
through the unit of work; `load_for` first checks that the person may see it (holder, giver or chefkonsulent)
and audits a refusal, following agreements.agreement.approval.
"""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from agreements import policy
from agreements.agreement import document_texts as texts
from agreements.agreement.involvement import describe as describe_involvement
from agreements.agreement.involvement import involvement_state
from agreements.agreement.shared_goals import ACCEPTED, SharedGoalService, SharedGoalView
from agreements.clock import COPENHAGEN
from agreements.danish import format_number
from agreements.dialogue.meeting_ports import ASSESSMENT_LABELS, Assessment, GoalAssessment, MeetingUnitOfWork
from agreements.dialogue.meeting_time import format_date_short
from agreements.escape import plain, without_control_characters
from agreements.indicators.path_start import approval_days
from agreements.indicators.status import display_decimals
from agreements.indicators.status_report import agreement_report
from agreements.profiles import Profile
from agreements.types import (
    Agreement,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Decision,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
    Person,
    Unit,
)


class ExportFormat(enum.StrEnum):
    DOCX = "docx"
    MARKDOWN = "md"

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self]


MEDIA_TYPES: dict[ExportFormat, str] = {
    ExportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ExportFormat.MARKDOWN: "text/markdown; charset=utf-8",
}


@dataclass(frozen=True, slots=True)
class DocumentSection:
    key: str  # the Agreement field (general, focus_text, economy, dialogue, evaluation)
    title: str
    paragraphs: tuple[str, ...]  # the stored text split at blank lines; empty when nothing is written
    bullets: tuple[str, ...] = ()  # facts the bot adds (e.g. which goals address which focus area)
    bullets_intro: str = ""


@dataclass(frozen=True, slots=True)
class GoalRow:
    number: int
    kind: str  # "Fokusområde: Uddannelse", "Eget mål", "Tværfagligt mål"
    goal: str
    initiative: str
    output: str
    effect: str
    indicator: str
    baseline_target: str  # "86 % → 90 %"
    deadline: str  # "31. december 2026"
    followup: str
    notes: tuple[str, ...] = ()  # milestone, co-owners, leading indicator


@dataclass(frozen=True, slots=True)
class StatusRow:
    goal_number: int
    indicator: str
    latest: str  # "5,9 % (oktober 2026)" or "Intet tal"
    status: str  # "på sporet", "i risiko", "bagud", "mangler data", "ikke fulgt op endnu"
    status_key: str  # IndicatorStatus value, for colouring
    explanation: str


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    goal_number: int
    goal: str
    assessment: str  # "opfyldt", "delvist opfyldt", "ikke opfyldt", or "Ikke vurderet"
    assessment_key: str  # Assessment value, "" when the goal was not assessed, for colouring
    comment: str
    assessed: str  # "15. december 2026 af Henrik Thomsen", or "–"


@dataclass(frozen=True, slots=True)
class EvaluationBlock:
    """The results of the year-end evaluation (R9 «Evaluering»): one row per goal of the agreement."""

    summary: str  # "2 opfyldt, 1 delvist opfyldt, 0 ikke opfyldt; 1 mål er ikke vurderet."
    rows: tuple[EvaluationRow, ...]


@dataclass(frozen=True, slots=True)
class Signatory:
    role: str  # "aftaleholder" / "aftalegiver"
    name: str
    line: str  # what the person did and when, or what is awaited


@dataclass(frozen=True, slots=True)
class ApprovalBlock:
    approved: bool
    headline: str  # "Tønder, den 10. marts 2026" when approved, else "Ikke godkendt endnu"
    signatories: tuple[Signatory, Signatory]
    note: str = ""


@dataclass(frozen=True, slots=True)
class AgreementDocument:
    agreement_id: int
    version: int
    year: int
    title: str
    municipality: str
    unit: str
    holder: str
    giver: str
    parties_line: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[DocumentSection, ...]
    goals: tuple[GoalRow, ...]
    status_heading: str
    status: tuple[StatusRow, ...]
    approval: ApprovalBlock
    generated: str
    footer: str
    evaluation: EvaluationBlock | None = None  # None until a goal has been assessed

    def file_stem(self) -> str:
        """An ASCII file name without extension: "aftale-2026-born-og-skole-v2"."""
        return f"aftale-{self.year}-{slug(self.unit)}-v{self.version}"

    def display_name(self, fmt: ExportFormat) -> str:
        """The Danish file name a browser offers: "Aftale 2026 – Børn og Skole.docx"."""
        return f"Aftale {self.year} – {self.unit}.{fmt.value}"


def slug(text: str) -> str:
    replaced = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    ascii_text = unicodedata.normalize("NFKD", replaced).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "aftale"


# ---------------------------------------------------------------- building the document


def _paragraphs(value: str) -> tuple[str, ...]:
    blocks = re.split(r"\n\s*\n", value.strip())
    return tuple(" ".join(block.split()) for block in blocks if block.strip())


def _kind(goal: Goal) -> str:
    label = texts.GOAL_KIND_LABELS[goal.kind.value]
    return f"{label}: {goal.focus_area}" if goal.focus_area else label


def _value(value: float | None, unit: str, places: int) -> str:
    return texts.NOT_STATED if value is None else format_number(value, unit, places)


def _baseline_target(indicator: Indicator) -> str:
    places = display_decimals(indicator.baseline, indicator.target)
    baseline = _value(indicator.baseline, indicator.measure_unit, places)
    target = plain(indicator.target_text) if indicator.target_text else _value(indicator.target,
                                                                                indicator.measure_unit, places)
    return f"{baseline} → {target}"


def goal_row(number: int, goal: Goal) -> GoalRow:
    first = goal.indicators[0] if goal.indicators else None
    indicator = "; ".join(i.name for i in goal.indicators) or (goal.measurement_method or "")
    if goal.indicators and goal.measurement_method:
        indicator = f"{indicator}. {goal.measurement_method}"
    notes = []
    if goal.milestone:
        notes.append(texts.GOAL_MILESTONE.format(milestone=goal.milestone))
    if goal.co_owners:
        notes.append(texts.GOAL_CO_OWNERS.format(names=", ".join(goal.co_owners)))
    if goal.leading_indicator:
        notes.append(texts.GOAL_LEADING.format(indicator=goal.leading_indicator))
    deadlines = sorted({i.deadline for i in goal.indicators if i.deadline is not None})
    return GoalRow(
        number=number,
        kind=_kind(goal),
        goal=goal.statement,
        initiative=goal.initiative or texts.NOT_STATED,
        output=goal.output or texts.NOT_STATED,
        effect=goal.effect or texts.NOT_STATED,
        indicator=indicator or texts.NOT_STATED,
        baseline_target=" / ".join(_baseline_target(i) for i in goal.indicators) if first else texts.NOT_STATED,
        deadline=", ".join(format_date_short(d) for d in deadlines) or texts.NOT_STATED,
        followup=goal.followup or texts.NOT_STATED,
        notes=tuple(notes),
    )


def _focus_bullets(agreement: Agreement, profile: Profile) -> tuple[str, ...]:
    bullets = []
    for area in profile.focus_areas:
        numbers = [str(n) for n, g in enumerate(agreement.goals, start=1)
                   if g.kind is GoalKind.FOCUS_AREA and g.focus_area == area]
        bullets.append(texts.FOCUS_AREA_GOALS.format(area=area, numbers=", ".join(numbers)) if numbers
                       else texts.FOCUS_AREA_NONE.format(area=area))
    return tuple(bullets)


def _sections(agreement: Agreement, profile: Profile) -> tuple[DocumentSection, ...]:
    sections = []
    for key, title in profile.sections:
        paragraphs = _paragraphs(str(getattr(agreement, key, "") or ""))
        if key == "focus_text":
            sections.append(DocumentSection(key, title, paragraphs, _focus_bullets(agreement, profile),
                                            texts.FOCUS_AREAS_INTRO))
        else:
            sections.append(DocumentSection(key, title, paragraphs))
    return tuple(sections)


def _status_rows(agreement: Agreement, unit: Unit, measurements: Mapping[int, Sequence[Measurement]],
                 today: date, versions: Sequence[AgreementVersion]) -> tuple[StatusRow, ...]:
    report = agreement_report(agreement, unit.name, measurements, today,
                              approved_on=approval_days(agreement, versions))
    rows = []
    for goal in report.goals:
        for line in goal.indicators:
            r = line.report
            latest = (f"{format_number(r.latest_value, r.measure_unit)} ({r.latest_period.label})"
                      if r.latest_value is not None and r.latest_period is not None else texts.STATUS_NO_FIGURE)
            rows.append(StatusRow(goal.number, line.indicator.name, latest, r.status.label, r.status.value,
                                  r.explanation))
    return tuple(rows)


def _local_date(moment: datetime) -> str:
    return format_date_short(moment.astimezone(COPENHAGEN).date())


def _approval(agreement: Agreement, profile: Profile, holder: Person, giver: Person,
              records: Sequence[AgreementVersion], names: Mapping[int, str]) -> ApprovalBlock:
    place = profile.municipality.removesuffix(" Kommune")
    current = next((r for r in records if r.version == agreement.version), None)
    if agreement.status is AgreementStatus.APPROVED and current is not None and current.decided_at is not None:
        decided_on = _local_date(current.decided_at)
        return ApprovalBlock(
            approved=True,
            headline=texts.APPROVAL_PLACE_DATE.format(place=place, date=decided_on),
            signatories=(
                Signatory(texts.APPROVAL_ROLE_HOLDER, holder.name, texts.APPROVAL_SUBMITTED.format(
                    date=_local_date(current.submitted_at), version=current.version)),
                Signatory(texts.APPROVAL_ROLE_GIVER, names.get(current.decided_by or 0, giver.name),
                          texts.APPROVAL_APPROVED.format(date=decided_on, version=current.version)),
            ),
            note=texts.APPROVAL_INTRO,
        )
    if current is not None and agreement.status is AgreementStatus.SUBMITTED:
        holder_line = texts.APPROVAL_SUBMITTED.format(date=_local_date(current.submitted_at), version=current.version)
        giver_line = texts.APPROVAL_WAITING
    elif current is not None and current.decision is Decision.CHANGES_REQUESTED and current.decided_at is not None:
        holder_line = texts.APPROVAL_SUBMITTED.format(date=_local_date(current.submitted_at), version=current.version)
        giver_line = texts.APPROVAL_CHANGES.format(date=_local_date(current.decided_at),
                                                   comment=current.decision_comment or "")
    else:
        holder_line, giver_line = texts.APPROVAL_NOT_SUBMITTED, texts.APPROVAL_GIVER_NOT_YET
    earlier = [r for r in records if r.decision is Decision.APPROVED and r.version != agreement.version
               and r.decided_at is not None]
    note = ""
    if earlier:
        last = earlier[-1]
        assert last.decided_at is not None
        note = texts.APPROVAL_EARLIER.format(version=last.version, name=names.get(last.decided_by or 0, giver.name),
                                             date=_local_date(last.decided_at))
    return ApprovalBlock(
        approved=False,
        headline=texts.APPROVAL_NOT_YET,
        signatories=(Signatory(texts.APPROVAL_ROLE_HOLDER, holder.name, holder_line),
                     Signatory(texts.APPROVAL_ROLE_GIVER, giver.name, giver_line)),
        note=note,
    )


def _evaluation(agreement: Agreement, assessments: Sequence[GoalAssessment],
                names: Mapping[int, str]) -> EvaluationBlock | None:
    by_goal = {a.goal_id: a for a in assessments}
    if not any(g.id in by_goal for g in agreement.goals):
        return None
    rows = []
    for number, goal in enumerate(agreement.goals, start=1):
        record = by_goal.get(goal.id or -1)
        if record is None:
            rows.append(EvaluationRow(number, goal.statement, texts.EVALUATION_NOT_ASSESSED, "", texts.NOT_STATED,
                                      texts.NOT_STATED))
            continue
        when = _local_date(record.assessed_at) if record.assessed_at is not None else ""
        who = names.get(record.assessed_by or 0, "")
        assessed = (texts.EVALUATION_ASSESSED.format(date=when, name=who) if when and who
                    else when or who or texts.NOT_STATED)
        rows.append(EvaluationRow(number, goal.statement, ASSESSMENT_LABELS[record.assessment],
                                  record.assessment.value, record.comment or texts.NOT_STATED, assessed))
    counts = {kind: sum(1 for r in rows if r.assessment_key == kind.value) for kind in Assessment}
    summary = ", ".join(f"{counts[kind]} {ASSESSMENT_LABELS[kind]}" for kind in Assessment)
    missing = sum(1 for r in rows if not r.assessment_key)
    summary += texts.EVALUATION_MISSING.format(count=missing) if missing else "."
    return EvaluationBlock(summary, tuple(rows))


def build_document(
    agreement: Agreement,
    unit: Unit,
    holder: Person,
    giver: Person,
    profile: Profile,
    measurements: Mapping[int, Sequence[Measurement]],
    versions: Sequence[AgreementVersion],
    today: date,
    names: Mapping[int, str] | None = None,
    assessments: Sequence[GoalAssessment] = (),
    involvement: Mapping[str, Any] | None = None,
    shared_goals: Sequence[SharedGoalView] = (),
) -> AgreementDocument:
    """The document of the agreement as it stands today. `names`: person id → name, for who decided or evaluated;
    `assessments`: the goals' assessments at the year-end evaluation (agreements.dialogue.evaluation), if any."""
    assert agreement.id is not None
    profile = profile.for_year(agreement.year)
    known = {p.id: p.name for p in (holder, giver) if p.id is not None}
    known.update(names or {})
    title = texts.TITLE.format(year=agreement.year)
    status_label = texts.STATUS_LABELS[agreement.status.value]
    document: AgreementDocument = _inert(AgreementDocument(
        agreement_id=agreement.id,
        version=agreement.version,
        year=agreement.year,
        title=title,
        municipality=profile.municipality,
        unit=unit.name,
        holder=holder.name,
        giver=giver.name,
        parties_line=texts.PARTIES_LINE.format(holder=holder.name, unit=unit.name),
        facts=tuple(zip(texts.FACT_LABELS, (
            unit.name, holder.name, giver.name, texts.LEVEL_LABELS.get(agreement.level.value, agreement.level.value),
            status_label, str(agreement.version)), strict=True))
        + (((texts.INVOLVEMENT_LABEL, describe_involvement(involvement)),) if involvement is not None else ())
        + tuple((texts.SHARED_GOAL_LABEL.format(owner=g.owner), " – ".join((g.statement, *g.indicators)))
                for g in shared_goals if g.status == ACCEPTED),
        sections=_sections(agreement, profile),
        goals=tuple(goal_row(n, g) for n, g in enumerate(agreement.goals, start=1)),
        status_heading=texts.STATUS_HEADING.format(date=format_date_short(today)),
        status=_status_rows(agreement, unit, measurements, today, versions),
        approval=_approval(agreement, profile, holder, giver, versions, known),
        generated=texts.GENERATED.format(date=format_date_short(today)),
        footer=texts.FOOTER.format(municipality=profile.municipality, title=title, unit=unit.name),
        evaluation=_evaluation(agreement, assessments, known),
    ))
    return document


# Identifiers the renderers look up, and texts the bot builds from numbers and dates only (user-written parts of
# them, such as a target in words, are escaped where they are built).
_CODES = frozenset({"key", "status_key", "assessment_key", "deadline", "baseline_target", "latest", "generated",
                    "status_heading"})


def _inert(value: Any) -> Any:
    """Every text of the document through agreements.escape.plain (the bot's own texts have no markup, so only
    what users wrote changes): neither the Markdown nor the DOCX export can carry a link, an image, HTML, a mention
    or fake emphasis from a unit name, a section or a goal."""
    if isinstance(value, str):
        return plain(without_control_characters(value))  # XML 1.0 (DOCX) cannot hold them
    if isinstance(value, tuple):
        return tuple(_inert(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _inert(getattr(value, f.name)) for f in dataclasses.fields(value) if f.name not in _CODES}
        return dataclasses.replace(value, **changes)
    return value


# ---------------------------------------------------------------- loading, with access check


class ExportRefusal(enum.StrEnum):
    NOT_FOUND = "not_found"
    NOT_ALLOWED = "not_allowed"


REFUSAL_TEXTS = {
    ExportRefusal.NOT_FOUND: texts.REFUSED_NOT_FOUND,
    ExportRefusal.NOT_ALLOWED: texts.REFUSED_NOT_ALLOWED,
}


class ExportRefused(Exception):
    def __init__(self, reason: ExportRefusal) -> None:
        super().__init__(REFUSAL_TEXTS[reason])
        self.reason = reason

    @property
    def message(self) -> str:
        return REFUSAL_TEXTS[self.reason]


class DocumentService:
    def __init__(self, profile: Profile) -> None:
        self._profile = profile

    async def check_access(
        self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, action: str = "export"
    ) -> Agreement:
        """The agreement, if the person may export it; otherwise the refusal is audited and raised."""
        agreement = await uow.agreements.get(person.tenant_id, agreement_id)
        if agreement is None:
            await self._refuse(uow, person, agreement_id, ExportRefusal.NOT_FOUND, action)
        assert agreement is not None
        if not policy.may_export(person, agreement):
            await self._refuse(uow, person, agreement_id, ExportRefusal.NOT_ALLOWED, action)
        return agreement

    async def load_for(self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, today: date,
                       *, audit_detail: Mapping[str, Any] | None = None) -> AgreementDocument:
        """The document for a person who may see it; the export is audited (the caller commits)."""
        agreement = await self.check_access(uow, person, agreement_id)
        document = await self.load(uow, agreement, today)
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.exported", actor_id=person.id,
                                       subject=f"agreement:{agreement_id}",
                                       detail={"version": agreement.version, **(audit_detail or {})}))
        return document

    async def load(self, uow: MeetingUnitOfWork, agreement: Agreement, today: date) -> AgreementDocument:
        """The document without an access check (the command line, run by the operator)."""
        tenant, agreement_id = agreement.tenant_id, agreement.id
        assert agreement_id is not None
        unit = await uow.units.get(tenant, agreement.unit_id)
        holder = await uow.people.get(tenant, agreement.holder_id)
        giver = await uow.people.get(tenant, agreement.giver_id)
        assert unit is not None and holder is not None and giver is not None
        ids = [i.id for g in agreement.goals for i in g.indicators if i.id is not None]
        measurements = await uow.measurements.for_indicators(tenant, ids) if ids else {}
        versions = await uow.agreements.versions(tenant, agreement_id)
        assessments = await uow.meetings.assessments(tenant, agreement_id)
        names: dict[int, str] = {}
        for person_id in ({r.decided_by for r in versions if r.decided_by is not None}
                          | {a.assessed_by for a in assessments if a.assessed_by is not None}):
            person = await uow.people.get(tenant, person_id)
            if person is not None:
                names[person_id] = person.name
        state = None
        if getattr(uow, "involvements", None) is not None:  # R10: as recorded, with «ikke relevant» said when sent
            state = await involvement_state(uow, agreement, versions)  # type: ignore[arg-type]
        shared: list[SharedGoalView] = []
        if getattr(uow, "goal_shares", None) is not None:  # tværgående goals other units share with this one
            shared = await SharedGoalService().shared_into(uow, agreement, today)  # type: ignore[arg-type]
        return build_document(agreement, unit, holder, giver, self._profile, measurements, versions, today, names,
                              assessments, state, shared)

    async def _refuse(self, uow: MeetingUnitOfWork, person: Person, agreement_id: int, reason: ExportRefusal,
                      action: str) -> None:
        # As in agreements.agreement.approval: the refusal is committed on its own, everything else is rolled back.
        await uow.rollback()
        await uow.audit.add(AuditEvent(tenant_id=person.tenant_id, action="agreement.refused", actor_id=person.id,
                                       subject=f"agreement:{agreement_id}",
                                       detail={"action": action, "reason": reason.value}))
        await uow.commit()
        raise ExportRefused(reason)
