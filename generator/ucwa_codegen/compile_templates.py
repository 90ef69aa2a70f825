"""Builds the compiled code of every shipped template ahead of a run (see templating.py).

Apart from :mod:`.templating` (which builds them on first use) because it needs every
environment the generator renders with, and those are made by :mod:`.render` and
:mod:`.docs`, which themselves load templates through :mod:`.templating`.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from . import docs, render


def environments(templates: Path) -> dict[str, jinja2.Environment]:
    """Every environment the generator renders with, by its templates folder."""
    return {
        "package": render.make_environment(templates),
        "docs": docs.make_environment(templates),
        "project": render.project_environment(templates),
    }


def build_all(templates: Path) -> None:
    """Build the compiled module of every template in ``templates``."""
    for environment in environments(templates).values():
        for name in environment.list_templates():
            environment.get_template(name)
