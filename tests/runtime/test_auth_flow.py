"""Authentication as a flow: the token cache yields a request, reads its answer, and on a 401
challenge renews the token and yields the request again; the client drives it."""

from __future__ import annotations

import json

import pytest
import urllib3
from ucwa_runtime.auth import TokenCache, TokenRequest
from ucwa_runtime.exchange import AuthFlow, Request, Response
from ucwa_runtime.transport import MAX_AUTH_ROUNDS

import ucwa
from ucwa import errors
from ucwa.errors import UnsafeUrl

from .test_transport import Recorder, server

__all__ = ["server"]

URL = "https://lync.contoso.test/ucwa/oauth/v1/applications/1"
CHALLENGE = {"WWW-Authenticate": 'MsRtcOAuth href="/token",grant_type="password"'}


def _counting(issued: list[str]) -> ucwa.TokenProvider:
    def provider(request: TokenRequest) -> ucwa.BearerToken:
        issued.append(f"cwt={len(issued) + 1}")
        return ucwa.BearerToken(issued[-1], request.resource_url)

    return provider


def _answer(status: int, headers: dict[str, str] | None = None) -> Response:
    return Response("GET", URL, status, headers or {}, b"")


def test_a_401_challenge_renews_the_token_and_sends_the_request_once_more() -> None:
    issued: list[str] = []
    cache = TokenCache(_counting(issued), urllib3.PoolManager())
    cache.renew(URL, ())
    flow = cache.auth_flow(Request("GET", URL, {}))
    first = next(flow)
    assert first.headers["Authorization"] == "Bearer cwt=1"
    again = flow.send(_answer(401, CHALLENGE))
    assert again.headers["Authorization"] == "Bearer cwt=2" and issued == ["cwt=1", "cwt=2"]
    with pytest.raises(StopIteration):  # a second 401 is the caller's
        flow.send(_answer(401, CHALLENGE))


@pytest.mark.parametrize("answer", [_answer(200), _answer(401), _answer(403, CHALLENGE)])
def test_only_a_401_with_a_challenge_is_sent_again(answer: Response) -> None:
    issued: list[str] = []
    flow = TokenCache(_counting(issued), urllib3.PoolManager()).auth_flow(Request("GET", URL, {}))
    assert "Authorization" not in next(flow).headers  # no token yet: none sent
    with pytest.raises(StopIteration):
        flow.send(answer)
    assert issued == []


def test_the_flow_sends_no_token_of_another_origin() -> None:
    issued: list[str] = []
    cache = TokenCache(_counting(issued), urllib3.PoolManager())
    cache.renew(URL, ())
    elsewhere = Request("GET", "https://lync.contoso.test:4443/x", {"Authorization": "stale"})
    assert "Authorization" not in next(cache.auth_flow(elsewhere)).headers


def test_the_client_drives_the_flow_through_a_401(server: Recorder) -> None:
    issued: list[str] = []
    cache = TokenCache(_counting(issued), urllib3.PoolManager())
    server.script += [(401, CHALLENGE, b""), (200, {"Content-Type": "application/json"}, b"{}")]
    with ucwa.Client(server.url, auth=cache) as client:
        response = client.request("GET", "/r")
    assert response.status == 200 and json.loads(response.body) == {}
    sent = [r["headers"].get("Authorization") for r in server.received]
    assert sent == [None, "Bearer cwt=1"]


def test_the_callers_own_authorization_header_wins_and_the_flow_stands_aside(
    server: Recorder,
) -> None:
    issued: list[str] = []
    cache = TokenCache(_counting(issued), urllib3.PoolManager())
    cache.renew(server.url, ())
    server.script.append((401, CHALLENGE, b""))
    with ucwa.Client(server.url, auth=cache) as client, pytest.raises(errors.ApiError) as caught:
        client.request("GET", "/r", headers={"authorization": "Bearer mine"})
    assert caught.value.status == 401
    [request] = server.received
    sent = [v for k, v in request["headers"].items() if k.lower() == "authorization"]
    assert sent == ["Bearer mine"]
    assert issued == ["cwt=1"]  # the 401 renewed nothing: the flow's token was not used


def test_a_bearer_token_flows_to_its_own_origin_only() -> None:
    token = ucwa.BearerToken("cwt=x", issued_for=URL)
    mine = next(token.auth_flow(Request("GET", URL + "/me", {})))
    other = next(token.auth_flow(Request("GET", "http://lync.contoso.test/x", {})))
    assert mine.headers == {"Authorization": "Bearer cwt=x"} and other.headers == {}
    assert "cwt=x" not in repr(mine)


class _Redirecting:
    # A flow of the caller's that sends the request somewhere parsers disagree about.
    def auth_flow(self, request: Request) -> AuthFlow:
        request.url = "http://evil.test:1\\@good.test/"
        yield request


def test_a_request_a_flow_yields_is_checked_like_any_other(server: Recorder) -> None:
    with ucwa.Client(server.url, auth=_Redirecting()) as client, pytest.raises(UnsafeUrl):
        client.request("GET", "/r")
    assert server.received == []


class _Insisting:
    # A flow of the caller's that asks for the request again whatever the answer.
    def auth_flow(self, request: Request) -> AuthFlow:
        while True:
            yield request


def test_a_flow_that_keeps_asking_is_cut_off_and_its_last_answer_stands(
    server: Recorder,
) -> None:
    server.script += [(401, CHALLENGE, b"")] * MAX_AUTH_ROUNDS
    with (
        ucwa.Client(server.url, auth=_Insisting()) as client,
        pytest.raises(errors.ApiError) as caught,
    ):
        client.request("GET", "/r")
    assert caught.value.status == 401
    assert len(server.received) == MAX_AUTH_ROUNDS
