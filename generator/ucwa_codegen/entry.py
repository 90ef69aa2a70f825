"""The ``ucwa-gen`` command's entry point (the defaults of its folders are in defaults.py).

``ucwa-gen generate`` with nothing to do is the run a developer makes most (``make test``,
``make demo``, an editor's save hook): it is answered here, from the stamp's sizes and times
(stamp.py), before click, jinja2 or PyYAML are imported, which would cost several times
what the answer itself does. Anything else (another command, ``--help``, ``--no-cache``, an
option this module does not read, an input or output that changed) goes to the full
command line (cli.py), which parses, reports and builds as ever: this is a shortcut past
click, never a second command line.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import stamp
from .defaults import CACHE_DIR_ENV, DEFINITIONS, OUT, default_templates, up_to_date

# The options of ``generate`` the shortcut reads, each taking a folder.
_FOLDER_OPTIONS = ("--definitions", "--templates", "--out", "--cache-dir")


def _folders(args: list[str]) -> dict[str, str] | None:
    """The folder options of ``generate ARGS``; None for anything else the shortcut leaves
    to click (another command, a flag, an unknown or repeated option, a missing value)."""
    if not args or args[0] != "generate":
        return None
    found: dict[str, str] = {}
    rest = args[1:]
    while rest:
        option, equals, value = rest.pop(0).partition("=")
        if option not in _FOLDER_OPTIONS or option in found:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-"):
            return None
        found[option] = value
    return found


def answered(args: list[str]) -> bool:
    """Answer ``generate`` here when nothing changed since its last run (True); False leaves
    the command to cli.py, which checks again, more thoroughly, before it builds."""
    found = _folders(args)
    if found is None:
        return False
    cache_dir = found.get("--cache-dir") or os.environ.get(CACHE_DIR_ENV)
    definitions = Path(found.get("--definitions", DEFINITIONS))
    templates = Path(found["--templates"]) if "--templates" in found else default_templates()
    out = Path(found.get("--out", OUT))
    if not (definitions.is_dir() and templates.is_dir() and out.is_dir()):
        return False  # click says what is wrong, or there is something to write
    folder = stamp.cache_folder(out, Path(cache_dir) if cache_dir else None)
    if not stamp.unchanged(folder, definitions, templates, out):
        return False
    sys.stdout.write(up_to_date(out) + "\n")
    return True


def main() -> None:
    """``ucwa-gen``: the shortcut above, else the full command line."""
    if not answered(sys.argv[1:]):
        from .cli import main as command_line

        command_line()
