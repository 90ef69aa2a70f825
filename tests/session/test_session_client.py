"""A session takes a configured client; UcwaSession.connect builds one from a token provider."""

from __future__ import annotations

import pytest
import urllib3
from ucwa_runtime.auth import TokenCache
from ucwa_runtime.transport import Client as RuntimeClient

import ucwa
import ucwa_session
from ucwa.errors import RequestError
from ucwa_testing import UcwaServer


def _grant(server: UcwaServer) -> ucwa.PasswordGrant:
    return ucwa.PasswordGrant(server.username, lambda: server.password, allow_http=True)


def test_a_session_signs_in_through_the_client_it_is_given(ucwa_server: UcwaServer) -> None:
    pool = urllib3.PoolManager()
    tokens = TokenCache(_grant(ucwa_server), pool, trusted_domains=("127.0.0.1",))
    client = ucwa.Client(ucwa_server.root_url, auth=tokens, pool=pool, user_agent="mine/2")
    options = ucwa_session.SessionOptions(poll_timeout=0.2, culture="de-DE")
    with ucwa_session.UcwaSession(client, options=options) as session:  # root: its base_url
        application = session.sign_in(start_events=False)
        assert session.client is client and tokens.token_for(ucwa_server.root_url) is not None
        assert (application.user_agent, application.culture) == ("mine/2", "de-DE")
    assert client.closed  # the session closes the client it was given


def test_a_session_needs_the_generated_client() -> None:
    with pytest.raises(RequestError, match=r"ucwa\.Client"):
        ucwa_session.UcwaSession(RuntimeClient("https://lync.contoso.test/"))


def test_connect_takes_a_domain_or_a_root_not_both() -> None:
    grant = ucwa.PasswordGrant("alice", lambda: "pw")
    with pytest.raises(RequestError, match="either domain or root_url"):
        ucwa_session.UcwaSession.connect(grant, domain="contoso.test", root_url="https://x/")
    with pytest.raises(RequestError, match="either domain or root_url"):
        ucwa_session.UcwaSession.connect(grant)


def test_connect_gives_the_client_its_options_and_a_token_cache_over_its_pool() -> None:
    grant = ucwa.PasswordGrant("alice", lambda: "pw")
    retry = ucwa.RetryPolicy(backoff=0.0)
    session = ucwa_session.UcwaSession.connect(
        grant, domain="contoso.test", trusted_hosts=["fabrikam.test"], retry=retry, timeout=3.0
    )
    with session:
        client, tokens = session.client, session.client.auth
        assert isinstance(client, ucwa.Client) and isinstance(tokens, TokenCache)
        assert (client.retry, client.timeout) == (retry, 3.0)
        assert client.base_url == "https://lyncdiscoverinternal.contoso.test"
        assert tokens.trusted_domains == ("contoso.test", "fabrikam.test")
        assert tokens._pool is client.pool
