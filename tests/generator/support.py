"""Helpers shared by the generator's tests: paths, running ``ucwa-gen``, reading trees."""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from ucwa_codegen.cli import main

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
DEFINITIONS = ROOT / "definitions"
GENERATED = ROOT / "generated"
PYPROJECT = ROOT / "pyproject.toml"
README = ROOT / "README.md"
MINIMAL = ROOT / "tests" / "fixtures" / "minimal"
MINIMAL_DEFINITIONS = MINIMAL / "definitions"
EXPECTED = MINIMAL / "expected"
BIN = Path(sys.executable).parent

Tree = dict[str, bytes | None]


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str


def ucwa_gen(*args: str | Path) -> Run:
    """Run ``ucwa-gen`` in this process; a traceback fails the test rather than hide."""
    result = CliRunner().invoke(main, [str(arg) for arg in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def generate(definitions: Path, out: Path) -> Run:
    return ucwa_gen(
        "generate", "--definitions", definitions, "--templates", TEMPLATES, "--out", out
    )


def read_tree(root: Path) -> Tree:
    """Every file (its bytes) and folder (None) below ``root``, by relative POSIX path."""
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): (path.read_bytes() if path.is_file() else None)
        for path in sorted(root.rglob("*"))
    }


def files_of(tree: Tree) -> dict[str, bytes]:
    return {path: content for path, content in tree.items() if content is not None}


def copy_minimal(target: Path) -> Path:
    """A writable copy of the minimal fixture's definitions at ``target``."""
    shutil.copytree(MINIMAL_DEFINITIONS, target)
    return target
