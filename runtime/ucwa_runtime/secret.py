"""Strings and bytes that hold a secret and never show it.

Error trackers and ``pytest -l`` print the locals of every frame of a traceback, and a
failure while a request is sent has the Authorization header and the password grant's form
in many of them, urllib3's included. A :class:`SecretStr` or :class:`SecretBytes` is the
secret itself (a ``str`` or ``bytes`` subclass, so it travels through urllib3 and
``http.client`` unchanged until its bytes are written to the socket), with a ``repr`` and a
``str`` that show nothing: a dict or tuple holding one shows ``<hidden>`` in its place.
"""

from __future__ import annotations

HIDDEN = "<hidden>"


class SecretStr(str):
    """A str whose repr and str are ``<hidden>``; its characters are written as any str's."""

    __slots__ = ()

    def __repr__(self) -> str:
        return HIDDEN

    __str__ = __repr__


class SecretBytes(bytes):
    """Bytes whose repr and str are ``<hidden>``; sent as any bytes are."""

    __slots__ = ()

    def __repr__(self) -> str:
        return HIDDEN

    __str__ = __repr__
