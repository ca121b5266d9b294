"""Tværgående goals shared (issue 18): the owner's holder shares a cross-cutting goal with a partner unit; the
partner's holder is told, sees it read-only in their agreement with its indicator's status, and accepts or
declines; the owner is told. Through the Bot Framework protocol with the demo, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import update

from agreements.agreement.document import DocumentService
from agreements.agreement.document_markdown import render_markdown
from agreements.agreement.shared_goals import (
    DecideRequest,
    ShareRequest,
    ShowRequest,
    accepted_shared_count,
    parse_request,
    split_units,
)
from agreements.demo import DEPARTMENT_LEADER, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID
from agreements.fuzzy import fold
from agreements.goals.rules import agreement_findings, agreement_r3_findings
from agreements.indicators.monthly import JOB_KIND
from agreements.profiles import TONDER
from agreements.types import Agreement, AgreementLevel, AgreementStatus, Unit
from bot.scheduled.monthly_jobs import MonthlyStatusHandler
from bot.web.app import CONTAINER
from store.jobs import Job
from store.models import AgreementRow
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, clocked_bot
from tests.support.fake_connector import text_of

__all__ = ["clocked_bot"]

CROSS_CUTTING = ("Sammen med Social og Sundhed skal sagsbehandlingstiden på underretninger halveres fra 14 til "
                 "7 dage.")


def test_the_requests_are_read() -> None:
    assert parse_request("Del mål 8 med Social og Sundhed og Kultur.") == ShareRequest(8, "Social og Sundhed og Kultur")
    known = {fold("Social og Sundhed"), fold("Kultur"), fold("Tønder Distriktsskole")}
    assert split_units("Social og Sundhed og Kultur", known) == ["Social og Sundhed", "Kultur"]
    assert split_units("Kultur, Tønder distriktsskole og Kantinen", known) == [
        "Kultur", "Tønder distriktsskole", "Kantinen"]
    assert parse_request("accepter delt mål fra Børn og Skole") == DecideRequest(True, "Børn og Skole")
    assert parse_request("afvis delt mål") == DecideRequest(False, None)
    assert parse_request("delte mål") == ShowRequest()
    assert parse_request("del aftalen") is None


async def partner(bot: ClockedBot, name: str, holder_aad: str) -> int:
    """A partner unit with its own agreement for 2026 (no goals yet)."""
    async with bot.uow() as uow:
        holder = await uow.people.get_by_aad(TENANT_ID, holder_aad)
        giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
        assert holder is not None and holder.id is not None and giver is not None and giver.id is not None
        unit = await uow.units.add(Unit(tenant_id=TENANT_ID, name=name, area=name))
        assert unit.id is not None
        agreement = await uow.agreements.add(Agreement(tenant_id=TENANT_ID, unit_id=unit.id, year=2026,
                                                       level=AgreementLevel.DIRECTORATE, holder_id=holder.id,
                                                       giver_id=giver.id))
        await uow.commit()
        assert agreement.id is not None
        return agreement.id


async def test_a_shared_goal_is_told_shown_read_only_and_accepted(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    partner_id = await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    await bot.say("hej", user=OTHER_MANAGER)
    before = len(bot.connector.activities)

    # The name «Social og Sundhed» contains «og»: the bot matches the whole name before splitting.
    assert await bot.say("del mål 8 med Social og Sundhed", user=HOLDER) == (
        "Mål 8 er delt med Social og Sundhed. Lars Nielsen (Social og Sundhed) får besked og kan acceptere eller "
        "afvise det.")
    told = "\n".join(text_of(a) for a in bot.to(OTHER_MANAGER, before))
    assert told == ("Mette Kjær har delt et tværgående mål fra Børn og Skole med Social og Sundhed: "
                    f"«{CROSS_CUTTING}». Skriv «accepter delt mål fra Børn og Skole» eller «afvis delt mål fra "
                    "Børn og Skole».")
    assert await bot.say("del mål 8 med Social og Sundhed", user=HOLDER) == (
        "Mål 8 er allerede delt med Social og Sundhed.")

    card = cards_of(await bot.send("min aftale", user=OTHER_MANAGER))[0]
    shown = card_text(card)
    assert "Delte tværgående mål (ejes af en anden enhed)" in shown
    assert CROSS_CUTTING in shown and "Fra Børn og Skole" in shown
    assert "Venter på dit svar" in shown
    assert "Sagsbehandlingstid på underretninger: " in shown  # the owner's indicator and its status
    assert_valid_cards(card)

    owner_before = len(bot.connector.activities)
    assert await bot.say("accepter delt mål fra Børn og Skole", user=OTHER_MANAGER) == (
        f"Det delte mål fra Børn og Skole står nu i aftalen for Social og Sundhed 2026: «{CROSS_CUTTING}».")
    assert "\n".join(text_of(a) for a in bot.to(HOLDER, owner_before)) == (
        f"Lars Nielsen har accepteret det delte mål i aftalen for Social og Sundhed: «{CROSS_CUTTING}».")
    shown = card_text(cards_of(await bot.send("min aftale", user=OTHER_MANAGER))[0])
    assert CROSS_CUTTING in shown and "Venter på dit svar" not in shown
    assert await bot.say("delte mål", user=HOLDER) == "Mål 8 deles med: Social og Sundhed (accepteret)"
    assert await bot.say("delte mål", user=OTHER_MANAGER) == f"Fra Børn og Skole: «{CROSS_CUTTING}» (accepteret)"
    assert await bot.say("accepter delt mål", user=OTHER_MANAGER) == (
        "Du har ingen delte mål, der venter på dit svar.")
    async with bot.uow() as uow:
        actions = [e.action for e in await uow.audit.list(TENANT_ID) if e.action.startswith("goal.share")]
        partner_agreement = await uow.agreements.get(TENANT_ID, partner_id)
        assert partner_agreement is not None
        markdown = render_markdown(await DocumentService(TONDER).load(uow, partner_agreement, date(2026, 11, 24)))
    assert actions == ["goal.shared", "goal.share_accepted"]
    assert f"- **Delt tværgående mål fra Børn og Skole:** {CROSS_CUTTING} – Sagsbehandlingstid på underretninger: " \
        in markdown


async def test_a_declined_goal_leaves_the_partners_agreement(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    await partner(bot, "Tønder Distriktsskole", DEPARTMENT_LEADER.aad_object_id)
    await bot.say("del mål 8 med Tønder Distriktsskole", user=HOLDER)
    assert await bot.say("afvis delt mål", user=DEPARTMENT_LEADER) == (
        "Du har afvist det delte mål fra Børn og Skole. Det står ikke i aftalen for Tønder Distriktsskole.")
    shown = card_text(cards_of(await bot.send("min aftale", user=DEPARTMENT_LEADER))[0])
    assert CROSS_CUTTING not in shown
    assert await bot.say("delte mål", user=HOLDER) == "Mål 8 deles med: Tønder Distriktsskole (afvist)"


async def test_only_a_cross_cutting_goal_of_ones_own_goes_to_a_unit_with_an_agreement(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    assert await bot.say("del mål 5 med Social og Sundhed", user=HOLDER) == (
        "Mål 5 er ikke et tværgående mål. Kun tværgående mål kan deles med andre enheder.")
    assert await bot.say("del mål 12 med Social og Sundhed", user=HOLDER) == (
        "Aftalen har intet mål 12. Skriv «min aftale» for at se målene.")
    assert await bot.say("del mål 8 med Kantinen", user=HOLDER) == (
        "Jeg kender ikke enheden «Kantinen». Skriv enhedens navn, som det står i organisationen.")
    assert await bot.say("del mål 8 med Børn og Skole", user=HOLDER) == (
        "Målet hører allerede til Børn og Skole. Nævn de andre enheder, det skal deles med.")
    assert await bot.say("del mål 8 med Social og Sundhed", user=GIVER) == (
        "Du har ingen aftale med mål at dele. Skriv «ny aftale» for at oprette en.")
    assert await bot.say("accepter delt mål", user=OTHER_MANAGER) == (
        "Du har ingen delte mål, der venter på dit svar.")
    async with bot.uow() as uow:
        assert not [e for e in await uow.audit.list(TENANT_ID) if e.action.startswith("goal.share")]


MISSING_CROSS_CUTTING = "Der mangler mindst ét tværfagligt udviklingsmål"


async def test_an_accepted_shared_goal_counts_as_the_partners_cross_cutting_goal(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    partner_id = await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    await bot.say("del mål 8 med Social og Sundhed", user=HOLDER)
    waiting = card_text(cards_of(await bot.send("min aftale", user=OTHER_MANAGER))[0])
    assert MISSING_CROSS_CUTTING in waiting  # waiting for an answer: not yet the partner's
    await bot.say("accepter delt mål fra Børn og Skole", user=OTHER_MANAGER)
    accepted = card_text(cards_of(await bot.send("min aftale", user=OTHER_MANAGER))[0])
    assert MISSING_CROSS_CUTTING not in accepted
    assert "egne udviklingsmål" in accepted  # the shared goal is not one of the partner's own
    async with bot.uow() as uow:
        partner_agreement = await uow.agreements.get(TENANT_ID, partner_id)
        assert partner_agreement is not None
        assert await accepted_shared_count(uow, partner_agreement) == 1
        codes = {f.code for f in agreement_findings(partner_agreement, TONDER,
                                                     await accepted_shared_count(uow, partner_agreement))}
    assert "r3.cross_cutting" not in codes and "r3.too_few" in codes


def test_r3_counts_accepted_shared_goals_only_as_cross_cutting() -> None:
    empty = Agreement(tenant_id=TENANT_ID, unit_id=1, year=2026, level=AgreementLevel.DIRECTORATE, holder_id=1,
                      giver_id=2)
    assert "r3.cross_cutting" in {f.code for f in agreement_r3_findings(empty, TONDER)}
    shared = {f.code for f in agreement_r3_findings(empty, TONDER, shared_cross_cutting=1)}
    assert "r3.cross_cutting" not in shared and "r3.too_few" in shared


async def test_an_accepted_shared_goal_is_in_the_partners_monthly_status_card(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    partner_id = await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    async with bot.uow() as uow:
        lars = await uow.people.get_by_aad(TENANT_ID, OTHER_MANAGER.aad_object_id)
    assert lars is not None
    job = Job(id=1, tenant_id=TENANT_ID, kind=JOB_KIND, due_at=bot.clock(), idempotency_key="monthly:test",
              payload={"agreement_id": partner_id, "person_id": lars.id}, attempts=0, locked_by=None,
              locked_until=None, expires_at=None)
    handler = MonthlyStatusHandler(bot.server.app[CONTAINER].uow_factory)
    await bot.say("del mål 8 med Social og Sundhed", user=HOLDER)
    assert await handler.prepare(job, bot.clock()) is None  # waiting for an answer, and nothing of its own is due
    await bot.say("accepter delt mål fra Børn og Skole", user=OTHER_MANAGER)
    delivery = await handler.prepare(job, bot.clock())
    assert delivery is not None
    assert_valid_cards(delivery.card)
    shown = card_text(delivery.card)
    assert "Delte tværgående mål (ejes af en anden enhed)" in shown and "Fra Børn og Skole" in shown
    assert CROSS_CUTTING[:100] in shown
    assert "Sagsbehandlingstid på underretninger: " in shown  # the owner's indicator and its status


# --- the shared goal on the partner's status on request, and on the channel's status cards ---------------------

CHANNEL = "19:social-og-sundhed@thread.tacv2"
SHARED_TITLE = "Delte tværgående mål (ejes af en anden enhed)"
OWNER_INDICATOR = "Sagsbehandlingstid på underretninger"


async def accepted_partner(bot: ClockedBot) -> int:
    """Social og Sundhed (held by Lars Nielsen, no goals of its own) with goal 8 of Børn og Skole accepted."""
    partner_id = await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    await bot.say("del mål 8 med Social og Sundhed", user=HOLDER)
    await bot.say("accepter delt mål fra Børn og Skole", user=OTHER_MANAGER)
    return partner_id


async def set_status(bot: ClockedBot, status: AgreementStatus, *agreement_ids: int) -> None:
    async with bot.uow() as uow:
        await uow.session.execute(update(AgreementRow).where(AgreementRow.id.in_(agreement_ids))
                                  .values(status=status.value))
        await uow.commit()


def register_choices(card: dict[str, Any]) -> set[str]:
    """The indicators the card's register form offers (none without a form)."""
    text = json.dumps(card)
    return {c["value"] for c in _inputs(card) for c in c.get("choices", [])} if "Input.ChoiceSet" in text else set()


def _inputs(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if node.get("type") == "Input.ChoiceSet" and node.get("id") == "indicator" else []
        return own + [i for v in node.values() for i in _inputs(v)]
    if isinstance(node, list):
        return [i for v in node for i in _inputs(v)]
    return []


async def test_an_accepted_shared_goal_is_in_the_partners_status_on_request(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    await partner(bot, "Social og Sundhed", OTHER_MANAGER.aad_object_id)
    await bot.say("del mål 8 med Social og Sundhed", user=HOLDER)
    waiting = await bot.send("status", user=OTHER_MANAGER)
    assert SHARED_TITLE not in "\n".join(text_of(a) for a in waiting)  # not the partner's until accepted

    await bot.say("accepter delt mål fra Børn og Skole", user=OTHER_MANAGER)
    replies = await bot.send("hvordan går det?", user=OTHER_MANAGER)
    [card] = cards_of(replies)
    assert_valid_cards(card)
    shown = card_text(card)
    assert "Social og Sundhed" in shown
    assert SHARED_TITLE in shown and "Fra Børn og Skole" in shown and CROSS_CUTTING[:100] in shown
    assert f"{OWNER_INDICATOR}: " in shown  # the owner's indicator with its status
    assert not any(key.startswith("sagsbehandling") for key in register_choices(card))  # read-only here

    owners = card_text(cards_of(await bot.send("status", user=HOLDER))[0])
    assert SHARED_TITLE not in owners  # the owner's own card shows the goal as its own, not as shared


async def test_an_accepted_shared_goal_is_on_the_channels_status_cards(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    partner_id = await accepted_partner(bot)
    async with bot.uow() as uow:
        [owner] = [a for a in await uow.agreements.for_year(TENANT_ID, 2026) if a.id != partner_id]
    assert owner.id is not None
    await set_status(bot, AgreementStatus.APPROVED, partner_id, owner.id)
    subscribed = await bot.in_channel("abonnér på status for Social og Sundhed", CHANNEL, user=OTHER_MANAGER)
    assert "Social og Sundhed" in "\n".join(text_of(a) for a in subscribed)

    # On request, in the channel: the reader's card, with the shared goal marked with its owner, no buttons.
    [card] = cards_of(await bot.in_channel("status", CHANNEL, user=OTHER_MANAGER))
    assert_valid_cards(card)
    shown = card_text(card)
    assert SHARED_TITLE in shown and "Fra Børn og Skole" in shown and f"{OWNER_INDICATOR}: " in shown
    assert "actions" not in card and "Input." not in json.dumps(card)

    # Each month, by the job runner: the channel gets it although the partner has no indicator of its own.
    before = len(bot.connector.activities)
    await bot.run_jobs(schedule=True)
    monthly = [a for a in bot.connector.activities[before:] if a["conversation"]["id"] == CHANNEL]
    [posted] = cards_of(monthly)
    assert_valid_cards(posted)
    shown = card_text(posted)
    assert SHARED_TITLE in shown and "Fra Børn og Skole" in shown and CROSS_CUTTING[:100] in shown
    assert "actions" not in posted

    # While the owner's agreement is a draft again, a channel does not see its goal.
    await set_status(bot, AgreementStatus.DRAFT, owner.id)
    draft = card_text(cards_of(await bot.in_channel("status", CHANNEL, user=OTHER_MANAGER))[0])
    assert "Social og Sundhed" in draft and SHARED_TITLE not in draft
    assert SHARED_TITLE in card_text(cards_of(await bot.send("status", user=OTHER_MANAGER))[0])
