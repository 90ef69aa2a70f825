"""Chats and declines over XML, each on its own, and the XML shape of a completed event.

The bundled server writes its XML answers from its JSON ones (testing/xml_wire.py), so a
session test over XML could pass on a shape no real server sends. Here what chat.py and
decline send is read back as the server received it, and the events pages the server wrote
are held against the XML the reference shows: the events document of
EventChannelDetails.md and the error body (``<reason>``) of ErrorsAndInformationalMessages.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from ucwa_runtime.transport import Client as RuntimeClient
from ucwa_runtime.transport import Response

import ucwa
import ucwa.resources
import ucwa_session
from ucwa_testing import UcwaServer
from ucwa_testing.xml_wire import read_input

from .conftest import MakeSession

XML = "application/xml"
NS = "{http://schemas.microsoft.com/rtc/2012/03/ucwa}"
REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "ucwa-reference"
# The one shape of a completed event no XML example shows: its status (JSON's "status"
# property) is written as an attribute, as rel and href are.
ASSUMED = {("completed", "status")}


@pytest.fixture
def xml_session(make_session: MakeSession) -> ucwa_session.UcwaSession:
    session = make_session(content_type=XML)
    session.sign_in()
    return session


@pytest.fixture
def events_pages(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The body of every events page the session reads (asked for before the session, so
    that the first P-GET is recorded too)."""
    pages: list[bytes] = []
    send = RuntimeClient._send

    def recording(self: RuntimeClient, method: str, url: str, *args: Any) -> Response:
        response: Response = send(self, method, url, *args)
        if response.body.startswith(b"<?xml") and b"<events" in response.body[:200]:
            pages.append(response.body)
        return response

    monkeypatch.setattr(RuntimeClient, "_send", recording)
    return pages


def _posts(server: UcwaServer, ending: str) -> list[Any]:
    return [r for r in server.requests if r.method == "POST" and r.path.endswith(ending)]


def test_decline_over_xml_sends_no_body_and_reads_the_failure_reason(
    events_pages: list[bytes], xml_session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    href = ucwa_server.invite("Knock knock")
    started = xml_session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.link.url.endswith(href), timeout=5
    )
    assert isinstance(started, ucwa.Event)
    invitation = started.resource
    assert isinstance(invitation, ucwa.resources.MessagingInvitation)
    assert invitation.message is not None and invitation.message.text == "Knock knock"

    xml_session.decline(invitation)

    [decline] = _posts(ucwa_server, "/decline")
    assert decline.body == b"" and "Content-Type" not in decline.headers
    assert decline.headers["Accept"].startswith(XML)
    completed = xml_session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.type == "completed" and i.link.url.endswith(href),
        timeout=5,
    )
    assert isinstance(completed, ucwa.Event) and completed.status == "Failure"
    assert completed.reason is not None
    assert completed.reason.code == ucwa.enums.ErrorCode("Informational")
    assert completed.reason.subcode == ucwa.enums.ErrorSubcode("Declined")
    assert isinstance(completed.resource, ucwa.resources.MessagingInvitation)
    assert str(completed.resource.state) == "Declined"
    assert any(b"<completed" in page and b"<reason" in page for page in events_pages)


def test_a_chat_over_xml_continues_sends_reads_and_stops(
    xml_session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    xml_session.make_me_available()
    [log, *_] = xml_session.conversation_logs()
    chat = xml_session.continue_messaging(log, "Back again")
    assert str(chat.wait(timeout=5).state) == "Connected"
    # continueMessaging's input went as XML: operationId a property, the message a link
    [sent] = _posts(ucwa_server, "/continueMessaging")
    assert sent.headers["Content-Type"].startswith(XML)
    data = read_input(sent.body)
    assert data["operationId"] == chat.invitation.operation_id
    assert data["_links"]["message"]["href"] == "data:text/plain;charset=utf-8,Back+again"
    assert ucwa_session.message_text(chat.next_message(timeout=5)) is not None

    chat.send("Hello+you & me").wait(timeout=5)
    [message] = _posts(ucwa_server, "/messaging/messages")
    assert message.body == b"Hello+you & me"  # the text itself, whatever the session speaks
    assert message.headers["Content-Type"].startswith("text/plain")
    texts = [ucwa_session.message_text(m) for m in chat.messages(timeout=2)]
    assert [t.text for t in texts if t is not None][-1] == "echo: Hello+you & me"

    chat.stop()
    [stop] = _posts(ucwa_server, "/messaging/terminate")
    assert stop.body == b""
    states = [c.state for c in ucwa_server.application().conversations.values()]
    assert states == ["Disconnected"]


@pytest.mark.ucwa_server(echo_answers=False)
def test_a_ringing_chat_over_xml_is_cancelled(
    events_pages: list[bytes], xml_session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    chat = xml_session.start_messaging(ucwa_server.echo_uri, "Anyone?")
    xml_session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.link.rel == "messaging", timeout=5
    )
    chat.cancel()
    [cancel] = _posts(ucwa_server, "/messaging/terminate")
    assert cancel.body == b"" and cancel.headers["Accept"].startswith(XML)
    with pytest.raises(ucwa_session.OperationFailed) as failed:
        chat.wait(timeout=5)
    assert failed.value.reason is not None
    assert failed.value.reason.subcode == ucwa.enums.ErrorSubcode("Canceled")
    assert any(b'status="Failure"' in page for page in events_pages)


# -- the XML of a completed event, against the reference's XML -----------------------------


def _reference_xml(page: str) -> list[ElementTree.Element]:
    text = (REFERENCE / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:XML|xml)\n(.*?)```", text, re.DOTALL)
    return [ElementTree.fromstring(block.strip().encode()) for block in blocks]


def _shapes(element: ElementTree.Element, parent: str = "") -> Iterator[tuple[str, ...]]:
    """(parent, element, attribute) for every attribute; (parent, element, "") for each element,
    with the local names of the elements and their namespace checked."""
    namespace, _, local = element.tag.rpartition("}")
    assert namespace in ("{http://schemas.microsoft.com/rtc/2012/03/ucwa", ""), element.tag
    yield parent, local, ""
    for name in element.attrib:
        yield parent, local, name
    for child in element:
        yield from _shapes(child, local)


def _generic(shape: tuple[str, ...]) -> tuple[str, ...]:
    # Event elements are named by their type: the reference shows added and updated; the
    # shape of each is the one "event" shape.
    kinds = ("added", "updated", "deleted", "started", "completed")
    return tuple("event" if part in kinds else part for part in shape)


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"no reference pages at {REFERENCE}")
def test_the_xml_of_completed_events_has_the_shapes_the_reference_shows(
    events_pages: list[bytes], xml_session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # A failed invitation (a completed event with a reason) and a successful one.
    failed = xml_session.start_messaging("sip:nobody@contoso.com")
    with pytest.raises(ucwa_session.OperationFailed):
        failed.wait(timeout=5)
    xml_session.start_messaging(ucwa_server.echo_uri, "Hi").wait(timeout=5)

    [events_sample] = _reference_xml("EventChannelDetails.md")
    [reason_sample] = _reference_xml("ErrorsAndInformationalMessages.md")
    documented = {_generic(s) for s in _shapes(events_sample)}
    # A reason block "follows the common UCWA error response structure" (EventChannelDetails)
    documented |= {_generic(("event", *s[1:])) if s[0] == "" else s for s in _shapes(reason_sample)}
    # A resource embeds another as a <resource> inside it (messagingInvitation_ref.md's XML
    # example embeds its "from" participant so).
    documented |= {("resource", "resource", a) for a in ("", "rel", "href")}
    written = [ElementTree.fromstring(page) for page in events_pages]
    completed = [e for page in written for e in page.iter(f"{NS}completed")]
    assert {e.get("status") for e in completed} == {"Success", "Failure"}
    assert any(e.find(f"{NS}reason") is not None for e in completed)
    found = {_generic(s) for page in written for s in _shapes(page)}
    assumed = {("sender", "event", attribute) for _, attribute in ASSUMED}
    assert found - documented - assumed == set()
    # A resource's rel is its attribute, as in the reference: never a property as well.
    rel_properties = [
        p for page in written for p in page.iter(f"{NS}property") if p.get("name") == "rel"
    ]
    assert rel_properties == []
    # and the reason holds what the reference's <reason> holds, in the same order
    [reason] = [r for e in completed if (r := e.find(f"{NS}reason")) is not None][:1]
    order = [child.tag.rpartition("}")[2] for child in reason_sample]
    names = [child.tag.rpartition("}")[2] for child in reason]
    assert names == [name for name in order if name in names]
