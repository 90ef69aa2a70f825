"""The public names of the generated package, worked out once here; the templates print them.

The package's top level keeps entry points only: parsing and writing, the client, the maps of
its classes, and the runtime's names a caller needs next to them. Resource classes live in
``ucwa.resources`` (``ucwa.Event``, the event channel's, would otherwise sit beside the
resource ``ucwa.resources.Events``); the session is the ``ucwa_session`` distribution's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .imports import Import
    from .model import Api

RUNTIME = "ucwa_runtime"

# The runtime's names the package's top level re-exports, by the runtime module defining them.
RUNTIME_EXPORTS = {
    "ApiError": "errors",
    "AuthenticationError": "auth",
    "BatchRequest": "batch_client",
    "BatchResult": "batch_client",
    "BearerToken": "transport",
    "Challenge": "auth",
    "ChannelNotice": "events",
    "ChannelStopped": "events",
    "Created": "operations",
    "DataUri": "datauri",
    "Event": "events",
    "EventChannel": "events",
    "GenericResource": "model",
    "Link": "model",
    "NO_RETRY": "transport",
    "OpenEnum": "model",
    "PasswordGrant": "auth",
    "Resource": "model",
    "Response": "transport",
    "RetryPolicy": "transport",
    "TokenProvider": "auth",
    "TokenRequest": "auth",
    "UcwaError": "errors",
    "parse_challenges": "auth",
}

# What the package's top level defines itself, by the generated module it comes from ("" for
# the package's __init__).
OWN_EXPORTS = {
    "ENUMS": "registry",
    "REGISTRY": "registry",
    "RESOURCES": "registry",
    "Client": "client",
    "parse": "",
    "serialize": "",
}

# The runtime's errors the generated ``errors`` module re-exports beside its own classes, so
# that ``except ucwa.errors.HttpError`` reads like ``except ucwa.errors.Conflict``.
ERRORS_REEXPORTS = (
    "ApiError",
    "HttpError",
    "InsecureRedirect",
    "OutcomeUnknown",
    "ParseError",
    "RequestError",
    "ResponseError",
    "ResponseTooLarge",
    "TlsError",
    "TransportError",
    "UcwaError",
    "UnexpectedResponse",
    "UnsafeUrl",
)
ERRORS_OWN = ("ERRORS_BY_CODE", "ERRORS_BY_STATUS", "ERROR_TABLE")

# The package's public submodules: after a bare ``import ucwa``, touching
# ``ucwa.resources`` imports it, as it would once anything else had.
SUBMODULES = ("enums", "errors", "resources")


def sorted_names(names: list[str]) -> list[str]:
    """``__all__`` order as ruff's RUF022 wants it: CONSTANTS, then Classes, then functions."""

    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return 0, name
        return (1 if name[:1].isupper() else 2), name

    return sorted(names, key=key)


def package_names() -> list[str]:
    """The package's ``__all__``."""
    return sorted_names([*RUNTIME_EXPORTS, *OWN_EXPORTS])


def lazy_names(package: str) -> dict[str, str]:
    """The top-level names imported on first use, each with the absolute module it is in."""
    found = {name: f"{RUNTIME}.{module}" for name, module in RUNTIME_EXPORTS.items()}
    found.update(
        (name, f"{package}.{module}")
        for name, module in OWN_EXPORTS.items()
        if module and module != "registry"  # the maps are imported eagerly (they are small)
    )
    return dict(sorted(found.items()))


def type_checking_imports(package: str) -> str:
    """The import block (indented) of every lazy name, for the type checker's benefit."""
    # Imported here: validation reads this module's names (reserved.py) and needs none of
    # the formatting stage that import_block's line length comes from.
    from .imports import import_block

    imports: list[Import] = []
    for name, module in lazy_names(package).items():
        # the package's own modules relative, as every generated module imports them
        own = module.startswith(f"{package}.")
        imports.append((module[len(package) :] if own else module, [name]))
    return import_block(imports, 4)


def resource_imports(api: Api) -> str:
    """The ``resources`` package's import block (indented) of every resource class."""
    from .imports import import_block

    return import_block(((f".{r.module}", [r.class_name]) for r in api.resources), 4)


def errors_names(error_codes: list[str]) -> list[str]:
    """The generated ``errors`` module's ``__all__``."""
    return sorted_names([*ERRORS_REEXPORTS, *ERRORS_OWN, *error_codes])
