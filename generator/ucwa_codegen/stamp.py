"""What a run's inputs and outputs are, as hashes: the stamp a run leaves beside its cache.

A stamp records, for one output folder, the hash of every input's and output's name, size
and modification time (in nanoseconds), and the hash of their bytes. ``generate`` with
nothing to do compares the first with the files as they are now, reading none of them, and
answers "up to date" (see entry.py); when a size or time differs, Pipeline.is_current
compares the bytes (a file saved unchanged, a fresh checkout). A file changed in place with
its size kept and its time set back (``touch -r``) would go unseen by ``generate``;
``ucwa-gen check`` never uses the stamp. One rewritten in the clock tick it was read in
keeps its time too: stats with an input that recent are never trusted (``_RACY_NS``).

The inputs are the definitions, the templates, the generator's own code and the runtime's
(reserved.py reads the names generated code must not take from it), each file named below
its folder's role; beside them, what else shapes the output (``environment``): the Python
version and the packages that parse, check, render and format. The outputs are the entries
``OUTPUT_NAMES`` of the output folder. This module is the no-change path itself, so it
imports nothing beyond ``os``, ``sys``, ``time``, ``hashlib`` and ``importlib.util`` (which
Python has loaded before any of our code): neither click, jinja2, PyYAML, json nor the rest
of the generator.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
from collections.abc import Iterable, Mapping
from hashlib import sha256
from pathlib import Path

GENERATOR_ROOT = Path(__file__).resolve().parent

# What a generation writes below the output folder (each replaced whole, all at once: see
# write.py).
OUTPUT_NAMES = ("docs", "pyproject.toml", "ucwa")

# Folders no run reads as input or owns as output: bytecode, and what built.py derives.
_SKIPPED = frozenset({"__pycache__", "_built"})


def digest(*parts: bytes | str) -> str:
    """A hex sha256 of the parts, each length-prefixed so that boundaries count."""
    hasher = sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def cache_folder(out: Path, cache_dir: Path | None = None) -> Path:
    """Where the cache and the stamp of the output folder ``out`` live: one folder per output
    folder, below ``cache_dir`` or ~/.cache/ucwa-gen ($XDG_CACHE_HOME)."""
    base = cache_dir or (
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "ucwa-gen"
    )
    return base / digest(str(out.resolve()))[:16]


def _files(root: Path) -> list[tuple[str, str]]:
    """(path relative to ``root`` as POSIX, path) of every file below ``root`` (or ``root``
    itself, by its name), in the order of their parts, as sorted Paths would be."""
    if root.is_file():
        return [(root.name, str(root))]
    found: list[str] = []
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name not in _SKIPPED]
        found += [os.path.join(folder, name) for name in names]
    base = len(str(root)) + 1
    return sorted(
        ((path[base:].replace(os.sep, "/"), path) for path in found),
        key=lambda pair: pair[0].split("/"),
    )


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


# The packages a run parses (PyYAML), checks (fastjsonschema, defusedxml), renders (Jinja2,
# MarkupSafe) and formats (ruff) with: another version of one may write other bytes.
_SHAPING = ("yaml", "fastjsonschema", "defusedxml", "jinja2", "markupsafe", "ruff")


def _package_folder(name: str) -> str | None:
    """The folder of the installed package ``name``, found without importing it."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    locations = list(spec.submodule_search_locations or ()) if spec else []
    return locations[0] if locations else None


def _identity(path: str) -> str:
    """A file as installing it leaves it: path, size, time and inode (a reinstall, even of
    the same bytes, makes a new one)."""
    try:
        found = os.stat(path)
    except OSError:
        return f"{path}\0-"
    return f"{path}\0{found.st_size}\0{found.st_mtime_ns}\0{found.st_ino}"


def environment() -> str:
    """What shapes a run's output besides its input files: the Python that runs it and the
    installed packages of ``_SHAPING`` (each by its ``__init__.py``, which installing any
    version writes anew), and the ruff executable beside this Python."""
    parts = [
        sys.version,
        sys.executable,
        _identity(os.path.join(os.path.dirname(sys.executable), "ruff")),
    ]
    for name in _SHAPING:
        folder = _package_folder(name)
        parts.append(_identity(os.path.join(folder, "__init__.py")) if folder else f"{name} -")
    return digest(*parts)


def _rooted(roots: Iterable[tuple[str, Path]]) -> list[tuple[str, str]]:
    """(role/relative path, path) of every file below ``roots`` (role, folder): the role
    keeps a file moved from one folder to another from reading as unchanged."""
    return [(f"{role}/{rel}", path) for role, root in roots for rel, path in _files(root)]


def _code_roots() -> list[tuple[str, Path]]:
    """The generator's code and the runtime's (reserved.py reads names from it)."""
    runtime = _package_folder("ucwa_runtime")
    return [("generator", GENERATOR_ROOT)] + ([("runtime", Path(runtime))] if runtime else [])


def _data_roots(definitions: Path, templates: Path) -> list[tuple[str, Path]]:
    return [("definitions", definitions), ("templates", templates)]


def _inputs(definitions: Path, templates: Path) -> list[tuple[str, str]]:
    """(role/relative path, path) of every input file, the code included."""
    return _rooted(_data_roots(definitions, templates) + _code_roots())


def _outputs(root: Path, names: Iterable[str]) -> list[tuple[str, str]]:
    found = []
    for name in sorted(names):
        prefix = "" if (root / name).is_file() else f"{name}/"
        found += [(prefix + relative, path) for relative, path in _files(root / name)]
    return found


def toolchain() -> str:
    """The hash of what turns definitions into output: the generator's and the runtime's
    code, and ``environment``. Every cache entry is kept under it (cache.py): the stages'
    own keys name the data and templates an entry follows from, not each line of code that
    shapes it (a filter of docs.py, the YAML reader, a runtime module validate.py asks)."""
    return _contents(environment(), _rooted(_code_roots()))


def fingerprint(definitions: Path, templates: Path, toolchain_hash: str | None = None) -> str:
    """The hash of every input of a generation, the generator's own code included: the
    definitions and templates under ``toolchain_hash`` (``toolchain()``, worked out here
    when not given; a run passes its cache's, so that the code is read once)."""
    code = toolchain() if toolchain_hash is None else toolchain_hash
    return _contents(code, _rooted(_data_roots(definitions, templates)))


def _contents(first: str, files: Iterable[tuple[str, str]]) -> str:
    return digest(first, *(part for rel, path in files for part in (rel, _read(path))))


def tree_digest(root: Path, names: Iterable[str] = OUTPUT_NAMES) -> str:
    """The hash of the output folders ``names`` below ``root``, as they are on disk."""
    return digest(*(part for rel, path in _outputs(root, names) for part in (rel, _read(path))))


# A file's time comes from a coarse clock (a few milliseconds on Linux, whole seconds on
# some file systems): a file written again within the tick it was last written in keeps its
# time. Times this close to the moment they are read cannot tell such a rewrite from the
# file as read (git's "racily clean" entries).
_RACY_NS = 50_000_000
_RACY_WHOLE_SECONDS_NS = 2_000_000_000


def _recent(mtime_ns: int, now_ns: int) -> bool:
    window = _RACY_WHOLE_SECONDS_NS if mtime_ns % 1_000_000_000 == 0 else _RACY_NS
    return mtime_ns > now_ns - window


def _stats(files: Iterable[tuple[str, str]], *more: str, racy: bool = False) -> str:
    now = time.time_ns()
    parts = list(more)
    for relative, path in files:
        stat = os.stat(path)
        if racy and _recent(stat.st_mtime_ns, now):
            # Never equal to another run's stats: the next run compares the bytes instead
            # (and, the file's time no longer recent, records stats that can match).
            parts.append(f"too recent to tell: {now} {os.getpid()}")
        parts.append(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}")
    return digest(*parts)


def input_stats(definitions: Path, templates: Path) -> str:
    """The hash of the name, size and modification time (in nanoseconds) of every input
    file: what a run compares before it reads any of them. An input written a moment ago
    makes it one no later stats are equal to (see ``_RACY_NS``)."""
    return _stats(_inputs(definitions, templates), environment(), racy=True)


def output_stats(root: Path, names: Iterable[str] = OUTPUT_NAMES) -> str:
    """``input_stats`` of the output folders ``names`` below ``root``."""
    return _stats(_outputs(root, names))


def files_digest(files: Mapping[str, bytes], names: Iterable[str] = OUTPUT_NAMES) -> str:
    """What ``tree_digest`` gives once ``files`` (paths relative to the output folder) are
    written there, worked out without reading them back."""
    parts: list[bytes | str] = []
    for name in sorted(names):
        below = [path.split("/") for path in files if path == name or path.startswith(f"{name}/")]
        for path in (
            "/".join(segments) for segments in sorted(below) if "__pycache__" not in segments
        ):  # in the order of tree_digest's sorted Paths
            parts += [path, files[path]]
    return digest(*parts)


def stats(input_stats: str, out: Path) -> str:
    """The stats half of a stamp: the inputs' (``input_stats``) and those of ``out`` now."""
    return f"{input_stats} {output_stats(out)}"


def content(fingerprint: str, output_digest: str) -> str:
    """The content half of a stamp: the inputs' ``fingerprint``, the outputs' digest."""
    return f"{fingerprint} {output_digest}"


def fingerprint_of(content: str) -> str:
    """The inputs' fingerprint in the content half of a stamp."""
    return content.partition(" ")[0]


def write(folder: Path, stats: str, content: str) -> None:
    """Record a stamp in the cache ``folder`` (which exists)."""
    (folder / "stamp").write_text(f"{stats}\n{content}\n")


def read(folder: Path) -> tuple[str, str] | None:
    """(stats, content) of the stamp in ``folder``; None when there is none, or none of
    this form."""
    try:
        with open(folder / "stamp", encoding="utf-8") as file:
            lines = file.read().split("\n")
    except (OSError, ValueError):
        return None
    if len(lines) != 3 or lines[2]:
        return None
    return lines[0], lines[1]


def unchanged(folder: Path, definitions: Path, templates: Path, out: Path) -> bool:
    """Whether no input or output file changed size or time since the stamp in ``folder``
    was recorded (nothing is read but the stamp)."""
    recorded = read(folder)
    return recorded is not None and recorded[0] == stats(input_stats(definitions, templates), out)
