"""The serving process's heap (bot/web/heap.py): once started, the models are loaded and what lives for the whole
process is frozen out of the collector's way. Run in a process of its own: freezing is for good."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.web.heap import YOUNG_THRESHOLD

ROOT = Path(__file__).resolve().parents[1]
SETTLE = """
import gc
from agreements.intents.recogniser import shared_recogniser
from bot.web.heap import settle_heap
before = gc.get_freeze_count()
settle_heap()
print(before, gc.get_freeze_count(), gc.get_threshold()[0], shared_recogniser.cache_info().currsize)
"""


def test_settling_freezes_the_startup_heap_with_the_models_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", SETTLE], cwd=ROOT, capture_output=True, text=True, check=True,
                          timeout=120)
    before, frozen, young, recognisers = (int(word) for word in done.stdout.split())
    assert before == 0 and frozen > 20_000  # the models' tables and the rest of what was built at startup
    assert young == YOUNG_THRESHOLD
    assert recognisers == 1  # trained before the first turn, not during it

