"""Online meetings of the signed-in user: create, list, read, update (If-Match), delete.

Reached through ``UcwaSession.meetings``. myOnlineMeetings is the onlineMeetings link the
application embeds (ScheduleAnOnlineMeeting.md); a meeting is then read, updated and
deleted through its own self link. An update sends the meeting back whole (the property
with a random name included) with the If-Match of the copy held (UpdateAnOnlineMeeting.md),
so a copy someone else changed meanwhile gets 412 ``ucwa.errors.PreconditionFailed``.
Errors are the generated ones: too many meetings is ``ucwa.errors.Conflict`` with subcode
``TooManyOnlineMeetings``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ucwa_runtime.errors import RequestError
from ucwa_runtime.model import Link

if TYPE_CHECKING:
    from ucwa.enums import AccessLevel
    from ucwa.resources.my_assigned_online_meeting import MyAssignedOnlineMeeting
    from ucwa.resources.my_online_meeting import MyOnlineMeeting

    from .session import UcwaSession

    # A meeting of the user's, as myOnlineMeetings lists it.
    Meeting = MyOnlineMeeting | MyAssignedOnlineMeeting

T = TypeVar("T")


class Meetings:
    """The user's online meetings (see the module documentation)."""

    def __init__(self, session: UcwaSession) -> None:
        self._session = session

    def _with_collection(self, call: Callable[[Link[Any]], T]) -> T:
        # On the myOnlineMeetings link of the application in use (again on a new one after
        # a loss).
        return self._session.follow("onlineMeetings", "myOnlineMeetings", call)

    def create(
        self,
        subject: str,
        *,
        attendees: Sequence[str] = (),
        access_level: AccessLevel | str | None = None,
        expires: datetime | None = None,
        description: str | None = None,
    ) -> MyOnlineMeeting:
        """Schedule a meeting; the result has ``join_url`` and ``online_meeting_uri``.

        ``access_level`` is an ``ucwa.enums.AccessLevel`` (or its value: ``"Everyone"``,
        ``"SameEnterprise"``, ``"Invited"``, ``"Locked"``, ``"None"``); None leaves the
        server's default.
        ``expires`` must be timezone-aware.
        """
        from ucwa.enums import AccessLevel
        from ucwa.resources.my_online_meeting import MyOnlineMeeting
        from ucwa.resources.my_online_meetings import MyOnlineMeetings

        if expires is not None and expires.tzinfo is None:
            raise RequestError("expires must be timezone-aware")
        options: dict[str, Any] = {"attendees": list(attendees)}
        if access_level is not None:
            options["access_level"] = AccessLevel(access_level)
        if expires is not None:
            options["expiration_time"] = expires
        client = self._session.client
        created = self._with_collection(
            lambda link: MyOnlineMeetings.post(
                client, link, subject=subject, description=description, **options
            )
        )
        if created.resource is not None:
            return created.resource
        return MyOnlineMeeting.get(client, created.link)

    def list(self) -> list[Meeting]:
        """The meetings the user organizes: those of myOnlineMeeting, then those the server
        embeds as myAssignedOnlineMeeting (myOnlineMeetings_ref.md lists both kinds)."""
        from ucwa.resources.my_online_meetings import MyOnlineMeetings

        client = self._session.client
        found = self._with_collection(lambda link: MyOnlineMeetings.get(client, link))
        embedded = found.embedded
        return [*(embedded.my_online_meeting or []), *(embedded.my_assigned_online_meeting or [])]

    def get(self, meeting: Meeting | Link[Any]) -> Meeting:
        """Read a meeting again (from a copy, or its link); it keeps its ETag for update.
        A copy is read as its own kind; a link is read as a myOnlineMeeting."""
        from ucwa.resources.my_online_meeting import MyOnlineMeeting

        kind = MyOnlineMeeting if isinstance(meeting, Link) else type(meeting)
        return kind.get(self._session.client, _link_of(meeting))

    def update(self, meeting: Meeting) -> Meeting:
        """Send a changed copy back whole, with its If-Match; the meeting as now stored.

        412 ``ucwa.errors.PreconditionFailed`` when the meeting changed since the copy was
        read: read it again (``get``) and redo the change.
        """
        stored = self._session.put(meeting)
        if isinstance(stored, type(meeting)):
            return stored
        return self.get(meeting)

    def delete(self, meeting: Meeting | Link[Any]) -> None:
        """Delete a meeting (its join URL stops working). An assigned meeting
        (myAssignedOnlineMeeting declares no DELETE) is refused before anything is sent."""
        from ucwa.resources.my_assigned_online_meeting import MyAssignedOnlineMeeting
        from ucwa.resources.my_online_meeting import MyOnlineMeeting

        if isinstance(meeting, MyAssignedOnlineMeeting):
            raise RequestError("an assigned meeting (myAssignedOnlineMeeting) has no DELETE")
        MyOnlineMeeting.delete(self._session.client, _link_of(meeting))


def _link_of(meeting: Any) -> Link[Any]:
    if isinstance(meeting, Link):
        return meeting
    link: Link[Any] = meeting.require_self_link()
    return link
