"""The templates' compiled modules in ucwa_codegen/compiled/ are those of templates/."""

from __future__ import annotations

from pathlib import Path

from ucwa_codegen import compile_templates, templating

from .support import TEMPLATES


def test_compiled_templates_are_current() -> None:
    expected: dict[str, str] = {}
    for kind, environment in compile_templates.environments(TEMPLATES).items():
        for name in environment.list_templates():
            module = f"{templating.module_name(kind, name)}.py"
            expected[module] = templating.compiled_source(environment, kind, name)
    found = {path.name: path.read_text() for path in templating.COMPILED.glob("*_j2.py")}
    assert found == expected, "run `.venv/bin/python -m ucwa_codegen.compile_templates`"


def test_compiled_templates_are_used_and_an_edited_template_is_not(tmp_path: Path) -> None:
    from ucwa_codegen import render

    template = render.make_environment(TEMPLATES).get_template("errors.py.j2")
    assert template.filename is not None
    assert Path(template.filename).parent == templating.COMPILED
    edited = tmp_path / "package"
    edited.mkdir()
    (edited / "errors.py.j2").write_text("edited {{ package }}\n")
    environment = render.make_environment(tmp_path)
    assert environment.get_template("errors.py.j2").render(package="x") == "edited x\n"
