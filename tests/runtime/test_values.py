"""The runtime's value codecs on their own: dates, timespans, data: URIs, open enumerations."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from ucwa_runtime.datauri import DataUri
from ucwa_runtime.dates import (
    format_json_date,
    format_timespan,
    parse_iso_date,
    parse_json_date,
    parse_timespan,
)

import ucwa
import ucwa_session


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/Date(1474932024587)/", datetime(2016, 9, 26, 23, 20, 24, 587000, tzinfo=UTC)),
        ("/Date(0)/", datetime(1970, 1, 1, tzinfo=UTC)),
        ("/Date(-86400000)/", datetime(1969, 12, 31, tzinfo=UTC)),
    ],
)
def test_json_dates_read_and_write_back_exactly(text: str, expected: datetime) -> None:
    assert parse_json_date(text) == expected
    assert format_json_date(parse_json_date(text)) == text


def test_a_json_date_offset_is_kept_and_does_not_move_the_instant() -> None:
    value = parse_json_date("/Date(1474932024587-0700)/")
    assert value == datetime(2016, 9, 26, 23, 20, 24, 587000, tzinfo=UTC)
    assert value.utcoffset() == timedelta(hours=-7)
    assert format_json_date(value) == "/Date(1474932024587-0700)/"


@pytest.mark.parametrize("text", ["/Date()/", "Date(1)", "/Date(1.5)/", "2016-09-26", ""])
def test_bad_json_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_json_date(text)


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        format_json_date(datetime(2020, 1, 1))


def test_iso_dates_with_seven_fraction_digits() -> None:
    value = parse_iso_date("2016-09-26T16:20:24.6066543-07:00")
    assert value == datetime(2016, 9, 26, 16, 20, 24, 606654, tzinfo=timezone(timedelta(hours=-7)))
    assert parse_iso_date("2016-09-26T16:20:24Z").tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("00:30:00", timedelta(minutes=30)),
        ("1.02:03:04", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("-00:00:05", timedelta(seconds=-5)),
        ("00:00:01.5000000", timedelta(seconds=1.5)),
    ],
)
def test_timespans_round_trip(text: str, expected: timedelta) -> None:
    assert parse_timespan(text) == expected
    assert format_timespan(expected) == text


def test_data_uri_base64_and_percent_encoded() -> None:
    plain = DataUri.parse("data:text/plain;charset=utf-8,Hello%2C%20w%C3%B6rld")
    assert plain.text == "Hello, wörld" and plain.media_type == "text/plain"
    encoded = DataUri.parse("data:text/html;base64,PGI+aGk8L2I+")
    assert encoded.is_base64 and encoded.text == "<b>hi</b>"
    assert encoded.media_type == "text/html"


def test_a_parsed_data_uri_goes_back_byte_for_byte() -> None:
    # Encoders differ (+ or %20, padding...); what the server wrote is what is sent back.
    for text in ("data:text/plain,a+b%20c", "data:,x", "data:text/plain;base64,aGk="):
        assert str(DataUri.parse(text)) == text


@pytest.mark.parametrize("encode_base64", [False, True])
def test_data_uri_from_text_survives_a_round_trip(encode_base64: bool) -> None:
    message = "Grüße, 100% <sure> & done\n"
    uri = DataUri.from_text(message, "text/html", encode_base64=encode_base64)
    assert DataUri.parse(str(uri)).text == message
    assert str(uri).startswith(
        "data:text/html;charset=utf-8" + (";base64," if encode_base64 else ",")
    )


@pytest.mark.parametrize(
    "text", ["text/plain,abc", "data:text/plain", "data:text/plain;base64,@@@", "data:;x,1"]
)
def test_bad_data_uris_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        DataUri.parse(text)


def test_open_enumerations_keep_unknown_values() -> None:
    direction = ucwa.ENUMS["Direction"]
    known = direction("Incoming")
    assert known.known and known is direction.INCOMING  # type: ignore[attr-defined]
    unknown = direction("Sideways")
    assert isinstance(unknown, direction) and not unknown.known
    assert unknown == "Sideways" and unknown.value == "Sideways"
    with pytest.raises(ValueError):
        direction(42)


def test_a_data_uri_over_the_limit_is_refused_before_decoding() -> None:
    from ucwa_runtime.datauri import MAX_DATA_URI, DataUriTooLarge

    at_limit = "data:," + "a" * (MAX_DATA_URI - len("data:,"))
    assert len(DataUri.parse(at_limit).data) == MAX_DATA_URI - 6
    with pytest.raises(DataUriTooLarge) as caught:
        DataUri.parse(at_limit + "a")
    assert isinstance(caught.value, ValueError)
    with pytest.raises(DataUriTooLarge):
        DataUri.parse("data:;base64," + "QUFB" * 10, limit=20)


def test_an_oversized_message_text_is_kept_as_sent_not_decoded() -> None:
    # Like any value that does not fit its type: left untyped (its link in links.extra), never
    # decoded, and sent back as it came.
    from ucwa_runtime.datauri import MAX_DATA_URI

    href = "data:text/plain;base64," + "QUFB" * (MAX_DATA_URI // 4)
    body = {"rel": "message", "_links": {"self": {"href": "/m"}, "plainMessage": {"href": href}}}
    message = ucwa.parse(json.dumps(body).encode(), "application/json")
    assert isinstance(message, ucwa.resources.Message)
    assert message.plain_message is None and ucwa_session.message_text(message) is None
    assert message.links.extra["plainMessage"] == ucwa.Link(href=href)
    assert json.loads(ucwa.serialize(message)) == body


@pytest.mark.parametrize(
    "text",
    [
        "/Date(253402300799999+1400)/",  # 9999-12-31 23:59:59.999 UTC, shown 14 hours later
        "/Date(253402300800000)/",  # the year 10000
        "/Date(-62135596800001)/",  # before the year 1
        "/Date(99999999999999999999)/",  # past what a timedelta holds
    ],
)
def test_a_json_date_out_of_datetimes_range_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_json_date(text)


def test_a_timespan_too_long_for_a_timedelta_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_timespan("99999999999.00:00:00")


@pytest.mark.parametrize(
    "text",
    ["/Date(253402300799999+1400)/", "/Date(99999999999999999999)/", "/Date(-1" + "0" * 30 + ")/"],
)
def test_an_out_of_range_date_is_kept_as_sent(text: str) -> None:
    data = {"rel": "conversationLog", "creationTime": text, "subject": "s"}
    log = ucwa.parse(json.dumps(data))
    assert isinstance(log, ucwa.resources.ConversationLog)
    assert log.creation_time is None and log.extra_properties == {"creationTime": text}
    assert log.subject == "s"
    assert json.loads(ucwa.serialize(log)) == data


# Every data: URI the reference pages show, with the text it carries. Those whose data is a
# placeholder ("somebase64encodedmessage", "base64-encoded-htmlmessage"...) parse and go back
# byte for byte, or are refused as the bad base64 they are.
REFERENCE_DATA_URIS = [
    # PayloadFormat.md: "UCWA 2.0 always uses URL encoding in data URIs"
    ("data:text/plain,Hello+World", "Hello World"),
    # ReceiveAnIM.md (message and plainMessage links of the incoming message)
    ("data:text/plain;charset=utf-8,Hi+Tosh%0d%0a", "Hi Tosh\r\n"),
    # message_ref.md, messageTranscript_ref.md, conversationLogTranscript(s)_ref.md,
    # nextConversationLogTranscripts_ref.md (plainMessage)
    ("data:text/plain;charset=utf8,URLEncodedMessageString", "URLEncodedMessageString"),
    # messagingInvitation_ref.md, participantInvitation_ref.md, onlineMeetingInvitation_ref.md
    ("data:text/plain;base64,somebase64encodedmessage", None),
]
REFERENCE_PLACEHOLDERS = [
    # the htmlMessage links of the transcript and message pages
    "data:text/html;base64,base64-encoded-htmlmessage",
    # the audio/video negotiation pages (escalateAudioVideo_ref.md and others)
    "data:application/sdp;base64,base64-encoded-sdp",
]


@pytest.mark.parametrize(("uri", "text"), REFERENCE_DATA_URIS)
def test_every_data_uri_of_the_reference_reads_as_ucwa_means_it(uri: str, text: str | None) -> None:
    parsed = DataUri.parse(uri)
    assert str(parsed) == uri
    if text is not None:
        assert parsed.text == text


@pytest.mark.parametrize("uri", REFERENCE_PLACEHOLDERS)
def test_the_placeholders_of_the_reference_are_refused_as_bad_base64(uri: str) -> None:
    with pytest.raises(ValueError, match="base64"):
        DataUri.parse(uri)


def test_a_plus_in_a_data_uri_is_a_space_and_an_encoded_plus_a_plus() -> None:
    assert DataUri.parse("data:text/plain,1%2B1+%3D+2").text == "1+1 = 2"
    # base64 data keeps its '+' (it is one of base64's letters)
    assert DataUri.parse("data:text/html;base64,PGI+aGk8L2I+").text == "<b>hi</b>"


def test_a_data_uri_built_for_sending_writes_spaces_as_the_reference_does() -> None:
    uri = DataUri.from_text("Hello World 1+1", "text/plain")
    assert str(uri) == "data:text/plain;charset=utf-8,Hello+World+1%2B1"
    assert DataUri.parse(str(uri)).text == "Hello World 1+1"


def test_a_received_message_text_has_its_spaces() -> None:
    href = "data:text/plain;charset=utf-8,Echo:+Hello+again+%26+welcome+back"
    body = {"rel": "message", "_links": {"self": {"href": "/m"}, "plainMessage": {"href": href}}}
    message = ucwa.parse(json.dumps(body).encode(), "application/json")
    assert isinstance(message, ucwa.resources.Message)
    assert ucwa_session.message_text(message) == ucwa_session.MessageText(
        "Echo: Hello again & welcome back", "text/plain"
    )


def test_a_data_uri_in_an_unknown_charset_is_a_value_error() -> None:
    uri = DataUri.parse("data:text/plain;charset=x-no-such-charset,abc")
    with pytest.raises(ValueError, match="unknown charset"):
        _ = uri.text
