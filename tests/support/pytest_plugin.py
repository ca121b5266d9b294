"""Fixtures shared by the protocol test modules."""

from tests.support.running_bot import bot, connector

__all__ = ["bot", "connector"]
