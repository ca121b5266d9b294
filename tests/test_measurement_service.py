"""Storing imported measurements: all or nothing, idempotent, audited; on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.demo import TENANT_ID
from agreements.indicators.measurement_import import ImportResult, parse_csv
from agreements.indicators.measurement_records import parse_records
from agreements.indicators.measurements import AUDIT_ACTION, ImportOutcome, import_measurements
from store.db import make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.support.measurement_db import LIS_KEY, audit, measurement_count, seed, values

KEYS = ("demo-afgang-02", "demo-fritidsjob", "demo-trivsel", "demo-sygefravaer", "demo-almenskole", "demo-laesning")
MONTHS = [f"{year}-{month:02d}" for year in (2022, 2023) for month in range(1, 13)][:22]  # 2022-01 … 2023-10


def many_rows(bad_line: int | None = None) -> str:
    """Header + 132 rows (6 indicators × 22 months, none stored yet); `bad_line` gets an unreadable value."""
    lines = ["indikator;periode;værdi;kommentar"]
    for key in KEYS:
        for step, month in enumerate(MONTHS):
            lines.append(f"{key};{month};{50 + step / 10:.1f};".replace(".", ","))
    if bad_line is not None:
        cells = lines[bad_line - 1].split(";")
        cells[2] = "6,x"
        lines[bad_line - 1] = ";".join(cells)
    return "\r\n".join(lines) + "\r\n"


async def run(engine: AsyncEngine, result: ImportResult, **options: object) -> ImportOutcome:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        outcome = await import_measurements(uow, TENANT_ID, result, None, **options)  # type: ignore[arg-type]
        if outcome.ok:
            await uow.commit()
    return outcome


async def test_one_bad_row_among_many_writes_nothing_and_names_the_row(engine: AsyncEngine) -> None:
    await seed(engine)
    before = await measurement_count(engine)
    outcome = await run(engine, parse_csv(many_rows(bad_line=77)))
    assert not outcome.ok and outcome.written == 0
    assert [str(e) for e in outcome.errors] == ["Række 77: «6,x» er ikke et tal."]
    assert outcome.report_da().startswith("Intet er gemt, fordi der er 1 fejl. Ret den, og prøv igen.\nRække 77:")
    assert await measurement_count(engine) == before
    assert await audit(engine) == []


async def test_fixed_file_imports_and_a_second_import_changes_nothing(engine: AsyncEngine) -> None:
    await seed(engine)
    before = await measurement_count(engine)
    first = await run(engine, parse_csv(many_rows()))
    assert (first.ok, first.new, first.changed, first.unchanged) == (True, 132, 0, 0)
    assert first.summary_da() == "Gemt: 132 nye målinger."
    assert await measurement_count(engine) == before + 132
    assert (await values(engine, "demo-trivsel"))["2022-03"] == (50.2, None)

    again = await run(engine, parse_csv(many_rows()))
    assert (again.ok, again.new, again.changed, again.unchanged) == (True, 0, 0, 132)
    assert again.summary_da() == "Intet nyt: alle 132 målinger var gemt i forvejen med samme værdi."
    assert await measurement_count(engine) == before + 132
    events = await audit(engine)
    assert len(events) == 1  # the second import changed nothing, so it logged nothing
    detail = events[0].detail
    assert (detail["new"], detail["changed"], detail["unchanged"], detail["rows"]) == (132, 0, 0, 132)
    assert detail["periods"] == MONTHS
    assert detail["indicators"]["demo-trivsel"] == MONTHS


async def test_changed_values_are_counted_and_their_periods_audited(engine: AsyncEngine) -> None:
    await seed(engine)
    stored = await values(engine, "demo-sygefravaer")
    october = stored["2026-10"][0]
    data = (
        "indikator;periode;værdi\n"
        f"demo-sygefravaer;2026-10;{october + 0.4:.2f}\n".replace(".", ",")
        + f"demo-sygefravaer;2026-09;{stored['2026-09'][0]}\n".replace(".", ",")
        + "demo-sygefravaer;2026-11;5,4\n"
    )
    outcome = await run(engine, parse_csv(data), source="test")
    assert (outcome.new, outcome.changed, outcome.unchanged) == (1, 1, 1)
    assert outcome.changed_periods == {"demo-sygefravaer": ("2026-10", "2026-11")}
    assert outcome.summary_da() == "Gemt: 2 målinger – 1 ny og 1 ændret; 1 var uændret."
    event = (await audit(engine))[-1]
    assert event.action == AUDIT_ACTION and event.subject == "measurements"
    assert event.detail["periods"] == ["2026-10", "2026-11"] and event.detail["source"] == "test"
    assert (await values(engine, "demo-sygefravaer"))["2026-10"][0] == round(october + 0.4, 2)


async def test_lis_source_key_is_accepted_and_stored_under_the_indicator(engine: AsyncEngine) -> None:
    await seed(engine)
    outcome = await run(engine, parse_csv(f"indikator;periode;værdi\n{LIS_KEY};2026-10;11\n"))
    assert outcome.ok and outcome.new == 1
    assert outcome.changed_periods == {"demo-ventetid": ("2026-10",)}
    assert (await values(engine, "demo-ventetid")) == {"2026-10": (11.0, None)}


async def test_unknown_keys_and_wrong_frequencies_are_all_reported(engine: AsyncEngine) -> None:
    await seed(engine)
    data = (
        "indikator;periode;værdi\n"
        "demo-sygefravaer;2026-10;5,9\n"
        "demo-sygefravar;2026-10;5,9\n"
        "demo-tilfredshed;2026-10;75\n"
        "demo-sygefravaer;2026-K3;5,9\n"
    )
    outcome = await run(engine, parse_csv(data))
    assert [str(e) for e in outcome.errors] == [
        "Række 3: indikatoren «demo-sygefravar» findes ikke. Mente du «demo-sygefravaer»?",
        "Række 4: indikatoren «demo-tilfredshed» følges kvartalsvis, så perioden skal være et kvartal, "
        "fx 2026-K4 – ikke «2026-10».",
        "Række 5: indikatoren «demo-sygefravaer» følges månedligt, så perioden skal være en måned, "
        "fx 2026-07 – ikke «2026-K3».",
    ]
    assert outcome.written == 0


async def test_key_and_source_key_for_the_same_period_is_a_duplicate(engine: AsyncEngine) -> None:
    await seed(engine)
    data = f"indikator;periode;værdi\ndemo-ventetid;2026-10;11\n{LIS_KEY};2026-10;12\n"
    outcome = await run(engine, parse_csv(data))
    assert len(outcome.errors) == 1 and outcome.errors[0].line == 3
    assert "samme indikator som «demo-ventetid» i række 2" in outcome.errors[0].message_da


async def test_a_row_without_comment_keeps_the_stored_comment(engine: AsyncEngine) -> None:
    await seed(engine)
    await run(engine, parse_csv("indikator;periode;værdi;kommentar\ndemo-trivsel;2026-10;84;Ny måling i uge 43\n"))
    outcome = await run(engine, parse_csv("indikator;periode;værdi\ndemo-trivsel;2026-10;84\n"))
    assert (outcome.changed, outcome.unchanged) == (0, 1)
    assert (await values(engine, "demo-trivsel"))["2026-10"] == (84.0, "Ny måling i uge 43")
    outcome = await run(engine, parse_csv("indikator;periode;værdi;kommentar\ndemo-trivsel;2026-10;84;Rettet\n"))
    assert outcome.changed == 1
    assert (await values(engine, "demo-trivsel"))["2026-10"] == (84.0, "Rettet")


async def test_many_chunks_in_one_transaction(engine: AsyncEngine) -> None:
    await seed(engine)
    seen: list[tuple[int, int]] = []
    outcome = await run(engine, parse_csv(many_rows()), chunk_size=25, progress=lambda d, t: seen.append((d, t)))
    assert outcome.new == 132
    assert seen == [(25, 132), (50, 132), (75, 132), (100, 132), (125, 132), (132, 132)]


async def test_other_tenants_indicators_are_unknown(engine: AsyncEngine) -> None:
    await seed(engine)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        outcome = await import_measurements(
            uow, "another-tenant", parse_csv("indikator;periode;værdi\ndemo-trivsel;2026-10;84\n"), None
        )
    assert [e.message_da for e in outcome.errors] == ["indikatoren «demo-trivsel» findes ikke."]


# ---------------------------------------------------------------- records (the API's JSON, a card's value)


def test_records_follow_the_file_rules_with_positions_as_rows() -> None:
    result = parse_records([
        {"indicator": "demo-trivsel", "period": "2026-10", "value": 84, "comment": "ok"},
        {"indicator": "demo-trivsel", "period": "okt 2026", "value": "84,5"},
        {"indicator": "demo-sygefravaer", "period": "2026-13", "value": 5.9},
        {"indicator": "demo-sygefravaer", "period": "2026-10", "value": True},
        {"indicator": "demo-sygefravaer", "period": "2026-09", "value": [1]},
        {"indicator": "demo-sygefravaer", "period": "2026-08", "value": 1, "vaule": 2},
        "demo-sygefravaer;2026-07;5,9",
        {},
        {"indicator": "demo-laesning", "period": 2026, "value": "73,5"},
    ])
    assert [(row.line, row.indicator_key, row.period.key, row.value, row.comment) for row in result.rows] == [
        (1, "demo-trivsel", "2026-10", 84.0, "ok"),
        (9, "demo-laesning", "2026", 73.5, None),
    ]
    assert [str(e) for e in result.errors] == [
        "Række 2: «demo-trivsel» for oktober 2026 står også i række 1; hver periode må kun stå én gang.",
        "Række 3: «2026-13»: måneden skal være mellem 1 og 12, ikke 13.",
        "Række 4: «True» er ikke et tal.",
        "Række 5: feltet «value» har en ugyldig type.",
        "Række 6: ukendt felt «vaule»; brug indicator, period, value og evt. comment.",
        "Række 7: skal være et objekt med indicator, period og value.",
        "Række 8: målingen er tom.",
    ]


def test_no_records_is_an_error() -> None:
    assert [str(e) for e in parse_records([]).errors] == ["Der er ingen målinger i forespørgslen."]


async def test_a_file_over_many_indicators_compares_by_period(engine: AsyncEngine) -> None:
    """Over 200 indicators the stored values are read per period rather than per indicator id."""
    from sqlalchemy import insert

    from store.models import IndicatorRow

    async with engine.begin() as connection:
        await connection.execute(insert(IndicatorRow), [
            {"tenant_id": TENANT_ID, "key": f"many-{n:03d}", "name": f"Indikator {n}", "direction": "higher",
             "frequency": "monthly", "measure_unit": "", "tolerance": 0.0}
            for n in range(250)
        ])
        await connection.execute(insert(IndicatorRow), [
            {"tenant_id": "other", "key": f"many-{n:03d}", "name": "Fremmed", "direction": "higher",
             "frequency": "monthly", "measure_unit": "", "tolerance": 0.0}
            for n in range(5)
        ])
    rows = [f"many-{n:03d};2026-{m:02d};{n}\n" for n in range(250) for m in (9, 10)]
    data = "indikator;periode;værdi\n" + "".join(rows)
    first = await run(engine, parse_csv(data))
    assert first.new == 500
    again = await run(engine, parse_csv(data.replace("many-007;2026-10;7", "many-007;2026-10;8")))
    assert (again.new, again.changed, again.unchanged) == (0, 1, 499)
