"""How many yellow (i risiko) and red (bagud) flags the demo raises in a normal year, under the old and the new
status rule, side by side in one run (issue 17, «a status people trust»).

Run: .venv/bin/python -m bench.status_flags [--year 2026]

Two years: the demo agreement's eight indicators, every figure on its planned path with the measure's own
noise (and, for sygefravær, its winter and summer season) — a unit doing exactly what it agreed; then the same
with only half the planned progress, which a trusted status must still flag. Twelve monthly status
cards are counted, from the one sent in February (January's figures) to the one sent in January next year.

- old: what the bot did before: any figure below the straight line from baseline to target i risiko, more
  than a band of 10 % of |target − baseline| bagud (sygefravær 6,1 → 5,5 %: ±0,06 points); every indicator
  monthly (the old demo invented monthly figures for the afgangsprøver, the trivselsmåling and the nationale
  test); no comparison with last year.
- new: within the band of the path på sporet, i risiko up to two bands below, bagud beyond; each indicator
  at its own frequency (yearly ones on the January card only), the band per kind of measure
  (agreements.indicators.tolerance), sygefravær compared with the same month last year.

Both rules see the same normal year (agreements.demo.normal_year_value); only the rule and the cadence differ.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date, timedelta

from agreements.demo import GOALS, demo_indicator, normal_year_value
from agreements.indicators.periods import Period
from agreements.indicators.status import (
    IndicatorStatus,
    classify_legacy,
    effective_tolerance,
    indicator_report,
    is_due,
    legacy_tolerance,
)
from agreements.types import Frequency, Indicator, Measurement

FLAGS = (IndicatorStatus.AT_RISK, IndicatorStatus.OFF_TRACK)


def status_days(year: int) -> list[date]:
    """The day of each monthly card: the 8th, February of `year` to January of the next."""
    return [date(year + (m // 12), m % 12 + 1, 8) for m in range(1, 13)]


def history(indicator: Indicator, spec_index: int, year: int, until: date, progress: float) -> list[Measurement]:
    """Every figure of the indicator's frequency from two years before `year`, of periods ended before `until`."""
    spec = GOALS[spec_index]
    periods: list[Period] = []
    period = Period.containing(indicator.frequency, date(year - 2, 1, 1))
    while period.end < until:
        periods.append(period)
        period = period.next()
    return [Measurement("bench", spec_index, p.key, normal_year_value(spec, p, year, progress)) for p in periods]


def old_indicator(spec_index: int, year: int) -> Indicator:
    made = demo_indicator(GOALS[spec_index], 1, year)
    monthly = replace(made, frequency=Frequency.MONTHLY, compare_last_year=False)
    return replace(monthly, tolerance=legacy_tolerance(monthly) or 0.0)


def new_indicator(spec_index: int, year: int) -> Indicator:
    return demo_indicator(GOALS[spec_index], 1, year)


def count(year: int, make: str, progress: float = 1.0) -> dict[str, list[tuple[IndicatorStatus, ...]]]:
    """Per indicator key, the statuses it showed on each month's card (empty when not on that card)."""
    result: dict[str, list[tuple[IndicatorStatus, ...]]] = {}
    for index, spec in enumerate(GOALS):
        indicator = old_indicator(index, year) if make == "old" else new_indicator(index, year)
        shown: list[tuple[IndicatorStatus, ...]] = []
        for day in status_days(year):
            if not is_due(indicator, day):
                shown.append(())
                continue
            report = indicator_report(indicator, history(indicator, index, year, day, progress), year, day)
            status = report.status
            if make == "old" and report.reason is None:
                assert report.latest_value is not None and report.expected is not None
                status = classify_legacy(report.latest_value, report.expected, indicator.direction,
                                         indicator.tolerance)
            shown.append((status,))
        result[spec.key] = shown
    return result


def _flags(statuses: list[tuple[IndicatorStatus, ...]], flag: IndicatorStatus) -> int:
    return sum(1 for card in statuses for status in card if status is flag)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--year", type=int, default=2026)
    args = parser.parse_args(argv)
    for progress, title in ((1.0, "a normal year"), (0.5, "a year with half the planned progress")):
        report(args.year, progress, title)
        print()


def report(year: int, progress: float, title: str) -> None:
    old, new = count(year, "old", progress), count(year, "new", progress)
    yellow, red = IndicatorStatus.AT_RISK, IndicatorStatus.OFF_TRACK

    print(f"Demo agreement, {title} {year}: twelve monthly status cards (Feb {year} – Jan {year + 1})\n")
    header = f"{'indicator':<34} {'freq old→new':<20} {'band old→new':<18} {'yellow':>11} {'red':>11} {'shown':>11}"
    print(header)
    print("-" * len(header))
    for index, spec in enumerate(GOALS):
        before, after = old_indicator(index, year), new_indicator(index, year)
        band = f"{before.tolerance:g} → {effective_tolerance(after):g}"
        freq = f"{before.frequency.value} → {after.frequency.value}"
        o, n = old[spec.key], new[spec.key]
        shown_old, shown_new = sum(1 for c in o if c), sum(1 for c in n if c)
        print(f"{spec.indicator[:34]:<34} {freq:<20} {band:<18} "
              f"{_flags(o, yellow):>4} → {_flags(n, yellow):<4} {_flags(o, red):>4} → {_flags(n, red):<4} "
              f"{shown_old:>4} → {shown_new:<4}")
    print("-" * len(header))
    total = {name: tuple(sum(_flags(v, flag) for v in data.values()) for flag in FLAGS)
             for name, data in (("old", old), ("new", new))}
    old_yellow, old_red = total["old"]
    new_yellow, new_red = total["new"]
    shown = {name: sum(1 for v in data.values() for c in v if c) for name, data in (("old", old), ("new", new))}
    print(f"{'all (flags per year)':<74}{old_yellow:>4} → {new_yellow:<4} {old_red:>4} → {new_red:<4} "
          f"{shown['old']:>4} → {shown['new']:<4}")
    print("\nPer card (month sent: yellow/red, old | new)")
    for m, day in enumerate(status_days(year)):
        def per(data: dict[str, list[tuple[IndicatorStatus, ...]]], flag: IndicatorStatus, m: int = m) -> int:
            return sum(1 for v in data.values() for s in v[m] if s is flag)

        month = Period.containing(Frequency.MONTHLY, day - timedelta(days=day.day)).label
        print(f"  {day.isoformat()} ({month:<14}) old {per(old, yellow)}/{per(old, red)}   "
              f"new {per(new, yellow)}/{per(new, red)}")


if __name__ == "__main__":
    main()
