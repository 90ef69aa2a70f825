"""Templates compiled once, so that a run does not compile them.

Compiling the Jinja2 templates to Python costs more than rendering the whole package. A
template's compiled code is built on first use into ``ucwa_codegen/_built/`` (see built.py),
under a key of its source, its folder and the version of Jinja2 that compiled it; later runs
take it from there, through its bytecode. An edited template, or another Jinja2, has another
key and is compiled again. The rendered text is the same either way.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import jinja2

from .built import built_namespace
from .stamp import digest


def module_name(kind: str, name: str) -> str:
    """The built module of template ``name`` of the ``kind`` folder (package, docs...)."""
    return f"{kind}_{name.replace('.', '_').replace('/', '_').replace('-', '_')}"


def source_digest(kind: str, name: str, source: str) -> str:
    return digest("template", jinja2.__version__, kind, name, source)


class PrecompiledLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that compiles a template once (per source and Jinja2 version)."""

    def __init__(self, folder: Path, kind: str) -> None:
        super().__init__(folder)
        self.kind = kind

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        source, _, _ = self.get_source(environment, name)
        # A fresh namespace each time: the template binds its environment into it, so no
        # two environments may share one.
        namespace = built_namespace(
            module_name(self.kind, name),
            source_digest(self.kind, name, source),
            lambda: environment.compile(source, name, raw=True, defer_init=True),
        )
        return environment.template_class.from_module_dict(
            environment, namespace, {} if globals is None else globals
        )
