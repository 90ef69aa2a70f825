"""Stage 2: check definitions against the JSON Schema of the format and against each other.

The schema (schema/definition.schema.json) decides the shape of each file, and each file's
examples must parse; the rules between files (cross_file.py) decide what a schema cannot:
names that collide or stop being identifiers once converted, references to resources and
enumerations that do not exist, error codes that disagree with the error catalogue. Every
error names file:line:column.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .built import built_namespace
from .cache import NO_CACHE, Cache
from .cross_file import FILE_KINDS, cross_file_errors
from .diagnostics import DataPath, DefinitionError, DefinitionsInvalid
from .load import SourceFile
from .stamp import digest

if TYPE_CHECKING:
    import jsonschema

# fastjsonschema, defusedxml and the runtime's media types are imported by the checks of one
# file, which a run whose files all passed before (the cache remembers it) never makes.

_KINDS = {kind: f"{kind}File" for kind in FILE_KINDS}  # the schema's $defs of each kind


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a definition file, as shipped with the generator."""
    # Beside this module, in a checkout and in a wheel alike (importlib.resources would say
    # the same, and costs more to import than reading the file)
    text = (Path(__file__).resolve().parent / "schema" / "definition.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _schema_digest() -> str:
    return digest(json.dumps(schema(), sort_keys=True))


@cache
def _validator(kind: str) -> jsonschema.Draft202012Validator:
    import jsonschema  # only needed to explain a failure: slow to import, slow to run

    full = schema()
    return jsonschema.Draft202012Validator({"$ref": f"#/$defs/{kind}", "$defs": full["$defs"]})


def _fast_check_source(kind: str) -> str:
    """fastjsonschema's code of the check of ``kind``, for the current schema."""
    import fastjsonschema

    defs = schema()["$defs"]
    code: str = fastjsonschema.compile_to_code({"$ref": f"#/$defs/{kind}", "$defs": defs})
    return code


@cache
def _fast_check(kind: str) -> Callable[[Any], Any]:
    # jsonschema reports every error with its path, but is slow; fastjsonschema compiles the
    # same schema to Python that only says yes or no. Nearly every file passes, so the fast
    # check goes first and jsonschema runs only to explain a failure. Compiling it costs
    # tens of milliseconds a run, so its code is built once per schema and fastjsonschema
    # version (built.py).
    import fastjsonschema

    key = digest("fast-check", fastjsonschema.VERSION, kind, _schema_digest())
    check: Callable[[Any], Any] = built_namespace(
        f"check_{kind}", key, lambda: _fast_check_source(kind)
    )["validate"]
    return check


def build_fast_checks() -> None:
    """Build the fast check of every kind of definition file ahead of a run."""
    for kind in _KINDS.values():
        _fast_check(kind)


def _schema_ok(kind: str, data: Any) -> bool:
    import fastjsonschema

    try:
        _fast_check(kind)(data)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _schema_errors(source: SourceFile) -> list[DefinitionError]:
    data = source.data
    if not isinstance(data, dict):
        return [source.error((), "a definition file holds a mapping")]
    kinds = [key for key in _KINDS if key in data]
    if len(kinds) != 1:
        return [
            source.error((), "a definition file has exactly one of the keys resource, enum, errors")
        ]
    if _schema_ok(_KINDS[kinds[0]], data):
        return []
    errors = []
    for error in _validator(_KINDS[kinds[0]]).iter_errors(data):
        path: DataPath = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = error.schema.get("properties", {})
            for key in error.instance:
                if key not in allowed:
                    errors.append(source.error((*path, key), f"unknown key {key!r}", key=True))
            continue
        if error.validator == "propertyNames":
            errors.append(source.error(path, f"bad name: {error.message}"))
            continue
        where = ".".join(str(part) for part in path) or "file"
        errors.append(source.error(path, f"{where}: {error.message}"))
    return errors


def holds_format_payload(example: dict[str, Any]) -> bool:
    """Whether an example's body is JSON or XML: false where its Content-Type says otherwise
    (message text for sendMessage, SDP for media negotiation, a photo, a multipart batch)."""
    from ucwa_runtime.media_types import is_json_or_xml

    return is_json_or_xml(example.get("headers", {}).get("Content-Type", ""))


def _example_errors(source: SourceFile) -> list[DefinitionError]:
    """Example bodies must parse in their format (after the repairs the file lists)."""
    from defusedxml import ElementTree

    errors = []
    for index, example in enumerate(source.data.get("examples", ())):
        body = example.get("body")
        if body is None:
            continue
        if not holds_format_payload(example):
            continue  # message text (sendMessage), SDP, a photo: not a payload of the format
        try:
            if example["format"] == "json":
                json.loads(body)
            else:
                ElementTree.fromstring(body.encode())
        except (ValueError, ElementTree.ParseError) as exc:
            errors.append(
                source.error(
                    ("examples", index, "body"),
                    f"example body is not valid {example['format'].upper()}: {exc}",
                )
            )
    return errors


_PASSED, _FAILED = b"passed", b"failed"
"""The verdicts of a file's own checks, as the cache keeps them."""


def _file_errors(source: SourceFile, cache: Cache) -> list[DefinitionError]:
    """What one file gets wrong on its own (schema, examples); a pass is remembered by the
    file's digest (errors are found again, with positions, from the file)."""
    if not source.digest:  # a file not read by load_file: nothing to key it on
        cache = NO_CACHE
    found: list[DefinitionError] = []

    def check() -> bytes:
        found.extend(_schema_errors(source) or _example_errors(source))
        return _FAILED if found else _PASSED

    verdict = cache.remember(lambda: digest("file-checks", _schema_digest(), source.digest), check)
    if verdict == _PASSED:
        return []
    # Checked just now, or remembered as failed (errors are not kept: found again here).
    return found or _schema_errors(source) or _example_errors(source)


def validate(files: list[SourceFile], cache: Cache = NO_CACHE) -> None:
    """Raise DefinitionsInvalid listing every problem; return when the definitions are sound."""
    errors = [error for source in files for error in _file_errors(source, cache)]
    if not errors:
        errors = cross_file_errors(files, cache)
    if errors:
        raise DefinitionsInvalid(errors)
