"""Helpers on definition data as it is built: items compared by content, revision marks."""

from __future__ import annotations

from typing import Any


def content_key(item: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two flat items (events, errors) the same item, whatever their key order."""
    return tuple(sorted((k, str(v)) for k, v in item.items()))


def with_revision(data: dict[str, Any], revision: int | None) -> dict[str, Any]:
    """``data`` marked with the revision whose page adds it (the base page marks nothing)."""
    if revision is not None:
        data["revision"] = revision
    return data
