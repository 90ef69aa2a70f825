"""Equality, hash and repr read from a class's attrs fields, written once for every class of
the runtime and of the generated packages.

attrs compiles an ``__eq__``, a ``__repr__`` and, for a frozen class, a ``__hash__`` for each
class it builds: the costliest part of building one. Across the runtime's records and the
hundreds of generated classes, that compiling was most of what importing them cost. A class
declared ``eq=False, repr=False`` on :class:`ComparedByFields` (:class:`HashedByFields` when
frozen) takes these instead. They read the fields attrs' own would: two instances are equal
when of the same class and equal in every field that takes part in equality (``eq=True``),
a frozen one hashes those values, and the repr names each field it shows (``repr=True``, or
a function that writes the value), and says ``...`` for an instance inside itself.
"""

from __future__ import annotations

import operator
import reprlib
from collections.abc import Callable
from typing import Any

import attrs


class ComparedByFields:
    """Equality and repr from the attrs fields (see the module's docstring); unhashable, as
    attrs makes a class that compares by value and is not frozen."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _compared_fields(type(self))
        return bool(compared(self) == compared(other))

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        shown = ", ".join(
            f"{field.name}={_shown(field, getattr(self, field.name))}"
            for field in _fields_of(type(self))
            if field.repr
        )
        # A class defined in a function has "<locals>." in its qualified name, as in attrs'.
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({shown})"


class HashedByFields(ComparedByFields):
    """:class:`ComparedByFields` for a frozen class: hashed by the values it compares (or,
    where a field says ``hash=``, by those it names)."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash((type(self), _hashed_fields(type(self))(self)))


def _shown(field: attrs.Attribute[Any], value: Any) -> str:
    # A field's repr is True, or the function that writes its value (attrs.field(repr=...)).
    return field.repr(value) if callable(field.repr) else repr(value)


def _fields_of(cls: type[Any]) -> tuple[attrs.Attribute[Any], ...]:
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)  # each subclass is attrs'
    return fields


def _compared_fields(cls: type[Any]) -> Callable[[Any], Any]:
    """What equality compares of an instance of ``cls`` (worked out once a class)."""
    found = _COMPARED.get(cls)
    if found is None:
        found = _COMPARED[cls] = _values_of([f for f in _fields_of(cls) if f.eq])
    return found


def _hashed_fields(cls: type[Any]) -> Callable[[Any], Any]:
    """What the hash of an instance of ``cls`` is made of (worked out once a class)."""
    found = _HASHED.get(cls)
    if found is None:
        chosen = [f for f in _fields_of(cls) if (f.eq if f.hash is None else f.hash)]
        found = _HASHED[cls] = _values_of(chosen)
    return found


_COMPARED: dict[type, Callable[[Any], Any]] = {}
_HASHED: dict[type, Callable[[Any], Any]] = {}


def _values_of(fields: list[attrs.Attribute[Any]]) -> Callable[[Any], Any]:
    """The values of ``fields`` of an instance, as one value: a field compared through a key
    (``attrs.field(eq=attrs.cmp_using(...))``) gives its key, as attrs' own methods compare."""
    keyed = [(field.name, _key_of(field)) for field in fields]
    if any(key is not None for _, key in keyed):
        return lambda instance: tuple(
            getattr(instance, name) if key is None else key(getattr(instance, name))
            for name, key in keyed
        )
    # attrgetter of several names gives their values as a tuple, of one name the value.
    names = [field.name for field in fields]
    return operator.attrgetter(*names) if names else lambda _: ()


def _key_of(field: attrs.Attribute[Any]) -> Callable[[Any], Any] | None:
    key: Callable[[Any], Any] | None = getattr(field, "eq_key", None)  # not in attrs' stubs
    return key
