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
- ``delay``: the answer comes ``delay`` seconds late (applied; a client with a shorter read
  timeout gives up first);
- ``status``: the server answers ``status`` (500, 503, 429...) with ``Retry-After`` when given,
  without handling the request (not applied).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Literal

import attrs

FaultKind = Literal["reset_before", "reset_after", "reset_mid_body", "delay", "status"]


@attrs.frozen
class Fault:
    """One misbehaviour, for one request (see the module documentation for the kinds)."""

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0


# What chaos picks from when no menu is given: every kind, with short delays and the
# statuses a client retries.
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

    def fault_for(self, method: str, path: str) -> Fault | None:
        """The fault for this request, or None; the first matching rule decides."""
        for rule in self._rules:
            if not rule.matches(method, path):
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
            return fault
        return None


def _compile(path: str | None) -> re.Pattern[str] | None:
    return re.compile(path) if path is not None else None
