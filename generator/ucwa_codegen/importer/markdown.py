"""The Markdown of the reference pages: sections by heading, pipe tables, code blocks.

Only what the UCWA pages use is understood. Headings are read by their text, not their level,
because the pages disagree on levels (``## GET`` on some, ``### GET`` on most). Fenced code
blocks are never split into sections, so a ``#`` inside a payload cannot start one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# Linear patterns only, as in examples.py. A heading's closing hashes are stripped in
# heading_title rather than by a lazy group (which would backtrack over every space). Link
# text holds no "[" and a tag no "<": a search restarting at one of those never rescans.
_HEADING = re.compile(r"^(#{1,6}+)\s++(.*+)$")
_FENCE = re.compile(r"^\s*+```")
_LINK = re.compile(r"\[([^\[\]]*+)\]\(([^)\s\[]*+)\)")
_TAG = re.compile(r"</?[A-Za-z][^<>]*+>")
_SEPARATOR_CELL = re.compile(r"^:?-{3,}+:?$")


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text without Markdown or HTML, and the pages it links to."""

    text: str
    targets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    cells: tuple[Cell, ...]

    def text(self, index: int) -> str:
        return self.cells[index].text if index < len(self.cells) else ""


@dataclass(frozen=True, slots=True)
class Table:
    line: int
    header: tuple[str, ...]
    rows: tuple[Row, ...]

    def column(self, name: str) -> int | None:
        """Index of the column whose header is ``name`` (case-insensitive)."""
        wanted = name.lower()
        for index, title in enumerate(self.header):
            if title.lower() == wanted:
                return index
        return None


@dataclass(frozen=True, slots=True)
class CodeBlock:
    """The lines of a code block, as written (entities are the example reader's business)."""

    line: int
    lines: tuple[str, ...]
    fenced: bool = True


@dataclass(slots=True)
class Section:
    """The text under one heading, up to the next heading of any level."""

    level: int
    title: str
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The title as the importer matches it: lower case, single spaces."""
        return " ".join(self.title.split()).lower()

    def tables(self) -> list[Table]:
        return _tables(self.lines)

    def code_blocks(self) -> list[CodeBlock]:
        return _code_blocks(self.lines)

    def prose(self) -> str:
        """The section's text outside tables and code, joined into one line."""
        words = [
            text.strip()
            for _, text in self.lines
            if text.strip() and not text.lstrip().startswith(("|", "<a name", "```"))
        ]
        return " ".join(words)


def split_front_matter(text: str) -> tuple[dict[str, str], list[str]]:
    """The ``key: value`` pairs of a leading ``---`` block, and the lines after it."""
    lines = text.splitlines()
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                for entry in lines[1:index]:
                    key, _, value = entry.partition(":")
                    meta[key.strip()] = value.strip()
                # Blank lines stand in for the block so line numbers stay those of the file.
                return meta, [""] * (index + 1) + lines[index + 1 :]
    return meta, lines


def sections(lines: list[str]) -> list[Section]:
    """The page cut at every heading outside code fences; text before the first heading is
    a section of level 0 with an empty title."""
    result = [Section(0, "", 1)]
    fenced = False
    for number, text in enumerate(lines, start=1):
        if _FENCE.match(text):
            fenced = not fenced
        match = None if fenced else _HEADING.match(text)
        if match:
            title = clean(heading_title(match.group(2)))
            result.append(Section(len(match.group(1)), title, number))
        else:
            result[-1].lines.append((number, text))
    return result


def heading_title(text: str) -> str:
    """The text after a heading's hashes without its closing hashes and spaces."""
    return text.rstrip().rstrip("#").rstrip()


def clean(text: str) -> str:
    """Cell or heading text as plain words: links keep their text, tags and ** go, entities
    are decoded, runs of spaces become one."""
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text).replace("**", "")
    return " ".join(html.unescape(text).split())


def link_targets(text: str) -> tuple[str, ...]:
    """The page names a Markdown text links to, in order (``contact_ref.md``...)."""
    return tuple(target for _, target in _LINK.findall(text) if target)


def _split_row(text: str) -> list[str]:
    inner = text.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return inner.split("|")


def _tables(lines: list[tuple[int, str]]) -> list[Table]:
    tables: list[Table] = []
    block: list[tuple[int, str]] = []
    for number, text in [*lines, (0, "")]:
        if text.lstrip().startswith("|"):
            block.append((number, text))
            continue
        if len(block) >= 2 and all(
            _SEPARATOR_CELL.match(cell.strip()) for cell in _split_row(block[1][1])
        ):
            header = tuple(clean(cell) for cell in _split_row(block[0][1]))
            rows = tuple(
                Row(n, tuple(Cell(clean(raw), link_targets(raw)) for raw in _split_row(t)))
                for n, t in block[2:]
            )
            tables.append(Table(block[0][0], header, rows))
        block = []
    return tables


def _code_blocks(lines: list[tuple[int, str]]) -> list[CodeBlock]:
    blocks: list[CodeBlock] = []
    start: int | None = None
    body: list[str] = []
    for number, text in lines:
        if _FENCE.match(text):
            if start is None:
                start, body = number, []
            else:
                blocks.append(CodeBlock(start, tuple(body)))
                start = None
        elif start is not None:
            body.append(text)
    return blocks


def unfenced_json(lines: list[tuple[int, str]]) -> CodeBlock | None:
    """A JSON object written straight into the text, without a fence (some event samples):
    from the first line that is ``{`` to the last line that is ``}``."""
    opening = next((i for i, (_, text) in enumerate(lines) if text.strip() == "{"), None)
    if opening is None:
        return None
    closing = max(i for i, (_, text) in enumerate(lines) if text.strip() in ("}", "{"))
    if closing <= opening:
        return None
    return CodeBlock(
        lines[opening][0], tuple(text for _, text in lines[opening : closing + 1]), fenced=False
    )
