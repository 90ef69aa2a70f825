"""Other people's presence: subscriptions, their events, members, renewal and limits."""

from __future__ import annotations

import threading

import attrs
import pytest

import ucwa
import ucwa.errors
import ucwa.resources
import ucwa_session
import ucwa_testing
from ucwa_testing import Fault, UcwaServer

from .conftest import MakeSession

BOB, CAROL, DAVE = "sip:bob@contoso.com", "sip:carol@contoso.com", "sip:dave@contoso.com"


def _changes(
    subscription: ucwa_session.Subscription, count: int
) -> list[ucwa_session.ContactChange]:
    """The next ``count`` changes, each waited for (bounded), then none more for a while.
    (Gathering until a pause would end early whenever the machine is slow to deliver one.)"""
    changes: list[ucwa_session.ContactChange] = []
    for _ in range(count):
        change = subscription.next_change(timeout=10)
        assert change is not None, f"{len(changes)} changes came of {count}: {changes}"
        changes.append(change)
    assert subscription.next_change(timeout=0.3) is None  # no more (if late, unseen)
    return changes


def test_a_presence_change_arrives_typed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with session.presence.subscribe([BOB]) as subscription:
        first = subscription.next_change(timeout=5)  # the presence as the subscription starts
        assert first is not None and first.uri == BOB
        assert isinstance(first.resource, ucwa.resources.ContactPresence)
        assert first.resource.availability == "Busy"
        assert ucwa_server.change_contact(BOB, availability="Away") == 1
        change = subscription.next_change(timeout=5)
        assert change is not None
        assert (change.kind, change.uri, change.resource.availability) == ("presence", BOB, "Away")


def test_note_and_location_changes_arrive_typed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with session.presence.subscribe([CAROL]) as subscription:
        subscription.next_change(timeout=5)
        ucwa_server.change_contact(CAROL, note="Back at 3", location="Lisbon")
        note, location = subscription.next_change(5), subscription.next_change(5)
        assert note is not None and location is not None
        assert isinstance(note.resource, ucwa.resources.ContactNote)
        assert (note.kind, note.resource.message) == ("note", "Back at 3")
        assert isinstance(location.resource, ucwa.resources.ContactLocation)
        assert (location.kind, location.resource.location) == ("location", "Lisbon")


def test_subscription_request_follows_the_pages(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    session.presence.subscribe([BOB, CAROL], duration=15)
    [post] = [r for r in ucwa_server.requests if r.path.endswith("/presenceSubscriptions")]
    assert post.json() == {"duration": 15, "uris": [BOB, CAROL]}


def test_members_are_added_and_removed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with session.presence.subscribe([BOB]) as subscription:
        subscription.add([DAVE])
        assert subscription.contact(DAVE).name == "Dave Diaz"
        seen = {c.uri for c in _changes(subscription, 2)}  # the presence of each
        assert seen == {BOB, DAVE}
        subscription.remove(BOB)
        assert ucwa_server.change_contact(BOB, availability="Online") == 0
        ucwa_server.change_contact(DAVE, availability="Busy")
        [change] = _changes(subscription, 1)
        assert change.uri == DAVE


def test_two_subscriptions_each_hear_their_own_contacts(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    bobs, carols = session.presence.subscribe([BOB]), session.presence.subscribe([CAROL])
    ucwa_server.change_contact(BOB, availability="Away")
    ucwa_server.change_contact(CAROL, availability="Busy")
    # each: the presence the subscription brings, and the change
    assert {c.uri for c in _changes(bobs, 2)} == {BOB}
    assert {c.uri for c in _changes(carols, 2)} == {CAROL}
    # Each read its members once: the other's contacts cost no GET of its memberships.
    reads = [
        r for r in ucwa_server.requests if r.method == "GET" and r.path.endswith("/memberships")
    ]
    assert len(reads) == 2


def test_unsubscribe_deletes_it_and_ends_the_changes(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    subscription = session.presence.subscribe([BOB])
    subscription.close()
    assert subscription.renewal is not None
    assert subscription.renewal.stopped == "the subscription was closed"
    subscription.renewal.join(5)
    assert not subscription.renewal.running
    with ucwa_server.state.cond:
        assert ucwa_server.state.people.subscriptions == {}
    assert ucwa_server.change_contact(BOB, availability="Away") == 0
    assert subscription.next_change(timeout=0.5) is None


def test_renewed_on_schedule(session: ucwa_session.UcwaSession, ucwa_server: UcwaServer) -> None:
    with session.presence.subscribe([BOB], duration=10, renew_every=0.1) as subscription:
        ucwa_server.wait_until(lambda: subscription.renewals >= 2)
    renewals = [r for r in ucwa_server.requests if r.query.get("duration") == "10"]
    assert renewals and all(r.method == "POST" and not r.body for r in renewals)


def test_renewed_when_the_server_says_it_is_about_to_expire(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with session.presence.subscribe([BOB], renew_every=3600) as subscription:
        ucwa_server.warn_presence_subscriptions()
        ucwa_server.wait_until(lambda: subscription.renewals == 1)
        with ucwa_server.state.cond:
            [held] = ucwa_server.state.people.subscriptions.values()
            assert held.renewals == 1


def test_a_failed_renewal_is_reported_and_the_schedule_goes_on(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    failures: list[Exception] = []
    subscription = session.presence.subscribe(
        [BOB], renew_every=0.1, on_renew_failed=failures.append
    )
    ucwa_server.fail_next(
        ucwa_testing.Fault("status", status=503),
        ucwa_testing.Fault("status", status=503),
        method="POST",
        path="presenceSubscriptions/",
    )
    ucwa_server.wait_until(lambda: subscription.renewals >= 1)
    assert [type(f) for f in failures] == [ucwa.errors.ServiceUnavailable] * 2
    assert subscription.renewal is not None and subscription.renewal.running


def test_renewal_ends_saying_why_once_the_server_has_no_subscription(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    failures: list[Exception] = []
    subscription = session.presence.subscribe(
        [BOB], renew_every=0.05, on_renew_failed=failures.append
    )
    ucwa_server.expire_presence_subscriptions()
    assert subscription.renewal is not None
    subscription.renewal.join(5)
    assert not subscription.renewal.running
    assert subscription.renewal.stopped == "the subscription is gone (404)"
    assert [type(f) for f in failures] == [ucwa.errors.NotFound]
    assert subscription.gone is failures[0]


def test_too_many_subscriptions_is_a_typed_forbidden(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", path="presenceSubscriptions", status=403)
    for _ in range(5):
        session.presence.subscribe([BOB])
    with pytest.raises(ucwa.errors.Forbidden) as raised:
        session.presence.subscribe([BOB])
    assert raised.value.subcode == "LimitExceeded"


def test_a_duration_outside_10_to_30_minutes_is_refused(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expect_violation("client_error_answered", path="presenceSubscriptions", status=400)
    with pytest.raises(ucwa.errors.BadRequest):
        session.presence.subscribe([BOB], duration=60)


def test_the_queue_is_bounded_and_counts_what_it_dropped(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    subscription = session.presence.subscribe([BOB], max_queued=3)
    for availability in ("Away", "Busy", "Online", "Away", "Busy"):
        ucwa_server.change_contact(BOB, availability=availability)
    ucwa_server.wait_until(lambda: subscription.queued + subscription.dropped == 6)
    changes = _changes(subscription, 3)
    assert subscription.dropped == 3  # the first presence and the two oldest changes
    assert changes[-1].resource.availability == "Busy"


def test_subscriptions_stop_renewing_when_the_session_closes(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session()
    session.sign_in()
    subscription = session.presence.subscribe([BOB], renew_every=0.05)
    session.close()
    assert subscription.renewal is not None
    assert subscription.renewal.stopped == "the session was closed"


def test_closing_an_expired_subscription_is_quiet(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    subscription = session.presence.subscribe([BOB])
    ucwa_server.expire_presence_subscriptions()
    subscription.close()
    assert subscription.closed


def test_closed_subscriptions_renewals_are_not_kept_by_the_session(
    session: ucwa_session.UcwaSession,
) -> None:
    for _ in range(3):
        session.presence.subscribe([BOB]).close()
    kept = session.presence.subscribe([BOB]).renewal
    assert [k for k in session._keep_alives] == [kept]


@pytest.mark.parametrize("uris", ["sip:bob@contoso.com", ["bob@contoso.com"], [None]])
def test_anything_but_a_list_of_sip_uris_is_refused_before_sending(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer, uris: object
) -> None:
    with pytest.raises(ucwa.errors.RequestError, match="sip: URIs"):
        session.presence.subscribe(uris)  # type: ignore[arg-type]
    assert not [r for r in ucwa_server.requests if "presenceSubscriptions" in r.path]
    with (
        session.presence.subscribe([BOB]) as subscription,
        pytest.raises(ucwa.errors.RequestError, match="sip: URIs"),
    ):
        subscription.add(uris)  # type: ignore[arg-type]


def test_a_subscription_without_a_link_says_which(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with session.presence.subscribe([BOB]) as subscription:
        members = subscription.memberships()  # with its links, as the server gives them
        held = ucwa.resources.PresenceSubscription.get(session.client, subscription.link)
    links = attrs.evolve(held.links, memberships=None, add_to_presence_subscription=None)
    bare = ucwa_session.Subscription(
        session.client,
        subscription.link,
        attrs.evolve(held, links=links),
        duration=10,
        max_queued=10,
        router=ucwa_session.subscription.PeopleRouter(),
    )
    with pytest.raises(
        ucwa.errors.RequestError, match=r"^presenceSubscription has no memberships link$"
    ):
        bare.memberships()
    with pytest.raises(
        ucwa.errors.RequestError,
        match=r"^presenceSubscription has no addToPresenceSubscription link$",
    ):
        bare.add([CAROL])
    assert members.embedded.presence_subscription_membership


def test_changes_that_overtake_the_answer_to_the_subscription_are_delivered(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    # The server tells the members' presence as the subscription starts. Here those events
    # reach the channel two seconds before the answer to the POST (the only thing that says
    # which subscription they are for): the subscription gets them all the same.
    subscribed = threading.Event()
    early: list[str] = []

    def before_the_answer(item: object) -> None:
        if subscribed.is_set() or not isinstance(item, ucwa.Event):
            return
        if item.link.rel == "contactPresence":
            early.append(item.link.href)

    session.events.listen(before_the_answer)
    late = Fault("delay_answer", delay=2.0)
    ucwa_server.fail_next(late, method="POST", path="/presenceSubscriptions$")
    with session.presence.subscribe([BOB, CAROL]) as subscription:
        subscribed.set()
        assert len(early) == 2  # both came before the answer: what this test is about
        seen = {c.uri: c.resource.availability for c in _changes(subscription, 2)}
    assert seen == {BOB: "Busy", CAROL: "Away"}
    assert [struck[2] for struck in ucwa_server.faults.struck] == [late]
