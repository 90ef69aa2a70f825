"""What the pages say beyond one type and one "required": null on purpose, and revisions.

A page's "Nullable" hint means the parameter takes null, which is not the same as leaving it
out; and a revision page may make a parameter required or optional (startMessaging2 requires
operationId and no longer requires ``to``; search2 no longer requires ``query``). A link says
which revision it leads to (``"revision": "2"``, capture 024), and the call follows it.
"""

from __future__ import annotations

import inspect
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from ucwa_runtime.errors import RequestError
from ucwa_runtime.operations import UNSET, OperationSpec

import ucwa
import ucwa.resources
from ucwa.enums import PreferredAvailability

from .conftest import FakePool

REFERENCE = Path(__file__).resolve().parents[2].parent / "shared" / "ucwa-reference"
HOST = "https://fe1.contoso.com"


def _client(pool: FakePool, media_type: str = "application/json") -> ucwa.Client:
    return ucwa.Client(HOST, pool=pool, content_type=media_type)  # type: ignore[arg-type]


def _specs(rel: str) -> dict[str, OperationSpec[Any]]:
    module = sys.modules[ucwa.RESOURCES[rel].__module__]
    found = [v for v in vars(module).values() if isinstance(v, OperationSpec)]
    return {spec.method: spec for spec in found}


def _sent_json(pool: FakePool) -> Any:
    body = pool.sent[-1].body
    assert body is not None
    return json.loads(body)


# -- null on purpose ---------------------------------------------------------------------


def test_none_for_a_nullable_parameter_is_sent_as_null(pool: FakePool) -> None:
    pool.answer(204)
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/me/makeMeAvailable")
    ucwa.resources.MakeMeAvailable.post(_client(pool), link, sign_in_as=None, phone_number=None)
    # signInAs is "Nullable (PreferredAvailability)": null goes out; phoneNumber is not
    # nullable, and None leaves it out as before.
    assert _sent_json(pool) == {"signInAs": None}


def test_a_nullable_parameter_left_out_is_not_sent(pool: FakePool) -> None:
    pool.answer(204)
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/me/makeMeAvailable")
    ucwa.resources.MakeMeAvailable.post(
        _client(pool), link, sign_in_as=PreferredAvailability.ONLINE
    )
    assert _sent_json(pool) == {"signInAs": "Online"}


def test_null_in_xml_is_an_empty_property(pool: FakePool) -> None:
    pool.answer(204)
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/me/makeMeAvailable")
    ucwa.resources.MakeMeAvailable.post(
        _client(pool, "application/xml"), link, audio_preference=None
    )
    body = pool.sent[-1].body or b""
    assert b'<property name="audioPreference" />' in body or (
        b'<property name="audioPreference"/>' in body
    )


def test_the_generated_signature_says_which_parameters_take_none() -> None:
    post = inspect.signature(ucwa.resources.MakeMeAvailable.post).parameters
    assert post["sign_in_as"].annotation == "PreferredAvailability | Unset | None"
    assert post["sign_in_as"].default is UNSET
    assert post["phone_number"].annotation == "str | None"
    assert post["phone_number"].default is None


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"no reference pages at {REFERENCE}")
def test_every_nullable_hint_of_the_pages_reaches_the_generated_call() -> None:
    from ucwa_codegen.importer import page_paths
    from ucwa_codegen.importer.reference import read_reference
    from ucwa_codegen.importer.report import Report

    reference = read_reference(page_paths([REFERENCE]), Report())
    hinted = {
        (page.rel, operation.method, param.name)
        for page in reference.resources
        for operation in page.operations
        for param in operation.body
        if "Nullable" in param.text
    }
    assert len(hinted) == 43  # 50 rows, 7 of them repeated by revision pages
    nullable = {
        (rel, method, param.wire)
        for rel in {key[0] for key in hinted}
        for method, spec in _specs(rel).items()
        for param in spec.query + spec.body
        if param.nullable
    }
    # A PUT that sends the resource itself (communication's) has no parameters in its spec:
    # its rows describe properties, which a resource may hold as None and writes as null.
    sends_resource = {key for key in hinted if _specs(key[0])[key[1]].sends_resource}
    assert sends_resource == {("communication", "PUT", "lisQueryResult")}
    assert nullable == hinted - sends_resource


# -- required by revision ----------------------------------------------------------------


def _start_messaging(revision: str | None) -> ucwa.Link[Any]:
    attributes = {"revision": revision} if revision else {}
    return ucwa.Link(
        href="/ucwa/v1/applications/192/communication/messagingInvitations",
        attributes=attributes,
    )


def test_revision_2_of_start_messaging_requires_an_operation_id(pool: FakePool) -> None:
    with pytest.raises(RequestError, match="operation_id is required by revision 2"):
        ucwa.resources.StartMessaging.post(
            _client(pool), _start_messaging("2"), to="sip:a@contoso.com"
        )
    assert pool.sent == []  # refused before anything was sent


def test_revision_1_requires_to_and_revision_2_does_not(pool: FakePool) -> None:
    with pytest.raises(RequestError, match="to is required"):
        ucwa.resources.StartMessaging.post(
            _client(pool), _start_messaging(None), operation_id="op1"
        )
    pool.answer(201, b"", {"Location": "/invitations/1"})
    ucwa.resources.StartMessaging.post(_client(pool), _start_messaging("2"), operation_id="op1")
    assert _sent_json(pool) == {"operationId": "op1"}


def test_revision_1_takes_start_messaging_without_an_operation_id(pool: FakePool) -> None:
    pool.answer(201, b"", {"Location": "/invitations/1"})
    ucwa.resources.StartMessaging.post(
        _client(pool), _start_messaging(None), to="sip:a@contoso.com"
    )
    assert _sent_json(pool) == {"to": "sip:a@contoso.com"}


def test_revision_2_of_search_takes_no_query(pool: FakePool) -> None:
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/people/search")
    with pytest.raises(RequestError, match="query is required"):
        ucwa.resources.Search.get(_client(pool), link, mail="a@contoso.com")
    pool.answer(200, b'{"rel": "search"}', {"Content-Type": "application/json"})
    revised: ucwa.Link[Any] = ucwa.Link(href=link.href, attributes={"revision": "2"})
    ucwa.resources.Search.get(_client(pool), revised, mail="a@contoso.com")
    assert pool.sent[-1].url.endswith("/people/search?mail=a%40contoso.com")
