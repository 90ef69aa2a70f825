"""Routes of discovery and sign-in: the autodiscovery root, the user resource, the token."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from . import resources as build
from .routing import APPLICATIONS_PATH, ROOT_PATH, TOKEN_PATH, USER_PATH, Context, route
from .state import opaque
from .wire import Reply, json_reply

if TYPE_CHECKING:
    from .server import UcwaServer


# -- discovery and sign-in ---------------------------------------------------------------


# lyncdiscover.<domain> answers at "/" what the root path does: autodiscovery from a
# domain reads https://lyncdiscover.<domain> itself.
@route("GET", "/", "anonymous")
@route("GET", ROOT_PATH, "anonymous")
def _root(server: UcwaServer, ctx: Context) -> Reply:
    pool = server.pools[ctx.request.pool].url
    self_href = f"{pool}{ROOT_PATH}?originalDomain=contoso.com"
    if server.config.redirect_root and "hop" not in ctx.request.query:
        return json_reply(200, build.root(self_href, redirect=f"{self_href}&hop={opaque(2)}"))
    return json_reply(200, build.root(self_href, user=f"{pool}{USER_PATH}"))


@route("GET", USER_PATH, "user")
def _user(server: UcwaServer, ctx: Context) -> Reply:
    here = server.pools[ctx.request.pool].url
    if ctx.request.pool != server.home_pool:
        home = server.pools[server.home_pool].url
        return json_reply(200, build.user(here + USER_PATH, redirect=f"{home}{ROOT_PATH}"))
    return json_reply(200, build.user(here + USER_PATH, applications=here + APPLICATIONS_PATH))


@route("POST", TOKEN_PATH, "anonymous")
def _token(server: UcwaServer, ctx: Context) -> Reply:
    if ctx.request.media_type != "application/x-www-form-urlencoded":
        return json_reply(400, {"error": "invalid_request"})
    form = dict(parse_qsl(ctx.request.body.decode("utf-8")))
    if form.get("grant_type") != "password":
        return json_reply(400, {"error": "unsupported_grant_type"})
    account = server.state.accounts.get(form.get("username", ""))
    if account is None or not secrets.compare_digest(account.password, form.get("password", "")):
        return json_reply(400, {"error": "invalid_grant"})
    lifetime = server.config.token_lifetime
    value = server.state.issue_token(account, ctx.request.pool, lifetime)
    return json_reply(
        200,
        {
            "access_token": value,
            "expires_in": int(lifetime),
            "ms_rtc_identityscope": "local",
            "token_type": "Bearer",
        },
    )
