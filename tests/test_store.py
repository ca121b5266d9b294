"""Repositories, unit of work and the bot state store, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.agreement.approval import ApprovalRefused, ApprovalService
from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoLoader
from agreements.profiles import TONDER
from agreements.services import AgreementService
from agreements.types import Frequency, Goal, GoalKind, Measurement, Person, ProfileTexts
from store.db import make_sessionmaker
from store.models import MeasurementRow
from store.state import EtagConflictError, SqlStateStore
from store.uow import SqlUnitOfWork

TODAY = date(2026, 11, 24)


async def load_demo(engine: AsyncEngine) -> int:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, TODAY)
        await uow.commit()
    return result.agreement_id


async def test_demo_agreement_satisfies_r3_and_r4(engine: AsyncEngine) -> None:
    agreement_id = await load_demo(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        assert agreement is not None
        assert AgreementService(TONDER, ApprovalService(TONDER)).findings(agreement) == []
        kinds = [g.kind for g in agreement.goals]
        assert kinds.count(GoalKind.FOCUS_AREA) == 4
        assert kinds.count(GoalKind.OWN) + kinds.count(GoalKind.CROSS_CUTTING) == 4
        for goal in agreement.goals:
            indicator = goal.indicators[0]
            assert indicator.baseline is not None and indicator.target is not None and indicator.deadline
            series = await uow.measurements.for_indicator(TENANT_ID, indicator.id or 0)
            expected = {Frequency.MONTHLY: 24 if indicator.compare_last_year else 12, Frequency.QUARTERLY: 4,
                        Frequency.YEARLY: 2}[indicator.frequency]
            assert len(series) == expected
            assert indicator.tolerance == 0.0  # the default band for its kind of measure
        # R6: the afgangsprøver, the trivselsmåling and the nationale test exist once a year.
        frequencies = {g.indicators[0].key: g.indicators[0].frequency for g in agreement.goals}
        assert frequencies["demo-afgang-02"] is frequencies["demo-trivsel"] is Frequency.YEARLY
        assert frequencies["demo-laesning"] is Frequency.YEARLY
        assert frequencies["demo-sygefravaer"] is Frequency.MONTHLY


async def test_indicator_band_season_and_milestone_round_trip(engine: AsyncEngine) -> None:
    agreement_id = await load_demo(engine)
    service = AgreementService(TONDER, ApprovalService(TONDER))
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert agreement is not None and holder is not None
        sick = next(g for g in agreement.goals if g.indicators[0].key == "demo-sygefravaer")
        assert sick.indicators[0].compare_last_year is True and sick.indicators[0].milestone_target is None
        changed = replace(sick, indicators=[replace(sick.indicators[0], tolerance=0.25, milestone_target=5.8,
                                                    frequency=Frequency.QUARTERLY, compare_last_year=False)])
        assert sick.id is not None
        await service.update_goal(uow, holder, agreement_id, sick.id, changed)
        await uow.commit()
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        assert agreement is not None
        stored = next(g for g in agreement.goals if g.id == sick.id).indicators[0]
        assert (stored.tolerance, stored.milestone_target, stored.frequency, stored.compare_last_year) == (
            0.25, 5.8, Frequency.QUARTERLY, False)


async def test_demo_is_idempotent(engine: AsyncEngine) -> None:
    first = await load_demo(engine)
    second = await load_demo(engine)
    assert first == second
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        assert await uow.agreements.count() == 1
        assert len(await uow.people.list(TENANT_ID)) == 6
        assert await uow.session.scalar(select(func.count()).select_from(MeasurementRow)) == 70


async def test_rows_are_scoped_by_tenant(engine: AsyncEngine) -> None:
    agreement_id = await load_demo(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        assert await uow.agreements.get("another-tenant", agreement_id) is None
        assert await uow.people.get_by_aad("another-tenant", HOLDER.aad_object_id) is None
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert holder is not None and holder.id is not None
        assert await uow.agreements.for_holder("another-tenant", holder.id) == []


async def test_profile_texts_are_kept_per_tenant_profile_and_year_and_saving_again_replaces(
    engine: AsyncEngine,
) -> None:
    sessions = make_sessionmaker(engine)
    async with SqlUnitOfWork(sessions) as uow:
        await uow.profile_texts.save(ProfileTexts(TENANT_ID, "norddjurs", 2028, {"economy": "Økonomi 2028"}, ["b"]))
        first = ProfileTexts(TENANT_ID, "norddjurs", 2027, {"economy": "Økonomi", "dialogue": "Dialog"}, ["a", "ø"])
        await uow.profile_texts.save(first)
        await uow.profile_texts.save(ProfileTexts("another-tenant", "norddjurs", 2027, {"economy": "Andet"}, ["x"]))
        await uow.profile_texts.save(ProfileTexts(TENANT_ID, "tonder", 2027, {"general": "Tønder"}, ["y"]))
        await uow.commit()
    assert first.id is not None
    async with SqlUnitOfWork(sessions) as uow:
        await uow.profile_texts.save(ProfileTexts(TENANT_ID, "norddjurs", 2027, {"evaluation": "Ny"}, ["c"]))
        await uow.commit()
    async with SqlUnitOfWork(sessions) as uow:
        stored = await uow.profile_texts.for_profile(TENANT_ID, "norddjurs")
        assert [(t.year, t.sections, t.common_ground) for t in stored] == [
            (2027, {"evaluation": "Ny"}, ["c"]), (2028, {"economy": "Økonomi 2028"}, ["b"])]
        assert stored[0].id == first.id  # the same row, replaced
        assert [t.sections for t in await uow.profile_texts.for_profile("another-tenant", "norddjurs")] == [
            {"economy": "Andet"}]
        assert await uow.profile_texts.for_profile("another-tenant", "tonder") == []


async def test_add_goal_appends_and_audits(engine: AsyncEngine) -> None:
    agreement_id = await load_demo(engine)
    service = AgreementService(TONDER, ApprovalService(TONDER))
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert holder is not None
        goal = Goal(tenant_id=TENANT_ID, kind=GoalKind.OWN, statement="Flere lærere med linjefag.")
        stored = await service.add_draft_goal(uow, holder, agreement_id, goal)
        await uow.commit()
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        assert agreement is not None
        assert agreement.goals[-1].statement == "Flere lærere med linjefag."
        assert stored.position == 9
        events = await uow.audit.list(TENANT_ID, f"agreement:{agreement_id}")
        assert [e.action for e in events] == ["goal.added"]


async def test_only_the_holder_adds_goals(engine: AsyncEngine) -> None:
    agreement_id = await load_demo(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert giver is not None
        with pytest.raises(ApprovalRefused):
            await AgreementService(TONDER, ApprovalService(TONDER)).add_draft_goal(
                uow, giver, agreement_id, Goal(tenant_id=TENANT_ID, kind=GoalKind.OWN, statement="x" * 20)
            )


async def test_uncommitted_work_is_rolled_back(engine: AsyncEngine) -> None:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        await uow.people.add(Person(tenant_id="t", aad_object_id="a", name="Ida"))
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        assert await uow.people.get_by_aad("t", "a") is None


async def test_measurements_upsert_per_period(engine: AsyncEngine) -> None:
    await load_demo(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = (await uow.agreements.for_holder(TENANT_ID, 1))[0]
        indicator_id = agreement.goals[1].indicators[0].id  # jobpatruljen: monthly, 12 months
        assert indicator_id is not None
        await uow.measurements.upsert_many(
            [Measurement(tenant_id=TENANT_ID, indicator_id=indicator_id, period="2026-10", value=99.5)]
        )
        await uow.commit()
        series = await uow.measurements.for_indicator(TENANT_ID, indicator_id)
        assert len(series) == 12 and series[-1].value == 99.5


# --- bot state store: the contract botbuilder's Storage relies on --------------------------------


async def test_state_round_trip_and_delete(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"conv/1": {"dialog": {"step": 2, "text": "Sygefravær 6,1 %"}}})
    read = await store.read(["conv/1", "missing"])
    assert read["conv/1"]["dialog"] == {"step": 2, "text": "Sygefravær 6,1 %"}
    assert read["conv/1"]["e_tag"]
    assert "missing" not in read
    await store.delete(["conv/1"])
    assert await store.read(["conv/1"]) == {}


async def test_state_stale_etag_raises_etag_conflict(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"k": {"v": 1}})
    first = (await store.read(["k"]))["k"]
    await store.write({"k": {**first, "v": 2}})
    with pytest.raises(EtagConflictError, match="Etag conflict"):
        await store.write({"k": {**first, "v": 3}})
    assert (await store.read(["k"]))["k"]["v"] == 2


async def test_state_wildcard_etag_overwrites(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"k": {"v": 1}})
    await store.write({"k": {"v": 5, "e_tag": "*"}})
    assert (await store.read(["k"]))["k"]["v"] == 5


async def test_state_failed_write_changes_nothing(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"a": {"v": 1}, "b": {"v": 1}})
    current = await store.read(["a", "b"])
    await store.write({"b": {**current["b"], "v": 2}})
    with pytest.raises(EtagConflictError):
        await store.write({"a": {**current["a"], "v": 9}, "b": {**current["b"], "v": 9}})
    after = await store.read(["a", "b"])
    assert after["a"]["v"] == 1 and after["b"]["v"] == 2


async def test_concurrent_writes_with_one_etag_exactly_one_wins(engine: AsyncEngine) -> None:
    """On SQLite too: a writer that finds the database locked waits for the other (store.sqlite_driver)."""
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"k": {"v": 0}})
    base = (await store.read(["k"]))["k"]

    async def attempt(value: int) -> bool:
        try:
            await store.write({"k": {**base, "v": value}})
        except EtagConflictError:
            return False
        return True

    for _ in range(5):
        base = (await store.read(["k"]))["k"]
        outcomes = await asyncio.gather(*(attempt(n) for n in range(1, 9)))
        assert outcomes.count(True) == 1
        winner = outcomes.index(True) + 1
        assert (await store.read(["k"]))["k"]["v"] == winner


async def test_a_state_written_at_commit_lands_with_the_transaction(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"k": {"v": 1}})
    base = (await store.read(["k"]))["k"]
    async with make_sessionmaker(engine)() as session:
        await store.write({"k": {**base, "v": 2}}, connection=await session.connection(), at_commit=True)
        assert (await store.read(["k"]))["k"]["v"] == 1  # not before the commit, seen from elsewhere
        await session.commit()
    after = (await store.read(["k"]))["k"]
    assert after["v"] == 2 and after["e_tag"] != base["e_tag"]


async def test_a_stale_state_written_at_commit_fails_and_changes_nothing(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"a": {"v": 1}, "b": {"v": 1}})
    stale = (await store.read(["b"]))["b"]
    await store.write({"b": {**stale, "v": 2}})
    with pytest.raises(EtagConflictError):  # on writing (PostgreSQL) or on committing (SQLite)
        async with make_sessionmaker(engine)() as session:
            connection = await session.connection()
            await store.write({"a": {"v": 7, "e_tag": "*"}}, connection=connection, at_commit=True)
            await store.write({"b": {**stale, "v": 9}}, connection=connection, at_commit=True)
            await session.commit()
    after = await store.read(["a", "b"])
    assert after["a"]["v"] == 1 and after["b"]["v"] == 2


async def test_a_rolled_back_transaction_forgets_its_state_write(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"k": {"v": 1}})
    base = (await store.read(["k"]))["k"]
    async with make_sessionmaker(engine)() as session:
        await store.write({"k": {**base, "v": 2}}, connection=await session.connection(), at_commit=True)
        await session.rollback()
        await store.write({"other": {"v": 1}}, connection=await session.connection(), at_commit=True)
        await session.commit()
    assert (await store.read(["k"]))["k"] == base
    assert (await store.read(["other"]))["other"]["v"] == 1


async def test_a_writer_waits_for_the_one_holding_the_database_and_then_writes(engine: AsyncEngine) -> None:
    store = SqlStateStore(make_sessionmaker(engine))
    await store.write({"first": {"v": 0}, "second": {"v": 0}})
    states = await store.read(["first", "second"])
    holding = asyncio.Event()
    release = asyncio.Event()

    async def first() -> None:
        async with make_sessionmaker(engine)() as session:
            await store.write({"first": {**states["first"], "v": 1}}, connection=await session.connection())
            holding.set()
            await release.wait()
            await session.commit()

    holder = asyncio.create_task(first())
    await holding.wait()
    second = asyncio.create_task(store.write({"second": {**states["second"], "v": 2}}))
    await asyncio.sleep(0.05)
    release.set()
    await asyncio.wait_for(asyncio.gather(holder, second), 10)
    after = await store.read(["first", "second"])
    assert after["first"]["v"] == 1 and after["second"]["v"] == 2


async def test_the_demo_in_january_holds_the_year_just_ended_with_its_december_figures(engine: AsyncEngine) -> None:
    """From January to March the year just ended is being evaluated: the demo loads it, not an empty new year."""
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, date(2027, 1, 15))
        await uow.commit()
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        agreement = await uow.agreements.get(TENANT_ID, result.agreement_id)
        assert agreement is not None and agreement.year == 2026
        sick = next(i for g in agreement.goals for i in g.indicators if i.key == "demo-sygefravaer")
        assert sick.deadline == date(2026, 12, 31)
        periods = {m.period for m in await uow.measurements.for_indicator(TENANT_ID, sick.id or 0)}
        assert "2026-12" in periods and "2027-01" not in periods
        assert await uow.agreements.find(TENANT_ID, agreement.unit_id, 2027) is None
