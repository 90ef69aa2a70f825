"""Real payloads captured from real UCWA servers (../shared/ucwa-captures) parse losslessly.

They show what the reference pages do not: hrefs unlike the documented paths, link attributes
such as ``revision``, properties with random names that a PUT must send back, ``\\u0026`` in
hrefs. CI has the captures beside the checkout; a run without them fails rather than passes
silently (set UCWA_CAPTURES to point elsewhere).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest

import ucwa

from .conftest import ROOT

CAPTURES = Path(os.environ.get("UCWA_CAPTURES", ROOT.parent / "shared" / "ucwa-captures"))


def _json_bodies() -> list[tuple[str, bytes]]:
    """(file name, body) of every capture that holds one JSON resource response."""
    found = []
    for path in sorted(CAPTURES.glob("*")):
        if path.suffix == ".json" and "request" not in path.name:
            found.append((path.name, path.read_bytes().strip()))
        elif path.suffix == ".http" and "response" in path.name:
            head, _, body = path.read_bytes().partition(b"\r\n\r\n")
            if b"json" in head.lower() and b"multipart" not in head.lower() and body.strip():
                found.append((path.name, body.strip()))
    return found


BODIES = _json_bodies()


def test_the_captures_are_there() -> None:
    assert CAPTURES.is_dir(), f"no captures at {CAPTURES}"
    assert len(BODIES) >= 10


@pytest.mark.parametrize(("name", "body"), BODIES, ids=[name for name, _ in BODIES])
def test_capture_parses_and_keeps_every_field(name: str, body: bytes) -> None:
    data: Any = json.loads(body)
    resource = ucwa.parse(body, "application/vnd.microsoft.com.ucwa+json")
    rel = data.get("rel")
    if rel in ucwa.RESOURCES:
        assert type(resource) is ucwa.RESOURCES[rel]
    else:
        assert type(resource) is ucwa.GenericResource
    assert json.loads(ucwa.serialize(resource)) == data


def _application(name: str) -> ucwa.Resource:
    return ucwa.parse(dict(BODIES)[name])


def test_onprem_application_keeps_the_put_guid_and_etag() -> None:
    app = _application("007_onprem_application_created_response.http")
    assert isinstance(app, ucwa.resources.Application)
    communication = app.embedded.communication
    assert isinstance(communication, ucwa.resources.Communication)
    assert communication.extra_properties["fd0d277b-4d05-448f-9950-383fac2370d6"] == (
        "please pass this in a PUT request"
    )
    assert communication.extra_properties["etag"] == "3253045138"
    # The server's href, not the documented path, is what a call follows.
    assert communication.links.start_messaging is not None
    assert communication.links.start_messaging.href.endswith("/communication/messagingInvitations")
    assert isinstance(app.embedded.me, ucwa.resources.Me)
    assert app.embedded.me.name == "Test User1"


def _links_of(resource: ucwa.Resource) -> list[ucwa.Link[Any]]:
    """Every link a resource holds, typed or extra."""
    found: list[ucwa.Link[Any]] = []
    for field in attrs.fields(type(resource.links)):
        value = getattr(resource.links, field.name)
        values = value.values() if isinstance(value, dict) else [value]
        for item in values:
            found.extend(item if isinstance(item, list) else [item] if item else [])
    return found


def test_online_application_keeps_escaped_hrefs_and_revisions() -> None:
    app = _application("024_online_application_created_response.json")
    assert isinstance(app, ucwa.resources.Application)
    events = app.links.events
    assert events is not None and "&key=" in events.href  # written as \u0026 on the wire
    communication = app.embedded.communication
    assert communication is not None
    revised = [link for link in _links_of(communication) if "revision" in link.attributes]
    assert revised and all(link.attributes["revision"] == "2" for link in revised)
