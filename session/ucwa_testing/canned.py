"""Answers a test hands the bundled server to give instead of its own: a real server's body.

The server's routes answer with shapes this project wrote; a client that reads only those
could still misread what a real server sends. ``UcwaServer.answer_with`` makes the server
answer the matching requests with a given status, headers and body (a capture's, with its
hrefs moved onto the server), while everything around the answer stays as for any other:
the protocol checks the request; the token, the application and what the definitions
refuse are checked as before the route's handler (so only a path some route serves gets a
canned answer); the answer's hrefs are handed out (the client may follow them) and written
as opaque aliases.
"""

from __future__ import annotations

import re

import attrs

from .wire import Reply, Request


@attrs.define
class _Canned:
    method: str
    path: re.Pattern[str]
    reply: Reply
    remaining: int | None  # None: every matching request


class CannedAnswers:
    """Which requests get a canned answer; asked once per request under the state lock."""

    def __init__(self) -> None:
        self._answers: list[_Canned] = []

    def add(self, method: str, path: str, reply: Reply, times: int | None) -> None:
        self._answers.append(_Canned(method, re.compile(path), reply, times))

    def answer_for(self, request: Request) -> Reply | None:
        """The canned answer of the first entry matching ``request`` (its documented path is
        searched with the entry's pattern), or None."""
        for canned in self._answers:
            if canned.method != request.method or canned.remaining == 0:
                continue
            if canned.path.search(request.path) is None:
                continue
            if canned.remaining is not None:
                canned.remaining -= 1
            return canned.reply
        return None
