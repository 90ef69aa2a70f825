"""Enumeration files: the values an enumeration's page lists, and those other pages use too."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from .reference import EnumPage
from .report import Report
from .types import Enumerations


class ValuesInUse:
    """Values the pages use that their enumeration's page does not list, each with the first
    page that uses it (hints and error subcodes name them)."""

    def __init__(self, enums: Enumerations) -> None:
        self._enums = enums
        self._extra: dict[tuple[str, str], str] = {}

    def use(self, enum: str, value: str, page: str) -> None:
        if value not in self._enums.values.get(enum, ()):
            self._extra.setdefault((enum, value), page)

    def extra(self) -> list[tuple[tuple[str, str], str]]:
        """((enumeration, value), first page using it), in that order."""
        return sorted(self._extra.items())


def enum_data(page: EnumPage, in_use: ValuesInUse) -> dict[str, Any]:
    """An enumeration file: its page's values, then those only other pages use."""
    values: dict[str, Any] = {entry.name: None for entry in page.values}
    for (enum, value), used_by in in_use.extra():
        if enum == page.name:
            values[value] = {"description": f"Not on the enumeration's page; {used_by} uses it."}
    return {"enum": page.name, "reference": page.page, "values": values}


def report_pageless(in_use: ValuesInUse, with_page: Collection[str], report: Report) -> None:
    """Values of an enumeration without a page are skipped: no file would hold them."""
    for (enum, value), page_name in in_use.extra():
        if enum not in with_page:
            report.skipped(page_name, 1, f"value {value}", f"enumeration {enum} has no page")
