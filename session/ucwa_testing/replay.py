"""Every documented example played through the generated package: ``ucwa-gen coverage``
counts them (running ``python -m ucwa_testing.replay``, since the generator itself never
imports the package it generates) and the tests run each.

Two kinds of play. A response example that is a UCWA resource is parsed and serialised back
(``round_trip``), which must give the same document.

An exchange is a request example and the response example of the same operation on the same
page, in one format. Its request's values become the call's arguments; a recording pool takes
what the call sends (which must be the documented request: method, URL, Accept, Content-Type,
body) and answers with the documented response, status and headers included, so that the
answer goes through the call's status handling and gives the documented outcome.
"""

from __future__ import annotations

import importlib
import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import urllib3
from defusedxml import ElementTree
from ucwa_runtime import codec_json, codec_xml, options
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.errors import UcwaError
from ucwa_runtime.media_types import is_json_or_xml
from ucwa_runtime.operations import Created, OperationSpec
from ucwa_runtime.urls import DEFAULT_PORTS, origin_of

import ucwa

from .xml_equivalence import NAMESPACE, equivalent

MEDIA_TYPES = {"json": "application/json", "xml": "application/xml"}
ORIGIN = "https://fe1.contoso.com"
# A required parameter the caller supplies (operationId in a query, contactUri in a body
# the page leaves out): the call is expected to send it where the definition places it.
SUPPLIED = "op-74cb7404"


class ReplayMismatch(AssertionError):
    """The call sent another request than the page's, or read its response otherwise."""


@dataclass(frozen=True, slots=True)
class Exchange:
    resource: str
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def format(self) -> str:
        return str(self.request["format"])

    @property
    def name(self) -> str:
        page = self.request.get("page", self.resource).removesuffix("_ref.md")
        return f"{page}-{self.request['method']}-{self.format}"


def holds_format_payload(example: Mapping[str, Any]) -> bool:
    """Whether an example's body is JSON or XML (its Content-Type says so, or says nothing)."""
    return is_json_or_xml(example.get("headers", {}).get("Content-Type", ""))


def exchanges(definitions: Iterable[Mapping[str, Any]]) -> Iterator[Exchange]:
    """Each request example with the response of the same page, operation and format (the
    n-th request with the n-th response), when that response shows a status; from the data
    of definition files."""
    for data in definitions:
        if "resource" not in data:
            continue
        answers: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for example in data.get("examples", ()):
            if example["direction"] == "response" and "status" in example:
                key = (example.get("page", ""), example.get("operation", ""), example["format"])
                answers.setdefault(key, []).append(example)
        for example in data.get("examples", ()):
            if example["direction"] != "request":
                continue
            key = (example.get("page", ""), example.get("operation", ""), example["format"])
            if answers.get(key):
                yield Exchange(data["resource"], example, answers[key].pop(0))


def left_out(exchange: Exchange, op: OperationSpec[Any]) -> str | None:
    """Why the client cannot replay an exchange, or None: docs/coverage-notes.md lists them."""
    request, response = exchange.request, exchange.response
    if request.get("body") and not holds_format_payload(request) and not op.text_body:
        return "a request body the client does not build (a multipart batch)"
    body = response.get("body")
    if body and not holds_format_payload(response):
        return "an answer that is no JSON or XML (a photo, HTML, a batch)"
    outcome = next((o for o in op.outcomes if o.status == response["status"]), None)
    # Only a 201 that types no resource leaves its body unread (makeMeAvailable2's).
    read = outcome is None or outcome.status != 201 or bool(outcome.body or outcome.creates)
    xml_root = ElementTree.fromstring(body).tag if body and exchange.format == "xml" else None
    # The one XML answer the client reads that is no <resource>: OPTIONS metadata.
    readable = (None, f"{NAMESPACE}resource") + ((options.ROOT,) if op.method == "OPTIONS" else ())
    if read and xml_root not in readable:
        return "an XML answer that is no <resource>"
    if not body and outcome is not None and outcome.body and not outcome.creates:
        return "a bare status where the operation answers with a resource"
    return None


@dataclass(slots=True)
class Sent:
    method: str
    url: str
    body: bytes | None
    headers: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class OriginPool:
    """What a fake pool manager's ``connection_from_host`` gives: the pool of one origin.

    The client hands the pool of the origin it checked the path and query alone; this hands
    each request on to ``send`` with its whole URL again (the default port left out), so that
    a fake manager records where a request went.
    """

    send: Callable[..., Any]
    origin: str

    @classmethod
    def of(cls, send: Callable[..., Any], host: str, port: int, scheme: str) -> OriginPool:
        shown_port = "" if DEFAULT_PORTS.get(scheme) == port else f":{port}"
        return cls(send, f"{scheme}://{host}{shown_port}")

    def urlopen(
        self, method: str, url: str, body: bytes | None = None, headers: Any = None, **_: Any
    ) -> Any:
        return self.send(method, self.origin + url, body=body, headers=headers)


@dataclass(slots=True)
class RecordingPool:
    """Stands in for urllib3.PoolManager: keeps what is sent, answers with one response."""

    answer: urllib3.HTTPResponse
    sent: list[Sent] = field(default_factory=list)

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: Any = None, **_: Any
    ) -> urllib3.HTTPResponse:
        self.sent.append(Sent(method, url, body, dict(headers or {})))
        return self.answer

    def connection_from_host(self, host: str, port: int, scheme: str) -> OriginPool:
        return OriginPool.of(self.request, host, port, scheme)  # the client sends through it

    def clear(self) -> None:
        pass


def _answer(exchange: Exchange) -> urllib3.HTTPResponse:
    response = exchange.response
    body = (response.get("body") or "").encode()
    headers = dict(response.get("headers", {}))
    if body:
        headers.setdefault("Content-Type", MEDIA_TYPES[exchange.format])
    return urllib3.HTTPResponse(
        body=io.BytesIO(body),
        status=response["status"],
        headers=headers,
        preload_content=False,
    )


def query_arguments(
    op: OperationSpec[Any], href: str
) -> tuple[dict[str, Any], str, list[tuple[str, str]]]:
    """The arguments that carry a request's query, the href of the link to call, and the
    query the call must send: defined parameters the href carries are given as arguments, the
    way a caller passes them; the link keeps the rest of the href."""
    arguments: dict[str, Any] = {}
    url = urlsplit(href)
    in_href = parse_qsl(url.query)
    defined = {param.wire for param in op.query}
    expected = list(in_href)
    for param in op.query:
        given = [value for name, value in in_href if name == param.wire]
        if given:
            arguments[param.attr] = given[0]
        elif param.required:
            arguments[param.attr] = SUPPLIED
            expected.append((param.wire, SUPPLIED))
    kept = urlencode([(name, value) for name, value in in_href if name not in defined])
    return arguments, url._replace(query=kept).geturl(), expected


def _link_argument(href: str) -> DataUri:
    try:
        return DataUri.parse(href)
    except ValueError:
        # A placeholder such as "base64,base64-encoded-sdp" is no real base64; the value
        # still has to travel exactly as written.
        return DataUri(source=href)


def _json_body_arguments(op: OperationSpec[Any], body: str) -> dict[str, Any]:
    data = json.loads(body)
    arguments: dict[str, Any] = {}
    for param in op.body:
        if param.as_link and param.wire in data.get("_links", {}):
            arguments[param.attr] = _link_argument(data["_links"][param.wire]["href"])
        elif param.wire in data:
            arguments[param.attr] = codec_json.CONVERTER.structure(data[param.wire], param.type)
    return arguments


def _xml_body_arguments(op: OperationSpec[Any], body: str) -> dict[str, Any]:
    params = {param.wire: param for param in op.body}
    arguments: dict[str, Any] = {}
    for child in ElementTree.fromstring(body):
        param = params[child.get("name") or child.get("rel") or ""]
        if child.tag == f"{NAMESPACE}link":
            arguments[param.attr] = _link_argument(child.get("href") or "")
        elif child.tag == f"{NAMESPACE}propertyList":
            raw = [item.text or "" for item in child]
            arguments[param.attr] = codec_xml.CONVERTER.structure(raw, param.type)
        else:
            arguments[param.attr] = codec_xml.CONVERTER.structure(child.text or "", param.type)
    return arguments


# What a caller gives for a required parameter the page leaves out, by its type.
SUPPLIED_VALUES: dict[Any, Any] = {str: SUPPLIED, int: 30, bool: True}


def supplied_body(op: OperationSpec[Any], example: dict[str, Any]) -> dict[str, Any]:
    """The required body parameters (wire name: value) a request example that shows no body
    leaves out (the pages shorten it)."""
    if example.get("body") or op.sends_resource or op.text_body:
        return {}
    return {param.wire: SUPPLIED_VALUES[param.type] for param in op.body if param.required}


def body_arguments(op: OperationSpec[Any], example: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments that carry a request example's body parameters."""
    if not (example.get("body") and op.body):
        wires = {param.wire: param.attr for param in op.body}
        return {wires[wire]: value for wire, value in supplied_body(op, example).items()}
    if example["format"] == "json":
        return _json_body_arguments(op, example["body"])
    return _xml_body_arguments(op, example["body"])


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise ReplayMismatch(what)


def _same_document(actual: bytes | str, expected: str, fmt: str) -> bool:
    if fmt == "json":
        return bool(json.loads(actual) == json.loads(expected))
    return equivalent(actual, expected)


def operation_of(exchange: Exchange) -> tuple[type[ucwa.Resource], OperationSpec[Any]]:
    cls = ucwa.RESOURCES[exchange.resource]
    method = exchange.request["method"]
    op: OperationSpec[Any] = getattr(importlib.import_module(cls.__module__), f"_{method}")
    return cls, op


def _send(exchange: Exchange, client: ucwa.Client, op: OperationSpec[Any], href: str) -> Any:
    cls, _ = operation_of(exchange)
    request = exchange.request
    arguments = exchange_arguments(exchange, op)
    link: ucwa.Link[Any] = ucwa.Link(href=href)
    method = request["method"].lower()
    if op.sends_resource:
        resource = ucwa.parse(request["body"], MEDIA_TYPES[exchange.format])
        return resource.put(client, link)  # type: ignore[attr-defined]
    if op.text_body:
        media_type = request.get("headers", {}).get("Content-Type", op.text_body[0])
        extra = {"media_type": media_type} if len(op.text_body) > 1 else {}
        return getattr(cls, method)(client, link, _message(request), **arguments, **extra)
    return getattr(cls, method)(client, link, **arguments)


def _message(request: dict[str, Any]) -> str:
    # The XML pages show message text and SDP requests without their body.
    return str(request.get("body") or "Hello").rstrip("\n")


def exchange_arguments(exchange: Exchange, op: OperationSpec[Any]) -> dict[str, Any]:
    query, _, _ = query_arguments(op, exchange.request["href"])
    return {**body_arguments(op, exchange.request), **query}


def _input_document(values: Mapping[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(values)
    # XML spells a boolean true/false, like JSON; numbers and strings as they are.
    texts = {name: str(v).lower() if isinstance(v, bool) else str(v) for name, v in values.items()}
    properties = "".join(f'<property name="{n}">{text}</property>' for n, text in texts.items())
    return f'<input xmlns="{NAMESPACE[1:-1]}">{properties}</input>'


def _check_request(exchange: Exchange, op: OperationSpec[Any], sent: Sent) -> None:
    request, fmt = exchange.request, exchange.format
    _, _, expected_query = query_arguments(op, request["href"])
    _require(sent.method == request["method"], f"sent {sent.method}")
    at, page = urlsplit(sent.url), urlsplit(request["href"])
    # Where it went: the origin (whether the href writes a default port or not) and the path.
    went_to = (origin_of(sent.url), at.path)
    _require(went_to == (origin_of(request["href"]), page.path), f"sent to {sent.url}")
    _require(sorted(parse_qsl(at.query)) == sorted(expected_query), f"sent query {at.query}")
    _require(sent.headers.get("Accept") == MEDIA_TYPES[fmt], "sent another Accept")
    content_type = sent.headers.get("Content-Type", "")
    if op.text_body:
        _require(sent.body == _message(request).encode(), "sent another message text")
        documented = request.get("headers", {}).get("Content-Type", op.text_body[0])
        _require(content_type.startswith(documented), f"sent Content-Type {content_type}")
    elif request.get("body"):
        _require(sent.body is not None, "sent no body")
        _require(_same_document(sent.body or b"", request["body"], fmt), "sent another body")
        _require(content_type == MEDIA_TYPES[fmt], f"sent Content-Type {content_type}")
    elif op.body:
        # The page leaves the body out; the call sends its input object, with the required
        # parameters only.
        expected = _input_document(supplied_body(op, request), fmt)
        _require(_same_document(sent.body or b"", expected, fmt), "sent another input")
    else:
        _require(not sent.body and not content_type, "sent a body")


def _check_created(exchange: Exchange, result: Any) -> str:
    response = exchange.response
    _require(isinstance(result, Created), f"a 201 gave {type(result).__name__}")
    location = response.get("headers", {}).get("Location")
    got = result.location.href if result.location is not None else None
    _require(got == location, f"Created.location is {got}, the page says {location}")
    body = response.get("body")
    if result.resource is None:
        # Only a 201 whose definition types no resource leaves its body in the response.
        _, op = operation_of(exchange)
        outcome = next(o for o in op.outcomes if o.status == 201)
        _require(not body or not (outcome.body or outcome.creates), "the body was not read")
        return _created_kind(location, "no resource" if body else None)
    if not body:
        raise ReplayMismatch("a resource without a body")
    fmt = exchange.format
    written = ucwa.serialize(result.resource, MEDIA_TYPES[fmt])
    _require(_same_document(written, body, fmt), "the created resource differs from the page's")
    return _created_kind(location, "the created resource")


def _created_kind(location: str | None, body: str | None) -> str:
    said = [part for part, shown in (("Location", location), (f"a body ({body})", body)) if shown]
    return "201 Created with " + (" and ".join(said) or "neither Location nor body")


def _check_outcome(exchange: Exchange, result: Any) -> str:
    """What the documented response gave, after checking it is what the page shows."""
    response, fmt = exchange.response, exchange.format
    _, op = operation_of(exchange)
    outcome = next(o for o in op.outcomes if o.status == response["status"])
    if outcome.creates or (outcome.status == 201 and not outcome.body):
        return _check_created(exchange, result)
    body = response.get("body")
    if not body:
        _require(result is None, f"a bare {response['status']} gave {type(result).__name__}")
        return f"{response['status']} without a body"
    _require(isinstance(result, ucwa.Resource), f"a body gave {type(result).__name__}")
    if op.method == "OPTIONS" and fmt == "xml":
        metadata = options.read_xml(body.encode())
        _require(result.extra_properties == metadata, "the OPTIONS metadata differs")
        return f"{response['status']} with OPTIONS metadata"
    written = ucwa.serialize(result, MEDIA_TYPES[fmt])
    _require(_same_document(written, body, fmt), "the resource differs from the page's")
    return f"{response['status']} with a resource"


def replay(exchange: Exchange) -> str:
    """Play an exchange through its generated call; the kind of outcome it gave.

    ReplayMismatch when the call sends another request than the page's or reads the answer
    otherwise; a UcwaError when the call refuses the page's own answer.
    """
    _, op = operation_of(exchange)
    pool = RecordingPool(_answer(exchange))
    fmt = MEDIA_TYPES[exchange.format]
    client = ucwa.Client(ORIGIN, pool=pool, content_type=fmt)  # type: ignore[arg-type]
    _, href, _ = query_arguments(op, exchange.request["href"])
    result = _send(exchange, client, op, href)
    _require(len(pool.sent) == 1, f"{len(pool.sent)} requests sent")
    _check_request(exchange, op, pool.sent[0])
    return _check_outcome(exchange, result)


def tally(definitions: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Replay every exchange of the definitions: how many gave each outcome, how many were
    left out and why (a call that is not generated, from definitions the installed package
    was not made from, among them), and each mismatch or refusal."""
    replayed: Counter[str] = Counter()
    left: Counter[str] = Counter()
    failing: list[str] = []
    for exchange in exchanges(definitions):
        try:
            _, op = operation_of(exchange)
        except (KeyError, AttributeError):
            left["an operation the installed package does not generate"] += 1
            continue
        why = left_out(exchange, op)
        if why is not None:
            left[why] += 1
            continue
        try:
            replayed[replay(exchange)] += 1
        except (ReplayMismatch, UcwaError) as exc:
            failing.append(f"{exchange.name}: {type(exc).__name__}: {exc}")
    return {
        "replayed": sum(replayed.values()),
        "outcomes": dict(sorted(replayed.items())),
        "left_out": dict(sorted(left.items())),
        "failing": failing,
    }


# Documents of the examples that are no UCWA <resource>, so parse/serialize do not apply:
# request parameters (checked as what a call sends) and the OPTIONS method metadata.
NOT_RESOURCES = {
    "input": "XML request parameters (<input>)",
    "optionsMetadata": "OPTIONS method metadata (<optionsMetadata>)",
    # makeMeAvailable2's 201: a .NET serialisation outside the UCWA namespace, like the
    # OPTIONS metadata (its JSON form, {"operations": [null]}, is read as a generic resource).
    "operationsQueued": "queued operations (<operationsQueued>)",
}


def round_trip(example: Mapping[str, Any]) -> str | None:
    """What became of an example's payload in the generated package: the category it falls
    in, or None when parsing and serialising it back does not give the same document."""
    body = example.get("body")
    if not body:
        return "no body"
    if not holds_format_payload(example):
        return "body not JSON or XML (text, SDP, photo, batch)"
    fmt = example["format"]
    if fmt == "xml":
        root = ElementTree.fromstring(body.encode(), forbid_dtd=True).tag.rpartition("}")[2]
        if root in NOT_RESOURCES:
            return NOT_RESOURCES[root]
    content_type = MEDIA_TYPES[fmt]
    try:
        back = ucwa.serialize(ucwa.parse(body, content_type), content_type)
    except ValueError:
        return None
    return "round-trip" if _same_document(back, body, fmt) else None


def play(definitions: list[Mapping[str, Any]]) -> dict[str, Any]:
    """Both plays over the data of definition files: ``round_trips`` has, for each file, the
    outcome of each of its examples (``round_trip``); ``replay`` is the ``tally``."""
    return {
        "round_trips": [[round_trip(e) for e in d.get("examples", ())] for d in definitions],
        "replay": tally(definitions),
    }


if __name__ == "__main__":
    # ucwa-gen coverage: the definitions' data as JSON on standard input, the plays out.
    sys.stdout.write(json.dumps(play(json.load(sys.stdin))))
