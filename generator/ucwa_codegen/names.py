"""How UCWA's wire names become Python names. One rule each, shared by validate and model."""

from __future__ import annotations

import keyword
import re

from . import reserved

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Names generated code already uses (read from the runtime and templates: see reserved.py).
# A property, link, embedded resource or parameter named like a member gets a trailing
# underscore (its wire name is kept in the class's SPEC); a class so named is an error.
RESERVED_ATTRIBUTES = reserved.RESERVED_ATTRIBUTES
RESERVED_CLASSES = reserved.RESERVED_CLASSES


def snake_case(name: str) -> str:
    """``onlineMeetingUri`` -> ``online_meeting_uri``, ``AppSharing`` -> ``app_sharing``."""
    return _WORD_BOUNDARY.sub("_", name).lower()


def attribute_name(wire: str) -> str:
    """The attribute or parameter name of a wire name (may still be invalid: see is_valid)."""
    name = snake_case(wire)
    if keyword.iskeyword(name) or name in RESERVED_ATTRIBUTES:
        name += "_"
    return name


def class_name(rel: str) -> str:
    """``conversationLog`` -> ``ConversationLog``."""
    return rel[:1].upper() + rel[1:]


def module_name(rel: str) -> str:
    name = snake_case(rel)
    return name + "_" if keyword.iskeyword(name) else name


def member_name(value: str) -> str:
    """Enumeration member of a wire value: ``ApplicationSharing`` -> ``APPLICATION_SHARING``."""
    name = snake_case(value).upper()
    return name + "_" if keyword.iskeyword(name) else name


def is_valid(name: str) -> bool:
    """A plain ASCII identifier, not a keyword, that Python and attrs accept as a public name."""
    return (
        name.isascii()
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
    )
