"""The out folder changes all at once or not at all: a failed or killed run leaves it as it was.

The kill tests run the real generator in a subprocess in which one call that ``write_tree``
makes on the output (a file written, linked or renamed into place, the swap, a rename)
ends the process with ``os._exit``, before or after the call, as a crash or ``kill -9``
would: no cleanup code runs. Whatever the point, the out folder is whole, the previous output
or the new one, its foreign files (the user's, pip's) kept; beside it there is at most the
spare (the copy the next run stages in) and a hidden folder the next run removes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
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


def spare(out: Path) -> Path:
    return out.with_name(f"{temp_prefix(out)}spare")


def strays(out: Path) -> list[str]:
    """What is beside ``out`` but the spare."""
    return sorted(p.name for p in out.parent.iterdir() if p.name not in (out.name, spare(out).name))


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
    KillPoint("fallback-before-renames", "os:rename", "before", 1, False, "old"),
    KillPoint("fallback-between-renames", "os:rename", "after", 1, False, "parked"),
    KillPoint("fallback-after-two-renames", "os:rename", "after", 2, False, "new"),
    KillPoint("fallback-keeping-the-spare", "os:rename", "after", 3, False, "new"),
]
# With a spare from an earlier run in place, which the run brings up to date by renaming new
# files over its stale ones.
SPARE_KILL_POINTS = [
    KillPoint("first-replace", "os:replace", "before", 1, True, "old"),
    KillPoint("after-fifth-replace", "os:replace", "after", 5, True, "old"),
    KillPoint("spare-before-swap", "ucwa_codegen.write:_exchange", "before", 1, True, "old"),
    KillPoint("spare-after-swap", "ucwa_codegen.write:_exchange", "after", 1, True, "new"),
]


def assert_complete_new(out: Path, before: Tree) -> None:
    check = ucwa_gen("check", *ARGS, "--out", out)
    assert check.exit_code == 0, check.stdout
    after = read_tree(out)
    assert foreign(after) == foreign(before)
    assert (out / "latest").is_symlink()
    assert not [path for path in after if ".ucwa-gen-" in path]


@pytest.mark.parametrize(
    ("point", "with_spare"),
    [(p, False) for p in KILL_POINTS] + [(p, True) for p in SPARE_KILL_POINTS],
    ids=[p.id for p in KILL_POINTS + SPARE_KILL_POINTS],
)
def test_a_run_killed_at_any_point_leaves_old_or_new_output_whole(
    previous: tuple[Path, Tree], point: KillPoint, with_spare: bool
) -> None:
    out, before = previous
    if with_spare:  # a second run of the same definitions: the first output is the spare
        again = ("--definitions", MINIMAL_DEFINITIONS, "--templates", TEMPLATES)
        assert ucwa_gen("generate", *again, "--out", out, "--no-cache").exit_code == 0
        assert read_tree(out) == before
        assert spare(out).is_dir()
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


def test_what_the_spare_holds_is_never_trusted(tmp_path: Path, previous: tuple[Path, Tree]) -> None:
    out, before = previous
    again = ("generate", "--definitions", MINIMAL_DEFINITIONS, "--templates", TEMPLATES)
    assert ucwa_gen(*again, "--out", out, "--no-cache").exit_code == 0
    kept = spare(out)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (kept / "ucwa" / "stale.py").write_text("# no longer generated\n")
    (kept / "ucwa" / "__pycache__").mkdir(exist_ok=True)
    (kept / "ucwa" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"bytecode")
    (kept / "docs" / "gone").mkdir()
    (kept / "docs" / "gone" / "page.md").write_text("gone\n")
    typed = kept / "ucwa" / "py.typed"
    typed.unlink()
    typed.symlink_to(out / "ucwa" / "py.typed")  # the same bytes, through a link
    init = kept / "ucwa" / "__init__.py"
    init.unlink()  # a link to the output's file: replaced, not edited, so out keeps it whole
    init.write_text("# edited\n")
    shutil.rmtree(kept / "ucwa" / "resources")
    (kept / "ucwa" / "resources").symlink_to(elsewhere)  # nothing may be written through it
    (kept / "sentinel.txt").unlink()  # (a link to the user's file: not to be edited here)
    (kept / "sentinel.txt").write_text("a foreign file the spare has its own copy of\n")
    assert ucwa_gen(*again, "--out", out, "--no-cache").exit_code == 0
    assert read_tree(out) == before
    assert not any(path.is_symlink() for path in (out / "ucwa").rglob("*"))
    assert list(elsewhere.iterdir()) == []
    assert strays(out) == []


def test_a_run_with_a_spare_writes_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ucwa_codegen.write

    definitions = copy_minimal(tmp_path / "definitions")
    out = tmp_path / "out"
    args = ("generate", "--definitions", definitions, "--templates", TEMPLATES, "--out", out)
    assert ucwa_gen(*args, "--no-cache").exit_code == 0
    assert ucwa_gen(*args, "--no-cache").exit_code == 0  # the first output becomes the spare
    widget = definitions / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. ", 1))
    put: list[str] = []
    original = ucwa_codegen.write._put

    def recording_put(target: Path, current: Path, content: bytes) -> None:
        if ".ucwa-gen-" not in target.name:  # not the new file's temporary name
            put.append(target.relative_to(spare(out)).as_posix())
        original(target, current, content)

    monkeypatch.setattr(ucwa_codegen.write, "_put", recording_put)
    assert ucwa_gen(*args, "--no-cache").exit_code == 0
    # the spare held the output before last: only the widget's module and page and the index
    # (which lists its summary) differ from it
    assert sorted(put) == ["docs/index.md", "docs/resources/widget.md", "ucwa/resources/widget.py"]
    monkeypatch.undo()
    assert ucwa_gen(*args[:-1], tmp_path / "fresh", "--no-cache").exit_code == 0
    assert read_tree(out) == read_tree(tmp_path / "fresh")
