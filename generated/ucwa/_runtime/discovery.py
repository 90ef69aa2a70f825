"""Autodiscovery: from a domain or a root URL to the user resource and its ``applications``.

The root (``https://lyncdiscoverinternal.<domain>``, then ``https://lyncdiscover.<domain>``)
is read anonymously; its ``user`` link asks for a token; the user resource either holds the
``applications`` link or a ``redirect`` to another pool, whose root starts the walk again.
Each hop is a link the server gave; the walk is bounded so a redirect loop ends.
"""

from __future__ import annotations

from typing import Any

import attrs

from . import codec_json
from .errors import ParseError, TransportError, UcwaError
from .model import GenericResource, Link, Resource
from .transport import Client

MAX_HOPS = 10


class DiscoveryError(UcwaError):
    """Autodiscovery found no user resource with an ``applications`` link."""


@attrs.frozen
class Discovered:
    """The end of autodiscovery: the user resource and the URL it was read from."""

    user: Resource
    user_url: str
    applications_url: str


def candidate_urls(domain: str) -> list[str]:
    """The autodiscovery roots of a SIP domain, internal first (as Microsoft's clients do)."""
    domain = domain.strip().strip(".").lower()
    if not domain or "/" in domain or ":" in domain:
        raise ValueError(f"not a domain name: {domain!r}")
    return [f"https://lyncdiscoverinternal.{domain}", f"https://lyncdiscover.{domain}"]


def _link(resource: Resource, rel: str) -> Link[Any] | None:
    link = resource.find_link(rel)
    return link if isinstance(link, Link) else None


def _read(client: Client, url: str) -> Resource:
    response = client.request("GET", url)
    try:
        return codec_json.loads(response.body, {}, GenericResource, base_url=response.url)
    except ValueError as exc:  # not JSON, or not a resource
        raise ParseError(
            f"unreadable autodiscovery resource: {exc}",
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        ) from exc


def discover(client: Client, roots: list[str], *, max_hops: int = MAX_HOPS) -> Discovered:
    """Walk from the first reachable root to the user resource that has ``applications``.

    Roots that cannot be reached (no DNS name, refused) are skipped in order; a root that
    answers with an error stops the walk, since it is the deployment speaking.
    """
    failures: list[TransportError] = []
    for root in roots:
        try:
            resource = _read(client, root)
        except TransportError as exc:
            failures.append(exc)
            continue
        return _walk(client, resource, root, max_hops)
    # The last failure is the cause (a TlsError says the certificate was refused).
    raise DiscoveryError("no autodiscovery root answered: " + "; ".join(map(str, failures))) from (
        failures[-1] if failures else None
    )


def _walk(client: Client, resource: Resource, url: str, max_hops: int) -> Discovered:
    for _ in range(max_hops):
        applications = _link(resource, "applications")
        if applications is not None:
            return Discovered(resource, url, client.url_for(applications))
        # A user resource may send us to another pool (redirect), as may a root; a root
        # otherwise points at its user resource.
        following = _link(resource, "redirect") or _link(resource, "user")
        if following is None:
            raise DiscoveryError(f"{url} has neither applications, redirect nor user links")
        url = client.url_for(following)
        resource = _read(client, url)
    raise DiscoveryError(f"autodiscovery took more than {max_hops} hops; last at {url}")
