"""Logging: JSON lines in production, a readable line in development; a correlation id on every record.

- `correlation(value)` sets the id for the current task (a turn: its activity id; a job run: `job-<id>.<attempt>`)
  through a context variable, so concurrent turns and jobs never mix ids; records outside any get "-".
- Secrets never reach the log: the app password, the import tokens and anything that looks like a bearer token
  or a JWT are replaced with «***» in the message and the traceback.
- Chatty libraries are held at WARNING whatever the level, so SQL parameters (which carry note text) are never
  logged: `sqlalchemy` logs statements with their values at INFO.

Note text and what users type are never passed to a logger by the bot's own code; tests/test_data_protection.py
runs the note-taking code at DEBUG and checks.
"""

from __future__ import annotations

import json
import logging
import random
import re
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

from bot.settings import Settings

# The one context variable of the correlation id (a ContextVar must live at module level to be shared by tasks).
_CORRELATION_ID: ContextVar[str] = ContextVar("aftalebot_correlation_id", default="-")

QUIET_LOGGERS = ("sqlalchemy", "alembic", "aiosqlite", "asyncpg", "msrest", "msal", "urllib3", "botbuilder")
MAX_ID = 120
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}")
_EXPORT_LINK = re.compile(r"(/api/export/)[^\s\"'?#]+")  # a working download link is a bearer credential
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
_ID_CHARS = re.compile(r"[^A-Za-z0-9:._@|/+=-]")
MASK = "***"


def correlation_id() -> str:
    return _CORRELATION_ID.get()


def clean_id(value: str | None) -> str:
    """A safe correlation id from an untrusted value (an activity id): printable, bounded; else a new uuid."""
    cleaned = _ID_CHARS.sub("", value or "")[:MAX_ID]
    return cleaned or f"{random.getrandbits(128):032x}"  # an id to follow, not a secret: no need for urandom


@contextmanager
def correlation(value: str | None = None) -> Iterator[str]:
    """Sets the correlation id for the current task while the block runs (a new uuid without `value`)."""
    token = _CORRELATION_ID.set(clean_id(value))
    try:
        yield _CORRELATION_ID.get()
    finally:
        _CORRELATION_ID.reset(token)


def set_correlation_id(value: str | None) -> None:
    """Switches the current task's correlation id (inside `correlation`, which restores the outer one)."""
    _CORRELATION_ID.set(clean_id(value))


class Redactor:
    """Replaces known secret values and bearer tokens / JWTs in text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        text = _BEARER.sub(lambda m: f"{m.group(1)} {MASK}", text)
        text = _EXPORT_LINK.sub(lambda m: m.group(1) + MASK, text)
        return _JWT.sub(MASK, text)


def settings_secrets(settings: Settings) -> list[str]:
    found = [settings.app_password.get_secret_value()] if settings.app_password else []
    for secret in settings.import_tokens:
        raw = secret.get_secret_value()
        found.extend({raw, raw.partition(":")[2]})
    return [s for s in found if s]


class ContextFilter(logging.Filter):
    """Adds `correlation_id` to every record and redacts secrets from its message (and its traceback)."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        record.correlation_id = _CORRELATION_ID.get()
        message = record.getMessage()
        cleaned = self._redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, correlation id, and the error if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "correlation_id": getattr(record, "correlation_id", _CORRELATION_ID.get()),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["error"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


HUMAN_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(correlation_id)s]: %(message)s"


def configure_logging(
    settings: Settings, *, stream: TextIO | None = None, json_lines: bool | None = None, replace: bool = True
) -> logging.Handler | None:
    """Replaces the root logger's handlers with one that writes to `stream` (stderr): JSON lines in production
    (or with `json_lines`), a readable line otherwise. Returns the handler (tests remove it again). With
    `replace=False` (the command line) a root logger that already has handlers is left alone, as
    `logging.basicConfig` does: then whoever configured it (a test runner, an embedding process) keeps it."""
    root = logging.getLogger()
    if not replace and root.handlers:
        return None
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(ContextFilter(Redactor(settings_secrets(settings))))
    use_json = settings.is_production if json_lines is None else json_lines
    handler.setFormatter(JsonFormatter() if use_json else logging.Formatter(HUMAN_FORMAT))
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(settings.log_level.upper())
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler
