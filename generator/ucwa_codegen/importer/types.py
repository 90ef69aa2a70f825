"""Types of properties and parameters, read from what the reference shows.

Three sources, in this order of trust: the type hint a parameter's description ends with
(``...String``, ``Nullable Boolean``, ``(Importance)Normal, Urgent, or Emergency``), the values
the JSON examples carry, the values the XML examples carry. Each result says where it came
from (``type_from``); where nothing decides, the result is a string marked ``decided`` with a
decision that starts with UNDECIDED, so a person can find and review every one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

UNDECIDED = "Not decided by the reference:"

# Linear patterns only, as in examples.py.
_ENUM_HINT = re.compile(
    r"(?P<nullable>Nullable )?(?P<array>Array of )?\((?P<enum>[A-Z][A-Za-z0-9]*+)\)\s*+"
    r"(?P<values>[A-Za-z0-9]++(?:,\s*+(?:or\s++)?[A-Za-z0-9]++)*+)\s*+$"
)
_SCALAR_HINTS = {
    "String": "string",
    "Boolean": "bool",
    "Int32": "int",
    "Int64": "int",
    "Double": "float",
    "Single": "float",
    "TimeSpan": "timespan",
    "DateTime": "datetime",
}
_HINT = re.compile(
    r"(?P<nullable>Nullable )?(?P<array>Array of )?(?P<name>"
    + "|".join(_SCALAR_HINTS)
    + r"|ExternalResource)\s*+$"
)
_MAX_LENGTH = re.compile(r"maximum length is (\d++) characters")
_JSON_DATE = re.compile(r"^/Date\(-?\d++([+-]\d{4})?\)/$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d++)?(Z|[+-]\d{2}:\d{2})?$")


@dataclass(frozen=True, slots=True)
class TypeFact:
    """A type as the definition format writes it."""

    type: str
    origin: str
    array: bool = False
    nullable: bool = False
    as_link: bool = False
    decision: str | None = None

    @property
    def undecided(self) -> bool:
        return self.decision is not None and self.decision.startswith(UNDECIDED)

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type}
        if self.array:
            data["array"] = True
        if self.nullable:
            data["nullable"] = True
        if self.as_link:
            data["as"] = "link"
        data["type_from"] = self.origin
        if self.decision:
            data["decision"] = self.decision
        return data


def undecided(why: str) -> TypeFact:
    return TypeFact("string", "decided", decision=f"{UNDECIDED} {why}")


@dataclass(frozen=True, slots=True)
class Enumerations:
    """Value sets of the enumerations, for hints that name one and for example values."""

    values: Mapping[str, Sequence[str]]

    def holding(self, found: Iterable[str]) -> list[str]:
        wanted = set(found)
        return sorted(name for name, values in self.values.items() if wanted <= set(values))


def max_length(text: str) -> int | None:
    """The last "maximum length is N characters" a description states (pages repeat it)."""
    found = _MAX_LENGTH.findall(text)
    return int(found[-1]) if found else None


@dataclass(frozen=True, slots=True)
class Hint:
    fact: TypeFact
    enum_values: tuple[str, ...] = ()  # the values an enumeration hint lists


def from_hint(text: str, enums: Enumerations) -> Hint | None:
    """The type a description's closing hint gives; None if it ends without one."""
    match = _ENUM_HINT.search(text)
    if match:
        values = tuple(v.strip().removeprefix("or ").strip() for v in match["values"].split(","))
        fact = TypeFact(
            match["enum"],
            "description-hint",
            array=bool(match["array"]),
            nullable=bool(match["nullable"]),
        )
        return Hint(fact, values)
    match = _HINT.search(text)
    if match is None:
        return None
    if match["name"] == "ExternalResource":
        return Hint(TypeFact("data_uri", "description-hint", as_link=True))
    return Hint(
        TypeFact(
            _SCALAR_HINTS[match["name"]],
            "description-hint",
            array=bool(match["array"]),
            nullable=bool(match["nullable"]),
        )
    )


def _scalar(values: list[Any], name: str, enums: Enumerations, origin: str) -> TypeFact:
    """The type of non-null, non-list sample values of one property."""
    if all(isinstance(v, bool) for v in values):
        return TypeFact("bool", origin)
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return TypeFact("int", origin)
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return TypeFact("float", origin)
    if not all(isinstance(v, str) for v in values):
        kinds = sorted({type(v).__name__ for v in values})
        return undecided(f"the examples give values of kinds {', '.join(kinds)}")
    if all(_JSON_DATE.match(v) or _ISO_DATE.match(v) for v in values):
        return TypeFact("datetime", origin)
    return _string(values, name, enums, origin)


def _string(values: list[str], name: str, enums: Enumerations, origin: str) -> TypeFact:
    candidates = enums.holding(values)
    if len(candidates) == 1:
        return TypeFact(candidates[0], origin)
    named = [c for c in candidates if c.lower() == name.lower()]
    if len(named) == 1:
        return TypeFact(named[0], origin)
    shown = ", ".join(sorted(set(values)))
    if candidates:
        return undecided(f"the example values ({shown}) are members of {', '.join(candidates)}")
    if origin == "xml-example" and all(v.isdigit() for v in values):
        return undecided(f"the XML examples' value {shown} may be a number or a string")
    return TypeFact("string", origin)


def from_values(values: list[Any], name: str, enums: Enumerations, origin: str) -> TypeFact | None:
    """The type sample values show (from JSON, or XML texts with lists for propertyList);
    None if there are no samples."""
    if not values:
        return None
    nullable = any(v is None for v in values)
    present = [v for v in values if v is not None]
    if not present:
        return undecided("the examples only show null")
    if all(isinstance(v, list) for v in present):
        items = [item for v in present for item in v]
        if not items:
            return undecided("the examples only show empty lists")
        if any(isinstance(item, dict | list) for item in items):
            return undecided("the examples show lists of objects")
        inner = _scalar(items, name, enums, origin)
        return TypeFact(inner.type, inner.origin, True, nullable, decision=inner.decision)
    if any(isinstance(v, dict | list) for v in present):
        return undecided("the examples show an object or a list mixed with values")
    inner = _scalar(present, name, enums, origin)
    return TypeFact(inner.type, inner.origin, False, nullable, decision=inner.decision)
