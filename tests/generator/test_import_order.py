"""The generated modules write their imports as ruff's isort would sort them (imports.py).

The formatting stage runs ``ruff format`` only, which does not sort imports: a template or a
view that wrote them out of order would change the generated code, or fail ``make lint``,
rather than be put right. These tests run ruff's isort check with the formatting stage's own
settings over the rendered, unformatted package and over the sorting's edge cases.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ucwa_codegen.format import RUFF_OPTIONS, ruff_bin
from ucwa_codegen.imports import Import, import_block
from ucwa_codegen.load import load_definitions
from ucwa_codegen.model import build_api
from ucwa_codegen.render import render

from .support import DEFINITIONS, TEMPLATES


def isort_changes(files: dict[str, str | bytes], folder: Path) -> str:
    """What ruff's isort would change in ``files`` (written below ``folder``): "" for nothing.

    ruff runs in ``folder``, so no package of this project counts as first-party: the
    runtime is a third-party package to the generated code, as in the formatting stage.
    """
    for relative, content in files.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)
    result = subprocess.run(
        [ruff_bin(), "check", "--select", "I", "--diff", *RUFF_OPTIONS, "."],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    return result.stdout if result.returncode else ""


def test_the_rendered_package_needs_no_import_sorting(tmp_path: Path) -> None:
    rendered = render(build_api(load_definitions(DEFINITIONS)), TEMPLATES)
    python: dict[str, str | bytes] = {
        path: content for path, content in rendered.items() if path.endswith(".py")
    }
    assert len(python) > 200
    assert isort_changes(python, tmp_path) == ""


def _one_line_of(width: int, module: str, indent: int) -> Import:
    """Two names whose ``from`` line is exactly ``width`` characters at ``indent``."""
    head = f"{' ' * indent}from {module} import first, "
    return module, ["first", "s" * (width - len(head))]


# Each edge of the order: sections, straight imports first, modules in natural and
# case-insensitive order, relative ones furthest first, names by kind, merging, wrapping.
TOP: list[Import] = [
    ("ucwa_runtime.operations", ["call", "Unset", "UNSET", "OperationSpec", "R"]),
    ("typing", ["TYPE_CHECKING", "cast", "Any", "ClassVar"]),
    ("..enums", ["Colour"]),
    ("attrs", None),
    ("Zeta", None),
    ("os", None),
    ("__future__", ["annotations"]),
    ("collections.abc", ["Mapping"]),
    ("ucwa_runtime.model", ["Link"]),
    ("ucwa_runtime.model", ["Embedded", "Link"]),
    ("ucwa_runtime.model10", ["item10", "item9", "Item2", "ITEM_1", "item_1", "item1"]),
    ("ucwa_runtime.model9", ["nine"]),
    ("ucwa_runtime.model_a", ["a"]),
    ("ucwa_runtime.Model2", ["two"]),
    ("ucwa_runtime.model.sub", ["sub"]),
    ("ucwa_runtime.empty", []),
    (".a10", ["Ten"]),
    (".a9", ["Nine"]),
    (".a_b", ["ab_"]),
    (".A1", ["one"]),
    (".ab", ["ab"]),
    ("...deep", ["deep"]),
    (".", ["sibling"]),
    _one_line_of(100, "ucwa_runtime.fits", 0),
    _one_line_of(101, "ucwa_runtime.wraps", 0),
]
NESTED: list[Import] = [
    _one_line_of(101, ".wraps", 4),
    _one_line_of(100, ".fits", 4),
    ("ucwa_runtime.auth", ["Challenge"]),
]


def test_import_blocks_come_out_as_ruff_sorts_them(tmp_path: Path) -> None:
    module = f"{import_block(TOP)}\n\nif TYPE_CHECKING:\n{import_block(NESTED, 4)}\n"
    assert "import (\n" in module and "ucwa_runtime.empty" not in module
    assert "from ucwa_runtime.model import Embedded, Link\n" in module
    assert isort_changes({"edges.py": module}, tmp_path) == ""
