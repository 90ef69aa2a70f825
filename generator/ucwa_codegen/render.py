"""Stage 4: the model through the Jinja2 templates, into an in-memory tree of files.

Nothing here touches the output folder: ``render`` returns ``{relative path: bytes}`` and
stage 5 (write) decides what reaches the disk. Every string that ends up inside generated
code goes through ``pyrepr`` or ``docstring``, so no definition text can become code.
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import partial
from pathlib import Path

import jinja2

from . import __version__, exports
from .cache import NO_CACHE, Cache, digest
from .exports import sorted_names
from .model import Api, Operation, Parameter, Resource, TypeRef
from .templating import PrecompiledLoader

PACKAGE = "ucwa"
PROJECT_FILE = "pyproject.toml"
LINE_LENGTH = 100

_PRIMITIVE_TYPES = {
    "string": "str",
    "uri": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "timespan": "timedelta",
    "data_uri": "DataUri",
}


def python_type(ref: TypeRef) -> str:
    name = _PRIMITIVE_TYPES.get(ref.name, ref.name)
    return f"list[{name}]" if ref.array else name


def parameter_type(param: Parameter) -> str:
    # A message can be given as plain text; the runtime wraps it in a data: URI.
    if param.type.name == "data_uri" and not param.type.array:
        return "DataUri | str"
    return python_type(param.type)


def pyrepr(value: object) -> str:
    """A Python literal of a string or number from the definitions (never raw text).

    JSON's string escapes are all valid Python escapes, and json.dumps escapes every control
    character, so the literal is always one well-formed line.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


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


def return_type(operation: Operation, api: Api) -> str:
    kinds: list[str] = []
    for response in operation.responses:
        if response.creates or (response.status == 201 and response.body is None):
            target = api.resource(response.creates).class_name if response.creates else "Resource"
            kinds.append(f"Created[{target}]")
        elif response.body:
            kinds.append(api.resource(response.body).class_name)
        elif response.status == 204:
            kinds.append("None")
        else:  # a body may come that the definition does not type
            kinds += ["Resource", "None"]
    unique = list(dict.fromkeys(kinds))
    if "None" in unique:  # None reads best last
        unique = [k for k in unique if k != "None"] + ["None"]
    return " | ".join(unique) or "None"


def _resource_context(resource: Resource, api: Api) -> dict[str, object]:
    """What the resource template needs beyond the model: its imports, worked out once."""
    referenced: set[str] = set()
    for relation in resource.links + resource.embedded:
        if relation.target:
            referenced.add(relation.target)
    for operation in resource.operations:
        for response in operation.responses:
            referenced.update(r for r in (response.body, response.creates) if r)
    referenced.discard(resource.rel)
    types = [p.type for p in resource.properties] + [
        p.type for o in resource.operations for p in o.parameters
    ]
    returns = [return_type(o, api) for o in resource.operations]
    return {
        "resource": resource,
        "type_checking": sorted(
            (api.resource(rel).module, api.resource(rel).class_name) for rel in referenced
        ),
        "enums": sorted({t.name for t in types if t.is_enum}),
        "uses_datetime": any(t.name == "datetime" for t in types),
        "uses_timedelta": any(t.name == "timespan" for t in types),
        "uses_data_uri": any(t.name == "data_uri" for t in types),
        "uses_any_link": any(r.target is None for r in resource.links),
        "uses_created": any("Created[" in r for r in returns),
        "uses_generic_resource": any("Created[Resource]" in r for r in returns),
    }


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
        pytype=python_type,
        param_type=parameter_type,
        pyrepr=pyrepr,
        docstring=docstring,
    )
    return env


def render(api: Api, templates: Path, cache: Cache = NO_CACHE) -> dict[str, bytes]:
    """Every generated file but the Markdown reference (docs.render_docs), keyed by its path
    below the output folder: the package and its project file (render_project).

    A resource module depends only on its own definition (other resources enter it by rel,
    and their class and module names follow from the rel), so with a ``cache`` it is rendered
    again only when that definition or a template changed.
    """
    env = make_environment(templates)
    files: dict[str, bytes] = {}
    template_digest = digest(
        *(
            part
            for path in sorted((templates / "package").glob("*.j2"))
            for part in (path.name, path.read_bytes())
        )
    )

    def text(template: str, **context: object) -> bytes:
        rendered = env.get_template(template).render(
            api=api, package=PACKAGE, version=__version__, exports=exports, **context
        )
        return rendered.encode("utf-8")

    def module(resource: Resource) -> bytes:
        context = _resource_context(resource, api)
        return text("resource.py.j2", return_type=lambda op: return_type(op, api), **context)

    def key(resource: Resource) -> str:  # a repr of the whole resource: only for a cache
        return digest("render", template_digest, repr(resource))

    files[f"{PACKAGE}/__init__.py"] = text("__init__.py.j2")
    files[f"{PACKAGE}/enums.py"] = text("enums.py.j2")
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
