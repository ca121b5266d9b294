"""Building the monthly status card (cards/status.py), from domain objects to the JSON a reply carries.

Run: .venv/bin/python -m bench.cards [--repeat 200]

Per agreement size (goals × indicators × months of measurements) it times, each as the median and p95 of
`--repeat` builds: the report (agreements.indicators.status_report), the view (cards.status_views), the card
(cards.status.status_card, which measures its own size and trims trends above 78 KB), and the card as sent:
the activity serialised for the Bot Connector, by msrest's Serializer.body (the stock client) and by
bot.teams.connector.serialize_activity (Aftalebot's sender; the two bodies are checked equal), plus json.dumps.
Results: a table on stdout and bench/results/cards-<time>.json (and cards-latest.json).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any

from bench.common import machine, percentile, table, write_result

TODAY = date(2026, 11, 24)
TENANT = "tenant-bench"
SIZES = ((1, 1, 12), (3, 2, 12), (5, 3, 24), (10, 3, 24))


def agreement(goals: int, per_goal: int, months: int) -> tuple[Any, dict[int, list[Any]]]:
    from agreements.demo import last_months
    from agreements.types import Agreement, AgreementLevel, Direction, Frequency, Goal, GoalKind, Indicator, Measurement

    periods = last_months(TODAY, months)
    goal_list = []
    values: dict[int, list[Any]] = {}
    next_id = 1
    for g in range(goals):
        indicators = []
        for i in range(per_goal):
            lower = (g + i) % 2 == 0
            baseline, target = (6.1, 5.5) if lower else (82.0, 86.0)
            indicators.append(Indicator(
                TENANT, f"ind-{g}-{i}", f"Nøgletal {g + 1}.{i + 1} for enheden",
                Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER, "%", baseline=baseline,
                target=target, deadline=date(TODAY.year, 12, 31), frequency=Frequency.MONTHLY, id=next_id,
            ))
            values[next_id] = [
                Measurement(TENANT, next_id, period,
                            round(baseline + (target - baseline) * step / months + 0.3 * math.sin(step + g), 2))
                for step, period in enumerate(periods)
            ]
            next_id += 1
        goal_list.append(Goal(TENANT, GoalKind.OWN, f"Mål {g + 1}: nøgletallene skal forbedres i løbet af året, "
                              "målt månedligt i LIS.", position=g + 1, id=g + 1, agreement_id=1,
                              indicators=indicators))
    return Agreement(TENANT, 1, TODAY.year, AgreementLevel.DEPARTMENT, 1, 2, goals=goal_list, id=1), values


def timed(repeat: int, work: Callable[[], Any]) -> tuple[dict[str, float], Any]:
    seconds: list[float] = []
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        seconds.append(time.perf_counter() - started)
    ms = [s * 1000 for s in seconds]
    return {"p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95)}, result


def run(repeat: int) -> dict[str, Any]:
    from botbuilder.core import CardFactory, MessageFactory
    from botframework.connector.aio import ConnectorClient
    from botframework.connector.auth import MicrosoftAppCredentials

    from agreements.indicators.status_report import agreement_report
    from bot.teams.connector import serialize_activity
    from cards.status import status_card
    from cards.status_views import status_card_view

    client = ConnectorClient(MicrosoftAppCredentials.empty(), base_url="http://127.0.0.1/")
    rows = []
    for goals, per_goal, months in SIZES:
        subject, values = agreement(goals, per_goal, months)
        report_t, report = timed(repeat, partial(agreement_report, subject, "Børn og Skole", values, TODAY,
                                                 due_only=True))
        view_t, view = timed(repeat, partial(status_card_view, report, monthly=True, recipient_is_holder=True,
                                             can_register=True))
        card_t, card = timed(repeat, partial(status_card, view))

        def wire(card: Any = card, fast: bool = False) -> bytes:
            activity = MessageFactory.attachment(CardFactory.adaptive_card(card))
            if fast:
                return json.dumps(serialize_activity(client._serialize, activity)).encode()
            return json.dumps(client._serialize.body(activity, "Activity")).encode()

        msrest_t, body = timed(repeat, wire)
        wire_t, fast_body = timed(repeat, partial(wire, card, fast=True))
        assert json.loads(fast_body) == json.loads(body)
        total = report_t["p50_ms"] + view_t["p50_ms"] + card_t["p50_ms"] + wire_t["p50_ms"]
        rows.append({
            "size": f"{goals}×{per_goal}×{months}",
            "report_p50_ms": report_t["p50_ms"], "view_p50_ms": view_t["p50_ms"],
            "card_p50_ms": card_t["p50_ms"], "card_p95_ms": card_t["p95_ms"],
            "msrest_p50_ms": msrest_t["p50_ms"], "wire_p50_ms": wire_t["p50_ms"], "total_p50_ms": total,
            "card_kb": len(json.dumps(card).encode()) / 1024, "activity_kb": len(body) / 1024,
        })
    return {"machine": machine(), "repeat": repeat, "today": TODAY.isoformat(), "rows": rows}


COLUMNS = [
    ("size", "goals×ind×months"), ("report_p50_ms", "report ms"), ("view_p50_ms", "view ms"),
    ("card_p50_ms", "card p50 ms"), ("card_p95_ms", "card p95 ms"), ("msrest_p50_ms", "msrest body ms"),
    ("wire_p50_ms", "connector body ms"),
    ("total_p50_ms", "total ms"), ("card_kb", "card KB"), ("activity_kb", "activity KB"),
]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.cards", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    try:
        import cards.status  # noqa: F401
    except ImportError:
        print("skipped: cards/status.py is not there yet")
        return
    result = run(args.repeat)
    print(table(result["rows"], COLUMNS))
    print(f"written: {write_result('cards', result)}")


if __name__ == "__main__":
    main()
