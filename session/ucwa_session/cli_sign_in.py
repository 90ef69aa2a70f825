"""How the ``ucwa`` command signs in: who, where, the password's source, and the one place
it builds a :class:`~.session.UcwaSession` (:func:`open_session`).

The password never comes from a command-line option (other users see the process list): it
is the output of ``--password-command`` (run again for each token request, as git's
credential helpers are), else ``UCWA_PASSWORD``, else asked for on the terminal once.
``--bundled`` signs in to the bundled UCWA server instead, started in this process.
"""

from __future__ import annotations

import getpass
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import attrs
import urllib3
from ucwa_runtime.auth import AuthenticationError, PasswordGrant
from ucwa_runtime.events import DEFAULT_POLL_TIMEOUT
from ucwa_runtime.secret import SecretStr
from ucwa_runtime.transport import DEFAULT_TIMEOUT

from .options import SessionOptions
from .session import UcwaSession

if TYPE_CHECKING:
    from ucwa_testing import UcwaServer

PASSWORD_VARIABLE = "UCWA_PASSWORD"
# How long a --password-command may take before the sign-in gives up on it.
PASSWORD_COMMAND_TIMEOUT = 60.0
# The bundled server holds a long poll this long: the command's exit cuts it anyway.
BUNDLED_POLL_TIMEOUT = 1.0


class SignInUsage(ValueError):
    """What the command line left out or gave twice (the command exits 2)."""


@attrs.frozen
class SignIn:
    """Where and as whom to sign in, as the options and environment gave it."""

    user: str | None = None
    domain: str | None = None
    root_url: str | None = None
    password_command: str | None = None
    bundled: bool = False
    ca_certs: str | None = None
    trusted_hosts: Sequence[str] = ()
    timeout: float | None = None  # seconds for each answer (None: the client's default)

    def target(self) -> tuple[str | None, str | None]:
        """(domain, root_url) for the session: the one given, else the domain of the
        user's address."""
        if self.domain and self.root_url:
            raise SignInUsage("give --domain or --root-url, not both")
        if self.root_url or self.domain:
            return self.domain, self.root_url
        assert self.user is not None
        if "@" not in self.user:
            raise SignInUsage("give --domain or --root-url (or a user of the form name@domain)")
        return self.user.rsplit("@", 1)[1], None


def password_source(sign_in: SignIn, environ: Mapping[str, str]) -> Callable[[], str]:
    """Where the password comes from, first found: ``--password-command``, ``UCWA_PASSWORD``,
    a prompt now (only on a terminal). ``SignInUsage`` when there is none."""
    if sign_in.password_command:
        command = shlex.split(sign_in.password_command)
        return lambda: run_password_command(command)
    if environ.get(PASSWORD_VARIABLE):
        return lambda: environ[PASSWORD_VARIABLE]
    if not sys.stdin.isatty():
        raise SignInUsage(
            f"no password: set {PASSWORD_VARIABLE}, give --password-command, or run on a terminal"
        )
    asked = SecretStr(getpass.getpass(f"Password for {sign_in.user}: "))
    return lambda: revealed(asked)


def revealed(secret: SecretStr) -> str:
    """The plain string a SecretStr holds (its own str() hides it), for the grant's form."""
    return str.__str__(secret)


def run_password_command(command: list[str]) -> str:
    """The first line the command writes; AuthenticationError when it fails."""
    try:
        done = subprocess.run(
            command, capture_output=True, timeout=PASSWORD_COMMAND_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise AuthenticationError(f"the password command could not run: {error}") from None
    if done.returncode != 0:
        raise AuthenticationError(f"the password command failed (exit {done.returncode})")
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if not lines or not lines[0]:
        raise AuthenticationError("the password command printed no password")
    return lines[0]


def make_session(
    sign_in: SignIn,
    environ: Mapping[str, str],
    *,
    allow_http: bool = False,
    poll_timeout: float = DEFAULT_POLL_TIMEOUT,
) -> UcwaSession:
    """The session the options describe (not signed in yet); the one place the command
    builds one."""
    if sign_in.user is None:
        raise SignInUsage("give --user (or set UCWA_USER)")
    domain, root_url = sign_in.target()  # a usage error before the password is asked for
    grant = PasswordGrant(sign_in.user, password_source(sign_in, environ), allow_http=allow_http)
    timeouts: dict[str, Any] = {}
    if sign_in.timeout is not None:
        # --timeout is the wait for each answer; connecting keeps the client's shorter bound.
        wait = sign_in.timeout
        default = DEFAULT_TIMEOUT.connect_timeout
        connect = min(wait, default) if isinstance(default, int | float) else wait
        timeouts["timeout"] = urllib3.Timeout(connect=connect, read=wait)
    return UcwaSession.connect(
        grant,
        domain=domain,
        root_url=root_url,
        trusted_hosts=sign_in.trusted_hosts,
        options=SessionOptions(poll_timeout=poll_timeout),
        ca_certs=sign_in.ca_certs,
        user_agent="ucwa-cli",
        **timeouts,
    )


@contextmanager
def open_session(sign_in: SignIn, environ: Mapping[str, str] = os.environ) -> Iterator[UcwaSession]:
    """A signed-in session, closed (its application deleted) on the way out; with
    ``bundled``, against a bundled UCWA server started for it and stopped after."""
    if not sign_in.bundled:
        with make_session(sign_in, environ) as session:
            session.sign_in()
            yield session
        return
    with start_bundled_server() as server:
        bundled = attrs.evolve(
            sign_in,
            user=server.username,
            domain=None,
            root_url=server.root_url,
            password_command=None,
        )
        passwords = {PASSWORD_VARIABLE: server.password}
        with make_session(
            bundled, passwords, allow_http=True, poll_timeout=BUNDLED_POLL_TIMEOUT
        ) as session:
            session.sign_in()
            yield session


def start_bundled_server() -> UcwaServer:
    """A bundled UCWA server (``ucwa_testing.UcwaServer``) on loopback, to be used with
    ``with``; a function of its own so that tests can see the server a command used."""
    from ucwa_testing import UcwaServer

    return UcwaServer(poll_timeout=BUNDLED_POLL_TIMEOUT)
