"""Reporting activity on a schedule, so that the server keeps the application (and presence).

One failed report (a timeout, a 5xx, an application being replaced) must not end the
schedule: the next report may well succeed, and an application nobody reports on expires.
So every failure of a report is logged and handed to ``on_failed``, and the thread carries
on; it ends only when :meth:`KeepAlive.stop` is called, and records why in ``stopped``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

log = logging.getLogger("ucwa.keep_alive")


class KeepAlive:
    """Calls ``report`` every ``interval`` seconds on a daemon thread until :meth:`stop`."""

    def __init__(
        self,
        report: Callable[[], None],
        interval: float,
        on_failed: Callable[[Exception], None] | None = None,
        *,
        name: str = "keep-alive",
    ) -> None:
        self._report = report
        self._interval = interval
        self._on_failed = on_failed
        self.name = name
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._last = False  # stop_after_this: the report under way is the last
        self._thread = threading.Thread(target=self._run, name=f"ucwa-{name}", daemon=True)
        self.failures = 0
        # Why the thread ended (None while it runs).
        self.stopped: str | None = None

    def __repr__(self) -> str:
        state = "running" if self.running else f"stopped: {self.stopped}"
        return f"KeepAlive(every {self._interval} s, {self.failures} failed, {state})"

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> KeepAlive:
        self._thread.start()
        return self

    def stop(self, reason: str) -> None:
        """End the schedule (a report under way finishes, unheard) and say why."""
        if self.stopped is None:
            self.stopped = reason
        self._stop.set()
        self._wake.set()

    def stop_after_this(self, reason: str) -> None:
        """End the schedule once the report under way (the caller) has been dealt with: its
        failure is still reported, then the thread ends saying ``reason``."""
        if self.stopped is None:
            self.stopped = reason
        self._last = True

    def wake(self) -> None:
        """Report now rather than at the end of the interval (the schedule goes on from then)."""
        self._wake.set()

    def join(self, timeout: float) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            self._wake.wait(self._interval)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                self._report()
            except Exception as error:  # any failure of one report; the next may succeed
                if not self._stop.is_set():
                    self._failed(error)
            if self._last:
                self._stop.set()
                break
        log.info("%s stopped: %s", self.name, self.stopped)

    def _failed(self, error: Exception) -> None:
        self.failures += 1
        log.warning(
            "%s failed (%s: %s); trying again in %s s",
            self.name,
            type(error).__name__,
            error,
            self._interval,
        )
        if self._on_failed is None:
            return
        try:
            self._on_failed(error)
        except Exception:  # the user's callback must not end the keep-alive either
            log.exception("the %s's on_failed raised", self.name)
