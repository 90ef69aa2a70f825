"""The layers import one way: ucwa_session / ucwa_testing -> ucwa -> ucwa_runtime.

Read from the sources with ast, every import counted: at module level, inside functions and
under ``if TYPE_CHECKING`` alike (a lazy upward import is still a dependency upwards).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Each package's folder, and the top-level packages it must never import.
LAYERS = {
    "ucwa_runtime": (ROOT / "runtime" / "ucwa_runtime", {"ucwa", "ucwa_session", "ucwa_testing"}),
    "ucwa": (ROOT / "generated" / "ucwa", {"ucwa_session", "ucwa_testing"}),
    "ucwa_session": (ROOT / "session" / "ucwa_session", set()),
    "ucwa_testing": (ROOT / "session" / "ucwa_testing", set()),
    # The generator never imports what it generates (coverage plays it in a child process).
    "ucwa_codegen": (
        ROOT / "generator" / "ucwa_codegen",
        {"ucwa", "ucwa_session", "ucwa_testing"},
    ),
}


def imported_packages(source: str, module: str, is_package: bool) -> set[str]:
    """The top-level package of every module ``source`` imports, relative imports resolved
    against ``module`` (the dotted name of the file)."""
    found: set[str] = set()
    here = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add(str(node.module).split(".")[0])
            else:
                base = here[: len(here) - (node.level - 1)]
                # Past the top of the package: a relative import into whatever holds it.
                found.add(base[0] if base else "<outside the package>")
    return found


def _modules(package: str, folder: Path) -> list[tuple[str, Path, bool]]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        parts = [package, *path.relative_to(folder).with_suffix("").parts]
        is_package = parts[-1] == "__init__"
        found.append((".".join(parts[:-1] if is_package else parts), path, is_package))
    return found


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_a_layer_never_imports_the_layers_above_it(package: str) -> None:
    folder, forbidden = LAYERS[package]
    modules = _modules(package, folder)
    assert modules, f"no modules in {folder}"
    wrong = {}
    for module, path, is_package in modules:
        found = imported_packages(path.read_text(encoding="utf-8"), module, is_package)
        bad = found & (forbidden | {"<outside the package>"})
        if bad:
            wrong[module] = sorted(bad)
    assert wrong == {}


def test_a_function_level_or_relative_import_upwards_is_found() -> None:
    # The check itself: what the runtime did before it had a registry of its own.
    source = (
        "from . import codec_json\n"
        "def parse(response):\n"
        "    from .. import RESOURCES\n"
        "    import ucwa.errors\n"
    )
    found = imported_packages(source, "ucwa._runtime.operations", is_package=False)
    assert found == {"ucwa"}
    found = imported_packages(source, "ucwa_runtime.operations", is_package=False)
    assert found == {"ucwa_runtime", "ucwa", "<outside the package>"}
