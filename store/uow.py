"""Unit of work: one session and transaction, with the repositories bound to it."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from store.channel_repository import SqlChannelSubscriptionRepository
from store.jobs import SqlJobQueue
from store.meeting_repositories import SqlMeetingRepository
from store.repositories import (
    SqlAgreementRepository,
    SqlAuditRepository,
    SqlCardRepository,
    SqlGoalShareRepository,
    SqlInvolvementRepository,
    SqlMeasurementRepository,
    SqlPersonRepository,
    SqlProfileTextRepository,
    SqlUnitRepository,
)


class SqlUnitOfWork:
    """Use as `async with factory() as uow: ...; await uow.commit()`; leaving without commit rolls back."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> SqlUnitOfWork:
        session = self._sessionmaker()
        self._session = session
        self.people = SqlPersonRepository(session)
        self.units = SqlUnitRepository(session)
        self.agreements = SqlAgreementRepository(session)
        self.measurements = SqlMeasurementRepository(session)
        self.cards = SqlCardRepository(session)
        self.audit = SqlAuditRepository(session)
        self.jobs = SqlJobQueue(session)
        self.meetings = SqlMeetingRepository(session)
        self.channel_subscriptions = SqlChannelSubscriptionRepository(session)
        self.involvements = SqlInvolvementRepository(session)
        self.goal_shares = SqlGoalShareRepository(session)
        self.profile_texts = SqlProfileTextRepository(session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            await self._session.rollback()
        finally:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> AsyncSession:
        assert self._session is not None, "unit of work not entered"
        return self._session

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()


def uow_factory(sessionmaker: async_sessionmaker[AsyncSession]) -> Callable[[], SqlUnitOfWork]:
    return lambda: SqlUnitOfWork(sessionmaker)
