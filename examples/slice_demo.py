"""The messaging slice at work: read a conversation log, continue messaging from it.

Runs against a small UCWA stand-in on loopback that answers the two calls the way a server
does (a conversationLog with an opaque href, then 201 Created with a Location). The payload is
the documented example of conversationLog_ref.md, with the server's own hrefs.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import ucwa

# Real servers' hrefs do not follow the documented paths; the client never builds one.
LOG_HREF = "/ucwa/oauth/v1/applications/103753940963/communication/conversationLogs/7f3a"
CONTINUE_HREF = LOG_HREF + "/continueMessaging?ctx=9b1"
LOG = {
    "rel": "conversationLog",
    "creationTime": "/Date(1474932024587)/",
    "direction": "Incoming",
    "importance": "Normal",
    "modalities": ["Messaging", "Audio"],
    "subject": "Conversation with xxx.",
    "threadId": "534e445ee854436a8abe02c24985f78a",
    "totalRecipientsCount": 1,
    "type": "AudioLog",
    "a3c6e0b9-1c1f-4a44-8d0b-3c2f6d0a9e55": "please pass this in a PUT request",
    "_links": {
        "self": {"href": LOG_HREF},
        "continueMessaging": {"href": CONTINUE_HREF, "revision": "2"},
    },
    "_embedded": {
        "conversationLogRecipient": [
            {
                "rel": "conversationLogRecipient",
                "displayName": "Alex Darrow",
                "sipUri": "sip:alex@contoso.com",
                "_links": {"self": {"href": LOG_HREF + "/recipients/1"}},
            }
        ]
    },
}


class StandIn(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[str, str, bytes]]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._reply(200, json.dumps(LOG).encode(), {"Content-Type": "application/json"})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((self.command, self.path, body))
        self._reply(
            201, b"", {"Location": "/ucwa/oauth/v1/applications/103753940963/invitations/602"}
        )

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with ucwa.Client(base) as client:
        log = ucwa.ConversationLog.get(client, ucwa.Link(href=LOG_HREF))
        print(f"conversationLog {log.subject!r}, {log.direction}, created {log.creation_time}")
        print(f"  modalities: {[str(m) for m in log.modalities or []]}")
        for recipient in log.embedded.conversation_log_recipient or []:
            print(f"  recipient: {recipient.display_name} <{recipient.sip_uri}>")
        print(f"  kept unknown properties: {sorted(log.extra_properties)}")
        link = log.links.continue_messaging
        assert link is not None, "the server offers no continueMessaging here"
        created = ucwa.ContinueMessaging.post(
            client, link, operation_id="demo-1", message="Picking up where we left off."
        )
        method, path, body = StandIn.received[-1]
        print(f"sent {method} {path}")
        print(f"  body: {body.decode()}")
        print(f"created messagingInvitation at {client.url_for(created.link)}")
    server.shutdown()


if __name__ == "__main__":
    main()
