"""A client sends over another pool manager through a public hook, ``Client.over``; the event
channel takes its own connections that way rather than by replacing a private attribute."""

from __future__ import annotations

from typing import Any

import urllib3
from ucwa_runtime.events import EventChannel
from ucwa_runtime.model import Link
from ucwa_runtime.registry import Registry
from ucwa_runtime.transport import BearerToken, Client, RetryPolicy

BASE = "https://pool.test/ucwa/oauth/v1/applications/1"


class Marked(Client):
    """A client class of the user's: its copies keep it."""


def test_over_keeps_everything_but_the_pool() -> None:
    token = BearerToken("secret", issued_for=BASE)
    registry = Registry({})
    retry = RetryPolicy(attempts=2)
    client = Marked(BASE, auth=token, retry=retry, max_body=1000, registry=registry)
    other = urllib3.PoolManager()
    twin = client.over(other)
    assert type(twin) is Marked and twin is not client
    assert twin.pool is other and client.pool is not other
    assert (twin.auth, twin.retry, twin.max_body, twin.registry) == (token, retry, 1000, registry)
    twin.close()
    assert twin.closed and not client.closed


def test_the_event_channel_takes_its_connections_through_over() -> None:
    asked: list[urllib3.PoolManager] = []

    class Recording(Client):
        def over(self, pool: urllib3.PoolManager) -> Any:
            asked.append(pool)
            return super().over(pool)

    client = Recording(BASE)
    channel = EventChannel(client, Link(href=f"{BASE}/events"))
    try:
        [pool] = asked
        assert pool is not client.pool  # the channel's own, whose connections it can cut
    finally:
        channel.stop()
        client.close()
