"""The out folder changes all at once or not at all: a failed or killed run leaves it as it was.

The kill test runs the real generator in a subprocess whose ``Path.write_bytes`` (or
``os.replace``) ends the process with ``os._exit`` part-way, as a crash or ``kill -9`` would:
no cleanup code runs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .support import (
    DEFINITIONS,
    MINIMAL_DEFINITIONS,
    TEMPLATES,
    Tree,
    copy_minimal,
    files_of,
    generate,
    read_tree,
    ucwa_gen,
)

TEMP_PREFIX = ".ucwa-gen-"
KILLED = 86

# argv: out folder, what to patch, how many calls to let through (for exchange-then-exit: the
# index of the entry, in name order, after whose swap to exit), then ucwa-gen's args.
_KILL_AFTER = """
import os, pathlib, sys
out, what, allowed = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2], int(sys.argv[3])
calls = 0
def count(target):
    global calls
    if out in pathlib.Path(target).resolve().parents:
        calls += 1
        if calls > allowed:
            os._exit(86)
if what == "exchange":
    import ucwa_codegen.write as write
    exchange = write._exchange
    def patched_exchange(first, second):
        count(second)
        return exchange(first, second)
    write._exchange = patched_exchange
elif what == "exchange-then-exit":  # after the swap of the entry named by `allowed`
    import ucwa_codegen.write as write
    exchange = write._exchange
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith(".ucwa-gen-"))
    def exchange_and_die(first, second):
        swapped = exchange(first, second)
        if pathlib.Path(second).name == names[allowed]:
            os._exit(86)
        return swapped
    write._exchange = exchange_and_die
elif what == "write":
    write_bytes = pathlib.Path.write_bytes
    def patched_write(self, data):
        count(self)
        return write_bytes(self, data)
    pathlib.Path.write_bytes = patched_write
else:
    replace = os.replace
    def patched_replace(src, dst, **kwargs):
        count(dst)
        return replace(src, dst, **kwargs)
    os.replace = patched_replace
from ucwa_codegen.cli import main
main(sys.argv[4:], prog_name="ucwa-gen")
"""


def without_leftovers(tree: Tree) -> Tree:
    return {path: data for path, data in tree.items() if not path.startswith(TEMP_PREFIX)}


def run_killed(out: Path, what: str, allowed: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            _KILL_AFTER,
            str(out),
            what,
            str(allowed),
            "generate",
            "--definitions",
            str(DEFINITIONS),
            "--templates",
            str(TEMPLATES),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, Tree]:
    """An out folder generated from the minimal fixture, and a snapshot of it."""
    out = tmp_path / "out"
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0
    (out / "sentinel.txt").write_text("the user's own file\n")
    return out, read_tree(out)


def test_failed_generate_leaves_previous_output_identical(
    tmp_path: Path, previous: tuple[Path, Tree]
) -> None:
    out, before = previous
    defs = copy_minimal(tmp_path / "definitions")
    widget = defs / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("type: Color", "type: Colour"))
    run = generate(defs, out)
    assert run.exit_code == 2
    assert "type 'Colour' is neither" in run.stderr
    assert read_tree(out) == before


@pytest.mark.parametrize("allowed", [0, 5])
def test_generate_killed_while_writing_leaves_previous_output(
    previous: tuple[Path, Tree], allowed: int
) -> None:
    out, before = previous
    killed = run_killed(out, "write", allowed)
    assert killed.returncode == KILLED, killed.stderr
    after = read_tree(out)
    # The half-written staging folder is all that is new, and it is hidden.
    assert any(path.startswith(TEMP_PREFIX) for path in after)
    assert without_leftovers(after) == before
    # The next run succeeds, clears the leftovers and writes the real package.
    run = ucwa_gen("generate", "--definitions", DEFINITIONS, "--templates", TEMPLATES, "--out", out)
    assert run.exit_code == 0, run.stderr
    after = read_tree(out)
    assert not any(path.startswith(TEMP_PREFIX) for path in after)
    assert after["sentinel.txt"] == before["sentinel.txt"]
    assert "ucwa/resources/conversation_log.py" in files_of(after)
    check = ucwa_gen("check", "--definitions", DEFINITIONS, "--templates", TEMPLATES, "--out", out)
    assert check.exit_code == 0, check.stdout


def test_generate_killed_at_the_swap_leaves_the_previous_output(
    previous: tuple[Path, Tree],
) -> None:
    out, before = previous
    killed = run_killed(out, "exchange", 0)  # just before the one-step swap
    assert killed.returncode == KILLED, killed.stderr
    assert without_leftovers(read_tree(out)) == before


def _entries(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if not p.name.startswith(TEMP_PREFIX))


def test_generate_killed_just_after_the_last_swap_leaves_the_whole_new_output(
    previous: tuple[Path, Tree],
) -> None:
    out, _ = previous
    # Patch the package's swap, the last, to end the process right after it: no cleanup.
    killed = run_killed(out, "exchange-then-exit", _entries(out).index("ucwa"))
    assert killed.returncode == KILLED, killed.stderr
    check = ucwa_gen("check", "--definitions", DEFINITIONS, "--templates", TEMPLATES, "--out", out)
    assert check.exit_code == 0, check.stdout


def test_generate_killed_between_swaps_leaves_the_whole_old_package(
    previous: tuple[Path, Tree],
) -> None:
    out, before = previous
    killed = run_killed(out, "exchange-then-exit", _entries(out).index("docs"))
    assert killed.returncode == KILLED, killed.stderr
    after = without_leftovers(read_tree(out))
    package = {path: data for path, data in before.items() if path.startswith("ucwa/")}
    assert {path: data for path, data in after.items() if path.startswith("ucwa/")} == package
    assert after["docs/index.md"] != before["docs/index.md"]  # the docs are the new ones
    args = ("--definitions", DEFINITIONS, "--templates", TEMPLATES, "--out", out)
    assert ucwa_gen("check", *args).exit_code == 1  # the mix is reported...
    assert ucwa_gen("generate", *args).exit_code == 0  # ...and the next run completes it
    assert ucwa_gen("check", *args).exit_code == 0


def test_a_run_killed_between_fallback_renames_is_repaired_by_the_next(
    tmp_path: Path, previous: tuple[Path, Tree]
) -> None:
    out, before = previous
    # What the two-rename fallback leaves when killed between its renames.
    (out / "ucwa").rename(out / f"{TEMP_PREFIX}old-ucwa")
    defs = copy_minimal(tmp_path / "definitions")
    (defs / "resources" / "widget.yaml").write_text("resource: [\n")
    assert generate(defs, out).exit_code == 2  # a failing run changes nothing...
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0  # ...a good one repairs first
    assert without_leftovers(read_tree(out)) == before
