"""A chefkonsulent edits next year's standard texts from a card (issue 18): the year's section texts and fælles
grundlag are stored per tenant and year, and every agreement started for that year on starts from them; agreements
already made keep their text. The card, its payload, the use case on an in-memory unit of work, and the whole path
through the Bot Framework protocol on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from agreements import profile_files
from agreements.agreement.document import DocumentService
from agreements.agreement.document_markdown import render_markdown
from agreements.demo import COORDINATOR as DEMO_COORDINATOR
from agreements.demo import HOLDER as DEMO_HOLDER
from agreements.demo import TENANT_ID
from agreements.municipality.profile_texts import (
    MAX_SECTION_TEXT,
    MAX_TOTAL,
    ProfileTextsRefused,
    ProfileTextsService,
    SectionText,
    TextsRequest,
    TextsView,
    parse_request,
    split_points,
    year_profile,
)
from agreements.profile_files import load_profile, new_year_text
from agreements.profiles import get_profile
from agreements.types import Person, ProfileTexts, Role
from bot.commandline.org_cli import store_organisation
from cards.actions import parse_card_action
from cards.payloads import InvalidPayloadError
from cards.profile_payloads import ProfileTextsAction
from cards.profile_texts import profile_texts_card
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import (
    START,
    ClockedBot,
    card_nodes,
    card_text,
    cards_of,
    clocked_bot,
    find_action,
    running,
)
from tests.support.conversation import FakeClock
from tests.support.memory_uow import MemoryStore
from tests.test_organisation_protocol import COORDINATOR, FILE, HEAD, LEADER, OTHER_LEADER, person

__all__ = ["clocked_bot"]

TODAY = date(2026, 11, 24)
NORDDJURS = get_profile("norddjurs", 2027)  # the 2024 file: no newer one is shipped
ECONOMY_2027 = "Budgetrammen for 2027 følger budgetaftalen for 2027; effektiviseringsbidraget er 1 %."
ECONOMY_AGAIN = "Budgetrammen for 2027 er vedtaget 9. oktober 2026 og følger budgetaftalen."
NEW_POINT = "Fokus på rekruttering og fastholdelse af medarbejdere."
ADMINISTRATOR = person(8, "Eva Holt", Role.ADMINISTRATOR)
NOT_ALLOWED = "Det er chefkonsulenterne og administratoren, der retter kommunens standardtekster."


# --- what is typed -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("standardtekster", TextsRequest(None)),
    ("Standardteksterne.", TextsRequest(None)),
    ("standardtekster for 2028", TextsRequest(2028)),
    ("ret standardteksterne for 2027", TextsRequest(2027)),
    ("rediger teksterne til næste år", TextsRequest(None)),
    ("Redigér teksterne for 2027", TextsRequest(2027)),
    ("kan jeg rette standardteksterne for næste år?", TextsRequest(None)),
    ("vis kommunens standardtekster i år", TextsRequest(None, this_year=True)),
    ("ret teksterne", None),  # «teksterne» alone may be the agreement's own: it needs a year
    ("ret økonomi", None),
    ("hvad er standardteksten?", None),
    ("tekster", None),
])
def test_the_requests_are_read(text: str, expected: TextsRequest | None) -> None:
    assert parse_request(text) == expected


def test_the_year_is_next_year_by_the_clock_unless_one_is_named() -> None:
    service = ProfileTextsService(NORDDJURS)
    assert service.year_for(TODAY, TextsRequest(None)) == 2027
    assert service.year_for(date(2027, 1, 5), TextsRequest(None)) == 2028
    assert service.year_for(TODAY, TextsRequest(2029)) == 2029
    assert service.year_for(TODAY, TextsRequest(None, this_year=True)) == 2026


def test_the_common_ground_is_one_point_a_line() -> None:
    assert split_points("- Første punkt.\r\n\n• Andet punkt.\n   * Tredje  \n") == [
        "Første punkt.", "Andet punkt.", "Tredje"]


# --- the card and its payload ---------------------------------------------------------------------------------


def inputs_of(card: Any) -> dict[str, dict[str, Any]]:
    return {node["id"]: node for node in card_nodes(card, lambda node: str(node.get("type", "")).startswith("Input."))}


def values_of(card: Any) -> dict[str, str]:
    """The card's inputs as Teams sends them back untouched."""
    return {key: str(element.get("value", "")) for key, element in inputs_of(card).items()}


async def view_for(profile_key: str, year: int = 2027) -> Any:
    store = MemoryStore()
    coordinator = Person(tenant_id=TENANT_ID, aad_object_id="c", name="C", role=Role.COORDINATOR, id=1)
    async with store.uow() as uow:
        return await ProfileTextsService(get_profile(profile_key)).show(uow, coordinator, year, TODAY)


@pytest.mark.parametrize("profile_key", ["tonder", "norddjurs"])
async def test_the_card_holds_one_input_per_section_prefilled_and_the_common_ground(profile_key: str) -> None:
    view = await view_for(profile_key)
    card = profile_texts_card(view, notice="Standardteksterne for 2027 er gemt: Økonomi er ændret.")
    assert_valid_cards(card)
    profile = get_profile(profile_key, 2027)
    inputs = inputs_of(card)
    assert list(inputs) == ["text_general", "text_focus_text", "text_economy", "text_dialogue", "text_evaluation",
                            "common_ground"]
    for key in ("general", "focus_text", "economy", "dialogue", "evaluation"):
        element = inputs[f"text_{key}"]
        assert element["isMultiline"] and element["maxLength"] == MAX_SECTION_TEXT
        assert element.get("value", "") == profile.standard_text(key)
        assert element.get("isRequired", False) == bool(profile.standard_text(key))  # a text may not be emptied
    assert inputs["common_ground"]["value"].split("\n") == list(profile.shared_leadership_focus)
    assert find_action(card, "profile.texts") == {"verb": "profile.texts", "year": 2027}
    shown = card_text(card)
    assert "Standardtekster for 2027" in shown and profile.municipality in shown
    assert "aftaler, der allerede er oprettet, beholder deres egen tekst" in shown


def test_the_longest_texts_the_use_case_keeps_still_make_a_valid_card_under_teams_limit() -> None:
    per_section = (MAX_TOTAL - 10 * 200) // 5
    longest = TextsView(
        year=2027, municipality="Norddjurs Kommune",
        sections=tuple(SectionText(key, key.title(), "æ" * per_section)
                       for key in ("general", "focus_text", "economy", "dialogue", "evaluation")),
        common_ground=tuple("ø" * 200 for _ in range(10)), edited_year=2027,
    )
    assert_valid_cards(profile_texts_card(longest, notice="Standardteksterne for 2027 er gemt."))


def test_the_payload_reads_the_cards_inputs() -> None:
    action = parse_card_action({"verb": "profile.texts", "year": "2027", "text_economy": "Ny tekst",
                                "common_ground": "Et punkt", "economy": "ignored: not the input's id"})
    assert isinstance(action, ProfileTextsAction)
    assert action.year == 2027 and action.economy == "Ny tekst" and action.common_ground == "Et punkt"
    assert action.sections() == {"general": "", "focus_text": "", "economy": "Ny tekst", "dialogue": "",
                                 "evaluation": ""}


@pytest.mark.parametrize("data", [
    {"verb": "profile.texts"},  # no year
    {"verb": "profile.texts", "year": "næste år"},
    {"verb": "profile.texts", "year": 1999},
    {"verb": "profile.texts", "year": 2027, "text_economy": ["a", "b"]},
    {"verb": "profile.texts", "year": 2027, "text_economy": "x" * 20_001},
    {"verb": "profile.texts", "year": 2027, "common_ground": "x" * 40_001},
])
def test_a_malformed_payload_is_refused(data: dict[str, Any]) -> None:
    with pytest.raises(InvalidPayloadError):
        parse_card_action(data)


# --- the use case ---------------------------------------------------------------------------------------------


def people() -> tuple[Person, Person]:
    coordinator = Person(tenant_id=TENANT_ID, aad_object_id="c", name="Sofie", role=Role.COORDINATOR, id=1)
    holder = Person(tenant_id=TENANT_ID, aad_object_id="h", name="Ole", role=Role.MANAGER, id=2)
    return coordinator, holder


async def test_empty_or_too_long_texts_are_refused_naming_the_section_and_nothing_is_stored() -> None:
    store = MemoryStore()
    coordinator, _ = people()
    service = ProfileTextsService(NORDDJURS)
    sections = {key: NORDDJURS.standard_text(key) for key in ("general", "economy", "dialogue")}
    common = "\n".join(NORDDJURS.shared_leadership_focus)
    for changed, ground, message in (
        ({"dialogue": "   "}, common, "Afsnittet «Dialog» må ikke være tomt."),
        ({"economy": "x" * (MAX_SECTION_TEXT + 1)}, common, "Afsnittet «Økonomi» er for langt: højst 4000 tegn."),
        ({}, " \n - \n", "Fælles grundlag skal have mindst ét punkt"),
        ({}, "\n".join(f"Punkt {n}" for n in range(31)), "Fælles grundlag kan højst have 30 punkter."),
        ({}, "Kort\n" + "y" * 1001, "Punkt 2 i fælles grundlag er for langt"),
        ({key: "z" * MAX_SECTION_TEXT for key in ("general", "economy", "dialogue")}, common,
         "Teksterne er for lange tilsammen: højst 12.000 tegn i alt"),
    ):
        async with store.uow() as uow:
            with pytest.raises(ProfileTextsRefused) as refused:
                await service.save(uow, coordinator, 2027, {**sections, **changed}, ground, TODAY)
        assert str(refused.value).startswith(message), str(refused.value)
    assert store.committed.profile_texts == [] and store.commits == 0


async def test_a_section_without_a_standard_text_may_stay_empty_and_saving_the_same_changes_nothing() -> None:
    store = MemoryStore()
    coordinator, _ = people()
    service = ProfileTextsService(NORDDJURS)
    sections = {key: NORDDJURS.standard_text(key) for key in ("general", "economy", "dialogue")}
    async with store.uow() as uow:
        same = await service.save(uow, coordinator, 2027, sections, "\n".join(NORDDJURS.shared_leadership_focus),
                                  TODAY)
        assert same.message == "Standardteksterne for 2027 er uændrede."
        saved = await service.save(uow, coordinator, 2027, {**sections, "evaluation": "Evalueres i december."},
                                   "\n".join(NORDDJURS.shared_leadership_focus), TODAY)
        await uow.commit()
    assert saved.message == ("Standardteksterne for 2027 er gemt: Evaluering er ændret. Nye aftaler for 2027 "
                             "starter med dem.")
    [stored] = store.committed.profile_texts
    assert stored.sections["evaluation"] == "Evalueres i december." and stored.sections["economy"] == (
        NORDDJURS.standard_text("economy"))
    [event] = [e for e in store.committed.audit if e.action == "profile.texts_changed"]
    assert event.subject == "profile:norddjurs:2027" and event.detail["changed"] == ["evaluation"]
    assert event.detail["before"] == {"evaluation": ""} and event.detail["after"] == {
        "evaluation": "Evalueres i december."}


async def test_only_a_chefkonsulent_or_the_administrator_and_only_this_year_to_three_ahead() -> None:
    store = MemoryStore()
    coordinator, holder = people()
    service = ProfileTextsService(NORDDJURS)
    async with store.uow() as uow:
        with pytest.raises(ProfileTextsRefused, match=NOT_ALLOWED):
            await service.show(uow, holder, 2027, TODAY)
        administrator = Person(tenant_id=TENANT_ID, aad_object_id="a", name="Eva", role=Role.ADMINISTRATOR, id=3)
        assert (await service.show(uow, administrator, 2027, TODAY)).year == 2027
        for year in (2025, 2030):
            with pytest.raises(ProfileTextsRefused, match=r"Standardteksterne kan rettes for 2026–2029\."):
                await service.show(uow, coordinator, year, TODAY)
    assert [e.action for e in store.committed.audit] == ["profile.texts_refused"]  # the refusal, committed alone


@pytest.fixture
def a_2029_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped files, and Norddjurs copied forward to 2029."""
    shipped = profile_files.profile_directory()
    for name in profile_files.shipped_files().values():
        (tmp_path / name).write_text((shipped / name).read_text(encoding="utf-8"), encoding="utf-8")
    text, _ = new_year_text((shipped / "norddjurs-2024.toml").read_text(encoding="utf-8"), 2024, 2029)
    (tmp_path / "norddjurs-2029.toml").write_text(text, encoding="utf-8")
    monkeypatch.setattr(profile_files, "profile_directory", lambda: tmp_path)
    load_profile.cache_clear()
    yield
    load_profile.cache_clear()


async def test_a_years_texts_are_the_newest_edited_year_not_after_it_unless_a_newer_file_is(a_2029_file: None) -> None:
    store = MemoryStore()
    profile = get_profile("norddjurs", 2024)
    async with store.uow() as uow:
        await uow.profile_texts.save(ProfileTexts(TENANT_ID, "norddjurs", 2027, {"economy": ECONOMY_2027},
                                                  [NEW_POINT]))
        await uow.profile_texts.save(ProfileTexts("another-tenant", "norddjurs", 2026, {"economy": "Andet"}, ["x"]))
        await uow.profile_texts.save(ProfileTexts(TENANT_ID, "tonder", 2026, {"economy": "Tønders"}, ["y"]))
        economy = {year: (await year_profile(uow, profile, TENANT_ID, year)).standard_text("economy")
                   for year in (2026, 2027, 2028, 2029)}
        edited = await year_profile(uow, profile, TENANT_ID, 2028)
    assert economy == {2026: profile.standard_text("economy"), 2027: ECONOMY_2027, 2028: ECONOMY_2027,
                       2029: profile.standard_text("economy")}  # 2029 has a newer file than the edits
    assert edited.shared_leadership_focus == (NEW_POINT,) and edited.texts_year == 2027
    assert edited.standard_text("general") == ""  # a saved set holds every section: none left out means empty


# --- through the protocol -------------------------------------------------------------------------------------


@pytest.fixture
async def norddjurs_bot(database_url: str) -> AsyncIterator[ClockedBot]:
    """Norddjurs (standard texts for Generelt, Økonomi and Dialog) with the imported test organisation, on
    Tuesday 24 November 2026."""
    from tests.support.running_bot import dev_settings

    await store_organisation(database_url, TENANT_ID, FILE.read_bytes(), FILE.name)
    settings = dev_settings(database_url, AFTALEBOT_PROFILE="norddjurs")
    async with running(settings, FakeClock(START), database_url) as bot:
        yield bot


async def edit_texts(bot: ClockedBot, typed: str, changes: dict[str, str], *,
                     user: Any = COORDINATOR) -> dict[str, Any]:
    """The chefkonsulent opens the card by typing, changes some inputs and clicks «Gem standardteksterne»; the
    invoke response."""
    [card] = cards_of(await bot.send(typed, user=user))
    assert_valid_cards(card)
    values = values_of(card)
    values.update(changes)
    return await bot.click(find_action(card, "profile.texts"), user=user, inputs=values)


async def agreement_texts(bot: ClockedBot, year: int) -> dict[str, tuple[str, str]]:
    """Unit name → (Økonomi, Generelt) of the year's agreements."""
    async with bot.uow() as uow:
        units = {u.id: u.name for u in await uow.units.list(TENANT_ID)}
        return {units[a.unit_id]: (a.economy, a.general) for a in await uow.agreements.for_year(TENANT_ID, year)}


async def test_a_chefkonsulent_edits_next_years_texts_and_new_agreements_start_with_them(
    norddjurs_bot: ClockedBot,
) -> None:
    bot = norddjurs_bot
    file_economy = NORDDJURS.standard_text("economy")
    [card] = cards_of(await bot.send("standardtekster", user=COORDINATOR))
    assert_valid_cards(card)
    assert "Standardtekster for 2027" in card_text(card)  # next year, by the clock
    assert values_of(card)["text_economy"] == file_economy

    common = values_of(card)["common_ground"] + f"\n- {NEW_POINT}"
    saved = await edit_texts(bot, "ret standardteksterne for 2027",
                             {"text_economy": ECONOMY_2027, "common_ground": common})
    assert saved["type"] == "application/vnd.microsoft.card.adaptive", saved
    refreshed = saved["value"]
    assert_valid_cards(refreshed)
    assert ("Standardteksterne for 2027 er gemt: Økonomi og Fælles grundlag er ændret. Nye aftaler for 2027 "
            "starter med dem.") in card_text(refreshed)
    assert values_of(refreshed)["text_economy"] == ECONOMY_2027
    assert values_of(refreshed)["common_ground"].endswith(NEW_POINT)
    assert "Teksterne er rettet for 2027." in card_text(refreshed)

    # The holder starts the unit's agreement for 2027: it starts from the edited texts; 2026's from the file's.
    started = await bot.say("start aftale for Tønder Distriktsskole 2027", user=OTHER_LEADER)
    assert started.startswith("Aftalen for Tønder Distriktsskole for 2027 er startet med Ole Friis")
    mine = card_text(cards_of(await bot.send("min aftale", user=OTHER_LEADER))[0])
    assert f"Økonomi\n{ECONOMY_2027}" in mine  # the card shows Generelt only in its first lines
    [(_, general)] = (await agreement_texts(bot, 2027)).values()
    assert general.endswith(f"- {NEW_POINT}") and "fælles grundlag i 2027" in general
    assert (await bot.say("start aftale for Tønder Distriktsskole 2026", user=OTHER_LEADER)).startswith(
        "Aftalen for Tønder Distriktsskole for 2026 er startet")

    # Editing again replaces the year's texts; the agreement already made keeps the text it started with.
    again = await edit_texts(bot, "rediger teksterne til næste år", {"text_economy": ECONOMY_AGAIN})
    assert "Standardteksterne for 2027 er gemt: Økonomi er ændret." in card_text(again["value"])
    assert await bot.say("start næste års aftaler", user=COORDINATOR) == (
        "3 aftaler for 2027 er startet, og hver aftaleholder har fået besked.")
    next_year = await agreement_texts(bot, 2027)
    assert next_year.pop("Tønder Distriktsskole")[0] == ECONOMY_2027
    assert {economy for economy, _ in next_year.values()} == {ECONOMY_AGAIN}
    assert all(NEW_POINT in general for _, general in next_year.values())  # the fælles grundlag stayed edited
    [(economy, general)] = (await agreement_texts(bot, 2026)).values()
    assert economy == file_economy and NEW_POINT not in general and "fælles grundlag i 2024" in general

    # The export of the agreement shows the text it started with.
    async with bot.uow() as uow:
        units = {u.name: u.id for u in await uow.units.list(TENANT_ID)}
        [agreement] = [a for a in await uow.agreements.for_year(TENANT_ID, 2027)
                       if a.unit_id == units["Tønder Distriktsskole"]]
        markdown = render_markdown(await DocumentService(NORDDJURS).load(uow, agreement, TODAY))
        changes = [e for e in await uow.audit.list(TENANT_ID) if e.action == "profile.texts_changed"]
    assert ECONOMY_2027 in markdown and NEW_POINT in markdown and ECONOMY_AGAIN not in markdown
    assert [e.detail["changed"] for e in changes] == [["economy", "common_ground"], ["economy"]]
    assert {e.subject for e in changes} == {"profile:norddjurs:2027"}


async def test_a_named_year_is_edited_and_the_administrator_may_too(norddjurs_bot: ClockedBot) -> None:
    bot = norddjurs_bot
    saved = await edit_texts(bot, "standardtekster for 2028", {"text_dialogue": "Dialogmøde hvert kvartal."},
                             user=ADMINISTRATOR)
    assert "Standardteksterne for 2028 er gemt: Dialog er ændret." in card_text(saved["value"])
    refreshed = card_text(cards_of(await bot.send("standardtekster", user=COORDINATOR))[0])
    assert "Dialogmøde hvert kvartal." not in refreshed  # 2027's are untouched
    assert (await bot.say("standardtekster for 2035", user=COORDINATOR)) == (
        "Standardteksterne kan rettes for 2026–2029.")
    assert "«standardtekster»" in card_text(cards_of(await bot.send("hjælp", user=ADMINISTRATOR))[0])


async def test_an_empty_text_or_a_malformed_payload_changes_nothing(norddjurs_bot: ClockedBot) -> None:
    bot = norddjurs_bot
    refused = await edit_texts(bot, "standardtekster", {"text_dialogue": "  "})
    assert refused["statusCode"] == 400 and refused["value"]["message"] == (
        "Afsnittet «Dialog» må ikke være tomt. Skriv en tekst, eller lad den nuværende stå.")
    invalid = "Den knap kunne jeg ikke bruge"
    for data in ({"verb": "profile.texts", "year": "næste år"},
                 {"verb": "profile.texts", "year": 2027, "text_economy": "x" * 20_001}):
        response = await bot.click(data, user=COORDINATOR)
        assert response["statusCode"] == 400 and response["value"]["message"].startswith(invalid), response
    async with bot.uow() as uow:
        assert await uow.profile_texts.for_profile(TENANT_ID, "norddjurs") == []
        assert not [e for e in await uow.audit.list(TENANT_ID) if e.action == "profile.texts_changed"]


async def test_a_holder_or_fagchef_is_refused_in_danish_and_audited(norddjurs_bot: ClockedBot) -> None:
    bot = norddjurs_bot
    for user in (LEADER, HEAD):
        assert await bot.say("standardtekster", user=user) == NOT_ALLOWED
    clicked = await bot.click({"verb": "profile.texts", "year": 2027, "text_economy": "Min egen tekst"}, user=LEADER)
    assert clicked["statusCode"] == 400 and clicked["value"]["message"] == NOT_ALLOWED
    async with bot.uow() as uow:
        assert await uow.profile_texts.for_profile(TENANT_ID, "norddjurs") == []
        actions = [e.action for e in await uow.audit.list(TENANT_ID)]
    assert actions.count("profile.texts_refused") == 3 and "profile.texts_changed" not in actions


async def test_the_submit_fallback_saves_too_and_posts_the_refreshed_card(norddjurs_bot: ClockedBot) -> None:
    """A client without Universal Actions sends the card's Action.Submit fallback: a message with the data and
    inputs as its value."""
    bot = norddjurs_bot
    [card] = cards_of(await bot.send("standardtekster", user=COORDINATOR))
    value = {**find_action(card, "profile.texts"), **values_of(card), "text_economy": ECONOMY_2027}
    [posted] = cards_of(await bot.send(value=value, user=COORDINATOR))
    assert_valid_cards(posted)
    assert "Standardteksterne for 2027 er gemt: Økonomi er ændret." in card_text(posted)
    async with bot.uow() as uow:
        [stored] = await uow.profile_texts.for_profile(TENANT_ID, "norddjurs")
    assert (stored.year, stored.sections["economy"]) == (2027, ECONOMY_2027)


async def test_a_new_agreement_made_in_conversation_offers_the_edited_common_ground(clocked_bot: ClockedBot) -> None:
    """Tønder (the demo): the chefkonsulent adds a point to 2027's fælles grundlag; the holder's «ny aftale» for
    2027 shows it in the Generelt question, and «ja» puts it in the agreement."""
    bot = clocked_bot
    [card] = cards_of(await bot.send("standardtekster", user=DEMO_COORDINATOR))
    common = values_of(card)["common_ground"] + f"\n{NEW_POINT}"
    saved = await bot.click(find_action(card, "profile.texts"), user=DEMO_COORDINATOR,
                            inputs={**values_of(card), "common_ground": common})
    assert "Fælles grundlag er ændret" in card_text(saved["value"])

    await bot.say("ny aftale", user=DEMO_HOLDER)
    await bot.say("1", user=DEMO_HOLDER)
    await bot.say("2027", user=DEMO_HOLDER)
    await bot.say("1", user=DEMO_HOLDER)
    general_question = await bot.say("1", user=DEMO_HOLDER)
    assert "Kommunens fælles ledelsesfokus for året er" in general_question and NEW_POINT in general_question
    await bot.say("ja", user=DEMO_HOLDER)
    for _ in range(3):
        await bot.say("spring over", user=DEMO_HOLDER)
    done = await bot.say("spring over", user=DEMO_HOLDER)
    assert "Aftalen for Børn og Skole 2027 er oprettet" in done
    [(_, general)] = (await agreement_texts(bot, 2027)).values()
    assert NEW_POINT in general
    [(_, this_year)] = (await agreement_texts(bot, 2026)).values()
    assert NEW_POINT not in this_year  # the demo's 2026 agreement keeps its text


async def test_the_chefkonsulents_help_names_the_standard_texts(clocked_bot: ClockedBot) -> None:
    help_card = cards_of(await clocked_bot.send("hjælp", user=DEMO_COORDINATOR))[0]
    assert "«standardtekster»" in card_text(help_card)
    assert "«standardtekster»" not in card_text(cards_of(await clocked_bot.send("hjælp", user=DEMO_HOLDER))[0])
