"""The batch route: a multipart/batching request answered part by part."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from ucwa_runtime import batching
from urllib3 import HTTPHeaderDict

from .routing import Context, Refused, route
from .wire import Reply, Request, error_reply

if TYPE_CHECKING:
    from .server import UcwaServer

REASONS = {200: "OK", 201: "Created", 204: "No Content", 400: "Bad Request"}


# -- batching ----------------------------------------------------------------------------


@route("POST", "{APP}/batch")
def _batch(server: UcwaServer, ctx: Context) -> Reply:
    request = ctx.request
    if request.media_type != batching.BATCH_CONTENT_TYPE:
        raise Refused(415, "UnsupportedMediaType", None, "a batch is multipart/batching")
    try:
        parts = batching.split(request.body, request.headers.get("Content-Type", ""))
    except batching.BatchError as exc:
        raise Refused(400, "BadRequest", "DeserializationFailure", str(exc)) from None
    answers = []
    for part in parts:
        method, target, _ = part.start_line.split(" ", 2)
        url = urlsplit(target)
        path, built = server.aliases.inward(url.path)
        inner = Request(
            method,
            path,
            dict(parse_qsl(url.query, keep_blank_values=True)),
            HTTPHeaderDict(
                [*part.headers, ("Authorization", request.headers.get("Authorization", ""))]
            ),
            part.body,
            request.pool,
            wire_path=url.path,
            built=built,
        )
        if inner.path.endswith("/events") or inner.path.endswith("/batch"):
            reply = error_reply(400, "BadRequest", None, "not allowed in a batch")
        else:
            reply = server._dispatch(inner, inner.headers["Authorization"])
        reason = REASONS.get(reply.status, "Error")
        answers.append(
            batching.Part(f"HTTP/1.1 {reply.status} {reason}", reply.headers, reply.body)
        )
    body, content_type = batching.build(answers)
    return Reply(200, body, (("Content-Type", content_type),))
