"""Python the generator builds from its own inputs on first use: never committed.

Two things cost more to build than a whole run spends using them: Jinja2's compiled code of
a template (compiling the templates costs more than rendering the package) and
fastjsonschema's code of the definition schema. Each is built once, by the versions of
Jinja2 / fastjsonschema installed, and kept as a module in ``ucwa_codegen/_built/`` (whose
bytecode Python keeps beside it, like any module's), named after its key: a digest of the
source it was made of and of the version that made it. A module of another key (stale, or
built by another version) is never used; the first run that needs the new one builds it and
removes the others of that name. Since a module's name says what it holds, its file is
never rewritten with other code, and its bytecode cannot be stale.

The folder belongs to the installed package, not to the cache folder: whoever can write
here can change the generator's code anyway, while reading a cache entry never runs
anything (see cache.py). Where the package cannot be written (a read-only install), each
run builds in memory: slower, the same output. ``make install`` and ``tools/dist.py``
build every module ahead (``python -m ucwa_codegen.prebuild``), so a wheel carries them.
This module imports nothing of the generator's: every stage may use it.
"""

from __future__ import annotations

import importlib.machinery
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

BUILT = Path(__file__).resolve().parent / "_built"


def built_namespace(name: str, key: str, source: Callable[[], str]) -> dict[str, Any]:
    """A fresh namespace of built module ``name`` as ``source()`` makes it for ``key``.

    Taken from ``_built/`` (through its bytecode) when it was built for ``key`` before;
    otherwise built now and written there for the next run, when the folder is writable.
    """
    module = f"{name}_{key[:24]}"
    path = BUILT / f"{module}.py"
    if not path.is_file():
        text = f"# Built by ucwa_codegen.built: do not edit.\n{source()}"
        if not _write(path, text):
            return _run(compile(text, str(path), "exec"), module, path)
        for old in BUILT.glob(f"{name}_*.py"):
            if old != path and len(old.stem) == len(module):
                old.unlink(missing_ok=True)
    fullname = f"{__package__}._built.{module}"
    code = importlib.machinery.SourceFileLoader(fullname, str(path)).get_code(fullname)
    return _run(code, module, path)


def _write(path: Path, text: str) -> bool:
    """Write ``text`` to ``path`` in one step (readers see the old module or the new one);
    False when the folder cannot be written."""
    try:
        path.parent.mkdir(exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        return False
    return True


def _run(code: Any, name: str, path: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": f"{__package__}._built.{name}", "__file__": str(path)}
    exec(code, namespace)
    return namespace
