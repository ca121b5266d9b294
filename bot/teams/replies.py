"""agreements.replies.Reply to Teams, in one place: as messages in the conversation (typed text, Action.Submit), or
as the response to an Adaptive Card Action.Execute (the clicked card refreshed, or a message, or an error)."""

from __future__ import annotations

from typing import Any

from botbuilder.core import CardFactory, InvokeResponse, MessageFactory, TurnContext

from agreements.replies import Card, Reply


def card_action_message(message: str) -> InvokeResponse:
    return InvokeResponse(
        status=200,
        body={"statusCode": 200, "type": "application/vnd.microsoft.activity.message", "value": message},
    )


def card_action_card(card: dict[str, Any]) -> InvokeResponse:
    return InvokeResponse(
        status=200,
        body={"statusCode": 200, "type": "application/vnd.microsoft.card.adaptive", "value": card},
    )


def card_action_error(message: str) -> InvokeResponse:
    return InvokeResponse(
        status=200,
        body={
            "statusCode": 400,
            "type": "application/vnd.microsoft.error",
            "value": {"code": "BadRequest", "message": message},
        },
    )


def card_activity(card: Card) -> Any:
    return MessageFactory.attachment(CardFactory.adaptive_card(card))


async def send_reply(context: TurnContext, reply: Reply) -> None:
    """The reply as messages: its text, then its card (unless it only refreshes the clicked card)."""
    if reply.text:
        await context.send_activity(reply.text)
    if reply.card is not None and not reply.refresh_only:
        await context.send_activity(card_activity(reply.card))


async def invoke_reply(context: TurnContext, reply: Reply) -> InvokeResponse:
    """The reply to an Action.Execute: the clicked card replaced by its card (its text said first), else its text as
    the action's message, or as its error when it was refused."""
    if reply.refused:
        return card_action_error(reply.text or "")
    if reply.card is not None:
        if reply.text:
            await context.send_activity(reply.text)
        return card_action_card(reply.card)
    return card_action_message(reply.text or "")
