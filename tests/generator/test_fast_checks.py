"""The fastjsonschema checks shipped in ucwa_codegen/schema/ are the current schema's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ucwa_codegen import validate

SCHEMA_FOLDER = Path(validate.__file__).resolve().parent / "schema"


@pytest.mark.parametrize("kind", ["resourceFile", "enumFile", "errorsFile"])
def test_shipped_fast_check_is_current(kind: str) -> None:
    module = SCHEMA_FOLDER / f"{validate.fast_check_module(kind)}.py"
    assert module.read_text() == validate.fast_check_source(kind), (
        f"{module.name} is out of date: run `.venv/bin/python -m ucwa_codegen.validate`"
    )


@pytest.mark.parametrize("kind", ["resourceFile", "enumFile", "errorsFile"])
def test_the_shipped_fast_check_is_used(kind: str) -> None:
    check = validate._fast_check(kind)
    assert check.__module__ == f"ucwa_codegen.schema.{validate.fast_check_module(kind)}"
