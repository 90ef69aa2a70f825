"""Imported data merged under what a definition file already holds.

What a person wrote wins: every key of the existing file stays as it is, and the import only
adds what the file lacks. Mappings merge key by key. A type (``type`` with ``array``,
``nullable``, ``as``, ``type_from``, ``decision``) is one fact: a file that has a type keeps
all of it. Items of lists (responses, errors, events, examples) are whole facts too: an
existing item is kept as written, an imported one is added only when the file has no item of
the same identity. Lists of names (scopes, revisions) gain the names they lack. Where a
parameter travels is one fact too: one the file has in the body is not added to the query.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from ..model import METHODS

TYPE_KEYS = ("type", "array", "nullable", "as", "type_from", "decision")


def _example_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(item.get(k) for k in ("page", "operation", "event", "direction", "format"))


def _error_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return item.get("error"), item.get("status"), item.get("subcode")


def _event_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return item.get("type"), item.get("resource"), item.get("sender")


def _response_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (item.get("status"),)


# How items of each list are told apart; the count of earlier equal keys is added, so two
# examples of the same kind on one page stay two.
_IDENTITIES: dict[str, Callable[[dict[str, Any]], tuple[Any, ...]]] = {
    "examples": _example_key,
    "errors": _error_key,
    "generic": _error_key,
    "events": _event_key,
    "responses": _response_key,
}


def merge(existing: Any, imported: Any, key: str | None = None) -> Any:
    """``existing`` with what ``imported`` adds; neither argument is changed."""
    if isinstance(existing, dict) and isinstance(imported, dict):
        if key in METHODS:
            return _merge_mapping(existing, _unplaced(existing, imported))
        return _merge_mapping(existing, imported)
    if isinstance(existing, list) and isinstance(imported, list):
        return _merge_list(existing, imported, key)
    return existing


def _unplaced(existing: dict[str, Any], imported: dict[str, Any]) -> dict[str, Any]:
    """An imported operation without the parameters the file places in the other section:
    where a parameter travels (query or body) is one fact, decided by a person where the
    page lists it under both."""
    result = dict(imported)
    for section, other in (("query", "body"), ("body", "query")):
        placed = set(existing.get(other, {})) - set(existing.get(section, {}))
        if section not in result:
            continue
        kept = {k: v for k, v in result[section].items() if k not in placed}
        if kept:
            result[section] = kept
        else:
            del result[section]
    return result


def _merge_mapping(existing: dict[str, Any], imported: dict[str, Any]) -> dict[str, Any]:
    result = dict(existing)
    has_type = "type" in existing
    for key, value in imported.items():
        if has_type and key in TYPE_KEYS:
            continue
        result[key] = merge(existing[key], value, key) if key in existing else value
    return result


def _identified(
    items: list[Any], identity: Callable[[dict[str, Any]], tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    seen: Counter[tuple[Any, ...]] = Counter()
    keys = []
    for item in items:
        base = identity(item) if isinstance(item, dict) else (repr(item),)
        keys.append((*base, seen[base]))
        seen[base] += 1
    return keys


def _merge_list(existing: list[Any], imported: list[Any], key: str | None) -> list[Any]:
    identity = _IDENTITIES.get(key or "")
    if identity is None:  # a list of names
        return existing + [item for item in imported if item not in existing]
    known = set(_identified(existing, identity))
    added = [
        item
        for item, item_key in zip(imported, _identified(imported, identity), strict=True)
        if item_key not in known
    ]
    return existing + added
