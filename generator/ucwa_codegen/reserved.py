"""The names generated code already uses, read from the runtime and templates it is made of.

A definition's name must not take one of them: a property named ``findLink`` would replace
the base class's ``find_link`` method, a resource named ``RetryPolicy`` would hide the
runtime's class of that name. Writing the names out by hand missed some as the runtime grew,
so they are read from the sources: the installed ``ucwa_runtime`` package (which the generated
code imports) and the package templates the generator ships:

- every member the runtime's ``Resource``, ``Links`` and ``Embedded`` define (their fields,
  methods, properties), which generated classes inherit;
- every public top-level name of a runtime module the package templates (and views.py, which
  writes a resource module's imports) import from that they mention, which generated
  modules may import next to definitions' classes.

What the templates themselves bind (operation methods and their arguments, typing helpers,
the names of errors.py and __init__.py) is listed here; tests/generator/test_reserved_names.py
checks both lists against the generated package.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

from . import exports
from .built import built_namespace
from .stamp import digest

_PACKAGE = Path(__file__).resolve().parent
TEMPLATES = next(
    (p for p in (_PACKAGE / "templates", _PACKAGE.parents[1] / "templates") if p.is_dir()),
    _PACKAGE / "templates",
)
BASE_CLASSES = ("Resource", "Links", "Embedded", "_Deferred")  # _Deferred: under Links, Embedded


def _runtime_folder() -> Path:
    # Read as source, not imported: the generator needs the runtime's names, not its code.
    spec = importlib.util.find_spec("ucwa_runtime")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("ucwa-runtime is not installed; the generator reads its names")
    return Path(next(iter(spec.submodule_search_locations)))


RUNTIME = _runtime_folder()

# What resource.py.j2 gives each resource class besides its definition's names: REL, one
# method per operation, the arguments those methods take and the module's ``call`` they use
# (a parameter of one of these names would replace it inside the method), and the arguments
# of its properties' read and write functions.
TEMPLATE_MEMBERS = frozenset(
    {"REL", "get", "post", "put", "delete", "options"}
    | {"self", "cls", "client", "link", "text", "media_type", "call"}
    | {"read", "properties", "write"}
)
# What the package templates bind at module level besides classes of definitions and the
# runtime's names: typing and standard-library imports, and their own definitions.
TEMPLATE_NAMES = frozenset(
    {
        "TYPE_CHECKING", "Any", "ClassVar", "Iterable", "Mapping", "datetime", "timedelta",
        "attrs", "json", "importlib", "ElementTree", "ApiError", "ERRORS_BY_CODE",
        "ERRORS_BY_STATUS", "RESOURCES", "ENUMS", "REGISTRY", "ERROR_TABLE", "parse", "serialize",
        "RuntimeClient", "Registry",
    }
)  # fmt: skip
# The enumerations errors.py imports: an error code may not be named like one.
ERRORS_IMPORTS = frozenset({"ErrorCode", "ErrorSubcode"})

_RUNTIME_MODULE = re.compile(r"ucwa_runtime(?:\.| import )([a-z_]++)")
_WORD = re.compile(r"[A-Za-z_]\w*+")


def base_members(runtime: Path) -> frozenset[str]:
    """Every name bound in the bodies of the runtime's resource base classes."""
    tree = ast.parse((runtime / "model.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name in BASE_CLASSES:
            for item in node.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    found.add(item.name)
                elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    found.add(item.target.id)
                elif isinstance(item, ast.Assign):
                    found.update(t.id for t in item.targets if isinstance(t, ast.Name))
    return frozenset(found)


def _name_sources(templates: Path) -> list[Path]:
    # What names the runtime names a generated module uses: the package templates, and the
    # view-model that writes a resource module's imports. runtime_names reads them, and the
    # built copy of its answer is keyed on them.
    return [*sorted((templates / "package").glob("*.j2")), _PACKAGE / "views.py"]


def runtime_names(templates: Path, runtime: Path) -> frozenset[str]:
    """The public top-level names of the runtime modules the package templates import from,
    as far as those templates, or the view-model that writes a resource module's imports
    (views.py), mention them."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in _name_sources(templates))
    found: set[str] = set()
    for module in set(_RUNTIME_MODULE.findall(text)):
        source = (runtime / f"{module}.py").read_text(encoding="utf-8")
        found.update(_bound_names(ast.parse(source).body))
    return frozenset(found & set(_WORD.findall(text)))


def _bound_names(body: list[ast.stmt]) -> set[str]:
    # A module's public top-level names: what it defines and what it imports from a sibling
    # runtime module (it re-exports names that moved there), including under ``if``.
    found: set[str] = set()
    for node in body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.add(node.target.id)
        elif isinstance(node, ast.ImportFrom) and node.level == 1:
            # a sibling runtime module's name; not the package's own classes (``from ..``)
            found.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.If):
            found.update(_bound_names(node.body) | _bound_names(node.orelse))
    return {name for name in found if not name.startswith("_")}


def _read_names(templates: Path, runtime: Path) -> tuple[frozenset[str], frozenset[str]]:
    """``base_members`` and ``runtime_names``, parsed once per content of the sources they
    read (parsing them is most of the cost of importing the generator's model): kept as
    data in a built module (built.py) under the digest of those sources."""
    texts = [path.read_bytes() for path in [*_name_sources(templates), runtime / "model.py"]]
    modules = sorted(set(_RUNTIME_MODULE.findall(b"\n".join(texts).decode())))
    texts += [(runtime / f"{module}.py").read_bytes() for module in modules]

    def source() -> str:
        members, names = sorted(base_members(runtime)), sorted(runtime_names(templates, runtime))
        return f"BASE_MEMBERS = {members!r}\nRUNTIME_NAMES = {names!r}\n"

    namespace = built_namespace("reserved_names", digest("reserved", *texts), source)
    return frozenset(namespace["BASE_MEMBERS"]), frozenset(namespace["RUNTIME_NAMES"])


_BASE_MEMBERS, _RUNTIME_NAMES = _read_names(TEMPLATES, RUNTIME)
RESERVED_ATTRIBUTES = _BASE_MEMBERS | TEMPLATE_MEMBERS
# The package's top-level names too: a class of the same name would read as one of them.
RESERVED_CLASSES = (
    _RUNTIME_NAMES
    | TEMPLATE_NAMES
    | frozenset(exports.RUNTIME_EXPORTS)
    | frozenset(exports.OWN_EXPORTS)
)
