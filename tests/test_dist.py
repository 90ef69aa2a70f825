"""The four wheels of `make dist`, installed into a fresh virtual environment, work there.

tools/dist.py builds ucwa-codegen, ucwa-runtime, ucwa and ucwa-session into a temporary
folder; all are installed into a new venv (their dependencies come from pip's cache or the
index), and then, away from the checkout: ``ucwa-gen --version``, a generation from the real
definitions with the templates installed in the wheel (it must write exactly the committed
generated/ tree), and the client parsing a payload.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest

from ucwa_codegen import __version__

ROOT = Path(__file__).resolve().parents[1]
# The generated client declares; the runtime it imports is its own wheel, of the same version.
CLIENT_DEPENDENCIES = [f"ucwa-runtime=={__version__}", "attrs>=23.1"]


@dataclass(frozen=True)
class Installed:
    bin: Path
    wheels: list[Path]
    away: Path  # a folder outside the checkout, with no templates/ or definitions/

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        return subprocess.run(
            [str(arg) for arg in args],
            cwd=self.away,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    root = tmp_path_factory.mktemp("dist")
    dist = root / "dist"
    build = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "dist.py"), str(dist)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    wheels = [Path(line) for line in build.stdout.splitlines()]
    venv.create(root / "venv", with_pip=True)
    bin_ = root / "venv" / "bin"
    away = root / "away"
    away.mkdir()
    installed = Installed(bin_, wheels, away)
    pip = installed.run(
        bin_ / "python",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        "--find-links",
        dist,
        f"ucwa-codegen=={__version__}",
        f"ucwa-runtime=={__version__}",
        f"ucwa=={__version__}",
        f"ucwa-session=={__version__}",
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    return installed


def test_four_wheels_are_built_with_the_one_version(installed: Installed) -> None:
    assert sorted(wheel.name for wheel in installed.wheels) == [
        f"ucwa-{__version__}-py3-none-any.whl",
        f"ucwa_codegen-{__version__}-py3-none-any.whl",
        f"ucwa_runtime-{__version__}-py3-none-any.whl",
        f"ucwa_session-{__version__}-py3-none-any.whl",
    ]


def test_installed_ucwa_gen_reports_its_version(installed: Installed) -> None:
    result = installed.run(installed.bin / "ucwa-gen", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ucwa-gen, version {__version__}\n"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".egg-info" not in str(path)
    }


def test_installed_ucwa_gen_generates_outside_the_checkout(installed: Installed) -> None:
    out = installed.away / "out"
    args = ("--definitions", ROOT / "definitions", "--out", out, "--no-cache")
    result = installed.run(installed.bin / "ucwa-gen", "generate", *args)
    assert result.returncode == 0, result.stderr
    # The packaged templates and schema are complete: the output is the committed tree.
    committed = _tree(ROOT / "generated")
    assert _tree(out) == committed
    assert {"pyproject.toml", "docs/index.md", "ucwa/__init__.py"} <= committed.keys()
    check = installed.run(installed.bin / "ucwa-gen", "check", *args)
    assert check.returncode == 0, check.stdout + check.stderr


_CLIENT = """
import importlib.metadata, json, pathlib, sys
import ucwa, ucwa_codegen, ucwa_runtime, ucwa_session, ucwa_testing
resource = ucwa.parse(sys.argv[1], "application/json")
print(json.dumps({
    "class": type(resource).__name__,
    "subject": resource.subject,
    "version": ucwa.__version__,
    "files": [m.__file__ for m in (ucwa, ucwa_codegen, ucwa_runtime, ucwa_session, ucwa_testing)],
    "typed": [
        (pathlib.Path(m.__file__).parent / "py.typed").is_file()
        for m in (ucwa, ucwa_codegen, ucwa_runtime, ucwa_session, ucwa_testing)
    ],
    "requires": importlib.metadata.requires("ucwa"),
    "generator_files": [str(f) for f in importlib.metadata.files("ucwa-codegen")],
}))
"""


def test_installed_client_parses_a_payload(installed: Installed) -> None:
    payload = json.dumps({"rel": "conversationLog", "subject": "Hello", "_links": {}})
    result = installed.run(installed.bin / "python", "-c", _CLIENT, payload)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["class"] == "ConversationLog" and found["subject"] == "Hello"
    assert found["version"] == __version__
    site = str(installed.bin.parent / "lib")
    assert all(path.startswith(site) for path in found["files"]), found["files"]
    assert found["typed"] == [True] * 5
    assert sorted(found["requires"]) == sorted(CLIENT_DEPENDENCIES)
    # The generator's wheel holds the generator and its templates, not the client or runtime.
    assert not any(path.startswith(("ucwa/", "ucwa_runtime/")) for path in found["generator_files"])
    assert "ucwa_codegen/templates/package/client.py.j2" in found["generator_files"]
    # ... and what its first run would otherwise build (tools/dist.py prebuilds it, built.py).
    built = [path for path in found["generator_files"] if path.startswith("ucwa_codegen/_built/")]
    assert any(path.startswith("ucwa_codegen/_built/package_client_py_j2_") for path in built)
    assert any(path.startswith("ucwa_codegen/_built/check_resourceFile_") for path in built)


def test_installed_ucwa_command_sends_to_the_bundled_echo_contact(installed: Installed) -> None:
    result = installed.run(
        installed.bin / "ucwa", "send", "--bundled", "sip:echo@contoso.com", "hi"
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "delivered to sip:echo@contoso.com\n",
        "",
    )
