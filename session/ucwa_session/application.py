"""The application a session works on: created, read again, replaced after a loss, deleted.

When the server drops the application (404 ApplicationNotFound, 410
InactiveApplicationExpired), a new one is created (made available again when the lost one
was) and the user is told through ``on_application_recreated``; a call on the application's
own links runs once more on the new one (:meth:`ApplicationInUse.retrying`). One loss makes
one new application however many threads meet it (see :mod:`.lifecycle`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ucwa_runtime import formats
from ucwa_runtime.errors import HttpError, RequestError, UcwaError
from ucwa_runtime.model import Link
from ucwa_runtime.transport import Client, Response, log

from .lifecycle import ApplicationHolder, application_lost, embedded_in, link_of
from .options import SessionOptions

if TYPE_CHECKING:
    from ucwa.resources.application import Application

T = TypeVar("T")


class ApplicationInUse:
    """The session's application, shared by the caller's, the event channel's and the
    keep-alive's threads; ``endpoint_id`` and the options' ``culture`` go into each one
    created, with the client's ``user_agent``."""

    def __init__(self, client: Client, options: SessionOptions, endpoint_id: str) -> None:
        self.client = client
        self._options = options
        self._endpoint_id = endpoint_id
        self._applications_url: str | None = None
        self._holder: ApplicationHolder[Application] = ApplicationHolder(
            self._recreate, self._tell_recreated
        )
        # What make_available last sent, so that a new application is made available too.
        self._availability: dict[str, Any] | None = None

    def start(self, applications_url: str) -> Application:
        """Create the first application at the ``applications`` URL discovery found."""
        self._applications_url = applications_url
        return self._holder.start(self._create)

    def current(self) -> Application:
        """The application in use, read again first when it was marked changed."""
        if self._holder.take_changed():
            return self.retrying(self.reread, self._holder.current)
        return self._holder.current

    def refresh(self) -> Application:
        """Read the application again; gives the one now in use (see ``UcwaSession``)."""
        self._holder.take_changed()
        return self.retrying(self.reread, self._holder.current)

    def mark_changed(self) -> None:
        """The copy held is out of date: the next use reads it again."""
        self._holder.mark_changed()

    def replace(self, lost: Application) -> Application | None:
        """The application that replaces ``lost`` (None once closed)."""
        return self._holder.replace(lost)

    def reread(self, application: Application) -> Application:
        from ucwa.resources.application import Application

        return self._holder.offer(Application.get(self.client, application.require_self_link()))

    def retrying(
        self, call: Callable[[Application], T], application: Application | None = None
    ) -> T:
        """Run ``call`` on the application; after a 404/410 saying it is gone, once more on
        the new one.

        ``call`` must read every link it uses from the application it is given (or what that
        embeds), so the second run follows the new application's links, and the loss is
        reported for the very application that met it. Re-running is safe even for a POST: a
        404 ApplicationNotFound / 410 InactiveApplicationExpired answer means the server
        refused it for want of an application, so nothing was applied. A POST whose answer
        was lost (OutcomeUnknown) is not this case; operations handle it in
        ``UcwaSession.post_operation``. Calls on links the caller holds (a conversation, an
        invitation, ``get``/``put``/``batch`` of links read before) are not re-run: those
        resources belonged to the lost application and do not exist in the new one.
        """
        if application is None:
            application = self.current()
        try:
            return call(application)
        except HttpError as error:
            if not application_lost(error):
                raise
            replacement = self._holder.replace(application)
            if replacement is None:
                raise
            return call(replacement)

    def embedded_link(self, application: Application, embedded: str, rel: str) -> Link[Any]:
        """The ``rel`` link of the resource the application embeds as ``embedded``.

        A copy lacking it may predate the change that added it (communication offers
        conversationLogs only after makeMeAvailable, say): the application is read again
        before the link is declared missing.
        """
        link = embedded_in(application, embedded, self.client).find_link(rel)
        if isinstance(link, Link):
            return link
        fresh = embedded_in(self.reread(application), embedded, self.client)
        try:
            return link_of(fresh, rel)
        except RequestError as missing:
            raise RequestError(f"{missing} (even when read again just now)") from None

    def make_available(self, body: dict[str, Any]) -> None:
        """POST makeMeAvailable with ``body``, and again on each new application."""
        self.retrying(lambda application: self._post_availability(application, body))
        self._availability = body

    def close(self) -> None:
        """Delete the application in use at the end; none is created after (or while) this.

        The one deleted is the one in use at the end, even if a thread that met a loss had
        just created it; one already gone is fine.
        """
        from ucwa.resources.application import Application

        application = self._holder.close()
        link = application.self_link if application is not None else None
        if link is None:
            return
        try:
            Application.delete(self.client, link)
        except HttpError as error:
            if not application_lost(error):
                raise

    def _create(self) -> Application:
        from ucwa.resources.applications import Applications

        assert self._applications_url is not None
        return Applications.post(
            self.client,
            Link(href=self._applications_url),
            culture=self._options.culture,
            endpoint_id=self._endpoint_id,
            user_agent=self.client.user_agent,
        )

    def _recreate(self) -> Application:
        application = self._create()
        self._restore_availability(application)
        return application

    def _tell_recreated(self, application: Application) -> None:
        if self._options.on_application_recreated is not None:
            self._options.on_application_recreated(application)

    def _restore_availability(self, application: Application) -> None:
        # A new application is not available until makeMeAvailable (no invitations, no
        # reportMyActivity): when the user had made the lost one available, do it again.
        if self._availability is None:
            return
        try:
            self._post_availability(application, self._availability)
        except UcwaError as error:
            # The application itself is fine (and must be kept, or nothing deletes it),
            # whatever became of this POST; report_activity will say what is missing.
            log.warning("the new application could not be made available: %s", error)

    def _post_availability(self, application: Application, body: dict[str, Any]) -> Response:
        link = self.embedded_link(application, "me", "makeMeAvailable")
        media_type = self.client.content_type
        encoded = formats.codec_for(media_type).dumps_input(body, {})
        response = self.client.request("POST", link, body=encoded, content_type=media_type)
        # me and communication change (reportMyActivity, conversationLogs...): the copy
        # held is out of date whether or not their events have arrived yet.
        self._holder.mark_changed()
        return response
