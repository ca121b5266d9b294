"""An answer to «Hvilket fokusområde?»: a focus area's name, or a goal written out (agreements.goals.goal_drafts)."""

from __future__ import annotations

from datetime import date

import pytest

from agreements.goals.goal_drafts import reads_as_goal

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize("text", [
    "Flere unge skal i uddannelse",
    "Trivslen blandt medarbejderne skal op",
    "Sygefraværet i SFO skal ned fra 6 % til 5 % senest ultimo 2026",
    "Sygefravær fra 6 % til 5 % i 2026",
    "Vi vil styrke samarbejdet med forældrene om læring",
])
def test_a_goal_written_out_reads_as_a_goal(text: str) -> None:
    assert reads_as_goal(text, TODAY)


@pytest.mark.parametrize("text", [
    "Uddannelse", "uddanelse", "Mestring af eget liv", "Tidlig indsats for børn og unge med særlige behov",
    "Flere borgere i beskæftigelse", "Børn og unges trivsel og læring", "Klima og bæredygtighed i 2026",
    "Sundhed og trivsel for borgere over 65 år",
])
def test_a_focus_areas_name_does_not(text: str) -> None:
    assert not reads_as_goal(text, TODAY)
