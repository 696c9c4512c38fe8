"""Bundle figures for docs/benchmarks.md: size, file count, and launch-to-ready against the source install.

Run by `make bench-bundle` only (DESK_TEST_BUNDLE names the built bundle).
"""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks.support import record, verdict
from tests.packaging.support import BRANCH_CONFIG

BUNDLE = os.environ.get("DESK_TEST_BUNDLE")
RUNS = 5
SIZE_BUDGET_MB = 160


def _ready_ms(command, env):
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180, check=True)
    stamps = dict(line.split() for line in result.stdout.splitlines() if line.split()[:1] == ["ready"])
    return (float(stamps["ready"]) - start) * 1000


def _median(command, env):
    _ready_ms(command, env)  # warm the file cache
    return statistics.median(_ready_ms(command, env) for _ in range(RUNS))


@pytest.mark.skipif(not BUNDLE, reason="run `make bench-bundle`")
def test_bundle_figures(tmp_path):
    bundle = Path(BUNDLE)
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_DATA_DIR": str(data)}
    subprocess.run([str(bundle / "desk"), "demo", "--days", "365"], env=env, check=True, capture_output=True)
    (data / "config").mkdir(exist_ok=True)
    (data / "config" / "config.toml").write_text(BRANCH_CONFIG, encoding="utf-8")
    env["DESK_BENCH_EXIT_WHEN_READY"] = "1"
    source = _median([sys.executable, "-m", "desk"], env)
    bundled = _median([str(bundle / "desk")], env)
    record(
        "bundle",
        "One-folder bundle (Linux)",
        [
            ("bundle size on disk", f"{size_mb:.0f} MB", f"≤ {SIZE_BUDGET_MB} MB", verdict(size_mb <= SIZE_BUDGET_MB)),
            ("files in the bundle", f"{len(files)}", "–", "–"),
            ("source install: launch to ready (today's list loaded)", f"{source:.0f} ms", "–", "–"),
            (
                "bundle: launch to ready",
                f"{bundled:.0f} ms = {bundled / source:.2f} × source",
                "–",
                "–",
            ),
        ],
    )
