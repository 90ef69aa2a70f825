"""Stage 1: read definition files into plain data, remembering where each value stands.

The YAML itself is read by yaml_source.py (positions, duplicate keys and aliases are its
concern); this module finds the files, keys them by their bytes, and takes a file from the
cache when it can.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .cache import NO_CACHE, Cache
from .diagnostics import DataPath, DefinitionError, DefinitionsInvalid, Location
from .stamp import digest


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One loaded file: its data and the position of every value and mapping key in it."""

    path: Path
    data: Any
    values: dict[DataPath, Location]
    keys: dict[DataPath, Location]
    digest: str = ""
    """Hash of the file's path and bytes: what later stages key their caches on."""

    def where(self, path: DataPath, *, key: bool = False) -> Location:
        """Position of the value (or, with key=True, the key) at ``path``, or of its nearest
        ancestor that has one."""
        if key and path in self.keys:
            return self.keys[path]
        while path not in self.values and path:
            path = path[:-1]
        return self.values.get(path, (1, 1))

    def error(self, path: DataPath, message: str, *, key: bool = False) -> DefinitionError:
        line, column = self.where(path, key=key)
        return DefinitionError(self.path, line, column, message)


def load_file(path: Path, cache: Cache = NO_CACHE, *, positions: bool = True) -> SourceFile:
    """Load one YAML file; raise DefinitionsInvalid for bad YAML or duplicate keys (those
    errors name their line and column either way).

    Positions of values and keys are only read to report an error the later checks find:
    a pipeline loads without them (``positions=False``, a third faster) and loads again
    with them when a check fails (Pipeline.files). From ``cache`` a file comes back as its
    data alone, without positions either; data JSON cannot hold as it is (a YAML date, say)
    is not remembered.
    """
    raw = path.read_bytes()
    key = digest("load", str(path), raw)
    parsed: list[SourceFile] = []

    def parse() -> Any:
        parsed.append(_parse(path, raw, key, positions))
        return parsed[0].data

    if positions:  # what a cache entry lacks
        cache = NO_CACHE
    data = cache.remember_json(lambda: key, parse)
    return parsed[0] if parsed else SourceFile(path, data, {}, {}, key)


def _parse(path: Path, raw: bytes, key: str, positions: bool) -> SourceFile:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DefinitionsInvalid([DefinitionError(path, 1, 1, f"not UTF-8: {exc}")]) from None
    from .yaml_source import parse  # PyYAML: not needed where every file comes from the cache

    data, values, keys = parse(path, text, positions)
    return SourceFile(path, data, values, keys, key)


def definition_paths(root: Path) -> Iterator[Path]:
    """Every definition file under ``root``, in a fixed order (independent of the disk's)."""
    yield from sorted(root.rglob("*.yaml"), key=lambda p: p.relative_to(root).as_posix())


def load_definitions(
    root: Path, cache: Cache = NO_CACHE, *, positions: bool = True
) -> list[SourceFile]:
    """Load every file under ``root``; collect the errors of all files before raising (see
    load_file for ``cache`` and ``positions``)."""
    if not root.is_dir():
        raise DefinitionsInvalid([DefinitionError(root, 1, 1, "no such definitions folder")])
    paths = list(definition_paths(root))
    if not paths:
        raise DefinitionsInvalid([DefinitionError(root, 1, 1, "no definition files (*.yaml)")])
    files: list[SourceFile] = []
    errors: list[DefinitionError] = []
    for path in paths:
        try:
            files.append(load_file(path, cache, positions=positions))
        except DefinitionsInvalid as exc:
            errors.extend(exc.errors)
    if errors:
        raise DefinitionsInvalid(errors)
    return files
