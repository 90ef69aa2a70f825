"""``ucwa``: UCWA from the command line (send, search, meeting, presence, watch).

::

    export UCWA_USER=alice@contoso.com             # and UCWA_DOMAIN or UCWA_ROOT_URL if needed
    ucwa send sip:bob@contoso.com "Build 1234 failed"
    ucwa search carol
    ucwa meeting create --subject "Build review"   # prints the join URL
    ucwa presence sip:bob@contoso.com; ucwa presence set Away
    ucwa watch sip:bob@contoso.com sip:carol@contoso.com   # changes, until Ctrl-C
    ucwa send --bundled sip:echo@contoso.com hello  # against the bundled server: no Skype needed

Exit status: 0 done, 1 the operation failed (refused, timed out, the server unreachable,
sign-in failed), 2 bad usage (an unknown option, a missing argument, no password source),
130 interrupted (Ctrl-C).
An error is one line on standard error; ``--json`` writes results as one JSON object.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

import click
from ucwa_runtime.errors import RequestError, UcwaError

from .cli_interrupt import noting_interrupt
from .cli_output import Spinner, emit, error_line
from .cli_sign_in import SignIn, SignInUsage, open_session
from .directory import SEARCH_LIMITS
from .session import UcwaSession
from .subscription import sip_uris

if TYPE_CHECKING:
    from .subscription import ContactChange

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
DEFAULT_TIMEOUT = 60.0
# How long watch waits for a change at a time: it checks --for and Ctrl-C between waits, so
# this is also how long an interrupt may wait to be acted on.
WATCH_POLL = 0.2
F = TypeVar("F", bound=Callable[..., Any])


def _version() -> str:
    import ucwa

    return str(ucwa.__version__)


def sign_in_options(command: F) -> F:
    """The options every command takes: who signs in where, and how results are written."""
    options = [
        click.option(
            "--user", envvar="UCWA_USER", help="Sign in as (name@domain) [env UCWA_USER]."
        ),
        click.option(
            "--domain",
            envvar="UCWA_DOMAIN",
            help="Sign-in domain, for autodiscovery [env UCWA_DOMAIN; default: the user's].",
        ),
        click.option(
            "--root-url",
            envvar="UCWA_ROOT_URL",
            help="Autodiscovery URL instead [env UCWA_ROOT_URL].",
        ),
        click.option(
            "--password-command",
            envvar="UCWA_PASSWORD_COMMAND",
            help="Command whose first output line is the password [env UCWA_PASSWORD_COMMAND]; "
            "else UCWA_PASSWORD, else a prompt.",
        ),
        click.option(
            "--trusted-host",
            "trusted_hosts",
            multiple=True,
            help="Another domain the password may go to.",
        ),
        click.option(
            "--ca-certs", type=click.Path(exists=True, dir_okay=False), help="Trust this CA bundle."
        ),
        click.option(
            "--bundled",
            is_flag=True,
            help="Use the bundled UCWA test server (its echo contact answers).",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=DEFAULT_TIMEOUT,
            show_default=True,
            help="Seconds to wait for each answer.",
        ),
        click.option(
            "--json", "as_json", is_flag=True, help="Write the result as one JSON object."
        ),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            help="Log each request (method, URL, status) to stderr.",
        ),
    ]
    for option in reversed(options):
        command = option(command)

    @functools.wraps(command)
    def run(**kwargs: Any) -> None:
        names = (
            "user",
            "domain",
            "root_url",
            "password_command",
            "trusted_hosts",
            "ca_certs",
            "bundled",
        )
        # --timeout bounds every request of the session; commands that wait on events
        # (send) read it too.
        sign_in = SignIn(**{name: kwargs.pop(name) for name in names}, timeout=kwargs["timeout"])
        with showing_log(kwargs.pop("verbose")):
            command(sign_in=sign_in, **kwargs)

    return run  # type: ignore[return-value]


@contextlib.contextmanager
def showing_log(verbose: bool) -> Iterator[None]:
    """While a command runs, the ``ucwa`` logger's lines go to stderr with --verbose, and
    nowhere otherwise (Python would print its warnings, such as each retry, and an error is
    to be one line); as it was after (a program may run commands in its own process)."""
    logger = logging.getLogger("ucwa")
    level, propagate = logger.level, logger.propagate
    handler: logging.Handler = logging.NullHandler()
    if verbose:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("ucwa: %(message)s"))
        logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def run_operation(
    sign_in: SignIn, what: str, operation: Callable[[UcwaSession, Spinner], None]
) -> None:
    """Sign in, run ``operation``, sign out; a failure becomes one line and exit 1."""
    spinner = Spinner()
    try:
        with spinner.running():
            spinner.say("signing in")
            with open_session(sign_in) as session:
                spinner.say(what)
                operation(session, spinner)
    except SignInUsage as usage:
        raise click.UsageError(str(usage)) from None
    except (UcwaError, TimeoutError, OSError) as error:
        click.echo(error_line(error), err=True)
        raise SystemExit(EXIT_FAILED) from None
    except KeyboardInterrupt:
        click.echo("ucwa: interrupted", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None


def _check_sip(uris: Sequence[str], hint: str) -> None:
    # The session's rule for what a sip: URI is (subscription.sip_uris), as a usage error.
    try:
        sip_uris(uris)
    except RequestError as error:
        raise click.BadParameter(str(error), param_hint=hint) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=_version(), prog_name="ucwa")
def main() -> None:
    """UCWA (Skype for Business / Lync) from the command line.

    Signs in from options or UCWA_USER with UCWA_DOMAIN or UCWA_ROOT_URL; the password comes
    from UCWA_PASSWORD, --password-command or a prompt, never from an option.

    Exit status: 0 done, 1 the operation failed, 2 bad usage.
    """


@main.command()
@click.argument("to")
@click.argument("message")
@click.option("--html", is_flag=True, help="Send MESSAGE as text/html.")
@sign_in_options
def send(sign_in: SignIn, to: str, message: str, html: bool, timeout: float, as_json: bool) -> None:
    """Send MESSAGE to TO (a sip: address): invite, wait until accepted, send, hang up.

    Exits 0 once the message is delivered.
    """
    _check_sip([to], "TO")

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        chat = session.start_messaging(to)
        try:
            spinner.say(f"waiting for {to} to accept")
            chat.wait(timeout)
            spinner.say("sending")
            chat.send(message, "text/html" if html else "text/plain").wait(timeout)
        except BaseException:
            with contextlib.suppress(UcwaError):  # what went wrong first is what to report
                chat.stop()
            raise
        chat.stop()
        emit({"to": to, "delivered": True}, [f"delivered to {to}"], as_json)

    run_operation(sign_in, f"inviting {to}", operation)


@main.command()
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(SEARCH_LIMITS.start, SEARCH_LIMITS.stop - 1),
    default=None,
    help="At most this many results (1-100).",
)
@sign_in_options
def search(sign_in: SignIn, query: str, limit: int | None, timeout: float, as_json: bool) -> None:
    """Search the directory for QUERY (a name, sip: address or e-mail address)."""

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        found = session.search(query, limit=limit)
        contacts = [
            {
                "name": c.name,
                "uri": c.uri,
                "title": c.title,
                "department": c.department,
                "emailAddresses": c.email_addresses,
            }
            for c in found
        ]
        lines = [
            f"{c['name']} <{c['uri']}>" + (f"  {c['title']}" if c["title"] else "")
            for c in contacts
        ]
        if found.more:
            lines.append("(more results: give a longer query or a larger --limit)")
        emit({"query": query, "contacts": contacts, "more": found.more}, lines, as_json)

    run_operation(sign_in, f"searching for {query}", operation)


def _availabilities() -> list[str]:
    from ucwa.enums import PreferredAvailability

    return [value.value for value in PreferredAvailability]


@main.command()
@click.argument("who", nargs=-1)
@click.option("--note", help="With `set`: publish this note too.")
@sign_in_options
def presence(
    sign_in: SignIn, who: tuple[str, ...], note: str | None, timeout: float, as_json: bool
) -> None:
    """Show presence: mine, or of each sip: address in WHO. `presence set AVAILABILITY`
    publishes mine (Online, Busy, DoNotDisturb, BeRightBack, Away, Offwork).

    UCWA keeps a published availability while the user has an application signed in: this
    command signs out when it ends, so on its own it shows rather than keeps a state.
    """
    if who[:1] == ("set",):
        _set_presence(sign_in, who[1:], note, as_json)
        return
    if note is not None:
        raise click.UsageError("--note goes with `presence set`")
    _check_sip(who, "WHO")

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        if not who:
            # A real server links me to my presence only once I am available (capture 007).
            session.make_me_available()
            found = [_presence_data("me", session.presence.read())]
        else:
            found = [_presence_data(uri, session.presence.of(uri)) for uri in who]
        lines = [
            f"{p['uri']}  {p['availability']}"
            + (
                f" ({p['activity']})"
                if p["activity"] and p["activity"] != p["availability"]
                else ""
            )
            for p in found
        ]
        emit({"presence": found}, lines, as_json)

    run_operation(sign_in, "reading presence", operation)


def _presence_data(uri: str, state: Any) -> dict[str, Any]:
    # state: my Presence or a ContactPresence (both have availability and activity)
    return {
        "uri": uri,
        "availability": _text(state.availability),
        "activity": _text(state.activity),
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _set_presence(sign_in: SignIn, args: tuple[str, ...], note: str | None, as_json: bool) -> None:
    choices = _availabilities()
    if len(args) != 1 or args[0] not in choices:
        raise click.BadParameter(f"give one of {', '.join(choices)}", param_hint="AVAILABILITY")
    availability = args[0]

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        session.make_me_available()  # publishing needs it (409 MakeMeAvailableRequired)
        session.presence.set_availability(availability)
        if note is not None:
            session.presence.set_note(note)
        emit({"availability": availability, "note": note}, [f"now {availability}"], as_json)

    run_operation(sign_in, f"setting {availability}", operation)


@main.command()
@click.argument("who", nargs=-1, required=True)
@click.option(
    "--for",
    "seconds",
    type=click.FloatRange(min=0, min_open=True),
    help="Stop after this many seconds (default: when interrupted).",
)
@sign_in_options
def watch(
    sign_in: SignIn, who: tuple[str, ...], seconds: float | None, timeout: float, as_json: bool
) -> None:
    """Print each presence, note or location change of the sip: addresses in WHO, one line
    each (one JSON object per line with --json), until interrupted (exit 0) or --for ends."""
    _check_sip(who, "WHO")

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        deadline = None if seconds is None else time.monotonic() + seconds
        # Ctrl-C is how watching ends (unsubscribe, sign out, exit 0): once subscribed it is
        # noted and acted on between waits, never raised in the middle of one (cli_interrupt).
        with (
            session.presence.subscribe(list(who)) as subscription,
            noting_interrupt() as interrupt,
        ):
            spinner.say(f"watching {len(who)}")
            while not interrupt.received and (deadline is None or time.monotonic() < deadline):
                left = WATCH_POLL if deadline is None else deadline - time.monotonic()
                change = subscription.next_change(max(0.0, min(left, WATCH_POLL)))
                if change is not None:
                    _print_change(change, as_json)

    run_operation(sign_in, "subscribing", operation)


def _print_change(change: ContactChange, as_json: bool) -> None:
    state: Any = change.resource  # ContactPresence, ContactNote or ContactLocation, by kind
    if change.kind == "presence":
        value = _text(state.availability)
    else:
        value = state.message if change.kind == "note" else state.location
    data = {"uri": change.uri, "kind": change.kind, "value": value}
    emit(data, [f"{change.uri}  {change.kind}  {value}"], as_json)


@main.group()
def meeting() -> None:
    """Online meetings: create, list, delete."""


def _meeting_data(found: Any) -> dict[str, Any]:
    expires = found.expiration_time
    return {
        "id": found.online_meeting_id,
        "subject": found.subject,
        "joinUrl": found.join_url,
        "onlineMeetingUri": found.online_meeting_uri,
        "accessLevel": str(found.access_level) if found.access_level is not None else None,
        "attendees": found.attendees or [],
        "expirationTime": expires.isoformat() if expires is not None else None,
    }


def _access_levels() -> list[str]:
    from ucwa.enums import AccessLevel

    return [level.value for level in AccessLevel]


def _expiry(context: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("not an ISO 8601 date and time") from None
    if when.tzinfo is None:
        raise click.BadParameter("give a time zone (2030-01-31T17:00+01:00, or Z for UTC)")
    return when


@meeting.command("create")
@click.option("--subject", required=True, help="The meeting's subject.")
@click.option(
    "--attendee", "attendees", multiple=True, help="A sip: address to invite (repeatable)."
)
@click.option(
    "--access-level",
    type=click.Choice(_access_levels()),
    help="Who may join without waiting in the lobby.",
)
@click.option(
    "--expires", callback=_expiry, help="When the meeting expires (ISO 8601 with a time zone)."
)
@sign_in_options
def meeting_create(
    sign_in: SignIn,
    subject: str,
    attendees: tuple[str, ...],
    access_level: str | None,
    expires: datetime | None,
    timeout: float,
    as_json: bool,
) -> None:
    """Create an online meeting and print its join URL."""

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        made = session.meetings.create(
            subject, attendees=attendees, access_level=access_level, expires=expires
        )
        emit(_meeting_data(made), [str(made.join_url)], as_json)

    run_operation(sign_in, "creating the meeting", operation)


@meeting.command("list")
@sign_in_options
def meeting_list(sign_in: SignIn, timeout: float, as_json: bool) -> None:
    """List the meetings you organize: id, join URL, subject."""

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        found = [_meeting_data(m) for m in session.meetings.list()]
        lines = [f"{m['id']}  {m['joinUrl']}  {m['subject']}" for m in found]
        emit({"meetings": found}, lines, as_json)

    run_operation(sign_in, "reading your meetings", operation)


@meeting.command("delete")
@click.argument("meeting_id")
@sign_in_options
def meeting_delete(sign_in: SignIn, meeting_id: str, timeout: float, as_json: bool) -> None:
    """Delete the meeting MEETING_ID (as `meeting list` shows it)."""

    def operation(session: UcwaSession, spinner: Spinner) -> None:
        found = [m for m in session.meetings.list() if m.online_meeting_id == meeting_id]
        if not found:
            raise MeetingNotFound(f"you organize no meeting {meeting_id}")
        session.meetings.delete(found[0])
        emit({"id": meeting_id, "deleted": True}, [f"deleted {meeting_id}"], as_json)

    run_operation(sign_in, f"deleting {meeting_id}", operation)


class MeetingNotFound(UcwaError):
    """No meeting of the user has the id given."""


if __name__ == "__main__":  # pragma: no cover - python -m ucwa_session.cli
    main(prog_name="ucwa")
