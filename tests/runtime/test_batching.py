"""multipart/batching bodies: the captured batches split part by part; built ones split back."""

from __future__ import annotations

import json

import pytest
from ucwa_runtime import batching
from ucwa_runtime.batching import BatchError, Part

import ucwa

from ..client.test_captures import CAPTURES


def capture(name: str) -> tuple[str, list[Part]]:
    """(start line, parts) of a captured batch; the outer head gives the Content-Type."""
    [path] = CAPTURES.glob(f"{name}_*.http")
    head, _, body = path.read_bytes().partition(b"\r\n\r\n")
    start, *lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines)
    content_type = headers.get("Content-Type") or headers["content-type"]
    return start, batching.split(body, content_type)


def test_a_batch_request_of_two_gets() -> None:
    start, parts = capture("009")
    assert start.startswith("POST ") and start.split()[1].endswith("/batch")
    assert [p.start_line for p in parts] == [
        "GET /ucwa/oauth/v1/applications/104209230921/people/contacts HTTP/1.1",
        "GET /ucwa/oauth/v1/applications/104209230921/me HTTP/1.1",
    ]
    for part in parts:
        assert part.method == "GET" and part.status is None and part.body == b""
        assert part.header("host") == "lyncweb.domain.com"
        assert part.part_headers == (("Content-Type", "application/http; msgtype=request"),)


def test_a_batch_response_of_two_resources() -> None:
    _, parts = capture("010")
    assert [p.status for p in parts] == [200, 200]
    contacts, me = (ucwa.parse(p.body, p.content_type) for p in parts)
    assert isinstance(contacts, ucwa.RESOURCES["myContacts"])
    assert [c.name for c in contacts.embedded.contact] == ["Dana Birkby", "Chris Barry"]  # type: ignore[attr-defined]
    assert isinstance(me, ucwa.RESOURCES["me"])
    assert me.department == "Sales & Marketing"  # type: ignore[attr-defined]
    assert json.loads(ucwa.serialize(me)) == json.loads(parts[1].body)


def test_a_batch_request_with_a_post_body_ends_where_content_length_says() -> None:
    _, parts = capture("011")
    assert [p.method for p in parts] == ["GET", "GET", "POST"]
    post = parts[2]
    assert post.body == b'{\r\n  "message": "hello ucwa"\r\n}'
    assert len(post.body) == int(post.header("Content-Length") or 0)
    assert json.loads(post.body) == {"message": "hello ucwa"}


def test_a_204_part_has_no_body() -> None:
    _, parts = capture("012")
    assert [p.status for p in parts] == [200, 200, 204]
    assert parts[2].body == b"" and parts[2].headers == (("Cache-Control", "no-cache"),)
    presence, note = (ucwa.parse(p.body, p.content_type) for p in parts[:2])
    assert presence.availability == "DoNotDisturb"  # type: ignore[attr-defined]
    assert isinstance(note, ucwa.RESOURCES["note"])
    assert (note.message, note.type) == ("", "Personal")  # type: ignore[attr-defined]
    assert note.extra_properties == {}


def test_a_batch_of_three_gets_and_its_answers() -> None:
    # 018's outer headers still say chunked and gzip; its body was de-chunked (SOURCES.md).
    _, requests = capture("017")
    _, responses = capture("018")
    assert [r.start_line.split()[1].rsplit("/", 1)[1] for r in requests] == [
        "presence",
        "location",
        "note",
    ]
    resources = [ucwa.parse(p.body, p.content_type) for p in responses]
    assert [type(r).REL for r in resources] == ["contactPresence", "contactLocation", "contactNote"]
    for resource, part in zip(resources, responses, strict=True):
        assert json.loads(ucwa.serialize(resource)) == json.loads(part.body)


def test_a_built_batch_splits_back_into_its_parts() -> None:
    note = json.dumps({"message": "hello ucwa"}).encode()
    parts = [
        batching.request(
            "GET", "/ucwa/v1/applications/1/me", headers=[("Accept", "application/json")]
        ),
        batching.request(
            "POST",
            "/ucwa/v1/applications/1/me/note",
            headers=[("Content-Type", "application/json")],
            body=note,
        ),
    ]
    body, content_type = batching.build(parts, boundary="b-1")
    assert content_type == "multipart/batching; boundary=b-1"
    assert body.startswith(b"--b-1\r\nContent-Type: application/http; msgtype=request\r\n\r\n")
    assert body.endswith(b"\r\n--b-1--\r\n")
    again = batching.split(body, content_type)
    assert [(p.start_line, p.headers, p.body) for p in again] == [
        (p.start_line, p.headers, p.body) for p in parts
    ]
    assert again[1].header("content-length") == str(len(note))


def test_a_captured_batch_rebuilds_to_the_same_parts() -> None:
    _, parts = capture("012")
    body, content_type = batching.build(parts)
    assert batching.split(body, content_type) == parts


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"--b\r\n\r\nGET / HTTP/1.1\r\n\r\n", "multipart/batching; boundary=b", "closing"),
        (b"--b--\r\n", "multipart/batching", "no boundary"),
        (b"--b\r\nGET / HTTP/1.1\r\n--b--", "multipart/batching; boundary=b", "empty line"),
        (
            b"--b\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 9\r\n\r\n{}\r\n--b--",
            'multipart/batching; boundary="b"',
            "Content-Length 9",
        ),
        (
            b"--b\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: x\r\n\r\n{}\r\n--b--",
            "multipart/batching; boundary=b",
            "not a number",
        ),
    ],
    ids=["cut-short", "no-boundary", "no-part-headers-end", "bad-length", "length-not-a-number"],
)
def test_a_broken_batch_is_refused_clearly(body: bytes, content_type: str, message: str) -> None:
    with pytest.raises(BatchError, match=message):
        batching.split(body, content_type)
