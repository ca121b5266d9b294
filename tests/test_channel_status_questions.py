"""Issue 15, item 5: a status question in a team channel shows only what the channel is entitled to.

`@Aftalebot status` in a channel by the chefkonsulent or a giver posted every unit's status there, unapproved
agreements included, as full cards with personal buttons. Now a shared conversation sees the approved agreements of
the units it follows (channel subscriptions), as the reader's card without buttons or a register form.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount, Entity, Mention
from sqlalchemy import update

from agreements.demo import COORDINATOR, GIVER, HOLDER, TENANT_ID, DemoPerson
from agreements.types import AgreementStatus
from bot.composition import Container
from store.models import AgreementRow
from tests.support.conversation import FakeClock, demo_container
from tests.support.fake_connector import text_of

CHANNEL = "19:ledergruppe@thread.tacv2"
BOT = ChannelAccount(id="28:aftalebot", name="Aftalebot")


class ChannelMember:
    """Someone writing «@Aftalebot …» in a team channel, through the whole handler."""

    def __init__(self, container: Container, who: DemoPerson) -> None:
        async def logic(context: TurnContext) -> None:
            await container.handler.on_turn(context)

        self.adapter = TestAdapter(logic, Activity(
            channel_id="msteams", service_url="https://smba.trafficmanager.net/emea/",
            from_property=ChannelAccount(id=who.teams_user_id, name=who.name, aad_object_id=who.aad_object_id),
            recipient=BOT,
            conversation=ConversationAccount(id=f"{CHANNEL};messageid=17000", conversation_type="channel",
                                             tenant_id=TENANT_ID, is_group=True),
            locale="da-DK",
        ))

    async def say(self, text: str) -> list[dict[str, Any]]:
        mention = Mention(type="mention", text="<at>Aftalebot</at>", mentioned=BOT).serialize()
        activity = Activity(type="message", text=f"<at>Aftalebot</at> {text}",
                            entities=[Entity.deserialize(mention)])
        await self.adapter.receive_activity(activity)
        replies = [a.serialize() for a in self.adapter.activity_buffer if a.type == "message"]
        self.adapter.activity_buffer.clear()
        return replies


def cards(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [attachment["content"] for reply in replies for attachment in reply.get("attachments") or []]


def has_buttons(card: Any) -> bool:
    """A button that does something for someone (sends, or opens a link), or an input. «Vis graf og detaljer»
    (Action.ShowCard) only unfolds what the card already holds, for whoever reads it."""
    text = json.dumps(card)
    sending = any(f'"{kind}"' in text for kind in ("Action.Execute", "Action.Submit", "Action.OpenUrl"))
    return sending or '"Input.' in text


async def set_status(container: Container, status: AgreementStatus) -> None:
    async with container.uow_factory() as uow:
        await uow.session.execute(update(AgreementRow).values(status=status.value))
        await uow.commit()


@pytest.mark.parametrize("who", [COORDINATOR, GIVER], ids=["chefkonsulent", "giver"])
async def test_a_draft_never_shows_in_a_channel(database_url: str, who: DemoPerson) -> None:
    async with demo_container(database_url, FakeClock()) as container:
        member = ChannelMember(container, who)
        replies = await member.say("status")
        texts = " ".join(text_of(r) for r in replies)
        assert cards(replies) == [], texts  # the demo agreement is a draft: no card in the channel
        assert "Sygefravær" not in texts and "Børn og Skole" not in texts
        assert any("kanal" in text_of(r).lower() for r in replies), texts  # it says why, in Danish


@pytest.mark.parametrize("who", [COORDINATOR, GIVER], ids=["chefkonsulent", "giver"])
async def test_only_followed_approved_units_show_and_without_buttons(database_url: str, who: DemoPerson) -> None:
    async with demo_container(database_url, FakeClock()) as container:
        await set_status(container, AgreementStatus.APPROVED)
        member = ChannelMember(container, who)
        assert cards(await member.say("status")) == []  # approved, but the channel does not follow the unit
        mette = ChannelMember(container, HOLDER)
        assert "får nu månedsstatus" in text_of((await mette.say("abonnér på status for Børn og Skole"))[0])
        shown = cards(await member.say("status"))
        assert len(shown) == 1 and "Børn og Skole" in json.dumps(shown[0], ensure_ascii=False)
        assert not has_buttons(shown[0]), shown[0]
