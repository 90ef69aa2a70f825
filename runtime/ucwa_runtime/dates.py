"""UCWA's two spellings of a point in time.

JSON carries ``/Date(ms)/`` (milliseconds since the Unix epoch, UTC, optionally followed by
the sender's offset as ``+hhmm``); XML carries ISO 8601 with up to seven fractional digits.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

_JSON_DATE = re.compile(r"^/Date\((-?\d+)([+-]\d{4})?\)/$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}:\d{2})?$"
)


def parse_json_date(text: str) -> datetime:
    """Read ``/Date(ms)/`` or ``/Date(ms+hhmm)/`` into an aware datetime.

    The offset, when present, only says in which zone to show the instant; the milliseconds
    are always UTC. Raises ValueError for anything else, an instant outside the years 1 to
    9999 (in UTC or in the offset's zone) included.
    """
    match = _JSON_DATE.match(text)
    if match is None:
        raise ValueError(f"not a /Date(ms)/ value: {text!r}")
    millis, offset = match.groups()
    try:
        instant = _EPOCH + timedelta(milliseconds=int(millis))
        if offset is None:
            return instant
        sign = 1 if offset[0] == "+" else -1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        return instant.astimezone(zone)
    except OverflowError:  # datetime's range ends at year 9999 (and timedelta's before it)
        raise ValueError(f"a /Date(ms)/ value out of range: {text[:40]!r}") from None


def format_json_date(value: datetime) -> str:
    """Write an aware datetime as ``/Date(ms)/``; a non-UTC offset is kept as ``+hhmm``.

    A naive datetime is refused: UCWA instants are absolute, and guessing a zone would move
    them.
    """
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a naive datetime has no instant; give it a tzinfo")
    delta = value - _EPOCH
    millis = delta // timedelta(milliseconds=1)
    if not offset:
        return f"/Date({millis})/"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"/Date({millis}{sign}{hours:02d}{rest:02d})/"


class IsoDateTime(datetime):
    """A datetime read from XML that remembers the text it was read from.

    UCWA's XML writes seven fractional digits (100 ns) and the sender's offset; a datetime
    keeps six, so writing the value anew would change what goes back in a PUT.
    :func:`format_iso_date` writes ``source`` instead, the way :class:`~.datauri.DataUri` does.
    Any datetime derived from one (``replace``, arithmetic, ``astimezone``) is built afresh
    without ``source``, so a changed value is never written as the old text.
    """

    source: str | None = None


def parse_iso_date(text: str) -> datetime:
    """Read ISO 8601 as UCWA's XML writes it (seven fractional digits are cut to six).

    The result is an :class:`IsoDateTime` holding ``text``, so it is written back unchanged.
    """
    match = _ISO.match(text)
    if match is None:
        raise ValueError(f"not an ISO 8601 date-time: {text!r}")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micros = int((fraction or "0").ljust(7, "0")[:6])
    tzinfo: timezone | None
    if zone is None:
        tzinfo = None
    elif zone == "Z":
        tzinfo = UTC
    else:
        sign = 1 if zone[0] == "+" else -1
        tzinfo = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    value = IsoDateTime(
        int(year), int(month), int(day), int(hour), int(minute), int(second), micros, tzinfo
    )
    value.source = text
    return value


def format_iso_date(value: datetime) -> str:
    """Write a datetime as UCWA's XML does: ``2016-09-26T16:20:24.6066543-07:00``.

    A value read by :func:`parse_iso_date` gives back its text; any other is written with
    seven fractional digits and its offset (``Z`` for UTC), or none for a naive datetime,
    which XML, unlike JSON's ``/Date(ms)/``, can express.
    """
    if isinstance(value, IsoDateTime) and value.source is not None:
        return value.source
    text = (
        f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:"
        f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}0"
    )
    offset = value.utcoffset()
    if offset is None:
        return text
    if not offset:
        return text + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{text}{sign}{hours:02d}:{rest:02d}"


_TIMESPAN = re.compile(r"^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$")


def parse_timespan(text: str) -> timedelta:
    """Read a .NET TimeSpan as UCWA writes it: ``[-][d.]hh:mm:ss[.fffffff]``; ValueError for
    anything else, a span too long for a timedelta included."""
    match = _TIMESPAN.match(text)
    if match is None:
        raise ValueError(f"not a timespan: {text!r}")
    minus, days, hours, minutes, seconds, fraction = match.groups()
    try:
        span = timedelta(
            days=int(days or 0),
            hours=int(hours),
            minutes=int(minutes),
            seconds=int(seconds),
            microseconds=int((fraction or "0").ljust(7, "0")[:6]),
        )
    except OverflowError:  # a timedelta holds at most 999,999,999 days
        raise ValueError(f"a timespan out of range: {text[:40]!r}") from None
    return -span if minus else span


def format_timespan(value: timedelta) -> str:
    """Write a timedelta the way .NET formats a TimeSpan (the inverse of parse_timespan)."""
    sign = "-" if value < timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = f"{sign}{value.days}." if value.days else sign
    text += f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    if value.microseconds:
        text += f".{value.microseconds:06d}0"
    return text
