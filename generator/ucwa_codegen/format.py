"""Stage 4b: lay out the rendered Python the way ``ruff format`` does, in one ruff run.

Templates decide what code says; ruff decides where lines break. Writing a second layout
engine into the templates would drift from ruff with every long name, so the rendered tree is
formatted here with the ruff version the project pins, which keeps the output byte-identical
from run to run. Imports are not sorted here: the generator writes them in isort's order
(imports.py), which saves a second ruff run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from functools import cache as once
from pathlib import Path

from .cache import NO_CACHE, Cache
from .stamp import digest

LINE_LENGTH = 100
TARGET = "py311"
# How ruff is told to read generated code: its defaults, the line length, the version (the
# test that imports come out in isort's order runs isort with the same).
RUFF_OPTIONS = (
    "--isolated",
    "--no-cache",
    "--line-length",
    str(LINE_LENGTH),
    "--target-version",
    TARGET,
)


@once
def ruff_identity() -> str:
    """Which ruff formats, part of every cache key: its executable's path, size and
    modification time, which installing any other ruff changes. (Asking importlib.metadata
    for its version cost a changed run 30 ms, importing the module alone.)"""
    path = ruff_bin()
    stat = os.stat(path)
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}"


@once
def ruff_bin() -> str:
    """The ruff executable of this virtual environment, else where ruff's own lookup finds
    it (that lookup loads sysconfig's data: 10 ms of a run's imports). Outside a virtual
    environment the folder of the interpreter may hold another ruff than the package's."""
    beside = os.path.join(os.path.dirname(sys.executable), "ruff")
    in_venv = sys.prefix != sys.base_prefix
    if in_venv and os.name == "posix" and os.access(beside, os.X_OK) and os.path.isfile(beside):
        return beside
    from ruff import find_ruff_bin  # type: ignore[import-untyped]

    found: str = find_ruff_bin()
    return found


class FormatFailed(Exception):
    """ruff could not format the rendered code: a template produced invalid Python."""


def format_tree(files: Mapping[str, bytes], cache: Cache = NO_CACHE) -> dict[str, bytes]:
    """The same tree with every ``.py`` file formatted.

    Only files whose unformatted text ``cache`` does not know go through ruff, in one run.
    """
    formatted = cache.remember_all(
        (path for path in files if path.endswith(".py")),
        lambda path: digest("ruff format", ruff_identity(), str(LINE_LENGTH), TARGET, files[path]),
        lambda paths: _run_ruff({path: files[path] for path in paths}),
    )
    return {path: formatted.get(path, content) for path, content in files.items()}


def scratch_parent() -> str | None:
    """Where the scratch folder goes: in memory (/dev/shm) when the machine has it.

    ruff rewrites each file in place, and on a disk filesystem such as ext4 every rewrite of
    a file (and every removal) can wait for the disk: on the reference machine that tripled
    the time of the formatting stage. The files live only for the ruff run, so nothing
    needs them on disk. Elsewhere, the system's temporary folder.
    """
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _run_ruff(python: Mapping[str, bytes]) -> dict[str, bytes]:
    """Format the given files in one ruff run over a scratch folder."""
    if not python:
        return {}
    with tempfile.TemporaryDirectory(prefix="ucwa-gen-format-", dir=scratch_parent()) as scratch:
        root = Path(scratch)
        for relative, content in python.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        result = subprocess.run(
            [ruff_bin(), "format", "--quiet", *RUFF_OPTIONS, str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise FormatFailed(result.stderr.replace(scratch, "<generated>") or result.stdout)
        return {path: (root / path).read_bytes() for path in python}
