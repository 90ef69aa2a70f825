"""Stage 4: the model through the Jinja2 templates, into an in-memory tree of files.

Nothing here touches the output folder: ``render`` returns ``{relative path: bytes}`` and
stage 5 (write) decides what reaches the disk. Every string that ends up inside generated
code goes through ``pyrepr`` or ``docstring``, so no definition text can become code.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import jinja2

from . import __version__, exports
from .cache import Cache, digest
from .docs import render_docs
from .exports import sorted_names
from .model import Api
from .templating import PrecompiledLoader
from .views import pyrepr, resource_view

VIEWS_SOURCE = Path(__file__).with_name("views.py")

PACKAGE = "ucwa"
PROJECT_FILE = "pyproject.toml"
LINE_LENGTH = 100


def _escape_docstring(text: str) -> str:
    # A docstring is a normal string literal: backslashes, closing quotes and control
    # characters (a NUL cannot even appear in source) must be written as escapes.
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return _CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", text)


# Unicode's control characters (category Cc: C0, DEL and C1), but for newline and tab.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _paragraph(text: str, width: int) -> str:
    """Wrap one paragraph; a heading line ending in ':' keeps its items, each indented."""
    lines = text.strip().splitlines()
    wrapper = textwrap.TextWrapper(width, break_long_words=False, break_on_hyphens=False)
    if len(lines) > 1 and lines[0].endswith(":"):
        wrapper.initial_indent, wrapper.subsequent_indent = " " * 4, " " * 8
        items = [wrapper.fill(" ".join(item.split())) for item in lines[1:]]
        return "\n".join([lines[0].strip(), *items])
    return wrapper.fill(" ".join(text.split()))


def docstring(text: str, indent: int) -> str:
    """A docstring (quotes included) wrapped to the line length at ``indent`` spaces."""
    safe = _escape_docstring(text).strip()
    width = LINE_LENGTH - indent - 3  # room for the opening quotes on the first line
    paragraphs = [_paragraph(p, width) for p in safe.split("\n\n") if p.strip()]
    body = "\n\n".join(paragraphs)
    if body.endswith('"'):  # a quote next to the closing quotes would end the string early
        body += " "
    pad = " " * indent
    if "\n" not in body and len(body) + 6 <= width:
        return f'"""{body}"""'
    lines = ('"""' + body + "\n").splitlines()
    return (
        "\n".join((pad + line if line and i else line) for i, line in enumerate(lines))
        + f'\n{pad}"""'
    )


def make_environment(templates: Path) -> jinja2.Environment:
    # No bytecode cache: it would load code from the cache folder. The shipped templates come
    # compiled (templating.PrecompiledLoader); only edited ones are compiled on each run.
    env = jinja2.Environment(
        loader=PrecompiledLoader(templates / "package", "package"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # the output is Python, escaped by pyrepr/docstring, not HTML
    )
    env.filters.update(
        sorted_names=sorted_names,
        pyrepr=pyrepr,
        docstring=docstring,
    )
    return env


def render(api: Api, templates: Path, cache: Cache | None = None) -> dict[str, bytes]:
    """Every generated file, keyed by its path below the output folder: the package, its
    Markdown reference (docs.render_docs) and its project file (render_project).

    A resource module depends only on its own definition (other resources enter it by rel,
    and their class and module names follow from the rel), so with a ``cache`` it is rendered
    again only when that definition or a template changed.
    """
    env = make_environment(templates)
    files: dict[str, bytes] = {}
    # A resource module is the template printing the view-model: both are in the key.
    template_digest = digest(
        *(
            part
            for path in [*sorted((templates / "package").glob("*.j2")), VIEWS_SOURCE]
            for part in (path.name, path.read_bytes())
        )
    )

    def emit(path: str, template: str, **context: object) -> None:
        text = env.get_template(template).render(
            api=api, package=PACKAGE, version=__version__, exports=exports, **context
        )
        files[f"{PACKAGE}/{path}"] = text.encode("utf-8")

    emit("__init__.py", "__init__.py.j2")
    emit("enums.py", "enums.py.j2")
    emit("errors.py", "errors.py.j2")
    emit("registry.py", "registry.py.j2")
    emit("client.py", "client.py.j2")
    emit("resources/__init__.py", "resources_init.py.j2")
    for resource in api.resources:
        path = f"resources/{resource.module}.py"
        # The key (a repr of the whole resource) is worked out only for a cache folder.
        key = digest("render", template_digest, repr(resource)) if cache and cache.folder else ""
        cached = cache.get_bytes(key) if cache and key else None
        if cached is not None:
            files[f"{PACKAGE}/{path}"] = cached
            continue
        emit(path, "resource.py.j2", view=resource_view(resource, api))
        if cache and key:
            cache.put_bytes(key, files[f"{PACKAGE}/{path}"])
    files[f"{PACKAGE}/py.typed"] = b""
    files.update(render_docs(api, templates, cache))
    files[PROJECT_FILE] = render_project(templates)
    return files


def render_project(templates: Path) -> bytes:
    """The client's pyproject.toml, beside the package: its name, version and dependencies."""
    template = project_environment(templates).get_template("pyproject.toml.j2")
    return template.render(package=PACKAGE, version=__version__).encode("utf-8")


def project_environment(templates: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=PrecompiledLoader(templates / "project", "project"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # TOML; every value comes from the generator, none from definitions
    )
