"""The bot as an operator gets it: a wheel built from a copy of the sources, installed outside the checkout."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot.paths import REPO_ROOT

PACKAGES = ("agreements", "bot", "cards", "dialogs", "store")
SOURCE_FILES = ("pyproject.toml", "README.md")
# What the bot's settings may pick up from the test runner's environment; the installed bot starts without them.
SETTING_PREFIXES = ("AFTALEBOT_", "Microsoft", "DATABASE_URL", "PORT")


def copy_sources(target: Path) -> Path:
    """The packages and build files, without caches, so that a build never writes into the checkout."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in PACKAGES:
        shutil.copytree(REPO_ROOT / package, target / package, ignore=ignore)
    for name in SOURCE_FILES:
        shutil.copy2(REPO_ROOT / name, target / name)
    return target


def build_wheel(workdir: Path) -> Path:
    """Builds the project's wheel offline with this interpreter's setuptools; returns the .whl."""
    source = copy_sources(workdir / "src")
    dist = workdir / "dist"
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
         "--wheel-dir", str(dist), str(source)])
    (wheel,) = dist.glob("aftalebot-*.whl")
    return wheel


def install_wheel(wheel: Path, venv: Path) -> Path:
    """A new venv holding only the wheel; the dependencies come from this test run's own environment (a .pth
    line, not its editable finder: `bot` must be found in the venv, never in the checkout). Returns the venv's
    `aftalebot` script."""
    run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)])  # type: ignore[attr-defined]
    python = venv / "bin" / "python"
    purelib = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip())
    (purelib / "_aftalebot_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index",
         str(wheel)])
    return venv / "bin" / "aftalebot"


def clean_environment(**extra: str) -> dict[str, str]:
    """The runner's environment without any bot setting, plus `extra`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(SETTING_PREFIXES)}
    env.update(extra)
    return env


def run(command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 600,
        ) -> str:
    """Runs a command to its end; fails with its output when it fails."""
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(command)} exited {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    return result.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_health(url: str, process: subprocess.Popen[bytes], timeout: float = 60) -> tuple[int, str]:
    """Asks `url` until it answers (status, body); fails when the process dies or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise AssertionError(f"{url} did not answer within {timeout:.0f} s") from None
            time.sleep(0.25)


def stop(process: subprocess.Popen[bytes]) -> str:
    """Stops the server (SIGTERM, then SIGKILL) and returns what it wrote."""
    process.terminate()
    try:
        output, _ = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
    return output.decode("utf-8", "replace") if output else ""
