"""Lazy maps from UCWA names to generated classes.

Importing the package must not import every resource module (there are over two hundred), so
the generated ``__init__`` hands these maps the module and class names, and a class is
imported the first time it is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class LazyClassMap(Mapping[str, type[T]], Generic[T]):
    """A read-only mapping of name -> class that imports each class on first access."""

    def __init__(
        self, locations: Mapping[str, tuple[str, str]], package: str | None = None
    ) -> None:
        self._locations = dict(locations)
        self._package = package
        self._loaded: dict[str, type[T]] = {}

    def __getitem__(self, name: str) -> type[T]:
        try:
            return self._loaded[name]
        except KeyError:
            pass
        module_name, class_name = self._locations[name]
        cls: type[T] = getattr(importlib.import_module(module_name, self._package), class_name)
        self._loaded[name] = cls
        return cls

    def names_by_class(self) -> dict[str, str]:
        """Class name -> name, without importing anything."""
        return {class_name: name for name, (_, class_name) in self._locations.items()}

    def __iter__(self) -> Iterator[str]:
        return iter(self._locations)

    def __len__(self) -> int:
        return len(self._locations)

    def __contains__(self, name: object) -> bool:
        return name in self._locations

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)} classes, {len(self._loaded)} loaded>"
