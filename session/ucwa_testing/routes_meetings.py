"""Routes of online meetings: myOnlineMeetings (list, create) and myOnlineMeeting (read,
update with If-Match, delete).

A meeting belongs to its organizer, not to an application: every application of the user
sees it, under its own href. What a POST or a PUT may set is what the definitions declare as
the operation's body parameters, and an enumeration's value must be one its definition lists;
the rest of a meeting (id, URIs, join URL, organizer) is the server's. The shape is capture
027's and ScheduleAnOnlineMeeting.md's: the property with a random name that every PUT must
send back, and an etag.
"""

from __future__ import annotations

import secrets
import string
from typing import TYPE_CHECKING, Any

from .protocol import body_values
from .routing import Context, Refused, check_put, etag_header, require_json, route
from .state import Versioned
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]
MEETINGS = "{APP}/onlineMeetings/myOnlineMeetings"
# No page gives the number of meetings a user may have; past it, 409 TooManyOnlineMeetings
# (a test lowers it).
MAX_MEETINGS = 100
# What a new meeting has unless the POST says otherwise (ScheduleAnOnlineMeeting.md's answer).
DEFAULTS: Json = {
    "accessLevel": "SameEnterprise",
    "attendees": [],
    "automaticLeaderAssignment": "Disabled",
    "description": "",
    "entryExitAnnouncement": "Disabled",
    "leaders": [],
    "lobbyBypassForPhoneUsers": "Disabled",
    "phoneUserAdmission": "Disabled",
    "subject": "",
}


def _meetings(server: UcwaServer, ctx: Context) -> dict[str, Versioned]:
    assert ctx.account is not None
    return server.state.meetings.setdefault(ctx.account.username, {})


def _href(ctx: Context, meeting_id: str) -> str:
    return f"{ctx.application.base}/onlineMeetings/myOnlineMeetings/{meeting_id}"


def _body(ctx: Context, meeting_id: str, meeting: Versioned) -> Json:
    return {**meeting.render(), "_links": {"self": {"href": _href(ctx, meeting_id)}}}


def _reply(ctx: Context, meeting_id: str, meeting: Versioned, status: int = 200) -> Reply:
    return json_reply(status, _body(ctx, meeting_id, meeting), etag_header(meeting))


def _new_meeting(ctx: Context, settings: Json) -> tuple[str, Versioned]:
    assert ctx.account is not None
    meeting_id = "".join(secrets.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    organizer = ctx.account.uri
    user = organizer.removeprefix("sip:").split("@", 1)[0]
    document = {
        **DEFAULTS,
        **settings,
        "conferenceId": str(secrets.randbelow(9 * 10**6) + 10**6),
        "joinUrl": f"https://meet.contoso.com/{user}/{meeting_id}",
        "onlineMeetingId": meeting_id,
        "onlineMeetingRel": "myOnlineMeetings",
        "onlineMeetingUri": f"{organizer};gruu;opaque=app:conf:focus:id:{meeting_id}",
        "organizerUri": organizer,
        "rel": "myOnlineMeeting",
    }
    return meeting_id, Versioned(document)


@route("GET", MEETINGS)
def _list(server: UcwaServer, ctx: Context) -> Reply:
    mine = _meetings(server, ctx)
    body = {
        "_links": {"self": {"href": f"{ctx.application.base}/onlineMeetings/myOnlineMeetings"}},
        "_embedded": {"myOnlineMeeting": [_body(ctx, i, m) for i, m in mine.items()]},
        "rel": "myOnlineMeetings",
    }
    return json_reply(200, body)


@route("POST", MEETINGS)
def _create(server: UcwaServer, ctx: Context) -> Reply:
    settings = body_values("myOnlineMeetings", "POST", require_json(ctx.request))
    mine = _meetings(server, ctx)
    if len(mine) >= MAX_MEETINGS:
        raise Refused(409, "Conflict", "TooManyOnlineMeetings", "too many online meetings")
    meeting_id, meeting = _new_meeting(ctx, settings)
    mine[meeting_id] = meeting
    # myOnlineMeetings_ref.md: the 201 holds the new meeting, with no Location.
    return _reply(ctx, meeting_id, meeting, 201)


def _meeting(server: UcwaServer, ctx: Context) -> tuple[str, Versioned]:
    meeting_id = ctx.match["meeting"]
    meeting = _meetings(server, ctx).get(meeting_id)
    if meeting is None:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such online meeting")
    return meeting_id, meeting


@route("GET", MEETINGS + "/(?P<meeting>[A-Z0-9]+)")
def _get(server: UcwaServer, ctx: Context) -> Reply:
    return _reply(ctx, *_meeting(server, ctx))


@route("PUT", MEETINGS + "/(?P<meeting>[A-Z0-9]+)")
def _update(server: UcwaServer, ctx: Context) -> Reply:
    meeting_id, meeting = _meeting(server, ctx)
    data = check_put(ctx, meeting)
    meeting.document.update(body_values("myOnlineMeeting", "PUT", data))
    meeting.etag += 1
    return _reply(ctx, meeting_id, meeting)


@route("DELETE", MEETINGS + "/(?P<meeting>[A-Z0-9]+)")
def _delete(server: UcwaServer, ctx: Context) -> Reply:
    meeting_id, _ = _meeting(server, ctx)
    del _meetings(server, ctx)[meeting_id]
    return Reply(204)
