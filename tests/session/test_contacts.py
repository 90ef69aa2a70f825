"""My contact list through the session: groups, their contacts, adding and removing."""

from __future__ import annotations

import attrs
import pytest

import ucwa
import ucwa.errors
import ucwa.resources
import ucwa_session
from ucwa_testing import UcwaServer


def test_groups_are_typed_by_kind(session: ucwa_session.UcwaSession) -> None:
    groups = session.contacts.groups()
    assert [(type(g).__name__, g.name) for g in groups] == [
        ("PinnedGroup", "Favorites"),
        ("Group", "Team"),
        ("DistributionGroup", "Engineering"),
    ]


def test_members_of_each_kind_of_group(session: ucwa_session.UcwaSession) -> None:
    contacts = session.contacts
    names = {g.name: [c.name for c in contacts.members(g)] for g in contacts.groups()}
    assert names == {
        "Favorites": ["Echo Contact"],
        "Team": ["Bob Barker", "Carol Chen"],
        "Engineering": ["Bob Barker", "Dave Diaz"],
    }
    [bob, _] = contacts.members(contacts.group("Team"))
    assert isinstance(bob, ucwa.resources.Contact)
    assert (bob.uri, bob.title, bob.email_addresses) == (
        "sip:bob@contoso.com",
        "Engineer",
        ["bob@contoso.com"],
    )


def test_all_contacts_each_once(session: ucwa_session.UcwaSession) -> None:
    uris = [c.uri for c in session.contacts.all()]
    assert uris == [
        "sip:echo@contoso.com",
        "sip:bob@contoso.com",
        "sip:carol@contoso.com",
        "sip:dave@contoso.com",
    ]


def test_details_and_presence_of_a_contact(session: ucwa_session.UcwaSession) -> None:
    carol = session.contacts.details("sip:Carol@contoso.com")
    assert (carol.name, carol.department) == ("Carol Chen", "Design")
    presence = session.presence.of(carol)
    assert isinstance(presence, ucwa.resources.ContactPresence)
    assert presence.availability == "Away"
    assert session.presence.of("sip:bob@contoso.com").availability == "Busy"


def test_presence_of_someone_outside_my_contacts_reads_through_a_subscription(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with ucwa_server.state.cond:
        for group in ucwa_server.state.people.groups_of(ucwa_server.username):
            group.members[:] = [m for m in group.members if m != "sip:carol@contoso.com"]
    assert session.presence.of("sip:carol@contoso.com").availability == "Away"
    with ucwa_server.state.cond:  # the short subscription was deleted after the read
        assert ucwa_server.state.people.subscriptions == {}


def test_add_and_remove_a_contact(session: ucwa_session.UcwaSession) -> None:
    contacts = session.contacts
    team = contacts.group("Team")
    membership = contacts.add("sip:dave@contoso.com", team)
    assert isinstance(membership, ucwa.resources.MyGroupMembership)
    assert membership.links.contact is not None
    assert [c.name for c in contacts.members(contacts.group("Team"))][-1] == "Dave Diaz"
    contacts.remove("sip:dave@contoso.com", team)
    assert "Dave Diaz" not in [c.name for c in contacts.members(contacts.group("Team"))]


def test_adding_uses_revision_2_of_group_memberships(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.contacts.add("sip:dave@contoso.com", session.contacts.group("Favorites"))
    [post] = [
        r for r in ucwa_server.requests if r.method == "POST" and "groupMemberships" in r.path
    ]
    assert post.json() == {"contactUri": "sip:dave@contoso.com", "groupId": "pinned"}


def test_adding_a_contact_tells_the_group_by_an_event(session: ucwa_session.UcwaSession) -> None:
    session.contacts.add("sip:dave@contoso.com", session.contacts.group("Team"))
    event = session.events.wait_for(
        lambda item: isinstance(item, ucwa.Event) and item.link.rel == "contact", timeout=5
    )
    assert isinstance(event, ucwa.Event)
    assert (event.type, event.sender.rel, event.in_ and event.in_.rel) == (
        "added",
        "people",
        "groupContacts",
    )


@pytest.mark.parametrize(
    ("uri", "group", "error", "subcode"),
    [
        # already in the group (myGroupMemberships2_ref.md lists 409 AlreadyExists)
        ("sip:bob@contoso.com", "Team", ucwa.errors.Conflict, "AlreadyExists"),
        # a distribution group's members are not the user's to change
        ("sip:carol@contoso.com", "Engineering", ucwa.errors.Conflict, None),
        # nobody in the directory
        ("sip:nobody@contoso.com", "Team", ucwa.errors.NotFound, "ResourceNotFound"),
    ],
)
def test_an_addition_the_server_refuses_raises_its_typed_error(
    session: ucwa_session.UcwaSession,
    ucwa_server: UcwaServer,
    uri: str,
    group: str,
    error: type[ucwa.errors.ApiError],
    subcode: str | None,
) -> None:
    status = error.STATUS
    ucwa_server.expect_violation("client_error_answered", path="groupMemberships", status=status)
    with pytest.raises(error) as raised:
        session.contacts.add(uri, session.contacts.group(group))
    assert (raised.value.status, raised.value.subcode) == (status, subcode)


def test_removing_someone_not_in_the_group_says_so_without_a_request(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    team = session.contacts.group("Team")
    with pytest.raises(ucwa.errors.RequestError, match="not in group"):
        session.contacts.remove("sip:dave@contoso.com", team)
    assert not [r for r in ucwa_server.requests if r.method == "DELETE"]


def test_a_contact_uri_over_250_characters_is_refused_before_sending(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with pytest.raises(ucwa.errors.RequestError, match="250"):
        session.contacts.add("sip:" + "x" * 250 + "@contoso.com")
    assert not [r for r in ucwa_server.requests if "groupMemberships" in r.path]


def test_a_contact_added_without_a_group_lands_in_the_servers_choice(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    membership = session.contacts.add("sip:dave@contoso.com")
    assert membership.links.group is not None  # the bundled server's first personal group
    [post] = [r for r in ucwa_server.requests if "groupMemberships" in r.path]
    assert post.json() == {"contactUri": "sip:dave@contoso.com"}
    team = session.contacts.group("Team")
    assert "Dave Diaz" in [c.name for c in session.contacts.members(team)]


def test_a_link_the_server_left_out_is_a_request_error_naming_it(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    contacts = session.contacts
    bob = contacts.details("sip:bob@contoso.com")
    bare_bob = attrs.evolve(bob, links=attrs.evolve(bob.links, contact_presence=None))
    team = contacts.group("Team")
    bare_team = attrs.evolve(team, links=attrs.evolve(team.links, group_contacts=None))
    sent = len(ucwa_server.requests)
    with pytest.raises(ucwa.errors.RequestError, match=r"^contact has no contactPresence link$"):
        session.presence.of(bare_bob)
    with pytest.raises(ucwa.errors.RequestError, match=r"^group has no groupContacts link$"):
        contacts.members(bare_team)
    assert len(ucwa_server.requests) == sent  # refused before anything was sent
