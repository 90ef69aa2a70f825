"""Errors in definitions, each tied to a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Location = tuple[int, int]
"""(line, column) in a file, each counted from 1."""
DataPath = tuple[str | int, ...]
"""Where a value is inside a file's data: the keys and indexes leading to it."""


@dataclass(frozen=True, slots=True, order=True)
class DefinitionError:
    """One problem in one definition file; lines and columns count from 1."""

    path: Path
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class DefinitionsInvalid(Exception):
    """Raised by a stage that found errors; carries all of them, sorted by place."""

    def __init__(self, errors: list[DefinitionError]) -> None:
        self.errors = sorted(errors)
        super().__init__("\n".join(str(error) for error in self.errors))
