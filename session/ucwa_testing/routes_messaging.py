"""Routes of instant messaging and conversation logs, with an echo contact on the far end."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import resources as build
from .routing import (
    Context,
    Refused,
    created,
    invalid,
    message_link,
    require_json,
    route,
    string_param,
)
from .state import Application, Conversation, Invitation, opaque
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]


# -- messaging ---------------------------------------------------------------------------


def _echo_accepts(server: UcwaServer, app: Application, invitation: Invitation) -> None:
    """The echo contact answers an outgoing invitation: accepted, or unknown recipient."""
    communication = f"{app.base}/communication"
    conversation = invitation.conversation
    app.add_event(
        "communication",
        communication,
        build.event("messagingInvitation", invitation.href, "started", invitation.render()),
    )
    app.add_event(
        "communication",
        communication,
        build.event(
            "conversation",
            conversation.href,
            "added",
            build.conversation(conversation.href, "Connecting", conversation.subject),
        ),
    )
    if conversation.remote_uri != server.state.echo_uri:
        _fail(
            app,
            invitation,
            "Failed",
            build.error("NotFound", "DestinationNotFound", "no such person"),
        )
        return
    app.add_event(
        "conversation",
        conversation.href,
        build.event(
            "messaging",
            conversation.messaging,
            "updated",
            build.messaging(conversation.messaging, "Connecting"),
        ),
    )
    if not server.config.echo_answers:
        return
    _connect(app, invitation)
    if invitation.message is not None:
        _echo_reply(app, conversation, invitation.message, "text/plain")


def _fail(app: Application, invitation: Invitation, state: str, reason: Json) -> None:
    """The invitation ends in ``state``, and its completed event says why it failed."""
    invitation.state = state
    _tell_completed(app, invitation, status="Failure", reason=reason)


def _tell_completed(
    app: Application, invitation: Invitation, status: str, reason: Json | None = None
) -> None:
    """The invitation's completed event, with its status (and a failure's reason)."""
    app.add_event(
        "communication",
        f"{app.base}/communication",
        build.event(
            "messagingInvitation",
            invitation.href,
            "completed",
            invitation.render(),
            status=status,
            reason=reason,
        ),
    )


def _connect(app: Application, invitation: Invitation) -> None:
    conversation = invitation.conversation
    conversation.state = invitation.state = "Connected"
    app.add_event(
        "conversation",
        conversation.href,
        build.event(
            "messaging",
            conversation.messaging,
            "updated",
            build.messaging(conversation.messaging, "Connected"),
        ),
    )
    _tell_completed(app, invitation, status="Success")


def _echo_reply(app: Application, conversation: Conversation, text: str, media_type: str) -> None:
    conversation.messages += 1
    href = f"{conversation.messaging}/messages/{conversation.messages}"
    body = build.message(
        href, direction="Incoming", text=f"echo: {text}", media_type=media_type, operation_id=None
    )
    app.add_event(
        "conversation",
        conversation.href,
        build.event("message", href, "completed", body, status="Success"),
    )


def _start_invitation(
    server: UcwaServer, app: Application, data: Json, to: str, subject: str
) -> Reply:
    operation_id = string_param(data, "operationId")
    message = message_link(data)
    conversation = server.state.new_conversation(app, subject)
    conversation.remote_uri = to
    invitation = Invitation(
        f"{app.base}/communication/messagingInvitations/{opaque()}",
        conversation,
        "Outgoing",
        operation_id,
        message,
    )
    app.invitations[invitation.href.rsplit("/", 1)[-1]] = invitation
    _echo_accepts(server, app, invitation)
    server._until_delivered(app)
    return created(invitation.href)


@route("POST", "{APP}/communication/messagingInvitations")
def _start_messaging(server: UcwaServer, ctx: Context) -> Reply:
    data = require_json(ctx.request)
    to = string_param(data, "to")
    subject = string_param(data, "subject") or ""
    if not str(to).startswith("sip:"):
        raise invalid("to must be a sip: URI")
    return _start_invitation(server, ctx.application, data, str(to), subject)


def _invitation(ctx: Context) -> Invitation:
    invitation = ctx.application.invitations.get(ctx.match["invitation"])
    if invitation is None:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such invitation")
    return invitation


@route("GET", "{APP}/communication/messagingInvitations/(?P<invitation>\\w+)")
def _get_invitation(server: UcwaServer, ctx: Context) -> Reply:
    invitation = _invitation(ctx)
    actions = invitation.direction == "Incoming" and invitation.state == "Connecting"
    return json_reply(200, invitation.render(actions))


@route(
    "POST",
    "{APP}/communication/messagingInvitations/(?P<invitation>\\w+)/(?P<action>accept|decline)",
)
def _answer_invitation(server: UcwaServer, ctx: Context) -> Reply:
    invitation, app = _invitation(ctx), ctx.application
    if invitation.direction != "Incoming" or invitation.state != "Connecting":
        raise Refused(
            409, "Conflict", "InvalidState", "the invitation is not waiting for an answer"
        )
    if ctx.match["action"] == "accept":
        _connect(app, invitation)
    else:
        reason = build.error("Informational", "Declined", "declined by the user")
        _fail(app, invitation, "Declined", reason)
    return Reply(204)


def _conversation(ctx: Context) -> Conversation:
    conversation = ctx.application.conversations.get(ctx.match["conversation"])
    if conversation is None:
        raise Refused(404, "NotFound", "ConversationNotFound", "no such conversation")
    return conversation


CONVERSATION = "{APP}/communication/conversations/(?P<conversation>\\w+)"


@route("GET", CONVERSATION)
def _get_conversation(server: UcwaServer, ctx: Context) -> Reply:
    conversation = _conversation(ctx)
    return json_reply(
        200, build.conversation(conversation.href, conversation.state, conversation.subject)
    )


@route("GET", CONVERSATION + "/messaging")
def _get_messaging(server: UcwaServer, ctx: Context) -> Reply:
    conversation = _conversation(ctx)
    return json_reply(200, build.messaging(conversation.messaging, conversation.state))


@route("POST", CONVERSATION + "/messaging/messages")
def _send_message(server: UcwaServer, ctx: Context) -> Reply:
    # text/plain or text/html (text_body), with an operationId: the definition saw to both
    conversation, app, request = _conversation(ctx), ctx.application, ctx.request
    operation_id = request.query.get("operationId")
    if conversation.state != "Connected":
        raise Refused(409, "Conflict", "InvalidState", "messaging is not connected")
    text = request.body.decode("utf-8")
    conversation.messages += 1
    href = f"{conversation.messaging}/messages/{conversation.messages}"
    sent = build.message(
        href,
        direction="Outgoing",
        text=text,
        media_type=request.media_type,
        operation_id=operation_id,
    )
    app.add_event(
        "conversation",
        conversation.href,
        build.event("message", href, "completed", sent, status="Success"),
    )
    _echo_reply(app, conversation, text, request.media_type)
    server._until_delivered(app)
    return created(href)


def _cancel_ringing(app: Application, conversation: Conversation) -> None:
    # Terminating messaging while the outgoing invitation rings cancels the invitation.
    for invitation in app.invitations.values():
        ringing = invitation.direction == "Outgoing" and invitation.state == "Connecting"
        if invitation.conversation is conversation and ringing:
            reason = build.error("Informational", "Canceled", "cancelled by the user")
            _fail(app, invitation, "Failed", reason)


@route("POST", CONVERSATION + "/messaging/terminate")
def _stop_messaging(server: UcwaServer, ctx: Context) -> Reply:
    conversation, app = _conversation(ctx), ctx.application
    if conversation.state not in ("Connecting", "Connected"):
        raise Refused(409, "Conflict", "InvalidState", "messaging is not connected")
    _cancel_ringing(app, conversation)
    conversation.state = "Disconnected"
    app.add_event(
        "conversation",
        conversation.href,
        build.event(
            "messaging",
            conversation.messaging,
            "updated",
            build.messaging(conversation.messaging, "Disconnected"),
        ),
    )
    return Reply(204)


# -- conversation logs -------------------------------------------------------------------

LOGS = "{APP}/communication/conversationLogs"


def _log_href(app: Application, log_id: str) -> str:
    return f"{app.base}/communication/conversationLogs/{log_id}"


@route("GET", LOGS)
def _conversation_logs(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    ids = server.state.logs.get(app.account.username, [])
    return json_reply(
        200,
        build.conversation_logs(
            f"{app.base}/communication/conversationLogs", [_log_href(app, i) for i in ids]
        ),
    )


def _log_id(server: UcwaServer, ctx: Context) -> str:
    log_id = ctx.match["log"]
    if log_id not in server.state.logs.get(ctx.application.account.username, []):
        raise Refused(404, "NotFound", "ResourceNotFound", "no such conversation log")
    return log_id


@route("GET", LOGS + "/(?P<log>\\w+)")
def _conversation_log(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    log_id = _log_id(server, ctx)
    subject = f"Chat {server.state.logs[app.account.username].index(log_id) + 1} with Echo"
    return json_reply(
        200,
        build.conversation_log(
            _log_href(app, log_id),
            subject=subject,
            remote_name=server.state.echo_name,
            remote_uri=server.state.echo_uri,
        ),
    )


@route("POST", LOGS + "/(?P<log>\\w+)/continueMessaging")
def _continue_messaging(server: UcwaServer, ctx: Context) -> Reply:
    _log_id(server, ctx)
    data = require_json(ctx.request)
    return _start_invitation(server, ctx.application, data, server.state.echo_uri, "Continued")
