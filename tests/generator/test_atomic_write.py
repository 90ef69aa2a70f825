"""The out folder changes all at once or not at all: a failed or killed run leaves it as it was.

The kill tests run the real generator in a subprocess in which one call that ``write_tree``
makes on the output (a file written or linked, the swap, a rename, the removal of the old
copy) ends the process with ``os._exit``, before or after the call, or part-way through the
removal, as a crash or ``kill -9`` would: no cleanup code runs. Whatever the point, the out
folder is whole, the previous output or the new one, its foreign files (the user's, pip's) kept;
at most a hidden sibling folder is left, which the next run removes.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from .support import (
    BIN,
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

KILLED = 86

# argv: out folder, the function to patch ("module:attribute"), when to die ("before",
# "after" or, for a removal, "during"), at which call (counting only calls on the out folder or
# its temporary siblings), whether renameat2 is available ("exchange" or "no-exchange"), then
# ucwa-gen's arguments.
_KILL_AT = """
import importlib, os, pathlib, sys
out, spec, when, at, exchange = sys.argv[1:6]
out, at = pathlib.Path(out).resolve(), int(at)
prefix = "." + out.name + ".ucwa-gen-"
def related(arg):
    if not isinstance(arg, (str, bytes, os.PathLike)):
        return False
    parts = pathlib.Path(os.fsdecode(arg)).absolute().parts
    top = out.parent.parts
    if parts[: len(top)] != top or len(parts) == len(top):
        return False
    name = parts[len(top)]
    return name == out.name or name.startswith(prefix)
import ucwa_codegen.write as write
if exchange == "no-exchange":
    write._exchange = lambda first, second: False
module_name, attribute = spec.split(":")
owner = importlib.import_module(module_name)
*path, name = attribute.split(".")
for part in path:
    owner = getattr(owner, part)
original = getattr(owner, name)
calls = 0
def patched(*args, **kwargs):
    global calls
    if any(related(arg) for arg in args[:2]):
        calls += 1
        if calls == at:
            if when == "before":
                os._exit(86)
            if when == "during":  # remove half of the files, then die
                files = sorted(p for p in pathlib.Path(args[0]).rglob("*") if p.is_file())
                for file in files[: len(files) // 2]:
                    file.unlink()
                os._exit(86)
            original(*args, **kwargs)
            os._exit(86)
    return original(*args, **kwargs)
setattr(owner, name, patched)
from ucwa_codegen.cli import main
main(sys.argv[6:], prog_name="ucwa-gen")
"""

ARGS = ("--definitions", DEFINITIONS, "--templates", TEMPLATES)


def run_killed(
    out: Path, spec: str, when: str, at: int, exchange: bool
) -> subprocess.CompletedProcess[str]:
    mode = "exchange" if exchange else "no-exchange"
    patch = (spec, when, str(at), mode)
    generate_args = ("generate", *map(str, ARGS), "--out", str(out), "--no-cache")
    return subprocess.run(
        [sys.executable, "-c", _KILL_AT, str(out), *patch, *generate_args],
        capture_output=True,
        text=True,
        check=False,
    )


def temp_prefix(out: Path) -> str:
    return f".{out.name}.ucwa-gen-"


def strays(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


FOREIGN = ("sentinel.txt", "ucwa.egg-info", "ucwa.egg-info/PKG-INFO", "latest")


def foreign(tree: Tree) -> Tree:
    return {path: data for path, data in tree.items() if path in FOREIGN}


def add_foreign(out: Path) -> None:
    """What is not the generator's: a user's file, pip's egg-info folder, a symbolic link."""
    (out / "sentinel.txt").write_text("the user's own file\n")
    (out / "ucwa.egg-info").mkdir()
    (out / "ucwa.egg-info" / "PKG-INFO").write_text("Name: ucwa\n")
    (out / "latest").symlink_to("sentinel.txt")


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, Tree]:
    """An out folder (alone in its parent) generated from the minimal fixture, and its snapshot."""
    out = tmp_path / "parent" / "out"
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0
    add_foreign(out)
    return out, read_tree(out)


@dataclass(frozen=True)
class KillPoint:
    id: str
    spec: str
    when: str
    at: int
    exchange: bool
    leaves: str  # "old", "new", or "parked" (the fallback's old output beside a missing out)


KILL_POINTS = [
    KillPoint("first-write", "pathlib:Path.write_bytes", "before", 1, True, "old"),
    KillPoint("sixth-write", "pathlib:Path.write_bytes", "before", 6, True, "old"),
    KillPoint("first-link", "os:link", "before", 1, True, "old"),
    KillPoint("after-third-link", "os:link", "after", 3, True, "old"),
    KillPoint("before-swap", "ucwa_codegen.write:_exchange", "before", 1, True, "old"),
    KillPoint("after-swap", "ucwa_codegen.write:_exchange", "after", 1, True, "new"),
    KillPoint("removing-old", "shutil:rmtree", "during", 1, True, "new"),
    KillPoint("fallback-before-renames", "os:rename", "before", 1, False, "old"),
    KillPoint("fallback-between-renames", "os:rename", "after", 1, False, "parked"),
    KillPoint("fallback-after-renames", "os:rename", "after", 2, False, "new"),
    KillPoint("fallback-removing-old", "shutil:rmtree", "during", 1, False, "new"),
]


def assert_complete_new(out: Path, before: Tree) -> None:
    check = ucwa_gen("check", *ARGS, "--out", out)
    assert check.exit_code == 0, check.stdout
    after = read_tree(out)
    assert foreign(after) == foreign(before)
    assert (out / "latest").is_symlink()
    assert not [path for path in after if ".ucwa-gen-" in path]


@pytest.mark.parametrize("point", KILL_POINTS, ids=[p.id for p in KILL_POINTS])
def test_a_run_killed_at_any_point_leaves_old_or_new_output_whole(
    previous: tuple[Path, Tree], point: KillPoint
) -> None:
    out, before = previous
    killed = run_killed(out, point.spec, point.when, point.at, point.exchange)
    assert killed.returncode == KILLED, killed.stdout + killed.stderr
    assert all(name.startswith(temp_prefix(out)) for name in strays(out)), strays(out)
    if point.leaves == "old":
        assert read_tree(out) == before
    elif point.leaves == "new":
        assert_complete_new(out, before)
    else:  # the two-rename fallback, killed between its renames: the old output is parked
        assert not out.exists()
        assert read_tree(out.with_name(f"{temp_prefix(out)}old")) == before
    # The next run clears the leftovers (putting a parked output back first) and writes.
    run = ucwa_gen("generate", *ARGS, "--out", out)
    assert run.exit_code == 0, run.stderr
    assert strays(out) == []
    assert_complete_new(out, before)


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_first_run_killed_at_its_rename_leaves_nothing_or_everything(
    tmp_path: Path, when: str
) -> None:
    out = tmp_path / "parent" / "out"
    killed = run_killed(out, "os:rename", when, 1, True)
    assert killed.returncode == KILLED, killed.stdout + killed.stderr
    if when == "before":
        assert not out.exists()
    else:
        check = ucwa_gen("check", *ARGS, "--out", out)
        assert check.exit_code == 0, check.stdout
    assert ucwa_gen("generate", *ARGS, "--out", out).exit_code == 0
    assert strays(out) == []


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
    assert strays(out) == []


def test_a_failing_run_does_not_touch_a_parked_output(
    tmp_path: Path, previous: tuple[Path, Tree]
) -> None:
    out, before = previous
    parked = out.with_name(f"{temp_prefix(out)}old")
    out.rename(parked)  # what the fallback leaves when killed between its renames
    defs = copy_minimal(tmp_path / "definitions")
    (defs / "resources" / "widget.yaml").write_text("resource: [\n")
    assert generate(defs, out).exit_code == 2  # a failing run changes nothing...
    assert not out.exists()
    assert read_tree(parked) == before
    assert generate(MINIMAL_DEFINITIONS, out).exit_code == 0  # ...a good one repairs first
    assert read_tree(out) == before
    assert strays(out) == []


def test_foreign_files_are_linked_not_copied_and_the_folder_keeps_its_mode(
    previous: tuple[Path, Tree],
) -> None:
    out, before = previous
    inode = (out / "sentinel.txt").stat().st_ino
    out.chmod(0o750)
    assert ucwa_gen("generate", *ARGS, "--out", out).exit_code == 0
    assert (out / "sentinel.txt").stat().st_ino == inode
    assert (out.stat().st_mode & 0o777) == 0o750
    assert foreign(read_tree(out)) == foreign(before)


def test_a_symbolic_link_to_the_out_folder_stays_one(previous: tuple[Path, Tree]) -> None:
    out, before = previous
    link = out.parent.parent / "link"
    link.symlink_to(out)
    assert ucwa_gen("generate", *ARGS, "--out", link).exit_code == 0
    assert link.is_symlink()
    assert ucwa_gen("check", *ARGS, "--out", out).exit_code == 0
    assert foreign(read_tree(out)) == foreign(before)
    assert strays(out) == []


def test_an_unchanged_generated_file_is_shared_with_the_previous_output(
    previous: tuple[Path, Tree],
) -> None:
    out, _ = previous
    kept = out / "ucwa" / "py.typed"
    inode = kept.stat().st_ino
    assert ucwa_gen("generate", *ARGS, "--out", out).exit_code == 0
    assert kept.stat().st_ino == inode


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_run_killed_while_putting_a_parked_output_back_leaves_it_recoverable(
    previous: tuple[Path, Tree], when: str
) -> None:
    out, before = previous
    parked = out.with_name(f"{temp_prefix(out)}old")
    out.rename(parked)  # what the fallback leaves when killed between its renames
    killed = run_killed(out, "os:rename", when, 1, True)  # the repair's rename
    assert killed.returncode == KILLED, killed.stdout + killed.stderr
    assert read_tree(out if when == "after" else parked) == before
    assert ucwa_gen("generate", *ARGS, "--out", out).exit_code == 0
    assert strays(out) == []
    assert_complete_new(out, before)


def test_a_run_waits_for_another_writing_beside_it(previous: tuple[Path, Tree]) -> None:
    out, before = previous
    descriptor = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)  # as a run in the middle of writing holds it
        waiting = subprocess.Popen(
            [BIN / "ucwa-gen", "generate", *map(str, ARGS), "--out", out, "--no-cache"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with pytest.raises(subprocess.TimeoutExpired):
            waiting.wait(timeout=3)
        assert read_tree(out) == before
    finally:
        os.close(descriptor)
    _, stderr = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, stderr
    assert_complete_new(out, before)


def test_an_unwritable_output_folder_is_a_clean_error(tmp_path: Path) -> None:
    # A file where the output's parent folder should be: no staging folder can be made there
    # (a permission bit would not do, since root, which CI runs as, ignores it).
    out = tmp_path / "blocked" / "out"
    out.parent.write_text("not a folder")
    run = generate(MINIMAL_DEFINITIONS, out)  # a traceback would raise here
    assert run.exit_code == 2
    assert "cannot write" in run.stderr and "nothing was written" in run.stderr
    assert out.parent.read_text() == "not a folder"


def test_files_staged_in_several_parts_are_swapped_in_together_or_not_at_all(
    tmp_path: Path,
) -> None:
    from ucwa_codegen.write import staged

    out = tmp_path / "parent" / "out"
    with staged(out, ("docs", "ucwa")) as add:
        add({"docs/index.md": b"reference"})
        assert not out.exists()  # nothing is in place before the block ends
        add({"ucwa/__init__.py": b"package"})
    assert files_of(read_tree(out)) == {
        "docs/index.md": b"reference",
        "ucwa/__init__.py": b"package",
    }
    before = read_tree(out)
    with pytest.raises(RuntimeError), staged(out, ("docs", "ucwa")) as add:
        add({"docs/index.md": b"new reference"})
        raise RuntimeError("ruff failed")
    with pytest.raises(ValueError, match="not below"), staged(out, ("docs",)) as add:
        add({"ucwa/__init__.py": b"outside what this run owns"})
    assert read_tree(out) == before
    assert strays(out) == []


def test_a_run_whose_formatting_fails_after_the_reference_was_staged_changes_nothing(
    previous: tuple[Path, Tree], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ucwa_codegen.format
    import ucwa_codegen.write

    out, before = previous
    staged_paths: list[str] = []
    add = ucwa_codegen.write._add

    def recording_add(*args: object) -> None:
        staged_paths.extend(args[-1])  # type: ignore[arg-type]
        add(*args)  # type: ignore[arg-type]

    def failing_ruff(python: object) -> dict[str, bytes]:
        deadline = time.monotonic() + 30
        while not staged_paths and time.monotonic() < deadline:  # staged while ruff runs
            time.sleep(0.01)
        raise ucwa_codegen.format.FormatFailed("invalid Python")

    monkeypatch.setattr(ucwa_codegen.write, "_add", recording_add)
    monkeypatch.setattr(ucwa_codegen.format, "_run_ruff", failing_ruff)
    with pytest.raises(ucwa_codegen.format.FormatFailed):
        ucwa_gen("generate", *ARGS, "--out", out, "--no-cache")
    assert staged_paths and all(path.startswith("docs/") for path in staged_paths)
    assert read_tree(out) == before
    assert strays(out) == []
