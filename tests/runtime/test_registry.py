"""The runtime reads responses with what generated code hands it, and knows nothing without.

Only ucwa_runtime is imported here: the registry, not the runtime, knows the API's classes.
"""

from __future__ import annotations

import json
from collections import OrderedDict

import pytest
from ucwa_runtime.error_mapping import ErrorTable, error_from_response
from ucwa_runtime.errors import ApiError
from ucwa_runtime.model import GenericResource, OpenEnum
from ucwa_runtime.operations import parse_response
from ucwa_runtime.registry import EMPTY_REGISTRY, LazyClassMap, Registry
from ucwa_runtime.transport import Client, Response

URL = "https://pool.test/ucwa/oauth/v1/applications/1/communication"


class Code(OpenEnum):
    CONFLICT = "Conflict"


class Conflict(ApiError):
    STATUS = 409


def _failure(body: dict[str, str], status: int = 409) -> Response:
    headers = {"Content-Type": "application/json"}
    return Response("POST", URL, status, headers, json.dumps(body).encode())


def test_an_error_table_chooses_the_class_by_code_and_types_the_codes() -> None:
    table = ErrorTable(by_code={"Conflict": Conflict}, code=Code, subcode=str)
    error = error_from_response(_failure({"code": "Conflict", "subcode": "AlreadyExists"}), table)
    assert type(error) is Conflict
    assert error.code is Code.CONFLICT and error.subcode == "AlreadyExists"
    assert (error.status, error.body) == (409, b'{"code": "Conflict", "subcode": "AlreadyExists"}')


def test_a_mapped_error_keeps_the_whole_response_and_the_reason() -> None:
    response = _failure({"code": "Conflict", "subcode": "AlreadyExists", "message": "taken"})
    error = error_from_response(response, ErrorTable(by_code={"Conflict": Conflict}))
    assert (error.method, error.url, error.headers) == ("POST", URL, response.headers)
    assert (error.code, error.subcode, error.reason) == ("Conflict", "AlreadyExists", "taken")
    assert str(error) == f"POST {URL} -> 409 Conflict AlreadyExists: taken"


def test_without_a_table_every_failure_is_an_api_error_with_its_codes_as_text() -> None:
    error = error_from_response(_failure({"code": "Conflict"}), EMPTY_REGISTRY.errors)
    assert type(error) is ApiError
    assert error.code == "Conflict" and type(error.code) is str


def test_the_error_table_is_loaded_at_the_first_failure_only() -> None:
    loads: list[str] = []

    def load() -> ErrorTable:
        loads.append("loaded")
        return ErrorTable(by_status={409: Conflict})

    registry = Registry({}, load)
    assert loads == []
    assert registry.errors.by_status[409] is Conflict
    assert registry.errors is registry.errors
    assert loads == ["loaded"]


def test_a_client_reads_resources_by_its_registry() -> None:
    class Note(GenericResource):
        pass

    body = json.dumps({"rel": "note", "message": "hi"}).encode()
    response = Response("GET", URL, 200, {"Content-Type": "application/json"}, body)
    assert type(parse_response(response, EMPTY_REGISTRY)) is GenericResource
    assert type(parse_response(response, Registry({"note": Note}))) is Note


def test_a_client_has_the_empty_registry_unless_given_one() -> None:
    registry = Registry({})
    with Client(URL) as plain, Client(URL, registry=registry) as configured:
        assert plain.registry is EMPTY_REGISTRY
        assert configured.registry is registry


@pytest.mark.parametrize("content_type", ["application/json", "text/html", ""])
def test_a_body_that_is_no_reason_leaves_the_status_class(content_type: str) -> None:
    response = Response("GET", URL, 409, {"Content-Type": content_type}, b"<html>busy</html>")
    error = error_from_response(response, ErrorTable(by_status={409: Conflict}))
    assert type(error) is Conflict and error.code is None


def test_a_module_attribute_is_the_class_of_that_name_imported_once_and_kept() -> None:
    # A generated package's __getattr__: looked up by class name, whatever the map's key.
    classes: LazyClassMap[object] = LazyClassMap({"ordered": ("collections", "OrderedDict")})
    namespace: dict[str, object] = {}
    assert classes.module_attribute("pkg.mod", namespace, "OrderedDict") is OrderedDict
    assert namespace == {"OrderedDict": OrderedDict}
    with pytest.raises(AttributeError, match=r"module 'pkg\.mod' has no attribute 'ordered'"):
        classes.module_attribute("pkg.mod", namespace, "ordered")  # a key, not a class name
