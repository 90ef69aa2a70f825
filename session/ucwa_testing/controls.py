"""The bundled server's test controls: make it misbehave on cue, deterministically.

Each control takes the state lock, so it acts between two requests, never in the middle of one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from . import resources as build
from .canned import CannedAnswers
from .faults import Fault, FaultPlan
from .hrefs import Aliases
from .protocol import Expectation, ProtocolRecorder, Violation, ViolationKind
from .routes_presence import tell_watchers, warn_expiry
from .state import Application, Invitation, State, opaque
from .wire import Reply


class TestControls:
    """The controls :class:`~.server.UcwaServer` offers tests (a mixin: it owns the state)."""

    state: State
    faults: FaultPlan
    canned: CannedAnswers
    protocol: ProtocolRecorder
    aliases: Aliases

    def href(self, path: str) -> str:
        """What a documented path (a route's, such as ``{application}/communication``) goes
        by on the wire: its opaque alias below an application, any other path as it is."""
        with self.state.cond:
            return self.aliases.href(path)

    @property
    def violations(self) -> list[Violation]:
        """Every violation of the protocol recorded so far (see :mod:`ucwa_testing.protocol`)."""
        with self.state.cond:
            return list(self.protocol.violations)

    def unexpected_violations(self) -> list[Violation]:
        """The violations no ``expect_violation`` covers: a test fails on any."""
        with self.state.cond:
            return self.protocol.unexpected()

    def expect_violation(
        self, kind: ViolationKind, *, path: str | None = None, status: int | None = None
    ) -> None:
        """The test provokes violations of ``kind`` on purpose (only on paths where the regular
        expression ``path`` is found, only with ``status``, when given)."""
        pattern = re.compile(path) if path is not None else None
        with self.state.cond:
            self.protocol.expected.append(Expectation(kind, pattern, status))

    def wait_until(self, condition: Callable[[], bool], timeout: float = 5.0) -> None:
        """Block until ``condition()`` (read under the state lock) holds; TimeoutError if not."""
        deadline = time.monotonic() + timeout
        with self.state.cond:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the server never reached the expected state")
                self.state.cond.wait(remaining)

    def applications(self) -> list[Application]:
        with self.state.cond:
            return [a for a in self.state.applications.values() if a.lost is None]

    def application(self) -> Application:
        """The one live application (tests with a single session)."""
        [app] = self.applications()
        return app

    def expire_tokens(self) -> None:
        """Every token issued so far expires now (the next request gets a 401, which the test
        therefore expects: 401 answers are not held against the client)."""
        with self.state.cond:
            for token in self.state.tokens.values():
                token.expires_at = 0.0
            self.protocol.expected.append(Expectation("client_error_answered", status=401))

    def lose_application(self, status: int = 410) -> None:
        """The live application is gone: 410 InactiveApplicationExpired, 404 ApplicationNotFound
        (answers with that status are expected from now on, not held against the client)."""
        subcode = "InactiveApplicationExpired" if status == 410 else "ApplicationNotFound"
        with self.state.cond:
            self.application().lost = (status, subcode)
            self.protocol.expected.append(Expectation("client_error_answered", status=status))
            self.state.cond.notify_all()

    def request_resync(self) -> None:
        """The next P-GET gets only a ``resync`` link, as after an out-of-order ack."""
        with self.state.cond:
            self.application().events.resync_next = True

    def request_resume(self) -> None:
        """The next batch carries ``resume`` instead of ``next`` (state reset after idling)."""
        with self.state.cond:
            self.application().events.resume_next = True

    def drop_polls(self, count: int) -> None:
        """The next ``count`` P-GET answers are formed, then the connection is closed instead."""
        with self.state.cond:
            self.application().events.drop_next += count

    def fail_next(self, *faults: Fault, method: str | None = None, path: str | None = None) -> None:
        """The next requests that match (``path`` is a regular expression searched in the
        path) get these faults, one each, in order."""
        with self.state.cond:
            self.faults.add_next(list(faults), method, path)

    def chaos(
        self,
        seed: int,
        rate: float,
        *,
        menu: tuple[Fault, ...] | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """A share ``rate`` of the matching requests get a fault picked from ``menu`` (every
        kind by default) by a generator seeded with ``seed``: the same run fails the same way."""
        with self.state.cond:
            if menu is None:
                self.faults.add_random(seed, rate, method=method, path=path)
            else:
                self.faults.add_random(seed, rate, menu, method, path)

    def answer_with(
        self,
        method: str,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        headers: tuple[tuple[str, str], ...] = (),
        times: int | None = None,
    ) -> None:
        """Requests whose documented path matches ``path`` (a regular expression searched in
        it) are answered with ``status``, ``headers`` and ``body`` instead of the route's
        answer: the next ``times`` of them, or every one (None). The answer's hrefs are
        handed out and aliased as any answer's (see :mod:`.canned`)."""
        with self.state.cond:
            self.canned.add(method, path, Reply(status, body, headers), times)

    def clear_faults(self) -> None:
        """No more injected faults (the counts in ``faults.injected`` stay)."""
        with self.state.cond:
            self.faults.clear()

    def invite(self, message: str = "Hello from echo") -> str:
        """The echo contact invites the user to an IM conversation; returns the invitation href."""
        with self.state.cond:
            app = self.application()
            conversation = self.state.new_conversation(app, "Incoming chat")
            invitation = Invitation(
                f"{app.base}/communication/messagingInvitations/{opaque()}",
                conversation,
                "Incoming",
                None,
                message,
            )
            app.invitations[invitation.href.rsplit("/", 1)[-1]] = invitation
            app.add_event(
                "communication",
                f"{app.base}/communication",
                build.event(
                    "messagingInvitation", invitation.href, "started", invitation.render(True)
                ),
            )
            self.state.cond.notify_all()
            return self.aliases.href(invitation.href)

    def change_contact(
        self,
        uri: str,
        *,
        availability: str | None = None,
        activity: str | None = None,
        note: str | None = None,
        location: str | None = None,
    ) -> int:
        """A person of the directory changes their presence (``availability``, and
        ``activity``, by default the same), note or location: every application subscribed to
        them gets the ``updated`` event of each. Returns how many subscriptions were told."""
        with self.state.cond:
            person = self.state.people.person(uri)
            if person is None:
                raise KeyError(f"{uri} is nobody in the directory")
            told = 0
            if availability is not None:
                person.availability, person.activity = availability, activity or availability
                told += tell_watchers(self.state.people, person, "presence")
            if note is not None:
                person.note = note
                told += tell_watchers(self.state.people, person, "note")
            if location is not None:
                person.location = location
                told += tell_watchers(self.state.people, person, "location")
            self.state.cond.notify_all()
            return told

    def warn_presence_subscriptions(self) -> None:
        """Every live presence subscription is about to expire: an ``updated`` event of each
        (clients renew on it)."""
        with self.state.cond:
            warn_expiry(self.state.people)
            self.state.cond.notify_all()

    def expire_presence_subscriptions(self) -> None:
        """Every presence subscription expires now: no more events, 404 on its links (which
        the test therefore expects)."""
        with self.state.cond:
            for subscription in self.state.people.subscriptions.values():
                subscription.expires_at = 0.0
            self.protocol.expected.append(
                Expectation("client_error_answered", re.compile("presenceSubscription"), 404)
            )
