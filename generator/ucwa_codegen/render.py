"""Stage 4: the model through the Jinja2 templates, into an in-memory tree of files.

Nothing here touches the output folder: ``render`` returns ``{relative path: bytes}`` and
stage 5 (write) decides what reaches the disk. Every string that ends up inside generated
code goes through ``pyrepr`` or ``docstring``, so no definition text can become code.
"""

from __future__ import annotations

import re
import textwrap
from functools import partial
from pathlib import Path

import jinja2

from . import __version__, exports
from .cache import NO_CACHE, Cache
from .exports import sorted_names
from .model import Api, Enumeration, Resource
from .stamp import digest
from .templating import PrecompiledLoader
from .views import enum_view, pyrepr, resource_view

# The view-model's code and the filters (docstring, here): a resource or enumeration module's
# text follows from these and the templates.
VIEWS_SOURCES = tuple(
    Path(__file__).with_name(name) for name in ("views.py", "imports.py", "render.py")
)

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
    # No bytecode cache: it would load code from the cache folder. Each template is compiled
    # once, into the generator's own folder (templating.PrecompiledLoader, built.py).
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


def render(api: Api, templates: Path, cache: Cache = NO_CACHE) -> dict[str, bytes]:
    """Every generated file but the Markdown reference (docs.render_docs), keyed by its path
    below the output folder: the package and its project file (render_project).

    A resource module depends only on its own definition (other resources enter it by rel,
    and their class and module names follow from the rel), and an enumeration's module only
    on its enumeration, so with a ``cache`` each is rendered again only when that definition
    or a template changed.
    """
    env = make_environment(templates)
    files: dict[str, bytes] = {}
    # A resource module is the template printing the view-model: both are in the key.
    template_digest = digest(
        *(
            part
            for path in [*sorted((templates / "package").glob("*.j2")), *VIEWS_SOURCES]
            for part in (path.name, path.read_bytes())
        )
    )

    def text(template: str, **context: object) -> bytes:
        rendered = env.get_template(template).render(
            api=api, package=PACKAGE, version=__version__, exports=exports, **context
        )
        return rendered.encode("utf-8")

    def module(resource: Resource) -> bytes:
        return text("resource.py.j2", view=resource_view(resource, api))

    def enum_module(enum: Enumeration) -> bytes:
        return text("enum.py.j2", view=enum_view(enum))

    def key(resource: Resource) -> str:  # a repr of the whole resource: only for a cache
        return digest("render", template_digest, api.resource_repr(resource))

    def enum_key(enum: Enumeration) -> str:  # an enumeration's module depends on it alone
        return digest("render enum", template_digest, repr(enum))

    files[f"{PACKAGE}/__init__.py"] = text("__init__.py.j2")
    files[f"{PACKAGE}/enums/__init__.py"] = text("enums_init.py.j2")
    for enum in api.enums:
        files[f"{PACKAGE}/enums/{enum.module}.py"] = cache.remember(
            partial(enum_key, enum), partial(enum_module, enum)
        )
    files[f"{PACKAGE}/errors.py"] = text("errors.py.j2")
    files[f"{PACKAGE}/registry.py"] = text("registry.py.j2")
    files[f"{PACKAGE}/client.py"] = text("client.py.j2")
    files[f"{PACKAGE}/resources/__init__.py"] = text("resources_init.py.j2")
    for resource in api.resources:
        files[f"{PACKAGE}/resources/{resource.module}.py"] = cache.remember(
            partial(key, resource), partial(module, resource)
        )
    files[f"{PACKAGE}/py.typed"] = b""
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
