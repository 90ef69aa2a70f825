"""A UCWA server to test against: ``UcwaServer`` (a context manager) and a pytest fixture.

``from ucwa_testing.pytest_plugin import ucwa_server`` in a conftest.py gives tests a running
server; see :mod:`ucwa_testing.server` for what it speaks and its test controls.
"""

from .faults import Fault
from .server import ServerConfig, UcwaServer

__all__ = ["Fault", "ServerConfig", "UcwaServer"]
