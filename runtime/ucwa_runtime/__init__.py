"""The hand-written runtime under a generated UCWA client: HTTP transport, authentication,
the JSON and XML codecs, the resource model, operations, batching and the event channel.

It names no UCWA resource, error code or enumeration: a generated package hands it a
:class:`~ucwa_runtime.registry.Registry` of its classes (its ``Client`` carries one). The
names below load with their module on first use, so ``import ucwa_runtime`` costs nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_mapping import ErrorTable, error_from_response
    from .errors import (
        ApiError,
        HttpError,
        ParseError,
        RequestError,
        ResponseError,
        TransportError,
        UcwaError,
    )
    from .exchange import Auth, Request
    from .model import GenericResource, Link, OpenEnum, Resource
    from .registry import LazyClassMap, Registry
    from .transport import Client, Response

# Each public name by the module that defines it.
_EXPORTS = {
    "ApiError": "errors",
    "Auth": "exchange",
    "Client": "transport",
    "ErrorTable": "error_mapping",
    "GenericResource": "model",
    "HttpError": "errors",
    "LazyClassMap": "registry",
    "Link": "model",
    "OpenEnum": "model",
    "ParseError": "errors",
    "Registry": "registry",
    "Request": "exchange",
    "RequestError": "errors",
    "Resource": "model",
    "Response": "transport",
    "ResponseError": "errors",
    "TransportError": "errors",
    "UcwaError": "errors",
    "error_from_response": "error_mapping",
}

__all__ = [
    "ApiError",
    "Auth",
    "Client",
    "ErrorTable",
    "GenericResource",
    "HttpError",
    "LazyClassMap",
    "Link",
    "OpenEnum",
    "ParseError",
    "Registry",
    "Request",
    "RequestError",
    "Resource",
    "Response",
    "ResponseError",
    "TransportError",
    "UcwaError",
    "error_from_response",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
