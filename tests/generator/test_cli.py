"""ucwa-gen's conventions: --help and --version, exit codes, and terminal-only decoration.

On a terminal (standard error is a TTY) ``generate`` and ``check`` draw a progress bar and
errors are red; anywhere else the output is plain text with no escape sequences and no
progress lines; NO_COLOR turns colour off even on a terminal.
"""

from __future__ import annotations

import errno
import os
import pty
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from ucwa_codegen import __version__
from ucwa_codegen.cli import main
from ucwa_codegen.defaults import default_templates

from .support import BIN, MINIMAL_DEFINITIONS, TEMPLATES, copy_minimal, ucwa_gen

ESC = "\x1b"
RED = "\x1b[31m"


def _broken_definitions(tmp_path: Path) -> Path:
    defs = copy_minimal(tmp_path / "definitions")
    gadget = defs / "resources" / "gadget.yaml"
    gadget.write_text(gadget.read_text().replace("type: string", "type: Nonesuch", 1))
    return defs


def _args(command: str, definitions: Path, out: Path) -> list[str]:
    folders = ["--definitions", str(definitions), "--templates", str(TEMPLATES), "--out", str(out)]
    return [command, *folders, "--no-cache"]


@pytest.mark.parametrize("command", [None, *sorted(main.commands)])
def test_every_command_has_help(command: str | None) -> None:
    run = ucwa_gen(*([command] if command else []), "--help")
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("Usage: ")
    assert "--help" in run.stdout


def test_main_help_documents_the_exit_codes() -> None:
    text = " ".join(ucwa_gen("--help").stdout.split())
    assert "Exit status: 0 success; 1 `check` found generated files out of date; 2 bad" in text
    assert "NO_COLOR" in text


def test_version() -> None:
    run = ucwa_gen("--version")
    assert run.exit_code == 0
    assert run.stdout == f"ucwa-gen, version {__version__}\n"


def test_usage_errors_exit_2() -> None:
    run = ucwa_gen("generate", "--no-such-option")
    assert run.exit_code == 2
    assert "No such option" in run.stderr


@pytest.mark.parametrize("command", ["generate", "check"])
def test_off_a_terminal_output_is_plain_and_has_no_progress(tmp_path: Path, command: str) -> None:
    out = tmp_path / "out"
    if command == "check":
        assert ucwa_gen(*_args("generate", MINIMAL_DEFINITIONS, out)).exit_code == 0
    run = ucwa_gen(*_args(command, MINIMAL_DEFINITIONS, out))
    assert run.exit_code == 0
    assert run.stderr == ""  # no progress bar, not even its label
    assert ESC not in run.stdout
    failed = ucwa_gen(*_args(command, _broken_definitions(tmp_path), out))
    assert failed.exit_code == 2
    assert "Nonesuch" in failed.stderr
    assert ESC not in failed.stderr + failed.stdout


def test_errors_are_red_when_colour_is_on(tmp_path: Path) -> None:
    args = _args("generate", _broken_definitions(tmp_path), tmp_path / "out")
    result = CliRunner().invoke(main, args, color=True, env={"NO_COLOR": None})
    assert result.exit_code == 2
    assert all(line.startswith(RED) for line in result.stderr.splitlines()), result.stderr


def test_no_color_wins_over_a_terminal(tmp_path: Path) -> None:
    args = _args("generate", _broken_definitions(tmp_path), tmp_path / "out")
    result = CliRunner().invoke(main, args, color=True, env={"NO_COLOR": "1"})
    assert result.exit_code == 2
    assert "Nonesuch" in result.stderr and ESC not in result.stderr


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run the installed ucwa-gen with standard error on a pseudo-terminal."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [str(BIN / "ucwa-gen"), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    terminal = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError as exc:  # EIO: the child closed the terminal
            assert exc.errno == errno.EIO
            break
        if not chunk:
            break
        terminal += chunk
    os.close(leader)
    assert process.stdout is not None
    stdout = process.stdout.read().decode()
    return process.wait(), stdout, terminal.decode()


@pytest.fixture
def terminal_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "NO_COLOR"}


def test_a_terminal_gets_a_progress_bar(tmp_path: Path, terminal_env: dict[str, str]) -> None:
    out = tmp_path / "out"
    code, stdout, terminal = _run_on_a_terminal(
        _args("generate", MINIMAL_DEFINITIONS, out), terminal_env
    )
    assert code == 0, terminal
    assert stdout.startswith("wrote ")
    for stage in ("loading definitions", "rendering", "formatting", "writing"):
        assert stage in terminal
    assert "4/4" in terminal and "[####" in terminal
    code, stdout, terminal = _run_on_a_terminal(
        _args("check", MINIMAL_DEFINITIONS, out), terminal_env
    )
    assert code == 0 and "comparing" in terminal and "4/4" in terminal


def test_a_terminal_gets_red_errors_on_a_clean_line(
    tmp_path: Path, terminal_env: dict[str, str]
) -> None:
    args = _args("generate", _broken_definitions(tmp_path), tmp_path / "out")
    code, _, terminal = _run_on_a_terminal(args, terminal_env)
    assert code == 2
    bar, erased, errors = terminal.partition("\r\x1b[K\x1b[?25h")
    assert "loading definitions" in bar and erased
    assert errors.startswith(RED) and "Nonesuch" in errors
    code, _, terminal = _run_on_a_terminal(args, {**terminal_env, "NO_COLOR": "1"})
    assert code == 2 and "Nonesuch" in terminal and RED not in terminal


def test_default_templates_outside_a_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # In a checkout, ./templates; elsewhere the installed copy (for this editable install,
    # the checkout's own; tests/test_dist.py covers a wheel's).
    monkeypatch.chdir(TEMPLATES.parent)
    assert default_templates() == Path("templates")
    monkeypatch.chdir(tmp_path)
    assert default_templates() == TEMPLATES
