"""The bundled server's resources, as plain JSON dicts built from its state.

Shapes follow the reference pages and the real captures (root, user, application with
embedded me/people/onlineMeetings/communication, events, messagingInvitation, message).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote_plus

PUT_NOTE = "please pass this in a PUT request"
Json = dict[str, Any]


def links(**hrefs: str) -> Json:
    return {rel: {"href": href} for rel, href in hrefs.items()}


def error(code: str, subcode: str | None, message: str) -> Json:
    body: Json = {"code": code, "message": message}
    if subcode:
        body["subcode"] = subcode
    return body


def root(self_href: str, *, user: str | None = None, redirect: str | None = None) -> Json:
    found = {"self": self_href}
    if user:
        found["user"] = user
    if redirect:
        found["redirect"] = redirect
    return {"_links": links(**found)}


def user(self_href: str, *, applications: str | None = None, redirect: str | None = None) -> Json:
    found = {"self": self_href}
    if applications:
        found["applications"] = applications
    if redirect:
        found["redirect"] = redirect
    return {"_links": links(**found), "rel": "user"}


def me(base: str, name: str, uri: str, available: bool) -> Json:
    found = {"self": f"{base}/me"}
    # As capture 007's server: makeMeAvailable until the user is available; then
    # reportMyActivity, and the note, presence and location a lurking application cannot set
    # (me_ref.md: me is updated when the application leaves lurker mode).
    if available:
        found["note"] = f"{base}/me/note"
        found["presence"] = f"{base}/me/presence"
        found["location"] = f"{base}/me/location"
        found["reportMyActivity"] = f"{base}/me/reportMyActivity"
    else:
        found["makeMeAvailable"] = f"{base}/me/makeMeAvailable"
    return {"name": name, "uri": uri, "_links": links(**found), "rel": "me"}


def communication(base: str, properties: Json, available: bool) -> Json:
    """The communication resource, ``properties`` being its versioned document (with the
    property every PUT must send back and the etag)."""
    found = {
        "self": f"{base}/communication",
        "conversations": f"{base}/communication/conversations?filter=active",
        "startMessaging": f"{base}/communication/messagingInvitations",
    }
    # As in capture 007: an application not yet made available offers no conversationLogs.
    if available:
        found["conversationLogs"] = f"{base}/communication/conversationLogs"
    return {**properties, "_links": links(**found), "rel": "communication"}


def people(base: str) -> Json:
    found = links(
        self=f"{base}/people",
        myContacts=f"{base}/people/contacts",
        myGroups=f"{base}/people/groups",
        myGroupMemberships=f"{base}/people/groupMemberships",
        presenceSubscriptions=f"{base}/people/presenceSubscriptions",
        search=f"{base}/people/search",
    )
    # Adding and removing contacts is revision 2 of myGroupMemberships (myGroupMemberships2_ref).
    found["myGroupMemberships"]["revision"] = "2"
    # Search by mail alone is revision 2 (search2_ref), which capture 024's server offers.
    found["search"]["revision"] = "2"
    return {"_links": found, "rel": "people"}


def online_meetings(base: str) -> Json:
    return {
        "_links": links(
            self=f"{base}/onlineMeetings",
            myOnlineMeetings=f"{base}/onlineMeetings/myOnlineMeetings",
        ),
        "rel": "onlineMeetings",
    }


def application(
    base: str, *, user_agent: str, endpoint_id: str, culture: str, events_key: str, embedded: Json
) -> Json:
    return {
        "culture": culture,
        "userAgent": user_agent,
        "endpointId": endpoint_id,
        "type": "Application",
        "_links": links(
            self=base,
            policies=f"{base}/policies",
            batch=f"{base}/batch",
            events=f"{base}/events?ack=1&key={events_key}",
        ),
        "_embedded": embedded,
        "rel": "application",
    }


def events_page(self_href: str, next_rel: str, next_href: str, senders: list[Json]) -> Json:
    return {"_links": links(self=self_href, **{next_rel: next_href}), "sender": senders}


def event(
    rel: str,
    href: str,
    kind: str,
    embedded: Json | None = None,
    *,
    status: str | None = None,
    reason: Json | None = None,
) -> Json:
    item: Json = {"link": {"rel": rel, "href": href}, "type": kind}
    if embedded is not None:
        item["_embedded"] = {rel: embedded}
    if status is not None:
        item["status"] = status
    if reason is not None:
        item["reason"] = reason
    return item


def data_uri(text: str, media_type: str) -> str:
    # Spelled as the reference shows them (data:text/plain;charset=utf-8,Hi+Tosh%0d%0a): form
    # encoding, where a space is "+" and a "+" is %2B, not the client's own encoder.
    return f"data:{media_type};charset=utf-8,{quote_plus(text)}"


def invitation(
    href: str,
    *,
    direction: str,
    state: str,
    conversation: str,
    messaging: str,
    operation_id: str | None,
    subject: str,
    remote_name: str,
    remote_uri: str,
    message: str | None,
    actions: bool,
) -> Json:
    found = {"self": href, "conversation": conversation, "messaging": messaging}
    if actions:
        found.update(accept=f"{href}/accept", decline=f"{href}/decline")
    if direction == "Outgoing" and state == "Connecting":
        # While it rings, an outgoing invitation can be cancelled; the link is messaging's
        # terminate, as in SendAnIM.md.
        found["cancel"] = f"{messaging}/terminate"
    body: Json = {
        "direction": direction,
        "importance": "Normal",
        "state": state,
        "subject": subject,
        "threadId": href.rsplit("/", 1)[-1],
        "to": remote_uri if direction == "Outgoing" else "",
        "_links": links(**found),
        "_embedded": {
            ("to" if direction == "Outgoing" else "from"): {
                "name": remote_name,
                "uri": remote_uri,
                "_links": links(self=f"{conversation}/participants/{remote_uri[4:]}"),
                "rel": "participant",
            }
        },
        "rel": "messagingInvitation",
    }
    if operation_id is not None:
        body["operationId"] = operation_id
    if message is not None:
        body["_links"]["message"] = {"href": data_uri(message, "text/plain")}
    return body


def conversation(href: str, state: str, subject: str) -> Json:
    return {
        "state": state,
        "subject": subject,
        "threadId": href.rsplit("/", 1)[-1],
        "importance": "Normal",
        "activeModalities": ["Messaging"] if state == "Connected" else [],
        "_links": links(self=href, messaging=f"{href}/messaging"),
        "rel": "conversation",
    }


def messaging(href: str, state: str) -> Json:
    found = {"self": href, "conversation": href.rsplit("/", 1)[0]}
    if state in ("Connecting", "Connected"):
        found["stopMessaging"] = f"{href}/terminate"
    if state == "Connected":
        found["sendMessage"] = f"{href}/messages"
    return {
        "state": state,
        "negotiatedMessageFormats": ["Plain", "Html"],
        "_links": links(**found),
        "rel": "messaging",
    }


def message(
    href: str, *, direction: str, text: str, media_type: str, operation_id: str | None
) -> Json:
    rel = "htmlMessage" if media_type == "text/html" else "plainMessage"
    body: Json = {
        "direction": direction,
        "timeStamp": "/Date(1474932024587)/",
        "_links": {
            "self": {"href": href},
            "messaging": {"href": href.rsplit("/", 2)[0]},
            rel: {"href": data_uri(text, media_type)},
        },
        "rel": "message",
    }
    if operation_id is not None:
        body["operationId"] = operation_id
    return body


def conversation_logs(href: str, log_hrefs: list[str]) -> Json:
    return {
        "_links": {"self": {"href": href}, "conversationLog": [{"href": h} for h in log_hrefs]},
        "rel": "conversationLogs",
    }


def conversation_log(href: str, *, subject: str, remote_name: str, remote_uri: str) -> Json:
    return {
        "creationTime": "/Date(1474932024587)/",
        "direction": "Outgoing",
        "importance": "Normal",
        "modalities": ["Messaging"],
        "subject": subject,
        "threadId": href.rsplit("/", 1)[-1],
        "totalRecipientsCount": 1,
        "type": "MessagingLog",
        "_links": links(self=href, continueMessaging=f"{href}/continueMessaging"),
        "_embedded": {
            "conversationLogRecipient": [
                {
                    "displayName": remote_name,
                    "sipUri": remote_uri,
                    "_links": links(self=f"{href}/recipients/1"),
                    "rel": "conversationLogRecipient",
                }
            ]
        },
        "rel": "conversationLog",
    }
