"""The importer against small pages in the reference's format, each carrying page defects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from ucwa_codegen.cli import main
from ucwa_codegen.importer import import_docs
from ucwa_codegen.importer.reference import ResourcePage, read_reference
from ucwa_codegen.importer.report import Kind, Report

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    out = tmp_path_factory.mktemp("definitions")
    return out, import_docs([PAGES], out).report


def load(out: Path, name: str) -> Any:
    return yaml.safe_load((out / name).read_text(encoding="utf-8"))


def notes(report: Report, kind: Kind) -> list[str]:
    return [f"{n.page}: {n.what}: {n.why}" for n in report.of_kind(kind)]


def test_html_entities_in_code_are_decoded_and_recorded(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    request = load(out, "resources/startWidget.yaml")["examples"][0]
    assert '"name" : "w1"' in request["body"] and "&quot;" not in request["body"]
    assert request["repairs"][0] == (
        "Decoded the HTML entities the page shows instead of characters (&quot;)."
    )


def test_capitalised_verbs_are_read_and_reported(imported: tuple[Path, Report]) -> None:
    out, report = imported
    examples = load(out, "resources/startWidget.yaml")["examples"]
    assert {e["method"] for e in examples if e["direction"] == "request"} == {"POST"}
    assert "startWidget_ref.md: JSON request: verb 'Post' read as POST" in notes(report, "repaired")


def test_a_wrapped_data_uri_with_spaces_is_joined(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    request = load(out, "resources/startWidget.yaml")["examples"][0]
    assert '"href" : "data:text/plain;base64,aGVsbG8="' in request["body"]
    assert request["repairs"][1].startswith("Joined the data URI of _links.message.href")


def test_a_link_whose_case_differs_from_the_file_name_resolves(
    imported: tuple[Path, Report],
) -> None:
    out, report = imported
    post = load(out, "resources/startWidget.yaml")["operations"]["POST"]
    assert post["responses"] == [{"status": 201, "creates": "widget"}]
    assert "startWidget_ref.md: response item widget: link Widget_ref.md read as widget_ref.md" in (
        notes(report, "repaired")
    )


def test_a_ref_page_with_capital_r_is_a_resource(imported: tuple[Path, Report]) -> None:
    out, report = imported
    resume = load(out, "resources/resumeWidget.yaml")
    assert resume["reference"] == "resumeWidget_Ref.md"
    assert resume["operations"]["POST"]["responses"] == [{"status": 204}]
    assert any(n.startswith("resumeWidget_Ref.md: page name") for n in notes(report, "repaired"))


def test_a_rel_listed_twice_is_a_link_and_an_embedded_resource(
    imported: tuple[Path, Report],
) -> None:
    out, _ = imported
    widget = load(out, "resources/widget.yaml")
    assert widget["links"]["part"] == {"target": "part", "cardinality": "many"}
    assert widget["embedded"]["part"] == {"target": "part", "cardinality": "many"}
    assert widget["links"]["startWidget"] == {"target": "startWidget", "cardinality": "one"}


def test_a_numbered_page_is_merged_as_a_revision(imported: tuple[Path, Report]) -> None:
    out, report = imported
    start = load(out, "resources/startWidget.yaml")
    assert start["reference"] == "startWidget_ref.md"
    assert start["revisions"] == ["startWidget2_ref.md"]
    assert start["links"]["widget"]["revision"] == 2
    body = start["operations"]["POST"]["body"]
    assert body["size"] == {"type": "int", "type_from": "description-hint", "revision": 2}
    assert "revision" not in body["name"]  # revision 2 repeats it: not something it adds
    assert {"error": "Gone", "status": 410} in start["operations"]["POST"]["errors"]
    assert not (out / "resources" / "startWidget2.yaml").exists()
    # Revision 2 makes name optional: the format says so, per revision, and nothing is lost.
    assert body["name"]["required"] is True
    assert body["name"]["required_by_revision"] == [{"revision": 2, "required": False}]
    assert not any("makes it optional" in n for n in notes(report, "skipped"))


def test_a_body_row_repeating_a_query_parameter_is_the_query_parameter(
    imported: tuple[Path, Report],
) -> None:
    out, _ = imported
    post = load(out, "resources/startWidget.yaml")["operations"]["POST"]
    assert "operationId" not in post["body"]
    assert post["query"]["operationId"] == {
        "type": "string",
        "required": True,
        "type_from": "description-hint",
    }


def test_types_come_from_hints_and_examples(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    body = load(out, "resources/startWidget.yaml")["operations"]["POST"]["body"]
    assert body["name"] == {
        "type": "string",
        "required": True,
        "max_length": 40,
        "type_from": "description-hint",
        "required_by_revision": [{"revision": 2, "required": False}],
    }
    # "Nullable Boolean": null may be sent, which the definition says (it was lost before)
    assert body["urgent"] == {"type": "bool", "nullable": True, "type_from": "description-hint"}
    assert body["tags"] == {"type": "string", "array": True, "type_from": "description-hint"}
    assert body["color"] == {"type": "Color", "type_from": "description-hint"}
    assert body["message"] == {"type": "data_uri", "as": "link", "type_from": "description-hint"}
    properties = load(out, "resources/widget.yaml")["properties"]
    assert properties["created"] == {"type": "datetime", "type_from": "json-example"}
    assert properties["count"] == {"type": "int", "type_from": "json-example"}
    assert properties["ready"] == {"type": "bool", "type_from": "json-example"}
    assert properties["tags"] == {"type": "string", "array": True, "type_from": "json-example"}
    assert properties["color"] == {"type": "Color", "type_from": "json-example"}
    # Shared is in Mood and Feeling: the property's name decides.
    assert properties["mood"] == {"type": "Mood", "type_from": "json-example"}
    assert properties["label"]["max_length"] == 40


def test_what_nothing_decides_is_a_string_marked_for_review(
    imported: tuple[Path, Report],
) -> None:
    out, report = imported
    secret = load(out, "resources/widget.yaml")["properties"]["secret"]
    assert secret["type"] == "string" and secret["type_from"] == "decided"
    assert secret["decision"].startswith("Not decided by the reference:")
    assert any("widget.secret" in n for n in notes(report, "undecided"))


def test_values_pages_use_beyond_their_enumeration_are_added_with_where(
    imported: tuple[Path, Report],
) -> None:
    out, _ = imported
    assert load(out, "enums/Color.yaml")["values"] == {
        "Green": None,
        "Red": None,
        "Purple": {"description": "Not on the enumeration's page; startWidget_ref.md uses it."},
    }
    subcodes = load(out, "enums/ErrorSubcode.yaml")["values"]
    assert "Vanished" in subcodes and subcodes["AlreadyExists"] is None


def test_no_description_is_copied_from_the_pages(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    for path in out.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert "summary" not in data
        text = path.read_text(encoding="utf-8")
        assert "Its colour" not in text and "How many" not in text


def test_events_keep_the_resource_they_report(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    widget = load(out, "resources/widget.yaml")
    assert widget["events"] == [
        {"type": "updated", "sender": "startWidget", "priority": "High"},
        {"type": "updated", "resource": "part", "sender": "startWidget", "priority": "Low"},
    ]
    [sample] = [e for e in widget["examples"] if e["direction"] == "event"]
    assert sample["body"].startswith('{\n  "sender"')  # the unfenced sample


def test_an_indented_xml_declaration_is_repaired(imported: tuple[Path, Report]) -> None:
    out, _ = imported
    [xml] = [
        e
        for e in load(out, "resources/widget.yaml")["examples"]
        if e["format"] == "xml" and e["direction"] == "response"
    ]
    assert xml["body"].startswith('<?xml version="1.0"')
    assert xml["repairs"] == ["Removed the spaces before the XML declaration."]


def test_what_cannot_be_read_is_reported_not_written(imported: tuple[Path, Report]) -> None:
    out, report = imported
    assert "widget_ref.md: error Teapot: not an ErrorCode value" in notes(report, "skipped")
    errors = load(out, "resources/widget.yaml")["operations"]["GET"]["errors"]
    assert all(e["error"] != "Teapot" for e in errors)


def test_the_page_parser_counts_what_a_page_holds() -> None:
    reference = read_reference(sorted(PAGES.glob("*.md")), Report())
    widget = next(p for p in reference.resources if p.page == "widget_ref.md")
    assert isinstance(widget, ResourcePage)
    assert [e.name for e in widget.properties][:3] == ["color", "created", "count"]
    assert [e.name for e in widget.links] == ["startWidget", "part"]
    assert [e.name for e in widget.embedded] == ["part"]
    assert [o.method for o in widget.operations] == ["GET"]
    assert len(widget.events) == 2 and [s.name for s in widget.scopes] == ["Widgets.ReadWrite"]
    assert sorted(p.name for p in reference.enums) == [
        "Color",
        "ErrorCode",
        "ErrorSubcode",
        "Feeling",
        "Mood",
    ]


def test_the_command_prints_the_report(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["import-docs", str(PAGES), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "widget_ref.md:85: skipped: error Teapot: not an ErrorCode value" in result.output
    assert "undecided: property widget.secret" in result.output
    assert "verb 'Post'" not in result.output  # repairs are counted; --verbose lists them
    assert result.output.rstrip().endswith("1 skipped, 1 undecided, 7 repaired")
    verbose = CliRunner().invoke(
        main, ["import-docs", str(PAGES), "--out", str(tmp_path), "--verbose"]
    )
    assert "verb 'Post' read as POST" in verbose.output
    assert "0 file(s) written, 9 unchanged" in verbose.output


def test_a_broken_existing_file_stops_the_import(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "part.yaml").write_text("resource: part\nresource: again\n")
    result = CliRunner().invoke(main, ["import-docs", str(PAGES), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "duplicate key 'resource'" in result.output
