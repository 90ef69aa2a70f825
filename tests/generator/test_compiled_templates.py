"""Compiled templates and schema checks are built on first use, never committed, and only
ever used for the very source (and library version) they were built from."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ucwa_codegen import built, render, templating, validate

from .support import ROOT, TEMPLATES


@pytest.fixture
def scratch_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty built folder in place of the package's."""
    folder = tmp_path / "_built"
    monkeypatch.setattr(built, "BUILT", folder)
    return folder


def test_nothing_built_is_committed() -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "generator/ucwa_codegen"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert not [path for path in tracked if "/_built/" in path or "/compiled/" in path]
    assert not [path for path in tracked if Path(path).name.startswith("check_")]


def test_a_template_is_built_on_first_use_then_taken_from_its_module(scratch_built: Path) -> None:
    template = render.make_environment(TEMPLATES).get_template("errors.py.j2")
    assert template.filename is not None
    modules = list(scratch_built.glob("package_errors_py_j2_*.py"))
    assert [Path(template.filename)] == modules
    modules[0].write_text(modules[0].read_text().replace("def root(", "def _root(", 1))
    with pytest.raises(KeyError):  # the second environment took the module, not the source
        render.make_environment(TEMPLATES).get_template("errors.py.j2")


def test_an_edited_template_is_built_anew_and_replaces_the_old(
    scratch_built: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "package"
    edited.mkdir()
    for text in ("first {{ package }}\n", "edited {{ package }}\n"):
        (edited / "errors.py.j2").write_text(text)
        environment = render.make_environment(tmp_path)
        assert environment.get_template("errors.py.j2").render(package="x") == text.replace(
            "{{ package }}", "x"
        )
    assert len(list(scratch_built.glob("package_errors_py_j2_*.py"))) == 1


def test_another_jinja2_version_does_not_take_the_module(
    scratch_built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    render.make_environment(TEMPLATES).get_template("enum.py.j2")
    first = {path.name for path in scratch_built.iterdir()}
    monkeypatch.setattr(templating.jinja2, "__version__", "0.0-other")
    render.make_environment(TEMPLATES).get_template("enum.py.j2")
    assert {path.name for path in scratch_built.iterdir()}.isdisjoint(first)


def test_a_folder_that_cannot_be_written_builds_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(built, "BUILT", blocker / "_built")
    template = render.make_environment(TEMPLATES).get_template("errors.py.j2")
    assert "ErrorCode" in template.render(
        api=render_api(), package="ucwa", version="0", exports=render.exports
    )


def render_api() -> object:
    from ucwa_codegen.pipeline import Pipeline

    from .support import MINIMAL_DEFINITIONS

    return Pipeline(MINIMAL_DEFINITIONS, TEMPLATES).api()


@pytest.mark.parametrize("kind", ["resourceFile", "enumFile", "errorsFile"])
def test_the_fast_check_is_built_for_the_current_schema(kind: str, scratch_built: Path) -> None:
    validate._fast_check.cache_clear()
    try:
        check = validate._fast_check(kind)
        assert check.__module__.startswith(f"ucwa_codegen._built.check_{kind}_")
        assert len(list(scratch_built.glob(f"check_{kind}_*.py"))) == 1
    finally:
        validate._fast_check.cache_clear()
