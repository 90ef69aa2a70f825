"""What generated code hands the runtime: lazy maps of its classes, and the registry of them.

Importing a generated package must not import every resource module (there are over two
hundred), so it hands ``LazyClassMap`` the module and class names, and a class is imported
the first time it is asked for. A ``Registry`` gathers what the runtime needs to read an
API's responses (resource classes by rel, error classes by code).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from .error_mapping import ErrorTable
    from .model import Resource

T = TypeVar("T")


class LazyClassMap(Mapping[str, type[T]], Generic[T]):
    """A read-only mapping of name -> class that imports each class on first access."""

    def __init__(
        self, locations: Mapping[str, tuple[str, str]], package: str | None = None
    ) -> None:
        self._locations = dict(locations)
        self._package = package
        self._loaded: dict[str, type[T]] = {}
        self._by_class: dict[str, str] | None = None  # names_by_class(), once asked for

    def __getitem__(self, name: str) -> type[T]:
        try:
            return self._loaded[name]
        except KeyError:
            pass
        module_name, class_name = self._locations[name]
        cls: type[T] = getattr(importlib.import_module(module_name, self._package), class_name)
        self._loaded[name] = cls
        return cls

    def get(self, name: str, default: type[T] | None = None) -> type[T] | None:  # type: ignore[override]
        # Mapping.get goes through __getitem__ and a KeyError for every miss; this is read
        # for every resource a payload holds.
        found = self._loaded.get(name)
        if found is not None:
            return found
        return self[name] if name in self._locations else default

    def names_by_class(self) -> dict[str, str]:
        """Class name -> name, without importing anything."""
        return {class_name: name for name, (_, class_name) in self._locations.items()}

    def module_attribute(self, module: str, namespace: dict[str, Any], class_name: str) -> Any:
        """A generated package module's ``__getattr__``: the class called ``class_name``,
        imported through this map and then kept in the module's ``namespace`` (its globals),
        so it is an ordinary attribute from then on; AttributeError for a name the map does
        not hold (``module`` names the module in the message)."""
        if self._by_class is None:
            self._by_class = self.names_by_class()
        name = self._by_class.get(class_name)
        if name is None:
            raise AttributeError(f"module {module!r} has no attribute {class_name!r}")
        value = namespace[class_name] = self[name]
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._locations)

    def __len__(self) -> int:
        return len(self._locations)

    def __contains__(self, name: object) -> bool:
        return name in self._locations

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} classes, {len(self._loaded)} loaded>"


class Registry:
    """What a generated package tells the runtime about its API: the resource class of each
    rel (``resources``) and its error classes and code enumerations (``errors``, loaded the
    first time an error needs them, so a client that never fails never imports them).

    The runtime names no UCWA resource or error itself; a client reads responses with the
    registry it was given (see ``transport.Client``). The empty registry reads every
    resource as a ``GenericResource`` and every failure as a plain ``ApiError``.
    """

    def __init__(
        self,
        resources: Mapping[str, type[Resource]] | None = None,
        errors: Callable[[], ErrorTable] | None = None,
    ) -> None:
        self.resources: Mapping[str, type[Resource]] = resources if resources is not None else {}
        self._load_errors = errors
        self._errors: ErrorTable | None = None

    @property
    def errors(self) -> ErrorTable:
        if self._errors is None:
            self._errors = self._load_errors() if self._load_errors else _empty_error_table()
        return self._errors

    def __repr__(self) -> str:
        return f"<Registry of {len(self.resources)} resources>"


def _empty_error_table() -> ErrorTable:
    from .error_mapping import ErrorTable

    return ErrorTable()


EMPTY_REGISTRY = Registry()
"""The registry of a client no generated package configured."""
