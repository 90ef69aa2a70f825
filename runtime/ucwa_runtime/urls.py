"""Where a request goes, decided once, by the parser the connection uses.

urllib3 picks the host to connect to with :func:`urllib3.util.parse_url`; Python's
``urlsplit`` reads some URLs otherwise (``https://evil.test:1\\@good.test/`` is evil.test to
the first and good.test to the second). A check made with one parser and a connection made
with the other would let a token or a password follow a URL to a host no check approved. So
every decision about a URL's origin (token binding, the token cache, the password grant's
checks, redirects) is made on the :class:`Target` of :func:`parse_target`, which reads the
URL with urllib3's parser, and a URL that parsers could read differently is refused with
:class:`~.errors.UnsafeUrl` before anything is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import attrs
from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

from .by_fields import HashedByFields
from .errors import UnsafeUrl

DEFAULT_PORTS = {"http": 80, "https": 443}

# Characters no URL we send may hold anywhere: urlsplit drops tabs and newlines and strips
# leading spaces and controls, urllib3 ends the authority at a backslash; whitespace and
# controls have no place in an href either.
_AMBIGUOUS_CHAR = re.compile(r"[\s\x00-\x1f\x7f-\x9f\\]")
# The authority ends at the first of these (backslash is refused before this applies).
_AUTHORITY_END = re.compile(r"[/?#]")


@attrs.frozen(eq=False, repr=False)
class Target(HashedByFields):
    """An absolute http(s) URL, the (scheme, host, port) its request connects to, and the
    path and query its request line carries.

    ``host`` is as urllib3 keys its connection pools (lower case; an IPv6 address in
    brackets); ``port`` has the scheme's default filled in. ``request_uri`` is what urllib3
    sends for the URL (path and query, no fragment): the client hands it to the pool of
    ``origin``, so the URL is read once, here, and nowhere again.
    """

    url: str
    scheme: str
    host: str
    port: int
    request_uri: str

    @property
    def origin(self) -> tuple[str, str, int]:
        return self.scheme, self.host, self.port


def refuse_ambiguous_href(href: str) -> None:
    """Raise UnsafeUrl for an href with characters that resolving would drop or parsers
    read differently (whitespace, controls, a backslash), even when relative."""
    if _AMBIGUOUS_CHAR.search(href):
        raise UnsafeUrl(
            f"{_shown(href)} holds whitespace, a control character or a backslash; refused",
            url=href,
        )


def parse_target(url: str) -> Target:
    """The target of an absolute http(s) URL, read as urllib3 reads it to connect.

    Raises UnsafeUrl for anything else, and for a URL whose host parsers could disagree
    about: user information (``user@``), a backslash, whitespace or a control character
    anywhere, a percent sign or a non-ASCII character in the authority, no host.
    """
    refuse_ambiguous_href(url)
    scheme, separator, rest = url.partition("://")
    if not separator or scheme.lower() not in DEFAULT_PORTS:
        raise UnsafeUrl(f"{_shown(url)} is not an absolute http(s) URL", url=url)
    authority = _AUTHORITY_END.split(rest, 1)[0]
    if "@" in authority or "%" in authority or not authority.isascii():
        raise UnsafeUrl(
            f"{_shown(url)}: user information, a percent sign or a non-ASCII character in "
            "the host part; refused, since parsers do not agree on where such a URL goes",
            url=url,
        )
    try:
        parsed = parse_url(url)
    except LocationParseError as exc:
        raise UnsafeUrl(f"{_shown(url)}: {exc}", url=url) from None
    if not parsed.host or parsed.scheme is None:
        raise UnsafeUrl(f"{_shown(url)} names no host", url=url)
    port = parsed.port if parsed.port is not None else DEFAULT_PORTS[parsed.scheme]
    return Target(url, parsed.scheme, parsed.host, port, parsed.request_uri)


def origin_of(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an absolute URL, with the scheme's default port filled in."""
    return parse_target(url).origin


def _shown(url: str) -> str:
    # A URL as an error message may show it: user information may hold a password.
    head, at, tail = url.rpartition("@")
    return repr(f"{head.split('//', 1)[0]}//<hidden>@{tail}" if at else url)


def add_query(url: str, params: Mapping[str, str]) -> str:
    """Append query parameters to an href, keeping the ones it already has, in order."""
    if not params:
        return url
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))
