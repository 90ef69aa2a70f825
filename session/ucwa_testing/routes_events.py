"""The event channel's route: the long poll, ``next``/``resume``/``resync``, PGetReplaced."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from . import resources as build
from .routing import Context, Refused, invalid, route
from .state import Application, Poll
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer

Json = dict[str, Any]


# -- the event channel -------------------------------------------------------------------


def _senders(events: list[tuple[str, str, Json]]) -> list[Json]:
    # Consecutive events of one sender share a block; order across senders is kept.
    blocks: list[Json] = []
    for rel, href, event in events:
        if blocks and blocks[-1]["href"] == href:
            blocks[-1]["events"].append(event)
        else:
            blocks.append({"rel": rel, "href": href, "events": [event]})
    return blocks


def _page(app: Application, ack: int) -> str:
    return f"{app.base}/events?ack={ack}&key={app.events.key}"


@route("GET", "{APP}/events")
def _events(server: UcwaServer, ctx: Context) -> Reply:
    app, query, cond = ctx.application, ctx.request.query, server.state.cond
    queue = app.events
    if query.get("key") != queue.key:
        raise Refused(404, "NotFound", "ResourceNotFound", "no such event channel")
    try:
        ack = int(query.get("ack", ""))
        priority = int(query.get("priority", "0"))
        timeout = min(
            float(query.get("timeout", server.config.poll_timeout)), server.config.poll_timeout
        )
    except ValueError:
        raise invalid("ack, priority and timeout are numbers") from None
    if queue.resync_next or ack <= queue.acked or ack > queue.released + 1:
        queue.resync_next = False
        resync = build.events_page(_page(app, ack), "resync", _page(app, queue.acked + 1), [])
        return json_reply(200, resync)
    queue.acked = ack - 1
    for number in [n for n in queue.batches if n <= queue.acked]:
        del queue.batches[number]
    if ack > queue.released:
        if queue.waiting is not None and queue.waiting.priority > priority:
            raise Refused(409, "Conflict", "PGetReplaced", "a P-GET of higher priority is pending")
        if queue.waiting is not None:
            queue.waiting.replaced = True
        poll = queue.waiting = Poll(priority)
        cond.notify_all()
        deadline = time.monotonic() + timeout
        while not (queue.pending or poll.replaced or app.lost or server.state.stopping):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            cond.wait(remaining)
        if queue.waiting is poll:
            queue.waiting = None
        if poll.replaced:
            raise Refused(409, "Conflict", "PGetReplaced", "another P-GET replaced this one")
        try:
            server._application_of(ctx)  # gone while we waited: answer with its error
        except Refused as refused:
            raise refused.excused() from None
        if server.state.stopping:
            raise Refused(503, "ServiceUnavailable", None, "the server is stopping")
        next_rel = "resume" if queue.resume_next else "next"
        queue.resume_next = False
        queue.batches[ack] = build.events_page(
            _page(app, ack), next_rel, _page(app, ack + 1), _senders(queue.pending)
        )
        queue.delivered += len(queue.pending)
        queue.pending = []
        queue.released = ack
    if queue.drop_next:
        queue.drop_next -= 1
        return Reply(0, drop=True)
    return json_reply(200, queue.batches[ack])
