"""Parameters travel where the pages, topic pages and captures show them.

A row a page lists under both Query parameters and Request body is placed once, with the
reason (``placement``) in its definition; note's message goes in the body, as captures 011
and 012 show a real server take it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from ucwa_runtime.errors import RequestError

import ucwa
from ucwa_codegen.importer import page_paths
from ucwa_codegen.importer.reference import read_reference
from ucwa_codegen.importer.report import Report

from .conftest import ROOT, FakePool, definition_files

REFERENCE = ROOT.parent / "shared" / "ucwa-reference"
CAPTURES = Path(os.environ.get("UCWA_CAPTURES", ROOT.parent / "shared" / "ucwa-captures"))


def _note_post_of_capture() -> Any:
    """The JSON body of the note POST inside capture 011's batch."""
    batch = (CAPTURES / "011_batch_request_presence_note_setnote.http").read_text()
    part = next(p for p in batch.split("--eb219fa7") if "POST " in p and "/me/note" in p)
    return json.loads(part[part.index("{") : part.rindex("}") + 1])


def test_note_sends_its_message_in_the_body_as_the_captured_request(pool: FakePool) -> None:
    pool.answer(204)
    client = ucwa.Client("https://lyncweb.domain.com", pool=pool)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/oauth/v1/applications/101384582682/me/note")
    ucwa.resources.Note.post(client, link, message="hello ucwa")
    [sent] = pool.sent
    assert sent.url == "https://lyncweb.domain.com/ucwa/oauth/v1/applications/101384582682/me/note"
    assert sent.json() == _note_post_of_capture() == {"message": "hello ucwa"}


def test_a_group_subscription_sends_its_duration_in_the_query_as_the_topic_page(
    pool: FakePool,
) -> None:
    # SubscribeToThePresenceOfAGroupOfContacts.md: presenceSubscriptions?groupId=...&duration=11
    pool.answer(201, b"", {"Location": "/ucwa/oauth/v1/applications/101/people/subscriptions/1"})
    client = ucwa.Client("https://lyncweb.contoso.com", pool=pool)  # type: ignore[arg-type]
    href = "/ucwa/oauth/v1/applications/101/people/presenceSubscriptions?groupId=default_group_id"
    ucwa.resources.SubscribeToGroupPresence.post(
        client, ucwa.Link(href=href), group_id="default_group_id", duration="11"
    )
    [sent] = pool.sent
    # The groupId the server put in the link is not sent a second time.
    assert sent.url.endswith("presenceSubscriptions?groupId=default_group_id&duration=11")


def test_a_query_parameter_of_the_link_cannot_be_given_another_value(pool: FakePool) -> None:
    client = ucwa.Client("https://lyncweb.contoso.com", pool=pool)  # type: ignore[arg-type]
    href = "/ucwa/oauth/v1/applications/101/people/presenceSubscriptions?groupId=default_group_id"
    with pytest.raises(RequestError, match="groupId='default_group_id'"):
        ucwa.resources.SubscribeToGroupPresence.post(
            client, ucwa.Link(href=href), group_id="pinned", duration="11"
        )
    assert pool.sent == []


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"the reference pages are not at {REFERENCE}")
def test_every_row_listed_as_query_and_body_is_placed_once_with_its_reason() -> None:
    reference = read_reference(page_paths([REFERENCE]), Report())
    operations = {
        (f.data["resource"], method): operation
        for f in definition_files()
        for method, operation in f.data.get("operations", {}).items()
    }
    twins = {
        (page.rel, operation.method, row.name)
        for page in reference.resources
        for operation in page.operations
        for row in operation.body
        if row.name in {q.name for q in operation.query}
    }
    assert len(twins) >= 25
    for rel, method, name in sorted(twins):
        operation = operations[(rel, method)]
        sections = [s for s in ("query", "body") if name in operation.get(s, {})]
        if not sections and "text_body" in operation:
            continue  # the body is text: the row cannot be a JSON parameter
        assert len(sections) == 1, (rel, method, name, sections)
        assert "placement" in operation[sections[0]][name], (rel, method, name)


def test_each_placement_gives_its_own_evidence() -> None:
    # A placement says what was found for that parameter: its own page, and where nothing
    # shows the place, what was searched and why the body was chosen. One sentence shared by
    # twenty parameters (as the first review wrote) says nothing about any of them.
    placed = [
        (f.data["resource"], f.data["reference"], name, item["placement"])
        for f in definition_files()
        for operation in f.data.get("operations", {}).values()
        for section in ("query", "body")
        for name, item in operation.get(section, {}).items()
        if "placement" in item
    ]
    assert len(placed) >= 25
    undecided = [p for p in placed if "nothing shows where it travels" in p[3]]
    assert len(undecided) == 20
    for rel, reference, name, placement in undecided:
        page = reference.replace(".md", "")
        assert page.removesuffix("_ref") in placement, (rel, name)
        assert "captures 011/012" in placement and "QueryParameters.md" in placement, (rel, name)
