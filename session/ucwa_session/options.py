"""What a session alone decides; its client (``ucwa.Client``) holds the rest.

The client carries authentication, the connection pool, TLS, timeouts, retries, body limits
and the wire format; :class:`SessionOptions` carries what only a session has: the
application it creates, its event channel and the callbacks that hear of its troubles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
from ucwa_runtime.events import DEFAULT_POLL_TIMEOUT, DEFAULT_RECONNECT_DEADLINE, READ_MARGIN

if TYPE_CHECKING:
    from ucwa.resources.application import Application


@attrs.frozen
class SessionOptions:
    """The session's own settings.

    ``endpoint_id`` and ``culture`` go into the application created (None: a new UUID per
    session). ``poll_timeout`` is how long the server may hold each event-channel P-GET;
    ``reconnect_deadline`` how many seconds the channel keeps reconnecting after failures in a
    row before it stops with a ``stopped`` notice (None: without end). ``outcome_timeout``
    bounds how long :meth:`~.session.UcwaSession.post_operation` waits for the event channel
    to show an operation whose POST got no answer (None: a whole long poll).
    ``on_application_recreated`` is given each application made after the server dropped one;
    ``on_keep_alive_failed`` each error of a keep-alive report.
    """

    endpoint_id: str | None = None
    culture: str = "en-US"
    poll_timeout: float = DEFAULT_POLL_TIMEOUT
    reconnect_deadline: float | None = DEFAULT_RECONNECT_DEADLINE
    outcome_timeout: float | None = None
    on_application_recreated: Callable[[Application], None] | None = None
    on_keep_alive_failed: Callable[[Exception], None] | None = None

    @property
    def outcome_wait(self) -> float:
        """Seconds to wait for an operation's events (a P-GET may be held a whole poll)."""
        if self.outcome_timeout is not None:
            return self.outcome_timeout
        return self.poll_timeout + READ_MARGIN
