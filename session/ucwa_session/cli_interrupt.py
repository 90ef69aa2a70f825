"""Ctrl-C as a request to stop, for a command whose usual end is an interrupt (``watch``).

Python turns SIGINT into a KeyboardInterrupt raised wherever the main thread is at that
moment, and not every place survives one: raised in ``threading.Condition.wait`` just after
the condition's lock was let go, it makes the ``with`` block release a lock it no longer
holds (RuntimeError, exit 1 with a traceback); raised between a lock's acquisition and the
``try`` that releases it, it leaves the lock taken for the way out to wait on. While
:func:`noting_interrupt` is on, SIGINT only sets a flag, which the command reads between its
bounded waits: it leaves its loop where it chooses, then unsubscribes and signs out as on any
other ending.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class Interrupt:
    """Whether Ctrl-C (SIGINT) came while :func:`noting_interrupt` was on."""

    def __init__(self) -> None:
        self.received = False

    def note(self, signum: int, frame: FrameType | None) -> None:
        """The SIGINT handler. It only sets an attribute: it runs on the main thread between
        two steps of whatever that was doing, which may hold any lock."""
        self.received = True


@contextmanager
def noting_interrupt() -> Iterator[Interrupt]:
    """Within the block SIGINT sets ``received`` instead of raising KeyboardInterrupt; the
    handler before is put back after.

    Left as it is where Python's own handler is not in place: SIGINT ignored (a job started
    in the background) or handled by the program that runs the command, and on any thread but
    the main one (which alone may set handlers, and alone is interrupted).
    """
    interrupt = Interrupt()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield interrupt
        return
    previous = signal.signal(signal.SIGINT, interrupt.note)
    try:
        yield interrupt
    finally:
        signal.signal(signal.SIGINT, previous)
