"""Sync budgets (DESIGN.md section 8): one month's sync ≤ 100 ms; collecting 2,000 devices × 12 months
≤ 1.5 × a bare json.load of the same files and ≤ 300 MB peak memory.

The share is generated once and cached under /tmp (DESK_BENCH_SHARE overrides). Collection and
the json.load baseline each run in a fresh subprocess, so peak RSS (resource.getrusage) is theirs
alone; the files are read once beforehand so both find them in the page cache.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from desk.config import Config
from desk.store.database import Database
from desk.store.demo import DemoOptions, fill_demo
from desk.store.sessions import SessionRepository
from desk.sync.syncer import Syncer
from tests.benchmarks.share_generator import generate_share
from tests.benchmarks.support import percentile, record, summary, timings_ms, verdict

DEVICES, MONTHS = 2000, 12
SHARE = Path(os.environ.get("DESK_BENCH_SHARE", Path(tempfile.gettempdir()) / "digituki-bench-share"))

_BASELINE = """
import json, os, resource, sys, time
root = sys.argv[1]
files = [os.path.join(d, n) for d, _, names in os.walk(root) for n in names if n.endswith(".json")]
start = time.perf_counter()
for path in files:
    with open(path, "rb") as handle:
        json.load(handle)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "files": len(files), "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

_COLLECT = """
import json, resource, sys, time
from pathlib import Path
from desk.sync.central_db import open_central
from desk.sync.collect import collect
central = open_central(Path(sys.argv[2]))
start = time.perf_counter()
result = collect(Path(sys.argv[1]), central)
elapsed = time.perf_counter() - start
central.close()
print(json.dumps({"seconds": elapsed, "added": result.added, "skipped": len(result.skipped),
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _subprocess(script: str, *args: str) -> dict:
    output = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2]
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def test_sync_of_one_month(tmp_path, monkeypatch):
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path))
    database = Database.open(tmp_path / "desk.sqlite3")
    fill_demo(database, DemoOptions(days=365, seed=3, until=date(2026, 12, 31), weekly_sessions=150))
    config = Config({"branch.id": "kallio", "branch.name": "Kallion kirjasto", "branch.region": "Uusimaa"})
    share = tmp_path / "share"
    share.mkdir()
    syncer = Syncer(config, database)
    start = time.perf_counter()
    first = syncer.run(share)
    first_ms = (time.perf_counter() - start) * 1000
    assert first.ok and len(first.written) >= 12
    repo = SessionRepository(database)
    [session] = repo.between(datetime(2026, 6, 10), datetime(2026, 6, 11))[:1] or repo.between(
        datetime(2026, 6, 1), datetime(2026, 7, 1)
    )[:1]
    minutes = iter(range(1, 400))

    def edit_and_sync() -> None:
        repo.update(session.id, session.draft.__class__(**{**session.draft.__dict__, "duration_minutes": next(minutes)}))
        result = syncer.run(share)
        assert result.written == ["2026-06"], result.written

    def sync_only() -> None:
        syncer.run(share)

    edit_ms = timings_ms(edit_and_sync, repeat=20, warmup=2)
    idle_ms = timings_ms(sync_only, repeat=20, warmup=2)
    database.close()
    record(
        "sync",
        "Sync to the share",
        [
            ("sync of one changed month (edit + run, 7,800 sessions a year)", summary(edit_ms), "≤ 100 ms",
             verdict(percentile(edit_ms, 0.95) <= 100)),
            ("sync run with nothing changed", summary(idle_ms), "—", "—"),
            (f"first sync, {len(first.written)} months", f"{first_ms:.0f} ms", "—", "—"),
        ],
    )


def test_central_collection(tmp_path):
    start = time.perf_counter()
    files = generate_share(SHARE, DEVICES, MONTHS)
    generated_s = time.perf_counter() - start
    print(f"share of {files} files ready in {generated_s:.1f} s at {SHARE}")
    _subprocess(_BASELINE, str(SHARE))  # warm the page cache
    baseline = _subprocess(_BASELINE, str(SHARE))
    collected = _subprocess(_COLLECT, str(SHARE), str(tmp_path / "central.sqlite3"))
    again = _subprocess(_COLLECT, str(SHARE), str(tmp_path / "central.sqlite3"))
    assert collected["added"] == files and collected["skipped"] == 0 and again["added"] == 0
    ratio = collected["seconds"] / baseline["seconds"]
    peak_mb = collected["peak_kb"] / 1024
    size_mb = sum(path.stat().st_size for path in SHARE.rglob("*.json")) / 1e6
    rows = [
        (f"bare json.load of {files} files ({size_mb:.0f} MB)", f"{baseline['seconds']:.2f} s, "
         f"{baseline['peak_kb'] / 1024:.0f} MB peak", "baseline", "—"),
        (f"central collection, {DEVICES} devices × {MONTHS} months", f"{collected['seconds']:.2f} s "
         f"({ratio:.2f} × baseline)", "≤ 1.5 × baseline", verdict(ratio <= 1.5)),
        ("central collection peak memory", f"{peak_mb:.0f} MB", "≤ 300 MB", verdict(peak_mb <= 300)),
        ("collecting again, nothing changed", f"{again['seconds']:.2f} s", "—", "—"),
    ]
    record("sync-collect", "Central collection", rows)
