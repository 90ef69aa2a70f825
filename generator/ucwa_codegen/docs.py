"""Stage 4, the reference half: the model through templates/docs/*.j2, into Markdown pages.

``render_docs`` returns ``{relative path: bytes}`` like the package's renderer: an index
(resources, enumerations with their values, error codes) and one page per resource. Every
piece of definition text goes through ``markdown`` or ``code``, so no description can open a
table cell, a link or an HTML tag of its own.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import jinja2

from . import __version__
from .cache import NO_CACHE, Cache
from .model import Api, ErrorRef, Parameter, Property, Resource, TypeRef
from .stamp import digest
from .templating import PrecompiledLoader

DOCS = "docs"
PACKAGE = "ucwa"
INDEX = "index.md"

# Characters that can start Markdown (or HTML) wherever they are; a backslash makes each one
# literal (CommonMark escapes any ASCII punctuation this way).
_INLINE = re.compile(r"([\\`*_\[\]<>|&~])")
# What makes a paragraph a list item, a heading or a quote when it starts the line (the
# punctuation is what gets escaped: a backslash before a digit would be a literal backslash).
_BLOCK_START = re.compile(r"^(\d*)([-+#=>.)])")


def markdown(text: str | None) -> str:
    """Definition text as one line of literal Markdown (for a table cell or a sentence)."""
    line = _INLINE.sub(r"\\\1", " ".join((text or "").split()))
    return _BLOCK_START.sub(r"\1\\\2", line)


def paragraphs(text: str | None) -> str:
    """Definition text as literal Markdown paragraphs, its blank lines kept (imported
    definitions carry no summary: they copy no page text)."""
    return "\n\n".join(markdown(p) for p in (text or "").split("\n\n") if p.strip())


def code(text: str) -> str:
    """A code span of ``text``, with a fence longer than any run of backticks inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0) if "`" in text else 0
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def anchor(heading: str) -> str:
    """The anchor GitHub (and most renderers) give a heading made of letters and digits."""
    return heading.lower()


def type_text(ref: TypeRef, root: str) -> str:
    """A type as Markdown; an enumeration links to its values in the index at ``root``."""
    name = f"[{ref.name}]({root}{INDEX}#{anchor(ref.name)})" if ref.is_enum else ref.name
    text = f"array of {name}" if ref.array else name
    return f"{text}, nullable" if ref.nullable else text


def notes(item: Property | Parameter) -> str:
    """Constraints of a property or parameter beyond its type, as a sentence (or "")."""
    found = []
    if item.max_length is not None:
        found.append(f"At most {item.max_length} characters.")
    if item.as_link:
        found.append(f"Sent as a link ({code(f'_links.{item.wire}.href')}).")
    if item.revision is not None:
        found.append(f"Since revision {item.revision}.")
    if isinstance(item, Parameter) and item.required_by_revision:
        found.append(item.revision_requirement)
    return " ".join(found)


def resource_link(rel: str, root: str) -> str:
    return f"[{rel}]({root}resources/{rel}.md)"


def error_text(error: ErrorRef, root: str) -> tuple[str, str]:
    """The code and subcode of an error as Markdown links into the index."""
    subcode = f"[{error.subcode}]({root}{INDEX}#{anchor('ErrorSubcode')})" if error.subcode else ""
    return f"[{error.error}]({root}{INDEX}#error-codes)", subcode


def make_environment(templates: Path) -> jinja2.Environment:
    # No bytecode cache, as in render.make_environment.
    env = jinja2.Environment(
        loader=PrecompiledLoader(templates / DOCS, DOCS),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # the output is Markdown, escaped by the filters below
    )
    env.filters.update(
        md=markdown,
        paragraphs=paragraphs,
        code=code,
        anchor=anchor,
        type_text=type_text,
        notes=notes,
        resource_link=resource_link,
        error_text=error_text,
    )
    return env


def render_docs(api: Api, templates: Path, cache: Cache = NO_CACHE) -> dict[str, bytes]:
    """The reference: ``docs/index.md`` and ``docs/resources/<rel>.md`` per resource.

    A resource's page depends only on its own definition (other resources and enumerations
    enter it by name), so with a ``cache`` it is rendered again only when that definition or
    a docs template changed.
    """
    env = make_environment(templates)
    template_digest = digest(
        *(
            part
            for path in sorted((templates / DOCS).glob("*.j2"))
            for part in (path.name, path.read_bytes())
        )
    )
    context = {"api": api, "package": PACKAGE, "version": __version__}
    files = {f"{DOCS}/{INDEX}": env.get_template("index.md.j2").render(**context).encode("utf-8")}
    page = env.get_template("resource.md.j2")

    def key(resource: Resource) -> str:  # a repr of the whole resource: only for a cache
        return digest("docs", __version__, template_digest, api.resource_repr(resource))

    def text(resource: Resource) -> bytes:
        return page.render(resource=resource, **context).encode("utf-8")

    for resource in api.resources:
        files[f"{DOCS}/resources/{resource.rel}.md"] = cache.remember(
            partial(key, resource), partial(text, resource)
        )
    return files
