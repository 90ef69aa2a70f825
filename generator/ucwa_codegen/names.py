"""How UCWA's wire names become Python names. One rule each, shared by validate and model."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")

# Names the runtime's base classes already use on every resource, links or embedded object,
# or that operation methods take; a definition using one gets a trailing underscore.
RESERVED_ATTRIBUTES = frozenset(
    {
        "links",
        "embedded",
        "extra",
        "extra_properties",
        "explicit_nulls",
        "rel_omitted",
        "self_link",
        "self",
        "cls",
        "client",
        "link",
        "get",
        "post",
        "put",
        "delete",
        "options",
    }
)

# Names the generated modules bind next to the classes of resources, enumerations and error
# codes (runtime classes and typing helpers they import); a class named like one would shadow
# it. Resources also take NameLinks and NameEmbedded (see validate.check_top_level_names).
RESERVED_CLASSES = frozenset(
    {
        "Any",
        "ApiError",
        "BatchRequest",
        "BatchResult",
        "BearerToken",
        "Challenge",
        "ChannelNotice",
        "Chat",
        "ClassVar",
        "Client",
        "Created",
        "DataUri",
        "ElementTree",
        "Embedded",
        "Event",
        "EventChannel",
        "GenericResource",
        "HttpError",
        "LazyClassMap",
        "Link",
        "LinkSpec",
        "Links",
        "Mapping",
        "MessageText",
        "OpenEnum",
        "OperationFailed",
        "OperationSpec",
        "OutcomeSpec",
        "ParameterSpec",
        "ParseError",
        "PasswordGrant",
        "PendingOperation",
        "PropertySpec",
        "RequestError",
        "Resource",
        "ResourceSpec",
        "Response",
        "ResponseError",
        "UcwaSession",
        "TokenProvider",
        "TokenRequest",
        "TransportError",
        "UcwaError",
        "UnexpectedResponse",
    }
)


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
