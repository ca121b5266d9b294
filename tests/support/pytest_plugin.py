"""Fixtures shared by the protocol test modules."""

from tests.support.clocked_bot import clocked_bot
from tests.support.running_bot import bot, connector

__all__ = ["bot", "clocked_bot", "connector"]
