"""Faults the bundled server injects on cue: resets, slow answers, error statuses.

A :class:`Fault` says what goes wrong with one request; :class:`FaultPlan` decides which
requests get one, either the next few that match (``UcwaServer.fail_next``) or, seeded and
reproducible, a random share of them (``UcwaServer.chaos``). Where a fault strikes matters to
a client, so each kind says whether the server applied the request:

- ``reset_before``: the connection is reset after the request was read, before it is handled
  (not applied);
- ``reset_after``: the request is handled, then the connection is reset instead of answering
  (applied, answer lost);
- ``reset_mid_body``: the request is handled and half of the answer's body is sent before the
  reset (applied, answer broken);
- ``delay``: the request is handled ``delay`` seconds late, and so answered late (applied; a
  client with a shorter read timeout gives up first);
- ``delay_answer``: the request is handled at once and answered ``delay`` seconds later
  (applied; the events it causes reach the client before the answer does);
- ``status``: the server answers ``status`` (500, 503, 429...) with ``Retry-After`` when given,
  without handling the request (not applied);
- ``malformed``: the request is handled, then its answer is spoilt as ``body`` says (applied,
  answer unreadable or hostile): ``truncated`` (half the JSON), ``html`` (an error page with
  status 200), ``wrong_type`` (the JSON as ``application/octet-stream``), ``deep`` (JSON
  nested 100,000 deep), ``not_object`` (a JSON list), ``bad_length`` (a ``Content-Length``
  of ``\u00b2``), ``off_origin`` (every href and ``Location`` moved to ``origin``, so that an
  events answer's ``next`` link leads off the channel's origin).
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, deque
from typing import Any, Literal

import attrs

FaultKind = Literal[
    "reset_before", "reset_after", "reset_mid_body", "delay", "delay_answer", "status", "malformed"
]
Malformation = Literal[
    "truncated", "html", "wrong_type", "deep", "not_object", "bad_length", "off_origin"
]
Headers = tuple[tuple[str, str], ...]
# How many struck requests ``FaultPlan.struck`` remembers.
STRUCK_KEPT = 10_000


@attrs.frozen
class Fault:
    """One misbehaviour, for one request (see the module documentation for the kinds)."""

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0
    body: Malformation = "truncated"
    origin: str = "http://localhost"  # where ``off_origin`` moves links


# What chaos picks from when no menu is given: the resets, a short delay and the statuses a
# client retries (not malformed bodies, which no retry mends, nor delay_answer, kept out so
# that seeded chaos runs stay as they were).
DEFAULT_MENU = (
    Fault("reset_before"),
    Fault("reset_after"),
    Fault("reset_mid_body"),
    Fault("delay", delay=0.02),
    Fault("status", status=500),
    Fault("status", status=503, retry_after="0"),
    Fault("status", status=429, retry_after="0"),
)


@attrs.define
class _Rule:
    method: str | None
    path: re.Pattern[str] | None
    # Either a fixed sequence of faults (one per matching request) or a random share.
    queued: list[Fault] = attrs.field(factory=list)
    rate: float = 0.0
    menu: tuple[Fault, ...] = DEFAULT_MENU
    rng: random.Random | None = None

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or self.path.search(path) is not None
        )


class FaultPlan:
    """Which requests get which fault; the server asks it once per request (under its lock)."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        self.injected: Counter[str] = Counter()  # fault kind (or status) -> times injected
        # (method, path, fault) of the latest requests that got a fault, oldest first.
        self.struck: deque[tuple[str, str, Fault]] = deque(maxlen=STRUCK_KEPT)

    def add_next(
        self, faults: list[Fault], method: str | None = None, path: str | None = None
    ) -> None:
        self._rules.append(_Rule(method, _compile(path), queued=list(faults)))

    def add_random(
        self,
        seed: int,
        rate: float,
        menu: tuple[Fault, ...] = DEFAULT_MENU,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        rng = random.Random(seed)
        self._rules.append(_Rule(method, _compile(path), rate=rate, menu=menu, rng=rng))

    def clear(self) -> None:
        self._rules.clear()

    def fault_for(self, method: str, path: str, wire_path: str = "") -> Fault | None:
        """The fault for this request, or None; the first matching rule decides. A rule's path
        pattern is searched in the documented path and in the one sent (an alias)."""
        for rule in self._rules:
            if not (rule.matches(method, path) or (wire_path and rule.matches(method, wire_path))):
                continue
            if rule.rng is None:
                if not rule.queued:
                    continue  # used up: later rules may still apply
                fault = rule.queued.pop(0)
            elif rule.rng.random() < rule.rate:
                fault = rule.rng.choice(rule.menu)
            else:
                return None
            self.injected[fault.kind if fault.kind != "status" else str(fault.status)] += 1
            self.struck.append((method, path, fault))
            return fault
        return None


def _compile(path: str | None) -> re.Pattern[str] | None:
    return re.compile(path) if path is not None else None


def malformed(
    fault: Fault, status: int, headers: Headers, body: bytes
) -> tuple[int, Headers, bytes]:
    """The answer (status, headers, body) spoilt as ``fault.body`` says; the server sends a
    ``Content-Length`` given among the headers instead of the body's true length."""
    json_type = (("Content-Type", "application/json"),)
    if fault.body == "truncated":
        return status, headers, body[: len(body) // 2]
    if fault.body == "html":
        return 200, (("Content-Type", "text/html"),), b"<html><body>Service Unavailable</body>"
    if fault.body == "wrong_type":
        kept = tuple(h for h in headers if h[0].lower() != "content-type")
        return status, (*kept, ("Content-Type", "application/octet-stream")), body
    if fault.body == "deep":
        return 200, json_type, b"[" * 100_000 + b"]" * 100_000
    if fault.body == "not_object":
        return 200, json_type, b'["_links", {"self": {"href": 7}}]'
    if fault.body == "bad_length":
        return status, (*headers, ("Content-Length", "\u00b2")), body
    moved = tuple((n, _moved(v, fault.origin) if n == "Location" else v) for n, v in headers)
    try:
        document = json.loads(body)
    except ValueError:
        return status, moved, body
    return status, moved, json.dumps(_move_links(document, fault.origin)).encode()


def _moved(href: str, origin: str) -> str:
    path = re.sub(r"^[a-z]+://[^/]*", "", href)
    return origin + path if path.startswith("/") else href


def _move_links(value: Any, origin: str) -> Any:
    if isinstance(value, dict):
        return {
            k: _moved(v, origin) if k == "href" and isinstance(v, str) else _move_links(v, origin)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_move_links(v, origin) for v in value]
    return value
