"""Every documented exchange played through the generated call: ``ucwa-gen coverage`` counts
them and the tests run each.

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
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import urllib3
from defusedxml import ElementTree
from ucwa_runtime import codec_json, codec_xml, options
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.errors import UcwaError
from ucwa_runtime.operations import Created, OperationSpec

import ucwa

from .load import SourceFile
from .validate import holds_format_payload
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
        page = self.request["page"].removesuffix("_ref.md")
        return f"{page}-{self.request['method']}-{self.format}"


def exchanges(files: Iterable[SourceFile]) -> Iterator[Exchange]:
    """Each request example with the response of the same page, operation and format (the
    n-th request with the n-th response), when that response shows a status."""
    for source in files:
        if "resource" not in source.data:
            continue
        answers: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for example in source.data.get("examples", ()):
            if example["direction"] == "response" and "status" in example:
                key = (example["page"], example.get("operation", ""), example["format"])
                answers.setdefault(key, []).append(example)
        for example in source.data.get("examples", ()):
            if example["direction"] != "request":
                continue
            key = (example["page"], example.get("operation", ""), example["format"])
            if answers.get(key):
                yield Exchange(source.data["resource"], example, answers[key].pop(0))


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

    urlopen = request  # the client sends through urlopen

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
    _require(at._replace(query="") == page._replace(query=""), f"sent to {sent.url}")
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


@dataclass(slots=True)
class Tally:
    """What replaying every exchange of the definitions gave: ``ucwa-gen coverage``'s count."""

    replayed: Counter[str] = field(default_factory=Counter)  # outcome -> exchanges
    left_out: Counter[str] = field(default_factory=Counter)  # reason -> exchanges
    failing: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.replayed.values())

    def as_data(self) -> dict[str, Any]:
        return {
            "replayed": self.count,
            "outcomes": dict(sorted(self.replayed.items())),
            "left_out": dict(sorted(self.left_out.items())),
            "failing": list(self.failing),
        }

    def lines(self) -> list[str]:
        total = self.count + sum(self.left_out.values()) + len(self.failing)
        lines = [f"documented exchanges replayed: {self.count} of {total}"]
        lines += [f"  . {outcome}: {n}" for outcome, n in sorted(self.replayed.items())]
        lines += [f"  - left out, {reason}: {n}" for reason, n in sorted(self.left_out.items())]
        return lines + [f"  ! {failure}" for failure in self.failing]


def tally(files: Iterable[SourceFile]) -> Tally:
    """Replay every exchange of ``files``; a call that is not generated (definitions the
    installed package was not made from) is left out, a mismatch or refusal is failing."""
    result = Tally()
    for exchange in exchanges(files):
        try:
            _, op = operation_of(exchange)
        except (KeyError, AttributeError):
            result.left_out["an operation the installed package does not generate"] += 1
            continue
        why = left_out(exchange, op)
        if why is not None:
            result.left_out[why] += 1
            continue
        try:
            result.replayed[replay(exchange)] += 1
        except (ReplayMismatch, UcwaError) as exc:
            result.failing.append(f"{exchange.name}: {type(exc).__name__}: {exc}")
    return result
