"""`make bench`: each figure a median over repeats, against a baseline measured in the same run.

Prints a table (each ratio, its target, and by how much and why a missed one is missed) and
writes bench/results.json. Never part of `make test`: timings depend on the machine; only the
ratios against a baseline taken alongside them mean anything. The figures live by area:
generation.py (generation and imports), payloads.py (parsing), http_get.py (a GET on
loopback); measure.py has what they share.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from generation import generation, imports
from http_get import http_get
from measure import CAPTURES, ROOT, Figure, Row, Skipped, median_seconds
from payloads import application_example, capture_body, captures, events, examples
from stages import stage_times

RESULTS = ROOT / "bench" / "results.json"


def hostile_import(work: Path) -> list[Row]:
    """import-docs on a 100 KB page of backtracking traps, against an ordinary page of the
    same size (the traps made the old patterns cubic: 8.9 s for 2.7 KB)."""
    sys.path.insert(0, str(ROOT))
    from tests.importer.hostile_page import benign_page, hostile_page
    from ucwa_codegen.importer import import_docs

    def timed(name: str, page: str) -> float:
        folder = work / name
        folder.mkdir()
        (folder / "startWidget_ref.md").write_text(page, encoding="utf-8")
        counter = iter(range(1000))
        return median_seconds(lambda: import_docs([folder], folder / f"out{next(counter)}"), 5)

    hostile = timed("hostile", hostile_page(100_000))
    benign = timed("benign", benign_page(100_000))
    return [Figure("import-docs, 100 KB hostile page / ordinary page", hostile, benign, 1.0)]


def first_use_payload(work: Path) -> tuple[Path, str]:
    """Capture 007's body, or the application example where the captures are absent."""
    body = capture_body("007_onprem_application_created_response.http")
    name = "capture 007"
    if body is None:
        body = application_example("json")
        name = "application example"
    path = work / "payload.json"
    path.write_bytes(body)
    return path, name


def measured(work: Path) -> Iterator[list[Row]]:
    """The rows, area by area, as each is measured."""
    print(stage_times(work))
    yield generation(work)
    yield imports(work / "opc", *first_use_payload(work))
    yield hostile_import(work)
    yield http_get()
    yield captures()
    yield examples()
    yield events()


def main() -> None:
    if not CAPTURES.is_dir():
        print(f"{CAPTURES} is absent: the rows of real captures are skipped.\n")
    rows: list[Row] = []
    print(f"{'figure':<64} {'value':>13} {'baseline':>13} {'ratio':>8}  target")
    with tempfile.TemporaryDirectory(prefix="ucwa-bench-") as scratch:
        for area in measured(Path(scratch)):
            for row in area:
                print(row.row(), flush=True)
            rows += area
    missed = [row for row in rows if isinstance(row, Figure) and not row.met]
    if missed:
        print("\nMissed targets, by how much and why:")
        for figure in missed:
            over = figure.ratio / figure.target
            print(f"- {figure.name}: {figure.ratio:.2f}x for <= {figure.target} ({over:.2f}x over)")
            print(f"  where the time goes: {figure.why or 'not profiled yet'}.")
    skipped = [row for row in rows if isinstance(row, Skipped)]
    if skipped:
        print(f"\n{len(skipped)} row(s) skipped (see above).")
    RESULTS.write_text(json.dumps([row.as_data() for row in rows], indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
