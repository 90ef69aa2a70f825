"""Stage 5: put a rendered tree on disk atomically, or compare it with what is there.

The whole output folder changes in one step. ``staged`` (``write_tree`` in one call) builds
a complete new copy of ``out`` in a hidden sibling folder (``.<out>.ucwa-gen-new-*``): the
generated files, written (or hard-linked from ``out`` where unchanged), and every entry of
``out`` the generator does not own (a user's file, ``ucwa.egg-info`` from an editable install)
hard-linked across, the folders recreated. Then one system call, Linux
``renameat2(RENAME_EXCHANGE)``, swaps the two folders, and the sibling, now the old output,
is removed.

Why the whole folder, rather than each generated entry (docs/, pyproject.toml, ucwa/) in turn,
or one owned folder holding them all:

- Swapping entries one by one cannot be atomic: a run killed between two swaps leaves new docs
  beside the old package.
- One owned folder (``generated/client/{pyproject.toml,ucwa,docs}``) would change the layout
  that ``pip install -e ./generated``, the Makefile, tools/dist.py, the README and every
  existing checkout's virtual environment rely on; and pip writes into the project folder
  (``ucwa.egg-info``), so that folder would hold foreign files too.
- Hard links carry the foreign entries across without copying them and without moving them:
  until the swap they are still in ``out`` as they were; after it they are in the new ``out``,
  the same files. The one thing lost is a change made to a foreign file by replacing it
  (not editing it in place) during the few milliseconds between linking and swapping.

A kill at any point leaves ``out`` whole, old or new:

- before the swap (writing, linking): ``out`` is untouched; the sibling is a stray;
- after the swap, before or while the old copy is removed: ``out`` is the new one; the old
  copy, in the sibling, is a stray.

The next run removes strays before it writes (a run that fails on bad input writes nothing,
so removes nothing either). ``out`` is resolved first: a symbolic link to the output folder
stays, and its target is swapped. Where the exchange is not available (not Linux, an old
kernel, a file system without it) a swap takes two renames, ``out`` to ``.<out>.ucwa-gen-old``
then the new copy to ``out``; a run killed between them leaves no ``out`` but the whole old one
beside it, which the next run moves back before anything else.

Two runs writing beside each other take turns: each holds an exclusive ``flock`` on the parent
folder while it cleans up, stages and swaps, so that none removes another's sibling as a
stray. (Where the file system refuses the lock, as NFS may on a folder, runs go unlocked.)

What it costs and needs: the parent of ``out`` must be writable (the sibling lives there; a
stray one beside ``generated/`` is in .gitignore), and ``out`` cannot be a mount point or the
root; either way the run fails before anything changes. Every run relinks each foreign file,
so a large tree kept inside ``out`` (a virtual environment, say) makes writing slower; ``out``'s
own mode is kept, and bytecode below a generated folder goes with the old copy, as before. A
process whose working folder is inside ``out`` stays in the old copy. None of this touches the
no-change path of ``generate``, which answers before anything is built.

Not covered: power loss (nothing is fsynced).
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path

TEMP_MARK = ".ucwa-gen-"


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


def temp_prefix(out: Path) -> str:
    """What the names of ``out``'s temporary siblings start with."""
    return f".{out.name}{TEMP_MARK}"


def _old(out: Path) -> Path:
    """Where the two-rename fallback parks the old output between its renames."""
    return out.with_name(f"{temp_prefix(out)}old")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _remove_leftovers(out: Path) -> None:
    """Undo what a killed run left: the old output parked by the fallback, stray siblings."""
    if _old(out).exists() and not out.exists():  # killed between the two fallback renames
        os.rename(_old(out), out)
    for stray in out.parent.iterdir():
        if stray.name.startswith(temp_prefix(out)):
            _remove(stray)


def _same(path: Path, content: bytes) -> bool:
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except OSError:
        return False


def _carry(source: Path, target: Path) -> None:
    """Recreate ``source`` at ``target``: folders made anew, everything else hard-linked."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        target.mkdir()
        for child in source.iterdir():
            _carry(child, target / child.name)
        shutil.copystat(source, target)
    else:
        try:
            os.link(source, target)
        except OSError:  # a file system without hard links, or a file the user may not link
            shutil.copy2(source, target)


def _new_staging(out: Path, owned: frozenset[str]) -> Path:
    """A hidden sibling folder holding, to begin with, every entry of ``out`` not ``owned``."""
    staging = out.with_name(f"{temp_prefix(out)}new-{os.getpid()}-{secrets.token_hex(4)}")
    staging.mkdir()
    try:
        if out.is_dir():
            shutil.copymode(out, staging)
            for entry in sorted(out.iterdir()):
                if entry.name not in owned:
                    _carry(entry, staging / entry.name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _add(
    staging: Path, out: Path, owned: frozenset[str], made: set[Path], files: Mapping[str, bytes]
) -> None:
    """Put ``files`` in ``staging``: linked from ``out`` where unchanged, written otherwise."""
    for relative, content in sorted(files.items()):
        if relative.split("/", 1)[0] not in owned:
            raise ValueError(f"{relative} is not below {', '.join(sorted(owned))}")
        target, current = staging / relative, out / relative
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if _same(current, content):
            os.link(current, target)  # unchanged: share the file instead of copying it
        else:
            target.write_bytes(content)


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (waiting for it), where the system allows one."""
    try:
        import fcntl
    except ImportError:  # not a POSIX system
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        except OSError as error:
            if error.errno not in (errno.EBADF, errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP):
                raise
        yield
    finally:
        os.close(descriptor)  # releases the lock


@contextmanager
def staged(out: Path, owned: Iterable[str]) -> Iterator[Callable[[Mapping[str, bytes]], None]]:
    """Make ``out`` hold exactly the files given to the function this yields (a mapping of
    paths to bytes, as many times as needed) below the entries ``owned`` names, in one step
    when the block ends; nothing changes if it raises. Entries of ``out`` not ``owned`` are
    kept as they are.

    The files are written as they come, so a caller can write some while it waits for the
    others (the Markdown reference while ruff formats the package, see Pipeline.generate).
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    names = frozenset(owned)
    with _locked(out.parent):
        _remove_leftovers(out)
        staging = _new_staging(out, names)
        try:
            yield partial(_add, staging, out, names, set())
            _swap(staging, out)
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def write_tree(files: Mapping[str, bytes], out: Path) -> None:
    """Make ``out`` hold exactly ``files`` below the entries they name, in one step.

    Entries of ``out`` that no path of ``files`` starts with are kept as they are.
    """
    with staged(out, _top_level(files)) as add:
        add(files)


def _swap(staging: Path, out: Path) -> None:
    """Put the complete new copy in ``staging`` at ``out`` (``staging`` then holds the old
    one, or nothing)."""
    if not out.exists():
        os.rename(staging, out)
    elif _exchange(staging, out):
        pass  # staging now holds the old output, removed by the caller
    else:
        os.rename(out, _old(out))
        os.rename(staging, out)
        shutil.rmtree(_old(out), ignore_errors=True)


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
