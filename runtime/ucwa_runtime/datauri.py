"""RFC 2397 ``data:`` URIs, the way UCWA carries message text in ``_links.message.href``.

UCWA URL-encodes the data of a URI that is not base64 (PayloadFormat.md: "UCWA 2.0 always
uses URL encoding in data URIs", with ``data:text/plain,Hello+World``): a ``+`` there is a
space, and a ``+`` of the text travels as ``%2B``. Both are read and written that way.
"""

from __future__ import annotations

import base64
import binascii
from urllib.parse import quote_plus, unquote_to_bytes

import attrs

from .by_fields import HashedByFields

# Longest data: URI parse() reads (characters). UCWA carries message text this way; a
# longer one is refused before it is decoded, so a hostile body costs no more than its size.
MAX_DATA_URI = 1024 * 1024


class DataUriTooLarge(ValueError):
    """A ``data:`` URI longer than the limit :meth:`DataUri.parse` was given."""


@attrs.frozen(eq=False, repr=False)
class DataUri(HashedByFields):
    """A parsed ``data:`` URI.

    ``str(uri)`` gives the exact text it was parsed from, so a URI read from a server goes
    back byte for byte; one built with :meth:`from_text` is written base64 or URL-encoded
    (spaces as ``+``) as asked.
    """

    media_type: str = "text/plain"
    parameters: tuple[tuple[str, str], ...] = ()
    data: bytes = b""
    is_base64: bool = False
    source: str | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def parse(cls, uri: str, limit: int = MAX_DATA_URI) -> DataUri:
        """Parse ``data:[<media type>][;param=value]*[;base64],<data>``; ValueError if not one,
        DataUriTooLarge (a ValueError) if longer than ``limit`` characters."""
        if len(uri) > limit:
            raise DataUriTooLarge(f"a data URI of {len(uri)} characters; at most {limit} are read")
        if not uri[:5].lower() == "data:":
            raise ValueError("a data URI starts with 'data:'")
        header, comma, payload = uri[5:].partition(",")
        if not comma:
            raise ValueError("a data URI needs a ',' before its data")
        pieces = header.split(";")
        is_base64 = len(pieces) > 1 and pieces[-1].lower() == "base64"
        if is_base64:
            pieces = pieces[:-1]
        media_type = pieces[0] or "text/plain"
        parameters = []
        for piece in pieces[1:]:
            name, equals, value = piece.partition("=")
            if not equals or not name:
                raise ValueError(f"bad data URI parameter {piece!r}")
            parameters.append((name, value))
        if is_base64:
            try:
                data = base64.b64decode(unquote_to_bytes(payload), validate=True)
            except binascii.Error as exc:
                raise ValueError(f"bad base64 in data URI: {exc}") from None
        else:  # URL encoding: '+' before percent-decoding, so that "%2B" stays a '+'
            data = unquote_to_bytes(payload.replace("+", " "))
        return cls(media_type, tuple(parameters), data, is_base64, uri)

    @classmethod
    def from_text(
        cls,
        text: str,
        media_type: str = "text/plain",
        *,
        charset: str = "utf-8",
        encode_base64: bool = False,
    ) -> DataUri:
        """Build the URI of a message text (``text/plain`` or ``text/html``)."""
        return cls(media_type, (("charset", charset),), text.encode(charset), encode_base64)

    @property
    def charset(self) -> str:
        for name, value in self.parameters:
            if name.lower() == "charset":
                return value
        return "us-ascii"

    @property
    def text(self) -> str:
        """The data decoded with its charset (US-ASCII when none is given, per RFC 2397).

        ValueError when the data is not in that charset, or the charset is one Python does
        not know (a server's word, so not a LookupError of the caller's making).
        """
        try:
            return self.data.decode(self.charset)
        except LookupError:
            raise ValueError(f"a data URI in an unknown charset {self.charset[:40]!r}") from None

    def __str__(self) -> str:
        if self.source is not None:
            return self.source
        header = self.media_type + "".join(f";{name}={value}" for name, value in self.parameters)
        if self.is_base64:
            return f"data:{header};base64,{base64.b64encode(self.data).decode('ascii')}"
        return f"data:{header},{quote_plus(self.data, safe='')}"
