"""Stage 5: put a rendered tree on disk atomically, or compare it with what is there.

Generation writes into a fresh sibling folder and swaps each top-level entry (the package,
its docs, its project file) with the old one in one system call (Linux
``renameat2(RENAME_EXCHANGE)``), so a run that fails or is killed at any point leaves each of
them whole, old or new, never a mix; at worst a stray temporary folder stays, which the next
run removes. The package is swapped last: a run killed between two swaps leaves the whole old
package beside newer docs, which ``check`` reports and the next run completes. Where the
exchange is not available a swap takes two renames, and a run killed between them is repaired
by the next run, which moves the old entry back before anything else.
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

TEMP_PREFIX = ".ucwa-gen-"


def _top_level(files: Mapping[str, bytes]) -> set[str]:
    return {path.split("/", 1)[0] for path in files}


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False where the system cannot (not Linux, old kernel, ...)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    done = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _old(out: Path, name: str) -> Path:
    return out / f"{TEMP_PREFIX}old-{name}"


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _remove_leftovers(out: Path, names: set[str]) -> None:
    for name in names:  # a run killed between the two fallback renames: put the old one back
        if _old(out, name).exists() and not (out / name).exists():
            os.replace(_old(out, name), out / name)
    for stray in out.glob(TEMP_PREFIX + "*"):
        _remove(stray)


def _same(path: Path, content: bytes) -> bool:
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def write_tree(files: Mapping[str, bytes], out: Path, *, last: str | None = None) -> None:
    """Replace each top-level entry of ``files`` under ``out`` with exactly ``files``.

    The entries are swapped in name order, except ``last`` (the package), swapped after all.
    """
    out.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out, _top_level(files))
    staging = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out))
    try:
        made: set[Path] = set()
        for relative, content in sorted(files.items()):
            target, current = staging / relative, out / relative
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if _same(current, content):
                os.link(current, target)  # unchanged: share the file instead of copying it
            else:
                target.write_bytes(content)
        for name in sorted(_top_level(files), key=lambda name: (name == last, name)):
            final, fresh = out / name, staging / name
            if not final.exists():
                os.replace(fresh, final)
            elif not _exchange(fresh, final):  # the old entry stays in staging, removed below
                os.replace(final, _old(out, name))
                os.replace(fresh, final)
                _remove(_old(out, name))
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
