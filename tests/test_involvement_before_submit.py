"""R10 before submission (issue 18): when nothing is recorded for Lokal-MED, the bestyrelse or the lederteam, the
holder is asked once, with quick answers, before the agreement goes to the giver; the answer is recorded, and the
giver sees it on the approval card and in the export. Through the Bot Framework protocol, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, select, update

from agreements.agreement.document import DocumentService
from agreements.agreement.document_markdown import render_markdown
from agreements.demo import GIVER, HOLDER, TENANT_ID
from agreements.profiles import TONDER
from agreements.types import AgreementStatus
from store.models import GoalRow, InvolvementRow
from tests.support.cardcheck import assert_valid_cards
from tests.support.clocked_bot import ClockedBot, card_text, cards_of, clocked_bot, find_action

__all__ = ["clocked_bot"]


def answer(card: dict[str, Any], title: str) -> dict[str, Any]:
    """The data of the quick answer with this title."""
    return next(a["data"] for a in card.get("actions", []) if a.get("title") == title)


async def forget_involvement(bot: ClockedBot, *, keep: str | None = None) -> int:
    """The demo records all three bodies; the tests start from nothing recorded (or only `keep`)."""
    async with bot.uow() as uow:
        stmt = delete(InvolvementRow)
        if keep is not None:
            stmt = stmt.where(InvolvementRow.body != keep)
        await uow.session.execute(stmt)
        await uow.commit()
        agreement = (await uow.agreements.for_holder(TENANT_ID, (await uow.people.get_by_aad(
            TENANT_ID, HOLDER.aad_object_id)).id))[0]  # type: ignore[union-attr,arg-type]
        assert agreement.id is not None
        return agreement.id


async def status_of(bot: ClockedBot, agreement_id: int) -> AgreementStatus:
    async with bot.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        assert agreement is not None
        return agreement.status


async def test_the_holder_is_asked_before_sending_and_the_giver_sees_the_answer(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    agreement_id = await forget_involvement(bot, keep="lederteam")
    await bot.say("hej", user=GIVER)  # the giver can be reached

    replies = await bot.send("send til godkendelse", user=HOLDER)
    question = cards_of(replies)[0]
    assert card_text(question).startswith(
        "Før jeg sender: Er Lokal-MED og bestyrelsen inddraget i målene? Vælg dagen, hvis de er.")
    assert [a["title"] for a in question["actions"]] == ["Ja, send", "Ikke relevant, send", "Ikke endnu"]
    assert await status_of(bot, agreement_id) is AgreementStatus.DRAFT
    giver_cards, before_giver = len(bot.to(GIVER)), len(bot.connector.activities)

    not_yet = await bot.click(answer(question, "Ikke endnu"), inputs={"involved_on": "2026-11-24"})
    assert not_yet["value"] == ("Aftalen er ikke sendt. Skriv fx «Lokal-MED er inddraget 12. marts», når Lokal-MED "
                                "og bestyrelsen er inddraget, og send den så igen.")
    ahead = await bot.click(answer(question, "Ja, send"), inputs={"involved_on": "2026-12-01"})
    assert ahead["value"] == "Dagen ligger i fremtiden. Vælg den dag, hvor Lokal-MED og bestyrelsen blev inddraget."
    broken = await bot.click(answer(question, "Ja, send"), inputs={"involved_on": "1. oktober"})
    assert broken["value"]["message"].startswith("Den knap kunne jeg ikke bruge")  # a forged day: nothing changes
    assert await status_of(bot, agreement_id) is AgreementStatus.DRAFT
    assert len(bot.to(GIVER)) == giver_cards  # nothing reached the giver

    sent = await bot.click(answer(question, "Ja, send"), inputs={"involved_on": "2026-10-01"})
    assert sent["type"] == "application/vnd.microsoft.card.adaptive"  # the agreement card replaces the question
    assert await status_of(bot, agreement_id) is AgreementStatus.SUBMITTED
    approval = cards_of(bot.to(GIVER, after=before_giver))[0]
    assert "Inddraget i målene" in card_text(approval)
    assert ("Lokal-MED 1. oktober 2026, bestyrelsen 1. oktober 2026, lederteamet 25. september 2026"
            in card_text(approval))
    assert_valid_cards(question, approval)

    async with bot.uow() as uow:
        agreement = await uow.agreements.get(TENANT_ID, agreement_id)
        assert agreement is not None
        markdown = render_markdown(await DocumentService(TONDER).load(uow, agreement, date(2026, 11, 24)))
        answered = [e for e in await uow.audit.list(TENANT_ID) if e.action == "agreement.involvement_answered"]
    assert ("**Inddragelse:** Lokal-MED 1. oktober 2026, bestyrelsen 1. oktober 2026, lederteamet 25. september 2026"
            in markdown)
    assert [e.detail["answer"] for e in answered] == ["involved"]
    assert await bot.say("inddragelse", user=GIVER) == (
        "Børn og Skole 2026: Lokal-MED 1. oktober 2026, bestyrelsen 1. oktober 2026, lederteamet 25. september 2026")


async def test_not_relevant_is_sent_shown_and_not_asked_again_in_the_next_round(clocked_bot: ClockedBot) -> None:
    bot = clocked_bot
    agreement_id = await forget_involvement(bot)
    await bot.say("hej", user=GIVER)
    question = cards_of(await bot.send("send til godkendelse: Første udkast", user=HOLDER))[0]
    assert card_text(question).startswith("Før jeg sender: Er Lokal-MED, bestyrelsen og lederteamet inddraget")
    assert answer(question, "Ikke relevant, send")["reason"] == "Første udkast"  # the comment goes along
    before_giver = len(bot.connector.activities)
    await bot.click(answer(question, "Ikke relevant, send"), inputs={"involved_on": "2026-11-24"})
    approval = cards_of(bot.to(GIVER, after=before_giver))[0]
    assert ("Lokal-MED ikke relevant, bestyrelsen ikke relevant, lederteamet ikke relevant"
            in card_text(approval))
    assert "Første udkast" in card_text(approval)

    # The giver asks for changes; the holder sends again: the answer stands, so no second question.
    request = next(a["data"] for a in approval["actions"] if a.get("data", {}).get("verb") ==
                   "agreement.request_changes") if any(a.get("data", {}).get("verb") == "agreement.request_changes"
                                                        for a in approval["actions"]) else None
    if request is None:  # the button sits in a ShowCard with the comment field
        request = next(a["card"]["actions"][0]["data"] for a in approval["actions"] if a["type"] == "Action.ShowCard")
    await bot.click(request, user=GIVER, inputs={"comment": "Skærp målværdien for fravær"})
    assert await status_of(bot, agreement_id) is AgreementStatus.CHANGES_REQUESTED
    again = await bot.send("send til godkendelse", user=HOLDER)
    assert not any("Før jeg sender" in card_text(c) for c in cards_of(again))
    assert await status_of(bot, agreement_id) is AgreementStatus.SUBMITTED


async def test_typed_with_a_comment_on_an_agreement_with_gaps_asks_like_the_button(clocked_bot: ClockedBot) -> None:
    """«send aftalen til godkendelse med kommentar: …» on an agreement that still misses something: the comment is
    the reason for the gaps (not dropped by the recogniser), and the R10 question comes first, as on the card;
    the comment stays with the answer and reaches the giver."""
    bot = clocked_bot
    agreement_id = await forget_involvement(bot)
    async with bot.uow() as uow:  # a gap: goal 1 without its initiative
        first = (await uow.session.execute(select(GoalRow.id).where(GoalRow.agreement_id == agreement_id)
                                           .order_by(GoalRow.position, GoalRow.id))).scalars().first()
        await uow.session.execute(update(GoalRow).where(GoalRow.id == first).values(initiative=""))
        await uow.commit()
    await bot.say("hej", user=GIVER)
    before_giver = len(bot.connector.activities)

    typed = cards_of(await bot.send("Send aftalen til godkendelse med kommentar: Indsatsen for mål 1 aftales i januar",
                                    user=HOLDER))
    clicked = (await bot.click(find_action(cards_of(await bot.send("min aftale", user=HOLDER))[-1],
                                           "agreement.submit"),
                               inputs={"reason": "Indsatsen for mål 1 aftales i januar"}))["value"]
    for question in (typed[0], clicked):
        assert card_text(question).startswith("Før jeg sender: Er Lokal-MED, bestyrelsen og lederteamet inddraget")
        assert answer(question, "Ja, send")["reason"] == "Indsatsen for mål 1 aftales i januar"
    assert await status_of(bot, agreement_id) is AgreementStatus.DRAFT
    assert len(bot.to(GIVER, after=before_giver)) == 0  # nothing reached the giver before the answer

    await bot.click(answer(typed[0], "Ja, send"), inputs={"involved_on": "2026-11-20"})
    assert await status_of(bot, agreement_id) is AgreementStatus.SUBMITTED
    approval = cards_of(bot.to(GIVER, after=before_giver))[0]
    assert "Indsatsen for mål 1 aftales i januar" in card_text(approval)
    assert "Lokal-MED 20. november 2026" in card_text(approval)
