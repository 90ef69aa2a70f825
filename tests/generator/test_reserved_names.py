"""The reserved names are what generated code really defines and imports.

They are read from the runtime and templates (ucwa_codegen.reserved); these tests hold that
reading against the generated package itself, so a member added to the base class or a
name added to a template's imports cannot slip past it.
"""

from __future__ import annotations

import ast
import importlib
import json
import subprocess
import sys
from pathlib import Path

import attrs
from ucwa_runtime import model

import ucwa
from ucwa import errors
from ucwa_codegen import names, reserved

from .support import GENERATED, copy_minimal, generate

PACKAGE = GENERATED / "ucwa"


def test_every_member_of_the_base_classes_is_reserved() -> None:
    for base in (model.Resource, model.Links, model.Embedded):
        members = {name for name in dir(base) if not name.startswith("_")}
        members |= {field.name for field in attrs.fields(base)}
        assert members <= names.RESERVED_ATTRIBUTES, base.__name__
    assert {"find_link", "extra_properties", "if_match"} <= names.RESERVED_ATTRIBUTES


def _definition_classes() -> set[str]:
    resources = {ucwa.RESOURCES[rel].__name__ for rel in ucwa.RESOURCES}
    helpers = {f"{name}{suffix}" for name in resources for suffix in ("Links", "Embedded")}
    codes = set(errors.ERRORS_BY_CODE)
    return resources | helpers | codes | set(ucwa.ENUMS)


def _module_names(tree: ast.Module) -> set[str]:
    """Every name a module binds at top level (under ``if TYPE_CHECKING`` too)."""
    found: set[str] = set()
    top = [n for node in tree.body for n in (node.body if isinstance(node, ast.If) else [node])]
    for node in top:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ClassDef | ast.FunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return found


MODULES = ["__init__.py", "errors.py"]
MODULES += [f"enums/{path.name}" for path in sorted((PACKAGE / "enums").glob("*.py"))]
MODULES += [f"resources/{path.name}" for path in sorted((PACKAGE / "resources").glob("*.py"))]


def test_every_name_a_generated_module_binds_is_reserved_or_defined() -> None:
    defined = _definition_classes()
    for module in MODULES:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        bound = {n for n in _module_names(tree) if not n.startswith("_")} - {"annotations"}
        allowed = names.RESERVED_CLASSES | defined
        if module == "errors.py":
            allowed |= reserved.ERRORS_IMPORTS
        assert bound - allowed == set(), module


def test_every_member_a_generated_class_has_is_reserved_or_defined() -> None:
    for path in sorted((PACKAGE / "resources").glob("*.py")):
        parameters = {p.attr for op in _operations(path) for p in op}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                cls = getattr(_module(path), node.name)
                own = {f.name for f in attrs.fields(cls)} - {
                    f.name for f in attrs.fields(cls.__mro__[1])
                }
                _check_members(node, own, parameters)


def _check_members(node: ast.ClassDef, own: set[str], parameters: set[str]) -> None:
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            assert item.name in names.RESERVED_ATTRIBUTES, item.name
            arguments = {a.arg for a in [*item.args.args, *item.args.kwonlyargs]}
            assert arguments - parameters <= names.RESERVED_ATTRIBUTES, (node.name, item.name)
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            name = item.target.id
            assert name in own or name in names.RESERVED_ATTRIBUTES, (node.name, name)


def _module(path: Path) -> object:
    return importlib.import_module(f"ucwa.resources.{path.stem}")


def _operations(path: Path) -> list[tuple[object, ...]]:
    module = _module(path)
    specs = [
        value
        for name, value in vars(module).items()
        if name.startswith("_") and hasattr(value, "outcomes")
    ]
    return [(*spec.query, *spec.body) for spec in specs]


def test_properties_named_like_base_members_are_renamed_and_work(tmp_path: Path) -> None:
    definitions = copy_minimal(tmp_path / "definitions")
    gadget = definitions / "resources" / "gadget.yaml"
    extra = "".join(
        f"  {wire}:\n    type: string\n" for wire in ("extraProperties", "findLink", "ifMatch")
    )
    gadget.write_text(gadget.read_text().replace("properties:\n", f"properties:\n{extra}", 1))
    out = tmp_path / "out"
    assert generate(definitions, out).exit_code == 0
    payload = {
        "rel": "gadget",
        "extraProperties": "a",
        "findLink": "b",
        "ifMatch": "c",
        "unknown": "d",
        "_links": {"self": {"href": "/g/1"}, "widget": {"href": "/w/1"}},
        "_embedded": {},
    }
    script = (
        "import json, sys, ucwa\n"
        "g = ucwa.parse(sys.argv[1])\n"
        "print(json.dumps([g.extra_properties_, g.find_link_, g.if_match_,"
        " g.find_link('widget').href, g.extra_properties]))\n"
        "assert json.loads(ucwa.serialize(g)) == json.loads(sys.argv[1])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(payload)],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(out), "PATH": ""},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["a", "b", "c", "/w/1", {"unknown": "d"}]
