"""Stage 5: put a rendered tree on disk atomically, or compare it with what is there.

Generation writes into a fresh sibling folder and swaps it in with renames, so a run that
fails or is killed leaves the previous package untouched (at worst a stray temporary folder
that the next run removes).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

TEMP_PREFIX = ".ucwa-gen-"


def _top_level(files: Mapping[str, bytes]) -> set[str]:
    return {path.split("/", 1)[0] for path in files}


def _remove_leftovers(out: Path) -> None:
    for stray in out.glob(TEMP_PREFIX + "*"):
        shutil.rmtree(stray, ignore_errors=True)


def write_tree(files: Mapping[str, bytes], out: Path) -> None:
    """Replace each top-level folder of ``files`` under ``out`` with exactly ``files``."""
    out.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out)
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    try:
        for relative, content in sorted(files.items()):
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        for name in sorted(_top_level(files)):
            final = out / name
            old = out / f"{TEMP_PREFIX}old-{name}"
            if final.exists():
                os.replace(final, old)
            os.replace(staging / name, final)
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def differences(files: Mapping[str, bytes], out: Path) -> list[str]:
    """Paths (relative to ``out``) that are missing, different or extra on disk."""
    found: list[str] = []
    for relative, content in sorted(files.items()):
        path = out / relative
        if not path.is_file():
            found.append(f"missing: {relative}")
        elif path.read_bytes() != content:
            found.append(f"differs: {relative}")
    for name in sorted(_top_level(files)):
        for path in sorted((out / name).rglob("*")):
            relative = path.relative_to(out).as_posix()
            if path.is_file() and relative not in files and "__pycache__" not in path.parts:
                found.append(f"extra: {relative}")
    return found
