"""Loading the demo municipality from the command line."""

from __future__ import annotations

from datetime import date
from importlib import resources

from agreements.demo import TENANT_ID, DemoLoader
from agreements.organisation import import_organisation, parse_organisation_file
from bot.settings import Settings
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork

DEMO_ORGANISATION = "demo_organisation.csv"


async def load_demo(settings: Settings, *, today: date, if_empty: bool = False, organisation: bool = False) -> str:
    """`organisation`: also import the demo's organisation file (agreements/demo_organisation.csv) as
    `aftalebot org import` does, so the demo tenant runs as an organised municipality (issue 18)."""
    engine = create_engine(settings.database_url)
    imported = ""
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            if if_empty and await uow.agreements.count() > 0:
                return "Databasen har allerede aftaler – demoen er ikke indlæst."
            result = await DemoLoader().load(uow, today)
            if organisation:
                data = resources.files("agreements").joinpath(DEMO_ORGANISATION).read_bytes()
                summary = await import_organisation(uow, TENANT_ID, parse_organisation_file(data, xlsx=False),
                                                    source=DEMO_ORGANISATION)
                imported = " " + summary.text()
            await uow.commit()
    finally:
        await engine.dispose()
    if result.created:
        return f"Demokommunen er indlæst (aftale {result.agreement_id}).{imported}"
    return f"Demokommunen findes allerede (aftale {result.agreement_id}).{imported}"
