"""Real file-system faults for tests: a small tmpfs (disk full) and a read-only bind mount (root only)."""

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs or a read-only bind mount; as a user chmod cannot be relied on")
    result = subprocess.run(["mount", *args], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"mount is not allowed here: {result.stderr.strip()}")


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """Mount a tmpfs of `size` on folder (created if missing): writing more fills the disk."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _umount(folder)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """Make folder read-only for everyone, root included, with a read-only bind mount onto itself."""
    folder.mkdir(parents=True, exist_ok=True)
    _mount("--bind", str(folder), str(folder))
    try:
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, text=True)
        if remount.returncode != 0:
            pytest.skip(f"cannot remount read-only here: {remount.stderr.strip()}")
        yield folder
    finally:
        _umount(folder)


def fill_up(folder: Path) -> None:
    """Write into folder until its disk is full, leaving no free byte."""
    with open(folder / "filler.bin", "wb", buffering=0) as handle:
        for chunk in (65536, 1):
            with contextlib.suppress(OSError):
                while handle.write(b"\0" * chunk):
                    pass
