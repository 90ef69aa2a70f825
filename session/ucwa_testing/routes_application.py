"""Routes of the application and what it embeds: me, presence and note (ETags and PUT)."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from . import resources as build
from .routing import (
    APPLICATIONS_PATH,
    Context,
    check_put,
    etag_header,
    new_version,
    require_available,
    require_json,
    route,
    string_param,
)
from .state import Application, Versioned
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]


# -- applications ------------------------------------------------------------------------


def _application_body(server: UcwaServer, app: Application) -> Json:
    base = app.base
    return build.application(
        base,
        user_agent=app.user_agent,
        endpoint_id=app.endpoint_id,
        culture=app.culture,
        events_key=app.events.key,
        embedded={
            "me": {**build.me(base, app.account.name, app.account.uri, app.available)},
            "people": build.people(base),
            "onlineMeetings": build.online_meetings(base),
            "communication": build.communication(base, app.communication.render(), app.available),
        },
    )


@route("POST", APPLICATIONS_PATH, "user")
def _create_application(server: UcwaServer, ctx: Context) -> Reply:
    data = require_json(ctx.request)  # required and not too long: the definition saw to it
    fields = {name: string_param(data, name) for name in ("userAgent", "endpointId", "culture")}
    assert ctx.account is not None
    app_id = str(secrets.randbelow(10**11) + 10**11)
    app = Application(
        app_id,
        f"{APPLICATIONS_PATH}/{app_id}",  # hrefs below the application are relative, as on IIS
        ctx.account,
        ctx.request.pool,
        str(fields["userAgent"]),
        str(fields["endpointId"]),
        str(fields["culture"]),
    )
    server.state.applications[app_id] = app
    return json_reply(201, _application_body(server, app), (("Location", app.base),))


@route("GET", "{APP}")
def _get_application(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, _application_body(server, ctx.application))


@route("DELETE", "{APP}")
def _delete_application(server: UcwaServer, ctx: Context) -> Reply:
    ctx.application.lost = (404, "ApplicationNotFound")
    return Reply(204)


@route("GET", "{APP}/people")
def _people(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, build.people(ctx.application.base))


@route("GET", "{APP}/onlineMeetings")
def _online_meetings(server: UcwaServer, ctx: Context) -> Reply:
    return json_reply(200, build.online_meetings(ctx.application.base))


def _communication_reply(app: Application) -> Reply:
    body = build.communication(app.base, app.communication.render(), app.available)
    return json_reply(200, body, etag_header(app.communication))


@route("GET", "{APP}/communication")
def _communication(server: UcwaServer, ctx: Context) -> Reply:
    return _communication_reply(ctx.application)


@route("PUT", "{APP}/communication")
def _put_communication(server: UcwaServer, ctx: Context) -> Reply:
    """Stands in for every PUT of UCWA: If-Match (428 without, 412 when stale), the whole
    resource sent back (the property with a random name included), a new version told by an
    event."""
    app = ctx.application
    target = app.communication
    data = check_put(ctx, target)
    for name in target.document:
        if name in data:
            target.document[name] = data[name]
    new_version(app, target, "communication")
    return _communication_reply(app)


# -- me, presence, note: ETags ------------------------------------------------------------


def _versioned(ctx: Context) -> tuple[Versioned, Json]:
    app = ctx.application
    kind = ctx.match["kind"] or "me"
    target: Versioned = getattr(app, kind)
    href = f"{app.base}/me" + (f"/{kind}" if kind != "me" else "")
    extra = build.me(app.base, app.account.name, app.account.uri, app.available)
    shown = extra if kind == "me" else {"_links": build.links(self=href)}
    return target, {**target.render(), **shown}


@route("GET", r"{APP}/me(?:/(?P<kind>presence|note|location))?")
def _get_versioned(server: UcwaServer, ctx: Context) -> Reply:
    target, body = _versioned(ctx)
    return json_reply(200, body, etag_header(target))


@route("POST", "{APP}/me/makeMeAvailable")
def _make_me_available(server: UcwaServer, ctx: Context) -> Reply:
    string_param(require_json(ctx.request), "signInAs")  # optional, by the definition
    app = ctx.application
    app.available = True
    new_version(app, app.me, "me")  # me gains links (presence, note, location...)
    # communication gains links (conversationLogs) once the user is available, as a real
    # server's does (capture 007 has none before): a new version, told by an event.
    new_version(app, app.communication, "communication")
    return Reply(204)


@route("POST", "{APP}/me/reportMyActivity")
def _report_my_activity(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    require_available(app)
    app.activity_reports += 1
    return Reply(204)
