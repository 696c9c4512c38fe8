"""`desk self-test`: shipped files, offscreen Qt, a temporary migrated database and a one-page PDF."""

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from desk import SELF_TEST_QT_PROBE
from desk.resources import migrations_path, resource_path

TRANSLATED_LANGUAGES = ("fi", "sv")


def qt_probe_command() -> list[str]:
    """How to start this same app as the Qt probe: a frozen app is its own interpreter."""
    if getattr(sys, "frozen", False):
        return [sys.executable, SELF_TEST_QT_PROBE]
    return [sys.executable, "-m", "desk", SELF_TEST_QT_PROBE]


def run_qt_probe() -> int:
    """The child side of check_qt(): render offscreen, print what happened, return an exit code."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from desk.ui.selftest import render_probe

        print(render_probe(), flush=True)
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


def check_shipped_files() -> str:
    """The compiled translations, the migrations, the guides, fonts and catalogue are where the app looks."""
    missing = [
        str(path)
        for path in (
            *(resource_path("translations", f"core_{language}.qm") for language in TRANSLATED_LANGUAGES),
            resource_path("fonts", "DeskSans.ttf"),
            resource_path("catalogue", "services.toml"),
            migrations_path() / "env.py",
        )
        if not path.is_file()
    ]
    if missing:
        raise RuntimeError("missing " + ", ".join(missing))
    translations = len(list(resource_path("translations").glob("*.qm")))
    guides = len(list(resource_path("guides").rglob("*.md")))
    return f"{translations} translations, {guides} guide files in {resource_path()}"


def check_qt() -> str:
    """Render a widget offscreen in a child process (a Qt abort must not kill the self-test)."""
    result = subprocess.run(
        qt_probe_command(), capture_output=True, text=True, timeout=60, env={**os.environ}, check=False
    )
    if result.returncode != 0:
        raise RuntimeError((result.stderr.strip().splitlines() or ["Qt could not start"])[-1])
    return result.stdout.strip()


def check_database() -> str:
    """Create, migrate and write a temporary database."""
    from datetime import datetime, timedelta

    from desk.domain.codes import Outcome
    from desk.domain.session import SessionDraft
    from desk.store.migrate import head_revision
    from desk.store.opening import open_local
    from desk.store.sessions import SessionRepository

    with tempfile.TemporaryDirectory() as folder:
        with open_local(Path(folder) / "self-test.sqlite3") as database:
            draft = SessionDraft(("email",), datetime.now() - timedelta(minutes=20), 15, Outcome.SOLVED)
            SessionRepository(database).add(draft)
            count = SessionRepository(database).count()
    if count != 1:
        raise RuntimeError(f"expected 1 session, found {count}")
    return f"schema {head_revision()}, write and read back"


def check_pdf() -> str:
    """Make a one-page PDF with the embedded font."""
    from desk.reports.pdf_probe import one_page_pdf

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "self-test.pdf"
        one_page_pdf(target)
        size = target.stat().st_size
        if not target.read_bytes().startswith(b"%PDF"):
            raise RuntimeError("the file is not a PDF")
    return f"{size} bytes"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("shipped files", check_shipped_files),
    ("offscreen Qt", check_qt),
    ("database", check_database),
    ("PDF", check_pdf),
)


def run_checks() -> list[tuple[str, bool, str]]:
    """Run every check; each returns (name, passed, detail)."""
    results = []
    for name, check in CHECKS:
        try:
            results.append((name, True, check()))
        except Exception as exc:
            results.append((name, False, str(exc) or type(exc).__name__))
    return results
