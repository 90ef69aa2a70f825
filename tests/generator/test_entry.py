"""The console entry point answers an up-to-date ``generate`` before click is imported, and
leaves everything else to the full command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ucwa_codegen import entry
from ucwa_codegen.defaults import CACHE_DIR_ENV

from .support import TEMPLATES, copy_minimal, ucwa_gen


@pytest.fixture
def generated(tmp_path: Path) -> list[str]:
    """The arguments of a ``generate`` whose output and stamp are in place."""
    definitions = copy_minimal(tmp_path / "definitions")
    args = ["generate", "--definitions", str(definitions), "--templates", str(TEMPLATES)]
    args += ["--out", str(tmp_path / "out"), f"--cache-dir={tmp_path / 'cache'}"]
    assert ucwa_gen(*args).stdout.startswith("wrote")
    return args


def test_nothing_changed_is_answered_without_click_jinja2_or_yaml(generated: list[str]) -> None:
    code = (
        "import sys\n"
        "from ucwa_codegen import entry\n"
        f"sys.argv = ['ucwa-gen', *{generated!r}]\n"
        "entry.main()\n"
        "print(sorted({'click', 'jinja2', 'yaml', 'ucwa_codegen.cli'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    out = generated[generated.index("--out") + 1]
    assert result.stdout == f"{out} is up to date.\n[]\n"


def test_a_changed_input_or_output_goes_to_the_command_line(
    generated: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert entry.answered(generated)
    widget = Path(generated[2]) / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. ", 1))
    assert not entry.answered(generated)
    assert ucwa_gen(*generated).stdout.startswith("wrote")
    assert entry.answered(generated)
    (Path(generated[generated.index("--out") + 1]) / "ucwa" / "py.typed").unlink()
    assert not entry.answered(generated)
    assert capsys.readouterr().out.count("is up to date.") == 2


def test_the_cache_folder_comes_from_the_environment_as_in_click(
    generated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = generated.pop()  # --cache-dir=...
    assert not entry.answered(generated)  # the default cache folder has no stamp of it
    monkeypatch.setenv(CACHE_DIR_ENV, cache.partition("=")[2])
    assert entry.answered(generated)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["check"],
        ["--version"],
        ["generate", "--help"],
        ["generate", "--no-cache"],
        ["generate", "--out"],
        ["generate", "--out", "--no-cache"],
        ["generate", "--out="],
        ["generate", "--out", "a", "--out", "b"],
        ["generate", "--output", "a"],
        ["generate", "extra"],
    ],
)
def test_anything_but_generate_with_folder_options_is_left_to_click(args: list[str]) -> None:
    assert not entry.answered(args)


def test_the_folder_options_are_read_in_both_spellings() -> None:
    assert entry._folders(["generate", "--out=o", "--definitions", "d"]) == {
        "--out": "o",
        "--definitions": "d",
    }
