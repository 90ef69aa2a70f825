"""What ``ucwa-gen coverage`` reports: each kind's counts, and the report as text or JSON.

coverage.py does the counting; this module holds its result and writes it out.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Replayed:
    """What replaying every documented exchange through the generated calls gave (counted
    by ``ucwa_testing.replay.tally``, whose data this reads)."""

    count: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)  # outcome -> exchanges
    left_out: dict[str, int] = field(default_factory=dict)  # reason -> exchanges
    failing: list[str] = field(default_factory=list)

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Replayed:
        return cls(data["replayed"], data["outcomes"], data["left_out"], data["failing"])

    def as_data(self) -> dict[str, Any]:
        return {
            "replayed": self.count,
            "outcomes": dict(sorted(self.outcomes.items())),
            "left_out": dict(sorted(self.left_out.items())),
            "failing": list(self.failing),
        }

    def lines(self) -> list[str]:
        total = self.count + sum(self.left_out.values()) + len(self.failing)
        lines = [f"documented exchanges replayed: {self.count} of {total}"]
        lines += [f"  . {outcome}: {n}" for outcome, n in sorted(self.outcomes.items())]
        lines += [f"  - left out, {reason}: {n}" for reason, n in sorted(self.left_out.items())]
        return lines + [f"  ! {failure}" for failure in self.failing]


@dataclass(slots=True)
class KindCoverage:
    name: str
    reference: int = 0
    definitions: int = 0
    found: int = 0
    accounted: Counter[str] = field(default_factory=Counter)
    beyond: Counter[str] = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    details: dict[str, int] = field(default_factory=dict)
    failing: list[str] = field(default_factory=list)  # examples that do not round-trip

    @property
    def complete(self) -> bool:
        return not self.missing and not self.failing

    def as_data(self) -> dict[str, Any]:
        return {
            "kind": self.name,
            "reference": self.reference,
            "definitions": self.definitions,
            "found": self.found,
            "accounted": dict(sorted(self.accounted.items())),
            "beyond": dict(sorted(self.beyond.items())),
            "missing": list(self.missing),
            "details": dict(self.details),
            "failing": list(self.failing),
            "complete": self.complete,
        }


@dataclass(slots=True)
class Coverage:
    kinds: list[KindCoverage]
    undecided_types: int  # decisions that start "Not decided by the reference:"
    unread: list[str] = field(default_factory=list)  # page rows the parser could not read
    replayed: Replayed = field(default_factory=Replayed)

    @property
    def complete(self) -> bool:
        return (
            not self.unread
            and not self.replayed.failing
            and all(kind.complete for kind in self.kinds)
        )

    def as_data(self) -> dict[str, Any]:
        return {
            "complete": self.complete,
            "kinds": [kind.as_data() for kind in self.kinds],
            "replay": self.replayed.as_data(),
            "undecided_types": self.undecided_types,
            "unread": list(self.unread),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_data(), indent=2) + "\n"

    def to_text(self) -> str:
        width = max(len(kind.name) for kind in self.kinds) + 2
        lines = [
            f"{'kind':<{width}}"
            + "".join(f"{h:>12}" for h in ("reference", "definitions", "found", "missing"))
            + f"{'complete':>10}"
        ]
        for kind in self.kinds:
            numbers = (kind.reference, kind.definitions, kind.found, len(kind.missing))
            lines.append(
                f"{kind.name:<{width}}"
                + "".join(f"{n:>12}" for n in numbers)
                + f"{'yes' if kind.complete else 'NO':>10}"
            )
            for category, count in sorted(kind.accounted.items()):
                lines.append(f"  - {category}: {count}")
            for category, count in sorted(kind.beyond.items()):
                lines.append(f"  + {category}: {count}")
            for name, count in kind.details.items():
                lines.append(f"  . {name}: {count}")
            lines.extend(f"  ! missing: {item}" for item in kind.missing)
            lines.extend(f"  ! {item}" for item in kind.failing)
        lines.extend(self.replayed.lines())
        lines.append(f"page rows the parser could not read: {len(self.unread)}")
        lines.extend(f"  ! {note}" for note in self.unread)
        lines.append(f"types not decided by the reference: {self.undecided_types}")
        lines.append(
            "- reference rows held another way, + definition entries beyond the rows,"
            " . details, ! what makes a kind incomplete"
        )
        lines.append("complete" if self.complete else "INCOMPLETE")
        return "\n".join(lines) + "\n"
