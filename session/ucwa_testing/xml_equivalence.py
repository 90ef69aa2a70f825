"""When two UCWA XML documents say the same thing: ``ucwa-gen coverage`` and the tests use it.

Same root element and rel/href (and other attributes), the same multiset of links (rel,
href, other attributes), the same properties and propertyLists in the same order (an
<input>'s parameters in any order), and the same nested resources, recursively, in the same
order. Attribute order, whitespace, the XML declaration and namespace prefixes do not count;
XML readers cannot see them either.
"""

from __future__ import annotations

from typing import Any

from defusedxml import ElementTree

NAMESPACE = "{http://schemas.microsoft.com/rtc/2012/03/ucwa}"


def _local(tag: str) -> str:
    """``{ucwa namespace}resource`` -> ``resource``; ValueError outside the namespace."""
    if not tag.startswith(NAMESPACE):
        raise ValueError(f"{tag} is not in the UCWA namespace")
    return tag[len(NAMESPACE) :]


def canonical(element: Any) -> dict[str, Any]:
    """A comparable form of a <resource> or <input> element; ValueError for other content."""
    links: list[tuple[str, str, tuple[tuple[str, str], ...]]] = []
    properties: list[tuple[str, str, Any]] = []
    nested: list[dict[str, Any]] = []
    for child in element:
        kind = _local(child.tag)
        if kind == "link":
            others = tuple(
                sorted((k, v) for k, v in child.attrib.items() if k not in ("rel", "href"))
            )
            links.append((child.get("rel"), child.get("href"), others))
        elif kind == "property":
            properties.append((kind, child.get("name"), child.text or ""))
        elif kind == "propertyList":
            items = tuple(item.text or "" for item in child)
            properties.append((kind, child.get("name"), items))
        elif kind == "resource":
            nested.append(canonical(child))
        else:
            raise ValueError(f"unexpected element <{kind}>")
    if _local(element.tag) == "input":
        # An input's properties are named parameters: their order carries nothing (the two
        # startMessaging pages list the same parameters in different orders).
        properties.sort()
    return {
        "element": _local(element.tag),
        "attributes": dict(sorted(element.attrib.items())),
        "links": sorted(links),
        "properties": properties,
        "resources": nested,
    }


def canonical_document(body: bytes | str) -> dict[str, Any]:
    """The canonical form of a whole document (DTDs refused)."""
    return canonical(ElementTree.fromstring(body, forbid_dtd=True))


def equivalent(actual: bytes | str, expected: bytes | str) -> bool:
    return canonical_document(actual) == canonical_document(expected)
