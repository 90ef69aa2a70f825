"""``ucwa-gen coverage``: the reference pages against the definitions, kind by kind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from ucwa_codegen.cli import main
from ucwa_codegen.importer import import_docs

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "ucwa-reference"
PAGES = ROOT / "tests" / "fixtures" / "pages"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["coverage", *args])
    return result.exit_code, result.output


def kinds(output: str) -> dict[str, dict[str, Any]]:
    return {kind["kind"]: kind for kind in json.loads(output)["kinds"]}


def assert_adds_up(kind: dict[str, Any]) -> None:
    """reference = found + accounted + missing, definitions = found + beyond."""
    accounted = sum(kind["accounted"].values()) + len(kind["missing"])
    assert kind["reference"] == kind["found"] + accounted, kind["kind"]
    assert kind["definitions"] == kind["found"] + sum(kind["beyond"].values()), kind["kind"]


@pytest.mark.skipif(not REFERENCE.is_dir(), reason=f"the reference pages are not at {REFERENCE}")
def test_every_kind_of_the_real_reference_is_complete() -> None:
    code, output = run("--docs", str(REFERENCE), "--json")
    report = json.loads(output)
    found = kinds(output)
    for kind in found.values():
        assert_adds_up(kind)
        assert kind["complete"], kind
    assert report["unread"] == []
    assert report["complete"] and code == 0
    # Every documented exchange the client can replay goes through its call (replay.py).
    assert report["replay"]["replayed"] >= 500 and report["replay"]["failing"] == []
    # The counting rules of docs/coverage-notes.md, on the real pages.
    assert found["resources"]["accounted"] == {"merged revision rows": 13}
    assert found["revision pages"]["found"] == 13
    assert found["enumeration values"]["reference"] == 314
    assert found["GET operations"]["definitions"] == 129
    assert found["body parameters"]["accounted"]["body rows read as query parameters"] == 4
    # Rows both tables list travel where each one's placement says (docs/coverage-notes.md).
    assert (
        found["query parameters"]["accounted"][
            "query rows of body parameters (their placement says why)"
        ]
        == 24
    )
    assert found["required body parameters"]["accounted"] == {
        "body rows read as query parameters": 4,
        "merged revision rows": 4,
        "required from a revision on (required_by_revision)": 1,
    }
    assert found["body parameters"]["accounted"] == {
        "body rows read as query parameters": 4,
        "merged revision rows": 37,
        "rows of a text body (text_body), not JSON parameters": 7,
    }
    assert found["query parameters"]["beyond"] == {"body rows read as query parameters": 1}
    # Not on any page: myOnlineMeeting's attendanceAnnouncementsStatus, from a topic page
    # (UpdateAnOnlineMeeting.md, read by tests/client/test_walkthroughs.py).
    assert found["properties with a type"]["beyond"] == {
        "shown by the examples only": 1,
        "not on any page": 1,
    }
    assert found["event rows"]["accounted"] == {
        "merged revision rows": 18,
        "repeated rows on one page": 18,
    }
    assert found["event rows"]["definitions"] == 131
    assert found["synchronous errors"]["beyond"] == {
        "repeated entries (told apart by their descriptions)": 2
    }
    assert found["synchronous errors"]["details"] == {
        "distinct (code, status, subcode) in the reference": 28
    }
    assert found["scopes"]["details"] == {"distinct scopes in the reference": 5}
    assert found["JSON examples"]["details"]["round-trip"] == 330
    assert report["undecided_types"] == 32


@pytest.fixture
def definitions(tmp_path: Path) -> Path:
    """The fixture pages imported, with an error catalogue for their ErrorCode page."""
    out = tmp_path / "definitions"
    import_docs([PAGES], out)
    catalogue = {"errors": {"codes": {"Conflict": {"status": 409}, "Gone": {"status": 410}}}}
    (out / "errors.yaml").write_text(
        yaml.safe_dump({"reference": "GenericSynchronousErrors.md", **catalogue}),
        encoding="utf-8",
    )
    return out


def edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def test_the_imported_fixture_pages_are_accounted_for(definitions: Path) -> None:
    _, output = run("--docs", str(PAGES), "--definitions", str(definitions), "--json")
    found = kinds(output)
    for kind in found.values():
        assert_adds_up(kind)
    complete = {name for name, kind in found.items() if kind["complete"]}
    # The widget's XML response keeps no rel when written back (an unknown rel to the
    # generated package): see docs/coverage-notes.md.
    assert set(found) - complete <= {"XML examples"}
    assert found["POST operations"]["accounted"] == {"merged revision rows": 1}
    assert found["synchronous errors"]["accounted"] == {
        "codes that are not ErrorCode values (the import skips them)": 1
    }
    assert found["embedded with a cardinality"]["accounted"] == {"shown by the examples too": 1}
    assert found["XML examples"]["details"]["XML request parameters (<input>)"] == 1


def test_a_definition_that_misses_a_property_makes_that_kind_incomplete(
    definitions: Path,
) -> None:
    edit(definitions / "resources" / "widget.yaml", lambda d: d["properties"].pop("ready"))
    code, output = run("--docs", str(PAGES), "--definitions", str(definitions), "--json")
    found = kinds(output)
    assert code == 1
    assert found["properties with a type"]["missing"] == ["widget ready"]
    assert not found["properties with a type"]["complete"]
    assert found["links with a cardinality"]["complete"]


def test_a_body_parameter_turned_query_is_accounted_for_but_a_lost_one_is_missing(
    definitions: Path,
) -> None:
    def lose(data: dict[str, Any]) -> None:
        del data["operations"]["POST"]["body"]["name"]

    edit(definitions / "resources" / "startWidget.yaml", lose)
    _, output = run("--docs", str(PAGES), "--definitions", str(definitions), "--json")
    body = kinds(output)["body parameters"]
    assert body["missing"] == ["startWidget POST name"]
    assert body["accounted"]["body rows read as query parameters"] == 1


def test_an_example_that_does_not_round_trip_makes_examples_incomplete(
    definitions: Path,
) -> None:
    def break_response(data: dict[str, Any]) -> None:
        [response] = [
            e for e in data["examples"] if e["format"] == "json" and e["direction"] == "response"
        ]
        response["body"] = "[1, 2]"

    edit(definitions / "resources" / "widget.yaml", break_response)
    _, output = run("--docs", str(PAGES), "--definitions", str(definitions), "--json")
    examples = kinds(output)["JSON examples"]
    assert examples["failing"] == ["does not round-trip: widget_ref.md GET response 1"]
    assert examples["details"]["do not round-trip"] == 1
    assert not examples["complete"]


def test_text_output(definitions: Path) -> None:
    edit(definitions / "resources" / "widget.yaml", lambda d: d["properties"].pop("ready"))
    code, output = run("--docs", str(PAGES), "--definitions", str(definitions))
    lines = output.splitlines()
    assert code == 1
    assert lines[0].split() == ["kind", "reference", "definitions", "found", "missing", "complete"]
    row = next(line for line in lines if line.startswith("properties with a type"))
    assert row.split()[-5:] == ["9", "8", "8", "1", "NO"]
    assert "  ! missing: widget ready" in lines
    assert "  - merged revision rows: 1" in lines
    assert any(line.startswith("  . round-trip: ") for line in lines)
    assert lines[-3:-1] == [
        "types not decided by the reference: 1",
        "- reference rows held another way, + definition entries beyond the rows,"
        " . details, ! what makes a kind incomplete",
    ]
    assert lines[-1] == "INCOMPLETE"


def test_bad_definitions_exit_2(tmp_path: Path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "x.yaml").write_text("resource: [\n", encoding="utf-8")
    code, _ = run("--docs", str(PAGES), "--definitions", str(tmp_path))
    assert code == 2


def test_coverage_never_imports_the_generated_package(definitions: Path) -> None:
    # The examples go through ucwa in a child interpreter; the generator's own stays clean.
    code = (
        "import sys\n"
        "from ucwa_codegen.cli import main\n"
        "try:\n"
        f"    main(['coverage', '--docs', {str(PAGES)!r}, '--definitions', {str(definitions)!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ucwa', 'ucwa_testing')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert "documented exchanges replayed" in result.stdout
    assert result.stdout.rstrip().endswith("[]")


def test_coverage_without_the_generated_package_says_why(definitions: Path, tmp_path: Path) -> None:
    # A child that cannot import ucwa_testing: the command says so and fails, rather than
    # report the examples as checked.
    blocker = tmp_path / "ucwa_testing"
    blocker.mkdir()
    (blocker / "__init__.py").write_text("raise ImportError('no ucwa_testing here')\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    command = ["coverage", "--docs", str(PAGES), "--definitions", str(definitions)]
    result = subprocess.run(
        [sys.executable, "-m", "ucwa_codegen", *command],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "no ucwa_testing here" in result.stderr
