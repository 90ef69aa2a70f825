"""Build the four wheels: ucwa-codegen (the generator), ucwa-runtime (the runtime), ucwa (the
generated client) and ucwa-session (the session and the test server).

    python tools/dist.py [OUTDIR]        (default: dist; `make dist` runs it)

Each wheel is built from a fresh copy of its sources in a temporary folder, so no build/ or
egg-info folder is left in the checkout and no file from an earlier build can reach a wheel.
Build isolation is off: setuptools comes from the environment running this script (the
project's .venv has it), so building needs no network.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What each project's build reads, relative to the checkout.
GENERATOR = ("pyproject.toml", "README.md", "generator/ucwa_codegen", "templates")
RUNTIME = ("runtime/pyproject.toml", "runtime/ucwa_runtime")
CLIENT = ("generated/pyproject.toml", "generated/ucwa")
SESSION = ("session/pyproject.toml", "session/ucwa_session", "session/ucwa_testing")


def _copy(names: tuple[str, ...], base: Path, target: Path) -> None:
    for name in names:
        source, destination = ROOT / name, target / Path(name).relative_to(base)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination)


def build(outdir: Path) -> list[Path]:
    """Build every wheel into ``outdir``; the paths of the wheels built."""
    outdir.mkdir(parents=True, exist_ok=True)
    # The generator's wheel carries its compiled templates and schema checks (built.py),
    # built by the Jinja2 and fastjsonschema of this environment.
    subprocess.run([sys.executable, "-m", "ucwa_codegen.prebuild"], cwd=ROOT, check=True)
    before = set(outdir.glob("*.whl"))
    with tempfile.TemporaryDirectory(prefix="ucwa-dist-") as scratch:
        for project, names, base in (
            ("ucwa-codegen", GENERATOR, Path()),
            ("ucwa-runtime", RUNTIME, Path("runtime")),
            ("ucwa", CLIENT, Path("generated")),
            ("ucwa-session", SESSION, Path("session")),
        ):
            source = Path(scratch) / project
            _copy(names, base, source)
            pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
            options = ["--no-build-isolation", "--wheel-dir", str(outdir)]
            subprocess.run([*pip_wheel, *options, str(source)], check=True)
    return sorted(set(outdir.glob("*.whl")) - before)


if __name__ == "__main__":
    for wheel in build(Path(sys.argv[1] if len(sys.argv) > 1 else "dist").resolve()):
        print(wheel)
