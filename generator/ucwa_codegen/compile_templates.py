"""Rewrites ``ucwa_codegen/compiled/`` from the shipped templates:
``python -m ucwa_codegen.compile_templates``.

Apart from :mod:`.templating` (which loads the compiled modules) because it needs every
environment the generator renders with, and those are made by :mod:`.render` and
:mod:`.docs`, which themselves load templates through :mod:`.templating`.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import docs, render
from .templating import COMPILED, compiled_source, module_name


def environments(templates: Path) -> dict[str, jinja2.Environment]:
    """Every environment the generator renders with, by its templates folder."""
    return {
        "package": render.make_environment(templates),
        "docs": docs.make_environment(templates),
        "project": render.project_environment(templates),
    }


def write_compiled(templates: Path) -> None:
    """Rewrite ucwa_codegen/compiled/ from the templates in ``templates``."""
    for old in COMPILED.glob("*_j2.py"):
        old.unlink()
    for kind, environment in environments(templates).items():
        for name in environment.list_templates():
            target = COMPILED / f"{module_name(kind, name)}.py"
            target.write_text(compiled_source(environment, kind, name))


if __name__ == "__main__":
    write_compiled(Path(__file__).resolve().parents[2] / "templates")
