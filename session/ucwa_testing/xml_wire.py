"""The bundled server in XML: answers for a client that asks for XML, and XML inputs read.

The routes build JSON; a request whose Accept asks for XML gets the same answer written as
XML by the runtime's codec (a resource as ``<resource>``, an events page as the ``<events>``
document of EventChannelDetails.md, an error as ``<reason>``). A POST may send its input as
XML (``<input>`` of properties and links), read here into the dict the routes expect.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree import ElementTree as Builder

from ucwa_runtime import codec_json, codec_xml, formats
from ucwa_runtime.model import GenericResource

from .wire import Reply, Request

Json = dict[str, Any]
XML_TYPE = "application/xml; charset=utf-8"


def wants_xml(request: Request) -> bool:
    accept = next((v for k, v in request.headers.items() if k.lower() == "accept"), "")
    return formats.is_xml(accept)


def as_xml(reply: Reply) -> Reply:
    """The reply with its JSON body written as XML (any other reply as it is)."""
    headers = dict(reply.headers)
    if not reply.body or not formats.media_type(headers.get("Content-Type", "")).endswith("json"):
        return reply
    data = json.loads(reply.body)
    if "sender" in data:
        body = _events(data)
    elif "code" in data and "_links" not in data:
        body = _reason(data)
    else:
        written = codec_xml.dumps(codec_json.loads(reply.body, {}, GenericResource))
        body = _document(_resource(written))
    kept = tuple((k, v) for k, v in reply.headers if k.lower() != "content-type")
    return Reply(reply.status, body, (("Content-Type", XML_TYPE), *kept), reply.drop, reply.excused)


def read_input(body: bytes) -> Json:
    """An XML ``<input>`` as the JSON object the routes read: properties, then ``_links``."""
    root = codec_xml.parse_document(body)
    data: Json = {}
    for child in root:
        kind = child.tag.rpartition("}")[2]
        name = child.get("name") or ""
        if kind == "property":
            data[name] = child.text or ""
        elif kind == "propertyList":
            data[name] = [item.text or "" for item in child]
        elif kind == "link":
            data.setdefault("_links", {})[child.get("rel") or ""] = {"href": child.get("href")}
    return data


def _events(data: Json) -> bytes:
    links = data.get("_links", {})
    root = Builder.Element("events", {"xmlns": codec_xml.NAMESPACE, **links.get("self", {})})
    for rel, link in links.items():
        if rel != "self":
            Builder.SubElement(root, "link", {"rel": rel, "href": link["href"]})
    for sender in data["sender"]:
        block = Builder.SubElement(root, "sender", {"rel": sender["rel"], "href": sender["href"]})
        for event in sender["events"]:
            _event(block, event)
    return bytes(Builder.tostring(root, encoding="utf-8", xml_declaration=True))


def _event(block: Builder.Element, event: Json) -> None:
    attributes = dict(event["link"])
    if "status" in event:
        attributes["status"] = event["status"]
    element = Builder.SubElement(block, event["type"], attributes)
    if "in" in event:  # the resource the event happened in (a contact's presence: the contact)
        Builder.SubElement(element, "in", dict(event["in"]))
    for embedded in event.get("_embedded", {}).values():
        resource = codec_json.structure(embedded, GenericResource, {}, None)
        element.append(_resource(codec_xml.dumps(resource)))
    if "reason" in event:
        element.append(_reason_element(event["reason"]))


def _resource(written: bytes) -> Builder.Element:
    """A ``<resource>`` the codec wrote, as unqualified elements (the document's root carries
    the xmlns, as the codec's and the reference's XML do), without ``rel`` properties: in
    XML a resource's rel is its ``rel`` attribute only (EventChannelDetails.md, the resource
    pages' XML examples), while the routes' JSON carries it as a property too, which a
    GenericResource keeps."""
    root = Builder.fromstring(written)
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]
        element.attrib.pop("xmlns", None)
        for child in list(element):
            if child.tag.endswith("property") and child.get("name") == "rel":
                element.remove(child)
    return root


def _document(root: Builder.Element) -> bytes:
    root.set("xmlns", codec_xml.NAMESPACE)
    return bytes(Builder.tostring(root, encoding="utf-8", xml_declaration=True))


# The order of an error body's elements in the reference's XML (ErrorsAndInformationalMessages.md)
REASON_ORDER = ("code", "subcode", "message")


def _reason_element(data: Json) -> Builder.Element:
    element = Builder.Element("reason")
    names = [n for n in REASON_ORDER if n in data] + [n for n in data if n not in REASON_ORDER]
    for name in names:
        if isinstance(data[name], str):
            Builder.SubElement(element, name).text = data[name]
    return element


def _reason(data: Json) -> bytes:
    element = _reason_element(data)
    element.set("xmlns", codec_xml.NAMESPACE)
    return bytes(Builder.tostring(element, encoding="utf-8", xml_declaration=True))
