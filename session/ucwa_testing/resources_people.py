"""The bundled server's people resources as JSON dicts: contacts and what they link to, groups,
memberships and presence subscriptions.

Shapes follow capture 010 (myContacts with embedded contacts), captures 014-016 (a contact's
presence, location and note), myGroups2_ref.md, myGroupMembership2_ref.md and the presence
subscription pages (SubscribeToThePresenceOfSelectedContacts.md).
"""

from __future__ import annotations

from typing import Any

from .people import ContactGroup, Person, PresenceSubscription
from .resources import event, links

Json = dict[str, Any]


def people_href(base: str) -> str:
    return f"{base}/people"


def contact_href(base: str, person: Person) -> str:
    return f"{base}/people/{person.key}"


def contact(base: str, person: Person) -> Json:
    href = contact_href(base, person)
    return {
        "uri": person.uri,
        "name": person.name,
        "title": person.title,
        "department": person.department,
        "emailAddresses": [person.email],
        "sourceNetwork": "SameEnterprise",
        "type": "User",
        "_links": links(
            self=href, **{rel: f"{href}/{part}" for part, rel in CONTACT_PARTS.items()}
        ),
        "rel": "contact",
    }


# A contact's presence, note and location: the path below the contact (as capture 010 links
# them) and the rel each goes by.
CONTACT_PARTS = {
    "presence": "contactPresence",
    "note": "contactNote",
    "location": "contactLocation",
}


def contact_part(base: str, person: Person, part: str) -> Json:
    """The contact's presence, note or location (``part``), as captures 014-016 show them."""
    fields: Json = {
        "presence": {
            "availability": person.availability,
            "activity": person.activity,
            "deviceType": "PC",
            "lastActive": "/Date(1474932023993)/",
        },
        "note": {"message": person.note, "type": "Personal"},
        "location": {"location": person.location},
    }[part]
    href = f"{contact_href(base, person)}/{part}"
    return {**fields, "_links": links(self=href), "rel": CONTACT_PARTS[part]}


def my_contacts(base: str, people: list[Person]) -> Json:
    return {
        "_links": links(self=f"{base}/people/contacts"),
        "_embedded": {"contact": [contact(base, person) for person in people]},
        "rel": "myContacts",
    }


def group_href(base: str, group: ContactGroup) -> str:
    return f"{base}/people/groups/{group.id}"


def group(base: str, group: ContactGroup, members: list[Person]) -> Json:
    href = group_href(base, group)
    body: Json = {"id": group.id, "name": group.name, "rel": group.kind}
    if group.kind == "distributionGroup":
        # A distribution group carries its members itself (distributionGroup_ref.md).
        body["uri"] = f"sip:{group.id}@contoso.com"
        body["_links"] = links(self=href)
        body["_embedded"] = {"contact": [contact(base, person) for person in members]}
    else:
        body["_links"] = links(self=href, groupContacts=f"{href}/contacts")
    return body


def my_groups(base: str, groups: list[ContactGroup], members: dict[str, list[Person]]) -> Json:
    embedded: dict[str, Any] = {}
    for found in groups:
        body = group(base, found, members[found.id])
        if found.kind == "pinnedGroup":
            embedded["pinnedGroup"] = body
        else:
            embedded.setdefault(found.kind, []).append(body)
    return {"_links": links(self=f"{base}/people/groups"), "_embedded": embedded, "rel": "myGroups"}


def group_contacts(base: str, group: ContactGroup, members: list[Person]) -> Json:
    href = f"{group_href(base, group)}/contacts"
    return {
        "_links": {
            "self": {"href": href},
            "contact": [{"href": contact_href(base, person)} for person in members],
        },
        "rel": "groupContacts",
    }


def membership_href(base: str, group: ContactGroup, person: Person) -> str:
    return f"{base}/people/groupMemberships/{group.id}/{person.key}"


def my_group_membership(base: str, group: ContactGroup, person: Person) -> Json:
    return {
        "_links": {
            "self": {"href": membership_href(base, group, person)},
            "contact": {"href": contact_href(base, person)},
            group.kind: {"href": group_href(base, group)},
        },
        "rel": "myGroupMembership",
    }


def my_group_memberships(base: str, memberships: list[tuple[ContactGroup, Person]]) -> Json:
    return {
        "_links": links(self=f"{base}/people/groupMemberships"),
        "_embedded": {
            "myGroupMembership": [my_group_membership(base, g, p) for g, p in memberships]
        },
        "rel": "myGroupMemberships",
    }


def subscription_href(base: str, subscription: PresenceSubscription) -> str:
    return f"{base}/people/presenceSubscriptions/{subscription.id}"


def presence_subscription(base: str, subscription: PresenceSubscription) -> Json:
    href = subscription_href(base, subscription)
    return {
        "id": subscription.id,
        "_links": links(
            self=href,
            memberships=f"{href}/memberships",
            addToPresenceSubscription=f"{href}/addToPresenceSubscription",
        ),
        "rel": "presenceSubscription",
    }


def subscription_membership(base: str, subscription: PresenceSubscription, person: Person) -> Json:
    sub_href = subscription_href(base, subscription)
    return {
        "_links": links(
            self=f"{base}/people/presenceSubscriptionMemberships/{subscription.id}/{person.key}",
            contact=contact_href(base, person),
            presenceSubscription=sub_href,
        ),
        "rel": "presenceSubscriptionMembership",
    }


def subscription_memberships(
    base: str, subscription: PresenceSubscription, members: list[Person]
) -> Json:
    return {
        "_links": links(self=f"{subscription_href(base, subscription)}/memberships"),
        "_embedded": {
            "presenceSubscriptionMembership": [
                subscription_membership(base, subscription, person) for person in members
            ]
        },
        "rel": "presenceSubscriptionMemberships",
    }


def contact_event(base: str, person: Person, part: str) -> Json:
    """An ``updated`` event of a contact's presence, note or location (``part``), sent by
    ``people`` ``in`` the contact (contactPresence_ref.md)."""
    href = contact_href(base, person)
    item = event(CONTACT_PARTS[part], f"{href}/{part}", "updated")
    item["in"] = {"rel": "contact", "href": href}
    return item
