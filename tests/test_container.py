"""The Containerfile, built with buildah from a Debian base: the image runs `aftalebot migrate` and `serve` as
an unprivileged user without build tools, and its health check finds /healthz.

Needs root, buildah and debootstrap (.ci/run installs them); in CI their absence fails the test."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.conftest import need
from tests.support.container import Buildah, base_rootfs_tar, build_context, missing_tools
from tests.support.installed import free_port, wait_for_health

IMAGE = "localhost/aftalebot:test"
BASE = "localhost/aftalebot-test-base:latest"


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Buildah, dict[str, object]]]:
    need(not missing_tools(),
         f"container test needs {', '.join(missing_tools())} (apt-get install buildah debootstrap)")
    need(os.geteuid() == 0, "container test needs root (debootstrap and buildah's chroot isolation)")
    work = tmp_path_factory.mktemp("container")
    buildah = Buildah(work)
    started = time.monotonic()
    base_dir = work / "base"
    base_dir.mkdir()
    os.link(base_rootfs_tar(), base_dir / "base.tar")
    (base_dir / "Containerfile").write_text("FROM scratch\nADD base.tar /\n", encoding="utf-8")
    buildah("build", "--quiet", "--isolation", "chroot", "--tag", BASE, str(base_dir))
    context = build_context(work / "context")
    buildah("build", "--quiet", "--isolation", "chroot", "--format", "docker", "--build-arg", f"BASE_IMAGE={BASE}",
            "--build-arg", "OFFLINE=1", "--tag", IMAGE, str(context))
    config = json.loads(buildah("inspect", "--type", "image", IMAGE))
    size = buildah("images", "--format", "{{.Size}}", IMAGE)
    print(f"container image built in {time.monotonic() - started:.0f} s, {size}")
    try:
        yield buildah, config
    finally:
        subprocess.run([*buildah.global_args, "rm", "--all"], capture_output=True, check=False)
        subprocess.run([*buildah.global_args, "rmi", "--all", "--force"], capture_output=True, check=False)
        shutil.rmtree(work, ignore_errors=True)  # gigabytes of vfs layers: not kept with pytest's temp dirs


def test_the_image_runs_the_bot_unprivileged_with_a_health_check(image: tuple[Buildah, dict[str, object]]) -> None:
    _, config = image
    docker = config["Docker"]
    assert isinstance(docker, dict)
    settings = docker["config"]
    assert settings["User"] == "10001:10001"
    assert settings["Entrypoint"] == ["aftalebot"]
    assert settings["Cmd"] == ["serve"]
    assert "/healthz" in " ".join(settings["Healthcheck"]["Test"])


def test_the_image_migrates_serves_and_passes_its_health_check(image: tuple[Buildah, dict[str, object]]) -> None:
    buildah, config = image
    container = buildah("from", "--quiet", IMAGE)
    try:
        assert buildah("run", "--isolation", "chroot", container, "--", "id", "-u") == "10001"
        assert buildah("run", "--isolation", "chroot", container, "--", "sh", "-c",
                       "command -v gcc cc make pip pip3 || echo none") == "none"
        buildah("run", "--isolation", "chroot", container, "--", "aftalebot", "migrate")
        assert "aftalebot.db" in buildah("run", "--isolation", "chroot", container, "--", "ls", "/var/lib/aftalebot")

        port = free_port()  # chroot isolation shares the host's network: listen on loopback only
        server = buildah.popen("run", "--isolation", "chroot", "--env", "AFTALEBOT_HOST=127.0.0.1",
                               "--env", f"PORT={port}", container, "--", "aftalebot", "serve")
        try:
            status, body = wait_for_health(f"http://127.0.0.1:{port}/healthz", server, timeout=120)
            assert status == 200, body
            health = config["Docker"]["config"]["Healthcheck"]["Test"]  # type: ignore[index]
            assert health[0] == "CMD"
            buildah("run", "--isolation", "chroot", "--env", f"PORT={port}", container, "--", *health[1:])
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    finally:
        subprocess.run([*buildah.global_args, "rm", container], capture_output=True, check=False)
