"""Hostile XML responses: each parses or raises a documented error, never anything else.

Truncated and mutated documents (elements dropped, text replaced, unknown elements and
attributes added), arbitrary bytes, invalid UTF-8, deep nesting and the classic entity
attacks, through ``ucwa.parse`` (ValueError) and through a generated call on an XML client
(ucwa.errors.ResponseError keeping status, headers and body). UCWA_LONG_TESTS=1 for more.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ucwa
from ucwa import errors

from ..client.conftest import FakePool

EXAMPLES = 2000 if os.environ.get("UCWA_LONG_TESTS") else 150
CASES = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
XML = "application/vnd.microsoft.com.ucwa+xml"
NS = "http://schemas.microsoft.com/rtc/2012/03/ucwa"
LOG = f"""<?xml version="1.0" encoding="utf-8"?>
<resource rel="conversationLog" href="/x/log" xmlns="{NS}">
  <link rel="continueMessaging" href="/x/log/continueMessaging" />
  <property name="creationTime">2016-09-26T16:20:24.6066543-07:00</property>
  <property name="direction">Incoming</property>
  <propertyList name="modalities"><item>Messaging</item><item>Audio</item></propertyList>
  <property name="totalRecipientsCount">85</property>
  <resource rel="conversationLogRecipient" href="/x/log/r">
    <link rel="contact" href="/x/people/282" />
    <property name="displayName">A</property>
  </resource>
</resource>""".encode()


def _parse_or_value_error(body: bytes) -> ucwa.Resource | None:
    try:
        resource = ucwa.parse(body, XML)
    except ValueError:
        return None
    ucwa.serialize(resource, XML)  # whatever parsed must also go back
    return resource


@CASES
@given(cut=st.integers(min_value=0, max_value=len(LOG)))
def test_truncated_documents(cut: int) -> None:
    _parse_or_value_error(LOG[:cut])


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    root = ElementTree.fromstring(LOG)
    elements = list(root.iter())
    target = draw(st.sampled_from(elements))
    action = draw(st.sampled_from(["drop", "text", "attribute", "child", "rename"]))
    text = draw(st.text(max_size=30))
    if action == "drop" and target is not root:
        parent = next(p for p in root.iter() if target in list(p))
        parent.remove(target)
    elif action == "text":
        target.text = text
    elif action == "attribute":
        target.set(draw(st.sampled_from(["rel", "href", "name", "revision", "x"])), text)
    elif action == "child":
        ElementTree.SubElement(
            target,
            f"{{{NS}}}{draw(st.sampled_from(['property', 'link', 'resource', 'item', 'odd']))}",
        )
    else:
        names = ["property", "propertyList", "link", "resource", "input", "odd"]
        target.tag = f"{{{NS}}}{draw(st.sampled_from(names))}"
    return ElementTree.tostring(root)


@CASES
@given(body=mutated())
def test_mutated_documents(body: bytes) -> None:
    _parse_or_value_error(body)


@CASES
@given(body=st.binary(max_size=200))
def test_arbitrary_bytes(body: bytes) -> None:
    _parse_or_value_error(body)


def test_invalid_utf8_and_deep_nesting_are_value_errors() -> None:
    with pytest.raises(ValueError):
        ucwa.parse(LOG.replace(b">A<", b">\xff\xfe<"), XML)
    nested = b"<resource xmlns='%s' rel='x'>" % NS.encode()
    with pytest.raises(ValueError, match="nested too deeply"):
        ucwa.parse(nested * 50_000 + b"</resource>" * 50_000, XML)


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<resource xmlns="' + NS.encode() + b'" rel="x">&x;</resource>',
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;">]><resource xmlns="'
        + NS.encode()
        + b'" rel="x">&c;</resource>',
    ],
    ids=["external-entity", "entity-expansion"],
)
def test_entity_attacks_are_refused(body: bytes) -> None:
    with pytest.raises(ValueError):
        ucwa.parse(body, XML)


@CASES
@given(
    status=st.sampled_from([200, 400, 409, 500]),
    body=st.one_of(
        mutated(),
        st.integers(min_value=0, max_value=len(LOG)).map(lambda cut: LOG[:cut]),
        st.just(b"<html><body>Bad Gateway</body></html>"),
    ),
)
def test_a_generated_call_on_an_xml_client_raises_only_documented_errors(
    status: int, body: bytes
) -> None:
    pool = FakePool()
    pool.answer(status, body, {"Content-Type": XML})
    client = ucwa.Client(
        "https://pool.example.com",
        pool=pool,  # type: ignore[arg-type]
        content_type="application/xml",
        retry=ucwa.NO_RETRY,
    )
    try:
        result = ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/x/log"))
    except errors.ResponseError as error:
        assert error.status == status and error.body == body
    else:
        assert isinstance(result, ucwa.resources.ConversationLog)
