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
