"""What the importer could not read, and what it read only after repairing a page defect.

Every entry names the page, the line, what it is about and why, so a person can look it up.
Skipped entries are facts missing from the definitions; repaired ones are facts that were
read, with the defect of the page they were read through.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["skipped", "repaired", "undecided"]


@dataclass(frozen=True, slots=True, order=True)
class Note:
    page: str
    line: int
    kind: Kind
    what: str
    why: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.kind}: {self.what}: {self.why}"


@dataclass(slots=True)
class Report:
    notes: list[Note] = field(default_factory=list)

    def skipped(self, page: str, line: int, what: str, why: str) -> None:
        """A fact that is not in the definitions because the page could not be read there."""
        self.notes.append(Note(page, line, "skipped", what, why))

    def repaired(self, page: str, line: int, what: str, why: str) -> None:
        """A fact read through a defect of the page; ``why`` says how it was read."""
        self.notes.append(Note(page, line, "repaired", what, why))

    def undecided(self, page: str, line: int, what: str, why: str) -> None:
        """A type the reference does not decide; it was written as a string for review."""
        self.notes.append(Note(page, line, "undecided", what, why))

    def of_kind(self, kind: Kind) -> list[Note]:
        return sorted(n for n in self.notes if n.kind == kind)
