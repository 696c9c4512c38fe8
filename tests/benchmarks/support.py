"""Timing helpers for benchmarks: percentiles, printed figures and docs/benchmarks.md sections."""

import platform
import re
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "benchmarks.md"


def timings_ms(action: Callable[[], object], repeat: int, warmup: int = 3) -> list[float]:
    """Run action repeat times (after warmup runs) and return each duration in milliseconds."""
    for _ in range(warmup):
        action()
    result = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        result.append((time.perf_counter() - start) * 1000)
    return result


def percentile(values: list[float], share: float) -> float:
    """The share-th percentile (0..1) of values."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> str:
    """Median and p95 in ms."""
    return f"median {statistics.median(values):.2f} ms, p95 {percentile(values, 0.95):.2f} ms (n={len(values)})"


def record(area: str, title: str, rows: list[tuple[str, str, str, str]]) -> None:
    """Print rows (what, measured, budget, verdict) and replace this area's section in docs/benchmarks.md.

    Each area owns the text between `<!-- bench:AREA -->` and `<!-- /bench:AREA -->`.
    """
    header = "| what | measured | budget | within |\n|---|---|---|---|\n"
    table = header + "".join(f"| {a} | {b} | {c} | {d} |\n" for a, b, c, d in rows)
    machine = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    body = f"## {title}\n\nMeasured {date.today().isoformat()} on {machine}.\n\n{table}"
    print(f"\n{title}\n{table}")
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Benchmarks\n\nRun with `make bench`.\n"
    block = f"<!-- bench:{area} -->\n{body}<!-- /bench:{area} -->"
    pattern = re.compile(rf"<!-- bench:{re.escape(area)} -->.*?<!-- /bench:{re.escape(area)} -->", re.S)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text, encoding="utf-8")


def verdict(ok: bool) -> str:
    """A yes/no word for a table."""
    return "yes" if ok else "**no**"
