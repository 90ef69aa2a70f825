"""Errors the runtime raises. A generated ``errors`` module adds one class per UCWA error code,
each a subclass of :class:`ApiError`.

Every error that stems from a response keeps that response whole (status, headers, body), so
that a caller can always see what the server said.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Protocol, Self


class UcwaError(Exception):
    """Base of every error this package raises."""


class RequestError(UcwaError, ValueError):
    """The call's own arguments are wrong (a required one missing, one too long...).

    Raised before anything is sent.
    """


class TransportError(UcwaError):
    """The request did not produce a whole response: connection refused or reset, timeout,
    TLS, or an answer cut short."""

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class TlsError(TransportError):
    """TLS failed: the certificate is not trusted or not for this host (never retried)."""


class OutcomeUnknown(TransportError):
    """A request that must not be sent twice (a POST) was sent, and no whole answer came.

    The server may or may not have applied it. What is known is kept: ``status`` and
    ``headers`` when the answer's head arrived before the connection broke (``body`` holds
    whatever of the body had been read whole), else None. A session finds out from the event channel
    whether an operation sent with an ``operationId`` was applied; without one, only the
    caller can decide (read the resource it would have changed, then send it again or not).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        super().__init__(message, method=method, url=url)
        self.status = status
        self.headers = headers
        self.body = body


class ResponseTooLarge(UcwaError):
    """The answer's body is longer than the client's ``max_body``; reading stopped there.

    ``status`` and ``headers`` are the answer's; the body was not kept (the connection is
    closed rather than read to its end).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int,
        headers: Mapping[str, str],
        limit: int,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status = status
        self.headers = headers
        self.limit = limit


class Answered(Protocol):
    """What an error keeps of the response it is about (``transport.Response`` has it)."""

    @property
    def method(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def status(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def body(self) -> bytes: ...
    @property
    def content_type(self) -> str: ...


class ResponseError(UcwaError):
    """Base of the errors raised for a response; keeps status, headers and body."""

    @classmethod
    def about(cls, response: Answered, message: str) -> Self:
        """The error ``message`` about ``response``, keeping all of it."""
        return cls(
            message,
            status=response.status,
            headers=response.headers,
            body=response.body,
            method=response.method,
            url=response.url,
        )

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
    """A response whose status says the request failed (raised as an :class:`ApiError`, with
    the code and subcode of UCWA's error body)."""


class ApiError(HttpError):
    """A UCWA error response: HTTP status, the body's code, subcode and message, all kept.

    Raised as is for a status no error code claims (401 with its WWW-Authenticate challenge,
    for one); generated code subclasses it once per error code. ``code`` and ``subcode`` are
    the generated package's ``ErrorCode`` and ``ErrorSubcode`` values (open enumerations, so
    strings), or plain strings when no package gave the runtime its enumerations.
    """

    STATUS: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        method: str = "",
        url: str = "",
        code: str | None = None,
        subcode: str | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message, status=status, headers=headers, body=body, method=method, url=url)
        self.code = code
        self.subcode = subcode
        self.reason = reason

    @classmethod
    def about(
        cls,
        response: Answered,
        message: str,
        *,
        code: str | None = None,
        subcode: str | None = None,
        reason: str | None = None,
    ) -> Self:
        """The error ``message`` about ``response``, keeping all of it and the code, subcode
        and reason (message) its body gave."""
        error = super().about(response, message)
        error.code = code
        error.subcode = subcode
        error.reason = reason
        return error


class ParseError(ResponseError):
    """A response whose body could not be read as the operation promises (bad JSON, wrong
    content type, wrong shape)."""


class UnexpectedResponse(ResponseError):
    """A successful status the operation's definition does not list."""


class InsecureRedirect(ResponseError):
    """A redirect from https to plain http: refused, since following it (by hand or by a
    later request) would send the next request, and perhaps its token, in clear."""


class UnsafeUrl(UcwaError, ValueError):
    """A URL is refused before anything is sent: it is not an absolute http(s) URL, or parsers
    could read its host differently (user information, a backslash, whitespace or a control
    character, a percent-encoded or non-ASCII authority). ``url`` is the URL as given."""

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(message)
        self.url = url


class UnrepresentableError(ValueError):
    """A value the target format cannot express (a JSON object kept as an extra, written as
    XML); raised rather than dropping it, since a PUT that loses a property is refused."""
