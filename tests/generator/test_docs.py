"""The Markdown reference generated beside the package (generated/docs).

The pages must say everything the definitions say (checked against the model, not against
a copy of the text), every link must land on a page and a heading that exists, definition
text must stay literal, and the generation cache must re-render only the pages that changed.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import pytest

from ucwa_codegen.docs import code, markdown, paragraphs
from ucwa_codegen.load import load_definitions
from ucwa_codegen.model import Api, build_api

from .support import DEFINITIONS, GENERATED, README, TEMPLATES, copy_minimal, ucwa_gen

DOCS = GENERATED / "docs"
_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def api() -> Api:
    return build_api(load_definitions(DEFINITIONS))


def _anchors(page: Path) -> set[str]:
    # GitHub's anchors for headings made of letters, digits and spaces.
    headings = re.findall(r"^#+ (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)
    return {heading.strip().lower().replace(" ", "-") for heading in headings}


def test_every_link_lands_on_a_page_and_heading() -> None:
    pages = sorted(DOCS.rglob("*.md"))
    assert len(pages) > 10
    checked = 0
    for page in pages:
        for target in _LINK.findall(page.read_text(encoding="utf-8")):
            path, _, fragment = target.partition("#")
            destination = (page.parent / path).resolve() if path else page
            assert destination.is_file(), f"{page.relative_to(DOCS)} links to {target}"
            if fragment:
                assert fragment in _anchors(destination), f"{page.relative_to(DOCS)}: {target}"
            checked += 1
    assert checked > 100


def test_readme_links_to_the_index() -> None:
    assert "(generated/docs/index.md)" in README.read_text(encoding="utf-8")


def test_each_resource_page_says_what_its_definition_says(api: Api) -> None:
    for resource in api.resources:
        page = (DOCS / "resources" / f"{resource.rel}.md").read_text(encoding="utf-8")
        summary = f"{paragraphs(resource.summary)}\n\n" if resource.summary else ""
        assert page.startswith(f"# {resource.rel}\n\n{summary}| | |\n")
        assert f"| Reference page | `{resource.reference}` |" in page
        assert f"`ucwa.resources.{resource.class_name}`" in page
        for scope in resource.scopes:
            assert f"`{scope}`" in page
        for prop in resource.properties:
            assert f"| `{prop.wire}` | " in page
        links = page.split("## Links", 1)[1].split("## Embedded resources", 1)
        for section, relations in zip(links, (resource.links, resource.embedded), strict=True):
            for relation in relations:
                target = f"[{relation.target}]" if relation.target else "not defined"
                cardinality = "many" if relation.many else "one"
                assert f"| `{relation.wire}` | {target}" in section
                assert f" | {cardinality} | " in section.split(f"`{relation.wire}`", 1)[1]
        for operation in resource.operations:
            section = page.split(f"\n### {operation.method}\n", 1)[1].split("\n### ", 1)[0]
            # A PUT's body parameters are the resource's own properties, listed above.
            body = () if operation.sends_resource else operation.body
            for parameter in operation.query + body:
                assert f"| `{parameter.wire}` | " in section
            for response in operation.responses:
                assert f"| {response.status} | " in section
            for error in operation.errors:
                row = f"| {error.status} | [{error.error}](../index.md#error-codes) | "
                row += f"[{error.subcode}]" if error.subcode else " |"
                assert row in section, (resource.rel, operation.method, error)
        for event in resource.events:
            assert f"| `{event.type}` | [{event.sender}](" in page


def test_the_index_lists_resources_enumerations_and_errors(api: Api) -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for resource in api.resources:
        assert f"| [{resource.rel}](resources/{resource.rel}.md) | " in index
    for enum in api.enums:
        values = index.split(f"\n### {enum.name}\n", 1)[1].split("\n### ", 1)[0]
        for value in enum.values:
            assert f"| {code(value.wire)} | `{value.member}` | " in values
    for error_code in api.error_codes:
        assert f"| `{error_code.name}` | {error_code.status} | " in index
    assert "### Errors of every operation" in index
    for status, name in api.status_fallbacks:
        assert f"| `{name}` | {status} | yes |" in index


def test_definition_text_stays_literal() -> None:
    hostile = "a | b\n\n<script>x</script> [link](http://evil) *em* `tick` &amp; # no"
    line = markdown(hostile)
    assert "\n" not in line
    assert not re.search(r"(?<!\\)[|<>\[\]*`&]", line), line
    assert markdown("- not a list") == "\\- not a list"
    assert markdown("1. not a list") == "1\\. not a list"
    assert paragraphs("one\n\n# two") == "one\n\n\\# two"
    assert code("a`b") == "``a`b``"
    assert code("`") == "`` ` ``"


def test_a_hostile_description_keeps_its_table_row(tmp_path: Path) -> None:
    defs = copy_minimal(tmp_path / "definitions")
    widget = defs / "resources" / "widget.yaml"
    text = widget.read_text()
    marker = "description: What the widget is called."
    assert marker in text
    widget.write_text(text.replace(marker, 'description: "x | y <b>z</b> [a](b)"'))
    out = tmp_path / "out"
    run = ucwa_gen(
        "generate", "--definitions", defs, "--templates", TEMPLATES, "--out", out, "--no-cache"
    )
    assert run.exit_code == 0, run.stderr
    page = (out / "docs" / "resources" / "widget.md").read_text()
    rows = [line for line in page.splitlines() if "x \\| y" in line]
    assert rows, page
    for row in rows:
        header = page.splitlines()[page.splitlines().index(row) - 1]
        while not header.startswith("|---"):
            header = page.splitlines()[page.splitlines().index(header) - 1]
        cells = len(re.findall(r"(?<!\\)\|", row))
        assert cells == header.count("|"), row
        assert not re.search(r"(?<!\\)[<>\[\]]", row), row


def test_the_cache_renders_again_only_the_pages_that_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    defs = copy_minimal(tmp_path / "definitions")
    out, cache = tmp_path / "out", tmp_path / "cache"
    args = ("--definitions", defs, "--templates", TEMPLATES, "--out", out, "--cache-dir", cache)
    assert ucwa_gen("generate", *args).exit_code == 0
    gadget_page = (out / "docs" / "resources" / "gadget.md").read_bytes()

    rendered: list[str] = []
    original = jinja2.Template.render

    def counting(self: jinja2.Template, *a: object, **k: object) -> str:
        if self.name == "resource.md.j2":
            rendered.append(str(k["resource"].rel))  # type: ignore[attr-defined]
        return original(self, *a, **k)

    monkeypatch.setattr(jinja2.Template, "render", counting)
    widget = defs / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. ", 1))
    assert ucwa_gen("generate", *args).exit_code == 0
    assert rendered == ["widget"]
    assert "Changed." in (out / "docs" / "resources" / "widget.md").read_text()
    assert (out / "docs" / "resources" / "gadget.md").read_bytes() == gadget_page
