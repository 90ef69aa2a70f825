"""Stage 5: put a rendered tree on disk atomically, or compare it with what is there.

The whole output folder changes in one step. ``staged`` (``write_tree`` in one call) makes a
complete new copy of ``out`` in a hidden sibling folder, the spare (``.<out>.ucwa-gen-spare``):
the generated files, written (or hard-linked from ``out`` where unchanged), and every entry of
``out`` the generator does not own (a user's file, ``ucwa.egg-info`` from an editable install)
hard-linked across, the folders recreated. Then one system call, Linux
``renameat2(RENAME_EXCHANGE)``, swaps the two folders. The spare, now the old output, is kept
for the next run, which brings it up to date instead of building a copy from nothing: it
rewrites only the files that differ (a new file renamed over the old one, never an edit of a
file the output may share), removes what is no longer generated, and links the foreign
entries anew. A run that changes one definition so writes two files, where a copy made anew
would cost a link and a removal for each of the 500 (about 60 ms of a 630 ms run on the loaded
reference machine). What the spare holds is never trusted: every file is compared with what
the run generates, and anything that is not a plain file or folder where one is expected (a
symbolic link, say) is replaced.

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

- before the swap (writing, linking): ``out`` is untouched; the spare is half brought up to
  date, which the next run finishes;
- after the swap: ``out`` is the new one; the old one is the spare.

The next run removes other leftovers before it writes (a run that fails on bad input writes
nothing, so removes nothing either). ``out`` is resolved first: a symbolic link to the output
folder stays, and its target is swapped. Where the exchange is not available (not Linux, an
old kernel, a file system without it) a swap takes three renames, ``out`` to
``.<out>.ucwa-gen-old``, the spare to ``out``, then the old output to the spare; a run killed
between the first two leaves no ``out`` but the whole old one beside it, which the next run
moves back before anything else.

Two runs writing beside each other take turns: each holds an exclusive ``flock`` on the parent
folder while it cleans up, stages and swaps, so that none works on another's spare. (Where
the file system refuses the lock, as NFS may on a folder, runs go unlocked.)

What it costs and needs: the parent of ``out`` must be writable (the spare lives there; it is
in .gitignore beside ``generated/``), and ``out`` cannot be a mount point or the root; either
way the run fails before anything changes. The spare takes the room of the files the last run
replaced (the rest are links to the output's own). Every run relinks each foreign file, so a
large tree kept inside ``out`` (a virtual environment, say) makes writing slower; ``out``'s own
mode is kept, and bytecode below a generated folder goes with the old copy, as before. A
process whose working folder is inside ``out`` stays in the old copy. None of this touches the
no-change path of ``generate``, which answers before anything is built.

Not covered: power loss (nothing is fsynced).
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import stat
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


def spare(out: Path) -> Path:
    """The previous output, kept beside ``out`` as the next run's staging folder."""
    return out.with_name(f"{temp_prefix(out)}spare")


def _remove_leftovers(out: Path) -> None:
    """Undo what a killed run left: the old output parked by the fallback, other siblings
    (the staging folders of earlier versions); the spare stays."""
    if _old(out).exists() and not out.exists():  # killed between the two fallback renames
        os.rename(_old(out), out)
    for stray in out.parent.iterdir():
        if stray.name.startswith(temp_prefix(out)) and stray.name != spare(out).name:
            _remove(stray)


def _same(path: Path, content: bytes) -> bool:
    """Whether ``path`` is a plain file (not a link to one) holding ``content``."""
    try:
        found = os.lstat(path)
        return (
            stat.S_ISREG(found.st_mode)
            and found.st_size == len(content)
            and path.read_bytes() == content
        )
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


def _staging(out: Path, owned: frozenset[str]) -> Path:
    """The spare, holding every entry of ``out`` not ``owned`` (linked anew) beside what the
    last swap left of the owned ones; an empty folder when there is no spare."""
    staging = spare(out)
    if staging.is_symlink() or not staging.is_dir():
        _remove(staging)
        staging.mkdir()
    else:
        for entry in staging.iterdir():
            if entry.name not in owned:
                _remove(entry)
    if out.is_dir():
        shutil.copymode(out, staging)
        for entry in sorted(out.iterdir()):
            if entry.name not in owned:
                _carry(entry, staging / entry.name)
    return staging


def _folder(staging: Path, relative: str) -> None:
    """Make ``relative`` a real folder below ``staging``, every folder on the way too (a
    file or a symbolic link in the spare where a folder belongs is removed first: nothing
    may be written through a link)."""
    path = staging
    for part in relative.split("/"):
        path = path / part
        if path.is_symlink() or (path.exists() and not path.is_dir()):
            _remove(path)
        if not path.is_dir():
            path.mkdir()


def _put(target: Path, current: Path, content: bytes) -> None:
    """Make ``target`` a new file of ``content``: a link to ``current`` when that holds it
    (unchanged: share the file instead of copying it). What the spare had there is replaced
    by a rename, never written into: it may be a link to a file of the output."""
    if os.path.lexists(target):
        temporary = target.with_name(f".{target.name}{TEMP_MARK}new")
        _remove(temporary)
        _put(temporary, current, content)
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        os.replace(temporary, target)
    elif _same(current, content):
        os.link(current, target)
    else:
        target.write_bytes(content)


def _add(
    staging: Path,
    out: Path,
    owned: frozenset[str],
    made: set[str],
    added: set[str],
    files: Mapping[str, bytes],
) -> None:
    """Put ``files`` in ``staging``: kept where the spare holds them already, linked from
    ``out`` where unchanged, written otherwise."""
    for relative, content in sorted(files.items()):
        if relative.split("/", 1)[0] not in owned:
            raise ValueError(f"{relative} is not below {', '.join(sorted(owned))}")
        folder = relative.rpartition("/")[0]
        if folder and folder not in made:
            _folder(staging, folder)
            made.add(folder)
        added.add(relative)
        target = staging / relative
        if not _same(target, content):
            _put(target, out / relative, content)


def _prune(staging: Path, owned: frozenset[str], added: set[str]) -> None:
    """Remove from the owned entries of ``staging`` every file not ``added`` (what the spare
    held that this run does not generate, bytecode included) and every folder left empty."""
    kept = {relative.rpartition("/")[0] for relative in added}
    kept |= {
        folder.rsplit("/", depth)[0] for folder in kept for depth in range(1, folder.count("/") + 1)
    }
    for name in sorted(owned):
        top = staging / name
        if not top.is_dir() or top.is_symlink():
            if name not in added and os.path.lexists(top):
                _remove(top)
            continue
        base = len(str(staging)) + 1
        for folder, folders, names in os.walk(top, topdown=False):
            for entry in names:
                if os.path.join(folder, entry)[base:].replace(os.sep, "/") not in added:
                    os.unlink(os.path.join(folder, entry))
            for entry in folders:
                path = os.path.join(folder, entry)
                if path[base:].replace(os.sep, "/") not in kept:
                    _remove(Path(path))
        if name not in kept:
            _remove(top)


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
def staged(
    out: Path, owned: Iterable[str], before_swap: Callable[[Path], None] | None = None
) -> Iterator[Callable[[Mapping[str, bytes]], None]]:
    """Make ``out`` hold exactly the files given to the function this yields (a mapping of
    paths to bytes, as many times as needed) below the entries ``owned`` names, in one step
    when the block ends; nothing changes if it raises. Entries of ``out`` not ``owned`` are
    kept as they are.

    The files are written as they come, so a caller can write some while it waits for the
    others (the Markdown reference while ruff formats the package, see Pipeline.generate).
    ``before_swap`` is shown the complete new copy just before it becomes ``out`` (still
    under the lock: no other run can have touched it), to note its files' times.
    """
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    names = frozenset(owned)
    with _locked(out.parent):
        _remove_leftovers(out)
        staging = _staging(out, names)
        added: set[str] = set()
        yield partial(_add, staging, out, names, set(), added)
        _prune(staging, names, added)
        if before_swap is not None:
            before_swap(staging)
        _swap(staging, out)


def write_tree(files: Mapping[str, bytes], out: Path) -> None:
    """Make ``out`` hold exactly ``files`` below the entries they name, in one step.

    Entries of ``out`` that no path of ``files`` starts with are kept as they are.
    """
    with staged(out, _top_level(files)) as add:
        add(files)


def _swap(staging: Path, out: Path) -> None:
    """Put the complete new copy in ``staging`` at ``out``; ``staging`` then holds the old
    one, the next run's spare (or nothing, where there was no ``out``)."""
    if not out.exists():
        os.rename(staging, out)
    elif not _exchange(staging, out):
        os.rename(out, _old(out))
        os.rename(staging, out)
        os.rename(_old(out), staging)


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
