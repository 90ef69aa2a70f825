"""The life of a session's application: created, replaced once per loss, refreshed, deleted.

Several threads use one application: the caller's, the event channel's, the keep-alive's. When
the server drops it, each of them may meet the loss; the first to report it creates the new
application while the others wait on the same lock and then use that one, so one loss makes
exactly one new application. An application is known by its href (the server gives every new
application a new one), which is what decides whether a report of a loss is still news, and
whether a copy read by :meth:`ApplicationHolder.offer` may stand in for the current one.
Closing happens under the same lock: after :meth:`ApplicationHolder.close` no application is
created, and the one it hands back (to be deleted) is whatever was current, even one created
by a thread that met a loss while close() was waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ucwa_runtime import codec_json
from ucwa_runtime.errors import HttpError, RequestError
from ucwa_runtime.events import ChannelNotice, Item
from ucwa_runtime.model import GenericResource, Link, Resource
from ucwa_runtime.transport import Client

A = TypeVar("A", bound=Resource)

# The two ways the server says an application is gone (ApplicationDashboard.md).
_APPLICATION_LOST = {(404, "ApplicationNotFound"), (410, "InactiveApplicationExpired")}


def application_lost(error: HttpError) -> bool:
    """True for the errors after which the application must be created again."""
    return (error.status, str(getattr(error, "subcode", "") or "")) in _APPLICATION_LOST


# The resources whose `updated` events mean the application's copy is out of date.
_APPLICATION_PARTS = frozenset({"application", "me", "communication"})


def changes_application(item: Item) -> bool:
    """True for the channel items after which a copy of the application is out of date."""
    if isinstance(item, ChannelNotice):
        return item.kind == "resync"  # events may have been missed
    return item.type == "updated" and item.link.rel in _APPLICATION_PARTS


def embedded_in(application: Resource, rel: str, client: Client) -> Resource:
    """The resource ``application`` embeds as ``rel`` (me, communication, people...): typed
    where defined, read as a generic resource otherwise."""
    found = application.find_embedded(rel)
    if isinstance(found, Resource):
        return found
    if not isinstance(found, dict):
        raise RequestError(f"the application embeds no {rel}")
    base = application.self_link
    base_url = client.url_for(base) if base is not None else None
    return codec_json.structure(found, GenericResource, {}, base_url)


def link_of(resource: Resource, rel: str) -> Link[Any]:
    """The ``rel`` link of ``resource``; RequestError naming both when it has none."""
    link = resource.find_link(rel)
    if not isinstance(link, Link):
        name = type(resource).SPEC.rel or resource.extra_properties.get("rel", "the resource")
        raise RequestError(f"{name} has no {rel} link")
    return link


def same_application(one: Resource, other: Resource) -> bool:
    """True when both are copies of one application (a refreshed copy is the same one)."""
    return (
        one.self_link is not None
        and other.self_link is not None
        and one.self_link.href == other.self_link.href
    )


class ApplicationHolder(Generic[A]):
    """The current application of a session, replaced under one lock.

    ``recreate`` makes a new application on the server (and prepares it, e.g. makes it
    available again); ``on_replaced`` hears of each new one, outside the lock.
    """

    def __init__(self, recreate: Callable[[], A], on_replaced: Callable[[A], None]) -> None:
        self._recreate = recreate
        self._on_replaced = on_replaced
        self._lock = threading.Lock()
        self._current: A | None = None
        self._closed = False
        # An event said the application (or what it embeds) changed since the copy was read.
        self._changed = False

    @property
    def current(self) -> A:
        """The application in use; RequestError before sign-in and after close."""
        current = self._current
        if current is None:
            raise RequestError("not signed in; call sign_in() first")
        return current

    def mark_changed(self) -> None:
        """The server changed the application since ``current`` was read."""
        self._changed = True

    def take_changed(self) -> bool:
        """Whether ``current`` is known to be out of date; the mark is cleared, so a change
        told while the caller reads the application again marks it once more."""
        with self._lock:
            changed, self._changed = self._changed, False
            return changed

    def start(self, create: Callable[[], A]) -> A:
        """Create the first application (sign-in); RequestError once closed."""
        with self._lock:
            if self._closed:
                raise RequestError("the session is closed")
            self._current = create()
            return self._current

    def replace(self, lost: A) -> A | None:
        """The application to use after ``lost`` answered 404/410 (None once closed).

        A new one is created only if ``lost`` is still the current application; when another
        thread already replaced it, that replacement is the answer.
        """
        with self._lock:
            if self._closed or self._current is None:
                return None
            if not same_application(self._current, lost):
                return self._current
            self._current = replacement = self._recreate()
        self._on_replaced(replacement)
        return replacement

    def offer(self, copy: A) -> A:
        """Keep a copy read afresh if it is of the current application; the current one.

        A copy read before a loss (and answered after the replacement) is of the lost
        application and must not displace the new one.
        """
        with self._lock:
            if self._current is None:
                raise RequestError("the session is closed" if self._closed else "not signed in")
            if same_application(self._current, copy):
                self._current = copy
            return self._current

    def close(self) -> A | None:
        """No more applications from now on; the current one (for the caller to delete)."""
        with self._lock:
            self._closed = True
            current, self._current = self._current, None
            return current
