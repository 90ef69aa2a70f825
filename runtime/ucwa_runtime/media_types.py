"""What a Content-Type value says, apart from which codec reads it (formats.py): plain
functions with no import behind them, so that the generator can use them cheaply."""

from __future__ import annotations


def media_type(content_type: str) -> str:
    """The media type of a Content-Type value, lower-cased and without parameters."""
    return content_type.split(";", 1)[0].strip().lower()


def is_json_or_xml(content_type: str) -> bool:
    """Whether a Content-Type names JSON or XML, UCWA's or any other (``+json``, ``/xml``),
    as opposed to message text, SDP, a photo or a multipart batch; an empty one counts."""
    media = media_type(content_type)
    return not media or media.endswith(("/json", "+json", "/xml", "+xml"))
