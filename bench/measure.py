"""What every benchmark shares: medians, fresh interpreters, and the Figure each one gives.

A figure is a ratio against a baseline measured in the same run, on the same machine; its
``why`` says what the remaining cost is when the target is missed. Rows that need data the
checkout does not carry (the captures in ../shared) are skipped with a message instead.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BENCH_BIN = ROOT / ".venv-bench" / "bin"
CAPTURES = Path(os.environ.get("UCWA_CAPTURES", ROOT.parent / "shared" / "ucwa-captures"))


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(
    ours: Callable[[], object], theirs: Callable[[], object], repeats: int
) -> tuple[float, float]:
    """Medians of both, measured turn about, so that both see the same machine."""
    return interleaved_seconds(
        lambda: median_seconds(ours, 1), lambda: median_seconds(theirs, 1), repeats
    )


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(c) for c in command], cwd=cwd, check=True, capture_output=True)


def python_seconds(code: str, python: Path | str = sys.executable, *arguments: Path) -> float:
    """What ``code`` prints (seconds), run once in a fresh interpreter with ``arguments``."""
    result = subprocess.run(
        [str(python), "-c", code, *map(str, arguments)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip())


def interleaved_seconds(
    ours: Callable[[], float], theirs: Callable[[], float], repeats: int
) -> tuple[float, float]:
    """Medians of what both report (each a fresh interpreter's own timing), run turn about
    so that both see the same machine."""
    mine, baseline = [], []
    for _ in range(repeats):
        mine.append(ours())
        baseline.append(theirs())
    return statistics.median(mine), statistics.median(baseline)


@dataclass
class Figure:
    name: str
    value: float
    baseline: float
    target: float
    why: str = ""  # what the time goes to, printed when the target is missed

    @property
    def ratio(self) -> float:
        return self.value / self.baseline

    @property
    def met(self) -> bool:
        return self.ratio <= self.target

    def row(self) -> str:
        mark = "ok" if self.met else f"MISSED by {self.ratio / self.target:.2f}x"
        return (
            f"{self.name:<64} {self.value * 1000:10.2f} ms {self.baseline * 1000:10.2f} ms "
            f"{self.ratio:7.2f}x  <= {self.target:<5} {mark}"
        )

    def as_data(self) -> dict[str, object]:
        return {
            "figure": self.name,
            "value_s": self.value,
            "baseline_s": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
            "met": self.met,
            "why_missed": "" if self.met else self.why,
        }


@dataclass
class Skipped:
    """A row that could not be measured here, and why."""

    name: str
    reason: str

    def row(self) -> str:
        return f"{self.name:<64} skipped: {self.reason}"

    def as_data(self) -> dict[str, object]:
        return {"figure": self.name, "skipped": self.reason}


Row = Figure | Skipped
