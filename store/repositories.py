"""SQLAlchemy implementations of the ports in agreements.ports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import String, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload, selectinload

from agreements.types import (
    Agreement,
    AgreementLevel,
    AgreementStatus,
    AgreementVersion,
    AuditEvent,
    Goal,
    GoalShare,
    Indicator,
    Involvement,
    Measurement,
    PendingCard,
    Person,
    ProfileTexts,
    SentCard,
    Unit,
)
from store import mapping
from store.db import dialect_insert
from store.models import (
    AgreementRow,
    AgreementVersionRow,
    AuditEventRow,
    GoalRow,
    GoalShareRow,
    IndicatorRow,
    InvolvementRow,
    MeasurementRow,
    PendingCardRow,
    PersonRow,
    ProfileTextsRow,
    SentCardRow,
    UnitRow,
)


class SqlPersonRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, tenant_id: str, person_id: int) -> Person | None:
        row = await self._session.get(PersonRow, person_id)
        if row is None or row.tenant_id != tenant_id:
            return None
        return mapping.person_from_row(row)

    async def get_by_aad(self, tenant_id: str, aad_object_id: str) -> Person | None:
        """One SELECT (built once, its cache key kept) that also tells whether cards wait for the person: a turn
        then asks for pending cards only when there are some (see `SqlCardRepository.pending_for`)."""
        row = (await self._session.execute(_person_by_aad(), {"tenant": tenant_id, "aad": aad_object_id})).first()
        if row is None:
            return None
        if not row.has_pending:
            self._session.info[(NO_PENDING, tenant_id, row.id)] = True
        self._session.info[(ORGANISED, tenant_id)] = bool(row.organised)  # has_organisation needs no query then
        return mapping.person_from_row(cast(PersonRow, row))  # a row with the same attribute names

    async def add(self, person: Person) -> Person:
        row = mapping.person_to_row(person)
        self._session.add(row)
        await self._session.flush()
        person.id = row.id
        return person

    async def ensure(self, person: Person) -> Person:
        values = {
            "tenant_id": person.tenant_id,
            "aad_object_id": person.aad_object_id,
            "name": person.name,
            "email": person.email,
            "teams_user_id": person.teams_user_id,
            "role": person.role.value,
            "conversation_reference": person.conversation_reference,
        }
        insert = dialect_insert(self._session)
        await self._session.execute(
            insert(PersonRow).values(values).on_conflict_do_nothing(index_elements=["tenant_id", "aad_object_id"])
        )
        row = await self._row_by_aad(person.tenant_id, person.aad_object_id)
        assert row is not None
        return mapping.person_from_row(row)

    async def claim_welcome(self, tenant_id: str, person_id: int, at: datetime) -> bool:
        result = await self._session.execute(
            update(PersonRow)
            .where(PersonRow.id == person_id, PersonRow.tenant_id == tenant_id, PersonRow.welcomed_at.is_(None))
            .values(welcomed_at=at)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def update(self, person: Person) -> None:
        if person.id is None:
            raise ValueError("cannot update a person that was never stored")
        row = await self._session.get(PersonRow, person.id)
        if row is None or row.tenant_id != person.tenant_id:
            raise LookupError(f"person {person.id} not found in tenant")
        mapping.person_to_row(person, row)
        await self._session.flush()

    async def list(self, tenant_id: str) -> list[Person]:
        rows = await self._session.scalars(
            select(PersonRow).where(PersonRow.tenant_id == tenant_id).order_by(PersonRow.id)
        )
        return [mapping.person_from_row(r) for r in rows]

    async def add_many(self, people: Sequence[Person]) -> None:
        """Inserts the people in one flush and sets their ids."""
        rows = [mapping.person_to_row(p) for p in people]
        self._session.add_all(rows)
        await self._session.flush()
        for person, row in zip(people, rows, strict=True):
            person.id = row.id

    async def update_many(self, people: Sequence[Person]) -> None:
        """Writes the people's fields in one flush."""
        ids = [p.id for p in people]
        if None in ids:
            raise ValueError("cannot update a person that was never stored")
        rows: dict[int, PersonRow] = {}
        for start in range(0, len(ids), 500):  # one SELECT per 500 people, not one each
            chunk = ids[start:start + 500]
            found = await self._session.scalars(select(PersonRow).where(PersonRow.id.in_(chunk)))
            rows.update((r.id, r) for r in found)
        for person in people:
            row = rows.get(person.id or 0)
            if row is None or row.tenant_id != person.tenant_id:
                raise LookupError(f"person {person.id} not found in tenant")
            mapping.person_to_row(person, row)
        await self._session.flush()

    async def has_organisation(self, tenant_id: str) -> bool:
        known = self._session.info.get((ORGANISED, tenant_id))
        if known is not None:  # read with the person this turn
            return bool(known)
        stmt = select(PersonRow.id).where(PersonRow.tenant_id == tenant_id, PersonRow.in_organisation.is_(True))
        return (await self._session.execute(stmt.limit(1))).first() is not None

    async def known_conversation(self, tenant_id: str) -> dict[str, Any] | None:
        # JSON columns keep Python's None as the JSON null unless the row never had a value: both are skipped.
        stmt = (
            select(PersonRow.conversation_reference)
            .where(PersonRow.tenant_id == tenant_id, PersonRow.conversation_reference.is_not(None),
                   PersonRow.conversation_reference.cast(String) != "null")
            .order_by(PersonRow.id.desc())
            .limit(20)
        )
        for reference in await self._session.scalars(stmt):
            if isinstance(reference, dict) and reference.get("serviceUrl"):
                return reference
        return None

    async def _row_by_aad(self, tenant_id: str, aad_object_id: str) -> PersonRow | None:
        stmt = select(PersonRow).where(
            PersonRow.tenant_id == tenant_id, PersonRow.aad_object_id == aad_object_id
        )
        return (await self._session.scalars(stmt)).first()


NO_PENDING = "no-pending-cards"
ORGANISED = "tenant-has-organisation"


@cache
def _person_by_aad() -> Any:
    person = PersonRow.__table__
    pending = (
        select(PendingCardRow.id)
        .where(PendingCardRow.person_id == person.c.id, PendingCardRow.delivered_at.is_(None))
        .exists()
        .label("has_pending")
    )
    other = PersonRow.__table__.alias("member")
    organised = (
        select(other.c.id)
        .where(other.c.tenant_id == person.c.tenant_id, other.c.in_organisation.is_(True))
        .exists()
        .label("organised")
    )
    return select(*person.c, pending, organised).where(
        person.c.tenant_id == bindparam("tenant"), person.c.aad_object_id == bindparam("aad")
    )


class SqlInvolvementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def record(self, involvement: Involvement) -> bool:
        """Stores the date for the agreement and body; False if that date was stored already."""
        stmt = select(InvolvementRow).where(InvolvementRow.tenant_id == involvement.tenant_id,
                                            InvolvementRow.agreement_id == involvement.agreement_id,
                                            InvolvementRow.body == involvement.body)
        row = (await self._session.scalars(stmt)).first()
        if row is not None and row.involved_on == involvement.involved_on:
            return False
        if row is None:
            row = InvolvementRow(tenant_id=involvement.tenant_id, agreement_id=involvement.agreement_id,
                                 body=involvement.body)
            self._session.add(row)
        row.involved_on, row.recorded_by = involvement.involved_on, involvement.recorded_by
        await self._session.flush()
        involvement.id = row.id
        return True

    async def for_agreement(self, tenant_id: str, agreement_id: int) -> list[Involvement]:
        stmt = (select(InvolvementRow)
                .where(InvolvementRow.tenant_id == tenant_id, InvolvementRow.agreement_id == agreement_id)
                .order_by(InvolvementRow.involved_on, InvolvementRow.id))
        return [Involvement(tenant_id=r.tenant_id, agreement_id=r.agreement_id, body=r.body,
                            involved_on=r.involved_on, recorded_by=r.recorded_by, id=r.id)
                for r in await self._session.scalars(stmt)]


class SqlGoalShareRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, share: GoalShare) -> bool:
        """False if the goal is already shared with that unit."""
        stmt = select(GoalShareRow.id).where(GoalShareRow.tenant_id == share.tenant_id,
                                             GoalShareRow.goal_id == share.goal_id,
                                             GoalShareRow.unit_id == share.unit_id)
        if (await self._session.scalars(stmt)).first() is not None:
            return False
        row = GoalShareRow(tenant_id=share.tenant_id, goal_id=share.goal_id, agreement_id=share.agreement_id,
                           unit_id=share.unit_id, status=share.status, decided_by=share.decided_by)
        self._session.add(row)
        await self._session.flush()
        share.id = row.id
        return True

    async def for_goal_owner(self, tenant_id: str, agreement_id: int) -> list[GoalShare]:
        return await self._list(GoalShareRow.tenant_id == tenant_id, GoalShareRow.agreement_id == agreement_id)

    async def for_units(self, tenant_id: str, unit_ids: list[int]) -> list[GoalShare]:
        if not unit_ids:
            return []
        return await self._list(GoalShareRow.tenant_id == tenant_id, GoalShareRow.unit_id.in_(unit_ids))

    async def decide(self, share: GoalShare) -> None:
        row = await self._session.get(GoalShareRow, share.id)
        if row is not None and row.tenant_id == share.tenant_id:
            row.status, row.decided_by = share.status, share.decided_by
            await self._session.flush()

    async def _list(self, *where: Any) -> list[GoalShare]:
        stmt = select(GoalShareRow).where(*where).order_by(GoalShareRow.id)
        return [GoalShare(tenant_id=r.tenant_id, goal_id=r.goal_id, agreement_id=r.agreement_id, unit_id=r.unit_id,
                          status=r.status, decided_by=r.decided_by, id=r.id)
                for r in await self._session.scalars(stmt)]


class SqlProfileTextRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def for_profile(self, tenant_id: str, profile_key: str) -> list[ProfileTexts]:
        stmt = (select(ProfileTextsRow)
                .where(ProfileTextsRow.tenant_id == tenant_id, ProfileTextsRow.profile_key == profile_key)
                .order_by(ProfileTextsRow.year))
        return [ProfileTexts(tenant_id=r.tenant_id, profile_key=r.profile_key, year=r.year,
                             sections={str(k): str(v) for k, v in (r.sections or {}).items()},
                             common_ground=[str(p) for p in r.common_ground or []], id=r.id)
                for r in await self._session.scalars(stmt)]

    async def save(self, texts: ProfileTexts) -> None:
        """One row per tenant, profile and year: an insert, or the stored texts replaced (also when two people save
        the same year at once: the later write wins)."""
        insert = dialect_insert(self._session)
        values = {"tenant_id": texts.tenant_id, "profile_key": texts.profile_key, "year": texts.year,
                  "sections": dict(texts.sections), "common_ground": list(texts.common_ground)}
        stmt = insert(ProfileTextsRow).values(**values)
        await self._session.execute(stmt.on_conflict_do_update(
            index_elements=["tenant_id", "profile_key", "year"],
            set_={"sections": stmt.excluded.sections, "common_ground": stmt.excluded.common_ground,
                  "updated_at": func.now()}))
        texts.id = await self._session.scalar(
            select(ProfileTextsRow.id).where(ProfileTextsRow.tenant_id == texts.tenant_id,
                                             ProfileTextsRow.profile_key == texts.profile_key,
                                             ProfileTextsRow.year == texts.year))


class SqlUnitRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, unit: Unit) -> Unit:
        row = mapping.unit_to_row(unit)
        self._session.add(row)
        await self._session.flush()
        unit.id = row.id
        return unit

    async def add_new(self, unit: Unit) -> Unit | None:
        insert = dialect_insert(self._session)
        result = await self._session.execute(
            insert(UnitRow).values(tenant_id=unit.tenant_id, name=unit.name, area=unit.area)
            .on_conflict_do_nothing(index_elements=["tenant_id", "name"])
        )
        if not result.rowcount:  # type: ignore[attr-defined]
            return None
        found = await self.find_by_name(unit.tenant_id, unit.name)
        assert found is not None
        return found

    async def get(self, tenant_id: str, unit_id: int) -> Unit | None:
        row = await self._session.get(UnitRow, unit_id)
        if row is None or row.tenant_id != tenant_id:
            return None
        return mapping.unit_from_row(row)

    async def find_by_name(self, tenant_id: str, name: str) -> Unit | None:
        stmt = select(UnitRow).where(UnitRow.tenant_id == tenant_id, UnitRow.name == name)
        row = (await self._session.scalars(stmt)).first()
        return mapping.unit_from_row(row) if row else None

    async def list(self, tenant_id: str) -> list[Unit]:
        stmt = select(UnitRow).where(UnitRow.tenant_id == tenant_id).order_by(UnitRow.name, UnitRow.id)
        return [mapping.unit_from_row(r) for r in await self._session.scalars(stmt)]

    async def update(self, unit: Unit) -> None:
        if unit.id is None:
            raise ValueError("cannot update a unit that was never stored")
        row = await self._session.get(UnitRow, unit.id)
        if row is None or row.tenant_id != unit.tenant_id:
            raise LookupError(f"unit {unit.id} not found in tenant")
        mapping.unit_to_row(unit, row)
        await self._session.flush()


def _agreement_query() -> Any:
    # One query with its goals and their indicators joined in: selectinload took three round trips (an agreement has
    # tens of goals and indicators, so the joined rows are few), and its IN list of every goal id made a new
    # statement to prepare each time an agreement gained a goal.
    return select(AgreementRow).options(
        joinedload(AgreementRow.goals).joinedload(GoalRow.indicators)
    )


async def _agreements(session: AsyncSession, stmt: Any) -> list[AgreementRow]:
    """The agreements `stmt` (an `_agreement_query`) finds, each once with all its joined rows."""
    return list((await session.scalars(stmt)).unique().all())


class SqlAgreementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, agreement: Agreement) -> Agreement:
        row = mapping.agreement_to_row(agreement)
        for position, goal in enumerate(row.goals, start=1):
            goal.position = position
            for indicator in goal.indicators:
                indicator.unit_id = agreement.unit_id
        self._session.add(row)
        await self._session.flush()
        stored = await self.get(agreement.tenant_id, row.id)
        assert stored is not None
        return stored

    async def get(self, tenant_id: str, agreement_id: int) -> Agreement | None:
        stmt = _agreement_query().where(
            AgreementRow.id == agreement_id, AgreementRow.tenant_id == tenant_id
        ).execution_options(populate_existing=True)
        rows = await _agreements(self._session, stmt)
        return mapping.agreement_from_row(rows[0]) if rows else None

    async def for_holder(self, tenant_id: str, holder_id: int) -> list[Agreement]:
        stmt = (
            _agreement_query()
            .where(AgreementRow.tenant_id == tenant_id, AgreementRow.holder_id == holder_id)
            .order_by(AgreementRow.year.desc(), AgreementRow.id)
        )
        return [mapping.agreement_from_row(r) for r in await _agreements(self._session, stmt)]

    async def find(self, tenant_id: str, unit_id: int, year: int) -> Agreement | None:
        stmt = _agreement_query().where(
            AgreementRow.tenant_id == tenant_id,
            AgreementRow.unit_id == unit_id,
            AgreementRow.year == year,
        )
        rows = await _agreements(self._session, stmt)
        return mapping.agreement_from_row(rows[0]) if rows else None

    async def find_for_level(
        self, tenant_id: str, unit_id: int, year: int, level: AgreementLevel
    ) -> Agreement | None:
        stmt = _agreement_query().where(
            AgreementRow.tenant_id == tenant_id,
            AgreementRow.unit_id == unit_id,
            AgreementRow.year == year,
            AgreementRow.level == level.value,
        )
        rows = await _agreements(self._session, stmt)
        return mapping.agreement_from_row(rows[0]) if rows else None

    async def update_goal(self, tenant_id: str, goal_id: int, goal: Goal) -> None:
        stmt = select(GoalRow).where(GoalRow.id == goal_id, GoalRow.tenant_id == tenant_id).options(
            selectinload(GoalRow.indicators)
        )
        row = (await self._session.scalars(stmt)).first()
        if row is None:
            raise LookupError(f"goal {goal_id} not found in tenant")
        fresh = mapping.goal_to_row(goal)
        for name in ("kind", "focus_area", "statement", "initiative", "output", "effect", "measurement_method",
                     "followup", "milestone", "data_source", "leading_indicator", "co_owners"):
            setattr(row, name, getattr(fresh, name))
        if fresh.indicators:
            new = fresh.indicators[0]
            if row.indicators:
                kept = row.indicators[0]
                for name in ("name", "measure_unit", "direction", "baseline", "baseline_year", "target", "target_text",
                             "deadline", "frequency", "source_key", "tolerance", "compare_last_year",
                             "milestone_target"):
                    setattr(kept, name, getattr(new, name))
            else:
                agreement = await self._session.get(AgreementRow, row.agreement_id)
                assert agreement is not None
                new.tenant_id, new.unit_id = tenant_id, agreement.unit_id
                row.indicators.append(new)
        await self._session.flush()

    async def add_goal(self, agreement_id: int, goal: Goal) -> Goal:
        agreement = await self._session.get(AgreementRow, agreement_id)
        if agreement is None or agreement.tenant_id != goal.tenant_id:
            raise LookupError(f"agreement {agreement_id} not found in tenant")
        last = await self._session.scalar(
            select(func.max(GoalRow.position)).where(GoalRow.agreement_id == agreement_id)
        )
        row = mapping.goal_to_row(goal)
        row.agreement_id = agreement_id
        row.position = (last or 0) + 1
        for indicator in row.indicators:
            indicator.unit_id = agreement.unit_id
        self._session.add(row)
        await self._session.flush()
        goal.id, goal.agreement_id, goal.position = row.id, agreement_id, row.position
        return goal

    async def for_year(self, tenant_id: str, year: int | None = None) -> list[Agreement]:
        stmt = _agreement_query().where(AgreementRow.tenant_id == tenant_id)
        if year is not None:
            stmt = stmt.where(AgreementRow.year == year)
        return [mapping.agreement_from_row(r) for r in await _agreements(self._session, stmt.order_by(AgreementRow.id))]

    async def transition(
        self,
        tenant_id: str,
        agreement_id: int,
        *,
        from_statuses: tuple[AgreementStatus, ...],
        version: int,
        to_status: AgreementStatus,
        to_version: int | None = None,
    ) -> bool:
        values: dict[str, Any] = {"status": to_status.value}
        if to_version is not None:
            values["version"] = to_version
        result = await self._session.execute(
            update(AgreementRow)
            .where(
                AgreementRow.id == agreement_id,
                AgreementRow.tenant_id == tenant_id,
                AgreementRow.version == version,
                AgreementRow.status.in_([s.value for s in from_statuses]),
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def update_sections(self, tenant_id: str, agreement_id: int, sections: dict[str, str]) -> None:
        allowed = {"general", "focus_text", "economy", "dialogue", "evaluation"}
        unknown = set(sections) - allowed
        if unknown:
            raise ValueError(f"not agreement sections: {sorted(unknown)}")
        await self._session.execute(
            update(AgreementRow)
            .where(AgreementRow.id == agreement_id, AgreementRow.tenant_id == tenant_id)
            .values(**sections)
            .execution_options(synchronize_session=False)
        )

    async def add_version(self, record: AgreementVersion) -> AgreementVersion:
        row = AgreementVersionRow(
            tenant_id=record.tenant_id,
            agreement_id=record.agreement_id,
            version=record.version,
            snapshot=record.snapshot,
            submitted_by=record.submitted_by,
            submitted_at=record.submitted_at,
            submit_reason=record.submit_reason,
        )
        self._session.add(row)
        await self._session.flush()
        record.id = row.id
        return record

    async def versions(self, tenant_id: str, agreement_id: int) -> list[AgreementVersion]:
        rows = await self._session.scalars(
            select(AgreementVersionRow)
            .where(AgreementVersionRow.tenant_id == tenant_id, AgreementVersionRow.agreement_id == agreement_id)
            .order_by(AgreementVersionRow.version)
        )
        return [mapping.version_from_row(r) for r in rows]

    async def record_decision(self, record: AgreementVersion) -> None:
        await self._session.execute(
            update(AgreementVersionRow)
            .where(AgreementVersionRow.id == record.id, AgreementVersionRow.tenant_id == record.tenant_id)
            .values(
                decision=record.decision.value if record.decision else None,
                decided_by=record.decided_by,
                decided_at=record.decided_at,
                decision_comment=record.decision_comment,
            )
            .execution_options(synchronize_session=False)
        )

    async def tenants(self) -> list[str]:
        rows = await self._session.scalars(select(AgreementRow.tenant_id).distinct().order_by(AgreementRow.tenant_id))
        return list(rows)

    async def count(self, tenant_id: str | None = None) -> int:
        stmt = select(func.count()).select_from(AgreementRow)
        if tenant_id is not None:
            stmt = stmt.where(AgreementRow.tenant_id == tenant_id)
        return int(await self._session.scalar(stmt) or 0)


class SqlMeasurementRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def upsert_many(self, measurements: Sequence[Measurement]) -> int:
        if not measurements:
            return 0
        values = [
            {
                "tenant_id": m.tenant_id,
                "indicator_id": m.indicator_id,
                "period": m.period,
                "value": m.value,
                "comment": m.comment,
            }
            for m in measurements
        ]
        stmt = dialect_insert(self._session)(MeasurementRow).values(values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["indicator_id", "period"],
            set_={"value": stmt.excluded.value, "comment": stmt.excluded.comment},
        )
        await self._session.execute(stmt)
        return len(values)

    async def for_indicator(self, tenant_id: str, indicator_id: int) -> list[Measurement]:
        stmt = (
            select(MeasurementRow)
            .where(MeasurementRow.tenant_id == tenant_id, MeasurementRow.indicator_id == indicator_id)
            .order_by(MeasurementRow.period)
        )
        return [mapping.measurement_from_row(r) for r in await self._session.scalars(stmt)]

    async def for_indicators(self, tenant_id: str, indicator_ids: Sequence[int]) -> dict[int, list[Measurement]]:
        found: dict[int, list[Measurement]] = {}
        for chunk in _chunks(sorted(set(indicator_ids)), _IN_CHUNK):
            stmt = (
                select(MeasurementRow)
                .where(MeasurementRow.tenant_id == tenant_id, MeasurementRow.indicator_id.in_(chunk))
                .order_by(MeasurementRow.indicator_id, MeasurementRow.period)
            )
            for row in await self._session.scalars(stmt):
                found.setdefault(row.indicator_id, []).append(mapping.measurement_from_row(row))
        return found

    async def indicators(self, tenant_id: str) -> list[Indicator]:
        # Plain rows rather than ORM objects: an import reads every indicator of the tenant.
        stmt = (
            select(*IndicatorRow.__table__.columns)
            .where(IndicatorRow.tenant_id == tenant_id)
            .order_by(IndicatorRow.id)
        )
        return [mapping.indicator_from_row(r) for r in await self._session.execute(stmt)]  # type: ignore[arg-type]

    async def stored_values(
        self, tenant_id: str, indicator_ids: Sequence[int], periods: Sequence[str]
    ) -> dict[tuple[int, str], tuple[float, str | None]]:
        found: dict[tuple[int, str], tuple[float, str | None]] = {}
        wanted = set(indicator_ids)
        period_list = sorted(set(periods))
        if not period_list or not wanted:
            return found
        columns = (MeasurementRow.indicator_id, MeasurementRow.period, MeasurementRow.value, MeasurementRow.comment)
        if len(wanted) <= _FEW_INDICATORS:
            # A few indicators (a card, a small file): their rows through the (indicator_id, period) index.
            stmt = select(*columns).where(
                MeasurementRow.tenant_id == tenant_id,
                MeasurementRow.indicator_id.in_(sorted(wanted)),
                MeasurementRow.period.in_(period_list),
            )
            chunks = [stmt]
        else:
            # Many (a LIS export): the tenant's rows of those periods, filtered here. A long `IN` list of bound
            # ids makes PostgreSQL compare each scanned row with every id (a bound array is not hashed): 2–10 s
            # for 100,000 rows, against well under a second this way.
            chunks = [
                select(*columns).where(
                    MeasurementRow.tenant_id == tenant_id,
                    MeasurementRow.period.in_(period_list[i : i + _IN_CHUNK // 5]),
                )
                for i in range(0, len(period_list), _IN_CHUNK // 5)
            ]
        for stmt in chunks:
            for indicator_id, period, value, comment in await self._session.execute(stmt):
                if indicator_id in wanted:
                    found[(indicator_id, period)] = (value, comment)
        return found

    async def save_imported(self, measurements: Sequence[Measurement]) -> None:
        if not measurements:
            return
        # The Core table, not the ORM entity: an ORM bulk insert costs about twice as much per row.
        insert = dialect_insert(self._session)(MeasurementRow.__table__)
        stmt = insert.on_conflict_do_update(
            index_elements=["indicator_id", "period"],
            set_={"value": insert.excluded.value, "comment": insert.excluded.comment, "updated_at": func.now()},
        )
        # executemany: compiled once, sent as batches (asyncpg) or one prepared statement (SQLite).
        await self._session.execute(
            stmt,
            [
                {"tenant_id": m.tenant_id, "indicator_id": m.indicator_id, "period": m.period,
                 "value": m.value, "comment": m.comment}
                for m in measurements
            ],
        )


_IN_CHUNK = 500
_FEW_INDICATORS = 200


def _chunks(items: Sequence[int], size: int) -> list[Sequence[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class SqlCardRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add_pending(self, card: PendingCard) -> bool:
        self._session.info.pop((NO_PENDING, card.tenant_id, card.person_id), None)
        result = await self._session.execute(
            dialect_insert(self._session)(PendingCardRow)
            .values(
                tenant_id=card.tenant_id, person_id=card.person_id, kind=card.kind,
                agreement_id=card.agreement_id, version=card.version,
            )
            .on_conflict_do_nothing(index_elements=["person_id", "kind", "agreement_id", "version"])
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def pending_for(self, tenant_id: str, person_id: int) -> list[PendingCard]:
        # The person was just read in this session and had no undelivered card: no second query (once).
        if self._session.info.pop((NO_PENDING, tenant_id, person_id), False):
            return []
        rows = await self._session.scalars(
            select(PendingCardRow)
            .where(
                PendingCardRow.tenant_id == tenant_id,
                PendingCardRow.person_id == person_id,
                PendingCardRow.delivered_at.is_(None),
            )
            .order_by(PendingCardRow.id)
        )
        return [
            PendingCard(r.tenant_id, r.person_id, r.kind, r.agreement_id, r.version, id=r.id) for r in rows
        ]

    async def mark_delivered(self, card: PendingCard) -> None:
        await self._session.execute(
            update(PendingCardRow)
            .where(PendingCardRow.id == card.id, PendingCardRow.tenant_id == card.tenant_id)
            .values(delivered_at=func.now())
            .execution_options(synchronize_session=False)
        )

    async def remember_sent(self, card: SentCard) -> None:
        self._session.add(
            SentCardRow(
                tenant_id=card.tenant_id, agreement_id=card.agreement_id, person_id=card.person_id,
                kind=card.kind, conversation_id=card.conversation_id, activity_id=card.activity_id,
                service_url=card.service_url, version=card.version,
            )
        )
        await self._session.flush()

    async def sent(self, tenant_id: str, agreement_id: int, kind: str) -> list[SentCard]:
        rows = await self._session.scalars(
            select(SentCardRow)
            .where(SentCardRow.tenant_id == tenant_id, SentCardRow.agreement_id == agreement_id,
                   SentCardRow.kind == kind)
            .order_by(SentCardRow.id)
        )
        return [
            SentCard(r.tenant_id, r.agreement_id, r.person_id, r.kind, r.conversation_id, r.activity_id,
                     service_url=r.service_url, version=r.version, id=r.id)
            for r in rows
        ]


class SqlAuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, event: AuditEvent) -> None:
        row = AuditEventRow(
            tenant_id=event.tenant_id,
            actor_id=event.actor_id,
            action=event.action,
            subject=event.subject,
            detail=event.detail,
        )
        if event.at is not None:
            row.at = event.at
        self._session.add(row)
        await self._session.flush()

    async def list(self, tenant_id: str, subject: str | None = None) -> list[AuditEvent]:
        stmt = select(AuditEventRow).where(AuditEventRow.tenant_id == tenant_id)
        if subject is not None:
            stmt = stmt.where(AuditEventRow.subject == subject)
        rows = await self._session.scalars(stmt.order_by(AuditEventRow.id))
        return [mapping.audit_from_row(r) for r in rows]
