"""Shared fixtures for the generated client's tests: definitions' examples and a fake pool."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import urllib3

from ucwa._runtime.operations import OperationSpec
from ucwa_codegen.load import SourceFile, load_definitions

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


def query_arguments(op: OperationSpec, href: str) -> tuple[dict[str, Any], str]:
    """The query arguments of a request example's href, and the URL the call must use."""
    arguments: dict[str, Any] = {}
    in_href = dict(parse_qsl(urlsplit(href).query))
    missing = []
    for param in op.query:
        if param.wire in in_href:
            arguments[param.attr] = in_href[param.wire]
        elif param.required:
            # The pages show only server-supplied query parameters; a required one the
            # caller supplies is expected appended to the href.
            arguments[param.attr] = "op-74cb7404"
            missing.append(f"{param.wire}=op-74cb7404")
    if missing:
        href += ("&" if "?" in href else "?") + "&".join(missing)
    return arguments, href


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

    def clear(self) -> None:
        pass


@pytest.fixture
def pool() -> FakePool:
    return FakePool()
