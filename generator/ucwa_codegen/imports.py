"""Import blocks written in the order and grouping ruff's isort gives them.

The formatting stage runs ``ruff format`` only: sorting imports was a second ruff run over
every module, the longer of the two, so the generator writes each block already sorted. The
rules are those of ruff's isort with the flags format.py passes (``--isolated``, so its
defaults): sections future, standard library, third party (the runtime included), then
relative imports, a blank line between them; in a section the ``import x`` lines before the
``from x import`` lines, modules compared case-insensitively in natural order (relative
ones furthest first); names CONSTANTS, then Classes, then the rest; a line too long wrapped
one name a line. A test runs ruff's isort check over the rendered package to hold this.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache

from .format import LINE_LENGTH

Import = tuple[str, Sequence[str] | None]
"""(module, names): ``from module import names`` (nothing when there are none), or
``import module`` when names is None. A relative module starts with its dots (``..enums``)."""

_SECTIONS = ("future", "stdlib", "third-party", "local")
_DIGITS = re.compile(r"[0-9]+")


def import_block(imports: Iterable[Import], indent: int = 0) -> str:
    """The statements of ``imports`` as one sorted block (no trailing newline), each line
    indented by ``indent`` spaces; the same module's names are merged into one statement."""
    straight: dict[str, set[str]] = {section: set() for section in _SECTIONS}
    merged: dict[str, dict[str, set[str]]] = {section: {} for section in _SECTIONS}
    for module, names in imports:
        section = _section(module)
        if names is None:
            straight[section].add(module)
        elif names:
            merged[section].setdefault(module, set()).update(names)
    pad = " " * indent
    groups = []
    for section in _SECTIONS:
        lines = [f"{pad}import {module}" for module in sorted(straight[section], key=_module_key)]
        lines += [
            _from_line(module, merged[section][module], pad)
            for module in sorted(merged[section], key=_module_key)
        ]
        if lines:
            groups.append("\n".join(lines))
    return "\n\n".join(groups)


@cache  # the same few modules and names come back in every module
def _section(module: str) -> str:
    if module.startswith("."):
        return "local"
    if module == "__future__":
        return "future"
    return "stdlib" if module.partition(".")[0] in sys.stdlib_module_names else "third-party"


def _from_line(module: str, names: Iterable[str], pad: str) -> str:
    ordered = sorted(names, key=_name_key)
    line = f"{pad}from {module} import {', '.join(ordered)}"
    if len(line) <= LINE_LENGTH:
        return line
    members = "".join(f"{pad}    {name},\n" for name in ordered)
    return f"{pad}from {module} import (\n{members}{pad})"


@cache
def _module_key(module: str) -> tuple[int, str, str]:
    name = module.lstrip(".")
    distance = -(len(module) - len(name))  # relative imports: the furthest first
    return distance, _natural(name.lower()), _natural(name)


@cache
def _name_key(name: str) -> tuple[int, str, str]:
    if len(name) > 1 and name.isupper():
        kind = 0  # CONSTANT
    elif name[:1].isupper():
        kind = 1  # Class
    else:
        kind = 2  # variable or function
    return kind, _natural(name.lower()), _natural(name)


def _natural(text: str) -> str:
    """``text`` as a string that sorts in ruff's natural order: a run of digits compares by
    value with another run, and as a digit with any other character. Each run is written
    "0", then its length as one character, then itself. (Runs with a leading zero compare by
    length here, digit by digit in ruff's: no generated name has one, and the import-order
    test would fail on one.)"""
    return _DIGITS.sub(lambda run: f"0{chr(len(run[0]))}{run[0]}", text)
