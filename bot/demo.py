"""Loading the demo municipality from the command line."""

from __future__ import annotations

from datetime import date

from agreements.demo import DemoLoader
from agreements.use_cases import committed
from bot.settings import Settings
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork


async def load_demo(settings: Settings, *, today: date, if_empty: bool = False) -> str:
    engine = create_engine(settings.database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            if if_empty and await uow.agreements.count() > 0:
                return "Databasen har allerede aftaler – demoen er ikke indlæst."
            result = await committed(uow, lambda uow: DemoLoader().load(uow, today))
    finally:
        await engine.dispose()
    if result.created:
        return f"Demokommunen er indlæst (aftale {result.agreement_id})."
    return f"Demokommunen findes allerede (aftale {result.agreement_id})."
