"""Many events through an event channel that fails at random: none lost, none twice, in order.

The server's event channel is given faults at random (seeded: a failing run fails the same
way again) of every kind: resets before, after and in the middle of an answer, slow answers,
500, 503 and 429. Set UCWA_LONG_TESTS=1 for 10,000 events instead of 1,000, and UCWA_SEED to
try another seed.
"""

from __future__ import annotations

import os
import random
import threading
import time

import pytest

import ucwa
from ucwa_testing import UcwaServer

from .conftest import MakeSession

EVENTS = 10_000 if os.environ.get("UCWA_LONG_TESTS") else 1_000
SEED = int(os.environ.get("UCWA_SEED", "4242"))
FAULT_RATE = 0.3


@pytest.mark.ucwa_server(poll_timeout=0.2)
def test_every_event_arrives_once_and_in_order_through_random_channel_faults(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in()
    ucwa_server.chaos(SEED, FAULT_RATE, path="/events$")
    rng = random.Random(SEED)
    sent: list[str] = []

    app = ucwa_server.application()

    def produce() -> None:
        # Bursts of random size; mostly the next waits until the server has put the last
        # one in a page, so that there are many pages (of 1 to 10 events, sometimes more)
        # for the faults to strike.
        while len(sent) < EVENTS:
            for _ in range(min(rng.randint(1, 10), EVENTS - len(sent))):
                sent.append(session.client.url_for(ucwa_server.invite("m")))
            if rng.random() < 0.9:
                ucwa_server.wait_until(lambda: not app.events.pending, timeout=30)

    producer = threading.Thread(target=produce)
    started = time.monotonic()
    producer.start()
    received: list[str] = []
    for item in session.events.items(timeout=10):
        assert not isinstance(item, ucwa.ChannelNotice), item  # no resync, no stop
        if item.type == "started":
            received.append(item.link.url)
            if len(received) == EVENTS:
                break
    producer.join()
    elapsed = time.monotonic() - started
    # nothing more comes: no event was delivered twice
    ucwa_server.clear_faults()
    extra = [i for i in session.events.items(timeout=0.5) if isinstance(i, ucwa.Event)]
    assert len(received) == EVENTS and received == sent and extra == []
    injected = dict(ucwa_server.faults.injected)
    print(
        f"\n{EVENTS} events, seed {SEED}: {app.events.released} pages, "
        f"{sum(injected.values())} faults {injected}, {elapsed:.1f} s"
    )
    assert sum(injected.values()) >= EVENTS // 100  # the faults did happen
    assert session.events.stopped is None
