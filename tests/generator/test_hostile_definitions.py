"""Hostile definitions: every one ends in a clean file:line error or in a working package.

Names and texts are drawn from what breaks generators: keywords and builtins, dunders, names
that collide after snake_case, leading digits, non-ASCII, quotes, backslashes, newlines,
template syntax, very long strings, text that would run code if pasted into a module. Each
case either exits 2 with ``path:line:column: message`` lines (and writes nothing), or gives a
package that compiles, imports without running anything from a definition, and round-trips a
payload of the hostile resource. Set UCWA_LONG_TESTS=1 for many more cases.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .support import copy_minimal, generate

EXAMPLES = 300 if os.environ.get("UCWA_LONG_TESTS") else 25
ERROR_LINE = re.compile(r"^\S.*\.yaml:\d+:\d+: .+$")

HOSTILE_NAMES = [
    "class", "def", "None", "True", "match", "self", "cls", "links", "embedded", "extra",
    "extra_properties", "type", "list", "id", "print", "__init__", "__class__", "_private",
    "fooBar", "foo_bar", "FooBar", "1abc", "naïve", "na-me", "a b", "quote'd", 'dq"x',
    "back\\slash", "new\nline", "x" * 300, "{{ x }}", "{% if %}", "SPEC", "REL", "get", "post",
    "client", "link", "rel", "_links", "_embedded", "a.b", "Ünïcode", "", " ",
]  # fmt: skip
HOSTILE_TEXTS = [
    '"""', "'''", "\\", '"""; import sys; sys.exit(99)  #', "\\x00", "{{ 7*7 }}", "{% raw %}",
    "\n\n", "x" * 500, "ends with a quote\"", "tab\there", "\r\n",
]  # fmt: skip

names = st.one_of(
    st.sampled_from(HOSTILE_NAMES),
    st.from_regex(r"[a-z][a-zA-Z0-9]{0,12}", fullmatch=True),
    st.text(min_size=1, max_size=12),
)
texts = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(min_size=1, max_size=80))
types = st.sampled_from(["string", "int", "bool", "float", "datetime", "uri", "Color"])
SAMPLE = {
    "string": 'a "quoted" \\ value',
    "uri": "/x?a=1&b=2",
    "int": 7,
    "bool": True,
    "float": 1.5,
    "datetime": "/Date(1474932024587)/",
    "Color": "Teal",
}


safe_names = st.from_regex(r"[a-z][a-zA-Z0-9]{0,12}", fullmatch=True).filter(
    lambda name: name not in {"rel", "self"}
)


@st.composite
def hostile_resource(draw: st.DrawFn, names: st.SearchStrategy[str] = names) -> dict[str, Any]:
    properties = draw(st.dictionaries(names, st.fixed_dictionaries({"type": types}), max_size=5))
    for item in properties.values():
        if draw(st.booleans()):
            item["description"] = draw(texts)
    body = draw(st.dictionaries(names, st.fixed_dictionaries({"type": types}), max_size=3))
    return {
        "resource": "hostile",
        "summary": draw(texts),
        "reference": "hostile_ref.md",
        "properties": properties,
        "links": {name: {} for name in draw(st.lists(names, max_size=3))},
        "operations": {
            "POST": {
                "summary": draw(texts),
                "body": body,
                "responses": [{"status": 204}],
            }
        },
    }


def _round_trip(out: Path, data: dict[str, Any]) -> None:
    payload = {"rel": "hostile"}
    for wire, item in data["properties"].items():
        payload[wire] = SAMPLE[item["type"]]
    code = (
        "import json, sys\n"
        f"sys.path.insert(0, {str(out)!r})\n"
        "import ucwa\n"
        "payload = json.loads(sys.stdin.read())\n"
        "resource = ucwa.parse(json.dumps(payload))\n"
        "assert type(resource) is ucwa.RESOURCES['hostile'], type(resource)\n"
        "assert json.loads(ucwa.serialize(resource)) == payload, ucwa.serialize(resource)\n"
        "import compileall\n"
        f"assert compileall.compile_dir({str(out)!r}, quiet=1)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
        cwd=out,
    )
    assert result.returncode == 0, result.stderr


def _generate(root: Path, data: dict[str, Any]) -> tuple[int, str, Path]:
    definitions = copy_minimal(root / "definitions")
    (definitions / "resources" / "hostile.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    out = root / "out"
    run = generate(definitions, out)  # a traceback would raise here
    return run.exit_code, run.stderr, out


CASES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@CASES
@given(data=hostile_resource())
def test_hostile_names_fail_cleanly_or_work(tmp_path_factory: Any, data: dict[str, Any]) -> None:
    exit_code, stderr, out = _generate(tmp_path_factory.mktemp("hostile"), data)
    if exit_code == 2:
        lines = stderr.strip().splitlines()
        assert lines[-1].endswith("nothing was written.")
        assert all(ERROR_LINE.match(line) for line in lines[:-1]), lines
        assert not out.exists()
        return
    assert exit_code == 0, stderr
    _round_trip(out, data)


@CASES
@given(data=hostile_resource(names=safe_names))
def test_hostile_texts_always_give_a_working_package(
    tmp_path_factory: Any, data: dict[str, Any]
) -> None:
    # Valid names, hostile summaries and descriptions: nothing to refuse, so the package
    # must generate, compile, import without running any of the text, and round-trip.
    exit_code, stderr, out = _generate(tmp_path_factory.mktemp("texts"), data)
    assert exit_code == 0, stderr
    _round_trip(out, data)
