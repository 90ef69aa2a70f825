"""Hand corrections survive a re-import, and a re-import of unchanged pages changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from ucwa_codegen.importer import import_docs
from ucwa_codegen.importer.merge import merge
from ucwa_codegen.importer.yamlwrite import dump, scalar

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


def test_existing_keys_win_and_missing_ones_are_added() -> None:
    existing = {
        "summary": "Written by a person.",
        "links": {"part": {"description": "Kept."}},
        "properties": {
            "mood": {"type": "Feeling", "type_from": "decided", "decision": "A person chose."}
        },
        "scopes": ["A.Read"],
    }
    imported = {
        "links": {"part": {"target": "part", "cardinality": "many"}, "other": {}},
        "properties": {
            "mood": {
                "type": "string",
                "nullable": True,
                "type_from": "decided",
                "decision": "Not decided by the reference: two enumerations",
                "max_length": 5,
            }
        },
        "scopes": ["B.Write", "A.Read"],
    }
    assert merge(existing, imported) == {
        "summary": "Written by a person.",
        "links": {
            "part": {"description": "Kept.", "target": "part", "cardinality": "many"},
            "other": {},
        },
        # A type is one fact: none of the imported type keys joins a decided one.
        "properties": {
            "mood": {
                "type": "Feeling",
                "type_from": "decided",
                "decision": "A person chose.",
                "max_length": 5,
            }
        },
        "scopes": ["A.Read", "B.Write"],
    }


def test_list_items_are_whole_facts_matched_by_identity() -> None:
    existing = {
        "errors": [{"error": "Conflict", "status": 409, "description": "Mine."}],
        "responses": [{"status": 200}],
        "examples": [{"page": "p.md", "direction": "request", "format": "json", "body": "x\n"}],
    }
    imported = {
        "errors": [{"error": "Conflict", "status": 409}, {"error": "Gone", "status": 410}],
        "responses": [{"status": 200, "body": "widget"}, {"status": 201}],
        "examples": [
            {"page": "p.md", "direction": "request", "format": "json", "body": "y\n"},
            {"page": "p.md", "direction": "request", "format": "json", "body": "z\n"},
        ],
    }
    merged = merge(existing, imported)
    assert merged["errors"] == [
        {"error": "Conflict", "status": 409, "description": "Mine."},
        {"error": "Gone", "status": 410},
    ]
    assert merged["responses"] == [{"status": 200}, {"status": 201}]
    # The second example of the same kind on a page is another example.
    assert [e["body"] for e in merged["examples"]] == ["x\n", "z\n"]


def test_a_hand_correction_survives_a_re_import(tmp_path: Path) -> None:
    import_docs([PAGES], tmp_path)
    path = tmp_path / "resources" / "widget.yaml"
    text = path.read_text(encoding="utf-8")
    corrected = text.replace(
        "  secret:\n    type: string\n    type_from: decided\n"
        '    decision: "Not decided by the reference: no hint and no example value"\n',
        "  secret:\n    type: int\n    type_from: decided\n    decision: A person checked.\n"
        "    description: Written by hand.\n",
    ).replace("reference: widget_ref.md\n", "summary: A widget.\nreference: widget_ref.md\n")
    assert corrected != text
    path.write_text(corrected, encoding="utf-8")
    result = import_docs([PAGES], tmp_path)
    assert path.read_text(encoding="utf-8") == corrected
    assert path not in result.written


def test_re_importing_unchanged_pages_changes_no_byte(tmp_path: Path) -> None:
    first = import_docs([PAGES], tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*.yaml")}
    second = import_docs([PAGES], tmp_path)
    assert first.written and not second.written
    assert {p: p.read_bytes() for p in tmp_path.rglob("*.yaml")} == before


def test_a_new_fact_of_a_page_is_added_to_an_existing_file(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(PAGES, pages)
    out = tmp_path / "definitions"
    import_docs([pages], out)
    page = pages / "part_ref.md"
    page.write_text(page.read_text().replace("|size|How big.|", "|size|How big.|\n|weight|New.|"))
    import_docs([pages], out)
    properties = yaml.safe_load((out / "resources" / "part.yaml").read_text())["properties"]
    assert list(properties) == ["size", "weight"]


@pytest.mark.parametrize(
    "text",
    [
        "plain words",
        "yes",
        "null",
        "123",
        "1.5",
        "a: b",
        "- item",
        "#hash",
        "ends with colon:",
        "it's fine",
        "with, comma",
        " leading space",
        "tab\there",
        '"quoted"',
        "",
    ],
)
def test_scalars_read_back_as_the_same_string(text: str) -> None:
    assert yaml.safe_load(f"key: {scalar(text)}") == {"key": text}
    assert yaml.safe_load(f"{{key: {scalar(text, flow=True)}}}") == {"key": text}


@pytest.mark.parametrize("body", ['{\n  "a" : 1\n}\n', " {\n  x\n}\n", "one\ntwo", "two\n\n"])
def test_example_bodies_are_block_literals_that_keep_every_character(body: str) -> None:
    data = {
        "resource": "widget",
        "reference": "widget_ref.md",
        "examples": [
            {"page": "widget_ref.md", "direction": "event", "format": "json", "body": body}
        ],
    }
    text = dump(data, depth=1)
    assert "body: |" in text
    assert yaml.safe_load(text) == data


def test_records_are_written_in_the_schema_s_key_order() -> None:
    data = {
        "reference": "w_ref.md",
        "properties": {"b": {"type_from": "json-example", "type": "int"}, "a": {"type": "bool"}},
        "resource": "w",
    }
    assert dump(data, depth=1).splitlines()[1:] == [
        "resource: w",
        "reference: w_ref.md",
        "properties:",
        "  b:",
        "    type: int",
        "    type_from: json-example",
        "  a:",
        "    type: bool",
    ]
