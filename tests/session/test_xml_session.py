"""A session over XML: autodiscovery reads an XML root, the event channel an XML events body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from ucwa_runtime.errors import ParseError
from ucwa_runtime.events import parse_events
from ucwa_runtime.transport import Client as RuntimeClient
from ucwa_runtime.transport import Response

import ucwa
import ucwa_session
from ucwa_session.discovery import discover

BASE = "https://pool.contoso.test"
XML = "application/xml"

# The events response of EventChannelDetails.md ("Event responses"), as the page gives it.
REFERENCE_EVENTS = b"""<?xml version="1.0" encoding="utf-8"?>
<events href="/ucwa/oauth/v1/applications/102/events?ack=1" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
 <link rel="next" href="/ucwa/oauth/v1/applications/102/events?ack=2" />
 <sender rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
 <updated rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
 <resource rel="communication" href="/ucwa/oauth/v1/applications/102/communication">
 <link rel="conversations" href="/ucwa/oauth/v1/applications/102/communication/conversations?filter=active" />
 <link rel="startMessaging" href="/ucwa/oauth/v1/applications/102/communication/messagingInvitations" />
 <link rel="startOnlineMeeting" href="/ucwa/oauth/v1/applications/102/communication/onlineMeetingInvitations?onlineMeetingUri=adhoc" />
 <link rel="joinOnlineMeeting" href="/ucwa/oauth/v1/applications/102/communication/onlineMeetingInvitations" />
 <property name="56de7bbf-1081-43e6-bbf2-1cabf3224c83">please pass this in a PUT request</property>
 <propertyList name="supportedModalities">
 <item>Messaging</item>
 </propertyList>
 <propertyList name="supportedMessageFormats">
 <item>Plain</item>
 </propertyList>
 <property name="etag">2943169141</property>
 </resource>
 </updated>
 </sender>
 <sender rel="me" href="/ucwa/oauth/v1/applications/102/me">
 <updated rel="me" href="/ucwa/oauth/v1/applications/102/me" />
 <added rel="presence" href="/ucwa/oauth/v1/applications/102/me/presence" />
 <added rel="note" href="/ucwa/oauth/v1/applications/102/me/note" />
 <added rel="location" href="/ucwa/oauth/v1/applications/102/me/location" />
 </sender>
</events>
"""  # noqa: E501 - the page's lines, as given

APP = "/ucwa/oauth/v1/applications/102"


@pytest.fixture
def client() -> Iterator[ucwa.Client]:
    with ucwa.Client(BASE) as client:
        yield client


def events_response(body: bytes, content_type: str = XML) -> Response:
    return Response("GET", f"{BASE}{APP}/events?ack=1", 200, {"Content-Type": content_type}, body)


def test_the_reference_xml_events_response_gives_each_event_in_order(client: ucwa.Client) -> None:
    events, links = parse_events(events_response(REFERENCE_EVENTS), client)

    assert links == {"next": f"{BASE}{APP}/events?ack=2"}
    assert [(e.type, e.sender.rel, e.link.rel) for e in events] == [
        ("updated", "communication", "communication"),
        ("updated", "me", "me"),
        ("added", "me", "presence"),
        ("added", "me", "note"),
        ("added", "me", "location"),
    ]
    assert events[2].link.url == f"{BASE}{APP}/me/presence"
    assert all(e.resource is None for e in events[1:])


def test_an_xml_event_embeds_its_resource_typed_by_rel(client: ucwa.Client) -> None:
    from ucwa.resources.communication import Communication

    communication = parse_events(events_response(REFERENCE_EVENTS), client)[0][0].resource

    assert isinstance(communication, Communication)
    assert communication.supported_modalities == ["Messaging"]
    assert communication.if_match == '"2943169141"'
    start = communication.links.start_messaging
    assert start is not None
    assert client.url_for(start) == f"{BASE}{APP}/communication/messagingInvitations"


def test_an_xml_completed_event_keeps_its_status_reason_and_in_link(client: ucwa.Client) -> None:
    body = f"""<events href="{APP}/events?ack=3" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">
 <link rel="resync" href="{APP}/events?ack=1" />
 <sender rel="conversation" href="{APP}/communication/conversations/1">
  <completed rel="messagingInvitation" href="{APP}/communication/messagingInvitations/7"
    status="Failure">
   <in rel="conversation" href="{APP}/communication/conversations/1" />
   <reason><code>NotFound</code><subcode>UnknownUser</subcode><message>no one</message></reason>
  </completed>
 </sender>
</events>""".encode()

    (event,), links = parse_events(events_response(body), client)

    assert links == {"resync": f"{BASE}{APP}/events?ack=1"}
    assert (event.type, event.status) == ("completed", "Failure")
    assert event.in_ is not None and event.in_.url == f"{BASE}{APP}/communication/conversations/1"
    assert event.reason is not None
    assert (event.reason.code, event.reason.subcode) == ("NotFound", "UnknownUser")
    assert event.reason.message == "no one"


@pytest.mark.parametrize(
    "body",
    [
        b"<events><sender rel='me'><added rel='note' href='/n'/></sender></events>",
        b"<events><sender rel='me' href='/me'><added rel='note'/></sender></events>",
        b"<resource rel='me' href='/me'/>",
        b"<events><unclosed></events>",
        b"<!DOCTYPE events [<!ENTITY a 'b'>]><events/>",
    ],
)
def test_an_unreadable_xml_events_body_raises_a_parse_error_keeping_it(
    client: ucwa.Client, body: bytes
) -> None:
    with pytest.raises(ParseError) as raised:
        parse_events(events_response(body), client)
    assert raised.value.body == body
    assert raised.value.status == 200


class AnsweringClient(ucwa.Client):
    """Answers each GET from a map of URL -> (content type, body)."""

    def __init__(self, answers: dict[str, tuple[str, bytes]]) -> None:
        super().__init__(BASE)
        self.answers = answers

    def request(self, method: str, target: Any, **kwargs: Any) -> Response:
        url = self.url_for(target)
        content_type, body = self.answers[url]
        return Response(method, url, 200, {"Content-Type": content_type}, body)


def test_discovery_reads_an_xml_root_and_user_resource() -> None:
    ns = 'xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"'
    root = (
        f'<resource rel="root" href="/autodiscover" {ns}><link rel="user" href="/user"/></resource>'
    )
    user = (
        f'<resource rel="user" href="/user" {ns}>'
        '<link rel="applications" href="/ucwa/oauth/v1/applications"/></resource>'
    )
    client = AnsweringClient(
        {
            f"{BASE}/autodiscover": ("application/vnd.microsoft.com.ucwa+xml", root.encode()),
            f"{BASE}/user": (f"{XML}; charset=utf-8", user.encode()),
        }
    )

    found = discover(client, [f"{BASE}/autodiscover"])

    assert found.user_url == f"{BASE}/user"
    assert found.applications_url == f"{BASE}/ucwa/oauth/v1/applications"


def test_a_session_over_xml_signs_in_receives_events_and_messages_the_echo_contact(
    make_session: Any, ucwa_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    answered: list[tuple[str, str, str]] = []
    send = RuntimeClient._send

    def recording(self: RuntimeClient, request: Any, *args: Any) -> Response:
        response: Response = send(self, request, *args)
        if response.status < 300 and response.body:  # not the 401 challenge (HTML) of sign-in
            answered.append((request.method, request.url, response.content_type))
        return response

    monkeypatch.setattr(RuntimeClient, "_send", recording)
    session = make_session(content_type=XML)
    session.sign_in()
    chat = session.start_messaging(ucwa_server.echo_uri, "Hi")
    assert str(chat.wait(timeout=5).state) == "Connected"
    chat.send("again").wait(timeout=5)
    texts = []
    for item in session.events.items(timeout=5):
        if isinstance(item, ucwa.Event) and isinstance(item.resource, ucwa.resources.Message):
            text = ucwa_session.message_text(item.resource)
            if str(item.resource.direction) == "Incoming" and text is not None:
                texts.append(text.text)
                if len(texts) == 2:
                    break

    assert texts == ["echo: Hi", "echo: again"]
    # Every resource and events page came as XML (the token endpoint answers JSON: OAuth).
    bodies = [(m, u, t) for m, u, t in answered if "oauth2/token" not in u]
    events = ucwa_server.href(ucwa_server.application().base + "/events")  # opaque
    for route in ("/root", "/oauth/user", "/applications", events):
        assert any(route in url for _, url, _ in bodies), route
    assert [b for b in bodies if b[2] != XML] == []


def test_over_xml_a_failed_invitation_and_an_error_answer_keep_their_typed_reason(
    make_session: Any, ucwa_server: Any
) -> None:
    ucwa_server.expect_violation("url_not_handed_out")  # the URL below is made up on purpose
    session = make_session(content_type=XML)
    session.sign_in()
    chat = session.start_messaging("sip:nobody@contoso.com")
    with pytest.raises(ucwa_session.OperationFailed) as failed:
        chat.wait(timeout=5)
    assert failed.value.reason is not None
    assert failed.value.reason.subcode == ucwa.enums.ErrorSubcode("DestinationNotFound")

    missing = session.application.require_self_link().href + "/nothing-here"
    with pytest.raises(ucwa.errors.HttpError) as answered:
        session.get(missing)
    assert answered.value.status == 404
    assert answered.value.headers["Content-Type"].startswith(XML)
    assert answered.value.code == ucwa.enums.ErrorCode.NOT_FOUND


def test_over_xml_make_me_available_and_put_send_xml(make_session: Any, ucwa_server: Any) -> None:
    session = make_session(content_type=XML)
    session.sign_in()
    session.make_me_available()
    communication = session.get(session.communication().require_self_link())
    communication.audio_preference = ucwa.ENUMS["AudioPreference"]("VoipAudio")
    session.put(communication)

    assert ucwa_server.application().communication.document["audioPreference"] == "VoipAudio"
    sent = [
        (r.method, r.headers.get("Content-Type", ""))
        for r in ucwa_server.requests
        if r.method == "PUT" or r.path.endswith("/makeMeAvailable")  # the documented paths
    ]
    assert sent == [("POST", XML), ("PUT", XML)]
