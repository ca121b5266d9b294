"""`make run ROLE=giver|chefkonsulent`: the playground opens as that demo person (issue 16, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agreements.demo import COORDINATOR, GIVER, HOLDER, PEOPLE, DemoPerson
from bot.commandline.devstack import PLAYGROUND_CONFIG, ROLES, write_playground_config


@pytest.mark.parametrize(("role", "person"), [("holder", HOLDER), ("giver", GIVER), ("chefkonsulent", COORDINATOR)])
def test_the_playground_config_for_a_role_makes_that_person_the_current_user(
    tmp_path: Path, role: str, person: DemoPerson
) -> None:
    assert ROLES[role] == person.aad_object_id
    text = write_playground_config(role, workdir=tmp_path).read_text(encoding="utf-8")
    current, users = text.split("currentUser:\n", 1)[1].split("users:\n", 1)
    assert f"aadObjectId: {person.aad_object_id}" in current and f"name: {person.name}" in current
    assert f"id: {person.teams_user_id}" in current
    listed = users.split("personalChat:", 1)[0]
    assert listed.count("  - id: ") == 5  # the playground requires exactly five other users
    assert person.aad_object_id not in listed
    for other in PEOPLE:
        if other != person:
            assert f"aadObjectId: {other.aad_object_id}" in listed
    original = PLAYGROUND_CONFIG.read_text(encoding="utf-8")
    assert text.split("personalChat:", 1)[1] == original.split("personalChat:", 1)[1]
