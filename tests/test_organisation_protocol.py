"""Issue 18's acceptance through the Bot Framework protocol: people from an imported organisation file, recognised in
Teams by their Entra object id (`from.aadObjectId`), never seen by the bot before."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from agreements.demo import TENANT_ID, DemoPerson
from agreements.types import AgreementLevel, Role
from bot.commandline.org_cli import store_organisation
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import START, ClockedBot, card_nodes, card_text, cards_of, clocked_bot, running
from tests.support.conversation import FakeClock
from tests.support.fake_connector import text_of

__all__ = ["clocked_bot"]

FILE = Path(__file__).parent / "data" / "organisation.csv"


def person(number: int, name: str, role: Role) -> DemoPerson:
    aad = f"0b000000-0000-4000-8000-{number:012d}"
    return DemoPerson(aad, f"29:org-{number}", name, f"{name.split()[0].lower()}@kommune.dk", role, "")


DIRECTOR = person(1, "Birgit Lund", Role.DIRECTOR)
COORDINATOR = person(2, "Sofie Krogh", Role.COORDINATOR)
HEAD = person(3, "Peter Dam", Role.HEAD)
LEADER = person(4, "Rikke Vinther", Role.MANAGER)
OTHER_LEADER = person(5, "Ole Friis", Role.MANAGER)
EMPLOYEE = person(7, "Kim Lassen", Role.EMPLOYEE)
STRANGER = DemoPerson("0b000000-0000-4000-8000-0000000000ff", "29:stranger", "Sven Fremmed", "sven@x.dk",
                      Role.MANAGER, "")


@pytest.fixture
async def org_bot(database_url: str) -> AsyncIterator[ClockedBot]:
    from tests.support.running_bot import dev_settings

    summary = await store_organisation(database_url, TENANT_ID, FILE.read_bytes(), FILE.name)
    assert summary.people == 8
    clock = FakeClock(START)
    settings = dev_settings(database_url)
    async with running(settings, clock, database_url) as bot:
        yield bot


async def test_an_imported_chefkonsulent_gets_the_overview_of_the_imported_units(org_bot: ClockedBot) -> None:
    replies = await org_bot.send("overblik", user=COORDINATOR)
    text = "\n".join(card_text(c) for c in cards_of(replies)) or "\n".join(text_of(a) for a in replies)
    for unit in ("Børn og Skole", "Løgumkloster Distriktsskole", "Tønder Distriktsskole", "Social og Sundhed"):
        assert unit in text


async def test_the_chefkonsulent_is_recognised_by_her_entra_id_alone(org_bot: ClockedBot) -> None:
    """Teams may show another display name and a user id the bot never saw: the Entra object id decides."""
    as_teams_shows_her = DemoPerson(COORDINATOR.aad_object_id, "29:another-teams-id", "Krogh, Sofie (ØKS)",
                                    "", Role.MANAGER, "")
    replies = await org_bot.send("overblik", user=as_teams_shows_her)
    shown = "\n".join(card_text(c) for c in cards_of(replies))
    assert "Løgumkloster Distriktsskole" in shown and "Social og Sundhed" in shown
    async with org_bot.uow() as uow:
        sofie = await uow.people.get_by_aad(TENANT_ID, COORDINATOR.aad_object_id)
        assert sofie is not None and sofie.role is Role.COORDINATOR and sofie.in_organisation
        assert len([p for p in await uow.people.list(TENANT_ID) if "Sofie" in p.name]) == 1


async def test_a_fagchef_starts_the_level_2_agreement_of_a_leader_under_them(org_bot: ClockedBot) -> None:
    await org_bot.say("hej", user=LEADER)  # the leader has opened the bot, so they can be told
    before = len(org_bot.connector.activities)
    # Named with the leader, as a fagchef would say it: the organisation's holder and giver are used.
    answer = await org_bot.say("start aftalen for Løgumkloster Distriktsskole med Rikke Vinther", user=HEAD)
    assert answer == ("Aftalen for Løgumkloster Distriktsskole for 2026 er startet med Rikke Vinther som "
                      "aftaleholder og Peter Dam som aftalegiver.")
    told = "\n".join(text_of(a) for a in org_bot.to(LEADER, before))
    assert "Peter Dam har startet din aftale for Løgumkloster Distriktsskole for 2026" in told
    async with org_bot.uow() as uow:
        [agreement] = await uow.agreements.for_year(TENANT_ID, 2026)
        holder = await uow.people.get(TENANT_ID, agreement.holder_id)
        giver = await uow.people.get(TENANT_ID, agreement.giver_id)
    assert agreement.level is AgreementLevel.DEPARTMENT
    assert holder is not None and holder.name == "Rikke Vinther"
    assert giver is not None and giver.name == "Peter Dam"
    mine = await org_bot.say("min aftale", user=LEADER)
    assert "Løgumkloster Distriktsskole" in mine


async def test_nobody_starts_an_agreement_for_a_unit_they_are_not_linked_to(org_bot: ClockedBot) -> None:
    refused = await org_bot.say("start aftale for Tønder Distriktsskole", user=LEADER)
    assert refused == ("Du kan ikke starte en aftale for Tønder Distriktsskole: det kan enhedens aftaleholder, "
                       "fagchefen over den og chefkonsulenterne.")
    assert "chefkonsulenterne" in await org_bot.say("start årets aftaler", user=HEAD)
    own = await org_bot.say("start aftale for Tønder Distriktsskole", user=OTHER_LEADER)
    assert own.startswith("Aftalen for Tønder Distriktsskole for 2026 er startet med Ole Friis")
    async with org_bot.uow() as uow:
        assert len(await uow.agreements.for_year(TENANT_ID, 2026)) == 1
        refusals = [e for e in await uow.audit.list(TENANT_ID) if e.action == "agreement.refused"]
    assert len(refusals) == 2


async def test_a_chefkonsulent_starts_the_coming_years_agreements_in_bulk(org_bot: ClockedBot) -> None:
    await org_bot.say("hej", user=OTHER_LEADER)
    before = len(org_bot.connector.activities)
    answer = await org_bot.say("start næste års aftaler", user=COORDINATOR)
    assert answer == "4 aftaler for 2027 er startet, og hver aftaleholder har fået besked."
    assert "Sofie Krogh har startet din aftale for Tønder Distriktsskole" in "\n".join(
        text_of(a) for a in org_bot.to(OTHER_LEADER, before))
    async with org_bot.uow() as uow:
        agreements = await uow.agreements.for_year(TENANT_ID, 2027)
        units = {u.id: u.name for u in await uow.units.list(TENANT_ID)}
    levels = {units[a.unit_id]: a.level for a in agreements}
    assert levels == {"Børn og Skole": AgreementLevel.DIRECTORATE, "Social og Sundhed": AgreementLevel.DIRECTORATE,
                      "Løgumkloster Distriktsskole": AgreementLevel.DEPARTMENT,
                      "Tønder Distriktsskole": AgreementLevel.DEPARTMENT}
    again = await org_bot.say("start aftalerne for næste år", user=COORDINATOR)  # the second time, in other words
    assert again == "Alle enheder har allerede en aftale for 2027."


async def test_a_stranger_is_refused_and_nothing_is_stored(org_bot: ClockedBot) -> None:
    answer = await org_bot.say("hej", user=STRANGER)
    assert answer.startswith("Du er ikke med i kommunens organisation i Aftalebot")
    clicked = await org_bot.click({"verb": "overview.refresh"}, user=STRANGER)
    assert clicked["value"].startswith("Du er ikke med i kommunens organisation i Aftalebot")
    async with org_bot.uow() as uow:
        assert await uow.people.get_by_aad(TENANT_ID, STRANGER.aad_object_id) is None


async def test_a_member_cannot_name_a_new_unit_once_the_organisation_is_imported(org_bot: ClockedBot) -> None:
    refused = await org_bot.say("ny aftale", user=EMPLOYEE)
    assert refused.startswith("Du er ikke aftaleholder for en enhed i kommunens organisation")
    await org_bot.say("ny aftale", user=LEADER)
    answer = await org_bot.say("Min nye enhed", user=LEADER)
    assert answer.startswith("Enhederne kommer fra kommunens organisation, så du kan ikke oprette en ny enhed her.")
    async with org_bot.uow() as uow:
        assert await uow.units.find_by_name(TENANT_ID, "Min nye enhed") is None


async def test_a_chefkonsulent_sees_the_organisation_and_changes_a_role_and_a_units_holder(
    org_bot: ClockedBot,
) -> None:
    [card] = cards_of(await org_bot.send("kan du vise mig organisationen?", user=COORDINATOR))
    assert_valid_cards(card)
    shown = card_text(card)
    assert "Organisationen" in shown and "Løgumkloster Distriktsskole" in shown and "Rikke Vinther" in shown
    changed = await org_bot.say("gør Kim Lassen til leder", user=COORDINATOR)
    assert changed == "Kim Lassen er nu leder (før medarbejder)."
    assigned = await org_bot.say("giv Løgumkloster Distriktsskole aftaleholder Kim Lassen", user=COORDINATOR)
    assert assigned == ("Løgumkloster Distriktsskole har nu Kim Lassen som aftaleholder og Rikke Vinther som "
                        "aftalegiver.")
    started = await org_bot.say("start aftale for Løgumkloster Distriktsskole", user=EMPLOYEE)
    assert started.startswith("Aftalen for Løgumkloster Distriktsskole for 2026 er startet med Kim Lassen")


async def test_nobody_else_sees_or_changes_the_organisation(org_bot: ClockedBot) -> None:
    for user in (HEAD, LEADER):
        assert await org_bot.say("organisation", user=user) == (
            "Det er chefkonsulenterne og administratoren, der ser og ændrer organisationen.")
    assert await org_bot.say("gør Rikke Vinther til chefkonsulent", user=LEADER) == (
        "Det er chefkonsulenterne og administratoren, der ser og ændrer organisationen.")
    async with org_bot.uow() as uow:
        rikke = await uow.people.get_by_aad(TENANT_ID, LEADER.aad_object_id)
    assert rikke is not None and rikke.role is Role.MANAGER


async def test_someone_deactivated_by_a_new_file_is_refused(org_bot: ClockedBot, database_url: str) -> None:
    await org_bot.say("hej", user=EMPLOYEE)
    smaller = b"\n".join(line for line in FILE.read_bytes().splitlines() if b"Kim Lassen" not in line) + b"\n"
    summary = await store_organisation(database_url, TENANT_ID, smaller, "ny.csv")
    assert summary.people_deactivated == 1
    assert (await org_bot.say("min aftale", user=EMPLOYEE)).startswith("Du er ikke med i kommunens organisation")


async def test_the_organisations_giver_is_used_not_asked(org_bot: ClockedBot) -> None:
    """Found living the product: «ny aftale» listed every giver though the organisation names the unit's."""
    unit_question = await org_bot.say("ny aftale", user=LEADER)
    assert "1. Løgumkloster Distriktsskole" in unit_question and "Tønder Distriktsskole" not in unit_question
    assert "ny enhed" not in unit_question
    await org_bot.say("1", user=LEADER)
    await org_bot.say("ja", user=LEADER)
    chosen = await org_bot.say("2", user=LEADER)
    assert "Aftalegiver: Peter Dam – sådan står det i kommunens organisation" in chosen, chosen
    assert "Hvem er aftalegiver" not in chosen and "Birgit Lund" not in chosen, chosen
    assert "Afsnit 1 af 5" in chosen, chosen

    # The same for the fagchef's own unit, at the other level: the direktør the organisation names.
    await org_bot.say("ny aftale", user=HEAD)
    units = await org_bot.say("Børn og Skole", user=HEAD)
    assert "Hvilket år" in units, units
    await org_bot.say("2027", user=HEAD)
    chosen = await org_bot.say("1", user=HEAD)
    assert "Aftalegiver: Birgit Lund – sådan står det i kommunens organisation" in chosen, chosen


async def test_without_an_organisation_bulk_start_says_what_is_missing_not_that_all_are_done(
    clocked_bot: ClockedBot,
) -> None:
    from agreements.demo import COORDINATOR as DEMO_COORDINATOR

    answer = await clocked_bot.say("start næste års aftaler", user=DEMO_COORDINATOR)
    assert "Ingen enhed har både en aftaleholder og en aftalegiver endnu" in answer
    assert "aftalebot org import" in answer and "allerede" not in answer


# --- the organisation card's actions ---------------------------------------------------------------------------


async def _ids(org_bot: ClockedBot) -> tuple[dict[str, int], dict[str, int]]:
    async with org_bot.uow() as uow:
        people = {p.name: p.id for p in await uow.people.list(TENANT_ID) if p.id is not None}
        units = {u.name: u.id for u in await uow.units.list(TENANT_ID) if u.id is not None}
    return people, units


def _error(response: dict[str, Any]) -> str:
    assert response["statusCode"] == 400 and response["type"] == "application/vnd.microsoft.error", response
    return str(response["value"]["message"])


def _actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    return card_nodes(card, lambda node: node.get("type") == "Action.Execute")


async def test_the_organisation_card_changes_a_role_and_a_units_holder_and_giver(org_bot: ClockedBot) -> None:
    people, units = await _ids(org_bot)
    kim, peter, school = people["Kim Lassen"], people["Peter Dam"], units["Løgumkloster Distriktsskole"]
    [card] = cards_of(await org_bot.send("kan du vise mig organisationen?", user=COORDINATOR))
    assert_valid_cards(card)
    data = [a["data"] for a in _actions(card)]
    assert {"verb": "organisation.role", "person": kim} in data
    assert {"verb": "organisation.assign", "unit": school} in data

    role = await org_bot.click({"verb": "organisation.role", "person": kim}, user=COORDINATOR,
                               inputs={f"role_{kim}": "leder", f"role_{peter}": "direktør"})
    assert role["type"] == "application/vnd.microsoft.card.adaptive", role
    refreshed = role["value"]
    assert_valid_cards(refreshed)
    assert "Kim Lassen er nu leder (før medarbejder)." in card_text(refreshed)

    assigned = await org_bot.click({"verb": "organisation.assign", "unit": school}, user=COORDINATOR,
                                   inputs={f"holder_{school}": str(kim), f"giver_{school}": str(peter)})
    assert assigned["type"] == "application/vnd.microsoft.card.adaptive", assigned
    assert_valid_cards(assigned["value"])
    assert ("Løgumkloster Distriktsskole har nu Kim Lassen som aftaleholder og Peter Dam som aftalegiver."
            in card_text(assigned["value"]))

    async with org_bot.uow() as uow:
        changed = await uow.people.get(TENANT_ID, kim)
        untouched = await uow.people.get(TENANT_ID, peter)
        unit = next(u for u in await uow.units.list(TENANT_ID) if u.id == school)
        actions = [e.action for e in await uow.audit.list(TENANT_ID)]
    assert changed is not None and changed.role is Role.MANAGER
    assert untouched is not None and untouched.role is Role.HEAD  # only the clicked row's input counts
    assert (unit.holder_id, unit.giver_id) == (kim, peter)
    assert actions.count("organisation.role_changed") == 1 and actions.count("organisation.unit_assigned") == 1


async def test_only_a_coordinator_acts_on_the_organisation_card(org_bot: ClockedBot) -> None:
    people, units = await _ids(org_bot)
    rikke, school = people["Rikke Vinther"], units["Løgumkloster Distriktsskole"]
    for user in (LEADER, HEAD):
        refused = await org_bot.click({"verb": "organisation.role", "person": rikke}, user=user,
                                      inputs={f"role_{rikke}": "chefkonsulent"})
        assert _error(refused) == "Det er chefkonsulenterne og administratoren, der ser og ændrer organisationen."
    refused = await org_bot.click({"verb": "organisation.assign", "unit": school}, user=LEADER,
                                  inputs={f"holder_{school}": str(rikke), f"giver_{school}": str(rikke + 1)})
    assert _error(refused) == "Det er chefkonsulenterne og administratoren, der ser og ændrer organisationen."
    async with org_bot.uow() as uow:
        person = await uow.people.get(TENANT_ID, rikke)
        unit = next(u for u in await uow.units.list(TENANT_ID) if u.id == school)
        actions = [e.action for e in await uow.audit.list(TENANT_ID)]
    assert person is not None and person.role is Role.MANAGER
    assert unit.holder_id == rikke and unit.giver_id == people["Peter Dam"]
    assert actions.count("organisation.refused") == 3
    assert "organisation.role_changed" not in actions and "organisation.unit_assigned" not in actions


async def test_a_forged_or_malformed_organisation_action_changes_nothing(org_bot: ClockedBot) -> None:
    people, units = await _ids(org_bot)
    kim, peter, school = people["Kim Lassen"], people["Peter Dam"], units["Løgumkloster Distriktsskole"]
    invalid = "Den knap kunne jeg ikke bruge"
    for data, inputs in (
        ({"verb": "organisation.role", "person": "Kim"}, {}),
        ({"verb": "organisation.role", "person": kim}, {}),  # no role chosen
        ({"verb": "organisation.assign", "unit": school}, {f"holder_{school}": str(kim)}),  # no giver
        ({"verb": "organisation.assign", "unit": -1}, {}),
        ({"verb": "organisation.rename", "unit": school}, {}),
    ):
        assert _error(await org_bot.click(data, user=COORDINATOR, inputs=inputs)).startswith(invalid), data
    forged = (
        ({"verb": "organisation.role", "person": 999_999}, {"role_999999": "leder"},
         "Personen findes ikke længere i organisationen."),
        ({"verb": "organisation.role", "person": kim}, {f"role_{kim}": "konge"}, "Rollen «konge» findes ikke."),
        ({"verb": "organisation.assign", "unit": 999_999}, {"holder_999999": str(kim), "giver_999999": str(peter)},
         "Enheden findes ikke længere i organisationen."),
        ({"verb": "organisation.assign", "unit": school}, {f"holder_{school}": str(kim), f"giver_{school}": str(kim)},
         "Aftaleholder og aftalegiver kan ikke være den samme person."),
    )
    for data, inputs, message in forged:
        assert _error(await org_bot.click(data, user=COORDINATOR, inputs=inputs)).startswith(message), data
    async with org_bot.uow() as uow:
        person = await uow.people.get(TENANT_ID, kim)
        unit = next(u for u in await uow.units.list(TENANT_ID) if u.id == school)
        actions = [e.action for e in await uow.audit.list(TENANT_ID)]
    assert person is not None and person.role is Role.EMPLOYEE
    assert unit.holder_id == people["Rikke Vinther"] and unit.giver_id == peter
    assert "organisation.role_changed" not in actions and "organisation.unit_assigned" not in actions


# --- a bad file, through the command line and then Teams ------------------------------------------------------


async def test_a_bad_file_writes_nothing_names_its_rows_and_the_bot_knows_nobody_from_it(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """`aftalebot org import` of a file with two bad rows is refused, naming them, and stores nothing: in Teams the
    chefkonsulent it names is nobody's chefkonsulent. The corrected file then makes her one, on her next message."""
    from bot.commandline.cli import main
    from tests.support.running_bot import dev_settings

    monkeypatch.setenv("DATABASE_URL", database_url)
    bad = tmp_path / "organisation.csv"
    text = FILE.read_text(encoding="utf-8")
    bad.write_bytes(text.replace(";leder;peter.dam", ";chef;peter.dam", 1)
                    .replace("kim.lassen@kommune.dk", "kim.lassen", 1).encode("cp1252"))
    assert await asyncio.to_thread(main, ["org", "import", str(bad), "--tenant", TENANT_ID]) == 1
    err = capsys.readouterr().err
    assert "Organisationen er ikke indlæst; intet er ændret." in err
    assert "Række 5: Rollen «chef» findes ikke" in err and "Række 8: E-mailen «kim.lassen»" in err

    async with running(dev_settings(database_url), FakeClock(START), database_url) as bot:
        refused = await bot.say("overblik", user=COORDINATOR)
        assert refused.startswith("Overblikket over alle enheders aftaler er for chefkonsulenterne")
        async with bot.uow() as uow:
            assert await uow.units.list(TENANT_ID) == []
            assert not await uow.people.has_organisation(TENANT_ID)

        assert await asyncio.to_thread(main, ["org", "import", str(FILE), "--tenant", TENANT_ID]) == 0
        replies = await bot.send("overblik", user=COORDINATOR)
        shown = "\n".join(card_text(c) for c in cards_of(replies))
        assert "Løgumkloster Distriktsskole" in shown and "Tønder Distriktsskole" in shown


async def test_the_overview_counts_agreements_and_names_the_units_without_one(org_bot: ClockedBot) -> None:
    """Found living the product: with one agreement among four units the overview said «4 aftaler»."""
    def counts(replies: list[dict[str, Any]]) -> str:
        return "\n".join(card_text(c) for c in cards_of(replies))

    before = counts(await org_bot.send("overblik", user=COORDINATOR))
    assert "aftaler ·" not in before and "Ingen aftaler endnu" in before, before
    assert "5 enheder uden aftale: Børn og Skole, Løgumkloster Distriktsskole, Økonomi og Styring, Social og " \
           "Sundhed, Tønder Distriktsskole." in before, before

    said = await org_bot.say("start aftalen for Løgumkloster Distriktsskole", user=HEAD)
    assert "Rikke Vinther" in said, said
    after = counts(await org_bot.send("hvem er bagud", user=COORDINATOR)) + counts(
        await org_bot.send("kan du vise mig overblikket?", user=COORDINATOR))
    assert "1 aftale ·" in after and "4 aftaler" not in after, after
    # The agreement behind is counted; the four units without one (behind too) are named, not counted as behind.
    assert "1 aftale · 1 bagud" in after and "1 aftale · 5 bagud" not in after, after
    assert "4 enheder uden aftale: Børn og Skole, Økonomi og Styring, Social og Sundhed, Tønder " \
           "Distriktsskole." in after, after
