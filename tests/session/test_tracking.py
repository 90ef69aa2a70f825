"""The operation tracker of a session that only listens holds a bounded amount."""

from __future__ import annotations

from collections.abc import Mapping

from ucwa_runtime.event_items import Event, EventLink
from ucwa_runtime.model import GenericResource

from ucwa_session.tracking import MAX_UNCLAIMED, OperationTracker

BASE = "http://127.0.0.1/ucwa/oauth/v1/applications/1/communication/messagingInvitations"
SENDER = EventLink("communication", "/communication", "http://127.0.0.1/communication")
OPERATIONS = 50_000  # two events each: 100,000 operation events


def _event(number: int, kind: str, with_id: bool = True) -> Event:
    url = f"{BASE}/{number}"
    extras = {"operationId": f"op-{number}"} if with_id else {}
    resource = GenericResource(extra_properties=extras)
    return Event(kind, SENDER, EventLink("messagingInvitation", url, url), resource=resource)


def test_a_listen_only_tracker_stays_bounded_over_100000_operation_events() -> None:
    tracker = OperationTracker()
    for number in range(OPERATIONS):
        tracker(_event(number, "started"))
        tracker(_event(number, "completed"))
    records = {
        name: len(value) for name, value in vars(tracker).items() if isinstance(value, Mapping)
    }
    assert records and all(size <= MAX_UNCLAIMED for size in records.values()), records
    # The latest operation is still matched by its URL alone.
    last = OPERATIONS - 1
    tracker(_event(last, "completed", with_id=False))
    assert tracker.completion(f"op-{last}", timeout=0).link.url == f"{BASE}/{last}"
