"""A turn's unit of work, its database session and what it loaded are freed when the turn is answered, by reference
counting, not left in a reference cycle for Python's cyclic collector (bot/teams/adapter.py): the collector's
share of a turn's CPU was a tenth on the benchmark, most of it spent on whole turns left behind in cycles."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from store.uow import SqlUnitOfWork
from tests.support.fake_connector import FakeConnector
from tests.support.running_bot import RunningBot, converse


@pytest.fixture
def units_of_work(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[weakref.ref[Any]]]:
    made: list[weakref.ref[Any]] = []
    original = SqlUnitOfWork.__init__

    def recorded(self: SqlUnitOfWork, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        made.append(weakref.ref(self))

    monkeypatch.setattr(SqlUnitOfWork, "__init__", recorded)
    gc.collect()
    gc.disable()
    try:
        yield made
    finally:
        gc.enable()


async def test_a_turn_leaves_its_unit_of_work_to_no_one(
    bot: RunningBot, connector: FakeConnector, units_of_work: list[weakref.ref[Any]]
) -> None:
    for text in ("nyt mål", "2", "Vi vil styrke trivslen blandt medarbejderne."):
        await converse(bot, connector, text)
    await asyncio.sleep(0.05)  # the request handler returns after the reply has gone
    assert units_of_work, "no turn opened a unit of work"
    assert [ref for ref in units_of_work if ref() is not None] == []
