"""Signing in against the bundled server: discovery, tokens per origin, expiry, lost apps."""

from __future__ import annotations

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer
from ucwa_testing.server import USER_PATH

from .conftest import MakeSession


def test_sign_in_creates_the_application_with_the_given_identity(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    session = make_session(user_agent="tests/1.0", culture="fr-FR")
    application = session.sign_in()
    app = ucwa_server.application()
    assert (app.user_agent, app.culture, app.endpoint_id) == (
        "tests/1.0",
        "fr-FR",
        session.endpoint_id,
    )
    assert application.links.events is not None and application.links.batch is not None
    assert session.communication().links.start_messaging is not None
    # every request after the challenge carried the bearer token
    assert all(h.startswith("Bearer cwt=") for h in ucwa_server.seen_authorization["primary"])
    session.close()
    assert ucwa_server.applications() == []


@pytest.mark.ucwa_server(redirect_root=True)
def test_a_redirecting_root_is_followed(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    roots = [r for r in ucwa_server.requests if r.path.endswith("/AutodiscoverService.svc/root")]
    # the first root answered with a redirect; the client read the href it named (with the
    # server's opaque hop parameter) and went on from there to the user resource
    assert ["hop" in r.query for r in roots] == [False, True]
    assert session.discovered is not None
    assert session.discovered.user_url == ucwa_server.pools["primary"].url + USER_PATH


@pytest.mark.ucwa_server(second_pool=True)
def test_a_user_on_another_pool_gets_a_token_for_it_and_the_first_never_goes_there(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    primary, secondary = (
        ucwa_server.seen_authorization["primary"],
        ucwa_server.seen_authorization["secondary"],
    )
    assert primary and secondary
    assert not set(primary) & set(secondary)
    assert session.discovered is not None
    assert session.discovered.applications_url.startswith(ucwa_server.pools["secondary"].url)
    assert ucwa_server.state.token_requests == 2
    assert ucwa_server.application().pool == "secondary"


def test_an_expired_token_is_renewed_after_one_401(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    ucwa_server.expire_tokens()
    session.refresh_application()
    assert ucwa_server.state.token_requests == 2


def test_a_token_past_expires_in_is_renewed_before_the_request(
    make_session: MakeSession, ucwa_server: UcwaServer
) -> None:
    now = [0.0]
    session = make_session(clock=lambda: now[0])
    session.sign_in(start_events=False)
    session.refresh_application()
    assert ucwa_server.state.token_requests == 1
    now[0] = ucwa_server.config.token_lifetime  # past expires_in (minus the margin)
    session.refresh_application()
    assert ucwa_server.state.token_requests == 2


@pytest.mark.parametrize("status", [404, 410])
def test_a_lost_application_is_created_again_and_the_user_told(
    make_session: MakeSession, ucwa_server: UcwaServer, status: int
) -> None:
    told: list[ucwa.Resource] = []
    session = make_session(on_application_recreated=told.append)
    session.sign_in()
    first = ucwa_server.application()
    ucwa_server.lose_application(status)
    notice = session.events.wait_for(lambda item: isinstance(item, ucwa.ChannelNotice), timeout=5)
    assert isinstance(notice, ucwa.ChannelNotice) and notice.kind == "application_recreated"
    second = ucwa_server.application()
    assert second.id != first.id and told == [session.application]
    # the channel goes on with the new application's events
    href = ucwa_server.invite("still there?")
    event = session.events.wait_for(
        lambda i: isinstance(i, ucwa.Event) and i.link.href.endswith(href), timeout=5
    )
    assert isinstance(event, ucwa.Event)


def test_report_activity_after_make_me_available_and_recreation(
    session: ucwa_session.UcwaSession, ucwa_server: UcwaServer
) -> None:
    with pytest.raises(ucwa.errors.RequestError):
        session.report_activity()  # no reportMyActivity link before makeMeAvailable
    session.make_me_available()
    session.report_activity()
    assert ucwa_server.application().activity_reports == 1
    session.start_keep_alive(interval=0.01)
    ucwa_server.wait_until(lambda: ucwa_server.application().activity_reports >= 3)


def test_the_server_enforces_the_token(
    ucwa_server: UcwaServer, session: ucwa_session.UcwaSession
) -> None:
    anonymous = ucwa.Client(ucwa_server.root_url)
    with pytest.raises(ucwa.errors.ApiError) as caught:
        anonymous.request("GET", session.client.url_for(session.application.require_self_link()))
    assert caught.value.status == 401
    assert len(ucwa.parse_challenges(caught.value.headers["WWW-Authenticate"])) == 2
