"""Stage 2, second half: the rules between definition files, which a schema cannot say.

Names that collide or stop being identifiers once converted, references to resources and
enumerations that do not exist, error codes that disagree with the error catalogue. They run
once every file passed its own checks (validate.py); every error names file:line:column.

A resource's or enumeration's own part of them reads its file and, of the others, only what
``_Checker.context`` hashes: the names of the resources and enumerations, the ErrorCode and
ErrorSubcode values and the catalogue's statuses (with the rules' own code). With a cache, a
file that passed them is not checked again until it or that context changes: a run that
edits one definition's text checks that one; one that adds, removes or renames a definition
or an error code checks them all. The rules that span files (names taken twice, the
catalogue) always run.
"""

from __future__ import annotations

import keyword
from collections.abc import Callable, Iterable
from functools import cache as once
from pathlib import Path
from typing import Any

from . import names
from .cache import NO_CACHE, Cache
from .diagnostics import DataPath, DefinitionError
from .load import SourceFile
from .model import LINK_TYPES, PRIMITIVES
from .reserved import ERRORS_IMPORTS
from .stamp import digest

# The top-level key that says what a definition file holds (exactly one of them).
FILE_KINDS = ("resource", "enum", "errors")
# Keys the payload format itself uses next to the properties of a resource.
STRUCTURAL_KEYS = frozenset({"rel", "_links", "_embedded"})
_PASSED = b"passed"


@once
def _rules_digest() -> str:
    """What the rules themselves are: their code and the names they hold against."""
    here = Path(__file__).resolve().parent
    return digest(
        *(here.joinpath(name).read_bytes() for name in ("cross_file.py", "names.py", "model.py")),
        *sorted(names.RESERVED_ATTRIBUTES),
        "|",
        *sorted(names.RESERVED_CLASSES),
        "|",
        *keyword.kwlist,
    )


def cross_file_errors(files: list[SourceFile], cache: Cache = NO_CACHE) -> list[DefinitionError]:
    """Every error of the rules between ``files`` (which each passed their own checks)."""
    return _Checker(files, cache).run()


class _Checker:
    """The cross-file rules; run only when every file passed the schema."""

    def __init__(self, files: list[SourceFile], cache: Cache = NO_CACHE) -> None:
        self.files = files
        self.cache = cache
        self.errors: list[DefinitionError] = []
        self.resources = {f.data["resource"]: f for f in files if "resource" in f.data}
        self.enums = {f.data["enum"]: f for f in files if "enum" in f.data}
        self.catalogues = [f for f in files if "errors" in f.data]

    def fail(self, source: SourceFile, path: DataPath, message: str, *, key: bool = False) -> None:
        self.errors.append(source.error(path, message, key=key))

    def run(self) -> list[DefinitionError]:
        self.check_file_names()
        self.check_top_level_names()
        context = self.context() if self.cache.enabled else ""
        for source in self.resources.values():
            self.check_unless_passed(source, self.check_resource, context)
        for source in self.enums.values():
            self.check_unless_passed(source, self.check_enum, context)
        self.check_catalogue()
        return self.errors

    def context(self) -> str:
        """The hash of all a file's own part of the rules reads besides the file."""
        statuses = (f"{name} {status}" for name, status in sorted(self.statuses().items()))
        return digest(
            _rules_digest(),
            *sorted(self.resources),
            "|",
            *sorted(self.enums),
            "|",
            *sorted(self.enum_values("ErrorCode")),
            "|",
            *sorted(self.enum_values("ErrorSubcode")),
            "|",
            *statuses,
        )

    def check_unless_passed(
        self, source: SourceFile, check: Callable[[SourceFile], None], context: str
    ) -> None:
        """``check(source)``, unless the cache knows it passed in this very ``context``
        (only passes are remembered: errors are found again, with their positions)."""
        if not (self.cache.enabled and source.digest):
            check(source)
            return
        key = digest("cross-file checks", context, source.digest)
        if self.cache.get_bytes(key) == _PASSED:
            return
        found = len(self.errors)
        check(source)
        if len(self.errors) == found:
            self.cache.put_bytes(key, _PASSED)

    def check_file_names(self) -> None:
        seen: dict[tuple[str, str], SourceFile] = {}
        for source in self.files:
            data = source.data
            kind = next(k for k in FILE_KINDS if k in data)
            name = "errors" if kind == "errors" else data[kind]
            if source.path.stem != name:
                self.fail(source, (kind,), f"{kind} {name!r} must be in a file named {name}.yaml")
            if (kind, name) in seen:
                first = seen[(kind, name)]
                self.fail(source, (kind,), f"duplicate {kind} {name!r} (also in {first.path})")
            seen.setdefault((kind, name), source)

    def check_top_level_names(self) -> None:
        # Resources and enumerations share one namespace of class names; resources have one
        # of module names (in ``resources``), enumerations another (in ``enums``).
        classes: dict[str, SourceFile] = {}
        modules: dict[str, SourceFile] = {}
        enum_modules: dict[str, SourceFile] = {}
        for rel, source in self.resources.items():
            class_name = names.class_name(rel)
            if self.claim(classes, class_name, source, ("resource",), "class"):
                for helper in ("Links", "Embedded"):  # defined next to it in its module
                    self.claim(classes, class_name + helper, source, ("resource",), "class")
            self.claim(modules, names.module_name(rel), source, ("resource",), "module")
        for name, source in self.enums.items():
            if self.claim(classes, name, source, ("enum",), "class"):
                self.claim(enum_modules, names.module_name(name), source, ("enum",), "module")

    def claim(
        self, taken: dict[str, SourceFile], name: str, source: SourceFile, path: DataPath, what: str
    ) -> bool:
        if not names.is_valid(name):
            self.fail(source, path, f"{what} name {name!r} is not a valid Python identifier")
        elif what == "class" and name in names.RESERVED_CLASSES:
            self.fail(source, path, f"class name {name!r} is reserved (generated code imports it)")
        elif name in taken:
            self.fail(source, path, f"{what} name {name!r} collides with {taken[name].path}")
        else:
            taken[name] = source
            return True
        return False

    def check_names(
        self, source: SourceFile, path: DataPath, wires: Iterable[str], what: str
    ) -> None:
        seen: dict[str, str] = {}
        for wire in wires:
            attr = names.attribute_name(wire)
            if not names.is_valid(attr):
                self.fail(
                    source,
                    (*path, wire),
                    f"{what} {wire!r} gives {attr!r}, which is not a valid Python identifier",
                    key=True,
                )
            elif attr in seen:
                self.fail(
                    source,
                    (*path, wire),
                    f"{what} {wire!r} and {seen[attr]!r} both become {attr!r}",
                    key=True,
                )
            else:
                seen[attr] = wire

    def check_type(self, source: SourceFile, path: DataPath, item: dict[str, Any]) -> None:
        name = item["type"]
        if name not in PRIMITIVES and name not in self.enums:
            self.fail(
                source,
                (*path, "type"),
                f"type {name!r} is neither a primitive nor a defined enumeration",
            )

    def check_link_property(self, source: SourceFile, wire: str, item: dict[str, Any]) -> None:
        """A property that travels as a link holds one href: its text is the value, and no
        link of the same name may claim it too."""
        path: DataPath = ("properties", wire)
        if item["type"] not in LINK_TYPES or item.get("array"):
            self.fail(
                source,
                (*path, "as"),
                f"a property sent as a link holds one {'/'.join(sorted(LINK_TYPES))}, "
                f"not {'a list of ' if item.get('array') else ''}{item['type']!r}",
            )
        if wire in source.data.get("links", {}):
            self.fail(
                source,
                ("links", wire),
                f"{wire!r} is a property sent as a link; do not define it as a link too",
                key=True,
            )

    def check_rel(self, source: SourceFile, path: DataPath, rel: str | None, what: str) -> None:
        if rel is not None and rel not in self.resources:
            self.fail(source, path, f"{what} {rel!r} is not a defined resource")

    def check_resource(self, source: SourceFile) -> None:
        data = source.data
        props = data.get("properties", {})
        self.check_names(source, ("properties",), props, "property")
        for wire in STRUCTURAL_KEYS.intersection(props):
            self.fail(
                source,
                ("properties", wire),
                f"{wire!r} is part of every payload's structure, not a property",
                key=True,
            )
        for wire, item in props.items():
            self.check_type(source, ("properties", wire), item)
            if item.get("as") == "link":
                self.check_link_property(source, wire, item)
        for section in ("links", "embedded"):
            items = data.get(section, {})
            self.check_names(
                source,
                (section,),
                [w for w in items if w != "self"],
                section[:-1] if section == "links" else "embedded resource",
            )
            if "self" in items and section == "links":
                self.fail(
                    source,
                    (section, "self"),
                    "the self link is implicit; do not define it",
                    key=True,
                )
            for wire, item in items.items():
                self.check_rel(source, (section, wire, "target"), item.get("target"), "target")
        for method, operation in data.get("operations", {}).items():
            path: DataPath = ("operations", method)
            body = operation.get("body", {})
            query = operation.get("query", {})
            self.check_names(source, (*path, "body"), body, "parameter")
            self.check_names(
                source,
                (*path, "query"),
                [
                    w
                    for w in query
                    if names.attribute_name(w) not in {names.attribute_name(b) for b in body}
                ],
                "parameter",
            )
            for section, params in (("body", body), ("query", query)):
                for wire, item in params.items():
                    self.check_type(source, (*path, section, wire), item)
            for index, response in enumerate(operation.get("responses", ())):
                for key in ("body", "creates"):
                    self.check_rel(source, (*path, "responses", index, key), response.get(key), key)
            for index, error in enumerate(operation.get("errors", ())):
                self.check_error(source, (*path, "errors", index), error)
        for index, event in enumerate(data.get("events", ())):
            self.check_rel(source, ("events", index, "sender"), event["sender"], "event sender")
            self.check_rel(
                source, ("events", index, "resource"), event.get("resource"), "event resource"
            )

    def check_enum(self, source: SourceFile) -> None:
        seen: dict[str, str] = {}
        for wire in source.data["values"]:
            member = names.member_name(wire)
            if not names.is_valid(member):
                self.fail(
                    source,
                    ("values", wire),
                    f"value {wire!r} gives member {member!r}, not a valid Python identifier",
                    key=True,
                )
            elif member in seen:
                self.fail(
                    source,
                    ("values", wire),
                    f"values {wire!r} and {seen[member]!r} both become {member!r}",
                    key=True,
                )
            else:
                seen[member] = wire

    def enum_values(self, name: str) -> set[str]:
        source = self.enums.get(name)
        return set(source.data["values"]) if source else set()

    def statuses(self) -> dict[str, int]:
        if len(self.catalogues) != 1:
            return {}
        codes = self.catalogues[0].data["errors"]["codes"]
        return {name: item["status"] for name, item in codes.items()}

    def check_error(self, source: SourceFile, path: DataPath, error: dict[str, Any]) -> None:
        code = error["error"]
        if code not in self.enum_values("ErrorCode"):
            self.fail(
                source, (*path, "error"), f"error {code!r} is not a value of enumeration ErrorCode"
            )
        expected = self.statuses().get(code)
        if expected is not None and expected != error["status"]:
            self.fail(
                source,
                (*path, "status"),
                f"error {code!r} has status {expected} in errors.yaml, not {error['status']}",
            )
        subcode = error.get("subcode")
        if subcode is not None and subcode not in self.enum_values("ErrorSubcode"):
            self.fail(
                source,
                (*path, "subcode"),
                f"subcode {subcode!r} is not a value of enumeration ErrorSubcode",
            )

    def check_catalogue(self) -> None:
        anchor = self.catalogues[0] if self.catalogues else (self.files[0] if self.files else None)
        if anchor is None:
            return
        for name in ("ErrorCode", "ErrorSubcode"):
            if name not in self.enums:
                self.fail(
                    anchor, (), f"the enumeration {name} must be defined (errors are typed with it)"
                )
        if len(self.catalogues) != 1:
            self.fail(
                anchor, (), f"exactly one errors.yaml is needed, found {len(self.catalogues)}"
            )
            return
        source = self.catalogues[0]
        errors = source.data["errors"]
        known = self.enum_values("ErrorCode")
        for name in errors["codes"]:
            if name not in known:
                self.fail(
                    source,
                    ("errors", "codes", name),
                    f"{name!r} is not a value of enumeration ErrorCode",
                    key=True,
                )
            elif not names.is_valid(name) or name in names.RESERVED_CLASSES | ERRORS_IMPORTS:
                message = f"error code {name!r} cannot name an exception class"
                self.fail(source, ("errors", "codes", name), message, key=True)
        missing = sorted(known - set(errors["codes"]))
        if missing and "ErrorCode" in self.enums:
            self.fail(
                source,
                ("errors", "codes"),
                f"no HTTP status for ErrorCode values: {', '.join(missing)}",
            )
        by_status: dict[int, list[str]] = {}
        for name, item in errors["codes"].items():
            by_status.setdefault(item["status"], []).append(name)
        for status, shared in sorted(by_status.items()):
            marked = [n for n in shared if errors["codes"][n].get("fallback")]
            if len(shared) > 1 and len(marked) != 1:
                self.fail(
                    source,
                    ("errors", "codes", (marked or shared)[-1]),
                    f"status {status} is shared by {', '.join(shared)}: mark exactly one with"
                    " `fallback: true` (raised when an error body names no code)",
                    key=True,
                )
        for index, error in enumerate(errors.get("generic", ())):
            self.check_error(source, ("errors", "generic", index), error)
