"""Batching, client side: several requests in one ``multipart/batching`` POST, one result each.

Each part is a whole HTTP message (``application/http; msgtype=request``) with the path of
its href and a Host header; the response holds one HTTP response per part, in order. The
format itself (building and splitting the bodies) is :mod:`.batching`'s, which the bundled
test server uses too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import attrs

from . import batching
from .by_fields import HashedByFields
from .error_mapping import error_from_response
from .errors import HttpError, ParseError, RequestError
from .model import Link, Resource
from .transport import JSON, Client, Response
from .urls import origin_of


@attrs.frozen(eq=False, repr=False)
class BatchRequest(HashedByFields):
    """One request of a batch: a method, a link the server gave, and an optional JSON body."""

    method: str
    target: Link[Any] | str
    json_body: Any = None


@attrs.frozen(eq=False, repr=False)
class BatchResult(HashedByFields):
    """One part's answer: the response, the resource it holds (typed by rel) or the error."""

    response: Response
    resource: Resource | None = None
    error: HttpError | None = None

    @property
    def status(self) -> int:
        return self.response.status


def _request_part(
    client: Client, request: BatchRequest, origin: tuple[str, str, int]
) -> batching.Part:
    url = client.target_of(request.target).url  # refuses an unsafe href before sending
    if origin_of(url) != origin:
        raise RequestError(f"{url} is not on the batch link's origin; a batch has one host")
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = [("Host", parts.netloc), ("Accept", JSON)]
    body = b""
    if request.json_body is not None:
        body = json.dumps(request.json_body, ensure_ascii=False, separators=(",", ":")).encode()
        headers.append(("Content-Type", JSON))
    return batching.request(request.method, path, headers=headers, body=body)


def send_batch(
    client: Client, batch_link: Link[Any] | str, requests: Sequence[BatchRequest]
) -> list[BatchResult]:
    """POST the requests as one batch; one result per request, in order.

    A part that failed gives a result with ``error`` (the class of its UCWA error code)
    rather than raising, so that the other parts' results are not lost.
    """
    from .operations import parse_response

    batch_url = client.url_for(batch_link)
    origin = origin_of(batch_url)
    body, content_type = batching.build([_request_part(client, r, origin) for r in requests])
    response = client.request(
        "POST", batch_url, body=body, content_type=content_type, accept=batching.BATCH_CONTENT_TYPE
    )
    try:
        answers = batching.split(response.body, response.headers.get("Content-Type", ""))
        if len(answers) != len(requests):
            raise ValueError(f"{len(answers)} answers to {len(requests)} requests")
        results = []
        for request, answer in zip(requests, answers, strict=True):
            status = answer.status
            if status is None:
                raise ValueError(f"a request ({answer.start_line}) where an answer belongs")
            part = Response(
                request.method,
                client.url_for(request.target),
                status,
                _headers(answer.headers),
                answer.body,
            )
            if status >= 400:
                results.append(
                    BatchResult(part, error=error_from_response(part, client.registry.errors))
                )
            elif answer.body.strip():
                results.append(BatchResult(part, resource=parse_response(part, client.registry)))
            else:
                results.append(BatchResult(part))
    except ValueError as exc:  # batching.BatchError included
        raise ParseError.about(response, f"unreadable batch response: {exc}") from exc
    return results


def _headers(pairs: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    from urllib3 import HTTPHeaderDict  # case-insensitive, like a real response's headers

    headers = HTTPHeaderDict()
    for name, value in pairs:
        headers.add(name, value)
    return headers
