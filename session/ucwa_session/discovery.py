"""Autodiscovery: from a domain or a root URL to the user resource and its ``applications``.

The candidates for a domain come in the order RootURL.md gives: the internal name first,
then the external one (``https://lyncdiscoverinternal.<domain>``, then
``https://lyncdiscover.<domain>``; only https, as that page recommends). A candidate that does
not lead to UCWA is passed over for the next: no answer or a connection error, an error status
(404 is the documented case), a redirect (3xx, never followed: UCWA moves with links, and a
3xx could take the request to another host), and a page that is not an autodiscovery resource
(an intranet site's HTML, JSON or XML without the ``user``, ``redirect`` or ``applications`` link).
When none is left, :class:`DiscoveryError` names every URL tried and what it answered.

The root is read anonymously; its ``user`` link asks for a token; the user resource either
holds the ``applications`` link or a ``redirect`` to another pool, whose root starts the walk
again. Each hop is a link the server gave; the walk is bounded so a redirect loop ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from ucwa_runtime import codec_json, formats
from ucwa_runtime.errors import (
    ParseError,
    ResponseError,
    ResponseTooLarge,
    TransportError,
    UcwaError,
    UnexpectedResponse,
)
from ucwa_runtime.model import GenericResource, Link, Resource
from ucwa_runtime.transport import Client, Response

MAX_HOPS = 10

# The links that make a resource part of autodiscovery (a root, a redirect, a user resource).
_DISCOVERY_RELS = ("applications", "redirect", "user")


@attrs.frozen
class Attempt:
    """A URL autodiscovery read that did not lead on, and the error saying what it answered
    (a ResponseError keeps the answer's status, headers and body)."""

    url: str
    error: UcwaError

    def __str__(self) -> str:
        # The runtime's errors name the URL themselves; anything else gets it in front.
        text = str(self.error)
        return text if self.url in text else f"{self.url}: {text}"


class DiscoveryError(UcwaError):
    """Autodiscovery found no user resource with an ``applications`` link; ``attempts`` holds
    each URL that failed, in the order tried, with its error."""

    def __init__(self, message: str, attempts: Sequence[Attempt] = ()) -> None:
        super().__init__(message)
        self.attempts = tuple(attempts)


@attrs.frozen
class Discovered:
    """The end of autodiscovery: the user resource and the URL it was read from."""

    user: Resource
    user_url: str
    applications_url: str


def candidate_urls(domain: str) -> list[str]:
    """The autodiscovery roots of a SIP domain, internal first (RootURL.md)."""
    domain = domain.strip().strip(".").lower()
    if not domain or "/" in domain or ":" in domain:
        raise ValueError(f"not a domain name: {domain!r}")
    return [f"https://lyncdiscoverinternal.{domain}", f"https://lyncdiscover.{domain}"]


def _link(resource: Resource, rel: str) -> Link[Any] | None:
    link = resource.find_link(rel)
    return link if isinstance(link, Link) else None


def _read(client: Client, url: str) -> Resource:
    # An autodiscovery resource, or ParseError/UnexpectedResponse saying what came instead.
    response = client.request("GET", url)
    if 300 <= response.status < 400:
        target = response.headers.get("Location") or "nowhere"
        raise _not_ucwa(UnexpectedResponse, f"a redirect to {target}, not followed", response)
    if response.status != 200:
        raise _not_ucwa(UnexpectedResponse, "not an autodiscovery answer", response)
    try:
        resource = _codec(response).loads(response.body, {}, GenericResource, response.url)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise _not_ucwa(ParseError, f"not a UCWA resource ({exc})", response) from None
    if not any(_link(resource, rel) for rel in _DISCOVERY_RELS):
        raise _not_ucwa(ParseError, "no applications, redirect or user link", response)
    return resource


def _codec(response: Response) -> formats.Codec:
    # A root answers in the format asked for (Accept) and says which in its Content-Type;
    # anything not XML is read as JSON, UCWA's default (an HTML page then fails as JSON).
    return (
        formats.codec_for(response.content_type)
        if formats.is_xml(response.content_type)
        else codec_json
    )


def _not_ucwa(kind: type[ResponseError], why: str, response: Response) -> ResponseError:
    media_type = response.content_type or "no content type"
    return kind.about(
        response,
        f"{response.method} {response.url} answered {response.status} ({media_type}): {why}",
    )


def discover(client: Client, roots: list[str], *, max_hops: int = MAX_HOPS) -> Discovered:
    """Walk from the first root that answers as UCWA to the user resource with ``applications``.

    Roots are tried in order (see the module documentation for what passes one over); once
    a root has answered, the walk goes on from it alone.
    """
    attempts: list[Attempt] = []
    for root in roots:
        try:
            resource = _read(client, root)
        except (TransportError, ResponseError, ResponseTooLarge) as exc:
            attempts.append(Attempt(root, exc))
            continue
        return _walk(client, resource, root, max_hops)
    tried = "; ".join(map(str, attempts))
    # The last failure is the cause (a TlsError says the certificate was refused).
    raise DiscoveryError(f"no autodiscovery root led to UCWA: {tried}", attempts) from (
        attempts[-1].error if attempts else None
    )


def _walk(client: Client, resource: Resource, url: str, max_hops: int) -> Discovered:
    for _ in range(max_hops):
        applications = _link(resource, "applications")
        if applications is not None:
            return Discovered(resource, url, client.url_for(applications))
        # A user resource may send us to another pool (redirect), as may a root; a root
        # otherwise points at its user resource (_read admits no resource without either).
        following = _link(resource, "redirect") or _link(resource, "user")
        assert following is not None
        url = client.url_for(following)
        try:
            resource = _read(client, url)
        except (ParseError, UnexpectedResponse) as exc:
            attempt = Attempt(url, exc)
            raise DiscoveryError(f"autodiscovery stopped: {attempt}", [attempt]) from exc
    raise DiscoveryError(f"autodiscovery took more than {max_hops} hops; last at {url}")
