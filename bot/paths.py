"""Where Aftalebot's files are: resolved from this file or the settings. The one thing found in the working
directory is the operator's `.env` (read once, at start-up, as an absolute path).

Two ways to run: from the source checkout (`make run`, the editable install), where the checkout's `var/` holds
the data and its `.env` the settings; or installed from the wheel (a server, the container), where nothing lies
beside the code and the data directory comes from AFTALEBOT_DATA_DIR (else the user's state directory).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
"""The folder that holds the `bot` package: the source checkout, or `site-packages` when installed."""
VAR_DIR = REPO_ROOT / "var"
"""The checkout's data directory (`make run` and the Agents Playground); not used when installed."""


def source_checkout() -> Path | None:
    """The source checkout this code runs from, or None when it runs installed from a wheel."""
    return REPO_ROOT if (REPO_ROOT / "pyproject.toml").is_file() and (REPO_ROOT / "store").is_dir() else None


def default_data_dir() -> Path:
    """Without AFTALEBOT_DATA_DIR: the checkout's `var/`, or when installed $XDG_STATE_HOME/aftalebot
    (~/.local/state/aftalebot)."""
    if source_checkout() is not None:
        return VAR_DIR
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    base = Path(state) if state and Path(state).is_absolute() else Path.home() / ".local" / "state"
    return base / "aftalebot"


def env_files() -> tuple[Path, ...]:
    """The `.env` files read at start-up, the later winning: the checkout's (when there is one), then the one in
    the directory the process is started in (how an operator configures an installed bot). The environment
    itself wins over both."""
    files: list[Path] = []
    checkout = source_checkout()
    if checkout is not None:
        files.append(checkout / ".env")
    here = Path.cwd().resolve() / ".env"
    if here not in files:
        files.append(here)
    return tuple(files)
