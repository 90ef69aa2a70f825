"""What the bundled server holds against its clients: violations of the protocol, recorded.

The server answers a bad request as a real one would (a 4xx, say), but an answer alone lets a
client that papers over it pass its tests. So every request is also checked against what the
server handed out and what the definitions declare, and each breach becomes a
:class:`Violation` in ``UcwaServer.violations``:

- ``url_not_handed_out``: a request to a path the server never wrote in a link, a Location or
  a challenge (the autodiscovery root is the one entry point a client is given);
- ``token_wrong_origin``: a bearer token sent to a pool (an origin) other than the one that
  issued it;
- ``put_without_if_match``: a PUT without If-Match;
- ``client_error_answered``: any 4xx the server had to give (when no record above explains it);
- ``retry_before_retry_after``: a request to a path sooner than the Retry-After the server
  answered there;
- ``method_not_declared``, ``missing_required_parameter``, ``parameter_in_wrong_place``,
  ``too_long``: the request breaks the operation the definition of the target's rel declares
  (read from the generated classes' OperationSpec, not restated here).

A test that provokes one on purpose says so with ``UcwaServer.expect_violation``; whatever is
left in ``unexpected_violations()`` fails the test (see :mod:`ucwa_testing.pytest_plugin`).

The values a handler takes from a body are checked against the definitions too
(:func:`body_values`: the types the operation's parameters declare).
"""

from __future__ import annotations

import datetime
import email.utils
import json
import re
import sys
import time
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Literal
from urllib.parse import urlsplit

import attrs
from ucwa_runtime.dates import format_json_date, parse_iso_date, parse_json_date
from ucwa_runtime.formats import XML_CONTENT_TYPES
from ucwa_runtime.model import OpenEnum
from ucwa_runtime.operations import OperationSpec, ParameterSpec

from ucwa import RESOURCES

from .routing import invalid
from .wire import Reply, Request, error_reply
from .xml_wire import read_input

ViolationKind = Literal[
    "url_not_handed_out",
    "token_wrong_origin",
    "put_without_if_match",
    "client_error_answered",
    "retry_before_retry_after",
    "method_not_declared",
    "missing_required_parameter",
    "parameter_in_wrong_place",
    "too_long",
]
JSON_TYPES = ("application/json", "application/vnd.microsoft.com.ucwa+json")
_CHALLENGE_HREF = re.compile(r'href="([^"]+)"')


@attrs.frozen
class Violation:
    """One breach of the protocol by a client: what, on which request, and the particulars."""

    kind: ViolationKind
    method: str
    path: str
    detail: str
    status: int | None = None  # the 4xx answered, for client_error_answered


@attrs.frozen
class Expectation:
    """Violations a test provokes on purpose: of ``kind``, optionally only on paths matching
    ``path`` (a regular expression searched in the path) or only with ``status``."""

    kind: ViolationKind
    path: re.Pattern[str] | None = None
    status: int | None = None

    def covers(self, violation: Violation) -> bool:
        return (
            violation.kind == self.kind
            and (self.path is None or self.path.search(violation.path) is not None)
            and (self.status is None or violation.status == self.status)
        )


@cache
def operations_of(rel: str) -> Mapping[str, OperationSpec[Any]]:
    """The operations (by HTTP method) the definition of ``rel`` declares; empty when the
    generated package has no class for it."""
    if rel not in RESOURCES:
        return {}
    module = sys.modules[RESOURCES[rel].__module__]
    specs = [value for value in vars(module).values() if isinstance(value, OperationSpec)]
    return {spec.method: spec for spec in specs}


class ProtocolRecorder:
    """Keeps what the server handed out and records violations; called under the state lock."""

    def __init__(self, entry_points: tuple[str, ...]) -> None:
        self.violations: list[Violation] = []
        self.expected: list[Expectation] = []
        self._entry_points = entry_points
        self.reported = False  # a test's teardown looked at the records (check them once)
        self._handed_out: dict[tuple[str, str], str | None] = {}  # (pool, path) -> rel
        # (pool, path) -> the revision its link declared, when above 1: what the client may
        # send there follows from it (search's query is optional from revision 2 on).
        self._revisions: dict[tuple[str, str], int] = {}
        # (pool, method, path) -> monotonic time: a retry is the same request again
        self._retry_not_before: dict[tuple[str, str, str], float] = {}

    def unexpected(self) -> list[Violation]:
        return [v for v in self.violations if not any(e.covers(v) for e in self.expected)]

    def record(self, kind: ViolationKind, request: Request, detail: str, **extra: Any) -> None:
        self.violations.append(Violation(kind, request.method, request.path, detail, **extra))

    # -- what the server sends ------------------------------------------------------------

    def hand_out(self, pool_urls: Mapping[str, str], request: Request, reply: Reply) -> None:
        """Remember every href ``reply`` gives the client, with the rel it goes by."""
        created = _created_rel(self.rel_of(request), request.method)
        for name, value in reply.headers:
            if name.lower() == "location":
                self._hand_out(pool_urls, request.pool, created, value)
            elif name.lower() == "www-authenticate":
                for href in _CHALLENGE_HREF.findall(value):
                    self._hand_out(pool_urls, request.pool, None, href)
            elif name.lower() == "retry-after":
                until = time.monotonic() + _retry_after_seconds(value)
                self._retry_not_before[(request.pool, request.method, request.path)] = until
        if reply.body and _media_type(dict(reply.headers)) in JSON_TYPES:
            for rel, href, revision in _links_in(json.loads(reply.body)):
                self._hand_out(pool_urls, request.pool, rel, href, revision)

    def _hand_out(
        self,
        pool_urls: Mapping[str, str],
        pool: str,
        rel: str | None,
        href: str,
        revision: int = 1,
    ) -> None:
        target = _target(pool_urls, pool, href)
        if target is not None and self._handed_out.get(target) is None:
            self._handed_out[target] = rel
        if target is not None and revision > 1:
            self._revisions[target] = revision

    def rel_of(self, request: Request) -> str | None:
        """The rel of the href the request went to (None when no rel was handed out)."""
        return self._handed_out.get((request.pool, request.path))

    # -- what clients send ----------------------------------------------------------------

    def check_timing(self, request: Request) -> None:
        """A request on the wire: too soon after a Retry-After for its path?"""
        not_before = self._retry_not_before.get((request.pool, request.method, request.path))
        if not_before is not None and time.monotonic() < not_before:
            left = not_before - time.monotonic()
            self.record("retry_before_retry_after", request, f"{left:.2f}s before Retry-After")

    def check(self, request: Request, token_pool: str | None) -> list[Violation]:
        """Record what is wrong with ``request`` (before it is answered); the new records."""
        before = len(self.violations)
        if token_pool is not None and token_pool != request.pool:
            self.record("token_wrong_origin", request, f"a token of {token_pool}")
        if request.method == "PUT" and "If-Match" not in request.headers:
            self.record("put_without_if_match", request, "PUT without If-Match")
        if request.path in self._entry_points:
            return self.violations[before:]
        if request.built:
            self.record("url_not_handed_out", request, f"{request.wire_path} was built, not given")
            return self.violations[before:]
        if (request.pool, request.path) not in self._handed_out:
            self.record("url_not_handed_out", request, f"{request.pool} never handed it out")
            return self.violations[before:]
        rel = self.rel_of(request)
        if rel is not None:
            self._check_operation(request, rel)
        return self.violations[before:]

    def answered(self, request: Request, reply: Reply, explained: bool) -> None:
        # The 401 to a request without a token is how a client learns where to get one.
        challenge = reply.status == 401 and "Authorization" not in request.headers
        excused = reply.excused or request.client_gone()  # an answer nobody will read
        if 400 <= reply.status < 500 and not (explained or challenge or excused):
            detail = reply.body[:200].decode("utf-8", "replace")
            self.record("client_error_answered", request, detail, status=reply.status)

    def _check_operation(self, request: Request, rel: str) -> None:
        operations = operations_of(rel)
        if not operations:
            return
        spec = operations.get(request.method)
        if spec is None:
            declared = ", ".join(sorted(operations))
            self.record("method_not_declared", request, f"{rel} declares {declared}")
            return
        self._check_place(request, spec)
        revision = self._revisions.get((request.pool, request.path), 1)
        self._check_values(request, spec.query, dict(request.query), "query", revision)
        if spec.body and not spec.sends_resource:
            properties, links = _body_parts(request)
            self._check_values(request, spec.body, {**properties, **links}, "body", revision)

    def _check_place(self, request: Request, spec: OperationSpec[Any]) -> None:
        query_names = {p.wire for p in spec.query}
        body_only = {p.wire for p in spec.body} - query_names
        for name in sorted(body_only & set(request.query)):
            self.record("parameter_in_wrong_place", request, f"{name} belongs in the body")
        if spec.sends_resource or not spec.body:
            return
        properties, links = _body_parts(request)
        for param in spec.body:
            if param.as_link and param.wire in properties:
                self.record("parameter_in_wrong_place", request, f"{param.wire} is a link")
            if not param.as_link and param.wire in links:
                self.record("parameter_in_wrong_place", request, f"{param.wire} is no link")
        body_names = {p.wire for p in spec.body}
        for name in sorted((query_names - body_names) & set(properties)):
            self.record("parameter_in_wrong_place", request, f"{name} belongs in the query")

    def _check_values(
        self,
        request: Request,
        params: tuple[ParameterSpec, ...],
        sent: Mapping[str, Any],
        place: str,
        revision: int,
    ) -> None:
        for param in params:
            value = sent.get(param.wire)
            if value is None or value == "":
                if param.required_in(revision):
                    self.record("missing_required_parameter", request, f"{param.wire} ({place})")
            elif param.max_length is not None and len(str(value)) > param.max_length:
                detail = f"{param.wire} is {len(str(value))} > {param.max_length} characters"
                self.record("too_long", request, detail)


# How the server answers a request that breaks the operation its definition declares: the
# answer follows from the definitions, like the record, not from checks of its own.
_REFUSALS: dict[ViolationKind, tuple[int, str, str | None]] = {
    "method_not_declared": (405, "MethodNotAllowed", None),
    "missing_required_parameter": (400, "BadRequest", "ParameterValidationFailure"),
    "too_long": (400, "BadRequest", "ParameterValidationFailure"),
    "parameter_in_wrong_place": (400, "BadRequest", "ParameterValidationFailure"),
}


def refusal(request: Request, rel: str | None, found: list[Violation]) -> Reply | None:
    """The error answer the definitions give a request (to an href handed out as ``rel``),
    with these records; None when they do not refuse it. A body the operation does not take
    comes first (415), then the first record that refuses."""
    spec = operations_of(rel).get(request.method) if rel is not None else None
    if spec is not None and request.body and not _takes(spec, request.media_type):
        detail = f"{rel} {request.method} takes no {request.media_type or 'untyped'} body"
        return error_reply(415, "UnsupportedMediaType", None, detail)
    for violation in found:
        refused = _REFUSALS.get(violation.kind)
        if refused is not None:
            status, code, subcode = refused
            return error_reply(status, code, subcode, violation.detail)
    return None


def _takes(spec: OperationSpec[Any], media_type: str) -> bool:
    """Whether an operation takes a body of ``media_type``: its text types (message text,
    SDP), else a JSON or XML input or resource; of a body its definition does not describe
    (a multipart batch) it says nothing."""
    if spec.text_body:
        return media_type in spec.text_body
    if spec.body or spec.sends_resource:
        return media_type in JSON_TYPES + XML_CONTENT_TYPES
    return True


def body_values(rel: str, method: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The values of ``data`` that the operation (``method`` on ``rel``) declares as body
    parameters, each checked against the type its definition gives (400 otherwise): strings,
    lists of strings, values an enumeration lists, dates (given back as UCWA writes them)."""
    values: dict[str, Any] = {}
    for param in operations_of(rel)[method].body:
        if data.get(param.wire) is not None:
            values[param.wire] = _checked(param.wire, param.type, data[param.wire])
    return values


def _checked(name: str, kind: Any, value: Any) -> Any:
    if isinstance(kind, type) and issubclass(kind, OpenEnum):
        if not isinstance(value, str) or not kind(value).known:
            raise invalid(f"{name}: {value!r} is no {kind.__name__}")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise invalid(f"{name} must be a string")
        return value
    if kind == list[str]:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise invalid(f"{name} must be a list of strings")
        return value
    if kind is datetime.datetime:
        return format_json_date(_date(name, value))
    raise AssertionError(f"{name}: the server reads no {kind!r} yet")  # a definition changed


def _date(name: str, value: Any) -> datetime.datetime:
    if not isinstance(value, str):
        raise invalid(f"{name} must be a date")
    try:
        return parse_json_date(value) if value.startswith("/Date(") else parse_iso_date(value)
    except ValueError:
        raise invalid(f"{name}: {value!r} is no date") from None


def _media_type(headers: Mapping[str, str]) -> str:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower()
    return ""


def _retry_after_seconds(value: str) -> float:
    """Retry-After in seconds from now: delta-seconds or an HTTP date (0 if unreadable)."""
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return (when - datetime.datetime.now(datetime.UTC)).total_seconds()


def _body_parts(request: Request) -> tuple[dict[str, Any], dict[str, Any]]:
    """A JSON body's properties and link hrefs, or an XML ``<input>``'s ({} for a body that
    is neither a JSON object nor XML)."""
    if request.media_type not in JSON_TYPES + XML_CONTENT_TYPES:
        return {}, {}
    try:
        data = (
            read_input(request.body) if request.media_type in XML_CONTENT_TYPES else request.json()
        )
    except ValueError:
        return {}, {}
    if not isinstance(data, dict):
        return {}, {}
    raw_links = data.get("_links")
    links = raw_links if isinstance(raw_links, dict) else {}
    hrefs = {rel: link.get("href") for rel, link in links.items() if isinstance(link, dict)}
    properties = {k: v for k, v in data.items() if k != "_links"}
    return properties, hrefs


def _created_rel(rel: str | None, method: str) -> str | None:
    spec = operations_of(rel).get(method) if rel is not None else None
    for outcome in spec.outcomes if spec is not None else ():
        if outcome.status == 201:
            return outcome.creates or outcome.body
    return None


def _target(pool_urls: Mapping[str, str], pool: str, href: str) -> tuple[str, str] | None:
    """(pool, path) an href leads to; None for one that leads elsewhere (data:, another host)."""
    if href.startswith("/"):
        return pool, urlsplit(href).path
    for name, url in pool_urls.items():
        if href.startswith(url + "/"):
            return name, urlsplit(href).path
    return None


def _links_in(node: Any, rel: str | None = None) -> Iterator[tuple[str | None, str, int]]:
    """(rel, href, revision) of every link in a JSON document: ``_links`` entries (``self``
    goes by the resource's own rel), embedded resources and event ``link`` objects."""
    if isinstance(node, list):
        for item in node:
            yield from _links_in(item, rel)
        return
    if not isinstance(node, dict):
        return
    if isinstance(node.get("href"), str):
        yield node.get("rel", rel), node["href"], _revision(node.get("revision"))
    own = node.get("rel") if isinstance(node.get("rel"), str) else None
    for key, value in node.items():
        if key == "_links" and isinstance(value, dict):
            for link_rel, target in value.items():
                yield from _links_in(target, own if link_rel == "self" else link_rel)
        elif key != "href" and isinstance(value, (dict, list)):
            yield from _links_in(value)


def _revision(value: Any) -> int:
    # A link's revision as the server wrote it ("2"); anything else counts as the first.
    return int(value) if isinstance(value, str) and value.isdigit() else 1
