"""The XML codec on its own: values, cardinality, extras, order, JSON <-> XML, security, calls."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from defusedxml import ElementTree
from ucwa_runtime import codec_json, codec_xml, formats
from ucwa_runtime.dates import IsoDateTime, format_iso_date, parse_iso_date
from ucwa_runtime.layout import ShapeError
from ucwa_runtime.model import wire_shape

import ucwa
from ucwa import errors

from ..client.conftest import FakePool
from ..xml_equivalence import NAMESPACE, assert_equivalent

XML = "application/xml"
HEAD = '<?xml version="1.0" encoding="utf-8"?>'
XMLNS = 'xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"'


@pytest.fixture
def pool() -> FakePool:
    return FakePool()


def doc(rel: str, inner: str, href: str = "/r/1") -> str:
    return f'{HEAD}<resource rel="{rel}" href="{href}" {XMLNS}>{inner}</resource>'


# --- values ---------------------------------------------------------------------------------


def test_an_xml_date_keeps_its_seven_digits_and_offset_until_changed() -> None:
    text = "2016-09-26T16:20:24.6066543-07:00"
    value = parse_iso_date(text)
    assert isinstance(value, IsoDateTime) and value.source == text
    assert value == datetime(2016, 9, 26, 23, 20, 24, 606654, tzinfo=UTC)
    assert format_iso_date(value) == text
    # A derived value is a new instant: it is written afresh, never as the old text.
    assert format_iso_date(value + timedelta(seconds=1)) == "2016-09-26T16:20:25.6066540-07:00"
    assert format_iso_date(value.replace(microsecond=0)) == "2016-09-26T16:20:24.0000000-07:00"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime(2016, 9, 26, 23, 20, 24, 587000, tzinfo=UTC), "2016-09-26T23:20:24.5870000Z"),
        (
            datetime(2016, 9, 26, 1, 2, 3, tzinfo=timezone(timedelta(hours=5, minutes=30))),
            "2016-09-26T01:02:03.0000000+05:30",
        ),
        (datetime(2016, 9, 26, 1, 2, 3), "2016-09-26T01:02:03.0000000"),
    ],
)
def test_a_new_date_is_written_as_ucwa_writes_them_and_reads_back(
    value: datetime, text: str
) -> None:
    assert format_iso_date(value) == text
    assert parse_iso_date(text) == value


def test_a_date_read_from_json_is_written_as_iso_in_xml_and_back() -> None:
    log = ucwa.parse(
        json.dumps({"rel": "conversationLog", "creationTime": "/Date(1474932024587)/"})
    )
    xml = ucwa.serialize(log, XML)
    assert b"2016-09-26T23:20:24.5870000Z" in xml
    again = ucwa.parse(xml, XML)
    assert (
        isinstance(again, ucwa.resources.ConversationLog)
        and again.creation_time == log.creation_time
    )  # type: ignore[attr-defined]
    assert json.loads(ucwa.serialize(again))["creationTime"] == "/Date(1474932024587)/"


@pytest.mark.parametrize(("text", "value"), [("True", True), ("False", False), ("true", True)])
def test_booleans_read_in_either_casing_and_write_as_dotnet_does(text: str, value: bool) -> None:
    communication = ucwa.parse(
        doc("communication", f'<property name="publishEndpointLocation">{text}</property>'), XML
    )
    assert communication.publish_endpoint_location is value  # type: ignore[attr-defined]
    assert f">{value}</property>".encode() in ucwa.serialize(communication, XML)


@pytest.mark.parametrize("text", ["007", "+7", "7.0", "seven", ""])
def test_an_integer_that_would_not_write_back_the_same_stays_raw(text: str) -> None:
    body = doc("conversationLog", f'<property name="totalRecipientsCount">{text}</property>')
    log = ucwa.parse(body, XML)
    assert log.total_recipients_count is None  # type: ignore[attr-defined]
    if text:
        assert log.extra_properties["totalRecipientsCount"] == text
    else:  # an empty element is XML's null
        assert "totalRecipientsCount" in wire_shape(log).explicit_nulls
    assert_equivalent(ucwa.serialize(log, XML), body)


def test_an_empty_string_property_stays_an_empty_string() -> None:
    log = ucwa.parse(doc("conversationLog", '<property name="subject" />'), XML)
    assert log.subject == ""  # type: ignore[attr-defined]


def test_a_list_item_that_does_not_fit_keeps_the_whole_list_raw_in_both_formats() -> None:
    # The rule lives in properties.PropertyReader, shared; both codecs must follow it.
    from_xml = ucwa.parse(
        doc(
            "conversationLog",
            '<propertyList name="modalities"><item>Messaging</item></propertyList>',
        ),
        XML,
    )
    assert from_xml.modalities == ["Messaging"]  # type: ignore[attr-defined]
    from_json = ucwa.parse(json.dumps({"rel": "conversationLog", "modalities": [1]}))
    assert from_json.extra_properties["modalities"] == [1]
    # A single value where a list is defined is not split into characters.
    single = ucwa.parse(json.dumps({"rel": "conversationLog", "modalities": "Messaging"}))
    assert single.extra_properties["modalities"] == "Messaging"
    as_property = ucwa.parse(
        doc("conversationLog", '<property name="modalities">Messaging</property>'), XML
    )
    assert as_property.extra_properties["modalities"] == "Messaging"
    assert b'<property name="modalities">Messaging</property>' in ucwa.serialize(as_property, XML)


# --- cardinality, extras, order --------------------------------------------------------------


def test_cardinality_comes_from_the_definitions() -> None:
    body = doc(
        "conversationLog",
        '<link rel="continueMessaging" href="/cm" />'
        '<link rel="continueMessaging" href="/cm2" />'  # defined single, sent twice: kept as extra
        '<link rel="future" href="/f" revision="2" />'
        '<link rel="futures" href="/f1" /><link rel="futures" href="/f2" />'
        '<resource rel="conversationLogRecipient" href="/r/1/x">'
        '<property name="displayName">A</property></resource>',
    )
    log = ucwa.parse(body, XML)
    assert isinstance(log, ucwa.resources.ConversationLog)
    assert log.links.continue_messaging is None
    assert [link.href for link in log.links.extra["continueMessaging"]] == ["/cm", "/cm2"]  # type: ignore[union-attr]
    future = log.links.extra["future"]
    assert isinstance(future, ucwa.Link) and future.attributes == {"revision": "2"}
    assert isinstance(log.links.extra["futures"], list)
    # Declared many: a list even with one element.
    [recipient] = log.embedded.conversation_log_recipient or []
    assert (
        isinstance(recipient, ucwa.resources.ConversationLogRecipient)
        and recipient.display_name == "A"
    )
    assert_equivalent(ucwa.serialize(log, XML), body)


def test_unknown_properties_and_resources_and_their_order_are_kept() -> None:
    body = doc(
        "communication",
        '<property name="fd0d277b-4d05-448f-9950-383fac2370d6">'
        "please pass this in a PUT request</property>"
        '<property name="rel">communication</property>'
        '<propertyList name="futureList"><item>a</item><item /></propertyList>'
        '<property name="etag">3253045138</property>'
        '<resource rel="me" href="/me"><link rel="note" href="/me/note" />'
        '<property name="name">Me</property></resource>'
        '<resource rel="phone" href="/p/1" /><resource rel="phone" href="/p/2" />',
    )
    communication = ucwa.parse(body, XML)
    assert list(communication.extra_properties) == [
        "fd0d277b-4d05-448f-9950-383fac2370d6",
        "futureList",
        "etag",
    ]
    me = communication.embedded.extra["me"]
    assert isinstance(me, ucwa.GenericResource) and me.extra_properties == {"name": "Me"}
    assert [p.self_link.href for p in communication.embedded.extra["phone"]] == ["/p/1", "/p/2"]
    out = ucwa.serialize(communication, XML)
    assert_equivalent(out, body)
    names = [e.get("name") for e in ElementTree.fromstring(out) if e.get("name")]
    assert names[:2] == ["fd0d277b-4d05-448f-9950-383fac2370d6", "rel"]


def test_nested_resources_are_written_back_in_document_order() -> None:
    # audioVideoInvitation defines from before acceptedByParticipant; the reference page (and
    # a server) may send them the other way round, typed and untyped mixed.
    body = doc(
        "audioVideoInvitation",
        '<resource rel="future" href="/f" />'
        '<resource rel="acceptedByParticipant" href="/p/2" />'
        '<resource rel="from" href="/p/1" />',
    )
    invitation = ucwa.parse(body, XML)
    assert isinstance(invitation, ucwa.resources.AudioVideoInvitation)
    assert invitation.embedded.from_ is not None
    out = ucwa.serialize(invitation, XML)
    assert [e.get("rel") for e in ElementTree.fromstring(out)] == [
        "future",
        "acceptedByParticipant",
        "from",
    ]
    assert_equivalent(out, body)
    # JSON keeps the order of _embedded's keys the same way.
    data = json.loads(ucwa.serialize(invitation))
    assert list(data["_embedded"]) == ["future", "acceptedByParticipant", "from"]
    # What the caller adds goes after what arrived.
    invitation.embedded.from_ = None
    invitation.embedded.extra["later"] = invitation.embedded.extra.pop("future")
    out = ucwa.serialize(invitation, XML)
    assert [e.get("rel") for e in ElementTree.fromstring(out)] == ["acceptedByParticipant", "later"]


def test_a_resource_without_rel_or_href_is_written_back_without_them() -> None:
    # The PUT body of the communication page: no self link, so no rel/href attributes.
    body = f'{HEAD}<resource {XMLNS}><property name="rel">communication</property></resource>'
    communication = ucwa.parse(body, XML)
    assert isinstance(communication, ucwa.resources.Communication)
    assert_equivalent(ucwa.serialize(communication, XML), body)


@pytest.mark.parametrize(
    ("inner", "message"),
    [
        ("<foo />", "unexpected element <foo>"),
        ('<property name="rel">conversation</property>', "rel 'conversation' where"),
        ('<property name="a">1</property><property name="a">2</property>', "given twice"),
        ('<property name="a"><b /></property>', "text only"),
        ('<propertyList name="a"><x /></propertyList>', "only <item>"),
        ('<link href="/x" />', "without rel"),
        ('<x:property xmlns:x="urn:other" name="a" />', "not in the UCWA namespace"),
    ],
)
def test_xml_that_is_not_a_ucwa_resource_is_refused_clearly(inner: str, message: str) -> None:
    with pytest.raises(ShapeError, match=message):
        ucwa.parse(doc("conversationLog", inner), XML)


# --- JSON <-> XML ----------------------------------------------------------------------------


def test_json_extras_travel_in_xml_as_properties_and_resources() -> None:
    data = {
        "rel": "conversationLog",
        "subject": "hi",
        "count": 3,
        "flag": True,
        "nothing": None,
        "list": ["a", 2],
        "_links": {"self": {"href": "/l", "revision": 2}, "future": [{"href": "/f"}]},
        "_embedded": {"me": {"rel": "me", "name": "Me", "_links": {"self": {"href": "/me"}}}},
    }
    xml = ucwa.serialize(ucwa.parse(json.dumps(data)), XML)
    root = ElementTree.fromstring(xml)
    assert root.get("revision") == "2"
    texts = {e.get("name"): e.text for e in root if e.tag == f"{NAMESPACE}property"}
    assert texts == {
        "rel": "conversationLog",
        "subject": "hi",
        "count": "3",
        "flag": "True",
        "nothing": None,
    }
    [me] = [e for e in root if e.tag == f"{NAMESPACE}resource"]
    assert me.get("rel") == "me" and me.get("href") == "/me"
    back = ucwa.parse(xml, XML)
    # Extras read from XML are text: the number comes back as a string.
    assert back.extra_properties["count"] == "3"
    assert json.loads(ucwa.serialize(back))["_embedded"]["me"]["name"] == "Me"


def test_a_json_object_extra_cannot_be_written_as_xml_and_says_which() -> None:
    log = ucwa.parse(json.dumps({"rel": "conversationLog", "future": {"nested": 1}}))
    with pytest.raises(formats.UnrepresentableError, match=r"\$\.future"):
        ucwa.serialize(log, XML)


# --- security --------------------------------------------------------------------------------

XXE = f"""<?xml version="1.0"?>
<!DOCTYPE resource [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<resource rel="conversationLog" {XMLNS}><property name="subject">&secret;</property></resource>"""
LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<resource rel="conversationLog" {XMLNS}><property name="subject">&lol3;</property></resource>"""
DTD_ONLY = f'<?xml version="1.0"?><!DOCTYPE resource><resource rel="conversationLog" {XMLNS}/>'


@pytest.mark.parametrize("body", [XXE, LAUGHS, DTD_ONLY], ids=["xxe", "billion-laughs", "dtd"])
def test_dtds_and_entities_are_refused(body: str) -> None:
    with pytest.raises(codec_xml.XmlError, match="refused XML: DTDForbidden") as caught:
        ucwa.parse(body, XML)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    "body", [XXE, LAUGHS, "<resource"], ids=["xxe", "billion-laughs", "malformed"]
)
def test_a_refused_response_raises_parse_error_with_the_body(body: str, pool: FakePool) -> None:
    pool.answer(200, body.encode(), {"Content-Type": "application/xml; charset=utf-8"})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    with pytest.raises(errors.ParseError, match="unreadable XML resource") as caught:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/l"))
    assert caught.value.body == body.encode()


def test_an_error_body_with_a_dtd_still_raises_by_status(pool: FakePool) -> None:
    pool.answer(409, XXE.encode(), {"Content-Type": "application/xml"})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    with pytest.raises(errors.Conflict) as caught:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/l"))
    assert caught.value.code is None


def test_the_documented_xml_error_body_gives_code_subcode_and_message(pool: FakePool) -> None:
    # ErrorsAndInformationalMessages.md: child elements, not properties.
    body = (
        f'{HEAD}<reason xmlns:xsd="http://www.w3.org/2001/XMLSchema" {XMLNS}>'
        "<code>Conflict</code><subcode>AlreadyExists</subcode>"
        "<message>The requested resource already exists.</message><debugInfo /><parameters />"
        "</reason>"
    )
    pool.answer(409, body.encode(), {"Content-Type": "application/vnd.microsoft.com.ucwa+xml"})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    with pytest.raises(errors.Conflict) as caught:
        ucwa.resources.ConversationLog.get(client, ucwa.Link(href="/l"))
    assert caught.value.subcode == "AlreadyExists"
    assert caught.value.reason == "The requested resource already exists."


# --- dispatch and calls ----------------------------------------------------------------------


@pytest.mark.parametrize("content_type", ["text/html", "application/atom+xml", ""])
def test_unsupported_content_types_are_refused_clearly(content_type: str) -> None:
    resource = ucwa.parse(json.dumps({"rel": "conversationLog"}))
    with pytest.raises(ValueError, match="unsupported content type"):
        ucwa.parse("{}", content_type)
    with pytest.raises(ValueError, match="unsupported content type"):
        ucwa.serialize(resource, content_type)
    with pytest.raises(ValueError, match="unsupported content type"):
        ucwa.Client("https://fe1.contoso.com", content_type=content_type)


def test_an_xml_client_posts_an_input_with_a_data_uri_message_as_a_link(pool: FakePool) -> None:
    pool.answer(201, b"", {"Location": "/invitations/602"})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool, content_type=XML)  # type: ignore[arg-type]
    ucwa.resources.ContinueMessaging.post(
        client, ucwa.Link(href="/cm"), operation_id="op-1", message="Hi & bye"
    )
    [sent] = pool.sent
    assert sent.headers["Content-Type"] == XML and sent.headers["Accept"] == XML
    assert sent.body is not None
    root = ElementTree.fromstring(sent.body)
    assert root.tag == f"{NAMESPACE}input"
    [link] = [e for e in root if e.tag == f"{NAMESPACE}link"]
    assert link.get("rel") == "message"
    assert ucwa.DataUri.parse(link.get("href") or "").text == "Hi & bye"


def test_an_xml_client_reads_a_json_answer_and_a_json_client_an_xml_one(pool: FakePool) -> None:
    pool.answer(
        200,
        doc("conversationLog", '<property name="subject">x</property>').encode(),
        {"Content-Type": XML},
    )
    pool.answer(
        200,
        json.dumps({"rel": "conversationLog", "subject": "y"}).encode(),
        {"Content-Type": "application/json"},
    )
    json_client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    xml_client = ucwa.Client("https://fe1.contoso.com", pool=pool, content_type=XML)  # type: ignore[arg-type]
    assert ucwa.resources.ConversationLog.get(json_client, ucwa.Link(href="/l")).subject == "x"
    assert ucwa.resources.ConversationLog.get(xml_client, ucwa.Link(href="/l")).subject == "y"


def test_a_put_of_a_json_object_extra_in_xml_is_refused_before_sending(pool: FakePool) -> None:
    communication = ucwa.parse(
        json.dumps({"rel": "communication", "future": {"a": 1}, "_links": {"self": {"href": "/c"}}})
    )
    client = ucwa.Client("https://fe1.contoso.com", pool=pool, content_type=XML)  # type: ignore[arg-type]
    with pytest.raises(errors.RequestError, match="no XML spelling"):
        communication.put(client)  # type: ignore[attr-defined]
    assert pool.sent == []


def test_codecs_share_the_input_rules() -> None:
    properties: dict[str, Any] = {"when": datetime(2020, 1, 1, tzinfo=UTC), "n": 2, "on": False}
    assert json.loads(codec_json.dumps_input(properties, {"message": "data:,x"})) == {
        "when": "/Date(1577836800000)/",
        "n": 2,
        "on": False,
        "_links": {"message": {"href": "data:,x"}},
    }
    assert_equivalent(
        codec_xml.dumps_input(properties, {"message": "data:,x"}),
        f'<input {XMLNS}><property name="when">2020-01-01T00:00:00.0000000Z</property>'
        '<property name="n">2</property><property name="on">False</property>'
        '<link rel="message" href="data:,x" /></input>',
    )


def test_importing_the_package_does_not_load_the_xml_codec() -> None:
    code = (
        "import sys, ucwa\n"
        'ucwa.parse(\'{"rel": "conversationLog"}\')\n'
        "xml = ('defusedxml', 'xml.etree')\n"
        "loaded = [m for m in sys.modules if 'codec_xml' in m or m.startswith(xml)]\n"
        "assert loaded == [], loaded\n"
        "ucwa.parse('<resource/>', 'application/xml')\n"
        "assert 'ucwa_runtime.codec_xml' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
