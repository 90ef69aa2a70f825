"""codec_json.structure reads JSON by a per-class plan of its own; it must decide every member
exactly as layout.ResourceReader (the rules the XML codec shares) does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from ucwa_runtime import codec_json
from ucwa_runtime.layout import ClassesByRel, ResourceReader, ShapeError
from ucwa_runtime.model import GenericResource, Resource

import ucwa

ROOT = Path(__file__).resolve().parents[2]


def reference(
    data: Any, cls: type[Resource], registry: ClassesByRel, base_url: str | None, where: str = "$"
) -> Resource:
    """The JSON reader as it was written over ResourceReader, before the per-class plans."""
    if not isinstance(data, dict):
        raise ShapeError(f"{where}: a resource must be a JSON object")
    reader = ResourceReader(cls, codec_json.CONVERTER, where)
    for key, value in data.items():
        if key in ("_links", "_embedded") and value == {}:
            reader.empty_section(key)
        elif key == "_links":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._links must be an object")
            for rel, raw in value.items():
                if isinstance(raw, list):
                    link: Any = [codec_json._structure_link(i, base_url, where, rel) for i in raw]
                else:
                    link = codec_json._structure_link(raw, base_url, where, rel)
                reader.link(rel, link)
        elif key == "_embedded":
            if not isinstance(value, dict):
                raise ShapeError(f"{where}._embedded must be an object")
            for name, raw in value.items():
                typed = reader.embedded_target(name, registry)
                if typed is None or isinstance(raw, list) != typed[0].many:
                    reader.embedded_extra(name, raw)
                    continue
                spec, target = typed
                reader.embedded(
                    spec,
                    [reference(item, target, registry, base_url) for item in raw]
                    if spec.many
                    else reference(raw, target, registry, base_url),
                )
        else:
            reader.property(key, value)
    return reader.build()


def json_examples() -> list[tuple[str, Any]]:
    found = []
    for path in sorted((ROOT / "definitions" / "resources").glob("*.yaml")):
        source = yaml.safe_load(path.read_text())
        for index, example in enumerate(source.get("examples") or []):
            if example.get("format") == "json" and example.get("body"):
                try:
                    found.append((f"{path.stem}[{index}]", json.loads(example["body"])))
                except ValueError:
                    continue
    return found


MISFITS: list[Any] = [
    {"rel": "conversationLog", "totalRecipientsCount": "12", "direction": 3, "subject": None},
    {"rel": "conversationLog", "modalities": ["Messaging", 7], "importance": "Sideways"},
    {"rel": "conversationLog", "modalities": "Messaging", "subject": ["a"], "x": {"y": 1}},
    {"rel": "conversationLog", "creationTime": "/Date(1474932024587)/", "threadId": True},
    {"rel": "conversationLog", "_links": {}, "_embedded": {}, "status": "Unknown"},
    {
        "rel": "conversationLog",
        "_links": {
            "self": {"href": "/x", "revision": 2},
            "markAsRead": [{"href": "/a"}, {"href": "/b"}],
            "continueAudio": {"href": "/c", "title": "t"},
            "unknownRel": {"href": "/u"},
        },
        "_embedded": {
            "conversationLogRecipient": {"rel": "conversationLogRecipient"},
            "somethingElse": [{"rel": "x"}],
        },
    },
    {"rel": "application", "_embedded": {"me": {"rel": "me", "emailAddresses": ["a", "b"]}}},
    {"rel": "communication", "publishEndpointLocation": 1, "supportedModalities": []},
    {"totalRecipientsCount": 3, "rel": "conversationLog"},
    {"rel": "nobodyKnows", "a": 1, "_links": {"self": {"href": "/n"}}},
]


def typed(data: Any) -> type[Resource]:
    rel = data.get("rel") if isinstance(data, dict) else None
    found = ucwa.RESOURCES.get(rel) if isinstance(rel, str) else None
    return found if found is not None else GenericResource


@pytest.mark.parametrize(
    "data",
    [data for _, data in json_examples()] + MISFITS,
    ids=[name for name, _ in json_examples()] + [f"misfit{i}" for i in range(len(MISFITS))],
)
def test_structure_decides_like_the_shared_reader(data: Any) -> None:
    cls = typed(data)
    expected = reference(data, cls, ucwa.RESOURCES, "http://h/ucwa/")
    actual = codec_json.structure(data, cls, ucwa.RESOURCES, "http://h/ucwa/")
    assert actual == expected
    assert actual.property_order == expected.property_order
    assert actual.embedded_order == expected.embedded_order
    assert [link.base_url for link in [actual.self_link] if link] == [
        link.base_url for link in [expected.self_link] if link
    ]
    assert codec_json.unstructure(actual) == codec_json.unstructure(expected)


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"rel": "conversationLog", "_links": []},
        {"rel": "conversationLog", "_links": {"self": {"ref": "/x"}}},
        {"rel": "conversationLog", "_links": {"self": [{"href": 3}]}},
        {"rel": "conversationLog", "_embedded": 3},
        {"rel": "conversation"},
    ],
)
def test_structure_refuses_what_the_shared_reader_refuses(data: Any) -> None:
    cls = ucwa.resources.ConversationLog
    with pytest.raises(ShapeError):
        reference(data, cls, ucwa.RESOURCES, None)
    with pytest.raises(ShapeError):
        codec_json.structure(data, cls, ucwa.RESOURCES, None)


def test_fast_links_are_the_links_the_constructor_makes() -> None:
    """The plan builds plain links without Link's __init__; nothing may tell them apart."""
    from ucwa_runtime.model import Link

    base = "https://lync.contoso.com/ucwa/v1/applications/192"
    data = {"rel": "conversationLog", "_links": {"self": {"href": "/x/1"}}}
    built = codec_json.structure(data, ucwa.RESOURCES["conversationLog"], ucwa.RESOURCES, base)
    link = built.self_link
    expected = Link(href="/x/1", base_url=base)
    assert type(link) is Link and link == expected and repr(link) == repr(expected)
    assert (link.href, link.attributes, link.base_url) == ("/x/1", {}, base)
    link.attributes["revision"] = "2"  # its own dictionary, not one shared with others
    assert Link(href="/y").attributes == {} and built.explicit_nulls == frozenset()


PLAIN_AND_NOT = [
    "/a/c/7",
    "c/7",
    "../c/7",
    "https://other.example/x",
    "?ack=4",
    "/a/./b/../c",
    "/a/b/.",
    "/a/..",
    "/.well-known/x",
    "//host/x",
    "/a//b",
    "/a;p=1/b",
    "/a?q=1",
    "/a#f",
    "/a\tb",
    " /a",
    "/a b",
    "/caf\u00e9",
    "/people/user7@contoso.com/x:y",
    "/",
    "/%2e%2e/x",
]


@pytest.mark.parametrize(
    "url",
    [
        "https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3",
        "HTTP://Lync.Contoso.com:4443/ucwa/events;x?ack=3#frag",
        "ftp://files.example/events",
        "/relative/events",
    ],
)
@pytest.mark.parametrize("override", [False, True])
def test_events_resolve_each_link_as_url_for_does(url: str, override: bool) -> None:
    """parse_events resolves each href once per response (plain absolute paths without
    urljoin); the URLs are url_for's, whatever the href and the response URL."""
    from ucwa_runtime.events import parse_events
    from ucwa_runtime.model import Link
    from ucwa_runtime.transport import Response

    class Marking(ucwa.Client):
        def url_for(self, target: Link[Any] | str) -> str:
            return super().url_for(target) + "#marked"

    hrefs = PLAIN_AND_NOT
    events = [
        {"link": {"rel": "conversation", "href": href}, "type": "updated", "in": {"href": h}}
        for href in hrefs
        for h in hrefs
    ]
    body = {
        "_links": {"next": {"href": "events?ack=4"}},
        "sender": [{"rel": "conversation", "href": "c/7", "events": events}],
    }
    response = Response(
        method="GET", url=url, status=200, headers={}, body=json.dumps(body).encode()
    )
    client = (Marking if override else ucwa.Client)("https://elsewhere.example/")
    try:
        parsed, links = parse_events(response, client)
        resolve = lambda href: client.url_for(Link(href=href, base_url=url))  # noqa: E731
        assert links == {"next": resolve("events?ack=4")}
        assert [(e.link.href, e.link.url) for e in parsed] == [
            (href, resolve(href)) for href in hrefs for _ in hrefs
        ]
        assert [e.in_.url for e in parsed if e.in_] == [resolve(h) for _ in hrefs for h in hrefs]
        assert all(e.sender.url == resolve("c/7") for e in parsed)
    finally:
        client.close()
