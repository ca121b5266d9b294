"""Metrics in the Prometheus text exposition format (version 0.0.4), written here: a handful of counters and one
histogram need no client library. One `Metrics` object per app (created in bot.web.app.create_app), handed to the
job runner as its sink; nothing is global.

Exposed:
- aftalebot_turns_total{type}, aftalebot_turn_duration_seconds (histogram), aftalebot_errors_total{where}
- aftalebot_jobs_total{outcome} (sent, retried, failed, skipped, lost)
- aftalebot_rate_limit_waits_total, aftalebot_rate_limit_wait_seconds_total
- aftalebot_job_runner_last_pass_age_seconds (absent while no runner has run a pass)
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.scheduled.jobs import RunStats

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
TURN_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0)
JOB_OUTCOMES = ("sent", "retried", "failed", "skipped", "lost")
JobsHealth = Literal["ok", "stalled", "off"]


def _number(value: float) -> str:
    if value == float("inf"):
        return "+Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


@dataclass
class Histogram:
    buckets: tuple[float, ...]
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    count: int = 0

    def __post_init__(self) -> None:
        self.counts = [0] * len(self.buckets)

    def observe(self, value: float) -> None:
        index = bisect.bisect_left(self.buckets, value)
        if index < len(self.counts):
            self.counts[index] += 1
        self.total += value
        self.count += 1

    def lines(self, name: str) -> Iterable[str]:
        running = 0
        for bound, n in zip(self.buckets, self.counts, strict=True):
            running += n
            yield f'{name}_bucket{{le="{_number(bound)}"}} {running}'
        yield f'{name}_bucket{{le="+Inf"}} {self.count}'
        yield f"{name}_sum {_number(self.total)}"
        yield f"{name}_count {self.count}"


# The activity types Teams sends; any other type is counted as "other" (a label never comes from the request).
ACTIVITY_TYPES = frozenset({
    "message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "messageUpdate",
    "messageDelete", "typing", "event", "endOfConversation",
})


class Metrics:
    """The app's metrics and the job runner's heartbeat. Not thread-safe: used from the event loop only."""

    def __init__(self, *, monotonic: Callable[[], float] = time.monotonic, stall_after: float = 180.0) -> None:
        self._monotonic = monotonic
        self.stall_after = stall_after
        self.turns: dict[str, int] = {}
        self.turn_seconds = Histogram(TURN_BUCKETS)
        self.errors: dict[str, int] = {}
        self.jobs: dict[str, int] = dict.fromkeys(JOB_OUTCOMES, 0)
        self.rate_limit_waits = 0
        self.rate_limit_wait_seconds = 0.0
        self.job_runner_running = False
        self._last_pass: float | None = None

    # ---------------------------------------------------------------- recording

    def turn(self, activity_type: str, seconds: float) -> None:
        kind = activity_type if activity_type in ACTIVITY_TYPES else "other"
        self.turns[kind] = self.turns.get(kind, 0) + 1
        self.turn_seconds.observe(seconds)

    def error(self, where: str) -> None:
        self.errors[where] = self.errors.get(where, 0) + 1

    def jobs_done(self, stats: RunStats) -> None:
        """The job runner's sink: one batch's outcome."""
        for outcome in JOB_OUTCOMES:
            self.jobs[outcome] += int(getattr(stats, outcome))

    def job_runner_started(self) -> None:
        self.job_runner_running = True

    def job_runner_stopped(self) -> None:
        self.job_runner_running = False

    def job_pass(self) -> None:
        """The job runner's heartbeat: called on every pass of its loop."""
        self._last_pass = self._monotonic()

    def rate_limit_wait(self, seconds: float) -> None:
        self.rate_limit_waits += 1
        self.rate_limit_wait_seconds += seconds

    # ---------------------------------------------------------------- reading

    def jobs_health(self) -> JobsHealth:
        """"off" when no job runner runs in this process; "stalled" when it has not passed through its loop for
        `stall_after` seconds (or stopped); "ok" otherwise."""
        if not self.job_runner_running:
            return "stalled" if self._last_pass is not None else "off"
        if self._last_pass is None:
            return "ok"  # just started: the first pass is under way
        return "ok" if self._monotonic() - self._last_pass <= self.stall_after else "stalled"

    def render(self) -> str:
        lines: list[str] = []

        def family(name: str, kind: str, help_text: str) -> None:
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} {kind}")

        family("aftalebot_turns_total", "counter", "Activities handled on /api/messages, by activity type.")
        for kind, n in sorted(self.turns.items()) or [("message", 0)]:
            lines.append(f'aftalebot_turns_total{{type="{_label(kind)}"}} {n}')
        family("aftalebot_turn_duration_seconds", "histogram", "Time to handle one activity on /api/messages.")
        lines.extend(self.turn_seconds.lines("aftalebot_turn_duration_seconds"))
        family("aftalebot_errors_total", "counter", "Unhandled errors, by where they happened.")
        for where in sorted({"turn", "http", *self.errors}):
            lines.append(f'aftalebot_errors_total{{where="{_label(where)}"}} {self.errors.get(where, 0)}')
        family("aftalebot_jobs_total", "counter", "Jobs run by the job runner, by outcome.")
        for outcome in JOB_OUTCOMES:
            lines.append(f'aftalebot_jobs_total{{outcome="{outcome}"}} {self.jobs[outcome]}')
        family("aftalebot_rate_limit_waits_total", "counter", "Sends that waited for the outbound rate limit.")
        lines.append(f"aftalebot_rate_limit_waits_total {self.rate_limit_waits}")
        family("aftalebot_rate_limit_wait_seconds_total", "counter", "Time spent waiting for the rate limit.")
        lines.append(f"aftalebot_rate_limit_wait_seconds_total {_number(self.rate_limit_wait_seconds)}")
        if self._last_pass is not None:
            family("aftalebot_job_runner_last_pass_age_seconds", "gauge", "Seconds since the job runner's last pass.")
            lines.append(f"aftalebot_job_runner_last_pass_age_seconds "
                         f"{_number(round(self._monotonic() - self._last_pass, 3))}")
        return "\n".join(lines) + "\n"


class WaitCounter:
    """A `sleep` for the rate limiter that reports each wait to `sink` (once metrics are attached)."""

    def __init__(self, sleep: Callable[[float], Awaitable[None]]) -> None:
        self._sleep = sleep
        self.sink: Callable[[float], None] | None = None

    async def __call__(self, seconds: float) -> None:
        if self.sink is not None:
            self.sink(seconds)
        await self._sleep(seconds)
