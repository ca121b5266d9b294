"""The status edge the handler will call: answering status questions in a turn, registering a value from the card."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from botbuilder.core import TurnContext
from botbuilder.core.adapters import TestAdapter
from sqlalchemy.ext.asyncio import AsyncEngine

from agreements.demo import COORDINATOR, GIVER, HOLDER, OTHER_MANAGER, TENANT_ID, DemoLoader, DemoPerson
from agreements.types import Person
from bot.teams.status_flow import StatusFlow
from cards.payloads import InvalidPayloadError
from cards.status_payloads import RegisterMeasurementAction, is_register_action, parse_register_action
from store.db import make_sessionmaker
from store.uow import SqlUnitOfWork
from tests.support.cardcheck import assert_valid_cards
from tests.support.conversation import FakeClock, teams_template
from tests.support.fake_connector import text_of
from tests.support.measurement_db import TODAY, audit, values


@pytest.fixture
async def agreement_id(engine: AsyncEngine) -> AsyncIterator[int]:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        result = await DemoLoader().load(uow, TODAY)
        await uow.commit()
    yield result.agreement_id


async def person(engine: AsyncEngine, who: DemoPerson) -> Person:
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        found = await uow.people.get_by_aad(TENANT_ID, who.aad_object_id)
    assert found is not None
    return found


async def ask(engine: AsyncEngine, who: DemoPerson, text: str) -> tuple[bool, list[dict[str, Any]]]:
    template = teams_template(who)
    adapter = TestAdapter(template_or_conversation=template)
    template.type, template.text = "message", text
    context = TurnContext(adapter, template)
    speaker = await person(engine, who)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        answered = await StatusFlow(FakeClock()).answer(context, uow, speaker, text)
    return answered, [a.serialize() for a in adapter.activity_buffer]


async def test_a_status_question_gets_a_text_and_a_card(engine: AsyncEngine, agreement_id: int) -> None:
    answered, replies = await ask(engine, HOLDER, "hvordan går det med sygefravret?")
    assert answered and len(replies) == 2
    assert text_of(replies[0]).startswith("Sygefravær i dagtilbud er ")
    card = replies[1]["attachments"][0]["content"]
    assert_valid_cards(card)
    assert card["body"][0]["text"] == "Status pr. 24.11.2026"
    assert "Registrér en værdi" in text_of(replies[1])  # the holder may register


async def test_the_giver_sees_status_but_gets_no_register_form(engine: AsyncEngine, agreement_id: int) -> None:
    answered, replies = await ask(engine, GIVER, "status")
    assert answered and text_of(replies[0]).startswith("Børn og Skole 2026: ")
    assert "Registrér en værdi" not in text_of(replies[1])


async def test_someone_without_agreements_is_told_so(engine: AsyncEngine, agreement_id: int) -> None:
    answered, replies = await ask(engine, OTHER_MANAGER, "status")
    assert answered and text_of(replies[0]) == "Du har ingen aftaler, jeg kan vise status for."
    answered, replies = await ask(engine, COORDINATOR, "status")  # a coordinator sees every agreement
    assert answered and text_of(replies[0]).startswith("Børn og Skole 2026: ")


async def test_other_text_is_left_to_the_handler(engine: AsyncEngine, agreement_id: int) -> None:
    answered, replies = await ask(engine, HOLDER, "hvad med vejret")
    assert not answered and replies == []


async def test_register_a_value_from_the_card(engine: AsyncEngine, agreement_id: int) -> None:
    holder = await person(engine, HOLDER)
    data = {"verb": "measurement.register", "agreement": agreement_id, "indicator": "demo-sygefravaer",
            "period": "2026-11", "value": "5,4", "comment": "  "}
    assert is_register_action(data)
    action = parse_register_action(data)
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        outcome = await StatusFlow(FakeClock()).register(uow, holder, action)
    assert outcome.text == "Gemt: Sygefravær i dagtilbud, november 2026: 5,4 %."
    assert outcome.card is not None
    assert_valid_cards(outcome.card)
    assert (await values(engine, "demo-sygefravaer"))["2026-11"] == (5.4, None)
    event = (await audit(engine))[-1]
    assert event.actor_id == holder.id and event.detail["source"] == "card"

    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        again = await StatusFlow(FakeClock()).register(uow, holder, action)
        fixed = await StatusFlow(FakeClock()).register(uow, holder, action.model_copy(update={"value": "5,3"}))
    assert again.text == "Sygefravær i dagtilbud havde allerede 5,4 % for november 2026 – intet er ændret."
    assert fixed.text == "Rettet: Sygefravær i dagtilbud, november 2026: 5,3 %."


async def test_register_refusals_and_bad_values(engine: AsyncEngine, agreement_id: int) -> None:
    giver, holder = await person(engine, GIVER), await person(engine, HOLDER)
    action = RegisterMeasurementAction(verb="measurement.register", agreement=agreement_id,
                                       indicator="demo-sygefravaer", period="2026-11", value="5,4")
    async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
        flow = StatusFlow(FakeClock())
        refused = await flow.register(uow, giver, action)
        bad_value = await flow.register(uow, holder, action.model_copy(update={"value": "fem"}))
        bad_period = await flow.register(uow, holder, action.model_copy(update={"period": "2026-K4"}))
        foreign = await flow.register(uow, holder, action.model_copy(update={"indicator": "nope"}))
    assert refused.text is not None and refused.text.startswith("Kun aftaleholderen")
    assert bad_value.text == "Værdien er ikke gemt: «fem» er ikke et tal."
    assert bad_period.text is not None and "følges månedligt" in bad_period.text
    assert foreign.text == "Indikatoren hører ikke til aftalen."
    assert "2026-11" not in await values(engine, "demo-sygefravaer")


def test_register_payload_is_checked() -> None:
    with pytest.raises(InvalidPayloadError):
        parse_register_action({"verb": "measurement.register", "agreement": 0, "indicator": "x", "period": "p",
                               "value": "1"})
    with pytest.raises(InvalidPayloadError):
        parse_register_action("nope")
