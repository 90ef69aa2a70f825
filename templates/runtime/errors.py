"""Errors the runtime raises. The generated ``errors`` module adds one class per UCWA error code.

Every error that stems from a response keeps that response whole (status, headers, body), so
that a caller can always see what the server said.
"""

from __future__ import annotations

from collections.abc import Mapping


class UcwaError(Exception):
    """Base of every error this package raises."""


class RequestError(UcwaError, ValueError):
    """The call's own arguments are wrong (a required one missing, one too long...).

    Raised before anything is sent.
    """


class TransportError(UcwaError):
    """The request did not produce a response: connection refused or reset, timeout, TLS."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class ResponseError(UcwaError):
    """Base of the errors raised for a response; keeps status, headers and body."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers
        self.body = body
        self.method = method
        self.url = url

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "")


class HttpError(ResponseError):
    """A response whose status says the request failed (the generated ``ApiError`` subclasses
    this with the code and subcode of UCWA's error body)."""


class ParseError(ResponseError):
    """A response whose body could not be read as the operation promises (bad JSON, wrong
    content type, wrong shape)."""


class UnexpectedResponse(ResponseError):
    """A successful status the operation's definition does not list."""
