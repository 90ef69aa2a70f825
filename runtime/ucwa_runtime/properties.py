"""The interface a generated resource class reads and writes its properties through.

Each generated resource class has a ``_read_properties`` and a ``_write_properties``, printed
from its definition: one line per defined property naming its wire name, its attribute and
its type. They call a :class:`PropertyReader` or a :class:`PropertyWriter`, which hold the
rules every property follows, once, whatever the format; the format only supplies a
:class:`Hooks` table, the function that turns its value into a typed one (or back) for each
property type. The reading rules:

- a defined property gets its typed value; a null is recorded, to be written back as null;
- one value where a list is defined (or the reverse), or a value the type's hook refuses,
  is kept as sent in ``extra_properties`` (converting it would change it on the way back);
- a key the class does not define is kept as sent in ``extra_properties``;
- ``rel`` must be the class's own;
- the order of the keys is recorded, to be written back in that order;
- a property sent as a link (``as: link``) is taken from its link when that link holds only
  an href its hook accepts; any other stays a link.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cattrs.errors import BaseValidationError

MISFITS = (TypeError, ValueError, BaseValidationError)
"""What a value hook raises for a value that does not fit its type."""

SECTIONS = ("_links", "_embedded")


class ShapeError(ValueError):
    """A payload that is not shaped like a UCWA resource (the caller adds the response)."""


def check_rel(value: Any, expected: str | None, where: str) -> None:
    """Raise ShapeError unless a resource's ``rel`` is ``expected``, its class's (a class
    without one, None, takes any)."""
    if expected is not None and value != expected:
        raise ShapeError(f"{where}: rel {value!r} where {expected!r} was expected")


class Hooks(dict[Any, Callable[[Any], Any]]):
    """One format's value function for each property type (an item's type for a list),
    made by ``make`` when the type is first met."""

    def __init__(self, make: Callable[[Any], Callable[[Any], Any]]) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, kind: Any) -> Callable[[Any], Any]:
        hook = self[kind] = self.make(kind)
        return hook


class PropertyReader:
    """What a resource's properties give as its generated ``_read_properties`` reads them:
    typed values by attribute, what is kept as sent, the keys sent as null, their order."""

    __slots__ = (
        "expected_rel",
        "extra",
        "hooks",
        "links",
        "nulls",
        "order",
        "sections_inline",
        "taken",
        "values",
        "where",
    )

    def __init__(
        self,
        hooks: Hooks,
        rel: str | None,
        where: str,
        sections_inline: bool,
        links: dict[str, Any] | None,
    ) -> None:
        self.hooks = hooks
        self.expected_rel = rel
        self.where = where
        self.sections_inline = sections_inline
        """True when the pairs hold the sections too (JSON's ``_links`` key)."""
        self.links = links
        self.values: dict[str, Any] = {}
        self.extra: dict[str, Any] = {}
        self.nulls: list[str] = []
        self.order: list[str] = []
        self.taken: list[str] = []
        """The links read as the values of properties sent as links."""

    def one(self, key: str, attr: str, value: Any, kind: Any) -> None:
        """A defined property holding one value of type ``kind``."""
        self.order.append(key)
        if value is None:
            self.nulls.append(key)
        elif type(value) is list:
            # Converting a list where one value is defined would wrap it or fail later.
            self.extra[key] = value
        else:
            try:
                self.values[attr] = self.hooks[kind](value)
            except MISFITS:
                # Kept as sent, untyped, rather than refuse the resource or change it.
                self.extra[key] = value

    def many(self, key: str, attr: str, value: Any, kind: Any) -> None:
        """A defined property holding a list of values of type ``kind``."""
        self.order.append(key)
        if value is None:
            self.nulls.append(key)
        elif type(value) is not list:
            # Converting one value where a list is defined would iterate a string.
            self.extra[key] = value
        else:
            hook = self.hooks[kind]
            try:
                self.values[attr] = [hook(item) for item in value]
            except MISFITS:
                self.extra[key] = value

    def rel(self, value: Any) -> None:
        """The resource's ``rel``, which must be its class's."""
        self.order.append("rel")
        check_rel(value, self.expected_rel, self.where)

    def other(self, key: str, value: Any) -> None:
        """A key the class does not define, kept as sent (but JSON's sections, read apart)."""
        if self.sections_inline and key in SECTIONS:
            return
        self.order.append(key)
        self.extra[key] = value

    def linked(self, wire: str, attr: str, kind: Any) -> None:
        """A property sent as the href of the link ``wire``: read when that link is one
        object holding an href alone that the type's hook accepts."""
        raw = self.links.get(wire) if self.links else None
        if type(raw) is dict and len(raw) == 1:
            try:
                self.values[attr] = self.hooks[kind](raw["href"])
            except MISFITS:
                return
            self.taken.append(wire)


class PropertyWriter:
    """What a resource's generated ``_write_properties`` gives to write: each property's
    value in the format's spelling, and the properties sent as links."""

    __slots__ = ("hooks", "links", "nulls", "values")

    def __init__(self, hooks: Hooks, nulls: frozenset[str]) -> None:
        self.hooks = hooks
        self.nulls = nulls
        self.values: dict[str, Any] = {}
        self.links: dict[str, str] = {}
        """The href of each property sent as a link, by rel."""

    def one(self, wire: str, value: Any, kind: Any) -> None:
        """A defined property holding one value of type ``kind`` (None: absent, or null if
        it arrived as null)."""
        if value is not None:
            self.values[wire] = self.hooks[kind](value)
        elif wire in self.nulls:
            self.values[wire] = None

    def many(self, wire: str, value: Any, kind: Any) -> None:
        """A defined property holding a list of values of type ``kind``."""
        if value is not None:
            hook = self.hooks[kind]
            self.values[wire] = [hook(item) for item in value]
        elif wire in self.nulls:
            self.values[wire] = None

    def linked(self, wire: str, value: Any) -> None:
        """A property sent as the href of the link ``wire``."""
        if value is not None:
            # A data: URI read from a server gives back the text it was read from.
            self.links[wire] = str(value)
