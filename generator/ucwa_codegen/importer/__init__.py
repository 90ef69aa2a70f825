"""``ucwa-gen import-docs``: reference pages -> definition files.

markdown.py   sections, pipe tables and code blocks of a page
reference.py  a page -> its facts (the one page parser; coverage reads pages with it too)
examples.py   the HTTP samples of a page -> examples, with the repairs they needed
samples.py    the values every example shows, by the rel of the object holding them
types.py      types from hints and example values
build.py      facts of all pages -> definition data (revision pages merged in), through:
  context.py      what every part reads: facts of all pages together, the report
  decide.py       a type chosen among a hint and the example values
  members.py      properties, links and embedded entries of a resource
  operations.py   an operation, and what a revision page adds to it
  parameters.py   query and body parameters of an operation
  responses.py    an operation's responses and errors
  enumerations.py enumeration files, with values only other pages use
  records.py      definition items compared by content; revision marks
merge.py      imported data under an existing file (what a person wrote wins)
yamlwrite.py  definition data -> YAML text, the same bytes for the same data
report.py     what could not be read, what was repaired, what is undecided
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import DefinitionsInvalid
from ..load import load_file
from .build import build
from .merge import merge
from .reference import read_reference
from .report import Report
from .yamlwrite import dump


@dataclass(slots=True)
class ImportResult:
    report: Report
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)


def page_paths(sources: Iterable[Path]) -> list[Path]:
    """The Markdown pages named, folders standing for every ``*.md`` file in them."""
    found: list[Path] = []
    for source in sources:
        found.extend(sorted(source.glob("*.md")) if source.is_dir() else [source])
    return found


def _write_if_changed(path: Path, text: str) -> bool:
    data = text.encode("utf-8")
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed over it: an interrupted import leaves whole files.
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(scratch, path)
    return True


def _merged(path: Path, imported: dict[str, Any]) -> dict[str, Any]:
    if not path.exists():
        return imported
    existing = load_file(path).data  # raises DefinitionsInvalid for a broken file
    if not isinstance(existing, dict):
        raise DefinitionsInvalid([load_file(path).error((), "a definition file holds a mapping")])
    merged: dict[str, Any] = merge(existing, imported)
    return merged


def import_docs(sources: Iterable[Path], out: Path) -> ImportResult:
    """Read the pages and write or update ``out/resources/*.yaml`` and ``out/enums/*.yaml``;
    files whose content does not change are not touched."""
    report = Report()
    imported = build(read_reference(page_paths(sources), report), report)
    result = ImportResult(report)
    targets = [
        (out / "resources" / f"{rel}.yaml", data) for rel, data in imported.resources.items()
    ]
    targets += [(out / "enums" / f"{name}.yaml", data) for name, data in imported.enums.items()]
    for path, data in sorted(targets, key=lambda t: t[0].as_posix()):
        text = dump(_merged(path, data), depth=1)
        (result.written if _write_if_changed(path, text) else result.unchanged).append(path)
    return result
