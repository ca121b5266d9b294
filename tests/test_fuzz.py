"""Bad input, generated: random activities and card payloads POSTed to the running bot, random CSV/XLSX bodies for
the measurement import, random text for the Danish parsers. Never a 5xx, never an error in the logs, never a
half-done change, and the parsers raise only their documented error.

Each property runs a bounded number of examples (`EXAMPLES`) so the suite stays fast; the counts are printed
(`pytest -s`) and recorded in docs/security.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import typing
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from sqlalchemy import text

from agreements.demo import GIVER, HOLDER, TENANT_ID
from agreements.indicators.measurement_import import ImportResult, parse_csv, parse_xlsx
from bot.commandline.demo import load_demo
from bot.settings import Settings
from bot.web.app import create_app
from store.db import create_engine
from store.migrate import upgrade_engine
from tests.support.factories import make_activity
from tests.support.fake_connector import FakeConnector

EXAMPLES = 200
INVOKE = "adaptiveCard/action"
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                          HealthCheck.too_slow])
RUN: dict[str, int] = {}  # property → examples run, printed at the end of each test

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                           max_size=4), max_leaves=12)


def counted(name: str) -> None:
    RUN[name] = RUN.get(name, 0) + 1


def report(name: str) -> None:
    print(f"\nfuzz {name}: {RUN.get(name, 0)} examples")
    assert RUN.get(name, 0) > 0


# ---------------------------------------------------------------------------- the bot, on its own loop


class ErrorLog(logging.Handler):
    """Records every ERROR (and above) logged anywhere: an unhandled exception always logs one."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class LiveBot:
    """The real app on loopback with the demo, driven from synchronous hypothesis tests through its own loop."""

    def __init__(self, workdir: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.url = f"sqlite+aiosqlite:///{workdir / 'fuzz.db'}"
        self.connector = FakeConnector.__new__(FakeConnector)
        self.errors = ErrorLog()
        self.settings = Settings(DATABASE_URL=self.url, AFTALEBOT_ENV="development",
                                 AFTALEBOT_IMPORT_TOKENS=f"{TENANT_ID}:fuzz-token", AFTALEBOT_IMPORT_MAX_BYTES=64_000)
        self.run(self._start())
        logging.getLogger().addHandler(self.errors)

    def run(self, coro: typing.Coroutine[Any, Any, Any]) -> Any:
        return self.loop.run_until_complete(coro)

    async def _start(self) -> None:
        engine = create_engine(self.url)
        await upgrade_engine(engine)
        await engine.dispose()
        await load_demo(self.settings, today=date(2026, 11, 24))
        self.connector = FakeConnector()
        await self.connector.start()
        self.server = TestServer(create_app(self.settings), host="127.0.0.1")
        await self.server.start_server()
        self.http = ClientSession()
        await self.post(make_activity(self.connector.url, text="hej", user=GIVER))  # both people know the bot
        await self.post(make_activity(self.connector.url, text="hej"))

    async def post(self, body: Any, path: str = "/api/messages", headers: dict[str, str] | None = None,
                   raw: bytes | None = None) -> tuple[int, str]:
        data = raw if raw is not None else json.dumps(body).encode()
        async with self.http.post(str(self.server.make_url(path)), data=data,
                                  headers=headers or {"Content-Type": "application/json"}) as response:
            return response.status, await response.text()

    async def invariants(self) -> dict[str, int]:
        """What must hold whatever came in: every sent version is recorded, every decision belongs to the
        status, and measurement values are unique per indicator and period."""
        engine = create_engine(self.url)
        try:
            async with engine.connect() as db:
                unrecorded = await db.scalar(text(
                    "SELECT count(*) FROM agreement a WHERE a.status IN ('submitted', 'approved', 'changes_requested')"
                    " AND NOT EXISTS (SELECT 1 FROM agreement_version v WHERE v.agreement_id = a.id"
                    " AND v.version = a.version)"))
                undecided = await db.scalar(text(
                    "SELECT count(*) FROM agreement a JOIN agreement_version v ON v.agreement_id = a.id"
                    " AND v.version = a.version WHERE (a.status IN ('approved', 'changes_requested'))"
                    " <> (v.decision IS NOT NULL)"))
                goals = await db.scalar(text("SELECT count(*) FROM goal"))
                measurements = await db.scalar(text("SELECT count(*) FROM measurement"))
        finally:
            await engine.dispose()
        assert unrecorded == 0, "an agreement moved status without its version record"
        assert undecided == 0, "a decision and the agreement's status disagree"
        return {"goals": int(goals or 0), "measurements": int(measurements or 0)}

    def close(self) -> None:
        logging.getLogger().removeHandler(self.errors)

        async def stop() -> None:
            await self.http.close()
            await self.server.close()
            await self.connector.close()

        self.run(stop())
        self.loop.close()

    def check(self, status: int, body: str) -> None:
        assert status < 500, body
        assert "Traceback" not in body
        assert not self.errors.records, [r.getMessage() for r in self.errors.records]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveBot]:
    bot = LiveBot(tmp_path_factory.mktemp("fuzz"))
    yield bot
    bot.close()


# ---------------------------------------------------------------------------- inbound activities

ACTIVITY_KEYS = ["type", "text", "value", "name", "from", "recipient", "conversation", "channelData", "entities",
                 "attachments", "locale", "replyToId", "textFormat", "membersAdded", "action", "timestamp"]
TYPES = st.sampled_from(["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction",
                         "event", "typing", "endOfConversation", "MESSAGE", ""]) | st.text(max_size=12)


@st.composite
def activities(draw: st.DrawFn) -> Any:
    """Anything from a JSON value to a real activity with a few fields replaced by random JSON."""
    if draw(st.integers(0, 9)) == 0:
        return draw(JSON)
    activity = make_activity("http://placeholder/", user=draw(st.sampled_from([HOLDER, GIVER])))
    activity["type"] = draw(TYPES)
    activity["text"] = draw(st.text(max_size=300))
    for key in draw(st.lists(st.sampled_from(ACTIVITY_KEYS), max_size=4, unique=True)):
        activity[key] = draw(JSON)
    return activity


@FUZZ
@given(body=activities())
def test_random_activities_never_5xx_never_log_an_error(live: LiveBot, body: Any) -> None:
    counted("activities")
    if isinstance(body, dict) and "serviceUrl" in body:
        body["serviceUrl"] = live.connector.url  # replies go to the fake connector, not to a random host
    status, answer = live.run(live.post(body))
    if status == 501 and isinstance(body, dict) and body.get("type") == "invoke" and body.get("name") != INVOKE:
        status = 200  # the Bot Framework's answer to an invoke the bot does not implement (the SDK's own 501)
    live.check(status, answer)
    live.run(live.invariants())


def test_zz_report_activities() -> None:
    report("activities")


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_random_bytes_never_5xx(live: LiveBot, raw: bytes) -> None:
    counted("raw bodies")
    live.check(*live.run(live.post(None, raw=raw)))


def test_zz_report_raw() -> None:
    report("raw bodies")


# ---------------------------------------------------------------------------- card payloads, every verb


def payload_models() -> dict[str, list[str]]:
    """verb → the fields its payload model reads, from the payload modules themselves."""
    from cards import meeting_payloads, payloads, status_payloads

    found: dict[str, list[str]] = {}
    for module in (payloads, status_payloads, meeting_payloads):
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseModel) and "verb" in value.model_fields:
                fields = [name for name in value.model_fields if name != "verb"]
                for verb in typing.get_args(value.model_fields["verb"].annotation):
                    found[str(verb)] = fields
    return found


VERBS = payload_models()
GOOD_VALUES = st.sampled_from([1, 2, 3, "1", 0, -1, 10**12, "", " ", "2026-11", "6,1", "ja", None, True, [1], {}])
EXTRA_KEYS = ["goal_1", "comment_1", "goal_2", "comment_2", "draft", "field", "text", "reason", "comment"]


@st.composite
def card_payloads(draw: st.DrawFn) -> dict[str, Any]:
    verb = draw(st.sampled_from(sorted(VERBS)))
    data: dict[str, Any] = {"verb": verb}
    for name in VERBS[verb] + draw(st.lists(st.sampled_from(EXTRA_KEYS), max_size=2)):
        if draw(st.booleans()):
            data[name] = draw(GOOD_VALUES | st.text(max_size=80) | JSON)
    return data


@FUZZ
@given(data=card_payloads(), execute=st.booleans(), giver=st.booleans())
def test_random_card_payloads_for_every_verb(live: LiveBot, data: dict[str, Any], execute: bool, giver: bool) -> None:
    counted("card payloads")
    user = GIVER if giver else HOLDER
    if execute:
        activity = make_activity(live.connector.url, user=user, type="invoke", name="adaptiveCard/action",
                                 value={"action": {"type": "Action.Execute", "verb": data["verb"], "data": data}})
    else:
        activity = make_activity(live.connector.url, user=user, value=data)
    live.check(*live.run(live.post(activity)))
    live.run(live.invariants())


def test_zz_report_card_payloads() -> None:
    report("card payloads")
    assert len(VERBS) >= 20  # every verb of the three payload modules is in play


# ---------------------------------------------------------------------------- measurement imports


def measurement_headers(content_type: str) -> dict[str, str]:
    return {"Authorization": "Bearer fuzz-token", "Content-Type": content_type}


ROW_CELL = st.one_of(st.text(max_size=20), st.sampled_from(["demo-sygefravaer", "2026-10", "2026-13", "6,1", "1.234,5",
                                                            "-0", "1e309", "NaN", "", "Q3 2026", "2026"]))
CSV_ROWS = st.lists(st.lists(ROW_CELL, min_size=0, max_size=5), max_size=8)


@st.composite
def csv_bodies(draw: st.DrawFn) -> bytes:
    header = draw(st.sampled_from(["indikator;periode;værdi", "indicator,period,value,comment", "", "x;y"]))
    separator = ";" if ";" in header or draw(st.booleans()) else ","
    lines = [header] + [separator.join(row) for row in draw(CSV_ROWS)]
    encoded = "\n".join(lines).encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1"])), errors="replace")
    return encoded if draw(st.integers(0, 5)) else draw(st.binary(max_size=500))


@FUZZ
@given(body=csv_bodies())
def test_random_csv_imports_are_all_or_nothing(live: LiveBot, body: bytes) -> None:
    counted("csv imports")
    before = live.run(live.invariants())["measurements"]
    status, answer = live.run(live.post(None, "/api/measurements", measurement_headers("text/csv"), raw=body))
    live.check(status, answer)
    assert status in (200, 400), answer
    after = live.run(live.invariants())["measurements"]
    if status == 400:
        assert after == before  # a refused import writes nothing
    result = parse_csv(body)
    assert isinstance(result, ImportResult)


def test_zz_report_csv() -> None:
    report("csv imports")


@st.composite
def xlsx_bodies(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 3)) == 0:
        return draw(st.binary(max_size=400))
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    # What a worksheet cell can hold (openpyxl refuses control characters).
    printable = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20)
    cell = st.one_of(printable, ROW_CELL.filter(str.isprintable), st.integers(-10**6, 10**6),
                     st.floats(allow_nan=True), st.none(), st.dates(min_value=date(1900, 1, 1)))
    for row in draw(st.lists(st.lists(cell, max_size=5), max_size=6)):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    data = out.getvalue()
    if draw(st.booleans()):  # a damaged workbook
        cut = draw(st.integers(0, 1000)) * len(data) // 1000  # (a saved workbook's length varies with its timestamp)
        data = data[:cut] + draw(st.binary(max_size=20)) + data[cut + 1:]
    return data


@settings(max_examples=EXAMPLES // 2, deadline=None)
@given(body=xlsx_bodies())
def test_random_xlsx_never_raise(body: bytes) -> None:
    counted("xlsx parses")
    result = parse_xlsx(body)
    assert isinstance(result, ImportResult)
    assert result.errors or result.rows is not None


def test_zz_report_xlsx() -> None:
    report("xlsx parses")


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=xlsx_bodies())
def test_random_xlsx_over_the_api(live: LiveBot, body: bytes) -> None:
    counted("xlsx imports")
    before = live.run(live.invariants())["measurements"]
    status, answer = live.run(live.post(None, "/api/measurements", measurement_headers(XLSX), raw=body))
    live.check(status, answer)
    assert status in (200, 400), answer
    if status == 400:
        assert live.run(live.invariants())["measurements"] == before


def test_zz_report_xlsx_api() -> None:
    report("xlsx imports")


@FUZZ
@given(body=JSON)
def test_random_json_imports(live: LiveBot, body: Any) -> None:
    counted("json imports")
    status, answer = live.run(live.post(body, "/api/measurements", measurement_headers("application/json")))
    live.check(status, answer)
    assert status in (200, 400), answer


def test_zz_report_json() -> None:
    report("json imports")


def test_oversized_bodies_are_413(live: LiveBot) -> None:
    huge = b"a" * (live.settings.import_max_bytes + 1)
    status, answer = live.run(live.post(None, "/api/measurements", measurement_headers("text/csv"), raw=huge))
    assert status == 413 and "for stor" in answer
    activity = make_activity(live.connector.url, text="x" * (live.settings.max_message_bytes + 1))
    status, _ = live.run(live.post(activity))
    assert status == 413


# ---------------------------------------------------------------------------- the Danish parsers


def parser_cases() -> list[tuple[str, Any, tuple[type[BaseException], ...]]]:
    """(name, function of one string, the errors it documents): the number, quantity, deadline and frequency
    readers answer None for what they cannot read; periods and meeting times raise their own Danish error."""
    from agreements import danish
    from agreements.dialogue import meeting_time
    from agreements.indicators import periods
    today = date(2026, 11, 24)
    now = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    none: tuple[type[BaseException], ...] = ()
    return [
        ("danish.parse_number", danish.parse_number, none),
        ("danish.parse_quantity", danish.parse_quantity, none),
        ("danish.find_quantities", lambda raw: danish.find_quantities(raw, today), none),
        ("danish.find_date_mentions", lambda raw: danish.find_date_mentions(raw, today), none),
        ("danish.parse_deadline", lambda raw: danish.parse_deadline(raw, today), none),
        ("danish.parse_frequency", danish.parse_frequency, none),
        ("periods.parse_period", periods.parse_period, (periods.PeriodError,)),
        ("meeting_time.parse_meeting_time", lambda raw: meeting_time.parse_meeting_time(raw, now),
         (meeting_time.MeetingTimeError,)),
        ("meeting_time.meeting_time_from_fields",
         lambda raw: meeting_time.meeting_time_from_fields(raw, raw[:5], raw[5:] or None, now),
         (meeting_time.MeetingTimeError,)),
    ]


PARSERS = parser_cases()
DANISH_TEXT = st.text(max_size=60) | st.sampled_from([
    "6,1 %", "1.234,5", "-0,0", "1e309", "halveres", "ultimo 2026", "primo 2027", "31. februar 2026", "29/2 2027",
    "kl. 25:00", "i morgen kl. 9", "mandag 8-10", "10.30-9.00", "1. december kl. 9:00-10:30", "∞", "٣", "½",
])


@pytest.mark.parametrize(("name", "parse", "documented"), PARSERS, ids=[case[0] for case in PARSERS])
def test_danish_parsers_raise_only_their_documented_error(name: str, parse: Any,
                                                          documented: tuple[type[BaseException], ...]) -> None:
    @settings(max_examples=EXAMPLES, deadline=None)
    @given(raw=DANISH_TEXT)
    def run(raw: str) -> None:
        counted(name)
        with contextlib.suppress(*documented):
            parse(raw)

    run()
    report(name)
