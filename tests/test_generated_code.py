"""The generated package, as committed, passes the project's linters and strict typing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "generated"],
        ["ruff", "format", "--check", "generated"],
        ["mypy", "--strict", "generated/ucwa"],
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_generated_code_passes(command: list[str]) -> None:
    # mypy reads the runtime as source: it cannot see through an editable install's import hook
    env = {**os.environ, "MYPYPATH": str(ROOT / "runtime")}
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_the_package_loads_no_resource_module() -> None:
    code = (
        "import sys, ucwa\n"
        "loaded = [m for m in sys.modules if m.startswith('ucwa.resources.')]\n"
        "assert loaded == [], loaded\n"
        "assert ucwa.RESOURCES['conversationLog'] is ucwa.resources.ConversationLog\n"
        "assert 'ucwa.resources.conversation_log' in sys.modules\n"
        "assert 'ucwa.resources.message' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_importing_the_package_loads_no_runtime_module_until_used() -> None:
    code = (
        "import sys, ucwa\n"
        "heavy = ('urllib3', 'cattrs', 'ucwa_runtime.transport', 'ucwa_runtime.codec_json')\n"
        "assert not [m for m in heavy if m in sys.modules], sorted(sys.modules)\n"
        "assert ucwa.Client.__module__ == 'ucwa.client'\n"
        "assert 'urllib3' in sys.modules\n"
        "assert ucwa.Link is sys.modules['ucwa_runtime.model'].Link\n"
        'assert isinstance(ucwa.parse(b\'{"rel": "note"}\'), ucwa.resources.Note)\n'
        "try:\n"
        "    ucwa.NoSuchName\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('no AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
