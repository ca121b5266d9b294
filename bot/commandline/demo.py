"""Loading the demo municipality from the command line."""

from __future__ import annotations

from datetime import date
from importlib import resources

from agreements.demo import TENANT_ID, DemoLoader, DemoResult
from agreements.municipality.organisation import import_organisation, parse_organisation_file
from agreements.ports import UnitOfWork
from agreements.use_cases import committed
from bot.composition import database
from bot.settings import Settings

DEMO_ORGANISATION = "demo_organisation.csv"



async def load_demo(settings: Settings, *, today: date, if_empty: bool = False, organisation: bool = False,
                    year: int | None = None) -> str:
    """`organisation`: also import the demo's organisation file (agreements/demo_organisation.csv) as
    `aftalebot org import` does, so the demo tenant runs as an organised municipality (issue 18). `year`: the
    agreement's year (default agreements.demo.demo_year: the running year, or in January to March the one ended)."""
    imported = ""

    async def load(uow: UnitOfWork) -> DemoResult:
        nonlocal imported
        result = await DemoLoader().load(uow, today, year)
        if organisation:
            data = resources.files("agreements").joinpath(DEMO_ORGANISATION).read_bytes()
            summary = await import_organisation(uow, TENANT_ID, parse_organisation_file(data, xlsx=False),
                                                source=DEMO_ORGANISATION)
            imported = " " + summary.text()
        return result

    async with database(settings) as db, db.uow_factory() as uow:
        if if_empty and await uow.agreements.count() > 0:
            return "Databasen har allerede aftaler – demoen er ikke indlæst."
        result = await committed(uow, load)
    if result.created:
        return f"Demokommunen er indlæst (aftale {result.agreement_id}).{imported}"
    return f"Demokommunen findes allerede (aftale {result.agreement_id}).{imported}"
