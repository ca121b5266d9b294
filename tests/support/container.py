"""Building and running the Containerfile with buildah (vfs storage, chroot isolation), from a base image made
of Debian packages with debootstrap: registry images cannot be pulled on the machines the suite runs on.

The slow, network-bound inputs are cached outside the checkout, keyed by what makes them: the base root file
system (debootstrap, about a minute) by its recipe, the wheels by the hash of the locks the Containerfile
installs. A clean machine builds both; the buildah storage itself is a temporary directory, removed after the test.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

from bot.paths import REPO_ROOT
from tests.support.installed import copy_sources, run

DEBIAN_SUITE = "bookworm"
DEBIAN_MIRROR = os.environ.get("AFTALEBOT_TEST_DEBIAN_MIRROR", "http://deb.debian.org/debian")
BASE_PACKAGES = ("python3", "python3-venv", "ca-certificates")
# Left out of the base: documentation, translations and apt's caches (about a third of the root file system).
TRIMMED = ("usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale", "var/cache/apt",
           "var/lib/apt/lists")
LOCKS = (REPO_ROOT / "requirements.runtime.lock", REPO_ROOT / "requirements.build.lock")
CONTEXT_FILES = ("Containerfile", ".containerignore", "requirements.runtime.lock", "requirements.build.lock")


def cache_dir() -> Path:
    configured = os.environ.get("AFTALEBOT_TEST_CACHE", "").strip()
    base = Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return (base if configured else base / "aftalebot-tests").resolve()


def missing_tools() -> list[str]:
    return [tool for tool in ("buildah", "debootstrap") if shutil.which(tool) is None]


def base_rootfs_tar() -> Path:
    """A tarball of a minimal Debian with python3 and venv, made once per recipe."""
    recipe = f"{DEBIAN_SUITE} {DEBIAN_MIRROR} minbase {' '.join(BASE_PACKAGES)} trim {' '.join(TRIMMED)}"
    target = cache_dir() / f"debian-base-{hashlib.sha256(recipe.encode()).hexdigest()[:16]}.tar"
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(str(target) + f".{os.getpid()}.d")
    shutil.rmtree(work, ignore_errors=True)
    rootfs = work / "rootfs"
    try:
        run(["debootstrap", "--variant=minbase", f"--include={','.join(BASE_PACKAGES)}", DEBIAN_SUITE,
             str(rootfs), DEBIAN_MIRROR], timeout=900)
        for relative in TRIMMED:
            shutil.rmtree(rootfs / relative, ignore_errors=True)
        partial = work / "base.tar"
        with tarfile.open(partial, "w") as archive:
            archive.add(rootfs, arcname=".")
        partial.replace(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def wheelhouse() -> Path:
    """The locked runtime wheels, hash-checked, downloaded once per lock."""
    key = hashlib.sha256(b"".join(lock.read_bytes() for lock in LOCKS)).hexdigest()[:16]
    target = cache_dir() / f"wheels-{key}"
    if target.is_dir():
        return target
    partial = Path(str(target) + f".{os.getpid()}.d")
    shutil.rmtree(partial, ignore_errors=True)
    try:
        run([sys.executable, "-m", "pip", "download", "--quiet", "--require-hashes", "--no-deps",
             "--dest", str(partial), *(f"--requirement={lock}" for lock in LOCKS)], timeout=900)
        partial.replace(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def build_context(target: Path) -> Path:
    """What `buildah build .` sees in a checkout whose wheels/ holds the locked wheels."""
    copy_sources(target)
    for name in CONTEXT_FILES:
        shutil.copy2(REPO_ROOT / name, target / name)
    shutil.copytree(wheelhouse(), target / "wheels", copy_function=os.link)
    return target


class Buildah:
    """buildah with its own storage under `root` (vfs) and chroot isolation, as an unprivileged CI runner has."""

    def __init__(self, root: Path) -> None:
        self.global_args = ["buildah", "--root", str(root / "storage"), "--runroot", str(root / "run"),
                            "--storage-driver", "vfs"]

    def __call__(self, *args: str, timeout: float = 1200) -> str:
        return run([*self.global_args, *args], timeout=timeout).strip()

    def popen(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([*self.global_args, *args], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                start_new_session=True)
