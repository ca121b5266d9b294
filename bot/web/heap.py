"""The serving process's heap, settled once it has started: what lives for the whole process (the models the bot
reads Danish with, the compiled patterns, the container) is built and then frozen out of the garbage collector's way.

Python's cyclic collector walks every tracked object of the oldest generation when it collects it, and it collects
young objects every 700 allocations: a process holding the recogniser's and the goal analyser's tables spent about
an eighth of a turn's CPU in the collector (py-spy on bench/turns.py). Frozen objects are never walked again, and a
turn's garbage (mostly freed by reference counting) is looked at less often.
"""

from __future__ import annotations

import gc
from datetime import date

from agreements.goals.goal_analysis import analyse
from agreements.intents.recogniser import shared_recogniser

# A young generation this large is collected a few times a turn instead of dozens; the older ones as Python's.
YOUNG_THRESHOLD = 20_000


def ready_models() -> None:
    """Loads what the first turns would otherwise load lazily (the recogniser trains on first use)."""
    shared_recogniser().recognise("hvordan går det med aftalen?")
    analyse("Vi vil øge andelen af borgere, der er tilfredse, fra 70 % i 2025 til 80 % i 2027.", date(2025, 1, 1))


def settle_heap() -> None:
    ready_models()
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


async def settle_when_started(_app: object) -> None:
    """An `on_startup` handler for the serving process (`aftalebot serve`; bench/servers.py as it): after the
    container is built."""
    settle_heap()
