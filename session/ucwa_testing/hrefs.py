"""Opaque hrefs: what the bundled server hands out is no documented path.

The reference pages write hrefs such as ``/ucwa/oauth/v1/applications/192/communication``, and a
client that builds those paths instead of following links would pass against a server that
uses them. So, on the wire, every href below an application is an opaque alias
(``/ucwa/oauth/v1/applications/192/3f9c0a7d51e2b846``), different in every run; only the
application's own href (its Location) and the sign-in hrefs keep their shape, as on real
servers (captures 019-024).

The routes still work on the documented paths: an answer's hrefs are turned into aliases on
the way out (:meth:`Aliases.outward`), and a request's alias back into its path on the way in
(:meth:`Aliases.inward`). A request to a path below an application that is no alias was built,
not followed: it goes nowhere (404) and the protocol records it.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from .state import opaque
from .wire import Reply

# An href below an application, relative or absolute: (origin, application, rest, query).
_BELOW_APPLICATION = re.compile(
    r"^(?P<origin>[a-z]+://[^/]+)?(?P<app>/ucwa/oauth/v1/applications/\d+)"
    r"(?P<rest>/[^?#]+)(?P<query>[?#].*)?$",
    re.DOTALL,
)
_LOCATION = "location"


@attrs.define
class Aliases:
    """The aliases of one server's documented paths, both ways; used under the state lock."""

    _alias_of: dict[str, str] = attrs.field(factory=dict)  # documented path -> alias
    _path_of: dict[str, str] = attrs.field(factory=dict)  # alias -> documented path

    def alias(self, path: str) -> str:
        """The opaque alias of a documented path below an application (made on first use)."""
        found = self._alias_of.get(path)
        if found is None:
            app = _BELOW_APPLICATION.match(path)
            assert app is not None, path
            found = f"{app['app']}/{opaque()}"
            self._alias_of[path] = found
            self._path_of[found] = path
        return found

    def inward(self, path: str) -> tuple[str, bool]:
        """(the documented path a request path stands for, whether it was built rather than
        handed out: a path below an application that is no alias)."""
        if path in self._path_of:
            return self._path_of[path], False
        return path, _BELOW_APPLICATION.match(path) is not None

    def outward(self, reply: Reply) -> Reply:
        """The reply with every href below an application (in its JSON body and its
        Location) written as its alias."""
        headers = tuple(
            (name, self.href(value) if name.lower() == _LOCATION else value)
            for name, value in reply.headers
        )
        body = reply.body
        if body[:1] == b"{":
            body = json.dumps(self._document(json.loads(body)), separators=(",", ":")).encode()
        return attrs.evolve(reply, body=body, headers=headers)

    def href(self, href: str) -> str:
        """An href as it goes out: below an application, its path is the alias."""
        match = _BELOW_APPLICATION.match(href)
        if match is None:
            return href
        documented = match["app"] + match["rest"]
        if documented in self._path_of:  # an alias already
            return href
        return (match["origin"] or "") + self.alias(documented) + (match["query"] or "")

    def _document(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self._document(item) for item in node]
        if not isinstance(node, dict):
            return node
        return {
            key: self.href(value)
            if key == "href" and isinstance(value, str)
            else self._document(value)
            for key, value in node.items()
        }
