"""codec_json.structure: where each member goes (layout's rules, shared with XML), what it
refuses while reading, and the links and embedded resources it builds only when first read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from ucwa_runtime import codec_json
from ucwa_runtime.layout import ShapeError
from ucwa_runtime.model import GenericResource, Link, Resource, wire_shape

import ucwa
import ucwa.resources

ROOT = Path(__file__).resolve().parents[2]


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


def read(data: Any) -> Resource:
    return codec_json.structure(data, typed(data), ucwa.RESOURCES, "http://h/ucwa/")


@pytest.mark.parametrize(
    "data",
    [data for _, data in json_examples()] + MISFITS,
    ids=[name for name, _ in json_examples()] + [f"misfit{i}" for i in range(len(MISFITS))],
)
def test_every_member_goes_back_where_it_came_from(data: Any) -> None:
    written = codec_json.unstructure(read(data))
    assert written == data
    properties = [key for key in data if key not in ("_links", "_embedded")]
    assert [key for key in written if key not in ("_links", "_embedded")] == properties


@pytest.mark.parametrize(
    "data",
    [data for _, data in json_examples()] + MISFITS,
    ids=[name for name, _ in json_examples()] + [f"misfit{i}" for i in range(len(MISFITS))],
)
def test_sections_read_later_equal_sections_read_at_once(data: Any) -> None:
    """Two reads of one payload are equal whichever of their sections was touched first,
    and repr and equality see the sections filled."""
    touched, untouched = read(data), read(data)
    assert attrs.asdict(touched.links) is not None and touched.embedded.extra is not None
    assert touched == untouched and untouched == touched
    assert repr(read(data)) == repr(touched)


def test_misfits_stay_raw_and_shapes_that_disagree_go_to_the_extras() -> None:
    log = read(MISFITS[0])
    assert log.extra_properties == {"totalRecipientsCount": "12", "direction": 3}
    assert wire_shape(log).explicit_nulls == {"subject"}
    log = read(MISFITS[5])
    assert log.links.extra == {
        "self": Link(href="/x", attributes={"revision": 2}),
        "markAsRead": [Link(href="/a"), Link(href="/b")],
        "unknownRel": Link(href="/u"),
    }
    assert log.links.continue_audio == Link(href="/c", attributes={"title": "t"})
    assert log.links.continue_audio.base_url == "http://h/ucwa/"
    assert log.embedded.conversation_log_recipient is None
    assert log.embedded.extra == {
        "conversationLogRecipient": {"rel": "conversationLogRecipient"},
        "somethingElse": [{"rel": "x"}],
    }
    assert wire_shape(log).embedded_order == ("conversationLogRecipient", "somethingElse")
    me = read(MISFITS[6]).embedded.me
    assert isinstance(me, ucwa.resources.Me) and me.email_addresses == ["a", "b"]


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"rel": "conversationLog", "_links": []},
        {"rel": "conversationLog", "_links": None},
        {"rel": "conversationLog", "_links": {"self": {"ref": "/x"}}},
        {"rel": "conversationLog", "_links": {"self": [{"href": 3}]}},
        {"rel": "conversationLog", "_embedded": 3},
        {"rel": "conversationLog", "_embedded": None},
        {"rel": "conversation"},
        # Embedded resources are built when first read, but checked while reading.
        {"rel": "application", "_embedded": {"me": 3}},
        {"rel": "application", "_embedded": {"me": {"rel": "people"}}},
        {"rel": "application", "_embedded": {"me": {"_links": {"self": {"href": None}}}}},
        {"rel": "application", "_embedded": {"people": {"_embedded": {"x": 1}, "_links": 2}}},
        {"rel": "application", "_embedded": {"communication": {"_embedded": []}}},
        {
            "rel": "conversationLog",
            "_embedded": {
                "conversationLogRecipient": [
                    {"rel": "conversationLogRecipient"},
                    {"_links": {"a": 1}},
                ]
            },
        },
    ],
)
def test_what_cannot_be_read_is_refused_while_reading(data: Any) -> None:
    mismatched = not isinstance(data, dict) or data.get("rel") == "conversation"
    cls = ucwa.resources.ConversationLog if mismatched else typed(data)
    with pytest.raises(ShapeError):
        codec_json.structure(data, cls, ucwa.RESOURCES, None)


def test_a_link_set_before_the_section_is_read_is_kept() -> None:
    data = {"rel": "application", "_links": {"self": {"href": "/a"}, "me": {"href": "/me"}}}
    application = read(data)
    application.links.me = Link(href="/elsewhere")
    assert application.links.me == Link(href="/elsewhere")
    assert application.self_link == Link(href="/a")
    assert codec_json.unstructure(application)["_links"]["me"] == {"href": "/elsewhere"}


def test_each_link_has_its_own_attributes() -> None:
    data = {
        "rel": "conversationLog",
        "_links": {"self": {"href": "/x/1"}, "markAsRead": {"href": "/m"}},
    }
    built = read(data)
    link = built.self_link
    assert link is not None and type(link) is Link
    link.attributes["revision"] = "2"  # its own dictionary, not one shared with others
    assert built.links.mark_as_read == Link(href="/m") and Link(href="/y").attributes == {}


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


def test_the_spec_is_read_from_the_fields_metadata() -> None:
    from ucwa_runtime.datauri import DataUri
    from ucwa_runtime.model import LinkSpec, PropertySpec

    from ucwa.enums import Direction

    spec = ucwa.resources.Message.SPEC
    assert spec.rel == "message" and spec.links_class is ucwa.resources.message.MessageLinks
    properties = {p.wire: p for p in spec.properties}
    assert properties["direction"] == PropertySpec("direction", "direction", Direction)
    assert properties["plainMessage"] == PropertySpec(
        "plainMessage", "plain_message", DataUri, as_link=True
    )
    log = ucwa.resources.ConversationLog.SPEC
    assert LinkSpec("markAsRead", "mark_as_read", target="markAsRead") in log.links
    assert log.embedded == (
        LinkSpec(
            "conversationLogRecipient",
            "conversation_log_recipient",
            many=True,
            target="conversationLogRecipient",
        ),
    )
    assert GenericResource.SPEC.rel is None and GenericResource.SPEC.properties == ()


def test_each_resource_class_reads_and_writes_through_its_own_generated_functions() -> None:
    for cls in (ucwa.RESOURCES[rel] for rel in ucwa.RESOURCES):
        assert "_read_properties" in vars(cls), cls
        assert ("_write_properties" in vars(cls)) == bool(cls.SPEC.properties), cls


@pytest.mark.parametrize(
    "data",
    [
        {"rel": "conversation"},
        {"rel": "conversation", "_links": {"self": {"href": "/c"}}},
        {"rel": 7, "subject": "s"},
    ],
)
def test_a_rel_not_the_classs_is_refused_alike_checked_first_or_read(data: Any) -> None:
    # Read now (the class's generated reader) or checked now and read later (an event's
    # resource, an embedded one): one rule, one error.
    cls = ucwa.resources.ConversationLog
    with pytest.raises(ShapeError) as read_now:
        codec_json.structure(data, cls, ucwa.RESOURCES)
    with pytest.raises(ShapeError) as checked:
        codec_json.structure_later(data, cls, ucwa.RESOURCES)
    assert str(read_now.value) == str(checked.value)
    assert f"rel {data['rel']!r} where 'conversationLog' was expected" in str(checked.value)


def test_a_resource_read_later_is_built_once_however_often_it_is_asked_for() -> None:
    # An event compares and shows its resource before it is read: each of those would
    # otherwise parse the payload again and hand out another copy.
    data = {"rel": "conversationLog", "subject": "s", "_links": {"self": {"href": "/c"}}}
    later = codec_json.structure_later(data, ucwa.resources.ConversationLog, ucwa.RESOURCES)
    first = later()
    assert later() is first
    assert first.subject == "s"
