"""PUT with If-Match and the random property; batching with a 204 part."""

from __future__ import annotations

import pytest

import ucwa
from ucwa.testing import UcwaServer


def _presence(session: ucwa.Session) -> tuple[ucwa.Link[ucwa.Resource], ucwa.Resource]:
    link = session.me().links.extra["presence"]
    assert isinstance(link, ucwa.Link)
    return link, session.get(link)


def test_put_sends_everything_back_with_if_match(
    session: ucwa.Session, ucwa_server: UcwaServer
) -> None:
    _, presence = _presence(session)
    presence.extra_properties["availability"] = "Away"
    updated = session.put(presence)
    assert updated is not None and updated.extra_properties["availability"] == "Away"
    assert ucwa_server.application().presence.document["availability"] == "Away"
    # a second PUT uses the ETag the first answered with
    updated.extra_properties["availability"] = "Busy"
    session.put(updated)


def test_a_stale_etag_is_precondition_failed(session: ucwa.Session) -> None:
    link, presence = _presence(session)
    # Someone else changes presence after our read: a PUT with the ETag of the read they
    # share, sent past the session (which therefore still remembers the old ETag).
    etag = presence.extra_properties["etag"]
    session.client.request(
        "PUT",
        link,
        body=ucwa.serialize(presence),
        content_type="application/json",
        headers={"If-Match": f'"{etag}"'},
    )
    with pytest.raises(ucwa.errors.PreconditionFailed):
        session.put(presence)


def test_put_without_if_match_or_the_random_property_is_refused(session: ucwa.Session) -> None:
    link, note = _presence(session)
    with pytest.raises(ucwa.errors.PreconditionRequired):
        session.client.request("PUT", link, json_body={"availability": "Away"})
    secret = [
        k for k, v in note.extra_properties.items() if v == "please pass this in a PUT request"
    ]
    assert len(secret) == 1
    del note.extra_properties[secret[0]]
    with pytest.raises(ucwa.errors.BadRequest):
        session.put(note)


def test_a_batch_gives_one_typed_result_per_part(session: ucwa.Session) -> None:
    me = session.me()
    presence, note = me.links.extra["presence"], me.links.extra["note"]
    make_available = me.links.extra["makeMeAvailable"]
    assert isinstance(presence, ucwa.Link) and isinstance(note, ucwa.Link)
    assert isinstance(make_available, ucwa.Link)
    results = session.batch(
        [
            ucwa.BatchRequest("GET", presence),
            ucwa.BatchRequest("GET", note),
            ucwa.BatchRequest("POST", make_available, {"signInAs": "Online"}),
            ucwa.BatchRequest("GET", session.application.require_self_link().href + "/nothing"),
        ]
    )
    assert [r.status for r in results] == [200, 200, 204, 404]
    assert isinstance(results[0].resource, ucwa.GenericResource)
    assert results[0].resource.rel == "presence" and results[1].resource is not None
    assert results[2].resource is None and results[2].response.body == b""
    assert isinstance(results[3].error, ucwa.errors.NotFound)
