"""XML (application/xml, application/vnd.microsoft.com.ucwa+xml) <-> resource objects.

UCWA's XML, in the namespace ``http://schemas.microsoft.com/rtc/2012/03/ucwa``::

    <resource rel="conversationLog" href="/ucwa/.../conversationLog">   (rel + href: self link)
      <link rel="continueMessaging" href="..." revision="2"/>          (repeated for many)
      <property name="subject">Lunch</property>
      <propertyList name="modalities"><item>Messaging</item></propertyList>
      <resource rel="conversationLogRecipient" href="...">...</resource> (embedded)
    </resource>

``<input>`` carries a POST's parameters, ``<resource>`` a PUT's, ``<reason>`` an error.

Where each member goes is decided by each class's generated property functions and by
:mod:`.layout`, shared with the JSON codec; this module is layout's :class:`.layout.Format`
for XML: it reads elements into the parts layout places and spells values (ISO 8601 dates,
``True``/``False``) and elements. XML cannot tell one
link from a list of one, so the definitions' cardinality decides: a rel declared many is
always a list. Parsing goes through defusedxml with DTDs refused, so no document can declare
entities (no external entities, no "billion laughs").

What survives a trip (read XML, write XML): every property and propertyList, in order;
every link with all its attributes; every nested resource, in document order (unknown ones as
:class:`GenericResource`). Attribute order, whitespace and namespace prefixes do not.
Two things XML spells that the model does not keep: ``True``/``False`` are written in
that casing whatever casing was read (.NET reads both), and a ``<resource>`` element's
``rel`` attribute is written from what the resource is (its rel, or the name it is embedded
under) and only together with its ``href``, as every UCWA document has it.

Extras read from JSON, written as XML: a string, number, boolean or null becomes a
``<property>`` (``True``/``False``, an empty element for null), a list of those a
``<propertyList>``, a raw embedded JSON resource a nested ``<resource>``. A JSON object or
nested list has no XML spelling: writing one raises UnrepresentableError rather than drop
it. Extras read from XML are text (or lists of text) and travel to JSON as strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any
from xml.etree import ElementTree as Builder

import cattrs
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeParser

from . import codec_json
from .datauri import DataUri
from .dates import format_iso_date, format_timespan, parse_iso_date, parse_timespan
from .errors import UnrepresentableError
from .layout import (
    REL,
    ClassesByRel,
    ClassPlan,
    ShapeError,
    build,
    embedded_out,
    links_out,
    plan,
    properties_out,
)
from .model import GenericResource, Link, LinkSpec, OpenEnum, Resource
from .properties import Hooks

NAMESPACE = "http://schemas.microsoft.com/rtc/2012/03/ucwa"
_NS = "{" + NAMESPACE + "}"


class XmlError(ShapeError):
    """A body this codec will not read as XML: malformed, or declaring a DTD or entities
    (refused outright: they are how external-entity and entity-expansion attacks work)."""


def _text(value: Any, _: Any = None) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    # Only the text that writing the number gives back ("7", not "007" or "+7"), so a value
    # read and written again is the value the server sent; anything else stays raw.
    text = _text(value)
    number = int(text)
    if str(number) != text:
        raise ValueError(f"not a canonical integer: {text!r}")
    return number


def _format_float(value: float) -> str:
    # .NET writes a whole double without a fraction ("85", not "85.0").
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def _structure_float(value: Any, _: Any) -> float:
    text = _text(value)
    number = float(text)
    if _format_float(number) != text:
        raise ValueError(f"not a canonical number: {text!r}")
    return number


def _structure_bool(value: Any, _: Any) -> bool:
    # UCWA writes True/False (.NET's Boolean.ToString); some server traces show true/false,
    # which .NET also reads, so both are accepted.
    lowered = _text(value).lower()
    if lowered not in ("true", "false"):
        raise ValueError(f"not a boolean: {value!r}")
    return lowered == "true"


def make_converter() -> cattrs.Converter:
    """The converter between UCWA's XML text and typed property values."""
    converter = cattrs.Converter()
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook(int, _structure_int)
    converter.register_unstructure_hook(int, str)
    converter.register_structure_hook(float, _structure_float)
    converter.register_unstructure_hook(float, _format_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_unstructure_hook(bool, lambda value: "True" if value else "False")
    converter.register_structure_hook(OpenEnum, lambda v, kind: kind(_text(v)))
    converter.register_unstructure_hook(OpenEnum, lambda member: member.value)
    converter.register_structure_hook(datetime, lambda v, _: parse_iso_date(_text(v)))
    converter.register_unstructure_hook(datetime, format_iso_date)
    converter.register_structure_hook(timedelta, lambda v, _: parse_timespan(_text(v)))
    converter.register_unstructure_hook(timedelta, format_timespan)
    converter.register_structure_hook(DataUri, lambda v, _: DataUri.parse(_text(v)))
    converter.register_unstructure_hook(DataUri, str)
    return converter


CONVERTER = make_converter()


# --- reading -----------------------------------------------------------------------------


def parse_document(body: bytes | str) -> Builder.Element:
    """The root element of a body, parsed safely; XmlError for anything refused."""
    try:
        return SafeParser.fromstring(body, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise XmlError(f"refused XML: {type(exc).__name__} ({exc})") from None
    except SafeParser.ParseError as exc:
        raise XmlError(f"malformed XML: {exc}") from None
    except (LookupError, ValueError) as exc:  # expat on the encoding a document declares
        raise XmlError(f"unreadable XML encoding: {exc}") from None


def _name(element: Builder.Element, where: str) -> str:
    """The local name of a UCWA element (the UCWA namespace, or none, is accepted)."""
    namespace, _, local = element.tag.rpartition("}")
    if namespace and namespace != _NS[:-1]:
        raise ShapeError(f"{where}: element {element.tag!r} is not in the UCWA namespace")
    return local


def _required(element: Builder.Element, attribute: str, where: str) -> str:
    value = element.get(attribute)
    if value is None:
        raise ShapeError(f"{where}: <{_name(element, where)}> without {attribute}")
    return value


def _leaf_text(element: Builder.Element, where: str) -> str:
    if len(element):
        raise ShapeError(f"{where}: <{_name(element, where)}> must hold text only")
    return element.text or ""


def _link(element: Builder.Element, where: str) -> dict[str, Any]:
    # A link as layout reads it: its href, then its other attributes (rel is where it goes).
    href = _required(element, "href", where)
    return {"href": href, **{k: v for k, v in element.attrib.items() if k not in ("rel", "href")}}


def _value_hook(kind: Any) -> Callable[[Any], Any]:
    """How the text of one property type (a list's item type) is read."""
    hook = CONVERTER.get_structure_hook(kind)
    return lambda value: hook(value, kind)


_READ_HOOKS = Hooks(_value_hook)
_WRITE_HOOKS = Hooks(CONVERTER.get_unstructure_hook)


class _Xml:
    """The XML format, as :func:`.layout.build` reads it (one per document)."""

    sections_inline = False
    check_embedded = None  # an element is checked by reading it, so they are read at once
    read_hooks = _READ_HOOKS

    def __init__(self, registry: ClassesByRel, base_url: str | None) -> None:
        self.registry = registry
        self.base_url = base_url

    def embedded_at(self, where: str, name: str, index: int | None) -> str:
        return f"{where}/resource[@rel={name!r}][{1 if index is None else index + 1}]"

    def read_embedded(self, raw: Any, cls: type[Resource], where: str) -> Resource:
        return _read(raw, cls, self, where)

    def keep_embedded(self, raw: Any, where: str, name: str) -> Any:
        # XML has no raw form worth keeping: an untyped resource is a GenericResource.
        if isinstance(raw, list):
            return [
                _read(item, GenericResource, self, self.embedded_at(where, name, index))
                for index, item in enumerate(raw)
            ]
        return _read(raw, GenericResource, self, self.embedded_at(where, name, None))


def _read(element: Builder.Element, cls: type[Resource], fmt: _Xml, where: str) -> Resource:
    current = plan(cls)
    properties: list[tuple[str, Any]] = []
    named: set[str] = set()
    links: dict[str, list[dict[str, Any]]] = {}
    nested: dict[str, list[Builder.Element]] = {}
    if element.get("href") is not None:
        # The element's href (with any attributes beyond rel) is the resource's self link.
        links["self"] = [_link(element, where)]
    elif set(element.attrib) - {"rel"}:
        raise ShapeError(f"{where}: a resource without href has nowhere to keep its attributes")
    for child in element:
        kind = _name(child, where)
        if kind in ("property", "propertyList"):
            name = _required(child, "name", where)
            if name in named:
                raise ShapeError(f"{where}: property {name!r} is given twice")
            named.add(name)
            properties.append((name, _value(child, kind, name, current, where)))
        elif kind == "link":
            rel = _required(child, "rel", where)
            if rel == "self" and "self" in links:
                raise ShapeError(f"{where}: a self link besides the resource's href")
            links.setdefault(rel, []).append(_link(child, f"{where}/link[@rel={rel!r}]"))
        elif kind == "resource":
            nested.setdefault(_required(child, "rel", where), []).append(child)
        else:
            raise ShapeError(f"{where}: unexpected element <{kind}> in a resource")
    # XML cannot tell one link (or resource) from a list of one: the definitions'
    # cardinality decides, and several of one rel are a list whatever it says.
    section = {
        rel: found if _many(current.links, rel, found) else found[0] for rel, found in links.items()
    }
    embedded = {
        name: found if _many(current.embedded, name, found) else found[0]
        for name, found in nested.items()
    }
    return build(cls, properties, section or None, embedded or None, fmt, where)


def _many(specs: Mapping[str, LinkSpec], rel: str, found: list[Any]) -> bool:
    spec = specs.get(rel)
    return len(found) > 1 or (spec is not None and spec.many)


def _value(
    element: Builder.Element, kind: str, name: str, current: ClassPlan, where: str
) -> str | list[str] | None:
    if kind == "propertyList":
        item_where = f"{where}/propertyList[@name={name!r}]"
        items = []
        for item in element:
            if _name(item, item_where) != "item":
                raise ShapeError(f"{item_where}: only <item> elements belong in a propertyList")
            items.append(_leaf_text(item, item_where))
        return items
    text = _leaf_text(element, f"{where}/property[@name={name!r}]")
    # An empty element is how XML writes a null; only a string can be empty.
    defined = current.properties.get(name)
    return None if text == "" and defined is not None and defined.type is not str else text


def _rel_property(root: Builder.Element) -> str | None:
    for child in root:
        if child.tag in (f"{_NS}property", "property") and child.get("name") == "rel":
            return child.text
    return None


def loads(
    body: bytes | str,
    registry: ClassesByRel,
    cls: type[Resource] | None = None,
    base_url: str | None = None,
) -> Resource:
    """Decode an XML ``<resource>`` into the class its ``rel`` names (or ``cls``, when given).

    The rel comes from the element's ``rel`` attribute, or its ``rel`` property when the
    element has none (as in a PUT body). A rel the registry does not know gives a
    :class:`GenericResource`. Raises XmlError for a body refused or not well formed, and
    ShapeError for XML that is not a UCWA resource.
    """
    return read_resource(parse_document(body), registry, cls, base_url)


def read_resource(
    element: Builder.Element,
    registry: ClassesByRel,
    cls: type[Resource] | None = None,
    base_url: str | None = None,
    where: str = "",
) -> Resource:
    """A ``<resource>`` element already parsed (a whole document, or one an event embeds),
    typed as :func:`loads` types it; ``where`` is the element's path, for errors."""
    where = f"{where}/resource"
    if _name(element, where) != "resource":
        raise ShapeError(f"{where}: <{_name(element, where)}> is not a UCWA <resource>")
    if cls is None:
        rel = element.get("rel") or _rel_property(element)
        found = registry.get(rel) if rel else None
        cls = found if found is not None else GenericResource
    try:
        return _read(element, cls, _Xml(registry, base_url), where)
    except RecursionError:  # resources nested beyond any real document
        raise ShapeError(f"{where}: nested too deeply to read") from None


def reason_fields(body: bytes | str) -> dict[str, str]:
    """The text fields of an error body: ``code``, ``subcode``, ``message``...

    The reference pages show ``<reason><code>Conflict</code>...</reason>``; the
    ``<property name="code">`` spelling of other resources is read as well.
    """
    root = parse_document(body)
    fields: dict[str, str] = {}
    for child in root:
        kind = _name(child, "/reason")
        if len(child):
            continue  # debugInfo and parameters hold structure, not a field
        name = child.get("name") if kind == "property" else kind
        if name:
            fields[name] = child.text or ""
    return fields


# --- writing -----------------------------------------------------------------------------


def _element(parent: Builder.Element | None, kind: str, **attributes: str) -> Builder.Element:
    # Tags are written unqualified under an xmlns on the root (see _serialise): ElementTree's
    # default_namespace option refuses the unqualified attributes every UCWA element has.
    if parent is None:
        return Builder.Element(kind, {"xmlns": NAMESPACE, **attributes})
    return Builder.SubElement(parent, kind, attributes)


def _scalar(value: Any, where: str) -> str | None:
    """XML text of one value: typed values come as text already; JSON extras are spelt here."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _format_float(value)
    raise UnrepresentableError(f"{where}: a {type(value).__name__} has no XML spelling")


def _write_property(parent: Builder.Element, wire: str, value: Any, where: str) -> None:
    if isinstance(value, list):
        holder = _element(parent, "propertyList", name=wire)
        for item in value:
            _element(holder, "item").text = _scalar(item, f"{where}.{wire}[]")
    else:
        _element(parent, "property", name=wire).text = _scalar(value, f"{where}.{wire}")


def _attribute(value: Any, where: str) -> str:
    text = _scalar(value, where)
    if text is None:
        raise UnrepresentableError(f"{where}: an attribute cannot be null")
    return text


def _write_link(parent: Builder.Element, rel: str, link: Link[Any], where: str) -> None:
    attributes = {
        key: _attribute(value, f"{where}.{key}") for key, value in link.attributes.items()
    }
    _element(parent, "link", rel=rel, href=link.href, **attributes)


def _as_resource(value: Any, where: str) -> Resource:
    # Untyped embedded resources read from JSON are raw JSON objects: read them as generic
    # resources (with nothing typed: no registry) to write them the XML way.
    if isinstance(value, Resource):
        return value
    if isinstance(value, dict):
        return codec_json.structure(value, GenericResource, {}, where=where)
    raise UnrepresentableError(f"{where}: a {type(value).__name__} is not an embedded resource")


def _own_rel(resource: Resource) -> str | None:
    if isinstance(resource, GenericResource):
        return resource.rel
    return resource.SPEC.rel


def _write(
    resource: Resource, parent: Builder.Element | None, rel: str | None, where: str
) -> Builder.Element:
    element = _element(parent, "resource")
    self_link = resource.self_link
    if self_link is not None:
        if rel is not None:
            element.set("rel", rel)
        element.set("href", self_link.href)
        for key, value in self_link.attributes.items():
            element.set(key, _attribute(value, f"{where}.self.{key}"))
    properties, carried = properties_out(resource, _WRITE_HOOKS)
    for link_rel, value in links_out(resource, carried):
        if value is self_link:
            continue
        for link in value if isinstance(value, list) else [value]:
            _write_link(element, link_rel, link, f"{where}.links.{link_rel}")
    for wire, value in properties:
        _write_property(element, wire, resource.SPEC.rel if value is REL else value, where)
    for name, value in embedded_out(resource):
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            item_where = f"{where}.embedded.{name}[{i}]"
            _write(_as_resource(item, item_where), element, name, item_where)
    return element


def _serialise(root: Builder.Element) -> bytes:
    document: bytes = Builder.tostring(root, encoding="utf-8", xml_declaration=True)
    return document


def dumps(resource: Resource) -> bytes:
    """Encode a resource as an XML ``<resource>`` document (also the body of a PUT).

    Raises UnrepresentableError for an extra that XML cannot spell (see the module notes).
    """
    return _serialise(_write(resource, None, _own_rel(resource), "$"))


def dumps_input(properties: Mapping[str, Any], links: Mapping[str, str]) -> bytes:
    """The ``<input>`` body of a POST: its parameters as properties, then its links.

    No reference page shows a link in an XML input; a ``data:`` message travels as
    ``<link rel="message" href="data:..."/>``, the XML spelling of JSON's ``_links.message``.
    """
    root = _element(None, "input")
    for wire, value in properties.items():
        _write_property(root, wire, CONVERTER.unstructure(value), "$input")
    for rel, href in links.items():
        _element(root, "link", rel=rel, href=href)
    return _serialise(root)
