"""`ucwa-gen export-openapi`: a valid OpenAPI 3.1 document of exactly the definitions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from ucwa_codegen.load import load_definitions
from ucwa_codegen.model import build_api

from .support import DEFINITIONS, MINIMAL_DEFINITIONS, ucwa_gen


def export(definitions: Path, tmp_path: Path) -> dict[str, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    output = tmp_path / "openapi.json"
    result = ucwa_gen("export-openapi", "--definitions", definitions, "--output", output)
    assert result.exit_code == 0, result.output
    document: dict[str, Any] = json.loads(output.read_text())
    return document


@pytest.mark.parametrize("definitions", [DEFINITIONS, MINIMAL_DEFINITIONS], ids=["real", "minimal"])
def test_the_export_is_valid_and_complete(definitions: Path, tmp_path: Path) -> None:
    document = export(definitions, tmp_path)
    validate(document)  # raises on any violation of the OpenAPI 3.1 schema
    api = build_api(load_definitions(definitions))
    schemas = document["components"]["schemas"]
    assert {r.rel for r in api.resources} <= set(schemas)
    assert {e.name for e in api.enums} <= set(schemas)
    exported = {
        (op["x-ucwa-rel"], method.upper())
        for path in document["paths"].values()
        for method, op in path.items()
    }
    defined = {(r.rel, op.method) for r in api.resources for op in r.operations}
    assert exported == defined
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_the_export_carries_parameters_links_and_errors(tmp_path: Path) -> None:
    document = export(DEFINITIONS, tmp_path)
    start = document["paths"]["/startMessaging"]["post"]
    body = start["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["to"]
    assert body["properties"]["operationId"]["maxLength"] == 50
    assert body["properties"]["_links"]["properties"]["message"]["properties"]["href"]
    assert start["responses"]["201"]["x-ucwa-creates"] == "messagingInvitation"
    assert "required" not in start["responses"]["201"]["headers"]["Location"]
    subscribe = document["paths"]["/presenceSubscriptions"]["post"]["responses"]["201"]
    assert subscribe["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/presenceSubscription"
    }
    assert "AlreadyExists" in start["responses"]["409"]["x-ucwa-subcodes"]
    send = document["paths"]["/sendMessage"]["post"]
    assert set(send["requestBody"]["content"]) == {"text/plain", "text/html"}
    log = document["components"]["schemas"]["conversationLog"]["properties"]
    assert log["modalities"]["items"] == {"$ref": "#/components/schemas/ConversationModalityType"}
    assert log["_embedded"]["properties"]["conversationLogRecipient"]["type"] == "array"
    # A property the server sends as a link is described where it travels.
    invitation = document["components"]["schemas"]["messagingInvitation"]["properties"]
    assert "message" not in invitation
    message = invitation["_links"]["properties"]["message"]["properties"]["href"]
    assert message["pattern"] == "^data:"


def test_the_export_is_deterministic(tmp_path: Path) -> None:
    first = export(DEFINITIONS, tmp_path / "a")
    second = export(DEFINITIONS, tmp_path / "b")
    assert first == second
