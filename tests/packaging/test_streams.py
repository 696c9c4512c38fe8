"""A windowed program has no stdout (sys.stdout is None) and a scheduled task may close it: results still count."""

import io
import os
import sys

import pytest

from desk.__main__ import guard_standard_streams, main


def _run_without_streams(monkeypatch, *args):
    """Run like a windowed Windows program: no stdout and no stderr objects at all."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["desk", *args])
    try:
        return main()
    finally:
        for stream in (sys.stdout, sys.stderr):  # the null-device files the guard opened
            assert stream is not None and stream.name == os.devnull
            stream.close()


def test_a_program_without_stdout_returns_each_commands_own_exit_code(monkeypatch):
    assert _run_without_streams(monkeypatch, "demo", "--days", "5", "--until", "2026-11-30") == 0
    assert _run_without_streams(monkeypatch, "stats", "--json", "--from", "2026-11-01", "--to", "2026-11-30") == 0
    assert _run_without_streams(monkeypatch, "stats", "--json", "--from", "2026-11-30", "--to", "2026-11-01") == 2
    with pytest.raises(SystemExit) as exit_info:  # argparse's own exits keep their codes too
        _run_without_streams(monkeypatch, "--version")
    assert exit_info.value.code == 0


def test_working_streams_are_left_alone(monkeypatch):
    captured = io.StringIO()
    monkeypatch.setattr(sys, "stdout", captured)
    guard_standard_streams()
    assert sys.stdout is captured
