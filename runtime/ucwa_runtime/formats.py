"""The wire formats by content type, and the codec that reads and writes each.

``import ucwa`` must stay cheap: the XML codec (and with it defusedxml and ElementTree) is
imported the first time an XML content type is asked for, never before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from . import codec_json
from .errors import UnrepresentableError as UnrepresentableError  # callers catch it here
from .media_types import media_type as media_type  # callers import it from here
from .model import Resource

JSON_CONTENT_TYPES = codec_json.JSON_CONTENT_TYPES
XML_CONTENT_TYPES = ("application/xml", "application/vnd.microsoft.com.ucwa+xml")
CONTENT_TYPES = JSON_CONTENT_TYPES + XML_CONTENT_TYPES


class UnsupportedContentType(ValueError):
    """A content type that is neither of UCWA's JSON nor of its XML types."""


class Codec(Protocol):
    """What each codec module offers (codec_json, codec_xml)."""

    def loads(
        self,
        body: bytes | str,
        registry: Mapping[str, type[Resource]],
        cls: type[Resource] | None = None,
        base_url: str | None = None,
    ) -> Resource: ...

    def dumps(self, resource: Resource) -> bytes: ...

    def dumps_input(self, properties: Mapping[str, Any], links: Mapping[str, str]) -> bytes: ...


def supported(content_type: str) -> str:
    """The media type of ``content_type``, or UnsupportedContentType when no codec reads it."""
    media = media_type(content_type)
    if media not in CONTENT_TYPES:
        raise UnsupportedContentType(
            f"unsupported content type {content_type!r}; supported: {', '.join(CONTENT_TYPES)}"
        )
    return media


def is_xml(content_type: str) -> bool:
    return media_type(content_type) in XML_CONTENT_TYPES


def codec_for(content_type: str) -> Codec:
    """The codec of a content type; UnsupportedContentType for any other."""
    if content_type in JSON_CONTENT_TYPES:  # as ucwa.parse passes it by default
        return codec_json
    if supported(content_type) in XML_CONTENT_TYPES:
        from . import codec_xml

        return codec_xml
    return codec_json
