"""The local development stack: the bot and the Microsoft 365 Agents Playground, both on loopback.

Standard library only. `run_dev` is what `aftalebot dev` (and `make run`) calls; the end-to-end tests
reuse the building blocks: `playground_command`, `start_process`, `wait_until_ready`, `stop_process`.
Every path is resolved from the repository root (`bot.paths`), never from the working directory.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import IO

from bot.paths import REPO_ROOT, VAR_DIR

PLAYGROUND_CLI = REPO_ROOT / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"
LOOPBACK_PRELOAD = REPO_ROOT / "tools" / "playground" / "loopback.cjs"
PLAYGROUND_CONFIG = REPO_ROOT / ".m365agentsplayground.yml"
PLAYGROUND_WORKDIR = VAR_DIR / "playground"
LOOPBACK = "127.0.0.1"
TAIL_LINES = 40

BOT_CLI: tuple[str, ...] = (sys.executable, "-m", "bot")


class StackError(RuntimeError):
    """A process of the stack failed to start, died, or a port is taken."""


@dataclass(frozen=True)
class Command:
    """A command line with its environment and working directory."""

    argv: tuple[str, ...]
    env: Mapping[str, str]
    cwd: Path
    log_file: Path | None = None  # a file the process writes its own log to (shown on failure)


# `make run ROLE=…`: whom the playground's current user is (agreements/demo.py's people).
ROLES = {"holder": "a1b2c3d4-0001-4000-8000-000000000001",  # Mette Kjær, fagchef: drafts and sends
         "giver": "a1b2c3d4-0002-4000-8000-000000000002",  # Henrik Thomsen, direktør: approves
         "chefkonsulent": "a1b2c3d4-0003-4000-8000-000000000003"}  # Anne Bech: overview of all units


def _person_blocks(users: str) -> list[list[str]]:
    blocks: list[list[str]] = []
    for line in users.splitlines():
        if line.startswith("  - "):
            blocks.append([line[4:]])
        elif line.startswith("    ") and blocks:
            blocks[-1].append(line[4:])
    return blocks


def playground_config_as(config: str, role: str) -> str:
    """The playground config with the demo person of `role` as its current user; the person who was current takes
    their place among the five other users (the playground requires exactly five)."""
    wanted = ROLES[role]
    head, rest = config.split("currentUser:\n", 1)
    current_lines, rest = rest.split("users:\n", 1)
    users_text, tail = rest.split("personalChat:", 1)
    current = [line[2:] for line in current_lines.splitlines() if line.startswith("  ")]
    users = _person_blocks(users_text)
    chosen = next((u for u in users if f"aadObjectId: {wanted}" in u), None)
    if chosen is None:
        if f"aadObjectId: {wanted}" in current_lines:
            return config
        raise StackError(f"{role}: no demo person {wanted} in the playground config")
    users[users.index(chosen)] = current
    listed = "".join(f"  - {block[0]}\n" + "".join(f"    {line}\n" for line in block[1:]) for block in users)
    now = "".join(f"  {line}\n" for line in chosen)
    return f"{head}currentUser:\n{now}users:\n{listed}personalChat:{tail}"


def write_playground_config(role: str, source: Path = PLAYGROUND_CONFIG, workdir: Path = PLAYGROUND_WORKDIR) -> Path:
    """A copy of the config under var/ with `role`'s demo person as the current user."""
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / f"m365agentsplayground-{role}.yml"
    target.write_text(playground_config_as(source.read_text(encoding="utf-8"), role), encoding="utf-8")
    return target


def playground_command(
    bot_port: int,
    playground_port: int,
    *,
    workdir: Path = PLAYGROUND_WORKDIR,
    config_path: Path | None = None,
    base_env: Mapping[str, str] | None = None,
    node: str = "node",
) -> Command:
    """The Agents Playground bound to 127.0.0.1, talking to the bot at 127.0.0.1:`bot_port`.

    `workdir` receives the playground's log file (and any `devTools/` it might still write).
    The config is `config_path`, else `M365_AGENTS_PLAYGROUND_CONFIG_PATH` from the environment,
    else the repository's `.m365agentsplayground.yml`.
    """
    env = dict(os.environ if base_env is None else base_env)
    config = config_path or Path(env.get("M365_AGENTS_PLAYGROUND_CONFIG_PATH") or PLAYGROUND_CONFIG)
    log_file = workdir / "m365agentsplayground.log"
    env.update(
        {
            "TEAMSAPPTESTER_BROWSER": "none",  # else it tries to open a browser
            "M365_AGENTS_PLAYGROUND_LOGFILE": str(log_file),  # else ./devTools/…
            "M365_AGENTS_PLAYGROUND_CONFIG_PATH": str(config.resolve()),
        }
    )
    argv = (
        node,
        "--require",
        str(LOOPBACK_PRELOAD),
        str(PLAYGROUND_CLI),
        "--app-endpoint",
        f"http://{LOOPBACK}:{bot_port}/api/messages",
        "--channel-id",
        "msteams",
        "--disable-telemetry",  # no calls home (there is no internet here anyway)
        "--port",
        str(playground_port),
        # The default service URL says "localhost", which may resolve to ::1 first; be exact.
        "--service-url",
        f"http://{LOOPBACK}:{playground_port}/_connector",
    )
    return Command(argv=argv, env=env, cwd=workdir, log_file=log_file)


def bot_command(
    *args: str,
    bot_cli: Sequence[str] = BOT_CLI,
    env: Mapping[str, str] | None = None,
    cwd: Path = REPO_ROOT,
) -> Command:
    """`python -m bot ARGS…` (or another bot command line given as `bot_cli`)."""
    return Command(argv=(*bot_cli, *args), env=dict(os.environ if env is None else env), cwd=cwd)


def free_port(host: str = LOOPBACK) -> int:
    """A port that is free right now (bind port 0 and let the kernel choose)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def ensure_port_free(port: int, host: str = LOOPBACK) -> None:
    """Raises StackError when something already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As servers do: lingering TIME_WAIT connections must not count as "in use", a listener must.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            raise StackError(f"Port {host}:{port} er optaget / is already in use ({error.strerror})") from error


@dataclass
class ManagedProcess:
    """A child process in its own process group, with the tail of its output kept in memory."""

    name: str
    popen: subprocess.Popen[bytes]
    log_file: Path | None = None
    tail: deque[str] = field(default_factory=lambda: deque(maxlen=TAIL_LINES))
    readers: list[threading.Thread] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def describe_failure(self) -> str:
        """The exit status, the output tail and the tail of the process's own log file."""
        status = self.popen.poll()
        state = "kører stadig / still running" if status is None else f"afsluttede / exited with {status}"
        lines = [f"{self.name} (pid {self.pid}) {state}"]
        if self.tail:
            lines += ["--- output (tail) ---", *self.tail]
        if self.log_file is not None and self.log_file.exists():
            log_tail = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
            lines += [f"--- {self.log_file} (tail) ---", *log_tail[-TAIL_LINES:]]
        return "\n".join(lines)


def _pump(stream: IO[bytes], tail: deque[str], echo: IO[str] | None, prefix: str) -> None:
    for raw in iter(stream.readline, b""):
        line = raw.decode("utf-8", errors="replace").rstrip("\n")
        tail.append(line)
        if echo is not None:
            echo.write(f"{prefix}{line}\n")
            echo.flush()
    stream.close()


def start_process(name: str, command: Command, *, echo: IO[str] | None = None) -> ManagedProcess:
    """Starts `command` in a new session (own process group); stdout and stderr are kept as a tail
    and, when `echo` is given, copied there line by line prefixed with the process name."""
    command.cwd.mkdir(parents=True, exist_ok=True)
    if command.log_file is not None:
        command.log_file.parent.mkdir(parents=True, exist_ok=True)
    popen = subprocess.Popen(
        command.argv,
        cwd=command.cwd,
        env=dict(command.env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    process = ManagedProcess(name=name, popen=popen, log_file=command.log_file)
    for stream in (popen.stdout, popen.stderr):
        assert stream is not None
        reader = threading.Thread(
            target=_pump, args=(stream, process.tail, echo, f"[{name}] "), name=f"{name}-output", daemon=True
        )
        reader.start()
        process.readers.append(reader)
    return process


def _answers(url: str, expect_status: int | None, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status = int(response.status)
    except urllib.error.HTTPError as error:
        status = error.code
    except (urllib.error.URLError, OSError):
        return False
    return expect_status is None or status == expect_status


def wait_until_ready(
    process: ManagedProcess, url: str, *, timeout: float = 30.0, expect_status: int | None = 200
) -> None:
    """Polls `url` until it answers (with `expect_status`, or any status when None).

    Raises StackError with the process's output tail when it dies or the timeout passes."""
    deadline = time.monotonic() + timeout
    while True:
        if not process.alive():
            raise StackError(f"{process.name} døde under opstart / died while starting\n" + process.describe_failure())
        if _answers(url, expect_status, timeout=2.0):
            return
        if time.monotonic() > deadline:
            raise StackError(
                f"{process.name} svarede ikke på / did not answer {url} within {timeout:.0f} s\n"
                + process.describe_failure()
            )
        time.sleep(0.2)


def stop_process(process: ManagedProcess, *, grace: float = 5.0) -> int | None:
    """SIGTERM to the process group led by the process's pid, SIGKILL after `grace` seconds."""
    if process.alive():
        _signal_group(process.pid, signal.SIGTERM)
        try:
            process.popen.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            _signal_group(process.pid, signal.SIGKILL)
            process.popen.wait(timeout=grace)
    for reader in process.readers:
        reader.join(timeout=1.0)
    return process.popen.returncode


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)  # the child leads its own group (start_new_session), so pgid == pid


def run_checked(name: str, command: Command, *, timeout: float = 300.0) -> None:
    """Runs a one-shot command (e.g. `migrate`); raises StackError with its output when it fails."""
    result = subprocess.run(
        command.argv,
        cwd=command.cwd,
        env=dict(command.env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).decode("utf-8", errors="replace").splitlines()
        raise StackError(
            f"{name} fejlede / failed with exit code {result.returncode}\n" + "\n".join(output[-TAIL_LINES:])
        )


def _wait_for_stop(processes: Sequence[ManagedProcess]) -> ManagedProcess | None:
    """Blocks until Ctrl-C / SIGTERM (returns None) or until one of `processes` dies (returns it)."""
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stop.wait(0.5):
            for process in processes:
                if not process.alive():
                    return process
        return None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_dev(
    bot_host: str = LOOPBACK,
    bot_port: int = 3978,
    playground_port: int = 56150,
    *,
    bot_cli: Sequence[str] = BOT_CLI,
    config_path: Path | None = None,
    role: str | None = None,
) -> int:
    """`role` (holder, giver, chefkonsulent): the playground opens as that demo person.

    Migrates, loads the demo when the database is empty, starts the bot and the Agents Playground,
    prints the address to open and runs until Ctrl-C / SIGTERM. Returns a process exit code."""
    out = sys.stdout
    processes: list[ManagedProcess] = []
    try:
        ensure_port_free(bot_port, bot_host)
        ensure_port_free(playground_port)
        out.write("Opdaterer databasen / migrating the database …\n")
        run_checked("migrate", bot_command("migrate", bot_cli=bot_cli))
        out.write("Indlæser demodata hvis databasen er tom / loading demo data if empty …\n")
        # The demo municipality as an organised one, imported as «aftalebot org import» would: roles, units, who
        # holds and gives each agreement, so the chefkonsulent's overview and bulk start work in the playground.
        run_checked("demo", bot_command("demo", "--if-empty", "--organisation", bot_cli=bot_cli))

        bot = start_process(
            "bot", bot_command("serve", "--host", bot_host, "--port", str(bot_port), bot_cli=bot_cli), echo=out
        )
        processes.append(bot)
        wait_until_ready(bot, f"http://{LOOPBACK}:{bot_port}/healthz", timeout=60.0)

        if role is not None:
            config_path = write_playground_config(role)
            out.write(f"Playground som / as {role}: {config_path}\n")
        playground = start_process("playground", playground_command(bot_port, playground_port, config_path=config_path))
        processes.append(playground)
        wait_until_ready(playground, f"http://{LOOPBACK}:{playground_port}/_debug/ping", timeout=60.0)

        url = f"http://{LOOPBACK}:{playground_port}"
        out.write(
            "\n"
            f"  Aftalebot kører. Åbn {url} i din browser.  (Ctrl-C stopper)\n"
            f"  Aftalebot is running. Open {url} in your browser.  (Ctrl-C stops)\n"
            f"  Bot: http://{LOOPBACK}:{bot_port}/api/messages   "
            f"Playground-log: {playground.log_file}\n\n"
        )
        out.flush()
        died = _wait_for_stop(processes)
        if died is not None:
            sys.stderr.write(f"{died.name} stoppede uventet / stopped unexpectedly\n{died.describe_failure()}\n")
            return 1
        out.write("Stopper / stopping …\n")
        return 0
    except StackError as error:
        sys.stderr.write(f"{error}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        for process in reversed(processes):
            stop_process(process)
