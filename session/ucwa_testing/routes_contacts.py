"""Routes of the contact list: my contacts, my groups and their contacts, group memberships
(adding and removing contacts, revision 2), and a contact with its presence, note and location.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import resources as build
from . import resources_people as people_build
from .people import ContactGroup, Person
from .routing import Context, Refused, invalid, require_json, route, string_param
from .state import Application
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

PEOPLE = "{APP}/people"
GROUP = PEOPLE + "/groups/(?P<group>\\w+)"
MEMBERSHIPS = PEOPLE + "/groupMemberships"
MEMBERSHIP = MEMBERSHIPS + "/(?P<group>\\w+)/(?P<who>[^/]+@[^/]+)"
CONTACT = PEOPLE + "/(?P<who>[^/]+@[^/]+)"


def _groups(server: UcwaServer, app: Application) -> list[ContactGroup]:
    return server.state.people.groups_of(app.account.username)


def _members(server: UcwaServer, group: ContactGroup) -> list[Person]:
    return server.state.people.persons(group.members)


def _group(server: UcwaServer, app: Application, group_id: str | None) -> ContactGroup:
    for group in _groups(server, app):
        if group.id == group_id:
            return group
    raise Refused(404, "NotFound", "ResourceNotFound", f"no group {group_id!r}")


def _person(server: UcwaServer, key: str) -> Person:
    person = server.state.people.person(key)
    if person is None:
        raise Refused(404, "NotFound", "ResourceNotFound", "nobody by that name")
    return person


@route("GET", PEOPLE + "/contacts")
def _my_contacts(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    contacts = server.state.people.contacts_of(app.account.username)
    return json_reply(200, people_build.my_contacts(app.base, contacts))


@route("GET", PEOPLE + "/groups")
def _my_groups(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    groups = _groups(server, app)
    members = {group.id: _members(server, group) for group in groups}
    return json_reply(200, people_build.my_groups(app.base, groups, members))


@route("GET", GROUP)
def _get_group(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    group = _group(server, app, ctx.match["group"])
    return json_reply(200, people_build.group(app.base, group, _members(server, group)))


@route("GET", GROUP + "/contacts")
def _group_contacts(server: UcwaServer, ctx: Context) -> Reply:
    app = ctx.application
    group = _group(server, app, ctx.match["group"])
    return json_reply(200, people_build.group_contacts(app.base, group, _members(server, group)))


# -- memberships: adding and removing contacts ------------------------------------------------


@route("GET", MEMBERSHIPS)
def _memberships(server: UcwaServer, ctx: Context) -> Reply:
    app, wanted = ctx.application, ctx.request.query.get("groupId")
    pairs = [
        (group, person)
        for group in _groups(server, app)
        if wanted in (None, group.id) and group.kind != "distributionGroup"
        for person in _members(server, group)
    ]
    return json_reply(200, people_build.my_group_memberships(app.base, pairs))


def _editable(server: UcwaServer, app: Application, group_id: str | None) -> ContactGroup:
    if group_id is None:
        # No groupId: the first personal group (our choice; the page does not say which).
        group_id = next(g.id for g in _groups(server, app) if g.kind == "group")
    group = _group(server, app, group_id)
    if group.kind == "distributionGroup":
        raise Refused(
            409, "Conflict", None, "a distribution group's members are not yours to change"
        )
    return group


def _tell_membership(app: Application, group: ContactGroup, person: Person, kind: str) -> None:
    """The contact ``added`` to (``deleted`` from) the group's contacts, sent by ``people``."""
    base = app.base
    item = build.event("contact", people_build.contact_href(base, person), kind)
    item["in"] = {
        "rel": "groupContacts",
        "href": f"{people_build.group_href(base, group)}/contacts",
    }
    app.add_event("people", people_build.people_href(base), item)


@route("POST", MEMBERSHIPS)
def _add_contact(server: UcwaServer, ctx: Context) -> Reply:
    app, data = ctx.application, require_json(ctx.request)
    uri = string_param(data, "contactUri") or ""
    if not uri.startswith("sip:"):
        raise invalid("contactUri must be a sip: URI")
    person = _person(server, uri)
    group = _editable(server, app, string_param(data, "groupId"))
    if person.uri in group.members:
        raise Refused(409, "Conflict", "AlreadyExists", "the contact is in that group already")
    group.members.append(person.uri)
    _tell_membership(app, group, person, "added")
    # myGroupMemberships: a 201 whose body is the new membership, no Location (as the page).
    return json_reply(201, people_build.my_group_membership(app.base, group, person))


def _membership(server: UcwaServer, ctx: Context) -> tuple[ContactGroup, Person]:
    group = _group(server, ctx.application, ctx.match["group"])
    person = _person(server, ctx.match["who"])
    if person.uri not in group.members:
        raise Refused(404, "NotFound", "ResourceNotFound", "the contact is not in that group")
    return group, person


@route("GET", MEMBERSHIP)
def _get_membership(server: UcwaServer, ctx: Context) -> Reply:
    group, person = _membership(server, ctx)
    return json_reply(200, people_build.my_group_membership(ctx.application.base, group, person))


@route("DELETE", MEMBERSHIP)
def _remove_contact(server: UcwaServer, ctx: Context) -> Reply:
    group, person = _membership(server, ctx)
    _editable(server, ctx.application, group.id)
    group.members.remove(person.uri)
    _tell_membership(ctx.application, group, person, "deleted")
    return Reply(204)


# -- a contact and its presence ----------------------------------------------------------------


@route("GET", CONTACT)
def _contact(server: UcwaServer, ctx: Context) -> Reply:
    person = _person(server, ctx.match["who"])
    return json_reply(200, people_build.contact(ctx.application.base, person))


@route("GET", CONTACT + "/(?P<part>presence|note|location)")
def _contact_part(server: UcwaServer, ctx: Context) -> Reply:
    person = _person(server, ctx.match["who"])
    body = people_build.contact_part(ctx.application.base, person, ctx.match["part"])
    return json_reply(200, body)
