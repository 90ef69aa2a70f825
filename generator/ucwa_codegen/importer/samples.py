"""Values the examples of every page show, gathered by the rel of the object that holds them.

A property of ``contact`` may only be shown embedded in a ``people`` example, so samples are
collected over all pages before any resource is typed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from defusedxml import ElementTree

from .examples import Example

# XML examples carry every value as text; these texts are the booleans of the JSON examples.
_XML_BOOLEANS = {"true": True, "false": False}


@dataclass(frozen=True, slots=True)
class Relation:
    """How an example shows a link or embedded entry: a list or not, and the rels inside."""

    many: bool
    rels: tuple[str, ...] = ()
    data_uri: bool = False  # a value carried as a data: URI href (message text, custom content)


@dataclass(slots=True)
class Samples:
    json: defaultdict[tuple[str, str], list[Any]] = field(default_factory=lambda: defaultdict(list))
    xml: defaultdict[tuple[str, str], list[Any]] = field(default_factory=lambda: defaultdict(list))
    links: defaultdict[tuple[str, str], list[Relation]] = field(
        default_factory=lambda: defaultdict(list)
    )
    embedded: defaultdict[tuple[str, str], list[Relation]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def add(self, example: Example) -> None:
        """Take the resources a response or request payload holds (event samples describe
        the event channel, not resources)."""
        if example.direction == "event" or example.body is None or example.is_text():
            return
        if example.format == "json":
            self._json(example.payload())
        else:
            self._xml(ElementTree.fromstring(example.body.encode()))

    def _json(self, data: Any) -> None:
        if isinstance(data, list):
            for item in data:
                self._json(item)
            return
        if not isinstance(data, dict):
            return
        rel = data.get("rel")
        if isinstance(rel, str):
            for key, value in data.items():
                if key not in ("rel", "_links", "_embedded"):
                    self.json[(rel, key)].append(value)
            for name, value in (data.get("_links") or {}).items():
                if name != "self":
                    hrefs = [
                        v.get("href", "")
                        for v in (value if isinstance(value, list) else [value])
                        if isinstance(v, dict)
                    ]
                    data_uri = bool(hrefs) and all(str(h).startswith("data:") for h in hrefs)
                    self.links[(rel, name)].append(
                        Relation(isinstance(value, list), data_uri=data_uri)
                    )
            for name, value in (data.get("_embedded") or {}).items():
                children = value if isinstance(value, list) else [value]
                rels = tuple(c["rel"] for c in children if isinstance(c, dict) and "rel" in c)
                self.embedded[(rel, name)].append(Relation(isinstance(value, list), rels))
        for value in data.values():
            if isinstance(value, dict | list):
                self._json(value)

    def _xml(self, element: Any) -> None:
        if _local(element.tag) == "resource":
            rel = element.get("rel", "")
            for child in element:
                tag, name = _local(child.tag), child.get("name")
                if name is None or name == "rel":
                    continue
                if tag == "property":
                    text = child.text or ""
                    self.xml[(rel, name)].append(_XML_BOOLEANS.get(text, text))
                elif tag == "propertyList":
                    items = [item.text or "" for item in child]
                    self.xml[(rel, name)].append([_XML_BOOLEANS.get(t, t) for t in items])
        for child in element:
            self._xml(child)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
