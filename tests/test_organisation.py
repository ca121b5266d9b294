"""The organisation as data (issue 18): `aftalebot org import` and `org show`, over SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl

from agreements.cycle.annual_cycle import expected_slots
from agreements.municipality.organisation import parse_organisation_file
from agreements.types import Role, Unit
from bot.commandline.org_cli import run_import, run_show
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.conftest import run_async
from tests.support.running_bot import dev_settings

TENANT = "7d0c2a7e-8d3b-4f61-9a24-c7e1b0d9f3a6"
FILE = Path(__file__).parent / "data" / "organisation.csv"


def _import(database_url: str, path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_import(dev_settings(database_url), path, TENANT, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _state(database_url: str) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
    async def read() -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], int]:
        engine = create_engine(database_url)
        try:
            async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
                people = [(p.name, p.email, p.role, p.unit_id, p.leader_id, p.active)
                          for p in await uow.people.list(TENANT)]
                units = [(u.name, u.area, u.parent_id, u.holder_id, u.giver_id, u.active)
                         for u in await uow.units.list(TENANT)]
                events = len(await uow.audit.list(TENANT))
                return people, units, events
        finally:
            await engine.dispose()

    return run_async(read())


def test_import_makes_people_units_and_roles_and_show_prints_them(database_url: str) -> None:
    code, out, err = _import(database_url, FILE)
    assert code == 0, err
    assert "8 personer i 6 enheder" in out
    show = io.StringIO()
    assert run_show(dev_settings(database_url), TENANT, as_json=True, out=show) == 0
    org = json.loads(show.getvalue())
    units = {u["navn"]: u for u in org["units"]}
    assert units["Løgumkloster Distriktsskole"] == {
        "navn": "Løgumkloster Distriktsskole", "fagområde": "Børn og Skole", "overordnet": "Børn og Skole",
        "aftaleholder": "Rikke Vinther", "aftalegiver": "Peter Dam", "aktiv": True}
    people = {p["navn"]: p for p in org["people"]}
    assert people["Sofie Krogh"]["rolle"] == "chefkonsulent"
    assert people["Kim Lassen"]["leder"] == "rikke.vinther@kommune.dk"
    text = io.StringIO()
    run_show(dev_settings(database_url), TENANT, as_json=False, out=text)
    assert "Børn og Skole: aftaleholder Peter Dam, aftalegiver Birgit Lund" in text.getvalue()


def test_importing_the_same_file_again_changes_nothing(database_url: str) -> None:
    assert _import(database_url, FILE)[0] == 0
    before = _state(database_url)
    code, out, _ = _import(database_url, FILE)
    assert code == 0 and "uændret" in out
    assert _state(database_url) == before


def test_someone_missing_from_a_new_file_is_deactivated_not_deleted(database_url: str, tmp_path: Path) -> None:
    assert _import(database_url, FILE)[0] == 0
    lines = FILE.read_text(encoding="utf-8").splitlines()
    smaller = tmp_path / "ny.csv"
    smaller.write_text("\n".join(line for line in lines if "Kim Lassen" not in line) + "\n", encoding="utf-8")
    code, out, _ = _import(database_url, smaller)
    assert code == 0 and "Personer: 0 nye, 0 ændrede, 1 deaktiveret." in out
    people, _, _ = _state(database_url)
    kim = next(p for p in people if p[0] == "Kim Lassen")
    assert kim[-1] is False
    assert len(people) == 8


def test_a_bad_file_writes_nothing_and_names_its_rows(database_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "fejl.csv"
    text = FILE.read_text(encoding="utf-8")
    text = text.replace(";leder;peter.dam", ";chef;peter.dam", 1).replace("kim.lassen@kommune.dk", "kim.lassen", 1)
    bad.write_bytes(text.encode("cp1252"))
    code, _, err = _import(database_url, bad)
    assert code == 1
    assert "Organisationen er ikke indlæst; intet er ændret." in err
    assert "Række 5: Rollen «chef» findes ikke" in err
    assert "Række 8: E-mailen «kim.lassen» er ikke en e-mailadresse." in err
    assert _state(database_url) == ([], [], 0)


def test_comma_separated_cp1252_and_xlsx_read_the_same() -> None:
    text = FILE.read_text(encoding="utf-8")
    semicolon = parse_organisation_file(text.encode("utf-8"), xlsx=False)
    comma = parse_organisation_file(text.replace(";", ",").encode("cp1252"), xlsx=False)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for line in text.splitlines():
        sheet.append(line.split(";"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx = parse_organisation_file(buffer.getvalue(), xlsx=True)
    assert semicolon.ok and semicolon.rows == comma.rows == xlsx.rows
    assert {r.role for r in semicolon.rows} == set(Role)


def test_unknown_leader_a_duplicate_and_a_missing_column_are_named() -> None:
    text = FILE.read_text(encoding="utf-8")
    duplicate = text + ("Kim Lassen;kim.lassen@kommune.dk;0b000000-0000-4000-8000-000000000009;X;leder;"
                        "nobody@kommune.dk\n")
    found = parse_organisation_file(duplicate.encode(), xlsx=False)
    messages = [e.text() for e in found.errors]
    assert messages == ["Række 10: E-mailen kim.lassen@kommune.dk står også i række 8."]
    headless = parse_organisation_file(text.replace(";rolle;", ";funktion;", 1).encode(), xlsx=False)
    assert "Række 1: overskriften mangler «rolle»" in headless.errors[0].text()
    stranger = text + "Jens Ny;jens@kommune.dk;0b000000-0000-4000-8000-000000000009;X;leder;nobody@kommune.dk\n"
    assert [e.text() for e in parse_organisation_file(stranger.encode(), xlsx=False).errors] == [
        "Række 10: Lederen nobody@kommune.dk står ikke i filen."]


def test_the_cycle_expects_no_agreement_of_a_deactivated_unit_or_the_top_of_the_organisation() -> None:
    units = [Unit("t", "Direktionen", "Direktionen", id=1, holder_id=1),
             Unit("t", "Børn og Skole", "Børn og Skole", id=2, parent_id=1, holder_id=3, giver_id=1),
             Unit("t", "Lukket skole", "Børn og Skole", id=3, active=False),
             Unit("t", "Stab", "Stab", id=4)]
    assert [s.unit.name for s in expected_slots(units, [], 2027)] == ["Børn og Skole", "Stab"]


def test_a_member_with_a_leader_elsewhere_does_not_move_the_unit() -> None:
    """The unit above is the holder's leader's, even when an employee listed first keeps a leader in another unit."""
    text = FILE.read_text(encoding="utf-8").replace(
        "Kim Lassen;kim.lassen@kommune.dk;0b000000-0000-4000-8000-000000000007;Løgumkloster Distriktsskole",
        "Kim Lassen;kim.lassen@kommune.dk;0b000000-0000-4000-8000-000000000007;Tønder Distriktsskole")
    lines = text.splitlines()
    kim = next(line for line in lines if line.startswith("Kim Lassen"))
    lines.remove(kim)
    lines.insert(1, kim)  # before everyone else
    units = {u.name: u for u in parse_organisation_file("\n".join(lines).encode(), xlsx=False).units}
    assert units["Tønder Distriktsskole"].parent == "Børn og Skole"
