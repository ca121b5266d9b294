"""`aftalebot coach` prints the analysis of one goal statement."""

from __future__ import annotations

import json
import subprocess
import sys


def run_coach(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "coach", *args], capture_output=True, text=True, timeout=60, check=True
    )


def test_json_output_has_the_four_keys_and_the_words_of_the_text() -> None:
    text = "Sygefraværet skal ned fra 6,1 % til 5,5 % senest ultimo 2025"
    result = json.loads(run_coach(text, "--json").stdout)
    assert set(result) == {"found", "missing", "verdict", "next_question"}
    assert result["verdict"] == "measurable"
    assert result["found"]["baseline"] in text and "6,1" in result["found"]["baseline"]
    assert result["found"]["deadline"] == "senest ultimo 2025"
    assert "followup" in result["missing"] and result["next_question"].endswith("?")


def test_initiative_only_is_called_so_in_danish() -> None:
    out = run_coach("Vi vil igangsætte et projekt om sygefravær").stdout
    assert "kun en indsats" in out and "Hvad skal komme ud af det?" in out
