"""Every pattern the importer runs on page text takes time linear in that text.

Two shapes made the old patterns backtrack: a repeat that gives back what it took, so the
next part can try again at every split (``"data\\s*:\\s*(.*?)\\s*"`` was cubic in spaces),
and a searched pattern whose repeat runs over the character a match starts with, so every
later start scans the same text again (``\\[([^\\]]*)\\]`` on a run of ``[``). The checks
below read each compiled pattern's parse tree and refuse both; a 100 KB page of traps is
then imported end to end (bench/run.py times it).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucwa_codegen import importer
from ucwa_codegen.importer import examples, markdown, reference, types

from .hostile_page import hostile_page

MODULES: list[ModuleType] = [examples, markdown, reference, types]
PATTERNS = [
    (f"{module.__name__}.{name}", value)
    for module in MODULES
    for name, value in vars(module).items()
    if isinstance(value, re.Pattern)
]
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)
SAMPLE = [chr(code) for code in range(128)] + ["\u00a0", "\u2003", "é"]


def test_every_module_of_the_importer_is_checked() -> None:
    with_patterns = {
        info.name
        for info in pkgutil.iter_modules(importer.__path__)
        if any(
            isinstance(value, re.Pattern)
            for value in vars(importlib.import_module(f"{importer.__name__}.{info.name}")).values()
        )
    }
    assert with_patterns == {module.__name__.rpartition(".")[2] for module in MODULES}
    assert len(PATTERNS) >= 15


def _walk(items: Any) -> Any:
    """Every (opcode, argument) of a parsed pattern, nested ones included."""
    for op, argument in items:
        yield op, argument
        if op in (*REPEATS, sre.POSSESSIVE_REPEAT):
            yield from _walk(argument[2])
        elif op == sre.SUBPATTERN:
            yield from _walk(argument[3])
        elif op == sre.ATOMIC_GROUP:
            continue  # nothing inside an atomic group is given back
        elif op == sre.BRANCH:
            for branch in argument[1]:
                yield from _walk(branch)


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_repeat_gives_back_what_it_took(name: str, pattern: re.Pattern[str]) -> None:
    for op, argument in _walk(_parser.parse(pattern.pattern, pattern.flags)):
        if op in REPEATS:
            assert argument[1] != sre.MAXREPEAT, f"{name}: an unbounded repeat backtracks"


def _accepts(items: Any, char: str) -> bool:
    """Whether the single-character item ``items`` matches ``char``."""
    return re.fullmatch(_source(items), char, re.DOTALL) is not None


def _source(items: Any) -> str:
    # Only single-character items are asked about: rebuild them as a class to match with.
    (op, argument), *_ = items
    if op == sre.LITERAL:
        return re.escape(chr(argument))
    if op == sre.NOT_LITERAL:
        return f"[^{re.escape(chr(argument))}]"
    if op == sre.ANY:
        return "."
    assert op == sre.IN, op
    negate = argument[0][0] == sre.NEGATE
    parts = []
    for member_op, member in argument[1:] if negate else argument:
        if member_op == sre.LITERAL:
            parts.append(re.escape(chr(member)))
        elif member_op == sre.RANGE:
            parts.append(f"{re.escape(chr(member[0]))}-{re.escape(chr(member[1]))}")
        else:
            parts.append({sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_DIGIT: r"\d"}[member])
    return f"[{'^' if negate else ''}{''.join(parts)}]"


def _first_required(items: Any) -> Any:
    """The first item a match must take, past optional prefixes of bounded length."""
    for op, argument in items:
        if op == sre.AT:
            return None  # anchored: tried at one place only
        if op in (*REPEATS, sre.POSSESSIVE_REPEAT) and argument[0] == 0:
            assert argument[1] != sre.MAXREPEAT
            continue
        return [(op, argument)]
    return None


def _starts(item: Any) -> set[str]:
    (op, argument), *_ = item
    if op == sre.SUBPATTERN:
        return _starts(_first_required(argument[3]))
    if op == sre.BRANCH:
        return set().union(*(_starts(_first_required(branch)) for branch in argument[1]))
    return {char for char in SAMPLE if _accepts(item, char)}


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_search_start_is_scanned_again(name: str, pattern: re.Pattern[str]) -> None:
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    first = _first_required(parsed)
    if first is None:
        return
    starts = _starts(first)
    for op, argument in _walk(parsed):
        if op == sre.POSSESSIVE_REPEAT and argument[1] == sre.MAXREPEAT:
            body = list(argument[2])
            if len(body) == 1 and body[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
                overlap = {char for char in starts if _accepts(body, char)}
                assert not overlap, f"{name}: a repeat runs over {overlap}, where matches start"


def test_a_100_kb_hostile_page_is_imported(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page = hostile_page(100_000)
    assert len(page) >= 100_000
    (pages / "startWidget_ref.md").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    # In a child process: a regex holds the GIL, so a thread could not be waited for. The
    # timeout is a hang guard only; the import takes well under a second.
    command = [sys.executable, "-m", "ucwa_codegen", "import-docs", pages, "--out", out]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail("the import of a hostile page did not finish")
    assert result.returncode == 0, result.stderr
    text = (out / "resources" / "startWidget.yaml").read_text(encoding="utf-8")
    assert "evil0" in text and "X-Padding" not in text


# The old patterns, which the new ones must agree with wherever those finished.
OLD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
OLD_HEADER = re.compile(r"^(?P<name>[A-Za-z][A-Za-z0-9-]*)\s*:\s*(?P<value>.*?)\s*$")
OLD_DATA_URI = re.compile(r'"data\s*:\s*(?P<head>[^"\n]*?)\s*(?:\n\s*(?P<tail>[^"\n]*))?"')


@given(st.text(alphabet="# \tx\u00a0", max_size=14))
def test_headings_read_as_before(text: str) -> None:
    old = OLD_HEADING.match(text)
    new = markdown._HEADING.match(text)
    assert (old is None) == (new is None)
    if old and new:
        assert old.group(1) == new.group(1)
        assert old.group(2) == markdown.heading_title(new.group(2))


@given(st.text(alphabet="Ab-: \tx", max_size=14))
def test_headers_read_as_before(text: str) -> None:
    old = OLD_HEADER.match(text)
    new = examples._HEADER.match(text)
    assert (old is None) == (new is None)
    if old and new:
        assert old["name"] == new["name"] and old["value"] == new["value"].strip()


@given(st.text(alphabet='"data: \nx,', max_size=24))
def test_data_uris_are_repaired_as_before(text: str) -> None:
    def old_join(match: re.Match[str]) -> str:
        return f'"data:{match["head"]}{match["tail"] or ""}"'

    repairs: list[str] = []
    body = f'{{"href": "{text}"}}'
    expected = OLD_DATA_URI.sub(old_join, body)
    assert examples._BROKEN_DATA_URI.sub(_new_join, body) == expected
    examples._repair_data_uris(body, repairs)  # runs without error on any text


def _new_join(match: re.Match[str]) -> str:
    return f'"data:{match["head"].rstrip()}{match["tail"] or ""}"'
