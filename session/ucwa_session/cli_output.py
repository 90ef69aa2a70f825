"""What the ``ucwa`` command writes: results on standard output (lines for people, one JSON
object with ``--json``), errors as one line on standard error, and a spinner on standard
error only when it is a terminal."""

from __future__ import annotations

import itertools
import json
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click

FRAMES = "|/-\\"
FRAME_SECONDS = 0.1


def emit(data: dict[str, Any], lines: list[str], as_json: bool) -> None:
    """``data`` as one JSON object, or ``lines`` for a person."""
    if as_json:
        click.echo(json.dumps(data, sort_keys=True, default=str))
    else:
        for line in lines:
            click.echo(line)


def error_line(error: BaseException) -> str:
    """One line about ``error``: its kind and the first line of its message."""
    text = str(error).strip().splitlines()
    message = text[0] if text else ""
    kind = type(error).__name__
    return f"ucwa: {kind}: {message}" if message else f"ucwa: {kind}"


class Spinner:
    """Says what the command is waiting for, on a terminal; silent anywhere else."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._text = ""
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self.active = self._stream.isatty()

    def say(self, text: str) -> None:
        self._text = text

    @contextmanager
    def running(self) -> Iterator[Spinner]:
        if self.active:
            self._thread = threading.Thread(target=self._spin, name="ucwa-spinner", daemon=True)
            self._thread.start()
        try:
            yield self
        finally:
            self._stopped.set()
            if self._thread is not None:
                self._thread.join()
                self._stream.write("\r\x1b[K")
                self._stream.flush()

    def _spin(self) -> None:
        # Ends only when running() ends (it sets _stopped); writing to a terminal does not fail
        # in a way worth reporting, and the command's own errors are reported by the command.
        for frame in itertools.cycle(FRAMES):
            if self._stopped.wait(FRAME_SECONDS):
                return
            self._stream.write(f"\r{frame} {self._text}\x1b[K")
            self._stream.flush()
