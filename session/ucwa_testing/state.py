"""The bundled server's state: accounts, tokens, applications, event queues, conversations.

Everything is guarded by one condition variable (``State.cond``); handlers hold it while they
run, and the long poll waits on it, so any change wakes waiting P-GETs.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from typing import Any

import attrs

from . import resources as build
from .people import People

Json = dict[str, Any]


def opaque(n: int = 8) -> str:
    """A fresh opaque path segment: hrefs differ from run to run, so clients must not guess."""
    return secrets.token_hex(n)


@attrs.define
class Versioned:
    """A resource updated by PUT: its document, ETag and the property every PUT must echo."""

    document: Json
    secret: str = attrs.field(factory=lambda: str(uuid.uuid4()))
    etag: int = attrs.field(factory=lambda: secrets.randbelow(10**9))

    def render(self) -> Json:
        return {self.secret: build.PUT_NOTE, **self.document, "etag": str(self.etag)}


@attrs.define
class Conversation:
    href: str
    subject: str
    remote_name: str
    remote_uri: str
    state: str = "Connecting"
    messages: int = 0

    @property
    def messaging(self) -> str:
        return f"{self.href}/messaging"


@attrs.define
class Invitation:
    href: str
    conversation: Conversation
    direction: str
    operation_id: str | None
    message: str | None
    state: str = "Connecting"

    def render(self, actions: bool = False) -> Json:
        return build.invitation(
            self.href,
            direction=self.direction,
            state=self.state,
            conversation=self.conversation.href,
            messaging=self.conversation.messaging,
            operation_id=self.operation_id,
            subject=self.conversation.subject,
            remote_name=self.conversation.remote_name,
            remote_uri=self.conversation.remote_uri,
            message=self.message,
            actions=actions,
        )


@attrs.define
class Poll:
    """A P-GET waiting for events; ``replaced`` when a later P-GET took its place."""

    priority: int
    replaced: bool = False


@attrs.define
class EventQueue:
    """Event batches by number: batch N answers ``events?ack=N`` and acknowledges N-1.

    A released batch is kept (identical) until acknowledged, so a client that lost the
    answer asks again and gets the same events.
    """

    # An opaque key in every events href, as in the captures (events?ack=1&key=...): the
    # channel's URL is one to follow, not to build.
    key: str = attrs.field(factory=opaque)
    pending: list[tuple[str, str, Json]] = attrs.field(factory=list)
    batches: dict[int, Json] = attrs.field(factory=dict)  # released pages, by ack number
    released: int = 0
    acked: int = 0
    enqueued: int = 0
    delivered: int = 0
    waiting: Poll | None = None
    resume_next: bool = False
    resync_next: bool = False
    drop_next: int = 0


@attrs.define
class Application:
    id: str
    base: str
    account: Account
    pool: str
    user_agent: str
    endpoint_id: str
    culture: str
    events: EventQueue = attrs.field(factory=EventQueue)
    lost: tuple[int, str] | None = None  # (status, subcode) once the server dropped it
    available: bool = False
    activity_reports: int = 0
    # The resource tests PUT (communication_ref.md declares PUT; presence and note do not).
    communication: Versioned = attrs.field(
        factory=lambda: Versioned(
            {
                "supportedModalities": ["Messaging"],
                "supportedMessageFormats": ["Plain", "Html"],
                "audioPreference": "PhoneAudio",
                "conversationHistory": "Disabled",
            }
        )
    )
    conversations: dict[str, Conversation] = attrs.field(factory=dict)
    invitations: dict[str, Invitation] = attrs.field(factory=dict)
    me: Versioned = attrs.field(factory=lambda: Versioned({"rel": "me"}))
    presence: Versioned = attrs.field(
        factory=lambda: Versioned({"availability": "Online", "rel": "presence"})
    )
    note: Versioned = attrs.field(
        factory=lambda: Versioned({"message": "", "type": "Personal", "rel": "note"})
    )
    location: Versioned = attrs.field(
        factory=lambda: Versioned({"location": "", "rel": "location"})
    )

    def add_event(self, sender_rel: str, sender_href: str, event: Json) -> None:
        self.events.pending.append((sender_rel, sender_href, event))
        self.events.enqueued += 1


@attrs.define
class Account:
    username: str
    password: str
    name: str
    uri: str


@attrs.define
class Token:
    account: Account
    pool: str
    expires_at: float


@attrs.define
class State:
    """All of the server: shared by its pools (listeners on different ports)."""

    accounts: dict[str, Account]
    echo_name: str
    echo_uri: str
    cond: threading.Condition = attrs.field(factory=threading.Condition)
    tokens: dict[str, Token] = attrs.field(factory=dict)
    applications: dict[str, Application] = attrs.field(factory=dict)
    logs: dict[str, list[str]] = attrs.field(factory=dict)  # username -> log ids
    # username -> online meeting id -> meeting (routes_meetings.py)
    meetings: dict[str, dict[str, Versioned]] = attrs.field(factory=dict)
    # The directory (with the echo contact), contact lists and presence subscriptions.
    people: People = attrs.field(
        default=attrs.Factory(
            lambda self: People.around(self.echo_name, self.echo_uri), takes_self=True
        )
    )
    token_requests: int = 0
    stopping: bool = False

    def issue_token(self, account: Account, pool: str, lifetime: float) -> str:
        value = "cwt=" + secrets.token_urlsafe(24)
        self.tokens[value] = Token(account, pool, time.monotonic() + lifetime)
        self.token_requests += 1
        return value

    def new_conversation(self, app: Application, subject: str) -> Conversation:
        """A conversation of ``app`` with the echo contact, under a fresh opaque href."""
        href = f"{app.base}/communication/conversations/{opaque()}"
        conversation = Conversation(href, subject, self.echo_name, self.echo_uri)
        app.conversations[href.rsplit("/", 1)[-1]] = conversation
        return conversation

    def pool_of_token(self, authorization: str | None) -> str | None:
        """The pool that issued the bearer token in ``authorization``; None if none did."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        token = self.tokens.get(authorization[len("Bearer ") :])
        return token.pool if token is not None else None

    def account_for(self, authorization: str | None, pool: str) -> Account | None:
        """The account of a valid bearer token issued by ``pool``; None otherwise."""
        if not authorization or not authorization.startswith("Bearer "):
            return None
        token = self.tokens.get(authorization[len("Bearer ") :])
        if token is None or token.pool != pool or token.expires_at <= time.monotonic():
            return None
        return token.account
