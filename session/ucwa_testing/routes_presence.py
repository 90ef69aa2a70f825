"""Routes of presence: mine (availability, note, location set by POST) and other people's
(presence subscriptions, their members, and the contact's presence events they bring).

What each POST takes (required parameters, maximum lengths, where they travel) the
definitions decide before a handler runs (protocol.refusal); the handlers check values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import resources as build
from . import resources_people as people_build
from .people import (
    MAX_DURATION,
    MAX_SUBSCRIPTIONS,
    MIN_DURATION,
    People,
    Person,
    PresenceSubscription,
)
from .protocol import body_values
from .routing import (
    Context,
    Refused,
    invalid,
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
# What each preferred availability shows as the availability others read (Offwork is no
# Availability value: Availability_ref.md has none; the presence page's sample shows the
# activity "Off Work" beside an availability).
_SHOWN = {"Offwork": ("Away", "Off Work")}


# -- my presence, note and location ----------------------------------------------------------


@route("POST", "{APP}/me/presence")
def _set_presence(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    require_available(app)
    value = body_values("presence", "POST", require_json(ctx.request)).get("availability")
    if value is None:
        raise invalid("availability is the one thing to set")  # optional by the definition
    availability, activity = _SHOWN.get(value, (value, value))
    app.presence.document.update(availability=availability, activity=activity)
    new_version(app, app.presence, "me", "presence")
    return Reply(204)


# What the POST of my note and of my location carries, by the resource it goes to.
_TEXTS = {"note": "message", "location": "location"}


@route("POST", "{APP}/me/(?P<kind>note|location)")
def _set_text(server: UcwaServer, ctx: Context) -> Reply:
    app, kind = ctx.application, ctx.match["kind"]
    require_available(app)
    target: Versioned = getattr(app, kind)
    name = _TEXTS[kind]
    target.document[name] = string_param(require_json(ctx.request), name) or ""
    new_version(app, target, "me", kind)
    return Reply(204)


# -- presence subscriptions ------------------------------------------------------------------

SUBSCRIPTIONS = "{APP}/people/presenceSubscriptions"
SUBSCRIPTION = SUBSCRIPTIONS + "/(?P<subscription>\\w+)"


def _members(server: UcwaServer, uris: Any) -> list[Person]:
    if not isinstance(uris, list) or not all(isinstance(uri, str) for uri in uris):
        raise invalid("a list of sip: URIs is expected")
    found = []
    for uri in uris:
        person = server.state.people.person(uri) if uri.startswith("sip:") else None
        if person is None:
            raise invalid(f"{uri!r} is nobody in the directory")
        found.append(person)
    return found


def _minutes(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise invalid("duration is a number of minutes") from None
    if not MIN_DURATION <= minutes <= MAX_DURATION:
        raise invalid(f"duration is {MIN_DURATION} to {MAX_DURATION} minutes")
    return minutes


def _tell_presence(app: Application, people: list[Person]) -> None:
    """The members' presence as a subscription starts: an ``updated`` event for each (as on
    SubscribeToThePresenceOfSelectedContacts.md)."""
    sender = people_build.people_href(app.base)
    for person in people:
        app.add_event(
            "people",
            sender,
            people_build.contact_event(app.base, person, "presence"),
        )


@route("POST", SUBSCRIPTIONS)
def _subscribe(server: UcwaServer, ctx: Context) -> Reply:
    app, directory = ctx.application, server.state.people
    data = require_json(ctx.request)
    minutes = _minutes(data.get("duration"))
    members = _members(server, data.get("uris"))
    if len(directory.subscriptions_of(app)) >= MAX_SUBSCRIPTIONS:
        raise Refused(403, "Forbidden", "LimitExceeded", "too many presence subscriptions")
    subscription = directory.subscribe(app, [person.uri for person in members], minutes)
    body = people_build.presence_subscription(app.base, subscription)
    href = people_build.subscription_href(app.base, subscription)
    app.add_event(
        "people",
        people_build.people_href(app.base),
        build.event("presenceSubscription", href, "added"),
    )
    _tell_presence(app, members)
    # A 201 with the new subscription as its body and no Location, as the pages show it.
    return json_reply(201, body)


def _subscription(server: UcwaServer, ctx: Context) -> PresenceSubscription:
    subscription = server.state.people.subscriptions.get(ctx.match["subscription"])
    if subscription is None or subscription.app is not ctx.application or not subscription.live:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such presence subscription")
    return subscription


@route("GET", SUBSCRIPTION)
def _get_subscription(server: UcwaServer, ctx: Context) -> Reply:
    subscription = _subscription(server, ctx)
    return json_reply(200, people_build.presence_subscription(ctx.application.base, subscription))


@route("POST", SUBSCRIPTION)
def _extend_subscription(server: UcwaServer, ctx: Context) -> Reply:
    subscription = _subscription(server, ctx)
    subscription.extend(_minutes(ctx.request.query.get("duration")))
    subscription.renewals += 1
    body = people_build.presence_subscription(ctx.application.base, subscription)
    return json_reply(201, body)  # presenceSubscription_ref.md: 201 with the resource


@route("DELETE", SUBSCRIPTION)
def _unsubscribe(server: UcwaServer, ctx: Context) -> Reply:
    subscription = _subscription(server, ctx)
    del server.state.people.subscriptions[subscription.id]
    return Reply(204)


def _memberships_reply(
    server: UcwaServer, app: Application, subscription: PresenceSubscription, status: int
) -> Reply:
    members = server.state.people.persons(subscription.members)
    return json_reply(
        status, people_build.subscription_memberships(app.base, subscription, members)
    )


@route("GET", SUBSCRIPTION + "/memberships")
def _memberships(server: UcwaServer, ctx: Context) -> Reply:
    return _memberships_reply(server, ctx.application, _subscription(server, ctx), 200)


@route("POST", SUBSCRIPTION + "/(?:memberships|addToPresenceSubscription)")
def _add_members(server: UcwaServer, ctx: Context) -> Reply:
    subscription, app = _subscription(server, ctx), ctx.application
    added = [
        person
        for person in _members(server, require_json(ctx.request).get("contactUris"))
        if person.uri not in subscription.members
    ]
    subscription.members.extend(person.uri for person in added)
    _tell_presence(app, added)
    # addToPresenceSubscription_ref.md: a 201 whose body is the memberships, no Location.
    return _memberships_reply(server, app, subscription, 201)


MEMBERSHIP = "{APP}/people/presenceSubscriptionMemberships/(?P<subscription>\\w+)/(?P<who>[^/]+)"


def _membership(server: UcwaServer, ctx: Context) -> tuple[PresenceSubscription, Person]:
    subscription = _subscription(server, ctx)
    person = server.state.people.person(ctx.match["who"])
    if person is None or person.uri not in subscription.members:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such member")
    return subscription, person


@route("GET", MEMBERSHIP)
def _get_membership(server: UcwaServer, ctx: Context) -> Reply:
    subscription, person = _membership(server, ctx)
    body = people_build.subscription_membership(ctx.application.base, subscription, person)
    return json_reply(200, body)


@route("DELETE", MEMBERSHIP)
def _remove_member(server: UcwaServer, ctx: Context) -> Reply:
    subscription, person = _membership(server, ctx)
    subscription.members.remove(person.uri)
    return Reply(204)


# -- what the test controls change -----------------------------------------------------------


def tell_watchers(people: People, person: Person, what: str) -> int:
    """Send an ``updated`` event of the person's presence, note or location (``what``) to
    every application subscribed to it; how many were told."""
    told = 0
    for subscription in people.watchers(person.uri):
        app = subscription.app
        assert isinstance(app, Application)
        event = people_build.contact_event(app.base, person, what)
        app.add_event("people", people_build.people_href(app.base), event)
        told += 1
    return told


def warn_expiry(people: People) -> None:
    """Every live subscription is about to expire: an ``updated`` event of it, with it
    embedded (ExtendAPresenceSubscription.md)."""
    for subscription in list(people.subscriptions.values()):
        if not subscription.live:
            continue
        app = subscription.app
        assert isinstance(app, Application)
        href = people_build.subscription_href(app.base, subscription)
        body = people_build.presence_subscription(app.base, subscription)
        event = build.event("presenceSubscription", href, "updated", body)
        app.add_event("people", people_build.people_href(app.base), event)
