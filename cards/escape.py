"""User text shown in a card, made inert: agreements.escape.plain (one function for cards, messages and exports)."""

from __future__ import annotations

from agreements.escape import ZWSP, fill, plain

__all__ = ["ZWSP", "fill", "plain"]
