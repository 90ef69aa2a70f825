"""The minimal fixture generates exactly the committed golden package, which is sound code.

tests/fixtures/minimal/definitions is a small definition set using every feature of the
format; tests/fixtures/minimal/expected is what ``ucwa-gen generate`` writes for it with the
real templates. After an intended change to the templates or the generator, refresh it with::

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/generator/test_golden.py

and review the diff of tests/fixtures/minimal/expected before committing it.
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .support import (
    BIN,
    EXPECTED,
    MINIMAL_DEFINITIONS,
    PYPROJECT,
    ROOT,
    files_of,
    generate,
    read_tree,
)


def _first_difference(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    for path in sorted(expected.keys() & actual.keys()):
        if expected[path] != actual[path]:
            diff = difflib.unified_diff(
                expected[path].decode().splitlines(),
                actual[path].decode().splitlines(),
                f"expected/{path}",
                f"generated/{path}",
                lineterm="",
            )
            return "\n".join(list(diff)[:40])
    return ""


def test_minimal_fixture_matches_golden_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = generate(MINIMAL_DEFINITIONS, out)
    assert run.exit_code == 0, run.stderr
    # Only generated files: the runtime is its own package (ucwa-runtime), never copied in.
    actual = files_of(read_tree(out))
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(EXPECTED, ignore_errors=True)
        shutil.copytree(out, EXPECTED)
    expected = files_of(read_tree(EXPECTED))
    assert expected, f"no golden files in {EXPECTED}; run with UPDATE_GOLDEN=1"
    assert sorted(actual) == sorted(expected), "the generated file set differs"
    assert actual == expected, _first_difference(expected, actual)


def test_golden_files_cover_the_fixture() -> None:
    # Guard against a golden set that silently lost what it is meant to pin down.
    files = files_of(read_tree(EXPECTED))
    assert {
        "ucwa/__init__.py",
        "ucwa/enums/__init__.py",
        "ucwa/enums/color.py",
        "ucwa/errors.py",
        "ucwa/py.typed",
        "ucwa/resources/__init__.py",
        "ucwa/resources/gadget.py",
        "ucwa/resources/widget.py",
        "ucwa/resources/widgets.py",
        "docs/index.md",
        "docs/resources/gadget.md",
        "docs/resources/widget.md",
        "docs/resources/widgets.md",
    } <= files.keys()
    widget = files["ucwa/resources/widget.py"].decode()
    assert (
        'created_at: datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})'
        in widget
    )
    assert 'color: Color | None = attrs.field(default=None, metadata={"wire": "color"})' in widget
    assert 'tags: list[str] | None = attrs.field(default=None, metadata={"wire": "tags"})' in widget
    assert "lifetime: timedelta | None = attrs.field(" in widget
    assert "owner: Link[Widgets] | None = attrs.field(" in widget
    assert 'help: Link[Any] | None = attrs.field(default=None, metadata={"wire": "help"})' in widget
    assert "gadget: list[Gadget] | None = attrs.field(" in widget
    assert '"wire": "gadget", "target": "gadget"' in widget
    widgets = files["ucwa/resources/widgets.py"].decode()
    assert ") -> Created[Widget]:" in widgets
    assert "note: DataUri | str | None = None" in widgets
    assert "as_link=True" in widgets
    assert "max_length=40" in widgets
    assert "required=True" in widgets
    color = files["ucwa/enums/color.py"].decode()
    assert "class Color(OpenEnum):" in color
    assert '"Color": (".color", "Color"),' in files["ucwa/enums/__init__.py"].decode()
    errors = files["ucwa/errors.py"].decode()
    for code in ("BadRequest", "Conflict", "NotFound"):
        assert f"class {code}(ApiError):" in errors


@pytest.fixture(scope="module")
def golden_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the golden package, so tools and imports leave no caches in the fixture."""
    root = tmp_path_factory.mktemp("golden")
    shutil.copytree(EXPECTED / "ucwa", root / "ucwa")
    return root


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "--no-cache", "--config", str(PYPROJECT)],
        ["ruff", "format", "--check", "--no-cache", "--config", str(PYPROJECT)],
    ],
    ids=["ruff-check", "ruff-format"],
)
def test_golden_output_passes_ruff(command: list[str]) -> None:
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:], str(EXPECTED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_golden_output_passes_mypy_strict(golden_copy: Path) -> None:
    result = subprocess.run(
        [
            str(BIN / "mypy"),
            "--config-file",
            str(PYPROJECT),
            "--strict",
            "--cache-dir",
            str(golden_copy / ".mypy_cache"),
            "ucwa",
        ],
        cwd=golden_copy,
        # the runtime as source: mypy cannot see through an editable install's import hook
        env={**os.environ, "MYPYPATH": str(ROOT / "runtime")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


_ROUND_TRIP = """
import json, sys
from datetime import datetime, timedelta
sys.path.insert(0, sys.argv[1])
import ucwa
from ucwa.enums import Color
payload = sys.argv[2]
widget = ucwa.parse(payload, "application/json")
assert ucwa.__file__.startswith(sys.argv[1]), ucwa.__file__
assert type(widget).__name__ == "Widget", type(widget)
assert isinstance(widget.created_at, datetime), widget.created_at
assert widget.color is Color.DARK_BLUE, widget.color
assert widget.tags == ["a", "b"] and widget.count == 3 and widget.visible is True
assert widget.weight is None
assert widget.lifetime == timedelta(hours=1, minutes=2, seconds=3), widget.lifetime
assert widget.links.owner.href == "/widgets"
assert [type(g).__name__ for g in widget.embedded.gadget] == ["Gadget"]
assert widget.extra_properties == {"surprise": {"kept": True}}
sys.stdout.buffer.write(ucwa.serialize(widget, "application/json"))
"""


def test_golden_output_round_trips_a_payload(golden_copy: Path) -> None:
    widget = yaml.safe_load((MINIMAL_DEFINITIONS / "resources" / "widget.yaml").read_text())
    example = json.loads(widget["examples"][0]["body"])
    # An unknown property and an unknown link are kept, in place, on the way back.
    payload = {key: value for key, value in example.items() if not key.startswith("_")}
    payload["surprise"] = {"kept": True}
    payload["_links"] = {**example["_links"], "unknownLink": {"href": "/unknown"}}
    payload["_embedded"] = example["_embedded"]
    compact = json.dumps(payload, separators=(",", ":"), ensure_ascii=False)
    result = subprocess.run(
        [sys.executable, "-c", _ROUND_TRIP, str(golden_copy), compact],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout) == payload
    assert result.stdout == compact.encode()
