"""``python -m ucwa_codegen.prebuild``: build every module a generation would build on first
use (built.py), so that no run pays for it: `make install` and tools/dist.py run it."""

from __future__ import annotations

import importlib
from pathlib import Path

from . import compile_templates, validate
from .defaults import default_templates


def build_all(templates: Path) -> None:
    """Build every module a generation from ``templates`` uses."""
    compile_templates.build_all(templates)
    validate.build_fast_checks()
    importlib.import_module(f"{__package__}.reserved")  # its import builds what it keeps


if __name__ == "__main__":
    build_all(default_templates())
