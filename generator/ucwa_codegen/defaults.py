"""What the ``ucwa-gen`` commands default to, and say, in one place for both the console
entry point (entry.py) and the command line (cli.py)."""

from __future__ import annotations

from pathlib import Path

DEFINITIONS = Path("definitions")
OUT = Path("generated")
CACHE_DIR_ENV = "UCWA_GEN_CACHE_DIR"


def default_templates() -> Path:
    """./templates in a checkout; elsewhere the copy installed with ucwa-codegen (a wheel
    holds it in the package; an editable install finds the checkout's)."""
    installed = Path(__file__).resolve().parent / "templates"
    candidates = (Path("templates"), installed, installed.parents[2] / "templates")
    return next((path for path in candidates if path.is_dir()), candidates[0])


def up_to_date(out: Path) -> str:
    """What ``generate`` and ``check`` say when ``out`` needs nothing."""
    return f"{out} is up to date."
