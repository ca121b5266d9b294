"""Loading the demo municipality from the command line."""

from __future__ import annotations

from datetime import date

from agreements.demo import DemoLoader
from agreements.use_cases import committed
from bot.composition import database
from bot.settings import Settings


async def load_demo(settings: Settings, *, today: date, if_empty: bool = False) -> str:
    async with database(settings) as db, db.uow_factory() as uow:
        if if_empty and await uow.agreements.count() > 0:
            return "Databasen har allerede aftaler – demoen er ikke indlæst."
        result = await committed(uow, lambda uow: DemoLoader().load(uow, today))
    if result.created:
        return f"Demokommunen er indlæst (aftale {result.agreement_id})."
    return f"Demokommunen findes allerede (aftale {result.agreement_id})."
