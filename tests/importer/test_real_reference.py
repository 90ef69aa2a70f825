"""The importer over the whole reference (kept beside the checkout in ../shared).

definitions/ is what the importer makes plus hand corrections, so re-importing every page over
it changes nothing; and the page parser reads what the reference holds.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from ucwa_codegen.importer import import_docs, page_paths
from ucwa_codegen.importer.reference import read_reference
from ucwa_codegen.importer.report import Report

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "ucwa-reference"

pytestmark = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"the reference pages are not at {REFERENCE}"
)


def test_re_importing_the_reference_over_the_definitions_changes_nothing(tmp_path: Path) -> None:
    copy = tmp_path / "definitions"
    shutil.copytree(ROOT / "definitions", copy)
    result = import_docs([REFERENCE], copy)
    assert [p.relative_to(copy).as_posix() for p in result.written] == []
    for path in (ROOT / "definitions").rglob("*.yaml"):
        assert (copy / path.relative_to(ROOT / "definitions")).read_bytes() == path.read_bytes()


def test_the_page_parser_reads_what_the_reference_holds() -> None:
    report = Report()
    reference = read_reference(page_paths([REFERENCE]), report)
    resources, enums = reference.resources, reference.enums
    operations = [o for p in resources for o in p.operations]
    body = [b for o in operations for b in o.body]
    assert len(resources) == 238
    assert sum(1 for p in resources if p.revision) == 13
    assert len({p.rel for p in resources}) == 225
    assert (len(enums), sum(len(e.values) for e in enums)) == (56, 314)
    assert Counter(o.method for o in operations) == {
        "GET": 135,
        "POST": 107,
        "DELETE": 10,
        "PUT": 9,
        "OPTIONS": 2,
    }
    assert (len(body), sum(b.required for b in body)) == (290, 46)
    assert sum(len(o.query) for o in operations) == 59
    assert sum(len(p.properties) for p in resources) == 527
    assert sum(len(p.links) + len(p.embedded) for p in resources) == 438
    assert sum(len(p.events) for p in resources) == 167
    assert len({s.name for p in resources for s in p.scopes}) == 5
    assert len({(e.error, e.status, e.subcode) for o in operations for e in o.errors}) == 28
    assert [n for n in report.of_kind("skipped")] == []


def test_every_page_has_its_definition() -> None:
    named: set[str] = set()
    for path in (ROOT / "definitions").rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        named.add(data.get("reference", ""))
        named.update(data.get("revisions", ()))
    pages = {p.name for p in page_paths([REFERENCE]) if p.name.lower().endswith("_ref.md")}
    assert pages - named == set()


def test_properties_the_examples_send_as_data_links_are_imported_as_links(tmp_path: Path) -> None:
    # A fresh import (no hand corrections) marks them ``as: link``, as definitions/ has them.
    import_docs([REFERENCE], tmp_path)
    imported, kept = set(), set()
    for folder, found in ((tmp_path, imported), (ROOT / "definitions", kept)):
        for path in (folder / "resources").glob("*.yaml"):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for name, item in data.get("properties", {}).items():
                if item.get("as") == "link":
                    found.add((data["resource"], name))
                    assert name not in data.get("links", {})
    assert len(kept) == 17
    assert imported == kept
