"""PUT with If-Match and the random property; batching with a 204 part."""

from __future__ import annotations

from typing import Any

import pytest
from ucwa_runtime import batching

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer

Communication = ucwa.RESOURCES["communication"]
Presence = ucwa.RESOURCES["presence"]
AudioPreference = ucwa.ENUMS["AudioPreference"]


def _communication(session: ucwa_session.UcwaSession) -> tuple[ucwa.Link[ucwa.Resource], Any]:
    # communication declares PUT (communication_ref.md): the bundled server's PUT resource
    link = session.communication().require_self_link()
    communication = session.get(link)
    assert isinstance(communication, Communication)
    return link, communication


def test_put_sends_everything_back_with_if_match(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    _, communication = _communication(session)
    communication.audio_preference = AudioPreference("VoipAudio")
    updated = session.put(communication)
    assert isinstance(updated, Communication) and updated.audio_preference == "VoipAudio"
    assert ucwa_server.application().communication.document["audioPreference"] == "VoipAudio"
    # a second PUT uses the ETag the first answered with
    updated.audio_preference = AudioPreference("PhoneAudio")
    session.put(updated)
    assert ucwa_server.application().communication.document["audioPreference"] == "PhoneAudio"


def test_a_stale_etag_is_precondition_failed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", path="/communication$", status=412)
    link, communication = _communication(session)
    # Someone else changes communication after our read: a PUT with the ETag of the read
    # they share, sent past the session.
    etag = communication.extra_properties["etag"]
    session.client.request(
        "PUT",
        link,
        body=ucwa.serialize(communication),
        content_type="application/json",
        headers={"If-Match": f'"{etag}"'},
    )
    with pytest.raises(ucwa.errors.PreconditionFailed):
        session.put(communication)


def test_put_without_if_match_or_the_random_property_is_refused(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("put_without_if_match")  # provoked: the server must answer 428
    ucwa_server.expect_violation("client_error_answered", path="/communication$", status=400)
    link, communication = _communication(session)
    with pytest.raises(ucwa.errors.PreconditionRequired):
        session.client.request("PUT", link, json_body={"audioPreference": "VoipAudio"})
    secret = [
        k
        for k, v in communication.extra_properties.items()
        if v == "please pass this in a PUT request"
    ]
    assert len(secret) == 1
    del communication.extra_properties[secret[0]]
    with pytest.raises(ucwa.errors.BadRequest):
        session.put(communication)


def test_a_batch_gives_one_typed_result_per_part(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("url_not_handed_out", path="/nothing$")  # the 404 part
    session.make_me_available()  # me links presence and note from then on (capture 007)
    me = session.me()
    presence, note = me.find_link("presence"), me.find_link("note")
    assert isinstance(presence, ucwa.Link) and isinstance(note, ucwa.Link)
    results = session.batch(
        [
            ucwa.BatchRequest("GET", presence),
            ucwa.BatchRequest("GET", note),
            ucwa.BatchRequest("POST", note, {"message": "In a batch"}),
            ucwa.BatchRequest("GET", session.application.require_self_link().href + "/nothing"),
        ]
    )
    assert [r.status for r in results] == [200, 200, 204, 404]
    assert isinstance(results[0].resource, Presence)
    assert isinstance(results[1].resource, ucwa.RESOURCES["note"])
    assert results[2].resource is None and results[2].response.body == b""
    assert isinstance(results[3].error, ucwa.errors.NotFound)

    # One POST went out, its parts built by the one multipart module (_runtime.batching):
    # path and Host of each href, a Content-Length for the body.
    [sent] = [r for r in ucwa_server.requests if r.path.endswith("/batch")]
    parts = batching.split(sent.body, sent.headers["Content-Type"])
    assert [p.method for p in parts] == ["GET", "GET", "POST", "GET"]
    assert all(p.header("Host") == sent.headers["Host"] for p in parts)
    assert parts[2].header("Content-Length") == str(len(b'{"message":"In a batch"}'))


def test_the_server_refuses_a_malformed_batch(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", path="/batch$", status=400)
    link = session.application.links.batch
    assert link is not None
    body = b"--b\r\n\r\nGET / HTTP/1.1\r\n\r\n"  # no closing delimiter: cut short
    with pytest.raises(ucwa.errors.BadRequest) as refused:
        session.client.request(
            "POST", link, body=body, content_type="multipart/batching; boundary=b"
        )
    assert refused.value.subcode == "DeserializationFailure"
