"""Stage 3: the intermediate model the templates read.

Built once from validated definitions and never copied or mutated afterwards (frozen,
slotted dataclasses holding tuples); references between resources are kept as rels and
resolved through :meth:`Api.resource`, so the model is a tree, not a graph to deep-copy.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import names
from .load import SourceFile

PRIMITIVES = frozenset(
    {"string", "int", "float", "bool", "datetime", "timespan", "uri", "data_uri"}
)
# The types a property sent as a link (``as: link``) may have: UCWA sends data: URIs so, and
# an href read as another type would lose the base URL a relative href is resolved against.
LINK_TYPES = frozenset({"data_uri"})
METHODS = ("GET", "POST", "PUT", "DELETE", "OPTIONS")


@dataclass(frozen=True, slots=True)
class TypeRef:
    name: str
    array: bool = False
    nullable: bool = False

    @property
    def is_enum(self) -> bool:
        return self.name not in PRIMITIVES


@dataclass(frozen=True, slots=True)
class Property:
    wire: str
    attr: str
    type: TypeRef
    description: str | None = None
    max_length: int | None = None
    revision: int | None = None
    as_link: bool = False  # the server sends it as _links.NAME.href, not as a property


@dataclass(frozen=True, slots=True)
class Relation:
    """A link or an embedded resource."""

    wire: str
    attr: str
    target: str | None
    many: bool
    description: str | None = None
    revision: int | None = None


@dataclass(frozen=True, slots=True)
class Parameter:
    """A parameter; ``required`` is the first revision's, ``required_by_revision`` holds
    (revision, required) where a later revision changes it."""

    wire: str
    attr: str
    type: TypeRef
    required: bool = False
    max_length: int | None = None
    as_link: bool = False
    description: str | None = None
    revision: int | None = None
    required_by_revision: tuple[tuple[int, bool], ...] = ()

    @property
    def required_always(self) -> bool:
        """Required by every revision: the generated call takes it without a default."""
        return self.required and all(required for _, required in self.required_by_revision)

    @property
    def revision_requirement(self) -> str:
        """Where later revisions change whether it is required, as a sentence (or "")."""
        return " ".join(
            f"{'Required' if required else 'Optional'} from revision {revision} on."
            for revision, required in self.required_by_revision
        )

    @property
    def defaults_to_unset(self) -> bool:
        """A nullable parameter a call may leave out: its default is UNSET, as None is sent."""
        return self.type.nullable and not self.required_always


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: str | None = None
    creates: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorRef:
    error: str
    status: int
    subcode: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    summary: str | None
    query: tuple[Parameter, ...]
    body: tuple[Parameter, ...]
    sends_resource: bool
    text_body: tuple[str, ...]
    responses: tuple[Response, ...]
    errors: tuple[ErrorRef, ...]
    revision: int | None = None

    @property
    def parameters(self) -> tuple[Parameter, ...]:
        """The method's parameters: required ones first (they have no default).

        An operation that sends the resource itself takes no body parameters: the body
        parameters of its definition describe the resource's properties.
        """
        both = self.query if self.sends_resource else self.body + self.query
        return tuple(p for p in both if p.required_always) + tuple(
            p for p in both if not p.required_always
        )

    @property
    def uses_unset(self) -> bool:
        return any(p.defaults_to_unset for p in self.parameters)


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    sender: str
    resource: str | None = None  # the rel the event reports, where it is not the resource's
    priority: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Resource:
    rel: str
    class_name: str
    module: str
    summary: str | None  # written by a person; imported definitions have none
    reference: str | None  # None: a definition of one's own, not in Microsoft's reference
    source: Path
    revisions: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    properties: tuple[Property, ...] = ()
    links: tuple[Relation, ...] = ()
    embedded: tuple[Relation, ...] = ()
    operations: tuple[Operation, ...] = ()
    events: tuple[Event, ...] = ()


@dataclass(frozen=True, slots=True)
class EnumValue:
    wire: str
    member: str
    description: str | None = None


@dataclass(frozen=True, slots=True)
class Enumeration:
    name: str
    module: str  # its module in the package's ``enums``: one module each, imported on first use
    summary: str | None
    reference: str | None
    source: Path
    values: tuple[EnumValue, ...]


@dataclass(frozen=True, slots=True)
class ErrorCode:
    name: str
    status: int
    description: str | None = None
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class Api:
    """The whole API; ``error_codes`` keep the catalogue's order."""

    resources: tuple[Resource, ...]
    enums: tuple[Enumeration, ...]
    error_codes: tuple[ErrorCode, ...]
    generic_errors: tuple[ErrorRef, ...]
    _by_rel: dict[str, Resource] = field(default_factory=dict, compare=False, repr=False)
    _reprs: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_rel.update((resource.rel, resource) for resource in self.resources)

    def resource(self, rel: str) -> Resource:
        return self._by_rel[rel]

    def resource_repr(self, resource: Resource) -> str:
        """``repr(resource)``, worked out once: both the module and the reference page of a
        resource are cached under it (the whole resource, as nothing else enters them)."""
        if self._by_rel.get(resource.rel) is not resource:
            return repr(resource)
        text = self._reprs.get(resource.rel)
        if text is None:
            text = self._reprs[resource.rel] = repr(resource)
        return text

    @property
    def status_fallbacks(self) -> tuple[tuple[int, str], ...]:
        """(status, code) for a response whose body names no code: the only code with that
        status, or the one marked ``fallback`` (validate makes sure there is one)."""
        chosen: dict[int, str] = {}
        for code in self.error_codes:
            if code.fallback or code.status not in chosen:
                chosen[code.status] = code.name
        return tuple(sorted(chosen.items()))


def _type(data: dict[str, Any]) -> TypeRef:
    return TypeRef(data["type"], bool(data.get("array")), bool(data.get("nullable")))


def _relations(items: dict[str, Any]) -> tuple[Relation, ...]:
    return tuple(
        Relation(
            wire,
            names.attribute_name(wire),
            item.get("target"),
            item.get("cardinality", "one") == "many",
            item.get("description"),
            item.get("revision"),
        )
        for wire, item in items.items()
    )


def _parameters(items: dict[str, Any], taken: Iterable[str] = ()) -> tuple[Parameter, ...]:
    taken = set(taken)
    result = []
    for wire, item in items.items():
        attr = names.attribute_name(wire)
        if attr in taken:  # a query parameter named like a body parameter
            attr = attr.rstrip("_") + "_query"
        result.append(
            Parameter(
                wire,
                attr,
                _type(item),
                bool(item.get("required")),
                item.get("max_length"),
                item.get("as") == "link",
                item.get("description"),
                item.get("revision"),
                tuple((r["revision"], r["required"]) for r in item.get("required_by_revision", ())),
            )
        )
    return tuple(result)


def _operation(method: str, data: dict[str, Any]) -> Operation:
    body = _parameters(data.get("body", {}))
    return Operation(
        method,
        data.get("summary"),
        _parameters(data.get("query", {}), (p.attr for p in body)),
        body,
        bool(data.get("sends_resource")),
        tuple(data.get("text_body", ())),
        tuple(
            Response(r["status"], r.get("body"), r.get("creates"))
            for r in data.get("responses", ())
        ),
        tuple(_error(e) for e in data.get("errors", ())),
        data.get("revision"),
    )


def _error(data: dict[str, Any]) -> ErrorRef:
    return ErrorRef(data["error"], data["status"], data.get("subcode"), data.get("description"))


def build_resource(source: SourceFile) -> Resource:
    data = source.data
    rel = data["resource"]
    operations = data.get("operations", {})
    return Resource(
        rel=rel,
        class_name=names.class_name(rel),
        module=names.module_name(rel),
        summary=data.get("summary"),
        reference=data.get("reference"),
        source=source.path,
        revisions=tuple(data.get("revisions", ())),
        scopes=tuple(data.get("scopes", ())),
        properties=tuple(
            Property(
                wire,
                names.attribute_name(wire),
                _type(item),
                item.get("description"),
                item.get("max_length"),
                item.get("revision"),
                item.get("as") == "link",
            )
            for wire, item in data.get("properties", {}).items()
        ),
        links=_relations(data.get("links", {})),
        embedded=_relations(data.get("embedded", {})),
        operations=tuple(_operation(m, operations[m]) for m in METHODS if m in operations),
        events=tuple(
            Event(
                e["type"], e["sender"], e.get("resource"), e.get("priority"), e.get("description")
            )
            for e in data.get("events", ())
        ),
    )


def build_enum(source: SourceFile) -> Enumeration:
    data = source.data
    return Enumeration(
        name=data["enum"],
        module=names.module_name(data["enum"]),
        summary=data.get("summary"),
        reference=data.get("reference"),
        source=source.path,
        values=tuple(
            EnumValue(wire, names.member_name(wire), (item or {}).get("description"))
            for wire, item in data["values"].items()
        ),
    )


def build_api(files: Iterable[SourceFile]) -> Api:
    """The model of validated definition files (see validate.validate)."""
    resources: list[Resource] = []
    enums: list[Enumeration] = []
    codes: tuple[ErrorCode, ...] = ()
    generic: tuple[ErrorRef, ...] = ()
    for source in files:
        data = source.data
        if "resource" in data:
            resources.append(build_resource(source))
        elif "enum" in data:
            enums.append(build_enum(source))
        else:
            errors = data["errors"]
            codes = tuple(
                ErrorCode(name, item["status"], item.get("description"), bool(item.get("fallback")))
                for name, item in errors["codes"].items()
            )
            generic = tuple(_error(e) for e in errors.get("generic", ()))
    return Api(
        tuple(sorted(resources, key=lambda r: r.rel)),
        tuple(sorted(enums, key=lambda e: e.name)),
        codes,
        generic,
    )
