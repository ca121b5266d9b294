"""Understanding what managers type: the intent recogniser, its own examples and the slots it reads."""

from agreements.intents.examples import INTENTS, OUT_OF_SCOPE
from agreements.intents.recogniser import (
    IntentRecogniser,
    Recognition,
    Thresholds,
    Verdict,
    after_greeting,
    asks_for_a_meeting_time,
    shared_recogniser,
)
from agreements.intents.slots import Slots, read_slots

__all__ = ["INTENTS", "OUT_OF_SCOPE", "IntentRecogniser", "Recognition", "Slots", "Thresholds", "Verdict",
           "after_greeting", "asks_for_a_meeting_time", "read_slots", "shared_recogniser"]
