"""How often an indicator is measured and how much noise it may show: the goal coach's last question (issue 17,
item 4: «a tolerance band that the holder sets or accepts in the coach, with sensible defaults per kind of
measure»).

Before a goal with a numeric target is saved, the coach says how it will follow the indicator («månedligt, og et
udsving på op til 0,3 procentpoint fra planen regnes for støj») and the holder answers «ja» (or «gem») to accept,
or changes it in a few words: «kvartalsvis», «±0,5», «årligt med et bånd på 2». The defaults come from
agreements.indicators.tolerance: the frequency from the measure's name and source (afgangsprøver and the
trivselsmåling are
yearly), the band from the kind of measure. Only a band the holder typed is stored on the indicator
(`indicator.tolerance` > 0); an accepted default stays a default, so it follows a later change of the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from agreements.danish import format_number, parse_frequency
from agreements.indicators.tolerance import default_tolerance, suggested_frequency
from agreements.types import Frequency, Indicator

FREQUENCY_WORDS = {Frequency.MONTHLY: "månedligt", Frequency.QUARTERLY: "kvartalsvis", Frequency.YEARLY: "årligt"}
_FROM_TEXT = {"weekly": Frequency.MONTHLY, "monthly": Frequency.MONTHLY, "quarterly": Frequency.QUARTERLY,
              "half_yearly": Frequency.QUARTERLY, "yearly": Frequency.YEARLY}
# A band is a bare number («±0,5», «bånd 2»); one after «kl.» is a time of day («flyt det til kl 14»), not a band.
_BAND = re.compile(r"(?<![\d.,])(?<!kl\. )(?<!kl )(?<!klokken )(\d{1,6}(?:[.,]\d{1,4})?)(?![\d.,]*\d)",
                   re.IGNORECASE)
_MAX_WORDS = 12  # an answer about the follow-up is short; a longer text is about something else


@dataclass(frozen=True, slots=True)
class FollowUp:
    frequency: Frequency
    band: float | None  # in the indicator's unit; None: the indicator has no target
    unit: str
    band_set: bool = False  # typed by the holder (stored on the indicator), not the default

    def to_dict(self) -> dict[str, Any]:
        return {"frequency": self.frequency.value, "band": self.band, "unit": self.unit, "band_set": self.band_set}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FollowUp:
        return cls(Frequency(data["frequency"]), data.get("band"), str(data.get("unit") or ""),
                   bool(data.get("band_set")))

    def applied_to(self, indicator: Indicator) -> Indicator:
        """The indicator with this frequency, and the band if the holder set one."""
        return replace(indicator, frequency=self.frequency,
                       tolerance=self.band if self.band_set and self.band else indicator.tolerance)


def default_follow_up(indicator: Indicator, *texts: str | None, followup_frequency: str | None = None) -> FollowUp:
    """The frequency the measure's name and source suggest (else the one the follow-up names, else monthly) and
    the default band for its kind."""
    frequency = suggested_frequency(indicator.name, *texts)
    if frequency is Frequency.MONTHLY and followup_frequency:
        frequency = _FROM_TEXT.get(followup_frequency, Frequency.MONTHLY)
    return FollowUp(frequency, default_tolerance(indicator), indicator.measure_unit)


def stored_follow_up(indicator: Indicator) -> FollowUp:
    """What a saved indicator has: its frequency, and its own band or the default."""
    own = indicator.tolerance > 0
    return FollowUp(indicator.frequency, indicator.tolerance if own else default_tolerance(indicator),
                    indicator.measure_unit, own)


def band_words(band: float, unit: str) -> str:
    if unit.strip() == "%":
        return f"{format_number(band)} procentpoint"
    return format_number(band, unit.strip()) if unit.strip() else format_number(band)


def describe(follow_up: FollowUp, name: str) -> str:
    """«Jeg følger «Sygefravær» månedligt, og et udsving på op til 0,3 procentpoint fra planen regnes for støj.»"""
    sentence = f"Jeg følger «{name}» {FREQUENCY_WORDS[follow_up.frequency]}"
    if follow_up.band is not None:
        sentence += (f", og et udsving på op til {band_words(follow_up.band, follow_up.unit)} fra planen regnes for "
                     "støj – først derefter er det «i risiko»")
    return sentence + "."


def parse_follow_up(text: str, current: FollowUp) -> FollowUp | None:
    """The holder's change to the follow-up («kvartalsvis», «±0,5», «årligt, bånd 2»); None when the text names
    neither a frequency nor a band (a positive number)."""
    if len(text.split()) > _MAX_WORDS:
        return None
    changed = current
    found = parse_frequency(text)
    if found is not None:
        changed = replace(changed, frequency=_FROM_TEXT.get(found, Frequency.MONTHLY))
    numbers = _BAND.findall(text)
    if len(numbers) == 1 and current.band is not None:
        value = float(numbers[0].replace(",", "."))
        if value <= 0:
            return None
        changed = replace(changed, band=value, band_set=True)
    elif numbers:
        return None  # two numbers: not clear which is the band
    return changed if changed != current or found is not None else None


def largest_band(indicator: Indicator) -> float | None:
    """The widest band worth having: twice the planned change, or five default bands if that is wider. A band
    beyond it would call every figure «på sporet» («96 %» typed for 94,5 % → 95,5 % was meant as the target)."""
    default = default_tolerance(indicator)
    if indicator.target is None or default is None:
        return None
    span = abs(indicator.target - indicator.baseline) if indicator.baseline is not None else abs(indicator.target)
    return max(2 * span, 5 * default)


def too_wide(follow_up: FollowUp, indicator: Indicator) -> bool:
    """A band the holder typed that is wider than `largest_band` (then refused, with the reason)."""
    widest = largest_band(indicator)
    return follow_up.band_set and follow_up.band is not None and widest is not None and follow_up.band > widest


def follow_up_for(
    indicator: Indicator | None, chosen: dict[str, Any] | None, *texts: str | None,
    followup_frequency: str | None = None,
) -> FollowUp | None:
    """What the coach shows for a drafted indicator: the holder's choice so far (`chosen`, a `to_dict`), with the
    default band recomputed unless the holder set one (the target may have changed since); else the defaults.
    None without an indicator with a numeric target: there is nothing to follow."""
    if indicator is None or indicator.target is None:
        return None
    if chosen:
        follow_up = FollowUp.from_dict(chosen)
        if not follow_up.band_set:
            follow_up = replace(follow_up, band=default_tolerance(indicator), unit=indicator.measure_unit)
        return replace(follow_up, unit=indicator.measure_unit)
    return default_follow_up(indicator, *texts, followup_frequency=followup_frequency)
