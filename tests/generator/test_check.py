"""``ucwa-gen check``: exit 0 when the out folder is what generate writes, else 1 and the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import MINIMAL_DEFINITIONS, TEMPLATES, Run, generate, read_tree, ucwa_gen


def check(out: Path) -> Run:
    return ucwa_gen(
        "check", "--definitions", MINIMAL_DEFINITIONS, "--templates", TEMPLATES, "--out", out
    )


@pytest.fixture
def out(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    run = generate(MINIMAL_DEFINITIONS, out)
    assert run.exit_code == 0, run.stderr
    return out


def assert_out_of_date(run: Run, out: Path, *listed: str) -> None:
    assert run.exit_code == 1
    assert run.stdout.splitlines() == list(listed)
    assert run.stderr == f"{out} is out of date: run `make generate`.\n"


def test_fresh_output_is_up_to_date(out: Path) -> None:
    before = read_tree(out)
    run = check(out)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert run.stdout == f"{out} is up to date.\n"
    assert read_tree(out) == before  # check writes nothing


def test_edited_file_is_listed(out: Path) -> None:
    path = out / "ucwa" / "resources" / "widget.py"
    path.write_bytes(path.read_bytes() + b"# edited by hand\n")
    assert_out_of_date(check(out), out, "differs: ucwa/resources/widget.py")


def test_missing_file_is_listed(out: Path) -> None:
    (out / "ucwa" / "enums" / "__init__.py").unlink()
    assert_out_of_date(check(out), out, "missing: ucwa/enums/__init__.py")


def test_extra_file_is_listed(out: Path) -> None:
    (out / "ucwa" / "resources" / "stray.py").write_text("STRAY = 1\n")
    assert_out_of_date(check(out), out, "extra: ucwa/resources/stray.py")


def test_every_difference_is_listed_in_order(out: Path) -> None:
    (out / "ucwa" / "errors.py").write_text("")
    (out / "ucwa" / "py.typed").unlink()
    (out / "ucwa" / "resources" / "extra.py").write_text("")
    assert_out_of_date(
        check(out),
        out,
        "differs: ucwa/errors.py",
        "missing: ucwa/py.typed",
        "extra: ucwa/resources/extra.py",
    )


def test_missing_out_folder_lists_every_file(tmp_path: Path, out: Path) -> None:
    expected = [f"missing: {path}" for path, data in read_tree(out).items() if data is not None]
    assert_out_of_date(check(tmp_path / "absent"), tmp_path / "absent", *expected)


def test_bytecode_and_files_outside_the_package_are_ignored(out: Path) -> None:
    (out / "ucwa" / "__pycache__").mkdir()
    (out / "ucwa" / "__pycache__" / "enums.cpython-311.pyc").write_bytes(b"\0")
    (out / "notes.txt").write_text("the user's own file\n")
    run = check(out)
    assert run.exit_code == 0, run.stdout
