"""«ny aftale» and «ret økonomi» & co. as conversations, with and without Microsoft Graph (a fake on loopback)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from agreements.agreement.approval import ApprovalService
from agreements.agreement.setup import (
    AgreementDraft,
    AgreementSetupService,
    DirectoryPerson,
    GiverChoice,
    SetupRefusal,
    SetupRefused,
    UnitChoice,
    parse_level,
    parse_year,
)
from agreements.demo import DEPARTMENT_LEADER, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID, UNIT_NAME
from agreements.profiles import TONDER
from agreements.types import Agreement, AgreementLevel, AgreementStatus, AuditEvent, Person
from bot.commandline.demo import load_demo
from bot.composition import Container, build_container
from bot.settings import Settings
from dialogs import texts
from tests.support.conversation import Conversation, FakeClock, demo_container
from tests.support.fake_graph import CLIENT_ID, CLIENT_SECRET, TENANT, FakeGraph

SOFIE_ID = "d0000000-0000-4000-8000-000000000001"
SHARED_FOCUS = " ".join(TONDER.shared_leadership_focus)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def container(database_url: str, clock: FakeClock) -> AsyncIterator[Container]:
    async with demo_container(database_url, clock) as built:
        yield built


@pytest.fixture
async def fake_graph(tmp_path: Path) -> AsyncIterator[FakeGraph]:
    graph = FakeGraph(tmp_path)
    await graph.start()
    yield graph
    await graph.close()


@asynccontextmanager
async def graph_container(
    database_url: str, clock: FakeClock, fake: FakeGraph, secret: str = CLIENT_SECRET
) -> AsyncIterator[Container]:
    settings = Settings(
        DATABASE_URL=database_url, MicrosoftAppId=CLIENT_ID, MicrosoftAppPassword=secret,
        MicrosoftAppTenantId=TENANT, AFTALEBOT_GRAPH_ENABLED=True, AFTALEBOT_GRAPH_BASE_URL=fake.url,
        AFTALEBOT_AUTHORITY_HOST=fake.url, AFTALEBOT_GRAPH_CA_BUNDLE=str(fake.ca_path),
    )
    await load_demo(settings, today=date(2026, 11, 24))
    container = build_container(settings, clock=clock)
    try:
        yield container
    finally:
        await container.close()


async def agreements_of(container: Container) -> list[Agreement]:
    async with container.uow_factory() as uow:
        return await uow.agreements.for_year(TENANT_ID)


async def audit_of(container: Container, agreement_id: int) -> list[AuditEvent]:
    async with container.uow_factory() as uow:
        return await uow.audit.list(TENANT_ID, f"agreement:{agreement_id}")


async def person(container: Container, aad_object_id: str) -> Person | None:
    async with container.uow_factory() as uow:
        return await uow.people.get_by_aad(TENANT_ID, aad_object_id)


async def to_giver_question(chat: Conversation, year: str = "næste år", level: str = "1") -> str:
    reply = await chat.say("ny aftale")
    assert "Du bliver selv aftaleholder" in reply and f"1. {UNIT_NAME}" in reply
    assert "Svar «ja» for 2026" in await chat.say("1")
    assert "Hvilket niveau" in await chat.say(year)
    return await chat.say(level)


async def skip_sections(chat: Conversation, remaining: int = 5) -> str:
    """Skips the remaining sections, alternating «spring over» and «-»; returns the final answer."""
    for n in range(remaining - 1):
        assert "«spring over»" in await chat.say("spring over" if n % 2 == 0 else "-")
    return await chat.say("spring over")


# --- «ny aftale» with the people the bot knows ------------------------------------------------------------


async def test_a_new_agreement_with_every_section(container: Container) -> None:
    chat = Conversation(container)
    giver_question = await to_giver_question(chat)
    assert "1. Henrik Thomsen (direktion)" in giver_question
    assert "Mette Kjær" not in giver_question  # the holder cannot be the giver
    assert "søger jeg" not in giver_question  # no Graph configured

    general = await chat.say("1")
    assert "Aftalegiver: Henrik Thomsen." in general
    assert "Afsnit 1 af 5 – Generelt." in general
    assert f"- {TONDER.shared_leadership_focus[0]}" in general
    assert "Brug den som den er? (ja / skriv din egen)" in general

    assert "kunne jeg ikke bruge" in await chat.say("1")  # a stray number is not a section
    assert "Afsnit 2 af 5 – Fokusområder." in await chat.say("ja")
    assert "budgetrammen" in await chat.say("Vi bidrager mest til Uddannelse og Beskæftigelse.")
    assert "dialogen" in await chat.say("Rammen er 412 mio. kr.; en besparelse kan ramme inklusion.")
    assert "evalueres" in await chat.say("Dialogmøde hvert kvartal.")
    done = await chat.say("På et dialogmøde i december.")
    assert "Børn og Skole 2027 er oprettet som kladde (version 1) med Henrik Thomsen som aftalegiver." in done
    assert "sprang over" not in done
    assert "Skriv «nyt mål» for at tilføje mål." in done

    created = [a for a in await agreements_of(container) if a.year == 2027]
    assert len(created) == 1
    agreement = created[0]
    holder, giver = await person(container, HOLDER.aad_object_id), await person(container, GIVER.aad_object_id)
    assert holder is not None and giver is not None
    assert (agreement.holder_id, agreement.giver_id) == (holder.id, giver.id)
    assert (agreement.level, agreement.status, agreement.version) == (
        AgreementLevel.DIRECTORATE, AgreementStatus.DRAFT, 1)
    assert agreement.general == SHARED_FOCUS
    assert agreement.focus_text == "Vi bidrager mest til Uddannelse og Beskæftigelse."
    assert agreement.economy.startswith("Rammen er 412 mio. kr.")
    assert (agreement.dialogue, agreement.evaluation) == ("Dialogmøde hvert kvartal.", "På et dialogmøde i december.")
    assert agreement.id is not None
    [event] = await audit_of(container, agreement.id)
    assert event.action == "agreement.created" and event.actor_id == holder.id
    assert event.detail["year"] == 2027 and event.detail["new_unit"] is False
    after = await chat.say("På et dialogmøde i december.")  # the conversation is over: no step takes this text
    assert "Afsnit" not in after and "oprettet" not in after


async def test_a_duplicate_agreement_is_refused(container: Container) -> None:
    chat = Conversation(container)
    before = await agreements_of(container)
    await chat.say("ny aftale")
    await chat.say("1")
    # Refused at the year itself, and the year asked again (not after the level, ending the conversation).
    for year in ("ja", "2026"):
        reply = await chat.say(year)
        assert "Børn og Skole har allerede en aftale for 2026. Skriv et andet år, fx «2027»." in reply, reply
        assert "Hvilket niveau" not in reply
    assert "Hvilket niveau" in await chat.say("2027")
    assert await chat.say("annuller") and await chat.say("ja")
    assert await agreements_of(container) == before
    assert "Udviklingsaftale 2026" in await chat.say("min aftale")


async def test_a_new_unit_at_level_two_with_every_section_skipped(container: Container) -> None:
    chat = Conversation(container, user=DEPARTMENT_LEADER)
    await chat.say("ny aftale")
    assert "«Tønder Distriktsskole» er en ny enhed" in await chat.say("Tønder Distriktsskole")
    assert "Hvilket år" in await chat.say("Børn og Skole")
    assert "kun hvis fagchefen har valgt" in await chat.say("2027")
    giver_question = await chat.say("2")
    people = giver_question.split("\n\n")[1:]
    assert people[0].startswith("1. Jonas Berg") and "Henrik Thomsen (direktion)" in giver_question
    assert "Karen Holm" not in giver_question
    assert "Aftalegiver: Mette Kjær." in await chat.say("mette")
    done = await skip_sections(chat)
    assert "Aftalen for Tønder Distriktsskole 2027 er oprettet" in done
    assert "Du sprang over: Generelt, Fokusområder, Økonomi, Dialog, Evaluering." in done
    assert "«ret generelt»" in done and "«nyt mål»" in done

    [agreement] = [a for a in await agreements_of(container) if a.year == 2027]
    assert agreement.level is AgreementLevel.DEPARTMENT
    assert (agreement.general, agreement.focus_text, agreement.economy, agreement.dialogue, agreement.evaluation) == (
        "", "", "", "", "")
    async with container.uow_factory() as uow:
        unit = await uow.units.get(TENANT_ID, agreement.unit_id)
    assert unit is not None and (unit.name, unit.area) == ("Tønder Distriktsskole", "Børn og Skole")


async def test_the_general_section_can_be_written_in_own_words(container: Container) -> None:
    chat = Conversation(container)
    await to_giver_question(chat)
    await chat.say("1")
    assert "eget fælles ledelsesfokus" in await chat.say("nej")
    assert "Afsnit 2 af 5" in await chat.say("Vi arbejder med psykologisk tryghed.")
    assert "sprang over: Fokusområder, Økonomi" in await skip_sections(chat, remaining=4)
    [agreement] = [a for a in await agreements_of(container) if a.year == 2027]
    assert agreement.general == "Vi arbejder med psykologisk tryghed."


async def test_back_and_cancel_work_in_every_question(container: Container) -> None:
    chat = Conversation(container)
    before = await agreements_of(container)
    await chat.say("ny aftale")
    await chat.say("1")
    assert "Hvilken enhed" in await chat.say("tilbage")
    await chat.say("1")
    await chat.say("næste år")
    assert "Hvilket år" in await chat.say("tilbage")
    assert "Hvilket niveau" in await chat.say("2027")
    await chat.say("1")
    await chat.say("1")
    assert "Afsnit 2 af 5" in await chat.say("ja")
    assert "Afsnit 1 af 5" in await chat.say("tilbage")
    help_text = await chat.say("hjælp")
    assert help_text.startswith("Sådan svarer du:") and "«ret generelt»" in help_text
    assert "uden at gemme" in await chat.say("annuller")
    assert "fortsætter" in await chat.say("nej")
    assert "uden at gemme" in await chat.say("annuller")
    assert await chat.say("ja") == "Stoppet – ingen aftale er oprettet. Skriv «ny aftale», når du vil i gang igen."
    assert await agreements_of(container) == before
    assert "Der er ikke noget i gang" in await chat.say("ja")  # the conversation has ended


async def test_a_command_typed_for_a_unit_or_area_name_is_no_name(container: Container) -> None:
    chat = Conversation(container, user=DEPARTMENT_LEADER)
    await chat.say("ny aftale")
    reply = await chat.say("planlæg dialogmøde den 20. januar kl 10")
    assert "er en ny enhed" not in reply and "Det tager vi bagefter" in reply, reply
    assert "Hvilken enhed" in reply  # asked again
    assert "«Tønder Distriktsskole» er en ny enhed" in await chat.say("Tønder Distriktsskole")
    reply = await chat.say("send til godkendelse")
    assert "Det tager vi bagefter" in reply and "Hvilket år" not in reply, reply
    assert "Hvilket år" in await chat.say("Børn og Skole")


async def test_unusable_answers_are_asked_again(container: Container) -> None:
    chat = Conversation(container)
    await chat.say("ny aftale")
    await chat.say("1")
    assert "fra 2025 til 2029" in await chat.say("2040")
    assert "Hvilket niveau" in await chat.say("2027")
    assert "Svar 1 eller 2" in await chat.say("måske")
    await chat.say("1")
    assert "kender ingen, der hedder «Zacharias»" in await chat.say("Zacharias")


async def test_after_a_pause_the_conversation_says_where_it_was(container: Container, clock: FakeClock) -> None:
    chat = Conversation(container)
    await chat.say("ny aftale")
    await chat.say("1")
    clock.advance(hours=2)
    resumed = await chat.say("næste år")
    assert "vi var ved at oprette en aftale" in resumed and "Hvilket år" in resumed
    assert "Hvilket niveau" in await chat.say("næste år")


# --- with Microsoft Graph --------------------------------------------------------------------------------


async def test_the_giver_is_found_in_the_directory_and_stored(
    database_url: str, clock: FakeClock, fake_graph: FakeGraph
) -> None:
    async with graph_container(database_url, clock, fake_graph) as container:
        chat = Conversation(container)
        assert "skriv et navn, så søger jeg i organisationen" in await to_giver_question(chat)
        assert await person(container, SOFIE_ID) is None
        found = await chat.say("Søren")
        assert "1. Søren Lundgaard – Fagchef, Teknik og Miljø, soren.lundgaard@demo.toender.dk" in found
        found = await chat.say("sofie")  # a new name searches again
        assert "1. Sofie Lund – Direktør, Børn og Kultur, sofie.lund@demo.toender.dk" in found
        assert "Aftalegiver: Sofie Lund." in await chat.say("1")
        assert "oprettet" in await skip_sections(chat)

        sofie = await person(container, SOFIE_ID)
        assert sofie is not None and (sofie.name, sofie.email) == ("Sofie Lund", "sofie.lund@demo.toender.dk")
        [agreement] = [a for a in await agreements_of(container) if a.year == 2027]
        assert agreement.giver_id == sofie.id
        assert agreement.id is not None
        [event] = await audit_of(container, agreement.id)
        assert event.detail["giver_from_directory"] is True
    assert len(fake_graph.token_requests) == 1  # one token for both searches
    assert [s["$search"] for s in fake_graph.searches] == ['"displayName:Søren"', '"displayName:sofie"']


async def test_a_known_person_found_in_the_directory_is_not_stored_twice(
    database_url: str, clock: FakeClock, fake_graph: FakeGraph
) -> None:
    async with graph_container(database_url, clock, fake_graph) as container:
        chat = Conversation(container)
        await to_giver_question(chat)
        assert "fandt ingen i organisationen, der matcher «Mette»" in await chat.say("Mette")  # the holder herself
        assert "1. Henrik Thomsen – Direktør" in await chat.say("Henrik Thomsen")
        await chat.say("1")
        await skip_sections(chat)
        giver = await person(container, GIVER.aad_object_id)
        [agreement] = [a for a in await agreements_of(container) if a.year == 2027]
        assert giver is not None and agreement.giver_id == giver.id
        async with container.uow_factory() as uow:
            assert len([p for p in await uow.people.list(TENANT_ID) if p.name == "Henrik Thomsen"]) == 1


@pytest.mark.parametrize("failure", ["graph_down", "wrong_secret"])
async def test_graph_trouble_falls_back_to_known_people(
    database_url: str, clock: FakeClock, fake_graph: FakeGraph, failure: str
) -> None:
    if failure == "graph_down":
        fake_graph.fail_with = 503
    secret = "wrong" if failure == "wrong_secret" else CLIENT_SECRET
    async with graph_container(database_url, clock, fake_graph, secret=secret) as container:
        chat = Conversation(container)
        await to_giver_question(chat)
        reply = await chat.say("Sofie")
        assert "Jeg kan ikke søge i organisationens adressebog lige nu" in reply
        assert "1. Henrik Thomsen (direktion)" in reply
        assert "Aftalegiver: Henrik Thomsen." in await chat.say("1")
        assert "oprettet" in await skip_sections(chat)


# --- «ret økonomi» and the other sections -----------------------------------------------------------------


async def demo_agreement(container: Container) -> Agreement:
    [agreement] = await agreements_of(container)
    return agreement


async def test_the_holder_edits_a_section(container: Container) -> None:
    chat = Conversation(container)
    before = await demo_agreement(container)
    shown = await chat.say("ret økonomi")
    assert "Økonomi i aftalen for Børn og Skole 2026 lyder nu:" in shown
    assert before.economy in shown and "«behold»" in shown
    saved = await chat.say("Rammen er 412 mio. kr. Besparelsen på 3 mio. kr. kan påvirke målet om inklusion.")
    assert saved == "Økonomi er opdateret i aftalen for Børn og Skole 2026."

    after = await demo_agreement(container)
    assert after.economy == "Rammen er 412 mio. kr. Besparelsen på 3 mio. kr. kan påvirke målet om inklusion."
    assert (after.status, after.version, after.dialogue) == (AgreementStatus.DRAFT, 1, before.dialogue)
    assert after.id is not None
    [event] = await audit_of(container, after.id)
    assert event.action == "agreement.section_changed"
    assert event.detail["section"] == "economy" and event.detail["new_version"] is False
    assert event.detail["before"] == before.economy

    await chat.say("ret dialogen")
    assert "kunne jeg ikke bruge" in await chat.say("2")
    assert await chat.say("behold") == "Dialog er uændret."
    await chat.say("ret evaluering")
    assert "opdateret" in await chat.say("slet")
    assert (await demo_agreement(container)).evaluation == ""
    assert "ikke udfyldt endnu" in await chat.say("ret evaluering")


async def test_others_are_refused_and_nothing_changes(container: Container) -> None:
    before = await demo_agreement(container)
    giver_chat = Conversation(container, user=GIVER)
    assert await giver_chat.say("ret dialog") == "Det er kun aftaleholderen, der kan ændre og indsende aftalen."
    typed_on = await giver_chat.say("Nyt dialogafsnit")  # no section step took it; «dialogafsnit» is no known word
    assert "Mente du" in typed_on and "Rette et afsnit" in typed_on  # asked back, not acted on
    assert await Conversation(container, user=OTHER_MANAGER).say("ret økonomi") == (
        "Du har ingen aftale, der kan rettes i. Skriv «ny aftale» for at oprette en.")

    assert await demo_agreement(container) == before
    assert before.id is not None
    refusals = await audit_of(container, before.id)  # «ret dialog»
    giver = await person(container, GIVER.aad_object_id)
    assert giver is not None and len(refusals) == 1
    for refusal in refusals:
        assert (refusal.action, refusal.actor_id) == ("agreement.refused", giver.id)
        assert refusal.detail == {"action": "edit_section", "section": "dialogue", "reason": "not_holder"}


async def test_editing_an_approved_agreement_starts_a_new_version(container: Container) -> None:
    agreement = await demo_agreement(container)
    assert agreement.id is not None
    async with container.uow_factory() as uow:
        assert await uow.agreements.transition(TENANT_ID, agreement.id, from_statuses=(AgreementStatus.DRAFT,),
                                               version=1, to_status=AgreementStatus.APPROVED)
        await uow.commit()
    chat = Conversation(container)
    shown = await chat.say("ret evaluering")
    assert "Aftalen er godkendt. Retter du den, bliver den en ny kladde (version 2)" in shown
    saved = await chat.say("Evaluering på dialogmøderne i juni og december.")
    assert "nu en kladde i version 2" in saved and "«send til godkendelse»" in saved

    after = await demo_agreement(container)
    assert (after.status, after.version) == (AgreementStatus.DRAFT, 2)
    assert after.evaluation == "Evaluering på dialogmøderne i juni og december."
    actions = [(e.action, e.detail.get("new_version")) for e in await audit_of(container, agreement.id)]
    assert actions == [("agreement.new_version", None), ("agreement.section_changed", True)]


async def test_an_unchanged_text_does_not_start_a_new_version(container: Container) -> None:
    agreement = await demo_agreement(container)
    assert agreement.id is not None
    async with container.uow_factory() as uow:
        await uow.agreements.transition(TENANT_ID, agreement.id, from_statuses=(AgreementStatus.DRAFT,),
                                        version=1, to_status=AgreementStatus.SUBMITTED)
        await uow.commit()
    chat = Conversation(container)
    assert "sendt til godkendelse" in await chat.say("ret dialog")
    assert await chat.say(agreement.dialogue) == "Dialog er uændret."
    after = await demo_agreement(container)
    assert (after.status, after.version) == (AgreementStatus.SUBMITTED, 1)


async def test_with_two_agreements_the_holder_picks_one(container: Container) -> None:
    chat = Conversation(container)
    await to_giver_question(chat)
    await chat.say("1")
    await skip_sections(chat)
    choice = await chat.say("ret fokusområder")
    assert "1. Børn og Skole 2027 (direktion ↔ fagchef, kladde)" in choice
    assert "2. Børn og Skole 2026" in choice
    assert "Fokusområder i aftalen for Børn og Skole 2027 er ikke udfyldt endnu." in await chat.say("1")
    assert "opdateret i aftalen for Børn og Skole 2027" in await chat.say("Alle fire fokusområder.")
    by_year = {a.year: a for a in await agreements_of(container)}
    assert by_year[2027].focus_text == "Alle fire fokusområder."
    assert by_year[2026].focus_text != "Alle fire fokusområder."


async def test_a_section_text_typed_at_the_agreement_question_is_kept_and_saved_in_the_one_chosen(
    container: Container, clock: FakeClock,
) -> None:
    """Found living the product in December: with the running agreement and next year's, the new text typed at
    «Hvilken aftale …?» was refused and had to be typed again. It is kept, and goes into the agreement chosen."""
    chat = Conversation(container)
    await to_giver_question(chat)
    await chat.say("1")
    await skip_sections(chat)
    clock.now = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)  # next year's agreement made, the running one still open
    assert "Hvilken aftale vil du rette i?" in await chat.say("ret fokusområder")
    typed = "Børn og Skole bidrager til alle fire fokusområder, især Uddannelse."
    kept = await chat.send(typed)
    assert texts.NOT_UNDERSTOOD_CHOICE not in "\n".join(kept)
    assert "Jeg har gemt din tekst" in kept[-1] and typed in kept[-1], kept
    assert "Hvilken aftale vil du rette i?" in kept[-1] and "1. Børn og Skole 2027" in kept[-1]
    saved = await chat.say("2027")  # by its year, as well as by its number
    assert f"Fokusområder er opdateret i aftalen for Børn og Skole 2027 og lyder nu:\n\n{typed}" in saved, saved
    by_year = {a.year: a for a in await agreements_of(container)}
    assert by_year[2027].focus_text == typed
    assert by_year[2026].focus_text != typed


async def test_a_kept_text_for_an_approved_agreement_is_confirmed_before_it_makes_a_new_version(
    container: Container,
) -> None:
    agreement = await demo_agreement(container)
    assert agreement.id is not None
    async with container.uow_factory() as uow:
        assert await uow.agreements.transition(TENANT_ID, agreement.id, from_statuses=(AgreementStatus.DRAFT,),
                                               version=1, to_status=AgreementStatus.APPROVED)
        await uow.commit()
    chat = Conversation(container)
    await to_giver_question(chat)
    await chat.say("1")
    await skip_sections(chat)
    await chat.say("ret økonomi")
    typed = "Rammen er 412 mio. kr."
    assert typed in await chat.say(typed)
    opened = await chat.say("2")
    assert "Aftalen er godkendt" in opened and "Din tekst fra før" in opened and typed in opened, opened
    assert "Økonomi er opdateret" in await chat.say("ja")
    after = {a.year: a for a in await agreements_of(container)}[2026]
    assert (after.economy, after.status, after.version) == (typed, AgreementStatus.DRAFT, 2)


# --- the service and the parsers directly ------------------------------------------------------------------


async def test_the_service_refuses_before_writing_anything(container: Container) -> None:
    setup = AgreementSetupService(TONDER, ApprovalService(TONDER))
    async with container.uow_factory() as uow:
        holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
        assert holder is not None
        as_own_giver = AgreementDraft(
            unit=UnitChoice(name="Ny enhed", area="Teknik"), year=2027, level=AgreementLevel.DIRECTORATE,
            giver=GiverChoice(directory=DirectoryPerson(HOLDER.aad_object_id, HOLDER.name)),
        )
        with pytest.raises(SetupRefused) as raised:
            await setup.create(uow, holder, as_own_giver, 2026)
        assert raised.value.reason is SetupRefusal.GIVER_IS_HOLDER
        assert await uow.units.find_by_name(TENANT_ID, "Ny enhed") is None

        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert giver is not None
        duplicate = AgreementDraft(
            unit=UnitChoice(name="børn og skole"), year=2026, level=AgreementLevel.DIRECTORATE,
            giver=GiverChoice(person_id=giver.id),
        )
        with pytest.raises(SetupRefused) as raised:
            await setup.create(uow, holder, duplicate, 2026)
        assert raised.value.reason is SetupRefusal.DUPLICATE and raised.value.existing is not None
        with pytest.raises(SetupRefused) as raised:
            await setup.create(uow, holder, AgreementDraft(
                unit=UnitChoice(name=UNIT_NAME), year=2031, level=AgreementLevel.DIRECTORATE,
                giver=GiverChoice(person_id=giver.id)), 2026)
        assert raised.value.reason is SetupRefusal.YEAR_OUT_OF_RANGE


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ja", 2026), ("I år", 2026), ("næste år", 2027), ("2027", 2027), ("for 2028.", 2028), ("2025", 2025),
     ("2024", None), ("2030", None), ("2026 eller 2027", None), ("snart", None)],
)
def test_parse_year(text: str, expected: int | None) -> None:
    assert parse_year(text, 2026) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1", AgreementLevel.DIRECTORATE), ("Direktion", AgreementLevel.DIRECTORATE),
     ("2", AgreementLevel.DEPARTMENT), ("områdeleder", AgreementLevel.DEPARTMENT), ("3", None), ("", None)],
)
def test_parse_level(text: str, expected: AgreementLevel | None) -> None:
    assert parse_level(text, TONDER.levels) == expected
    assert parse_level("2", (AgreementLevel.DIRECTORATE,)) is None
