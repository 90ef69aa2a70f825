"""Each package's public names, held here (after httpx's test_exported_members): a name that
comes or goes is a decision, made in this file as well as in the code."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

import ucwa
import ucwa.enums
import ucwa.resources

EXPORTED = {
    # Entry points only: parsing, the client, the class maps, and the runtime names a caller
    # needs beside them. Resource classes are in ucwa.resources, the session in ucwa_session.
    "ucwa": [
        "ENUMS",
        "NO_RETRY",
        "REGISTRY",
        "RESOURCES",
        "ApiError",
        "AuthenticationError",
        "BatchRequest",
        "BatchResult",
        "BearerToken",
        "Challenge",
        "ChannelNotice",
        "ChannelStopped",
        "Client",
        "Created",
        "DataUri",
        "Event",
        "EventChannel",
        "GenericResource",
        "Link",
        "OpenEnum",
        "PasswordGrant",
        "Resource",
        "Response",
        "RetryPolicy",
        "TokenProvider",
        "TokenRequest",
        "UcwaError",
        "parse",
        "parse_challenges",
        "serialize",
    ],
    "ucwa_runtime": [
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
    ],
    "ucwa_session": [
        "Chat",
        "ContactChange",
        "Contacts",
        "DiscoveryError",
        "Meetings",
        "MessageText",
        "OperationFailed",
        "OperationOutcomeUnknown",
        "PendingOperation",
        "Presence",
        "SearchResults",
        "SessionOptions",
        "Subscription",
        "UcwaSession",
        "message_text",
    ],
    "ucwa_testing": ["Fault", "ServerConfig", "UcwaServer"],
}


def _package(name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_the_package_exports_exactly_these_names(name: str) -> None:
    assert _package(name).__all__ == EXPORTED[name]


@pytest.mark.parametrize("name", sorted(EXPORTED))
def test_every_exported_name_resolves_to_something_of_the_layers(name: str) -> None:
    package = _package(name)
    for member in package.__all__:
        value = getattr(package, member)
        module = getattr(value, "__module__", None) or type(value).__module__
        assert module.split(".")[0] in {"ucwa", "ucwa_runtime", "ucwa_session", "ucwa_testing"}, (
            member,
            module,
        )


def test_resource_classes_are_in_ucwa_resources_not_at_the_top() -> None:
    # ucwa.Event (the event channel's) beside a resource ucwa.Events read as one thing.
    class_names = sorted(ucwa.RESOURCES.names_by_class())
    assert ucwa.resources.__all__ == class_names
    assert ucwa.resources.Events is ucwa.RESOURCES["events"]
    assert ucwa.Event.__module__ == "ucwa_runtime.event_items"
    for class_name in ("Events", "ConversationLog", "Application"):
        assert not hasattr(ucwa, class_name), class_name


def test_enumerations_are_in_ucwa_enums_each_the_registrys_class() -> None:
    assert ucwa.enums.__all__ == sorted(ucwa.ENUMS)
    for name in ucwa.enums.__all__:
        assert getattr(ucwa.enums, name) is ucwa.ENUMS[name], name
    assert not hasattr(ucwa, "Direction")


def test_an_enumeration_imports_its_own_module_only() -> None:
    # One module per enumeration: a fresh interpreter, since this one has imported them all.
    script = (
        "import sys\n"
        "from ucwa.enums import Direction\n"
        "import ucwa\n"
        "assert ucwa.ENUMS['Direction'] is Direction, Direction\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('ucwa.enums.'))\n"
        "assert loaded == ['ucwa.enums.direction'], loaded\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_name_the_package_does_not_have_raises_attribute_error() -> None:
    for package in (ucwa, ucwa.enums, ucwa.resources, _package("ucwa_runtime")):
        with pytest.raises(AttributeError):
            package.NoSuchName  # noqa: B018


def test_a_bare_import_reaches_the_public_submodules() -> None:
    # A fresh interpreter: in this one other tests have imported the submodules already.
    script = (
        "import ucwa; "
        "assert ucwa.resources.Application.__name__ == 'Application'; "
        "assert ucwa.enums.__name__ == 'ucwa.enums'; "
        "assert issubclass(ucwa.errors.ApiError, Exception)"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
