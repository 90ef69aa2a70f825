"""An event's links are resolved when their URL is first read, each href of a response once,
to what resolving at parse gave; an href that cannot be resolved fails its response."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Iterator
from urllib.parse import urljoin

import pytest
from ucwa_runtime.errors import ParseError
from ucwa_runtime.event_items import EventLink
from ucwa_runtime.events import parse_events
from ucwa_runtime.transport import Response

import ucwa

URL = "https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3"
HREFS = ["/c/7/m/1", "m/2", "../up", "?ack=9", "https://other.test:8443/x", "/c/7/m/1"]
# urljoin raises ValueError for these (brackets that are no IPv6 address, a host that NFKC
# normalisation changes).
UNRESOLVABLE = ["//[bad/x", "http://[::1/x", "//a]b/", "//ho\uff0fst/x"]


def json_answer(hrefs: list[str], sender: str = "/c/7", in_: str | None = None) -> Response:
    events = [
        {"link": {"rel": "message", "href": href}, "type": "added"}
        | ({"in": {"rel": "conversation", "href": in_}} if in_ else {})
        for href in hrefs
    ]
    body = {
        "_links": {"next": {"href": "/e?ack=4"}},
        "sender": [{"rel": "conversation", "href": sender, "events": events}],
    }
    headers = {"Content-Type": "application/json"}
    return Response("GET", URL, 200, headers, json.dumps(body).encode())


def xml_answer(href: str) -> Response:
    body = (
        '<events xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa">'
        '<link rel="next" href="/e?ack=4"/>'
        f'<sender rel="conversation" href="/c/7"><added rel="message" href="{href}"/></sender>'
        "</events>"
    )
    return Response("GET", URL, 200, {"Content-Type": "application/xml"}, body.encode())


@pytest.fixture
def client() -> Iterator[ucwa.Client]:
    with ucwa.Client("https://lync.contoso.com") as client:
        yield client


def test_links_are_resolved_when_read_each_href_once(
    client: ucwa.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolved: list[str] = []
    url_for = client.url_for
    monkeypatch.setattr(client, "url_for", lambda link: resolved.append(link.href) or url_for(link))
    events, links = parse_events(json_answer(HREFS), client)
    assert resolved == ["/e?ack=4"]  # the response's own links, which the channel follows
    assert [event.link.url for event in events] == [urljoin(URL, href) for href in HREFS]
    assert events[0].sender.url == urljoin(URL, "/c/7")
    assert sorted(resolved) == sorted({"/e?ack=4", "/c/7", *HREFS})  # each once
    assert links == {"next": urljoin(URL, "/e?ack=4")}


def test_a_link_read_later_equals_one_given_its_url(client: ucwa.Client) -> None:
    [event] = parse_events(json_answer(["m/2"]), client)[0]
    given = EventLink("message", "m/2", urljoin(URL, "m/2"))
    elsewhere = EventLink("message", "m/2", "https://other.test/m/2")
    assert hash(event.link) == hash(given) and event.link == given and given == event.link
    assert event.link != elsewhere
    assert repr(event.link) == repr(given) and urljoin(URL, "m/2") in repr(given)
    [event] = parse_events(json_answer(["m/2"]), client)[0]
    assert given == event.link  # the other way about: read through __eq__ first


@pytest.mark.parametrize("href", UNRESOLVABLE)
@pytest.mark.parametrize("where", ["link", "sender", "in"])
def test_an_href_that_cannot_be_resolved_fails_its_response(
    client: ucwa.Client, href: str, where: str
) -> None:
    answer = {
        "link": json_answer([href]),
        "sender": json_answer(["/m/1"], sender=href),
        "in": json_answer(["/m/1"], in_=href),
    }[where]
    with pytest.raises(ValueError):
        urljoin(URL, href)
    with pytest.raises(ParseError) as caught:
        parse_events(answer, client)
    assert caught.value.body == answer.body


@pytest.mark.parametrize("href", UNRESOLVABLE)
def test_an_href_that_cannot_be_resolved_fails_an_xml_response(
    client: ucwa.Client, href: str
) -> None:
    with pytest.raises(ParseError):
        parse_events(xml_answer(href), client)


def test_xml_links_are_resolved_when_read(client: ucwa.Client) -> None:
    [event] = parse_events(xml_answer("m/2"), client)[0]
    assert (event.link.url, event.sender.url) == (urljoin(URL, "m/2"), urljoin(URL, "/c/7"))


@pytest.mark.parametrize("answer", [json_answer(["m/2"]), xml_answer("m/2")], ids=["json", "xml"])
def test_an_event_read_later_copies_and_pickles_with_its_urls(
    client: ucwa.Client, answer: Response
) -> None:
    # Its links hold their response's resolver (and through it the client) until read: a
    # copy or a pickle holds the URL instead, as one resolved at parse did.
    [event] = parse_events(answer, client)[0]
    for copied in (copy.deepcopy(event), pickle.loads(pickle.dumps(event))):
        assert copied == event
        assert (copied.link.url, copied.sender.url) == (urljoin(URL, "m/2"), urljoin(URL, "/c/7"))
        assert isinstance(copied.link._url, str)
