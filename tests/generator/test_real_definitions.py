"""The project's own definitions are valid, and generated/ is exactly what they produce."""

from __future__ import annotations

import subprocess

from .support import BIN, ROOT


def ucwa_gen_in_root(*args: str) -> subprocess.CompletedProcess[str]:
    # The installed console script with its defaults (definitions/, templates/, generated/).
    return subprocess.run(
        [str(BIN / "ucwa-gen"), *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_validate_accepts_the_definitions() -> None:
    result = ucwa_gen_in_root("validate")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "resources and" in result.stdout and "enumerations are valid." in result.stdout


def test_generated_package_is_up_to_date() -> None:
    result = ucwa_gen_in_root("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "generated is up to date.\n"


SCHEMA = ROOT / "generator" / "ucwa_codegen" / "schema" / "definition.schema.json"
SCHEMA_LINE = "# yaml-language-server: $schema="


def test_every_definition_file_names_the_schema_on_its_first_line() -> None:
    # Editors validate and complete a definition from this line; files written by hand or by
    # an importer must keep it, pointing (relative to the file) at the published schema.
    files = sorted((ROOT / "definitions").rglob("*.yaml"))
    assert len(files) > 30
    wrong = []
    for path in files:
        first = path.read_text(encoding="utf-8").partition("\n")[0]
        target = first.removeprefix(SCHEMA_LINE)
        if first == target or (path.parent / target).resolve() != SCHEMA.resolve():
            wrong.append(f"{path.relative_to(ROOT)}: {first!r}")
    assert not wrong, "\n".join(wrong)
