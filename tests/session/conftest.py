"""UcwaSession tests run against the bundled UCWA server, over real HTTP on loopback."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer
from ucwa_testing.pytest_plugin import pytest_configure, ucwa_server

from .sessions import new_session

__all__ = ["pytest_configure", "ucwa_server"]

MakeSession = Callable[..., ucwa_session.UcwaSession]


@pytest.fixture
def make_session(ucwa_server: UcwaServer) -> Iterator[MakeSession]:
    """Sessions against the fixture's server (closed after the test); kwargs as
    :func:`.sessions.new_session` takes them."""
    made: list[ucwa_session.UcwaSession] = []

    def make(
        token_provider: ucwa.TokenProvider | None = None, **kwargs: object
    ) -> ucwa_session.UcwaSession:
        settings: dict[str, object] = {"root_url": ucwa_server.root_url, "poll_timeout": 0.2}
        settings.update(kwargs)
        session = new_session(
            token_provider
            or ucwa.PasswordGrant(
                ucwa_server.username, lambda: ucwa_server.password, allow_http=True
            ),
            **settings,  # type: ignore[arg-type]
        )
        made.append(session)
        return session

    yield make
    for session in made:
        session.close()


@pytest.fixture
def session(make_session: MakeSession) -> ucwa_session.UcwaSession:
    """A signed-in session with its event channel running."""
    signed_in = make_session()
    signed_in.sign_in()
    return signed_in
