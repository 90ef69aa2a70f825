"""stop() and UcwaSession.close() cut the P-GET in flight; nothing runs after they return."""

from __future__ import annotations

import threading

import pytest
from ucwa_runtime.errors import TransportError
from ucwa_runtime.event_connections import ChannelConnections
from ucwa_runtime.events import ChannelStopped

import ucwa
from ucwa_testing import UcwaServer

from .conftest import MakeSession
from .scripted_server import ScriptedServer, answer, page

FIRST = "/communication/messagingInvitations/first"


class Recorder:
    """A listener that keeps what it hears and the thread it hears it on."""

    def __init__(self) -> None:
        self.heard: list[ucwa.Event | ucwa.ChannelNotice] = []
        self.threads: set[threading.Thread] = set()

    def __call__(self, item: ucwa.Event | ucwa.ChannelNotice) -> None:
        self.threads.add(threading.current_thread())
        self.heard.append(item)


def test_stop_cuts_a_held_p_get_and_no_listener_runs_after_it() -> None:
    # The first P-GET brings an event; the server holds the second until the client closes it.
    with ScriptedServer([answer(page("/events?n=2", FIRST))]) as server:
        channel = server.channel(poll_timeout=600)
        recorder = Recorder()
        channel.listen(recorder)
        channel.start()
        assert server.holding.wait(10)
        channel.stop()
        [thread] = recorder.threads
        heard = list(recorder.heard)
        assert not thread.is_alive() and not channel.running
        assert server.client_closed.wait(10)  # the held connection was closed by the client
        assert [type(item) for item in heard] == [ucwa.Event, ucwa.ChannelNotice]
        assert heard[-1] is channel.stopped and channel.stopped.kind == "stopped"
        assert recorder.heard == heard  # nothing more, ever: the only caller has ended
        assert server.paths == ["/events?timeout=600", "/events?n=2&timeout=600"]


def test_stop_from_a_listener_ends_the_channel_without_calling_anyone_after() -> None:
    with ScriptedServer([answer(page("/events?n=2", FIRST, "/second"))]) as server:
        channel = server.channel(poll_timeout=600)
        recorder = Recorder()
        channel.listen(lambda item: channel.stop())
        channel.listen(recorder)
        channel.start()
        notice = channel.wait_for(lambda item: item is channel.stopped, timeout=10)
        assert notice is channel.stopped and recorder.heard == []
        assert server.paths == ["/events?timeout=600"]


def test_a_channel_never_started_stops_at_once_and_says_so() -> None:
    with ScriptedServer([]) as server:
        channel = server.channel(poll_timeout=600)
        channel.stop()
        assert channel.stopped is not None and list(channel.items(timeout=30)) == [channel.stopped]
        with pytest.raises(ChannelStopped):
            channel.poll()
        assert server.paths == []


@pytest.mark.ucwa_server(poll_timeout=600)
def test_close_cuts_the_p_get_and_no_listener_runs_after_it(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(poll_timeout=600)
    session.sign_in(start_events=False)
    recorder = Recorder()
    session.events.listen(recorder)
    session.events.start()
    ucwa_server.invite("hi")
    session.events.wait_for(lambda item: isinstance(item, ucwa.Event), timeout=5)
    app = ucwa_server.application()
    ucwa_server.wait_until(lambda: app.events.waiting is not None)  # the next P-GET is held
    session.close()
    heard = list(recorder.heard)
    [thread] = recorder.threads
    assert not thread.is_alive()
    assert isinstance(heard[-1], ucwa.ChannelNotice) and heard[-1].kind == "stopped"
    assert recorder.heard == heard
    ucwa_server.wait_until(lambda: ucwa_server.connections_open == 0, timeout=10)


def test_once_aborted_the_channel_makes_no_connection() -> None:
    # What closes the race with a P-GET about to connect as stop() cuts the connections.
    with ScriptedServer([answer(page("/events?n=2"))]) as server:
        connections = ChannelConnections(ucwa.Client(server.url))
        connections.abort()
        with pytest.raises(TransportError, match="stopping"):
            connections.client.request("GET", "/events", retry=ucwa.NO_RETRY)
        assert server.paths == []
