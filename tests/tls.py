"""TLS for tests: a throwaway trustme CA, the CA file that trusts it, server contexts with its
certificates, and the bundled server over https on 127.0.0.1.

The fixtures are registered in tests/conftest.py, so every test module has them.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from ucwa_testing import UcwaServer
from ucwa_testing.pytest_plugin import TEST_POLL_TIMEOUT, fail_on_violations


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> str:
    """The PEM file of the CA (what a client is given as ``ca_certs``)."""
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def tls_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    """A server's context with a certificate of ``ca`` for ``names``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[UcwaServer]:
    """A bundled server over https on 127.0.0.1 (trusted with ``ca_file``); its protocol
    records fail the test at teardown, as ``ucwa_server``'s do."""
    with UcwaServer(poll_timeout=TEST_POLL_TIMEOUT, tls=tls_context(ca, "127.0.0.1")) as server:
        yield server
    fail_on_violations(server)
