"""Sign-in pieces on their own: the challenge parser, the password grant, autodiscovery."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import urllib3
from ucwa_runtime.auth import AuthenticationError, TokenCache, TokenRequest, in_domains

import ucwa
from ucwa_session.discovery import DiscoveryError, candidate_urls, discover
from ucwa_testing import UcwaServer

from .sessions import new_session

ROOT = Path(__file__).resolve().parents[2]
CAPTURES = Path(os.environ.get("UCWA_CAPTURES", ROOT.parent / "shared" / "ucwa-captures"))


def _header(capture: str, name: str) -> str:
    head = (CAPTURES / capture).read_bytes().split(b"\r\n\r\n", 1)[0].decode()
    [value] = [
        line.split(":", 1)[1].strip()
        for line in head.splitlines()
        if line.lower().startswith(name.lower() + ":")
    ]
    return value


def test_the_captured_challenge_gives_both_schemes_and_the_token_endpoint() -> None:
    bearer, oauth = ucwa.parse_challenges(
        _header("002_onprem_user_401_www_authenticate_response.http", "WWW-Authenticate")
    )
    assert bearer.scheme == "Bearer"
    assert bearer.params["client_id"] == "00000004-0000-0ff1-ce00-000000000000"
    assert bearer.params["trusted_issuers"] == "00000002-0000-0ff1-ce00-000000000000@domain.com"
    assert oauth.scheme == "MsRtcOAuth"
    assert oauth.token_url == "https://lync.domain.com/WebTicket/oauthtoken"
    assert oauth.grant_types == (
        "urn:microsoft.rtc:windows",
        "urn:microsoft.rtc:anonmeeting",
        "password",
    )


def test_several_headers_bare_values_and_token68() -> None:
    # urllib3 joins repeated headers with ", "; bare values and escaped quotes are read too.
    joined = 'Negotiate abc==, MsRtcOAuth HREF=/token, grant_type=password, Bearer realm="a\\"b"'
    negotiate, oauth, bearer = ucwa.parse_challenges(joined)
    assert (negotiate.scheme, negotiate.token68) == ("Negotiate", "abc==")
    assert oauth.token_url == "/token" and oauth.grant_types == ("password",)
    assert bearer.params == {"realm": 'a"b'}


def test_the_password_goes_only_to_a_token_endpoint_on_the_challenging_origin() -> None:
    asked: list[str] = []

    def password() -> str:
        asked.append("asked")
        return "secret"

    grant = ucwa.PasswordGrant("alice", password)
    challenge = ucwa.Challenge(
        "MsRtcOAuth", {"href": "https://evil.example/token", "grant_type": "password"}
    )
    request = TokenRequest("https://lync.contoso.com/user", (challenge,), urllib3.PoolManager())
    with pytest.raises(AuthenticationError, match="not on the origin"):
        grant(request)
    assert asked == []
    assert "secret" not in repr(grant)


def test_the_password_goes_only_to_a_host_in_the_trusted_domains() -> None:
    asked: list[str] = []

    def password() -> str:
        asked.append("asked")
        return "secret"

    grant = ucwa.PasswordGrant("alice", password)
    challenge = ucwa.Challenge(
        "MsRtcOAuth", {"href": "https://lync.contoso.com/token", "grant_type": "password"}
    )
    for trusted in [(), ("evilcontoso.com",), ("lync.contoso.com.evil",), ("fabrikam.com",)]:
        request = TokenRequest(
            "https://lync.contoso.com/user",
            (challenge,),
            urllib3.PoolManager(),
            trusted_domains=trusted,
        )
        with pytest.raises(AuthenticationError, match="not in the sign-in domain"):
            grant(request)
    assert asked == []


def test_hosts_in_domains() -> None:
    assert in_domains("lync.contoso.com", ("contoso.com",))
    assert in_domains("LYNC.Contoso.com.", ("contoso.com.",))
    assert in_domains("contoso.com", ("fabrikam.com", "contoso.com"))
    assert not in_domains("evilcontoso.com", ("contoso.com",))
    assert not in_domains("contoso.com", ("lync.contoso.com",))
    assert not in_domains("contoso.com", ("",))
    assert in_domains("127.0.0.1", ("127.0.0.1",))
    assert not in_domains("10.127.0.0.1", ("127.0.0.1",))  # addresses have no subdomains
    assert not in_domains("a.10.0.0.1", ("10.0.0.1",))
    assert not in_domains("1.127.0.0.1", ())


def test_a_token_provider_for_another_origin_is_refused() -> None:
    def provider(request: TokenRequest) -> ucwa.BearerToken:
        return ucwa.BearerToken("t", issued_for="https://elsewhere.example")

    cache = TokenCache(provider, urllib3.PoolManager())
    with pytest.raises(AuthenticationError):
        cache.renew("https://lync.contoso.com/user", ())
    assert cache.token_for("https://lync.contoso.com/") is None
    assert cache.header_for("https://elsewhere.example/x") is None


def test_candidate_roots_of_a_domain() -> None:
    assert candidate_urls("Contoso.com") == [
        "https://lyncdiscoverinternal.contoso.com",
        "https://lyncdiscover.contoso.com",
    ]
    with pytest.raises(ValueError):
        candidate_urls("contoso.com/evil")


def test_discovery_skips_an_unreachable_root(ucwa_server: UcwaServer) -> None:
    tokens = TokenCache(
        ucwa.PasswordGrant(ucwa_server.username, lambda: ucwa_server.password, allow_http=True),
        urllib3.PoolManager(),
        trusted_domains=("127.0.0.1",),
    )
    with ucwa.Client(ucwa_server.root_url, auth=tokens) as client:
        found = discover(client, ["http://127.0.0.1:9/unreachable", ucwa_server.root_url])
        assert found.applications_url.endswith("/ucwa/oauth/v1/applications")
        with pytest.raises(DiscoveryError):
            discover(client, ["http://127.0.0.1:9/unreachable"])
    assert "cwt=" not in repr(tokens) and "cwt=" not in repr(client)


def _counting_provider(grants: list[float], expires_in: float) -> ucwa.TokenProvider:
    def provider(request: TokenRequest) -> ucwa.BearerToken:
        grants.append(request.now)
        return ucwa.BearerToken.from_expires_in(
            f"t{len(grants)}", request.resource_url, expires_in, now=request.now
        )

    return provider


def test_a_short_lived_token_is_renewed_near_its_expiry_not_before_every_request() -> None:
    # expires_in is under the 30 s margin: the margin shrinks to a tenth of the lifetime.
    now = [0.0]
    grants: list[float] = []
    cache = TokenCache(_counting_provider(grants, 5), urllib3.PoolManager(), clock=lambda: now[0])
    url = "https://lync.contoso.com/ucwa/app"
    cache.renew(url, (ucwa.Challenge("MsRtcOAuth", {"href": "/token"}),))
    for _ in range(10):  # 10 calls over 4 s
        now[0] += 0.4
        cache.refresh_if_expired(url)
        assert cache.header_for(url) is not None
    assert grants == [0.0]
    now[0] = 4.5  # half a second (a tenth of its lifetime) before the expiry: renewed
    cache.refresh_if_expired(url)
    assert grants == [0.0, 4.5]


def test_a_long_lived_token_is_renewed_30_seconds_before_its_expiry() -> None:
    now = [0.0]
    grants: list[float] = []
    cache = TokenCache(
        _counting_provider(grants, 3600), urllib3.PoolManager(), clock=lambda: now[0]
    )
    url = "https://lync.contoso.com/ucwa/app"
    cache.renew(url, (ucwa.Challenge("MsRtcOAuth", {"href": "/token"}),))
    now[0] = 3569.0
    cache.refresh_if_expired(url)
    assert grants == [0.0]
    now[0] = 3570.0
    cache.refresh_if_expired(url)
    assert grants == [0.0, 3570.0]


def test_ten_calls_with_a_short_lived_token_make_one_password_grant() -> None:
    now = [0.0]
    with UcwaServer(token_lifetime=20.0) as server:
        grant = ucwa.PasswordGrant(server.username, lambda: server.password, allow_http=True)
        session = new_session(grant, root_url=server.root_url, clock=lambda: now[0])
        with session:
            session.sign_in(start_events=False)
            for _ in range(10):  # 15 s of the token's 20
                now[0] += 1.5
                session.refresh_application()
            assert server.state.token_requests == 1
