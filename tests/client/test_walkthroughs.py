"""The topic pages' samples (SendAnIM.md, SubscribeTo...md, ScheduleAnOnlineMeeting.md ...).

Definitions were imported from each resource page's own sample; the walkthroughs show what
servers send beyond it (myGroups embedding pinnedGroup and defaultGroup, for one). Every
resource in every JSON body these pages show parses with nothing left untyped, except the
exceptions listed (and justified) at _expected_untyped; and every POST they show to a
defined resource sends only parameters its definition has.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ucwa

from .conftest import ROOT, definition_files

REFERENCE = ROOT.parent / "shared" / "ucwa-reference"

pytestmark = pytest.mark.skipif(
    not REFERENCE.is_dir(), reason=f"the reference pages are not at {REFERENCE}"
)

# The pages' typing slips, each mended where it stands so the sample can be read at all.
TYPOS = (
    ('\n   type":"added"', '\n   "type":"added"'),  # ReceiveAnIM.md
    ('"self"{"href"', '"self":{"href"'),  # ReceiveAnIM.md
    ('"userAgent":"UCWA Samples","\n_links"', '"userAgent":"UCWA Samples",\n"_links"'),
    ('21a1"\'\n"events"', '21a1",\n"events"'),  # SendAnIM.md
)

# What stays untyped, by (resource rel, where, name):
# - "etag": the server's ETag of the resource, shown on many pages; the session reads it from
#   extra_properties for If-Match (typing it would move it from there).
# - names that are GUIDs (or elided ones, "56de...4c83"): the pages' marker property ("please
#   pass this in a PUT request"), unknown to any definition on purpose.
# - myOnlineMeeting.expirationTime: UpdateAnOnlineMeeting.md writes it as an ISO date in
#   JSON, ScheduleAnOnlineMeeting.md elides it ("\/Date(136...000)\/"); both are kept raw.
_GUID = re.compile(r"^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$|^[0-9a-f]{4}\.\.\.[0-9a-f]{4}$")


def _expected_untyped(rel: str, kind: str, name: str) -> bool:
    if kind == "property" and (name == "etag" or _GUID.match(name)):
        return True
    return (rel, kind, name) == ("myOnlineMeeting", "property", "expirationTime")


def _pages() -> list[Path]:
    """The topic pages: every page that is not a resource's own (``*_ref.md``)."""
    return sorted(p for p in REFERENCE.glob("*.md") if not p.name.lower().endswith("_ref.md"))


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    start: int | None = None
    lines: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):
            if start is not None:
                yield start, html.unescape("\n".join(lines))
            start, lines = (None, []) if start is not None else (number, [])
        elif start is not None:
            lines.append(line)


def _mended(text: str) -> str:
    for typo, fixed in TYPOS:
        text = text.replace(typo, fixed)
    text = re.sub(r'(":\s*)"href":("[^"]*"\})', r'\1{"href":\2', text)  # a lost "{"
    # A member after a value on the next line lacks its comma (never valid JSON without one).
    text = re.sub(r'([}\]"])(\s*\n\s*")', r"\1,\2", text)
    text = re.sub(r'"[^"]*"\s*:\s*\{\s*\.\.\.\s*\}\s*,?', "", text)  # an elided member
    text = re.sub(r"^\s*\.{1,3}\s*$\n?", "", text, flags=re.MULTILINE)  # elided lines
    return re.sub(r",\s*([}\]])", r"\1", text)  # a comma left before the elision


def _json_values(text: str) -> Iterator[Any]:
    """The JSON objects of a block, one after another: after an HTTP head, between the
    parts of a batch, or several events shown one after the other."""
    decoder = json.JSONDecoder()
    start = text.find("{")
    while start >= 0:
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            return  # JavaScript of the library pages, or a sample too broken to mend
        yield value
        start = text.find("{", end)


def _json_bodies() -> Iterator[tuple[str, Any]]:
    """(page:line, value) of each JSON object the code blocks of the topic pages hold."""
    for page in _pages():
        for line, block in _blocks(page.read_text(encoding="utf-8")):
            for value in _json_values(_mended(block)):
                yield f"{page.name}:{line}", value


def _resources(data: Any, rel: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(rel, object) of each resource a body holds: itself, or those its events embed."""
    if not isinstance(data, dict):
        return
    own = data.get("rel") if isinstance(data.get("rel"), str) else rel
    if own in ucwa.RESOURCES and ("_links" in data or "_embedded" in data):
        yield own, data
        return
    senders = data.get("sender")
    for sender in senders if isinstance(senders, list) else ():
        for event in sender.get("events", ()):
            for name, raw in (event.get("_embedded") or {}).items():
                yield from _resources(raw, name)


def _untyped(resource: ucwa.Resource, rel: str) -> Iterator[tuple[str, str, str]]:
    for name in resource.extra_properties:
        yield rel, "property", name
    for name in resource.links.extra:
        if name != "self":
            yield rel, "link", name
    for name in resource.embedded.extra:
        yield rel, "embedded", name
    for item in resource.SPEC.embedded:
        value = getattr(resource.embedded, item.attr)
        for child in value if isinstance(value, list) else [value] if value else []:
            yield from _untyped(child, item.target or "")


SAMPLES = [(where, rel, raw) for where, body in _json_bodies() for rel, raw in _resources(body)]


def test_the_topic_pages_give_samples_to_check() -> None:
    # 57 resources in the JSON samples of 23 topic pages; the other code blocks are
    # JavaScript, PowerShell or JSON-like notation (PayloadFormat.md). Where a page's braces
    # do not balance (GetMyNoteInformation.md...), what they close is read. The topic pages'
    # three XML samples are a
    # made-up rel (PayloadFormat.md, Versioning.md) and a cut-off document
    # (EventChannelDetails.md), so only JSON is read here.
    assert len(SAMPLES) >= 57
    assert len({where.partition(":")[0] for where, _, _ in SAMPLES}) >= 23


@pytest.mark.parametrize(("where", "rel", "raw"), SAMPLES, ids=[s[0] for s in SAMPLES])
def test_a_topic_page_sample_leaves_nothing_untyped(where: str, rel: str, raw: Any) -> None:
    data = {**raw, "rel": rel} if "rel" not in raw else raw
    resource = ucwa.parse(json.dumps(data))
    assert type(resource) is ucwa.RESOURCES[rel]
    left = [found for found in _untyped(resource, rel) if not _expected_untyped(*found)]
    assert left == []
    assert json.loads(ucwa.serialize(resource)) == data


def _posted() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(page:line, rel, body) of each POST the topic pages show to a resource defined by
    the last segment of its URL (``.../communication/startmessaging`` is startMessaging)."""
    rels = {rel.lower(): rel for rel in ucwa.RESOURCES}
    for page in _pages():
        for line, block in _blocks(page.read_text(encoding="utf-8")):
            request = re.match(r"\s*POST\s+(\S+)", block)
            rel = rels.get(request[1].rstrip("/").rsplit("/", 1)[-1].lower()) if request else None
            body = next(_json_values(_mended(block)), None)
            if rel is not None and isinstance(body, dict):
                yield f"{page.name}:{line}", rel, body


POSTED = list(_posted())


def test_the_topic_pages_post_to_resources() -> None:
    # applications, makeMeAvailable, note, presence, presenceSubscriptions, startMessaging,
    # myOnlineMeetings (onlineMeetingInvitations, posted in OperationResource.md, has no page).
    assert len(POSTED) >= 17
    assert len({rel for _, rel, _ in POSTED}) == 7


_POST_BODIES = {
    source.data["resource"]: set(source.data.get("operations", {}).get("POST", {}).get("body", {}))
    for source in definition_files()
}


@pytest.mark.parametrize(("where", "rel", "body"), POSTED, ids=[p[0] for p in POSTED])
def test_a_topic_page_posts_only_defined_parameters(where: str, rel: str, body: Any) -> None:
    # .NET reads member names in any case ("SupportedModalities", "Uris"), so compare so.
    defined = {name.lower() for name in _POST_BODIES[rel]}
    assert {name.lower() for name in body} - defined == set()
