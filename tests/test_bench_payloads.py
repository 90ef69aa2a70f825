"""The bench's inputs and rows are what its figures say they are (bench/payloads.py,
bench/run.py, bench/measure.py). `make bench` is never part of `make test`, so without these a
bench that picks the wrong body (the application's request example, which has none) or misreads
a capture only fails when someone runs it. Nothing here is timed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from ucwa_runtime.events import parse_events
from ucwa_runtime.transport import Response

import ucwa
import ucwa.resources

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import payloads
import run as bench_run
from measure import Figure, Skipped


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_application_example_is_a_response_that_parses(fmt: str) -> None:
    body = payloads.application_example(fmt)
    resource = ucwa.parse(body, f"application/{fmt}")
    assert isinstance(resource, ucwa.resources.Application)


def test_a_captured_http_message_gives_its_body(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(payloads, "CAPTURES", tmp_path)
    (tmp_path / "1.http").write_bytes(
        b'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\n\r\n{"rel": "x"}'
    )
    (tmp_path / "2.json").write_bytes(b'{"rel": "y"}')
    assert payloads.capture_body("1.http") == b'{"rel": "x"}'
    assert payloads.capture_body("2.json") == b'{"rel": "y"}'
    assert payloads.capture_body("absent.http") is None


def test_first_use_falls_back_to_the_application_example_without_captures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(payloads, "CAPTURES", tmp_path / "none")
    path, name = bench_run.first_use_payload(tmp_path)
    assert name == "application example"
    assert path.read_bytes() == payloads.application_example("json")


def test_the_events_body_is_a_conversations_events_in_thirds() -> None:
    body = payloads.events_body(99)
    client = ucwa.Client("https://lync.contoso.com")
    response = Response(
        method="GET",
        url="https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3",
        status=200,
        headers={"Content-Type": "application/json"},
        body=body,
    )
    try:
        events, _ = parse_events(response, client)
    finally:
        client.close()
    assert len(events) == 99
    assert [e.resource is not None for e in events[:3]] == [False, True, True]


def test_a_figure_says_why_only_when_it_misses() -> None:
    met = Figure("a / b", 1.0, 2.0, 0.5, "the reason")
    missed = Figure("a / b", 3.0, 2.0, 0.5, "the reason")
    assert met.met and met.as_data()["why_missed"] == ""
    assert not missed.met and missed.as_data()["why_missed"] == "the reason"
    assert "MISSED by 3.00x" in missed.row()
    assert Skipped("c", "no data").as_data() == {"figure": "c", "skipped": "no data"}
