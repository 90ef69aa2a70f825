"""The console entry point answers an up-to-date ``generate`` before click is imported, and
leaves everything else to the full command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ucwa_codegen import entry, stamp
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
    a_while_ago = widget.stat().st_mtime_ns - 10**10  # not too recent to trust: see below
    os.utime(widget, ns=(a_while_ago, a_while_ago))
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


def _is_current(args: list[str]) -> bool:
    """What cli.py's own check (Pipeline.is_current, which compares bytes) says of ``args``."""
    from ucwa_codegen.pipeline import Pipeline, cache_for

    folders = entry._folders(args)
    assert folders is not None
    out = Path(folders["--out"])
    cache = cache_for(out, Path(folders["--cache-dir"]))
    return Pipeline(Path(folders["--definitions"]), TEMPLATES, cache).is_current(out)


def test_another_python_or_package_version_is_not_up_to_date(
    generated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert entry.answered(generated) and _is_current(generated)
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert not entry.answered(generated) and not _is_current(generated)
    monkeypatch.undo()
    ruff = stamp._package_folder("ruff")
    assert ruff is not None
    real = stamp._identity

    def reinstalled(path: str) -> str:  # what a new ruff's files would say
        return real(path) + ("new" if path.startswith(ruff) else "")

    monkeypatch.setattr(stamp, "_identity", reinstalled)
    assert not entry.answered(generated) and not _is_current(generated)


def test_a_change_to_the_runtime_is_not_up_to_date(
    generated: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # reserved.py reads the names generated code must not take from the runtime's sources:
    # a method added to its Resource changes what a property of that name is called.
    runtime = stamp._package_folder("ucwa_runtime")
    assert runtime is not None
    copy = tmp_path / "runtime"
    shutil.copytree(runtime, copy, ignore=shutil.ignore_patterns("__pycache__"))
    real = stamp._package_folder
    monkeypatch.setattr(
        stamp, "_package_folder", lambda name: str(copy) if name == "ucwa_runtime" else real(name)
    )
    assert ucwa_gen(*generated).stdout.endswith("is up to date.\n")  # the same bytes
    assert entry.answered(generated) and _is_current(generated)
    model = copy / "model.py"
    model.write_text(model.read_text() + "\n# a new line\n")
    assert not entry.answered(generated) and not _is_current(generated)


def test_a_file_moved_from_one_input_folder_to_another_is_a_change(tmp_path: Path) -> None:
    definitions, templates = tmp_path / "definitions", tmp_path / "templates"
    (definitions / "resources").mkdir(parents=True)
    (templates / "resources").mkdir(parents=True)
    (definitions / "resources" / "a.yaml").write_text("resource: a\n")
    before = stamp.input_stats(definitions, templates), stamp.fingerprint(definitions, templates)
    os.rename(definitions / "resources" / "a.yaml", templates / "resources" / "a.yaml")
    after = stamp.input_stats(definitions, templates), stamp.fingerprint(definitions, templates)
    assert before[0] != after[0] and before[1] != after[1]


def test_an_output_changed_right_after_the_swap_is_not_up_to_date(
    generated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ucwa_codegen import write

    out = Path(generated[generated.index("--out") + 1])
    typed = out / "ucwa" / "py.typed"
    swap = write._swap

    def swap_then_edit(staging: Path, target: Path) -> None:
        swap(staging, target)  # an editor or another run, before this run records its stamp
        typed.write_text("edited\n")

    monkeypatch.setattr(write, "_swap", swap_then_edit)
    (out / "ucwa" / "__init__.py").unlink()  # force a run
    assert ucwa_gen(*generated).stdout.startswith("wrote")
    monkeypatch.undo()
    assert not entry.answered(generated) and not _is_current(generated)
    assert ucwa_gen(*generated).stdout.startswith("wrote")
    assert entry.answered(generated) and typed.read_text() != "edited\n"


def test_an_input_rewritten_in_the_clock_tick_it_was_read_in_is_not_up_to_date(
    generated: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ucwa_codegen import load

    widget = Path(generated[2]) / "resources" / "widget.yaml"
    os.utime(widget)  # written just now
    monkeypatch.setattr(stamp, "_RACY_NS", 10**12)  # however slow this run is
    real_load = load.load_file
    text = widget.read_text()

    def load_then_rewrite(path: Path, *args: object, **kwargs: object) -> object:
        loaded = real_load(path, *args, **kwargs)  # type: ignore[arg-type]
        if path == widget and widget.read_text() == text:
            times = widget.stat().st_atime_ns, widget.stat().st_mtime_ns
            edited = text.replace("What the widget is called", "What the wodget is called")
            assert len(edited) == len(text) and edited != text
            widget.write_text(edited)
            os.utime(widget, ns=times)  # the same size, in the same tick
        return loaded

    monkeypatch.setattr(load, "load_file", load_then_rewrite)
    (Path(generated[generated.index("--out") + 1]) / "ucwa" / "py.typed").unlink()
    assert ucwa_gen(*generated).stdout.startswith("wrote")  # built from the text as read
    monkeypatch.undo()
    assert not entry.answered(generated) and not _is_current(generated)
    a_while_ago = widget.stat().st_mtime_ns - 10**10  # however fast this test ran
    os.utime(widget, ns=(a_while_ago, a_while_ago))
    assert ucwa_gen(*generated).stdout.startswith("wrote")  # the rewrite is built
    assert entry.answered(generated)
