"""The ``ucwa`` command, end to end against the bundled server: click's runner in this
process, and the installed console script in a real subprocess."""

from __future__ import annotations

import contextlib
import io
import json
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from ucwa_runtime.auth import AuthenticationError

from ucwa_session import cli, cli_interrupt, cli_sign_in
from ucwa_session.cli_output import Spinner, error_line
from ucwa_session.subscription import ContactChange, Subscription
from ucwa_testing import UcwaServer

from ..readme_blocks import readme_blocks

UCWA = Path(sys.executable).parent / "ucwa"
NO_SIGN_IN_ENV = {
    name: None
    for name in (
        "UCWA_USER",
        "UCWA_DOMAIN",
        "UCWA_ROOT_URL",
        "UCWA_PASSWORD",
        "UCWA_PASSWORD_COMMAND",
    )
}


def ucwa(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(
        cli.main, list(args), prog_name="ucwa", env={**NO_SIGN_IN_ENV, **(env or {})}
    )


@pytest.fixture
def bundled(ucwa_server: UcwaServer, monkeypatch: pytest.MonkeyPatch) -> UcwaServer:
    """``--bundled`` uses the fixture's server (one server across commands, and its records
    checked at teardown) instead of starting one of its own."""
    monkeypatch.setattr(
        cli_sign_in, "start_bundled_server", lambda: contextlib.nullcontext(ucwa_server)
    )
    return ucwa_server


def sent_messages(server: UcwaServer) -> list[bytes]:
    return [
        r.body
        for r in server.requests
        if r.method == "POST" and r.path.endswith("/messaging/messages")
    ]


def test_send_to_the_echo_contact(bundled: UcwaServer) -> None:
    result = ucwa("send", "--bundled", "sip:echo@contoso.com", "hello")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        "delivered to sip:echo@contoso.com\n",
        "",
    )
    assert sent_messages(bundled) == [b"hello"]
    # the chat was ended and the application deleted on the way out
    assert [r.method for r in bundled.requests][-1] == "DELETE"


def test_send_html_as_json(bundled: UcwaServer) -> None:
    result = ucwa("send", "--bundled", "--json", "--html", "sip:echo@contoso.com", "<b>hi</b>")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"to": "sip:echo@contoso.com", "delivered": True}
    assert sent_messages(bundled) == [b"<b>hi</b>"]


@pytest.mark.ucwa_server(echo_answers=False)
def test_send_fails_in_one_line_when_nobody_accepts(bundled: UcwaServer) -> None:
    result = ucwa("send", "--bundled", "--timeout", "0.5", "sip:echo@contoso.com", "hello")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("ucwa: TimeoutError: ") and result.stderr.count("\n") == 1
    assert sent_messages(bundled) == []  # nothing sent, and the ringing invitation cancelled
    assert any(r.path.endswith("/messaging/terminate") for r in bundled.requests)


def test_search(bundled: UcwaServer) -> None:
    result = ucwa("search", "--bundled", "carol")
    assert result.exit_code == 0
    assert result.stdout == "Carol Chen <sip:carol@contoso.com>  Designer\n"
    limited = json.loads(ucwa("search", "--bundled", "--json", "--limit", "1", "c").stdout)
    assert limited["more"] is True
    assert [c["uri"] for c in limited["contacts"]] == ["sip:echo@contoso.com"]
    plain = ucwa("search", "--bundled", "--limit", "1", "c").stdout
    assert plain.endswith("(more results: give a longer query or a larger --limit)\n")


def test_the_timeout_bounds_every_request_of_the_session(
    bundled: UcwaServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not only send's waits: a search's (or meeting's) requests wait --timeout at most.
    timeouts: list[object] = []
    make_session = cli_sign_in.make_session

    def recording(*args: object, **kwargs: object) -> object:
        session = make_session(*args, **kwargs)  # type: ignore[arg-type]
        timeouts.append(session.client.timeout)
        return session

    monkeypatch.setattr(cli_sign_in, "make_session", recording)
    assert ucwa("search", "--bundled", "--timeout", "7.5", "carol").exit_code == 0
    assert ucwa("search", "--bundled", "--timeout", "70", "carol").exit_code == 0
    # each answer waits --timeout; connecting, the client's 10 s or less
    assert [(t.connect_timeout, t.read_timeout) for t in timeouts] == [(7.5, 7.5), (10.0, 70)]  # type: ignore[attr-defined]


def test_meeting_create_list_delete(bundled: UcwaServer) -> None:
    made = ucwa(
        "meeting", "create", "--bundled", "--subject", "Build review",
        "--attendee", "sip:bob@contoso.com", "--access-level", "Everyone",
        "--expires", "2030-01-31T17:00:00+01:00",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    join_url = made.stdout.strip()
    assert join_url.startswith("https://meet.contoso.com/alice/") and "\n" not in join_url
    listed = json.loads(ucwa("meeting", "list", "--bundled", "--json").stdout)["meetings"]
    assert [m["joinUrl"] for m in listed] == [join_url]
    meeting = listed[0]
    assert (meeting["subject"], meeting["accessLevel"], meeting["attendees"]) == (
        "Build review",
        "Everyone",
        ["sip:bob@contoso.com"],
    )
    expires = datetime.fromisoformat(meeting["expirationTime"])
    assert expires == datetime(2030, 1, 31, 16, tzinfo=UTC)
    deleted = ucwa("meeting", "delete", "--bundled", meeting["id"])
    assert (deleted.exit_code, deleted.stdout) == (0, f"deleted {meeting['id']}\n")
    assert ucwa("meeting", "list", "--bundled").stdout == ""
    again = ucwa("meeting", "delete", "--bundled", meeting["id"])
    assert again.exit_code == 1
    assert again.stderr == f"ucwa: MeetingNotFound: you organize no meeting {meeting['id']}\n"


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["send", "--bundled", "sip:echo@contoso.com"], "Missing argument 'MESSAGE'"),
        (["send", "--bundled", "bob@contoso.com", "hi"], "not sip: URIs: ['bob@contoso.com']"),
        (["send", "--password", "x", "sip:bob@contoso.com", "hi"], "No such option"),
        (["search", "--bundled", "--limit", "0", "carol"], "0 is not in the range 1<=x<=100"),
        (["meeting", "create", "--bundled"], "Missing option '--subject'"),
        (["meeting", "create", "--bundled", "--subject", "x", "--expires", "2030-01-01T09:00"],
         "give a time zone"),
        (["meeting", "create", "--bundled", "--subject", "x", "--access-level", "Anyone"],
         "'Anyone' is not one of"),
        (["send", "sip:bob@contoso.com", "hi"], "give --user (or set UCWA_USER)"),
        (["send", "--user", "alice@contoso.com", "sip:bob@contoso.com", "hi"], "no password"),
        (["send", "--user", "alice", "sip:bob@contoso.com", "hi"], "give --domain or --root-url"),
        (["send", "--user", "a@b", "--domain", "b", "--root-url", "https://b", "sip:c@b", "hi"],
         "not both"),
        (["presence", "--bundled", "set", "Sleeping"], "give one of Away, BeRightBack"),
        (["presence", "--bundled", "set"], "give one of"),
        (["presence", "--bundled", "--note", "x"], "--note goes with `presence set`"),
        (["presence", "--bundled", "bob"], "not sip: URIs: ['bob']"),
        (["watch", "--bundled", "sip:a@b", "carol"], "not sip: URIs: ['carol']"),
        (["watch", "--bundled"], "Missing argument 'WHO...'"),
        (["watch", "--bundled", "--for", "0", "sip:bob@contoso.com"], "not in the range x>0"),
    ],
)  # fmt: skip
def test_bad_usage_exits_2(args: list[str], complaint: str) -> None:
    # Without UCWA_PASSWORD for "no password" (and the runner's stdin is no terminal).
    result = ucwa(*args, env=None if "no password" in complaint else {"UCWA_PASSWORD": "x"})
    assert result.exit_code == 2
    assert complaint in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["send"],
        ["search"],
        ["meeting"],
        ["meeting", "create"],
        ["meeting", "list"],
        ["meeting", "delete"],
    ],
)
def test_help_everywhere(command: list[str]) -> None:
    result = ucwa(*command, "--help")
    assert result.exit_code == 0 and "Usage: ucwa" in result.stdout


def test_version() -> None:
    import ucwa as generated

    result = ucwa("--version")
    assert (result.exit_code, result.stdout) == (0, f"ucwa, version {generated.__version__}\n")


# -- signing in to a server of one's own: options, environment, password sources ----------


def test_sign_in_from_the_environment_with_the_password_from_a_variable(
    tls_server: UcwaServer, ca_file: str
) -> None:
    env = {
        "UCWA_USER": tls_server.username,
        "UCWA_ROOT_URL": tls_server.root_url,
        "UCWA_PASSWORD": tls_server.password,
    }
    result = ucwa("send", "--ca-certs", ca_file, tls_server.echo_uri, "from cron", env=env)
    assert (result.exit_code, result.stderr) == (0, "")
    assert sent_messages(tls_server) == [b"from cron"]


def test_sign_in_from_options_with_the_password_from_a_command(
    tls_server: UcwaServer, ca_file: str
) -> None:
    command = f"{sys.executable} -c \"print('{tls_server.password}')\""
    result = ucwa(
        "search", "--user", tls_server.username, "--root-url", tls_server.root_url,
        "--ca-certs", ca_file, "--password-command", command, "dave",
    )  # fmt: skip
    assert (result.exit_code, result.stdout) == (
        0,
        "Dave Diaz <sip:dave@contoso.com>  Manager\n",
    )


def test_a_wrong_password_fails_in_one_line(tls_server: UcwaServer, ca_file: str) -> None:
    tls_server.expect_violation("client_error_answered", status=400)
    env = {
        "UCWA_USER": tls_server.username,
        "UCWA_ROOT_URL": tls_server.root_url,
        "UCWA_PASSWORD": "wrong",
    }
    result = ucwa("search", "--ca-certs", ca_file, "dave", env=env)
    assert result.exit_code == 1
    assert result.stderr.startswith("ucwa: AuthenticationError: ")
    assert result.stderr.count("\n") == 1 and "wrong" not in result.stderr


def test_the_password_command_is_run_without_a_shell_and_its_failure_is_told() -> None:
    ok = cli_sign_in.SignIn(
        user="a@b", password_command=f"{sys.executable} -c \"print('s e;cret')\""
    )
    assert cli_sign_in.password_source(ok, {})() == "s e;cret"
    failing = cli_sign_in.SignIn(user="a@b", password_command=f'{sys.executable} -c "exit(3)"')
    with pytest.raises(AuthenticationError, match="failed \\(exit 3\\)"):
        cli_sign_in.password_source(failing, {})()
    silent = cli_sign_in.SignIn(user="a@b", password_command=f'{sys.executable} -c "0"')
    with pytest.raises(AuthenticationError, match="printed no password"):
        cli_sign_in.password_source(silent, {})()


# -- output ---------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_spinner_draws_on_a_terminal_only() -> None:
    terminal, pipe = Terminal(), io.StringIO()
    spinner = Spinner(terminal)
    with spinner.running():
        spinner.say("signing in")
        deadline = time.monotonic() + 10  # a frame comes every 0.1 s, on a thread of its own
        while "| signing in" not in terminal.getvalue() and time.monotonic() < deadline:
            time.sleep(0.02)
    assert "| signing in" in terminal.getvalue() and terminal.getvalue().endswith("\r\x1b[K")
    silent = Spinner(pipe)
    with silent.running():
        silent.say("signing in")
        assert silent._thread is None  # nothing that could draw
    assert pipe.getvalue() == ""


def test_an_error_is_one_line() -> None:
    assert error_line(ValueError("first\nsecond")) == "ucwa: ValueError: first"
    assert error_line(TimeoutError()) == "ucwa: TimeoutError"


# -- the installed command, in a real process -----------------------------------------------


def run_ucwa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(UCWA), *args], capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip


def test_the_installed_command_sends_to_the_bundled_echo_contact() -> None:
    done = run_ucwa("send", "--bundled", "sip:echo@contoso.com", "hello")
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "delivered to sip:echo@contoso.com\n",
        "",
    )
    made = run_ucwa("meeting", "create", "--bundled", "--json", "--subject", "Standup")
    assert made.returncode == 0 and json.loads(made.stdout)["subject"] == "Standup"


def test_the_installed_command_exits_2_on_bad_usage_and_1_on_failure() -> None:
    usage = run_ucwa("send", "--bundled", "sip:echo@contoso.com")
    assert usage.returncode == 2 and "Missing argument" in usage.stderr
    failed = run_ucwa("meeting", "delete", "--bundled", "NOSUCHID")
    assert (failed.returncode, failed.stdout) == (1, "")
    assert failed.stderr == "ucwa: MeetingNotFound: you organize no meeting NOSUCHID\n"


def readme_commands() -> list[tuple[list[str], str]]:
    """The README's ``ucwa`` lines: (arguments, what the comment says it prints, up to ...)."""
    commands = []
    for line in readme_blocks("tested")["cli"].splitlines():
        command, _, comment = line.partition("  # ")
        args = shlex.split(command)
        assert args[0] == "ucwa"
        commands.append((args[1:], comment.strip().split("...", 1)[0].strip()))
    return commands


@pytest.mark.parametrize(("args", "prints"), readme_commands())
def test_the_readme_commands_run(bundled: UcwaServer, args: list[str], prints: str) -> None:
    result = ucwa(*args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith(prints)


def test_a_command_leaves_the_ucwa_logger_as_it_was(bundled: UcwaServer) -> None:
    import logging

    logger = logging.getLogger("ucwa")
    before = (list(logger.handlers), logger.level, logger.propagate)
    verbose = ucwa("search", "--bundled", "-v", "carol")
    assert verbose.exit_code == 0 and "ucwa: GET " in verbose.stderr
    assert ucwa("search", "--bundled", "carol").stderr == ""
    assert (list(logger.handlers), logger.level, logger.propagate) == before


# -- presence and watch ---------------------------------------------------------------------


def test_presence_mine_and_others(bundled: UcwaServer) -> None:
    mine = ucwa("presence", "--bundled")
    assert (mine.exit_code, mine.stdout) == (0, "me  Online\n")
    # Made available first: before, a real server's me has no presence link (capture 007,
    # tests/session/test_real_shapes.py).
    sent = [(r.method, r.path.rsplit("/", 1)[-1]) for r in bundled.requests]
    assert sent.index(("POST", "makeMeAvailable")) < sent.index(("GET", "presence"))
    theirs = ucwa("presence", "--bundled", "--json", "sip:bob@contoso.com", "sip:carol@contoso.com")
    assert theirs.exit_code == 0, theirs.stderr
    assert json.loads(theirs.stdout)["presence"] == [
        {"uri": "sip:bob@contoso.com", "availability": "Busy", "activity": "InACall"},
        {"uri": "sip:carol@contoso.com", "availability": "Away", "activity": "Away"},
    ]


def test_presence_set(bundled: UcwaServer) -> None:
    result = ucwa("presence", "--bundled", "set", "BeRightBack", "--note", "lunch")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "now BeRightBack\n", "")
    published = [
        r.body
        for r in bundled.requests
        if r.method == "POST" and r.path.endswith(("/presence", "/note"))
    ]
    assert [json.loads(body) for body in published] == [
        {"availability": "BeRightBack"},
        {"message": "lunch"},
    ]


def test_watch_prints_each_change_until_its_time_is_up(bundled: UcwaServer) -> None:
    def change_when_subscribed() -> None:
        deadline = time.monotonic() + 10
        while not bundled.state.people.subscriptions and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # past what the subscription itself brings
        bundled.change_contact("sip:carol@contoso.com", availability="DoNotDisturb")
        bundled.change_contact("sip:carol@contoso.com", note="deep in a review")

    changer = threading.Thread(target=change_when_subscribed)
    changer.start()
    started = time.monotonic()
    # --for counts from sign-in; 3 s leave a slow machine time to subscribe and be changed.
    result = ucwa("watch", "--bundled", "--json", "--for", "3", "sip:carol@contoso.com")
    changer.join()
    assert result.exit_code == 0, result.stderr
    assert 3 <= time.monotonic() - started < 12
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"uri": "sip:carol@contoso.com", "kind": "presence", "value": "DoNotDisturb"} in lines
    assert lines[-1] == {
        "uri": "sip:carol@contoso.com",
        "kind": "note",
        "value": "deep in a review",
    }
    # the subscription was deleted on the way out
    assert any(r.method == "DELETE" and "presenceSubscriptions" in r.path for r in bundled.requests)


@pytest.fixture
def python_sigint() -> Iterator[None]:
    """SIGINT raises KeyboardInterrupt, as in a command started from a terminal (whatever
    the test run was started with), and is handled as before after the test."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_while_watching_ends_it_after_the_wait_under_way(
    bundled: UcwaServer, monkeypatch: pytest.MonkeyPatch, python_sigint: None
) -> None:
    # Raised inside a wait, a KeyboardInterrupt can leave the subscription's lock released
    # or taken (cli_interrupt): Ctrl-C must let the wait finish, then end the watch.
    started: list[float] = []
    finished: list[ContactChange | None] = []
    interrupted_at: list[int] = []
    next_change = Subscription.next_change

    def next_change_interrupted(self: Subscription, timeout: float) -> ContactChange | None:
        started.append(timeout)
        if not interrupted_at and any(finished):  # watching: the first change was printed
            interrupted_at.append(len(started))
            signal.raise_signal(signal.SIGINT)
        finished.append(next_change(self, timeout))
        return finished[-1]

    monkeypatch.setattr(Subscription, "next_change", next_change_interrupted)
    result = ucwa("watch", "--bundled", "--for", "30", "sip:bob@contoso.com")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0,
        "sip:bob@contoso.com  presence  Busy\n",
        "",
    )
    # the wait under way finished, and none began after it
    assert interrupted_at == [len(started)] and len(finished) == len(started)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back
    deleted = [r.path for r in bundled.requests if r.method == "DELETE"]
    assert any("presenceSubscriptions" in path for path in deleted)
    assert bundled.applications() == []  # signed out


def test_an_ignored_sigint_stays_ignored_while_watching() -> None:
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # as in a job started with &
    try:
        with cli_interrupt.noting_interrupt() as interrupt:
            assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
            signal.raise_signal(signal.SIGINT)
        assert not interrupt.received
    finally:
        signal.signal(signal.SIGINT, previous)


def test_the_installed_watch_ends_with_exit_0_when_interrupted() -> None:
    watching = subprocess.Popen(
        [str(UCWA), "watch", "--bundled", "sip:bob@contoso.com"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    # readline has no timeout of its own: a watch that never prints is killed, and fails.
    deadline = threading.Timer(60, watching.kill)
    deadline.start()
    try:
        assert watching.stdout is not None
        first = watching.stdout.readline()  # the state the subscription brings: watching now
        assert first == "sip:bob@contoso.com  presence  Busy\n"
        watching.send_signal(signal.SIGINT)
        out, err = watching.communicate(timeout=60)
    finally:
        deadline.cancel()
        watching.kill()
    assert (watching.returncode, out, err) == (0, "", "")
