"""The keep-alive thread outlives a failed report, tells the user, and stops only on close."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

import ucwa
from ucwa_testing import Fault, UcwaServer

from .conftest import MakeSession


@pytest.fixture
def uncaught() -> Iterator[list[threading.ExceptHookArgs]]:
    """Exceptions that ended a thread (they would print a traceback on stderr)."""
    seen: list[threading.ExceptHookArgs] = []
    previous, threading.excepthook = threading.excepthook, seen.append
    yield seen
    threading.excepthook = previous


@pytest.mark.parametrize(
    "fault", [Fault("status", status=500), Fault("reset_after"), Fault("status", status=409)]
)
def test_a_failed_report_is_told_and_the_next_report_still_goes(
    make_session: MakeSession,
    ucwa_server: UcwaServer,
    uncaught: list[threading.ExceptHookArgs],
    fault: Fault,
) -> None:
    failures: list[Exception] = []
    session = make_session(on_keep_alive_failed=failures.append)
    session.sign_in()
    session.make_me_available()
    ucwa_server.fail_next(fault, method="POST", path="reportMyActivity$")
    keep_alive = session.start_keep_alive(interval=0.01)
    ucwa_server.wait_until(lambda: ucwa_server.application().activity_reports >= 2)
    assert len(failures) == 1 and isinstance(failures[0], ucwa.errors.UcwaError)
    assert keep_alive.failures == 1 and keep_alive.running
    session.close()
    keep_alive.join(timeout=5)
    assert not keep_alive.running and keep_alive.stopped == "the session was closed"
    assert uncaught == []


def test_a_callback_that_raises_does_not_stop_the_keep_alive(
    make_session: MakeSession, ucwa_server: UcwaServer, uncaught: list[threading.ExceptHookArgs]
) -> None:
    def broken(error: Exception) -> None:
        raise RuntimeError("the user's callback failed")

    session = make_session(on_keep_alive_failed=broken)
    session.sign_in()
    session.make_me_available()
    ucwa_server.fail_next(Fault("status", status=500), method="POST", path="reportMyActivity$")
    keep_alive = session.start_keep_alive(interval=0.01)
    ucwa_server.wait_until(lambda: ucwa_server.application().activity_reports >= 2)
    assert keep_alive.running and uncaught == []


def test_close_waits_for_a_report_under_way_before_deleting_the_application(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in()
    session.make_me_available()
    application = ucwa_server.application()
    ucwa_server.fail_next(Fault("delay", delay=0.5), method="POST", path="reportMyActivity$")
    session.start_keep_alive(interval=0.01)
    ucwa_server.wait_until(lambda: len(ucwa_server.faults.struck) == 1)  # the report is held
    session.close()
    # The held report reached the application before its DELETE (after it, it would have
    # met a deleted application and applied nothing).
    assert application.activity_reports == 1
    assert ucwa_server.requests[-1].method == "DELETE"


def test_wake_reports_at_once_and_the_schedule_goes_on() -> None:
    from ucwa_session.keep_alive import KeepAlive

    reported = threading.Semaphore(0)
    task = KeepAlive(reported.release, 3600.0, name="test task").start()
    try:
        task.wake()
        assert reported.acquire(timeout=5)  # not an hour later
        task.wake()
        assert reported.acquire(timeout=5)
        assert task.running
    finally:
        task.stop("test over")
        task.join(5)
    assert not task.running and task.stopped == "test over"


def test_stop_after_this_reports_the_failure_then_ends_saying_why() -> None:
    from ucwa_session.keep_alive import KeepAlive

    failures: list[Exception] = []

    def last_report() -> None:
        task.stop_after_this("nothing left to report on")
        raise RuntimeError("gone")

    task = KeepAlive(last_report, 0.01, failures.append, name="test task")
    task.start().join(5)
    assert not task.running
    assert task.stopped == "nothing left to report on"
    assert [str(f) for f in failures] == ["gone"]
