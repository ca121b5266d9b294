"""Locations inside the repository, resolved from this file, never from the working directory."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = REPO_ROOT / "var"
