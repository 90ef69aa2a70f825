"""``ucwa.Client.get(link)`` is typed by the link: a link a resource gave reads the answer as
the class its definition targets, and an answer of another rel is refused."""

from __future__ import annotations

import json

import pytest
from ucwa_runtime.errors import ParseError
from ucwa_runtime.model import Link

import ucwa
import ucwa.resources

from .conftest import FakePool

ORIGIN = "https://lync.contoso.com"
APPLICATION = {
    "rel": "application",
    "_links": {"self": {"href": "/ucwa/v1/applications/1"}, "me": {"href": "me"}},
}
JSON = {"Content-Type": "application/json"}


def test_a_placed_link_reads_the_class_it_leads_to(pool: FakePool) -> None:
    application = ucwa.parse(json.dumps(APPLICATION), base_url=f"{ORIGIN}/ucwa/v1/applications/1")
    assert isinstance(application, ucwa.resources.Application)
    link = application.links.me
    assert link is not None and link.target == "me"
    assert application.self_link is not None and application.self_link.target == "application"
    pool.answer(200, json.dumps({"rel": "me", "name": "Alice"}).encode(), JSON)
    client = ucwa.Client(ORIGIN, pool=pool)  # type: ignore[arg-type]
    me = client.get(link)
    assert isinstance(me, ucwa.resources.Me) and me.name == "Alice"
    assert pool.sent[0].url == f"{ORIGIN}/ucwa/v1/applications/me"


def test_an_answer_of_another_rel_is_refused(pool: FakePool) -> None:
    application = ucwa.parse(json.dumps(APPLICATION), base_url=f"{ORIGIN}/ucwa/v1/applications/1")
    assert isinstance(application, ucwa.resources.Application)
    link = application.links.me
    assert link is not None
    pool.answer(200, json.dumps({"rel": "people"}).encode(), JSON)
    client = ucwa.Client(ORIGIN, pool=pool)  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="'people' where 'me' was expected"):
        client.get(link)


def test_a_link_made_by_hand_reads_the_answer_by_its_rel(pool: FakePool) -> None:
    pool.answer(200, json.dumps({"rel": "people"}).encode(), JSON)
    client = ucwa.Client(ORIGIN, pool=pool)  # type: ignore[arg-type]
    assert isinstance(client.get(Link(href="/people")), ucwa.resources.People)
