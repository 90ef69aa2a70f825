"""Shared fixtures and rules for the generated client's tests: definitions' examples, which of
them the client reads as resources (the same rules for JSON and XML), a fake pool."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import urllib3
from defusedxml import ElementTree

from ucwa_codegen.load import SourceFile, load_definitions
from ucwa_codegen.validate import holds_format_payload
from ucwa_testing.replay import OriginPool

from ..xml_equivalence import NAMESPACE as XML_NAMESPACE

ROOT = Path(__file__).resolve().parents[2]
DEFINITIONS = ROOT / "definitions"


def definition_files() -> list[SourceFile]:
    return [f for f in load_definitions(DEFINITIONS) if "resource" in f.data]


def examples(direction: str, fmt: str = "json") -> Iterator[tuple[SourceFile, int, dict[str, Any]]]:
    """(file, index, example) for every example of that direction and format."""
    for source in definition_files():
        for index, example in enumerate(source.data.get("examples", ())):
            if example["direction"] == direction and example["format"] == fmt:
                yield source, index, example


def example_id(case: tuple[SourceFile, int, dict[str, Any]]) -> str:
    source, index, example = case
    return f"{source.path.stem}-{example.get('operation', example.get('event', ''))}-{index}"


def reads_as_resource(example: dict[str, Any]) -> bool:
    """Whether an example's body is a resource document the client reads.

    The body's Content-Type must say JSON or XML (not a photo, the xframe's HTML, a multipart
    batch, SDP or message text), and an XML body must be a ``<resource>``: the OPTIONS answers
    (``<optionsMetadata>``) and makeMeAvailable2's 201 (``<operationsQueued>``) are other .NET
    serialisations, which the XML codec refuses; their JSON spellings are plain objects, read
    as GenericResource.
    """
    if not example.get("body") or not holds_format_payload(example):
        return False
    if example["format"] == "xml":
        return ElementTree.fromstring(example["body"]).tag == f"{XML_NAMESPACE}resource"
    return True


def paired_response(
    source: SourceFile, request: dict[str, Any], fmt: str | None = None
) -> dict[str, Any] | None:
    """The response of the request's operation, in ``fmt`` (the request's format by default),
    that shows a status: the first one in the file (a few pages show none)."""
    for example in source.data.get("examples", ()):
        if (
            example["direction"] == "response"
            and example["format"] == (fmt or request["format"])
            and example.get("operation") == request.get("operation")
            and "status" in example
        ):
            return dict(example)
    return None


@dataclass
class SentRequest:
    method: str
    url: str
    body: bytes | None
    headers: Mapping[str, str]

    def json(self) -> Any:
        assert self.body is not None
        return json.loads(self.body)


@dataclass
class FakePool:
    """Stands in for urllib3.PoolManager: records requests, answers from a queue."""

    answers: list[urllib3.HTTPResponse] = field(default_factory=list)
    sent: list[SentRequest] = field(default_factory=list)

    def answer(
        self, status: int, body: bytes = b"", headers: Mapping[str, str] | None = None
    ) -> None:
        self.answers.append(
            # streamed, as the client asks for (preload_content=False); a 204 has no body on
            # the wire, whatever was given (http.client reads none)
            urllib3.HTTPResponse(
                body=io.BytesIO(b"" if status == 204 else body),
                status=status,
                headers=dict(headers or {}),
                preload_content=False,
            )
        )

    def request(
        self, method: str, url: str, body: bytes | None = None, headers: Any = None, **_: Any
    ) -> Any:
        self.sent.append(SentRequest(method, url, body, dict(headers or {})))
        return self.answers.pop(0)

    def connection_from_host(self, host: str, port: int, scheme: str) -> OriginPool:
        return OriginPool.of(self.request, host, port, scheme)  # the client sends through it

    def clear(self) -> None:
        pass


@pytest.fixture
def pool() -> FakePool:
    return FakePool()
