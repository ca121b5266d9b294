"""First contact and help for what each person does (issue 16, item 5): the aftaleholder drafts, the aftalegiver
approves, the chefkonsulent keeps the overview. Over the Bot Framework protocol, channel msteams."""

from __future__ import annotations

import pytest

from agreements.demo import COORDINATOR, GIVER, HOLDER, DemoPerson
from cards import texts
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector, text_of
from tests.support.running_bot import RunningBot, converse

ROLES = [
    pytest.param(HOLDER, "Hej Mette!", texts.WELCOME_BODY, ("«nyt mål»",), ("«overblik»",), id="holder"),
    pytest.param(GIVER, "Hej Henrik!", texts.GIVER_WELCOME_BODY, ("«hvad venter på min godkendelse»", "godkend"),
                 ("«nyt mål»", "«overblik»"), id="giver"),
    pytest.param(COORDINATOR, "Hej Anne!", texts.COORDINATOR_WELCOME_BODY, ("«overblik»", "«hvem er bagud»"),
                 ("«nyt mål»", "«send til godkendelse»"), id="chefkonsulent"),
]


async def _install(bot: RunningBot, connector: FakeConnector, user: DemoPerson) -> str:
    before = len(connector.activities)
    response = await bot.post(make_activity(connector.url, type="installationUpdate", action="add", user=user))
    assert response.status in (200, 201)
    welcome = await connector.wait_for(lambda a: a.get("type") == "message", after=before)
    return text_of(welcome)


@pytest.mark.parametrize(("user", "hello", "body", "helped_with", "not_offered"), ROLES)
async def test_first_contact_welcomes_each_role_for_what_they_do(
    bot: RunningBot, connector: FakeConnector, user: DemoPerson, hello: str, body: str,
    helped_with: tuple[str, ...], not_offered: tuple[str, ...],
) -> None:
    welcome = await _install(bot, connector, user)
    assert "Velkommen til Aftalebot" in welcome and f"{hello} {body}" in welcome
    for other in (texts.WELCOME_BODY, texts.GIVER_WELCOME_BODY, texts.COORDINATOR_WELCOME_BODY):
        if other != body:
            assert other not in welcome


@pytest.mark.parametrize(("user", "hello", "body", "helped_with", "not_offered"), ROLES)
async def test_help_is_for_what_each_role_does(
    bot: RunningBot, connector: FakeConnector, user: DemoPerson, hello: str, body: str,
    helped_with: tuple[str, ...], not_offered: tuple[str, ...],
) -> None:
    helped = await converse(bot, connector, "hjælp", user=user)
    assert "Det kan jeg hjælpe med" in helped
    for line in helped_with:
        assert line in helped
    for line in not_offered:
        assert line not in helped


async def test_a_giver_asks_what_waits_and_gets_an_answer(bot: RunningBot, connector: FakeConnector) -> None:
    answer = await converse(bot, connector, "hvad venter på min godkendelse", user=GIVER)
    assert "godkendelse" in answer
