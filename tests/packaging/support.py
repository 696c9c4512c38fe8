"""Checks run against one way of installing the app: the source, an installed wheel or the bundle.

Each check starts the real program in a subprocess, with its data in a folder of the test's own
and its working directory outside the repository, and reads what it prints and writes.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

REPOSITORY = Path(__file__).resolve().parents[2]
RELEASE1 = REPOSITORY / "tests" / "data" / "db" / "release1.sqlite3"
RELEASE1_SESSIONS = 249
RELEASE1_SHA256 = "8ef4c181cffd33e76ac33b0bbb60fed888ec1a3e403a8ed0ce23744d7cba4c89"
BRANCH_CONFIG = '[branch]\nname = "Testikirjasto"\nid = "testikirjasto"\n'
#: The release-1 demo history: every session lies in this period.
PERIOD = ("--from", "2026-09-01", "--to", "2026-11-30")


@dataclass
class Program:
    """How to start one installed copy of the app."""

    command: list[str]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)

    def environment(self, data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
        """A clean environment: no PYTHONPATH, offscreen Qt, the given data folder."""
        base = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "DESK_", "VIRTUAL"))}
        return {**base, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(data_dir), **self.env, **(extra or {})}

    def run(self, data_dir: Path, *args: str, extra_env: dict[str, str] | None = None, **kwargs):
        """Run one command to its end."""
        return subprocess.run(
            [*self.command, *args],
            cwd=self.cwd,
            env=self.environment(data_dir, extra_env),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            **kwargs,
        )


def check_version(program: Program, data_dir: Path, version: str) -> None:
    result = program.run(data_dir, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Digituki Desk {version}"


def check_self_test(program: Program, data_dir: Path, shipped_under: Path) -> None:
    """Every self-test check passes and the shipped files are found inside this installation."""
    result = program.run(data_dir, "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 4 and all(line.startswith("ok ") for line in lines), result.stdout
    shipped = next(line for line in lines if "shipped files" in line)
    location = Path(shipped.rsplit(" in ", 1)[1])
    assert location.resolve().is_relative_to(shipped_under.resolve()), shipped
    sources = len(list((REPOSITORY / "resources" / "translations").glob("*.ts")))
    assert f"{sources} translations" in shipped, f"{shipped}: expected {sources} compiled translations"


def check_demo_report_guides(program: Program, data_dir: Path, out_dir: Path) -> None:
    """demo fills a database, report writes a readable Finnish PDF of it, guides search finds guides."""
    demo = program.run(data_dir, "--lang", "en", "demo", "--days", "60", "--until", "2026-11-30", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    assert "demo sessions" in demo.stdout
    pdf = out_dir / "raportti.pdf"
    report = program.run(data_dir, "report", *PERIOD, "--out", str(pdf), "--lang", "fi")
    assert report.returncode == 0, report.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Digitukiraportti" in text and "Ajanjakso" in text, text[:300]
    assert "Nimeämätön" in text or "Edellinen" in text, "the Finnish report lost its letters (font not shipped?)"
    stats = program.run(data_dir, "stats", "--json", *PERIOD)
    assert str(json.loads(stats.stdout)["sessions"]) in text.replace("\u00a0", "").replace(" ", "")
    search = program.run(data_dir, "guides", "search", "OmaKela", "--lang", "fi")
    assert search.returncode == 0, search.stderr
    assert search.stdout.strip(), "guides search found nothing"
    assert all(len(line.split("\t")) == 3 for line in search.stdout.strip().splitlines())


def check_closed_stdout_keeps_the_result(program: Program, data_dir: Path) -> None:
    """A scheduled task with stdout closed (or none at all) still gets the command's own exit code."""
    assert program.run(data_dir, "demo", "--days", "10", "--until", "2026-11-30").returncode == 0
    for args, expected in ((("stats", "--json", *PERIOD), 0), (("stats", "--json", "--from", "2026-12-31"), 2)):
        closed = subprocess.run(
            [*program.command, *args],
            cwd=program.cwd,
            env=program.environment(data_dir),
            stdin=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=lambda: os.close(1),
            timeout=120,
            check=False,
        )
        assert closed.returncode == expected, closed.stderr
        assert b"unexpected error" not in closed.stderr


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """Open without writing anything: the fixture must never grow -wal or -shm files."""
    immutable = "&immutable=1" if path == RELEASE1 or "backups" in path.parts else ""
    with closing(sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)) as connection:
        yield connection


def _rows(path: Path, table: str) -> tuple[list[str], set[tuple]]:
    with _read_only(path) as connection:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
        return columns, set(connection.execute(f"SELECT * FROM {table}"))


def sessions_of(path: Path, columns: list[str]) -> set[tuple]:
    """The given help_session columns of every session in a database file."""
    with _read_only(path) as connection:
        return set(connection.execute(f"SELECT {', '.join(columns)} FROM help_session"))


def revision_of(path: Path) -> str:
    with _read_only(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def place_release1(data_dir: Path) -> Path:
    """Put a copy of the release-1 database where the app looks for its database."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "desk.sqlite3"
    shutil.copyfile(RELEASE1, target)
    return target


def check_release1_upgrade(program: Program, data_dir: Path, head: str) -> None:
    """The release-1 file opens, is backed up first, migrated to head, and keeps every session."""
    database = place_release1(data_dir)
    original_columns, _ = _rows(RELEASE1, "help_session")
    original = sessions_of(RELEASE1, original_columns)
    assert len(original) == RELEASE1_SESSIONS and revision_of(RELEASE1) == "0001"

    stats = program.run(data_dir, "stats", "--json", *PERIOD)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["sessions"] == RELEASE1_SESSIONS
    assert revision_of(database) == head
    migrated_columns, _ = _rows(database, "help_session")
    kept = [column for column in original_columns if column in migrated_columns]
    assert "entry_id" in kept and "started_at" in kept
    assert sessions_of(database, kept) == {tuple(row[original_columns.index(c)] for c in kept) for row in original}
    for table in ("session_service", "session_guide", "sync_month"):
        assert len(_rows(database, table)[1]) == len(_rows(RELEASE1, table)[1]), table
    backups = sorted((data_dir / "backups").glob("desk-pre-migration-*.sqlite3"))
    if head == "0001":
        assert not backups, "a database already at head needs no pre-migration copy"
        return
    assert len(backups) == 1, list((data_dir / "backups").iterdir())
    assert revision_of(backups[0]) == "0001"
    assert sessions_of(backups[0], original_columns) == original


def check_newer_database_refused_untouched(program: Program, data_dir: Path) -> None:
    """A database from a newer release is refused with a clear message and left byte for byte as it was."""
    database = place_release1(data_dir)
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    listing = sorted(p.name for p in data_dir.iterdir())
    result = program.run(data_dir, "stats", "--json", *PERIOD)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "newer version" in result.stderr and "left unchanged" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not Path(f"{database}-wal").exists() and not Path(f"{database}-shm").exists()
    assert not list((data_dir / "backups").glob("*.sqlite3")) if (data_dir / "backups").exists() else True
    assert sorted(p.name for p in data_dir.iterdir() if p.name not in ("logs", "backups")) == [
        name for name in listing if name not in ("logs", "backups")
    ]


def check_gui_reaches_ready(program: Program, data_dir: Path) -> None:
    """The GUI starts on the release-1 database and the Desk page loads today's list."""
    place_release1(data_dir)
    config = data_dir / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(BRANCH_CONFIG, encoding="utf-8")
    process = subprocess.Popen(
        program.command,
        cwd=program.cwd,
        env=program.environment(data_dir, {"DESK_BENCH_EXIT_WHEN_READY": "1"}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=180)  # the app quits by itself once ready
    finally:
        if process.poll() is None:
            process.kill()
    markers = [line.split()[0] for line in stdout.splitlines() if line.strip()]
    assert markers[:2] == ["visible", "ready"], stdout + stderr
    assert process.returncode == 0, stderr
