"""The generation cache changes how long a run takes, never what it writes."""

from __future__ import annotations

import math
import os
import pickle
import shlex
import shutil
from datetime import date
from pathlib import Path

import jinja2.bccache
import pytest

from ucwa_codegen.load import SourceFile

from .support import TEMPLATES, copy_minimal, read_tree, ucwa_gen


def run(definitions: Path, out: Path, cache: Path | None, *more: str) -> tuple[int, str, str]:
    args: list[str | Path] = ["generate", "--definitions", definitions, "--templates", TEMPLATES]
    args += ["--out", out, *more]
    args += ["--cache-dir", cache] if cache else ["--no-cache"]
    result = ucwa_gen(*args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    return copy_minimal(tmp_path / "definitions"), tmp_path / "out", tmp_path / "cache"


def test_cached_and_uncached_runs_write_the_same_bytes(setup: tuple[Path, Path, Path]) -> None:
    definitions, out, cache = setup
    assert run(definitions, out, None)[0] == 0
    uncached = read_tree(out)
    shutil.rmtree(out)
    assert run(definitions, out, cache)[0] == 0  # cold cache
    assert read_tree(out) == uncached
    widget = definitions / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. "))
    assert run(definitions, out, cache)[0] == 0  # warm cache, one file changed
    warm = read_tree(out)
    shutil.rmtree(out)
    assert run(definitions, out, None)[0] == 0
    assert read_tree(out) == warm != uncached


def test_nothing_changed_is_answered_without_generating(setup: tuple[Path, Path, Path]) -> None:
    definitions, out, cache = setup
    assert run(definitions, out, cache)[1].startswith("wrote")
    assert run(definitions, out, cache)[1].strip().endswith("is up to date.")


@pytest.mark.parametrize("edited", ["ucwa/enums/__init__.py", "docs/index.md", "pyproject.toml"])
def test_an_edited_output_is_regenerated_even_when_inputs_did_not_change(
    setup: tuple[Path, Path, Path], edited: str
) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)
    before = read_tree(out)
    (out / edited).write_text("# edited by hand\n")
    assert run(definitions, out, cache)[1].startswith("wrote")
    assert read_tree(out) == before


def test_errors_found_with_a_warm_cache_still_name_the_right_line(
    setup: tuple[Path, Path, Path],
) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)  # every file is now cached without positions
    gadget = definitions / "resources" / "gadget.yaml"
    lines = gadget.read_text().splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.strip().startswith("type: string"))
    gadget.write_text(gadget.read_text().replace("type: string", "type: Nonesuch", 1))
    code, _, stderr = run(definitions, out, cache)
    assert code == 2
    assert f"gadget.yaml:{line}:" in stderr and "Nonesuch" in stderr


def test_a_damaged_cache_is_recomputed(setup: tuple[Path, Path, Path]) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)
    expected = read_tree(out)
    damaged = 0
    for entry in cache.rglob("*"):
        if entry.is_file() and entry.name != "stamp":
            entry.write_bytes(b"not a pack")
            damaged += 1
    assert damaged
    (out / "ucwa" / "py.typed").unlink()  # force a real run
    assert run(definitions, out, cache)[0] == 0
    assert read_tree(out) == expected


def test_the_stamp_digest_of_written_files_is_the_digest_of_the_folder(tmp_path: Path) -> None:
    from ucwa_codegen.stamp import files_digest, tree_digest
    from ucwa_codegen.write import write_tree

    files = {
        "ucwa/a-b/x.py": b"1",
        "ucwa/a/x.py": b"2",
        "ucwa/a.b": b"3",
        "ucwa/A/y.py": b"4",
        "ucwa/__pycache__/x.pyc": b"5",
        "docs/index.md": b"6",
        "pyproject.toml": b"7",
        "other/z": b"8",
    }
    write_tree(files, tmp_path / "out")
    names = ("docs", "pyproject.toml", "ucwa")
    assert files_digest(files, names) == tree_digest(tmp_path / "out", names)


class _Command:
    """Unpickling this runs a shell command: what a planted pickle entry would do."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (self.command,)


def _plant(cache: Path, marker: Path) -> int:
    """Replace every file of the cache (bar the stamp) with a payload that touches
    ``marker`` when unpickled; Jinja2's bytecode files get the header it checks first."""
    payload = pickle.dumps(_Command(f"touch {shlex.quote(str(marker))}"))
    planted = 0
    for entry in cache.rglob("*"):
        if entry.is_file() and entry.name != "stamp":
            magic = jinja2.bccache.bc_magic if entry.name.startswith("__jinja2_") else b""
            entry.write_bytes(magic + payload)
            planted += 1
    return planted


def test_a_planted_cache_entry_is_never_run(setup: tuple[Path, Path, Path], tmp_path: Path) -> None:
    definitions, out, cache = setup
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    edited = templates / "package" / "enum.py.j2"  # an edited template is compiled, not taken
    edited.write_text(edited.read_text() + "# edited\n")  # from ucwa_codegen/compiled
    args = ("--templates", templates)
    assert run(definitions, out, None, *args)[0] == 0
    expected = read_tree(out)
    assert run(definitions, out, cache, *args)[0] == 0
    marker = tmp_path / "planted-entry-ran"
    assert _plant(cache, marker) > 0
    (out / "ucwa" / "py.typed").unlink()  # force a real run
    assert run(definitions, out, cache, *args)[0] == 0
    assert not marker.exists()
    assert read_tree(out) == expected


def test_entries_are_checked_against_their_digest(tmp_path: Path) -> None:
    from ucwa_codegen.cache import Cache

    cache = Cache(tmp_path)
    cache.put_bytes("ab12", b"rendered module")
    cache.put_json("cd34", {"resource": "widget", "count": 2, "ok": True, "none": None})
    cache.finish("stats", "content")
    again = Cache(tmp_path)
    assert again.get_bytes("ab12") == b"rendered module"
    assert again.get_json("cd34") == {"resource": "widget", "count": 2, "ok": True, "none": None}
    pack = tmp_path / "entries.pack"
    pack.write_bytes(pack.read_bytes().replace(b"rendered", b"tampered"))
    assert Cache(tmp_path).get_bytes("ab12") is None


def test_a_run_keeps_only_the_entries_it_used_and_a_failed_run_keeps_what_it_made(
    tmp_path: Path,
) -> None:
    from ucwa_codegen.cache import Cache

    first = Cache(tmp_path)
    first.put_bytes("old", b"1")
    first.put_bytes("kept", b"2")
    first.finish("stats", "content")
    second = Cache(tmp_path)
    assert second.get_bytes("kept") == b"2"
    second.put_bytes("new", b"3")
    second.save()  # a failed run: nothing pruned
    assert Cache(tmp_path).get_bytes("old") == b"1"
    second.finish("stats", "content")
    third = Cache(tmp_path)
    assert (third.get_bytes("old"), third.get_bytes("kept"), third.get_bytes("new")) == (
        None,
        b"2",
        b"3",
    )


def test_values_json_cannot_give_back_unchanged_are_not_remembered(tmp_path: Path) -> None:
    from ucwa_codegen.cache import Cache

    cache = Cache(tmp_path)
    for key, value in (("a1", {"when": date(2015, 1, 1)}), ("b2", [1.5, math.inf]), ("c3", (1,))):
        cache.put_json(key, value)
        assert cache.get_json(key) is None


def test_a_same_size_edit_is_seen_and_a_touch_alone_changes_nothing(
    setup: tuple[Path, Path, Path],
) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)
    widget = definitions / "resources" / "widget.yaml"
    text = widget.read_text()
    os.utime(widget)  # newer time, same bytes: the bytes are compared, and match
    assert run(definitions, out, cache)[1].strip().endswith("is up to date.")
    assert run(definitions, out, cache)[1].strip().endswith("is up to date.")
    edited = text.replace("What the widget is called", "What the wodget is called")
    assert len(edited) == len(text) and edited != text
    widget.write_text(edited)
    os.utime(widget, ns=(widget.stat().st_atime_ns, widget.stat().st_mtime_ns + 1))
    assert run(definitions, out, cache)[1].startswith("wrote")


def test_an_output_file_edited_to_the_same_size_is_regenerated(
    setup: tuple[Path, Path, Path],
) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)
    before = read_tree(out)
    enums = out / "ucwa" / "enums" / "__init__.py"
    text = enums.read_bytes()
    enums.write_bytes(text[:-2] + b"#\n")
    os.utime(enums, ns=(enums.stat().st_atime_ns, enums.stat().st_mtime_ns + 1))
    assert run(definitions, out, cache)[1].startswith("wrote")
    assert read_tree(out) == before


def test_a_warm_run_checks_the_rules_between_files_for_the_changed_file_only(
    setup: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ucwa_codegen import cross_file

    definitions, out, cache = setup
    run(definitions, out, cache)
    checked: list[str] = []
    check = cross_file._Checker.check_resource

    def counted(self: cross_file._Checker, source: SourceFile) -> None:
        checked.append(source.path.name)
        check(self, source)

    monkeypatch.setattr(cross_file._Checker, "check_resource", counted)
    widget = definitions / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. ", 1))
    assert run(definitions, out, cache)[1].startswith("wrote")
    assert checked == ["widget.yaml"]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        ("enums/Color.yaml", "widget.yaml:14:11: type 'Color' is neither"),
        ("resources/widgets.yaml", "widget.yaml:29:13: target 'widgets' is not a defined resource"),
        ("errors.yaml", "widget.yaml:43:35: error 'NotFound' has status 410 in errors.yaml"),
    ],
)
def test_an_edit_that_breaks_a_rule_in_an_unchanged_file_is_reported(
    setup: tuple[Path, Path, Path], edit: str, expected: str
) -> None:
    definitions, out, cache = setup
    run(definitions, out, cache)  # every file has passed the rules between files
    edited = definitions / edit
    if edit == "errors.yaml":
        edited.write_text(
            edited.read_text().replace("NotFound: {status: 404}", "NotFound: {status: 410}")
        )
    else:
        edited.unlink()
    code, _, stderr = run(definitions, out, cache)
    assert code == 2
    assert expected in stderr


def test_a_cache_folder_that_cannot_be_written_costs_no_run_its_result(
    setup: tuple[Path, Path, Path],
) -> None:
    definitions, out, _ = setup
    blocked = definitions / "resources" / "widget.yaml" / "cache"  # below a file: ENOTDIR
    assert run(definitions, out, None)[0] == 0
    uncached = read_tree(out)
    shutil.rmtree(out)
    code, stdout, stderr = run(definitions, out, blocked)
    assert code == 0
    assert stderr.startswith(f"warning: cannot save the cache in {blocked}")
    assert stderr.endswith(": Not a directory\n") and stderr.count("\n") == 1
    assert stdout.startswith("wrote") and read_tree(out) == uncached
    checked = ucwa_gen(
        "check", "--definitions", definitions, "--templates", TEMPLATES, "--out", out,
        "--cache-dir", blocked,
    )  # fmt: skip
    assert (checked.exit_code, checked.stdout) == (0, f"{out} is up to date.\n")
    assert checked.stderr.startswith(f"warning: cannot save the cache in {blocked}")


def test_entries_made_by_other_generator_code_are_not_used(
    setup: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ucwa_codegen import docs, stamp

    definitions, out, cache = setup
    assert run(definitions, out, cache)[0] == 0
    before = read_tree(out)
    # docs.py's filters shape every page, yet no page's key names them: what keeps a page
    # rendered by the old filter from being used is the toolchain every key is salted with.
    monkeypatch.setattr(docs, "notes", lambda item: "Noted.")
    monkeypatch.setattr(stamp, "toolchain", lambda: "another generator")
    (out / "ucwa" / "py.typed").unlink()  # the code on disk is the same: force a run
    assert run(definitions, out, cache)[0] == 0
    warm = read_tree(out)
    shutil.rmtree(out)
    assert run(definitions, out, None)[0] == 0
    assert read_tree(out) == warm != before


def test_a_changed_run_reads_each_input_file_once(
    setup: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stamp's fingerprint and the cache's salt both hash the generator's and the
    # runtime's code: the fingerprint takes the salt, so a run reads that code once.
    from ucwa_codegen import stamp

    definitions, out, cache = setup
    assert run(definitions, out, cache)[0] == 0
    widget = definitions / "resources" / "widget.yaml"
    widget.write_text(widget.read_text().replace("summary: ", "summary: Changed. "))
    read: list[str] = []
    real_read = stamp._read
    monkeypatch.setattr(stamp, "_read", lambda path: read.append(path) or real_read(path))
    assert run(definitions, out, cache)[0] == 0
    code = [path for path in read if path.startswith(str(stamp.GENERATOR_ROOT))]
    assert code and len(code) == len(set(code))
