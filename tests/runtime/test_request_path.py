"""The per-request shortcuts of the transport keep its rules: resolved targets are kept only
for what they were resolved from, refused hrefs are refused every time, and a body of a
declared length is read to that length and no further."""

from __future__ import annotations

from typing import Any

import pytest
from ucwa_runtime import Client, Link
from ucwa_runtime.bodies import read_body
from ucwa_runtime.errors import UnsafeUrl
from ucwa_runtime.transport import _resolve


def test_the_same_href_goes_where_its_own_base_sends_it() -> None:
    client = Client("https://one.test/ucwa/")
    first = client.target_of(Link(href="x/1"))
    second = client.target_of(Link(href="x/1", base_url="https://two.test:8443/a/"))
    assert (first.url, first.origin) == ("https://one.test/ucwa/x/1", ("https", "one.test", 443))
    assert (second.url, second.origin) == (
        "https://two.test:8443/a/x/1",
        ("https", "two.test", 8443),
    )
    assert client.target_of("x/1") == first


@pytest.mark.parametrize(
    "target",
    [
        "x/1",
        "/x/1?q=2",
        "https://other.test/y",
        Link(href="x/1"),
        Link(href="../x/1", base_url="https://two.test:8443/a/b/"),
        Link(href="//three.test/z", base_url="http://two.test/a/"),
    ],
    ids=repr,
)
def test_url_for_gives_the_url_a_request_goes_to(target: Link[Any] | str) -> None:
    # Listeners compare event URLs with url_for's, and sessions bind operations to it: it
    # must resolve against the same base as target_of, which requests go to.
    client = Client("https://one.test/ucwa/")
    assert client.url_for(target) == client.target_of(target).url


def test_a_refused_href_is_refused_each_time() -> None:
    client = Client("https://one.test/")
    for _ in range(3):
        with pytest.raises(UnsafeUrl):
            client.target_of("/x\\@evil.test")


def test_a_query_is_added_to_the_kept_target_not_kept_with_it() -> None:
    client = Client("https://one.test/")
    with_query = client.target_of("/x?a=1", {"b": "2"})
    assert with_query.url == "https://one.test/x?a=1&b=2"
    assert client.target_of("/x?a=1").url == "https://one.test/x?a=1"


def test_the_kept_targets_are_bounded() -> None:
    client = Client("https://one.test/")
    for number in range(1000):
        client.target_of(f"/x/{number}")
    assert 0 < _resolve.cache_info().currsize <= 256


class _Raw:
    """A streamed answer whose body is ``body``, and whose every receive after the declared
    length would block on a kept-alive connection (here: fails the test)."""

    status = 200

    def __init__(self, body: bytes, pieces: int) -> None:
        self.headers = {"Content-Length": str(len(body))}
        size = -(-len(body) // pieces)
        self._pieces = [body[start : start + size] for start in range(0, len(body), size)]
        self.released = False

    def read1(self, amount: int) -> bytes:
        assert self._pieces, "read past the declared length"
        return self._pieces.pop(0)

    def close(self) -> None:
        pass

    def release_conn(self) -> None:
        self.released = True


@pytest.mark.parametrize("pieces", [1, 3])
def test_a_declared_length_read_whole_ends_the_body(pieces: int) -> None:
    raw: Any = _Raw(b'{"rel": "me"}' * 10, pieces)
    assert read_body(raw, 1000, "GET", "https://one.test/") == b'{"rel": "me"}' * 10
    assert raw.released
