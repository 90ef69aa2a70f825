"""Every documented exchange replayed through its generated call (ucwa_testing.replay).

The request the call sends must be the page's, and the page's own response, status and
headers included, must go through the call's status handling to the documented outcome:
a typed resource, a Created with its Location and/or body, nothing for a 204.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from ucwa_runtime import operations
from ucwa_runtime.model import Link
from ucwa_runtime.operations import Created, OutcomeSpec
from ucwa_runtime.registry import Registry
from ucwa_runtime.transport import Response

from ucwa_testing import replay

from .conftest import definition_files

EXCHANGES = list(replay.exchanges(f.data for f in definition_files()))
LEFT_OUT = {
    e.name: why for e in EXCHANGES if (why := replay.left_out(e, replay.operation_of(e)[1]))
}
REPLAYED = [e for e in EXCHANGES if e.name not in LEFT_OUT]


@pytest.mark.parametrize("exchange", REPLAYED, ids=lambda e: e.name)
def test_the_documented_exchange_replays(exchange: replay.Exchange) -> None:
    replay.replay(exchange)


def test_every_shape_of_answer_is_replayed_in_both_formats() -> None:
    outcomes = Counter((replay.replay(e), e.format) for e in REPLAYED)
    print(f"{len(REPLAYED)} documented exchanges replayed, {len(LEFT_OUT)} left out")
    # The whole reference gives 505 exchanges the client replays; each 201 shape the pages
    # show appears in JSON and in XML.
    assert len(REPLAYED) >= 500
    for shape in (
        "201 Created with Location",
        "201 Created with a body (the created resource)",
        "201 Created with a body (no resource)",
        "201 Created with neither Location nor body",
        "200 with a resource",
        "204 without a body",
    ):
        assert outcomes[(shape, "json")] and outcomes[(shape, "xml")], shape


def test_only_exchanges_the_client_cannot_replay_are_left_out() -> None:
    # docs/coverage-notes.md lists them: a batch, a photo or HTML, and pages that show a
    # bare status where the operation answers with a resource. The OPTIONS metadata in XML
    # is replayed (the runtime reads it as it reads the JSON one).
    assert Counter(LEFT_OUT.values()) == {
        "a bare status where the operation answers with a resource": 10,
        "a request body the client does not build (a multipart batch)": 2,
        "an answer that is no JSON or XML (a photo, HTML, a batch)": 4,
    }


def test_the_xml_options_answers_are_replayed() -> None:
    options = [e for e in REPLAYED if e.request.get("method") == "OPTIONS"]
    assert sorted(e.name for e in options if e.format == "xml") == [
        "anonApplications-OPTIONS-xml",
        "applications-OPTIONS-xml",
    ]
    assert {replay.replay(e) for e in options if e.format == "xml"} == {"200 with OPTIONS metadata"}


def test_a_call_that_drops_the_created_body_fails_the_replay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The replay feeds the page's own answer to the call's status handling: a 201 handler
    # that kept only the Location (the defect the replay was written for) is caught.
    def location_only(outcome: OutcomeSpec, response: Response, registry: Registry) -> Created[Any]:
        location = response.headers.get("Location")
        link: Link[Any] | None = Link(href=location) if location else None
        return Created(location=link, resource=None, response=response)

    monkeypatch.setattr(operations, "_created", location_only)
    [exchange] = [e for e in REPLAYED if e.name == "presenceSubscriptions-POST-json"]
    with pytest.raises(replay.ReplayMismatch, match="the body was not read"):
        replay.replay(exchange)
