"""Bad definitions: exit 2, every error as ``path:LINE:COLUMN: message``, nothing written.

Each case copies the minimal fixture, breaks it in one way (or several, for the cases about
reporting many errors) and runs ``ucwa-gen generate`` twice: into a folder that does not exist
(it must not be created) and into an existing one holding a sentinel (it must not change).
Expected positions are found in the broken file by the text on the reported line, so a case
states *where* the error is, not a line number that drifts with the fixture.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from .support import TEMPLATES, copy_minimal, generate, read_tree, ucwa_gen

Mutation = Callable[[Path], None]

_REPORTED = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


@dataclass(frozen=True)
class Expected:
    """One reported error: in ``file`` (relative to the definitions folder; "" for the folder
    itself), on the only line containing ``needle``, at the column where the last ``at`` on
    that line starts (the needle's start by default), with ``message`` in its text. Without
    a needle the position is 1:1. ``{defs}`` in the message stands for the definitions folder.
    """

    file: str
    needle: str | None
    message: str
    at: str | None = None

    def locate(self, defs: Path) -> tuple[str, int, int, str]:
        path = defs / self.file if self.file else defs
        message = self.message.replace("{defs}", str(defs))
        if self.needle is None:
            return str(path), 1, 1, message
        lines = path.read_text(encoding="utf-8").splitlines()
        found = [number for number, text in enumerate(lines, 1) if self.needle in text]
        assert len(found) == 1, f"needle {self.needle!r} is on lines {found} of {path}"
        text = lines[found[0] - 1]
        column = text.rindex(self.at if self.at is not None else self.needle) + 1
        return str(path), found[0], column, message


@dataclass(frozen=True)
class Case:
    id: str
    mutations: tuple[Mutation, ...]
    expected: tuple[Expected, ...]


def replace(file: str, old: str, new: str) -> Mutation:
    def mutate(defs: Path) -> None:
        path = defs / file
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} is not in {file} exactly once"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return mutate


def write(file: str, content: str | bytes) -> Mutation:
    def mutate(defs: Path) -> None:
        path = defs / file
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")

    return mutate


def append(file: str, content: str) -> Mutation:
    def mutate(defs: Path) -> None:
        path = defs / file
        path.write_text(path.read_text(encoding="utf-8") + content, encoding="utf-8")

    return mutate


def rename(file: str, new: str) -> Mutation:
    def mutate(defs: Path) -> None:
        (defs / file).rename(defs / new)

    return mutate


def remove_everything(defs: Path) -> None:
    for child in defs.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


GADGET = "resources/gadget.yaml"
WIDGET = "resources/widget.yaml"
WIDGETS = "resources/widgets.yaml"
ERRORS = "errors.yaml"


# A definition of a few hundred bytes whose aliases would expand to 10**7 strings.
ALIAS_BOMB = (
    "resource: gadget\nsummary: S.\nreference: g.md\nlol0: &a0 ["
    + ", ".join(["lol"] * 10)
    + "]\n"
    + "".join(
        f"lol{level}: &a{level} [*a{level - 1},\n  " + ", ".join([f"*a{level - 1}"] * 9) + "]\n"
        for level in range(1, 7)
    )
)


def case(name: str, mutations: Mutation | list[Mutation], *expected: Expected) -> Case:
    listed = mutations if isinstance(mutations, list) else [mutations]
    return Case(name, tuple(listed), expected)


CASES = [
    # YAML that does not parse.
    case(
        "yaml-mapping-value",
        replace(GADGET, "reference: gadget_ref.md", "reference: a: b"),
        Expected(GADGET, "reference: a: b", "mapping values are not allowed", at=": b"),
    ),
    case(
        "yaml-unclosed-quote",
        replace(GADGET, "summary: A part", 'summary: "A part'),
        Expected(GADGET, 'summary: "A part', "quoted scalar found unexpected end", at='"'),
    ),
    case(
        "yaml-unclosed-bracket-at-end",
        append(GADGET, "scopes: [Widgets.Read"),
        Expected(GADGET, "scopes: [", "did not find expected ',' or ']'", at="["),
    ),
    case(
        "yaml-sequence-in-mapping",
        replace(GADGET, "links:\n", "- stray\nlinks:\n"),
        Expected(GADGET, "- stray", "did not find expected key"),
    ),
    case(
        "yaml-tab-indent",
        replace(GADGET, "  widget:\n", "\twidget:\n"),
        Expected(GADGET, "\twidget:", "cannot start any token"),
    ),
    # Duplicate keys, which plain YAML loading would resolve silently.
    case(
        "duplicate-top-level-key",
        append(GADGET, "summary: again\n"),
        Expected(GADGET, "summary: again", "duplicate key 'summary'"),
    ),
    case(
        "duplicate-property",
        replace(WIDGET, "  visible:\n", "  count:  # again\n    type: float\n  visible:\n"),
        Expected(WIDGET, "count:  # again", "duplicate key 'count'", at="count"),
    ),
    # Unknown keys.
    case(
        "unknown-top-level-key",
        replace(GADGET, "properties:", "propertys:"),
        Expected(GADGET, "propertys:", "unknown key 'propertys'", at="propertys"),
    ),
    case(
        "unknown-key-in-property",
        replace(WIDGET, "    type: timespan\n", "    type: timespan\n    units: seconds\n"),
        Expected(WIDGET, "units: seconds", "unknown key 'units'", at="units"),
    ),
    case(
        "unknown-key-in-link",
        replace(GADGET, "    target: widget\n", "    target: widget\n    kind: parent\n"),
        Expected(GADGET, "kind: parent", "unknown key 'kind'", at="kind"),
    ),
    case(
        "unknown-method",
        replace(WIDGETS, "  GET:\n", "  PATCH: {}\n  GET:\n"),
        Expected(WIDGETS, "PATCH: {}", "unknown key 'PATCH'", at="PATCH"),
    ),
    # Values of the wrong type.
    case(
        "array-not-boolean",
        replace(WIDGET, "    array: true", '    array: "yes"'),
        Expected(WIDGET, 'array: "yes"', "'yes' is not of type 'boolean'", at='"yes"'),
    ),
    case(
        "max-length-negative",
        replace(WIDGETS, "        max_length: 40", "        max_length: -3"),
        Expected(WIDGETS, "max_length: -3", "-3 is less than the minimum of 1", at="-3"),
    ),
    case(
        "status-not-integer",
        replace(WIDGETS, "      - status: 201", '      - status: "201"'),
        Expected(WIDGETS, 'status: "201"', "'201' is not of type 'integer'", at='"201"'),
    ),
    # Missing required keys: reported where the mapping missing them starts.
    # (reference is not required: a definition of one's own has no reference page.)
    case(
        "missing-enum-values",
        replace(
            "enums/Color.yaml",
            "values:\n  Red: {description: Warm.}\n  DarkBlue: null\n"
            "  Green: {description: Calm.}\n",
            "",
        ),
        Expected("enums/Color.yaml", "enum: Color", "'values' is a required property"),
    ),
    case(
        "missing-event-sender",
        replace(WIDGET, ", sender: widgets", ""),
        Expected(WIDGET, "{type: updated", "'sender' is a required property", at="{"),
    ),
    # Types naming no enumeration.
    case(
        "undefined-enum-in-property",
        replace(WIDGET, "    type: Color", "    type: Colour"),
        Expected(
            WIDGET,
            "type: Colour",
            "type 'Colour' is neither a primitive nor a defined enumeration",
            at="Colour",
        ),
    ),
    # A property sent as a link: one data: URI, and no link of its name besides.
    case(
        "link-property-of-another-type",
        replace(WIDGET, "    type: int\n", "    type: int\n    as: link\n"),
        Expected(WIDGET, "as: link", "a property sent as a link holds one data_uri", at="link"),
    ),
    case(
        "link-property-and-link-of-one-name",
        [
            replace(
                WIDGET,
                "  lifetime:\n    type: timespan\n",
                "  help:\n    type: data_uri\n    as: link\n",
            ),
        ],
        Expected(
            WIDGET, "  help: {}", "'help' is a property sent as a link; do not define it", at="help"
        ),
    ),
    case(
        "undefined-enum-in-parameter",
        replace(WIDGETS, "        type: Color", "        type: Shade"),
        Expected(WIDGETS, "type: Shade", "type 'Shade' is neither a primitive", at="Shade"),
    ),
    # References naming no resource.
    case(
        "undefined-link-target",
        replace(GADGET, "    target: widget", "    target: nowhere"),
        Expected(
            GADGET, "target: nowhere", "target 'nowhere' is not a defined resource", at="nowhere"
        ),
    ),
    case(
        "undefined-embedded-target",
        replace(WIDGET, "    target: gadget", "    target: gizmo"),
        Expected(WIDGET, "target: gizmo", "target 'gizmo' is not a defined resource", at="gizmo"),
    ),
    case(
        "undefined-event-resource",
        replace(WIDGETS, "resource: widget, sender", "resource: gizmo, sender"),
        Expected(
            WIDGETS,
            "resource: gizmo",
            "event resource 'gizmo' is not a defined resource",
            at="gizmo",
        ),
    ),
    case(
        "undefined-response-body",
        replace(WIDGETS, "        body: widgets", "        body: widgetz"),
        Expected(
            WIDGETS, "body: widgetz", "body 'widgetz' is not a defined resource", at="widgetz"
        ),
    ),
    case(
        "undefined-created-resource",
        replace(WIDGETS, "        creates: widget", "        creates: sprocket"),
        Expected(
            WIDGETS,
            "creates: sprocket",
            "creates 'sprocket' is not a defined resource",
            at="sprocket",
        ),
    ),
    case(
        "undefined-event-sender",
        replace(WIDGET, "sender: widgets", "sender: sprocket"),
        Expected(
            WIDGET,
            "sender: sprocket",
            "event sender 'sprocket' is not a defined resource",
            at="sprocket",
        ),
    ),
    # Names that collide once converted.
    case(
        "properties-collide-after-snake-case",
        replace(
            GADGET, "links:\n", "  foo_bar:\n    type: int\n  fooBar:\n    type: int\nlinks:\n"
        ),
        Expected(
            GADGET,
            "  fooBar:",
            "property 'fooBar' and 'foo_bar' both become 'foo_bar'",
            at="fooBar",
        ),
    ),
    case(
        "parameters-collide",
        replace(WIDGETS, "      note:\n", "      Name:\n        type: string\n      note:\n"),
        Expected(WIDGETS, "  Name:", "parameter 'Name' and 'name' both become 'name'", at="Name"),
    ),
    case(
        "enum-values-collide",
        replace("enums/Color.yaml", "  DarkBlue: null\n", "  DarkBlue: null\n  DARK_BLUE: null\n"),
        Expected(
            "enums/Color.yaml", "DARK_BLUE: null", "values 'DARK_BLUE' and 'DarkBlue' both become"
        ),
    ),
    case(
        "file-name-not-rel",
        rename(GADGET, "resources/gizmo.yaml"),
        Expected(
            "resources/gizmo.yaml",
            "resource: gadget",
            "resource 'gadget' must be in a file named gadget.yaml",
            at="gadget",
        ),
    ),
    case(
        "same-resource-twice",
        write("resources/more/gadget.yaml", "resource: gadget\nsummary: Again.\nreference: g.md\n"),
        Expected(
            "resources/more/gadget.yaml",
            "resource: gadget",
            "duplicate resource 'gadget' (also in {defs}/resources/gadget.yaml)",
            at="gadget",
        ),
    ),
    case(
        "enum-and-resource-class-names-collide",
        [
            write(
                "enums/Thing.yaml", "enum: Thing\nsummary: S.\nreference: t.md\nvalues: {A: null}\n"
            ),
            write("resources/thing.yaml", "resource: thing\nsummary: S.\nreference: t.md\n"),
        ],
        Expected(
            "enums/Thing.yaml",
            "enum: Thing",
            "class name 'Thing' collides with {defs}/resources/thing.yaml",
            at="Thing",
        ),
    ),
    case(
        "resource-module-names-collide",
        [
            write("resources/fooBar.yaml", "resource: fooBar\nsummary: S.\nreference: f.md\n"),
            write("resources/foo_bar.yaml", "resource: foo_bar\nsummary: S.\nreference: f.md\n"),
        ],
        Expected(
            "resources/foo_bar.yaml",
            "resource: foo_bar",
            "module name 'foo_bar' collides with {defs}/resources/fooBar.yaml",
            at="foo_bar",
        ),
    ),
    case(
        "enum-module-names-collide",
        [
            write(
                "enums/ABTest.yaml",
                "enum: ABTest\nsummary: S.\nreference: f.md\nvalues: {A: null}\n",
            ),
            write(
                "enums/AbTest.yaml",
                "enum: AbTest\nsummary: S.\nreference: f.md\nvalues: {A: null}\n",
            ),
        ],
        Expected(
            "enums/AbTest.yaml",
            "enum: AbTest",
            "module name 'ab_test' collides with {defs}/enums/ABTest.yaml",
            at="AbTest",
        ),
    ),
    case(
        "resource-class-collides-with-links-class",
        write(
            "resources/widgetLinks.yaml", "resource: widgetLinks\nsummary: S.\nreference: w.md\n"
        ),
        Expected(
            "resources/widgetLinks.yaml",
            "resource: widgetLinks",
            "class name 'WidgetLinks' collides with {defs}/resources/widget.yaml",
            at="widgetLinks",
        ),
    ),
    case(
        "resource-class-named-like-runtime-class",
        write("resources/resource.yaml", "resource: resource\nsummary: S.\nreference: r.md\n"),
        Expected(
            "resources/resource.yaml",
            "resource: resource",
            "class name 'Resource' is reserved",
            at="resource",
        ),
    ),
    *(
        case(
            f"resource-class-named-like-imported-{rel}",
            write(f"resources/{rel}.yaml", f"resource: {rel}\nsummary: S.\nreference: r.md\n"),
            Expected(
                f"resources/{rel}.yaml",
                f"resource: {rel}",
                f"class name '{rel[0].upper() + rel[1:]}' is reserved",
                at=rel,
            ),
        )
        for rel in ("tlsError", "retryPolicy")
    ),
    *(
        case(
            f"error-code-named-like-imported-{code}",
            [
                replace(
                    "enums/ErrorCode.yaml", "  Conflict: null", f"  Conflict: null\n  {code}: null"
                ),
                replace(
                    ERRORS,
                    "    NotFound: {status: 404}",
                    f"    NotFound: {{status: 404}}\n    {code}: {{status: 500}}",
                ),
            ],
            Expected(
                ERRORS, f"    {code}: {{status: 500}}", f"error code {code!r} cannot name", at=code
            ),
        )
        for code in ("ErrorCode", "TlsError", "RetryPolicy")
    ),
    case(
        "enum-class-named-like-runtime-class",
        write("enums/Link.yaml", "enum: Link\nsummary: S.\nreference: l.md\nvalues: {A: null}\n"),
        Expected("enums/Link.yaml", "enum: Link", "class name 'Link' is reserved", at="Link"),
    ),
    # Names that are no identifier once converted.
    case(
        "property-names-not-identifiers",
        replace(
            GADGET,
            "links:\n",
            "  1abc:\n    type: int\n  na-me:\n    type: int\n  naïve:\n    type: int\nlinks:\n",
        ),
        Expected(
            GADGET, "  1abc:", "property '1abc' gives '1abc', which is not a valid", at="1abc"
        ),
        Expected(
            GADGET, "  na-me:", "property 'na-me' gives 'na-me', which is not a valid", at="na"
        ),
        Expected(
            GADGET, "  naïve:", "property 'naïve' gives 'naïve', which is not a valid", at="na"
        ),
    ),
    case(
        "enum-value-not-identifier",
        replace("enums/Color.yaml", "  Green:", "  1st: null\n  Green:"),
        Expected(
            "enums/Color.yaml",
            "1st: null",
            "value '1st' gives member '1ST', not a valid Python identifier",
        ),
    ),
    case(
        "resource-class-name-is-keyword",
        write("resources/none.yaml", "resource: none\nsummary: S.\nreference: n.md\n"),
        Expected(
            "resources/none.yaml",
            "resource: none",
            "class name 'None' is not a valid Python identifier",
            at="none",
        ),
    ),
    case(
        "enum-class-name-is-keyword",
        write("enums/True.yaml", "enum: 'True'\nsummary: S.\nreference: t.md\nvalues: {A: null}\n"),
        Expected(
            "enums/True.yaml", "enum: 'True'", "class name 'True' is not a valid", at="'True'"
        ),
    ),
    # Errors that disagree with ErrorCode, ErrorSubcode and errors.yaml.
    case(
        "error-code-not-in-enum",
        replace(WIDGET, "{error: NotFound, status: 404}", "{error: Missing, status: 404}"),
        Expected(
            WIDGET,
            "error: Missing",
            "error 'Missing' is not a value of enumeration ErrorCode",
            at="Missing",
        ),
    ),
    case(
        "catalogue-code-not-in-enum",
        replace(
            ERRORS,
            "    NotFound: {status: 404}\n",
            "    NotFound: {status: 404}\n    Teapot: {status: 418}\n",
        ),
        Expected(
            ERRORS, "Teapot:", "'Teapot' is not a value of enumeration ErrorCode", at="Teapot"
        ),
    ),
    case(
        "catalogue-code-missing",
        replace(
            ERRORS, "    Conflict: {status: 409, description: The state does not allow it.}\n", ""
        ),
        Expected(
            ERRORS, "BadRequest: {status: 400}", "no HTTP status for ErrorCode values: Conflict"
        ),
    ),
    case(
        "catalogue-code-cannot-be-class",
        [
            replace("enums/ErrorCode.yaml", "  NotFound:", "  Response: null\n  NotFound:"),
            replace(
                ERRORS,
                "    NotFound: {status: 404}\n",
                "    NotFound: {status: 404}\n    Response: {status: 418}\n",
            ),
        ],
        Expected(
            ERRORS,
            "Response: {status: 418}",
            "error code 'Response' cannot name an exception class",
        ),
    ),
    case(
        "subcode-not-in-enum",
        replace(WIDGET, "subcode: AlreadyExists}", "subcode: Nope}"),
        Expected(
            WIDGET,
            "subcode: Nope",
            "subcode 'Nope' is not a value of enumeration ErrorSubcode",
            at="Nope",
        ),
    ),
    case(
        "generic-subcode-not-in-enum",
        replace(ERRORS, "subcode: AlreadyExists}", "subcode: Nope}"),
        Expected(
            ERRORS,
            "subcode: Nope",
            "subcode 'Nope' is not a value of enumeration ErrorSubcode",
            at="Nope",
        ),
    ),
    case(
        "status-disagrees-with-catalogue",
        replace(WIDGET, "{error: NotFound, status: 404}", "{error: NotFound, status: 410}"),
        Expected(
            WIDGET,
            "error: NotFound, status: 410",
            "error 'NotFound' has status 404 in errors.yaml, not 410",
            at="410",
        ),
    ),
    # Examples that do not parse.
    case(
        "example-json-does-not-parse",
        replace(WIDGET, '"count" : 3,', '"count" : 3,,'),
        Expected(WIDGET, "    body: |", "example body is not valid JSON: Expecting", at="|"),
    ),
    case(
        "example-xml-does-not-parse",
        append(
            GADGET,
            "examples:\n  - page: gadget_ref.md\n    direction: response\n    format: xml\n"
            "    body: \"<resource rel='gadget'>\"\n",
        ),
        Expected(GADGET, 'body: "<resource', "example body is not valid XML", at='"<'),
    ),
    # Files that are no definition at all.
    case(
        "empty-file",
        write(GADGET, ""),
        Expected(GADGET, None, "the file is empty"),
    ),
    case(
        "file-not-a-mapping",
        write(GADGET, "- resource\n- gadget\n"),
        Expected(GADGET, None, "a definition file holds a mapping"),
    ),
    case(
        "file-of-two-kinds",
        write(GADGET, "resource: gadget\nenum: Gadget\nsummary: S.\nreference: g.md\n"),
        Expected(GADGET, None, "exactly one of the keys resource, enum, errors"),
    ),
    case(
        "file-not-utf8",
        write(GADGET, "resource: gadget\nsummary: caf\xe9\n".encode("latin-1")),
        Expected(GADGET, None, "not UTF-8"),
    ),
    # Aliases: refused before anything is expanded (the bomb is 10**7 strings expanded).
    case(
        "recursive-alias",
        write(GADGET, "resource: gadget\nsummary: &loop [*loop]\nreference: g.md\n"),
        Expected(GADGET, "summary: &loop", "alias *loop: definitions may not use", at="*loop"),
    ),
    case(
        "alias-bomb",
        write(GADGET, ALIAS_BOMB),
        Expected(GADGET, "lol1: &a1 [*a0,", "alias *a0: definitions may not use", at="*a0"),
    ),
    case(
        "alias-of-a-string",
        [
            replace(GADGET, "summary: A part", "summary: &text A part"),
            replace(GADGET, "    type: string", "    type: string\n    description: *text"),
        ],
        Expected(GADGET, "description: *text", "alias *text: definitions", at="*text"),
    ),
    case(
        "alias-as-a-key",
        replace(GADGET, "  label:", "  &name label:\n    type: string\n  *name :"),
        Expected(GADGET, "*name :", "alias *name: definitions may not use", at="*name"),
    ),
    case(
        "no-definition-files",
        remove_everything,
        Expected("", None, "no definition files"),
    ),
    # Many errors in many files: all reported, sorted by file, line and column.
    case(
        "several-yaml-errors",
        [
            replace(WIDGET, "  visible:\n", "  count:  # again\n    type: float\n  visible:\n"),
            replace(GADGET, "summary: A part", 'summary: "A part'),
            replace("enums/Color.yaml", "  Green:", "\tGreen:"),
        ],
        Expected("enums/Color.yaml", "\tGreen:", "found a tab character"),
        Expected(GADGET, 'summary: "A part', "unexpected end of stream", at='"'),
        Expected(WIDGET, "count:  # again", "duplicate key 'count'", at="count"),
    ),
    case(
        "several-schema-errors",
        [
            replace(WIDGETS, "        max_length: 40", "        max_length: -3"),
            replace(WIDGET, "    array: true", '    array: "yes"'),
            replace(
                WIDGET,
                "    max_length: 40\n    description: What",
                "    max_length: 0\n    description: What",
            ),
            replace(GADGET, "properties:", "propertys:"),
            replace(ERRORS, "BadRequest: {status: 400}", "BadRequest: {status: 600}"),
        ],
        Expected(ERRORS, "{status: 600}", "600 is greater than the maximum of 599", at="600"),
        Expected(GADGET, "propertys:", "unknown key 'propertys'"),
        Expected(WIDGET, "max_length: 0", "0 is less than the minimum of 1", at="0"),
        Expected(WIDGET, 'array: "yes"', "'yes' is not of type 'boolean'", at='"yes"'),
        Expected(WIDGETS, "max_length: -3", "-3 is less than the minimum of 1", at="-3"),
    ),
    case(
        "several-cross-file-errors",
        [
            replace(WIDGET, "{error: NotFound, status: 404}", "{error: Missing, status: 404}"),
            replace(GADGET, "    target: widget", "    target: nowhere"),
            replace(WIDGET, "    type: Color", "    type: Colour"),
            replace(
                ERRORS,
                "    NotFound: {status: 404}\n",
                "    NotFound: {status: 404}\n    Teapot: {status: 418}\n",
            ),
        ],
        Expected(ERRORS, "Teapot:", "'Teapot' is not a value of enumeration ErrorCode"),
        Expected(
            GADGET, "target: nowhere", "target 'nowhere' is not a defined resource", at="nowhere"
        ),
        Expected(WIDGET, "type: Colour", "type 'Colour' is neither", at="Colour"),
        Expected(WIDGET, "error: Missing", "error 'Missing' is not a value", at="Missing"),
    ),
]


def _broken(tmp_path: Path, mutations: tuple[Mutation, ...]) -> Path:
    defs = copy_minimal(tmp_path / "definitions")
    for mutate in mutations:
        mutate(defs)
    return defs


def _previous_out(tmp_path: Path) -> Path:
    """An output folder as a previous run might have left it, plus a file of the user's."""
    out = tmp_path / "out"
    (out / "ucwa" / "resources").mkdir(parents=True)
    (out / "ucwa" / "__init__.py").write_text('"""Previously generated."""\n')
    (out / "ucwa" / "resources" / "old.py").write_text("OLD = 1\n")
    (out / "sentinel.txt").write_text("not the generator's\n")
    return out


def assert_reported(stderr: str, defs: Path, expected: tuple[Expected, ...]) -> None:
    lines = stderr.splitlines()
    assert lines[-1] == f"{len(expected)} error(s); nothing was written.", stderr
    reported = []
    for line in lines[:-1]:
        match = _REPORTED.match(line)
        assert match, f"not path:line:column: message: {line!r}"
        reported.append((match["path"], int(match["line"]), int(match["column"]), match["message"]))
    wanted = [item.locate(defs) for item in expected]
    assert [r[:3] for r in reported] == [w[:3] for w in wanted], stderr
    for (*_, message), (*_, part) in zip(reported, wanted, strict=True):
        assert part in message, f"{part!r} not in {message!r}"
    # Sorted by file, then line, then column.
    places = [(Path(path).parts, line, column) for path, line, column, _ in reported]
    assert places == sorted(places)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_definitions_are_reported_and_nothing_is_written(tmp_path: Path, case: Case) -> None:
    defs = _broken(tmp_path, case.mutations)
    absent = tmp_path / "absent"
    out = _previous_out(tmp_path)
    before = read_tree(out)
    for target in (absent, out):
        run = generate(defs, target)
        assert run.exit_code == 2, run.stdout + run.stderr
        assert run.stdout == ""
        assert_reported(run.stderr, defs, case.expected)
    assert not absent.exists()
    assert read_tree(out) == before


@pytest.mark.parametrize("command", ["validate", "check"])
def test_validate_and_check_report_bad_definitions_too(tmp_path: Path, command: str) -> None:
    defs = _broken(tmp_path, (replace(GADGET, "properties:", "propertys:"),))
    out = _previous_out(tmp_path)
    before = read_tree(out)
    args: list[str | Path] = ["--definitions", defs]
    if command == "check":
        args += ["--templates", TEMPLATES, "--out", out]
    run = ucwa_gen(command, *args)
    assert run.exit_code == 2
    assert_reported(run.stderr, defs, (Expected(GADGET, "propertys:", "unknown key 'propertys'"),))
    assert read_tree(out) == before


def test_missing_definitions_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    run = generate(missing, tmp_path / "out")
    assert run.exit_code == 2
    assert run.stderr.splitlines()[0] == f"{missing}:1:1: no such definitions folder"
    assert not (tmp_path / "out").exists()
