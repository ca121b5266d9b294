"""Submitting the agreement and the aftalegiver's one-click decision, over the Bot Framework protocol."""

from __future__ import annotations

from typing import Any

from agreements.demo import GIVER, HOLDER, OTHER_MANAGER, TENANT_ID, DemoPerson
from store.db import create_engine, make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot
from tests.test_job_connector import ThrottlingConnector


def chat_of(user: DemoPerson) -> str:
    return f"a:personal-{user.aad_object_id}"


async def say(bot: RunningBot, connector: FakeConnector, user: DemoPerson, text: str) -> list[dict[str, Any]]:
    before = len(connector.activities)
    response = await bot.post(make_activity(connector.url, text=text, user=user))
    assert response.status in (200, 201)
    return connector.activities[before:]


async def click(
    bot: RunningBot, connector: FakeConnector, user: DemoPerson, action: dict[str, Any],
    inputs: dict[str, Any] | None = None, reply_to: str | None = None,
) -> dict[str, Any]:
    activity = make_activity(
        connector.url, user=user, type="invoke", name="adaptiveCard/action", replyToId=reply_to,
        value={"action": {"type": "Action.Execute", "verb": action["verb"],
                          "data": {**action["data"], **(inputs or {})}}},
    )
    response = await bot.post(activity)
    assert response.status == 200
    return await response.json()  # type: ignore[no-any-return, attr-defined]


def cards_in(activities: list[dict[str, Any]], conversation: str) -> list[dict[str, Any]]:
    return [
        a for a in activities
        if a.get("conversation", {}).get("id") == conversation and a.get("attachments")
    ]


def card_of(activity: dict[str, Any]) -> dict[str, Any]:
    return activity["attachments"][0]["content"]  # type: ignore[no-any-return]


def decision_buttons(card: dict[str, Any]) -> list[str]:
    """The decision buttons on a card («Se hele aftalen» is for everyone)."""
    return [a["verb"] for a in card.get("actions", []) if a.get("verb") in ("agreement.approve",
                                                                          "agreement.request_changes")]


def action(card: dict[str, Any], verb: str) -> dict[str, Any]:
    return next(a for a in card.get("actions", []) if a.get("verb") == verb)


async def state(bot: RunningBot) -> dict[str, Any]:
    engine = create_engine(bot.settings.database_url)
    try:
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            agreement = await uow.agreements.get(TENANT_ID, 1)
            assert agreement is not None
            versions = await uow.agreements.versions(TENANT_ID, 1)
            audit = await uow.audit.list(TENANT_ID, "agreement:1")
        return {
            "status": agreement.status.value,
            "version": agreement.version,
            "goals": len(agreement.goals),
            "decisions": [(v.version, v.decision.value if v.decision else None, v.decided_by) for v in versions],
            "decided_at": [v.decided_at for v in versions],
            "refusals": [e.detail.get("reason") for e in audit if e.action == "agreement.refused"],
        }
    finally:
        await engine.dispose()


async def submit(bot: RunningBot, connector: FakeConnector) -> dict[str, Any]:
    """Giver has opened the bot; holder submits. Returns the giver's approval card activity."""
    await say(bot, connector, GIVER, "hej")
    replies = await say(bot, connector, HOLDER, "send til godkendelse")
    assert any("sendt til Henrik Thomsen" in text_of(a) for a in replies)
    giver_cards = cards_in(connector.activities, chat_of(GIVER))
    assert giver_cards, "the giver got no approval card"
    return giver_cards[-1]


async def test_holder_submits_and_giver_approves_in_one_click(bot: RunningBot, connector: FakeConnector) -> None:
    giver_card_activity = await submit(bot, connector)
    card = card_of(giver_card_activity)
    assert "Udviklingsaftale til godkendelse" in text_of(giver_card_activity)
    assert card["refresh"]["userIds"] == [HOLDER.teams_user_id, GIVER.teams_user_id]
    assert (await state(bot))["status"] == "submitted"

    holder_copy = cards_in(connector.activities, chat_of(HOLDER))[-1]
    assert not decision_buttons(card_of(holder_copy)), "only the giver sees the buttons"
    assert "Venter på Henrik Thomsens godkendelse" in text_of(holder_copy)

    before = len(connector.activities)
    body = await click(bot, connector, GIVER, action(card, "agreement.approve"), reply_to="activity-x")
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.card.adaptive"
    updated = text_of({"attachments": [{"content": body["value"]}]})
    assert "Udviklingsaftalen er godkendt" in updated and "Godkendt af Henrik Thomsen" in updated
    assert not decision_buttons(body["value"])

    after = connector.activities[before:]
    assert any("har godkendt aftalen" in text_of(a) for a in after if a["conversation"]["id"] == chat_of(HOLDER))
    assert ("PUT", f"/v3/conversations/{chat_of(HOLDER)}/activities/{holder_copy_id(connector, holder_copy)}") in (
        connector.requests
    )
    result = await state(bot)
    assert result["status"] == "approved"
    assert result["decisions"][0][:2] == (1, "approved") and result["decisions"][0][2] is not None
    assert result["decided_at"][0] is not None


def holder_copy_id(connector: FakeConnector, activity: dict[str, Any]) -> str:
    return f"activity-{connector.activities.index(activity) + 1}"


async def test_refusals_leave_the_agreement_unchanged(bot: RunningBot, connector: FakeConnector) -> None:
    card = card_of(await submit(bot, connector))
    approve = action(card, "agreement.approve")
    before = await state(bot)

    own = await click(bot, connector, HOLDER, approve)
    assert own["type"] == "application/vnd.microsoft.activity.message" and "kun aftalegiveren" in own["value"]
    third = await click(bot, connector, OTHER_MANAGER, approve)
    assert "kun aftalegiveren" in third["value"]
    sent_before = len(connector.activities)
    await click(bot, connector, GIVER, {"verb": "agreement.approve",
                                       "data": {"verb": "agreement.approve", "agreement": 1, "version": 7}})
    assert any("ændret, siden kortet blev sendt" in text_of(a) for a in connector.activities[sent_before:])

    after = await state(bot)
    assert {k: after[k] for k in ("status", "version", "decisions")} == {
        k: before[k] for k in ("status", "version", "decisions")
    }
    assert after["refusals"] == ["not_giver", "not_giver", "stale_version"]


async def test_a_second_click_records_one_decision(bot: RunningBot, connector: FakeConnector) -> None:
    card = card_of(await submit(bot, connector))
    approve = action(card, "agreement.approve")
    first = await click(bot, connector, GIVER, approve)
    second = await click(bot, connector, GIVER, approve)
    assert "Udviklingsaftalen er godkendt" in str(first)
    assert "allerede truffet en beslutning" in str(second) or "godkendt" in str(second)
    result = await state(bot)
    assert [d[1] for d in result["decisions"]] == ["approved"]
    assert result["refusals"] == ["already_decided"]


async def test_a_decision_on_a_changed_agreement_is_refused_and_the_card_refreshed(
    bot: RunningBot, connector: FakeConnector
) -> None:
    card = card_of(await submit(bot, connector))
    await say(bot, connector, HOLDER, "nyt mål")
    await say(bot, connector, HOLDER, "2")
    await say(bot, connector, HOLDER, "Ventetiden i Borgerservice skal ned fra 12 til 5 minutter senest ultimo "
                                      "2026, målt i telefonsystemet og fulgt månedligt i LIS.")
    await say(bot, connector, HOLDER, "gem")
    changed = await state(bot)
    assert (changed["status"], changed["version"]) == ("draft", 2)

    body = await click(bot, connector, GIVER, action(card, "agreement.approve"))
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    refreshed = text_of({"attachments": [{"content": body["value"]}]})
    assert "Aftalen er ændret siden" in refreshed and not decision_buttons(body["value"])
    after = await state(bot)
    assert (after["status"], after["version"], after["decisions"]) == ("draft", 2, changed["decisions"])


async def test_changes_need_a_comment_which_reaches_the_holder(bot: RunningBot, connector: FakeConnector) -> None:
    card = card_of(await submit(bot, connector))
    request = action(card, "agreement.request_changes")
    empty = await click(bot, connector, GIVER, request, {"comment": "  "})
    assert "Skriv en kommentar" in str(empty)
    assert (await state(bot))["status"] == "submitted"

    before = len(connector.activities)
    await click(bot, connector, GIVER, request, {"comment": "Mål 3 mangler et delmål for i år."})
    to_holder = [text_of(a) for a in connector.activities[before:] if a["conversation"]["id"] == chat_of(HOLDER)]
    assert any("«Mål 3 mangler et delmål for i år.»" in t for t in to_holder)
    result = await state(bot)
    assert result["status"] == "changes_requested" and result["decisions"][0][1] == "changes_requested"
    reply = "\n".join(text_of(a) for a in await say(bot, connector, HOLDER, "min aftale"))
    assert "Sendt tilbage til ændringer" in reply and "Send til godkendelse" in reply


async def test_a_giver_who_never_opened_the_bot_gets_the_card_on_arrival(
    bot: RunningBot, connector: FakeConnector
) -> None:
    replies = await say(bot, connector, HOLDER, "send til godkendelse")
    told = "\n".join(text_of(a) for a in replies)
    assert "har ikke åbnet Aftalebot" in told and "skrive «hej»" in told
    assert not cards_in(connector.activities, chat_of(GIVER))

    await say(bot, connector, GIVER, "hej")
    delivered = cards_in(connector.activities, chat_of(GIVER))
    assert any("Udviklingsaftale til godkendelse" in text_of(a) for a in delivered)
    await say(bot, connector, GIVER, "hej igen")
    assert len([a for a in cards_in(connector.activities, chat_of(GIVER))
                if "til godkendelse" in text_of(a)]) == 1


async def test_submitting_with_gaps_needs_a_reason_the_giver_sees(bot: RunningBot, connector: FakeConnector) -> None:
    await say(bot, connector, GIVER, "hej")
    await say(bot, connector, HOLDER, "nyt mål")
    await say(bot, connector, HOLDER, "2")
    await say(bot, connector, HOLDER, "Vi vil styrke samarbejdet med forældrene i alle skoler.")
    for _ in range(12):
        replies = await say(bot, connector, HOLDER, "spring over")
        if any("Dit mål" in text_of(a) for a in replies):
            break
    await say(bot, connector, HOLDER, "gem")
    cards = cards_in(await say(bot, connector, HOLDER, "min aftale"), chat_of(HOLDER))
    submit_action = action(card_of(cards[0]), "agreement.submit")

    refused = await click(bot, connector, HOLDER, submit_action)
    assert "mangler stadig noget" in str(connector.activities[-1]) or "mangler" in str(refused)
    assert (await state(bot))["status"] == "draft"

    await click(bot, connector, HOLDER, submit_action, {"reason": "Målene for forældresamarbejdet aftales i januar."})
    assert (await state(bot))["status"] == "submitted"
    giver_card = cards_in(connector.activities, chat_of(GIVER))[-1]
    assert "Målene for forældresamarbejdet aftales i januar." in text_of(giver_card)
    assert "Sendt med mangler" in text_of(giver_card)


async def test_a_refused_delivery_waits_for_the_givers_next_visit(bot: RunningBot, connector: FakeConnector) -> None:
    refusing = ThrottlingConnector(refuse=100, status=403, retry_after=None)
    await refusing.server.start_server()
    try:
        await bot.post(make_activity(refusing.url, text="hej", user=GIVER))  # the giver's chat is now unreachable
        replies = await say(bot, connector, HOLDER, "send til godkendelse")
        assert any("har ikke åbnet Aftalebot" in text_of(a) for a in replies)
        assert (await state(bot))["status"] == "submitted"
    finally:
        await refusing.server.close()
    await say(bot, connector, GIVER, "hej")
    assert any("Udviklingsaftale til godkendelse" in text_of(a) for a in cards_in(connector.activities, chat_of(GIVER)))
