"""Reading payloads: ``ucwa.parse`` of real captures and of a definition's example, and an
event channel body, each against the standard library reading the same bytes.

The captures are read from ../shared/ucwa-captures (UCWA_CAPTURES elsewhere); where they are
absent their rows are skipped, and say so.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from typing import Any

from measure import CAPTURES, ROOT, Figure, Row, Skipped, interleaved

WHY_PARSE = (
    "building the typed resource: a Link object per link and an attrs instance per embedded "
    "resource, all made eagerly, and the garbage collector's passes over them"
)
WHY_EVENTS = (
    "100 Event objects and 134 event links, the checks of 67 embedded resources, and the "
    "garbage collector's passes over all of them (the bench keeps 200 parses alive, as "
    "json.loads' side keeps its dicts); each href is read (urlsplit) at parse and resolved "
    "(urljoin) only when a link's url is first read"
)


def capture_body(name: str) -> bytes | None:
    """The body of a capture: after the blank line of an HTTP message, or the whole file."""
    path = CAPTURES / name
    if not path.is_file():
        return None
    raw = path.read_bytes()
    if raw.startswith(b"HTTP/"):
        raw = raw.replace(b"\r\n", b"\n").partition(b"\n\n")[2]
    return raw


CAPTURE_ROWS = (
    ("007_onprem_application_created_response.http", "on-premises"),
    ("024_online_application_created_response.json", "Online"),
)


def captures() -> list[Row]:
    import ucwa

    rows: list[Row] = []
    for name, what in CAPTURE_ROWS:
        label = f"ucwa.parse capture {name[:3]} ({what}) / json.loads"
        body = capture_body(name)
        if body is None:
            rows.append(Skipped(label, f"no {CAPTURES / name} (the captures are not here)"))
            continue
        label = label.replace(") /", f", {len(body) / 1024:.1f} KB) /")
        rows.append(_versus_json(label, body, lambda body=body: ucwa.parse(body), 2000))
    return rows


def _versus_json(label: str, body: bytes, parse: Any, repeats: int) -> Figure:
    parse()  # the codec and the resource's module are loaded before the clock starts
    ours, theirs = interleaved(
        lambda: [parse() for _ in range(repeats)],
        lambda: [json.loads(body) for _ in range(repeats)],
        7,
    )
    return Figure(label, ours, theirs, 2.0, WHY_PARSE)


def application_example(fmt: str) -> bytes:
    """The body of the application definition's first response example in ``fmt``."""
    import yaml

    source = yaml.safe_load((ROOT / "definitions" / "resources" / "application.yaml").read_text())
    return next(
        e["body"]
        for e in source["examples"]
        if e["direction"] == "response" and e["format"] == fmt and e.get("body")
    ).encode()


def examples() -> list[Row]:
    """The application example of the definitions, JSON and XML (always present)."""
    import ucwa

    bodies = {fmt: application_example(fmt) for fmt in ("json", "xml")}
    rows: list[Row] = [
        _versus_json(
            "ucwa.parse application example (JSON) / json.loads",
            bodies["json"],
            lambda: ucwa.parse(bodies["json"]),
            2000,
        )
    ]
    repeats = 2000
    ucwa.parse(bodies["xml"], "application/xml")
    ours, theirs = interleaved(
        lambda: [ucwa.parse(bodies["xml"], "application/xml") for _ in range(repeats)],
        lambda: [ElementTree.fromstring(bodies["xml"]) for _ in range(repeats)],
        7,
    )
    rows.append(Figure("ucwa.parse application example (XML) / ElementTree", ours, theirs, 3.0))
    return rows


def events() -> list[Row]:
    from ucwa_runtime.events import parse_events
    from ucwa_runtime.transport import Response

    import ucwa

    body = events_body(100)
    client = ucwa.Client("https://lync.contoso.com")
    response = Response(
        method="GET",
        url="https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3",
        status=200,
        headers={"Content-Type": "application/json"},
        body=body,
    )
    parsed, _ = parse_events(response, client)
    assert len(parsed) == 100 and all(e.resource is not None for e in parsed[1::3])
    repeats = 200
    ours, theirs = interleaved(
        lambda: [parse_events(response, client) for _ in range(repeats)],
        lambda: [json.loads(body) for _ in range(repeats)],
        7,
    )
    client.close()
    label = f"events body of 100 events ({len(body) // 1024} KB): parse_events / json.loads"
    return [Figure(label, ours, theirs, 3.0, WHY_EVENTS)]


def events_body(count: int) -> bytes:
    """A P-GET response of ``count`` events as a conversation produces them: in thirds, bare
    updates, messages added with the message embedded, and participants added embedded."""
    base = "/ucwa/oauth/v1/applications/192"
    conversation = f"{base}/communication/conversations/7"
    events: list[dict[str, Any]] = []
    for index in range(count):
        kind = index % 3
        if kind == 0:
            events.append(
                {"link": {"rel": "conversation", "href": conversation}, "type": "updated"}
            )
        elif kind == 1:
            href = f"{conversation}/messaging/messages/{index}"
            message = {
                "rel": "message",
                "direction": "Incoming",
                "timeStamp": "/Date(1474932024587)/",
                "status": "Success",
                "_links": {
                    "self": {"href": href},
                    "plainMessage": {"href": f"data:text/plain;charset=utf-8,Message+{index}"},
                    "participant": {"href": f"{conversation}/participants/bob@contoso.com"},
                    "messaging": {"href": f"{conversation}/messaging"},
                },
            }
            events.append(
                {
                    "link": {"rel": "message", "href": href},
                    "type": "added",
                    "_embedded": {"message": message},
                }
            )
        else:
            href = f"{conversation}/participants/user{index}@contoso.com"
            participant = {
                "rel": "participant",
                "anonymous": False,
                "name": f"User {index}",
                "organizer": False,
                "role": "Attendee",
                "sourceNetwork": "SameEnterprise",
                "uri": f"sip:user{index}@contoso.com",
                "_links": {
                    "self": {"href": href},
                    "contact": {"href": f"{base}/people/user{index}@contoso.com"},
                    "conversation": {"href": conversation},
                    "participantMessaging": {"href": f"{href}/messaging"},
                },
            }
            events.append(
                {
                    "link": {"rel": "participant", "href": href},
                    "type": "added",
                    "in": {"rel": "conversation", "href": conversation},
                    "_embedded": {"participant": participant},
                }
            )
    body = {
        "_links": {
            "self": {"href": f"{base}/events?ack=3"},
            "next": {"href": f"{base}/events?ack=4"},
        },
        "sender": [{"rel": "conversation", "href": conversation, "events": events}],
    }
    return json.dumps(body).encode()
