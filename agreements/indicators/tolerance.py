"""How much slack an indicator gets, and how often it is measured (R6): defaults per kind of measure.

A tolerance band is the amount an indicator may lag its planned path before it is «bagud»: within it, a figure
is «i risiko». The old default, 10 % of |target − baseline|, made the band depend on the ambition rather than on
the measure's own noise: sygefravær 6,1 → 5,5 % got ±0,06 points, far inside a month's noise. Here the default
follows the kind of measure instead, and the holder sets or accepts it in the goal coach (`indicator.tolerance`
> 0 always wins).

| kind | recognised by | default band |
|---|---|---|
| absence (fravær) | unit % and «fravær» in the name | 0,3 percentage point |
| percentage | unit % / procent / pct. | 1 percentage point |
| score | «score», «point», «skala», «gennemsnit», «karakter», «tilfredshed» | 0,1 (1–5), 0,2 (1–10), else 2 % |
| count | a unit naming things (unge, forløb, borgere, sager) or whole-number levels | 5 % of the target, at least 1 |
| duration | dage, uger, timer, måneder | 10 % of the target, at least 1 |
| other | anything else | 20 % of |target − baseline|, at least 2 % of |target| |

Frequency (R6): sources that exist once a year (afgangsprøver, the national trivselsmåling, nationale test,
brugerundersøgelser) are yearly; «kvartal» is quarterly; everything else monthly, as LIS reports.
"""

from __future__ import annotations

import enum
import re

from agreements.types import Frequency, Indicator

ABSENCE_TOLERANCE = 0.3
PERCENTAGE_TOLERANCE = 1.0
COUNT_SHARE = 0.05
DURATION_SHARE = 0.10
OTHER_SHARE = 0.20
OTHER_FLOOR_SHARE = 0.02


class MeasureKind(enum.StrEnum):
    ABSENCE = "absence"
    PERCENTAGE = "percentage"
    SCORE = "score"
    COUNT = "count"
    DURATION = "duration"
    OTHER = "other"


_PERCENT_UNITS = frozenset({"%", "procent", "pct", "pct."})
_ABSENCE = re.compile(r"fravær|fravaer|sygedage", re.IGNORECASE)
_SCORE = re.compile(r"score|point\b|skala|gennemsnit|karakter|tilfredshed|vurdering", re.IGNORECASE)
_DURATION_UNITS = frozenset({"dag", "dage", "uge", "uger", "time", "timer", "måned", "måneder", "minutter"})
_YEARLY = re.compile(
    r"afgangsprøve|trivselsmåling|nationale?\s+test|brugerundersøgelse|tilfredshedsundersøgelse|årlig|om året"
    r"|en gang (?:om|pr\.?|per) år",
    re.IGNORECASE,
)
_QUARTERLY = re.compile(r"kvartal", re.IGNORECASE)


def measure_kind(indicator: Indicator) -> MeasureKind:
    unit = indicator.measure_unit.strip().lower()
    name = indicator.name
    if unit in _PERCENT_UNITS:
        return MeasureKind.ABSENCE if _ABSENCE.search(name) else MeasureKind.PERCENTAGE
    if _SCORE.search(name) or _SCORE.search(unit):
        return MeasureKind.SCORE
    if unit in _DURATION_UNITS:
        return MeasureKind.DURATION
    levels = [v for v in (indicator.baseline, indicator.target) if v is not None]
    if (unit and unit.isalpha()) or (levels and all(float(v).is_integer() for v in levels) and max(levels) >= 10):
        return MeasureKind.COUNT
    return MeasureKind.OTHER


def default_tolerance(indicator: Indicator) -> float | None:
    """The band a kind of measure gets when the holder has set none; None without a target."""
    target = indicator.target
    if target is None:
        return None
    kind = measure_kind(indicator)
    if kind is MeasureKind.ABSENCE:
        return ABSENCE_TOLERANCE
    if kind is MeasureKind.PERCENTAGE:
        return PERCENTAGE_TOLERANCE
    if kind is MeasureKind.SCORE:
        scale = max(abs(target), abs(indicator.baseline or 0.0))
        return 0.1 if scale <= 5 else 0.2 if scale <= 10 else round(0.02 * scale, 2)
    if kind is MeasureKind.COUNT:
        return max(1.0, round(COUNT_SHARE * abs(target)))
    if kind is MeasureKind.DURATION:
        return max(1.0, round(DURATION_SHARE * abs(target), 1))
    change = abs(target - indicator.baseline) if indicator.baseline is not None else 0.0
    return max(OTHER_SHARE * change, OTHER_FLOOR_SHARE * abs(target))


def tolerance_for(indicator: Indicator) -> float | None:
    """The holder's band if set (> 0), else the default for the kind of measure."""
    if indicator.tolerance > 0:
        return indicator.tolerance
    return default_tolerance(indicator)


def suggested_frequency(*texts: str | None) -> Frequency:
    """How often the measure exists, read from its name, source or follow-up (R6)."""
    joined = " ".join(t for t in texts if t)
    if _YEARLY.search(joined):
        return Frequency.YEARLY
    if _QUARTERLY.search(joined):
        return Frequency.QUARTERLY
    return Frequency.MONTHLY
