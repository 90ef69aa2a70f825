"""The session's people and meetings API reads what real servers send, not only our server.

The bundled server answers these GETs with the bodies of real captures
(../shared/ucwa-captures, see its SOURCES.md), changed only where an href must lead to the
test server (the application's number in every href below an application): every property,
link attribute and unknown value stays as captured. Then the session API is called and its
typed results checked. tests/client/test_captures.py fails when the captures are missing;
these tests skip then, with that reason.
"""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import ucwa
from ucwa.enums import Availability
from ucwa_session import UcwaSession
from ucwa_testing import UcwaServer

ROOT = Path(__file__).resolve().parents[2]
CAPTURES = Path(os.environ.get("UCWA_CAPTURES", ROOT.parent / "shared" / "ucwa-captures"))
pytestmark = pytest.mark.skipif(
    not CAPTURES.is_dir(), reason=f"no captures at {CAPTURES} (set UCWA_CAPTURES)"
)
_APPLICATION = re.compile(rb"/ucwa/oauth/v1/applications/\d+")
DANA = "sip:DanaB@domain.com"  # capture 010's first contact


def _capture(name: str) -> tuple[str, list[bytes]]:
    """(the Content-Type, each JSON body) of a capture: one body, or one per batch part."""
    raw = (CAPTURES / name).read_bytes()
    if name.endswith(".json"):
        return "application/vnd.microsoft.com.ucwa+json", [raw.strip()]
    head, _, body = raw.partition(b"\r\n\r\n")
    bodies = [line for line in body.split(b"\r\n") if line.startswith(b"{")]
    if b"multipart" in head.lower():
        return "application/json; charset=utf-8", bodies  # each part says this
    found = re.search(rb"(?im)^content-type:\s*(.+?)\s*$", head)
    assert found is not None, name
    return found[1].decode(), bodies


def serve(
    server: UcwaServer, method: str, path: str, name: str, part: int = 0, **kwargs: Any
) -> dict[str, Any]:
    """Make ``server`` answer ``method`` on paths matching ``path`` with a capture's body
    (part ``part`` of a batch), its hrefs moved onto the server's application; the captured
    document, as the client should read it."""
    content_type, bodies = _capture(name)
    body = _APPLICATION.sub(server.application().base.encode(), bodies[part])
    headers = (("Content-Type", content_type),)
    server.answer_with(method, path, body, headers=headers, **kwargs)
    document: dict[str, Any] = json.loads(bodies[part])
    return document


def _without_hrefs(node: Any) -> Any:
    """A document with its hrefs left out (the client sees them as the server's aliases)."""
    if isinstance(node, list):
        return [_without_hrefs(item) for item in node]
    if isinstance(node, dict):
        return {k: _without_hrefs(v) for k, v in node.items() if k != "href"}
    return node


def assert_kept(resource: ucwa.Resource, captured: dict[str, Any]) -> None:
    """The resource, written back, is the captured document (hrefs aside): every property,
    unknown ones included, every link with its attributes."""
    assert _without_hrefs(json.loads(ucwa.serialize(resource))) == _without_hrefs(captured)


def test_my_contacts_of_capture_010(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    captured = serve(
        ucwa_server, "GET", r"/people/contacts$", "010_batch_response_mycontacts_me.http"
    )
    contacts = session.contacts.all()
    assert [c.name for c in contacts] == ["Dana Birkby", "Chris Barry"]
    assert [c.uri for c in contacts] == [DANA, "sip:ChrisB@domain.com"]
    assert contacts[0].email_addresses == ["DanaB@domain.com"]
    assert contacts[0].source_network == "SameEnterprise"
    assert contacts[0].if_match == '"707439619"'  # the etag property, quoted
    for contact, document in zip(contacts, captured["_embedded"]["contact"], strict=True):
        assert_kept(contact, document)
    # The capture's self href is lower case while the URI is not: found by URI, any case.
    found = session.contacts.find("sip:danab@DOMAIN.com")
    assert found is not None and found.name == "Dana Birkby"


def test_contact_details_read_from_the_captured_self_link(
    session: UcwaSession, ucwa_server: UcwaServer
) -> None:
    name = "010_batch_response_mycontacts_me.http"
    serve(ucwa_server, "GET", r"/people/contacts$", name)
    # No capture holds a contact read alone: it is served as myContacts embeds it.
    _, [body, _] = _capture(name)
    dana = json.loads(body)["_embedded"]["contact"][0]
    moved = _APPLICATION.sub(ucwa_server.application().base.encode(), json.dumps(dana).encode())
    headers = (("Content-Type", "application/json; charset=utf-8"),)
    ucwa_server.answer_with("GET", r"/people/danab@domain\.com$", moved, headers=headers)
    details = session.contacts.details(DANA)
    assert (details.name, details.type) == ("Dana Birkby", "User")
    assert_kept(details, dana)


def test_contact_presence_of_capture_014(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    serve(ucwa_server, "GET", r"/people/contacts$", "010_batch_response_mycontacts_me.http")
    captured = serve(
        ucwa_server,
        "GET",
        r"/people/danab@domain\.com/presence$",
        "014_contact_presence_response.http",
    )
    [dana, _] = session.contacts.all()
    for presence in (session.presence.of(dana), session.presence.of("sip:danab@domain.com")):
        assert presence.availability == Availability.OFFLINE
        assert presence.activity is None  # the capture has none
        assert presence.last_active == datetime.fromtimestamp(1421893940, UTC)
        assert str(presence.device_type) == "Unknown"
        assert_kept(presence, captured)


def test_my_presence_and_note_of_capture_012(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    name = "012_batch_response_presence_note_204.http"
    session.make_me_available()
    session.presence.set_note("not the capture's")  # so that "" can only be the capture's
    serve(ucwa_server, "GET", r"/me/presence$", name, part=0)
    serve(ucwa_server, "GET", r"/me/note$", name, part=1)
    assert session.presence.availability() == Availability.DO_NOT_DISTURB
    assert session.presence.note() == ""


def test_me_of_capture_010(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    captured = serve(ucwa_server, "GET", r"/me$", "010_batch_response_mycontacts_me.http", part=1)
    me = session.me()
    assert isinstance(me, ucwa.resources.Me)
    assert (me.name, me.title) == ("Alex Darrow", "Marketing Assistant")
    assert me.department == "Sales & Marketing"  # written \u0026 on the wire
    assert_kept(me, captured)


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("note", "016_contact_note_response.http"),
        ("location", "015_contact_location_response.http"),
    ],
)
def test_subscribed_note_and_location_of_captures_015_016(
    session: UcwaSession, ucwa_server: UcwaServer, kind: str, name: str
) -> None:
    bob = "sip:bob@contoso.com"
    captured = serve(ucwa_server, "GET", rf"/people/bob@contoso\.com/{kind}$", name)
    with session.presence.subscribe([bob]) as subscription:
        ucwa_server.change_contact(bob, **{kind: "changed"})
        change = None
        while change is None or change.kind != kind:
            change = subscription.next_change(timeout=5)
            assert change is not None, f"no {kind} change came"
    assert change.uri == bob
    if kind == "note":
        assert isinstance(change.resource, ucwa.resources.ContactNote)
        assert (change.resource.message, change.resource.type) == ("", "Personal")
    else:
        assert isinstance(change.resource, ucwa.resources.ContactLocation)
        assert change.resource.location is None  # the capture has links only
    assert_kept(change.resource, captured)


def test_online_meeting_of_capture_027(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    name = "027_onprem_myonlinemeeting_response_exchange_trace.json"
    captured = serve(ucwa_server, "GET", r"/myOnlineMeetings/RMANN9FF$", name)
    ucwa_server.answer_with("PUT", r"/myOnlineMeetings/RMANN9FF$", b"", status=204)
    # No capture holds the collection: our server's, with the captured meeting embedded.
    base = ucwa_server.application().base
    collection = {
        "_links": {"self": {"href": f"{base}/onlineMeetings/myOnlineMeetings"}},
        "_embedded": {"myOnlineMeeting": [captured]},
        "rel": "myOnlineMeetings",
    }
    moved = _APPLICATION.sub(base.encode(), json.dumps(collection).encode())
    headers = (("Content-Type", "application/json"),)
    ucwa_server.answer_with("GET", r"/myOnlineMeetings$", moved, headers=headers)
    [listed] = session.meetings.list()
    assert_kept(listed, captured)
    meeting = session.meetings.get(listed)
    assert meeting.join_url == "https://meet.uclab.eu/tom/RMANN9FF"
    assert meeting.online_meeting_uri == "sip:tom@uclab.eu;gruu;opaque=app:conf:focus:id:RMANN9FF"
    assert meeting.conference_id == "257150"
    assert meeting.if_match == '"3055269905"'
    assert_kept(meeting, captured)
    meeting.subject = "Planning"
    session.meetings.update(meeting)
    [put] = [r for r in ucwa_server.requests if r.method == "PUT"]
    assert put.headers["If-Match"] == '"3055269905"'
    sent = json.loads(put.body)
    assert sent["2c04865e-a621-4a4d-81e0-8047131f87d8"] == "please pass this in a PUT request"
    assert {k: v for k, v in sent.items() if k not in ("subject", "_links")} == {
        k: v for k, v in captured.items() if k not in ("subject", "_links")
    }


def test_online_application_of_capture_024(session: UcwaSession, ucwa_server: UcwaServer) -> None:
    # The application as Skype for Business Online sends it: no embedded me, links with
    # revision "2", an events href with \u0026, properties of its own; what the session
    # then follows (people's myGroups and search, of revision 2) still works.
    name = "024_online_application_created_response.json"
    captured = serve(ucwa_server, "GET", r"/applications/\d+$", name)
    application = session.refresh_application()
    assert application.type == "Browser"
    assert application.links.events is not None and "&key=" in application.links.events.href
    assert_kept(application, captured)
    people = application.embedded.people
    assert people is not None and people.links.search is not None
    assert people.links.search.attributes["revision"] == "2"
    assert [group.name for group in session.contacts.groups()]
    session.search(mail="bob@contoso.com")  # mail alone: search revision 2


def test_onprem_user_and_application_of_captures_005_007(
    make_session: Any, ucwa_server: UcwaServer
) -> None:
    # The user resource's hrefs are absolute, on the capture's host: moved onto the server.
    _, [user] = _capture("005_onprem_user_resource_response.http")
    pool = ucwa_server.pools["primary"].url.encode()
    headers = (("Content-Type", "application/json"),)
    moved = user.replace(b"https://lync.domain.com", pool)
    ucwa_server.answer_with("GET", r"/oauth/user$", moved, headers=headers)
    session = make_session()
    session.sign_in()
    assert session.discovered.applications_url == f"{pool.decode()}/ucwa/oauth/v1/applications"
    # The application as an on-premises pool sends it before makeMeAvailable: me has no
    # presence, note or location link yet, communication has a property to send back.
    name = "007_onprem_application_created_response.http"
    # Twice: the refresh, and the read again when a link is missing from the copy held.
    captured = serve(ucwa_server, "GET", r"/applications/\d+$", name, times=2)
    application = session.refresh_application()
    assert_kept(application, captured)
    me = application.embedded.me
    assert me is not None and (me.name, me.uri) == ("Test User1", "sip:test.user1@domain.com")
    assert me.links.presence is None
    guid = "fd0d277b-4d05-448f-9950-383fac2370d6"
    assert session.communication().extra_properties[guid] == "please pass this in a PUT request"
    online = application.embedded.online_meetings
    assert online is not None and online.links.my_assigned_online_meeting is not None
    with pytest.raises(ucwa.errors.RequestError, match="presence"):
        session.presence.availability()
    session.make_me_available()  # on the captured makeMeAvailable link
    assert session.presence.availability() == Availability.ONLINE
