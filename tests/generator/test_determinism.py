"""Generation is a pure function of definitions and templates: same input, same bytes."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .support import DEFINITIONS, MINIMAL_DEFINITIONS, TEMPLATES, files_of, generate, read_tree


def test_generating_twice_gives_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert generate(MINIMAL_DEFINITIONS, first).exit_code == 0
    assert generate(MINIMAL_DEFINITIONS, second).exit_code == 0
    tree = read_tree(first)
    assert len(files_of(tree)) > 10
    assert read_tree(second) == tree


def test_regenerating_in_place_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0
    before = read_tree(out)
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0
    assert read_tree(out) == before


@pytest.mark.parametrize("definitions", [MINIMAL_DEFINITIONS, DEFINITIONS], ids=["minimal", "real"])
def test_output_does_not_depend_on_hash_seed(tmp_path: Path, definitions: Path) -> None:
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed-{seed}"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "ucwa_codegen",
                "generate",
                "--definitions",
                str(definitions),
                "--templates",
                str(TEMPLATES),
                "--out",
                str(out),
            ],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        trees.append(read_tree(out))
    assert files_of(trees[0])
    assert trees[0] == trees[1]


@pytest.mark.parametrize("order", ["reversed", "shuffled"])
def test_output_does_not_depend_on_the_order_of_files_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: str
) -> None:
    # A file system lists a folder in whatever order it keeps it; the loader must not care.
    out = tmp_path / "as-listed"
    assert generate(DEFINITIONS, out).exit_code == 0
    listed = Path.rglob

    def reordered(self: Path, pattern: str) -> Any:
        found = list(listed(self, pattern))
        if order == "reversed":
            return iter(found[::-1])
        random.Random(7).shuffle(found)
        return iter(found)

    monkeypatch.setattr(Path, "rglob", reordered)
    other = tmp_path / order
    assert generate(DEFINITIONS, other).exit_code == 0
    monkeypatch.undo()
    assert read_tree(other) == read_tree(out)
