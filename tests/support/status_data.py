"""Agreements with many goals, indicators and months of measurements, for status cards and questions."""

from __future__ import annotations

import math
from datetime import date

from agreements.demo import last_months
from agreements.types import (
    Agreement,
    AgreementLevel,
    Direction,
    Frequency,
    Goal,
    GoalKind,
    Indicator,
    Measurement,
)

TENANT = "tenant-status"
NAMES = (
    "Sygefravær i dagtilbud", "Elever der trives", "Unge i fritidsjob", "Gode læsere i 2. klasse",
    "Sagsbehandlingstid på underretninger", "Elever i almenskolen", "Ventetid på PPR-udredning",
    "Forældretilfredshed", "Fuldtidsansatte pædagoger", "Elevfravær i udskolingen",
)


def big_agreement(
    goals: int = 10, indicators_per_goal: int = 3, months: int = 24, today: date = date(2026, 11, 24)
) -> tuple[Agreement, dict[int, list[Measurement]]]:
    """An agreement with `goals` × `indicators_per_goal` monthly indicators and `months` months of values each."""
    periods = last_months(today, months)
    goal_list: list[Goal] = []
    measurements: dict[int, list[Measurement]] = {}
    next_id = 1
    for g in range(goals):
        indicator_list = []
        for i in range(indicators_per_goal):
            name = f"{NAMES[(g + i) % len(NAMES)]} ({g + 1}.{i + 1})"
            lower = (g + i) % 2 == 0
            baseline, target = (6.1, 5.5) if lower else (82.0, 86.0)
            indicator = Indicator(
                tenant_id=TENANT, key=f"ind-{g + 1}-{i + 1}", name=name,
                direction=Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER,
                measure_unit="%", baseline=baseline, target=target, deadline=date(today.year, 12, 31),
                frequency=Frequency.MONTHLY, id=next_id,
            )
            measurements[next_id] = [
                Measurement(TENANT, next_id, period,
                            round(baseline + (target - baseline) * step / months + 0.3 * math.sin(step + g), 2))
                for step, period in enumerate(periods)
            ]
            indicator_list.append(indicator)
            next_id += 1
        goal_list.append(Goal(
            tenant_id=TENANT, kind=GoalKind.OWN, position=g + 1, id=g + 1, agreement_id=1,
            statement=f"Mål nummer {g + 1}: {NAMES[g % len(NAMES)].lower()} skal forbedres markant i løbet af året, "
                      "målt månedligt i LIS og fulgt op på dialogmøderne.",
            indicators=indicator_list,
        ))
    agreement = Agreement(
        tenant_id=TENANT, unit_id=1, year=today.year, level=AgreementLevel.DIRECTORATE, holder_id=1, giver_id=2,
        goals=goal_list, id=1,
    )
    return agreement, measurements
