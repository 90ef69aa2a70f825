"""What a resource module says, decided in Python; ``resource.py.j2`` only prints it (and
``enum.py.j2`` what an enumeration's module says: :func:`enum_view`).

:func:`resource_view` turns one definition into a :class:`ResourceView`: the module's imports,
each class's fields with their type strings, metadata (wire names: the runtime's
``Resource.SPEC`` is read from them) and docstring texts, and each operation's signature,
docstring, call and ``OperationSpec``. Every string from a definition that becomes code goes
through :func:`pyrepr`; docstring texts are wrapped and escaped by the template's
``docstring`` filter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .imports import Import, import_block
from .model import (
    Api,
    Enumeration,
    EnumValue,
    Operation,
    Parameter,
    Property,
    Relation,
    Resource,
    TypeRef,
)

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


def pyrepr(value: object) -> str:
    """A Python literal of a string or number from the definitions (never raw text).

    JSON's string escapes are all valid Python escapes, and json.dumps escapes every control
    character, so the literal is always one well-formed line.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def python_type(ref: TypeRef) -> str:
    name = item_type(ref)
    return f"list[{name}]" if ref.array else name


def item_type(ref: TypeRef) -> str:
    """The Python type of one value of ``ref`` (of each item, for a list)."""
    return _PRIMITIVE_TYPES.get(ref.name, ref.name)


def parameter_type(param: Parameter) -> str:
    # A message can be given as plain text; the runtime wraps it in a data: URI.
    if param.type.name == "data_uri" and not param.type.array:
        return "DataUri | str"
    return python_type(param.type)


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


@dataclass(frozen=True, slots=True)
class FieldView:
    """One attrs field: ``name: annotation``, its metadata (the wire name, and what the
    runtime's ResourceSpec reads besides) and the docstring text under it ("" for none)."""

    name: str
    annotation: str
    metadata: str
    doc: str


@dataclass(frozen=True, slots=True)
class OperationView:
    """One operation: its method, its call and its OperationSpec, as lines of code."""

    method: str  # GET, POST, ...
    name: str  # the method's name (get, post, ...)
    constant: str  # the module constant holding its OperationSpec (_GET, ...)
    sends_resource: bool
    class_name: str
    parameters: tuple[str, ...]  # the signature after ``link``, one entry per line
    returns: str
    doc: str
    link_argument: str
    arguments: tuple[str, ...]  # the entries of call's arguments dict
    call_extras: tuple[str, ...]  # call's arguments after that dict
    spec_fields: tuple[tuple[str, tuple[str, ...]], ...]  # (query|body, ParameterSpec(...))
    spec_flags: tuple[str, ...]  # sends_resource=True, text_body=(...)
    outcomes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WireView:
    """How the class reads and writes its properties (ucwa_runtime.properties), as calls:
    the ``case`` of each property sent as a property (its wire literal and its read), the
    reads of those sent as links, and each property's write."""

    read_cases: tuple[tuple[str, str], ...]
    read_links: tuple[str, ...]
    writes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResourceView:
    rel: str
    class_name: str
    module_doc: str
    class_doc: str
    links_doc: str
    embedded_doc: str
    imports: str  # the module's import block, sorted as ruff's isort sorts it
    type_checking: str  # the block under ``if TYPE_CHECKING`` (indented), or ""
    links_class: str  # the generated ...Links class, or the runtime's Links when none
    embedded_class: str
    links: tuple[FieldView, ...]
    embedded: tuple[FieldView, ...]
    properties: tuple[FieldView, ...]
    wire: WireView
    operations: tuple[OperationView, ...]


def resource_view(resource: Resource, api: Api) -> ResourceView:
    typed_embedded = tuple(item for item in resource.embedded if item.target)
    referenced = _referenced(resource, api)
    operations = tuple(_operation_view(op, resource, api) for op in resource.operations)
    links_class = f"{resource.class_name}Links" if resource.links else "Links"
    embedded_class = f"{resource.class_name}Embedded" if typed_embedded else "Embedded"
    return ResourceView(
        rel=resource.rel,
        class_name=resource.class_name,
        module_doc=_module_doc(resource),
        class_doc=(resource.summary or f"The {resource.rel} resource.")
        + (
            f"\n\nScopes (Skype for Business Online): {', '.join(resource.scopes)}."
            if resource.scopes
            else ""
        ),
        links_doc=f"The links of a {resource.rel} (its self link is Resource.self_link).",
        embedded_doc=f"The resources a {resource.rel} carries inside itself.",
        imports=import_block(_imports(resource, operations)),
        type_checking=import_block(_type_checking_imports(resource, referenced), 4),
        links_class=links_class,
        embedded_class=embedded_class,
        links=tuple(_link_field(link, api) for link in resource.links),
        embedded=tuple(
            FieldView(
                item.attr,
                _many(item, api.resource(str(item.target)).class_name),
                _metadata(item.wire, target=item.target),
                _doc(item),
            )
            for item in typed_embedded
        ),
        properties=tuple(
            FieldView(
                prop.attr,
                python_type(prop.type),
                _metadata(prop.wire, as_link=prop.as_link),
                _property_doc(prop),
            )
            for prop in resource.properties
        ),
        wire=_wire_view(resource),
        operations=operations,
    )


def _wire_view(resource: Resource) -> WireView:
    """One call per property: ``one`` or ``many`` by its cardinality, ``linked`` for one
    sent as a link's href; each names its type, whose hook the format supplies."""
    cases = []
    links = []
    writes = []
    for prop in resource.properties:
        wire, attr, kind = pyrepr(prop.wire), pyrepr(prop.attr), item_type(prop.type)
        if prop.as_link:
            links.append(f"read.linked({wire}, {attr}, {kind})")
            writes.append(f"write.linked({wire}, self.{prop.attr})")
            continue
        method = "many" if prop.type.array else "one"
        cases.append((wire, f"read.{method}(key, {attr}, value, {kind})"))
        writes.append(f"write.{method}({wire}, self.{prop.attr}, {kind})")
    return WireView(tuple(cases), tuple(links), tuple(writes))


@dataclass(frozen=True, slots=True)
class EnumView:
    name: str
    module_doc: str
    class_doc: str
    values: tuple[EnumValue, ...]


def enum_view(enum: Enumeration) -> EnumView:
    reference = f"\n\nReference: {enum.reference}." if enum.reference else ""
    return EnumView(
        name=enum.name,
        module_doc=f"{enum.name}: one UCWA enumeration, open: a value the definitions do not "
        "list is kept.\n\nGenerated by ucwa-codegen from definitions/enums; do not edit.",
        class_doc=(enum.summary or f"The {enum.name} enumeration.") + reference,
        values=enum.values,
    )


def _module_doc(resource: Resource) -> str:
    head = (
        f"{resource.rel}: {resource.summary}" if resource.summary else f"{resource.rel} resource."
    )
    if not resource.reference:  # a definition of one's own has no reference page
        return head
    revisions = f" (revisions: {', '.join(resource.revisions)})" if resource.revisions else ""
    return f"{head}\n\nReference: {resource.reference}{revisions}."


def _referenced(resource: Resource, api: Api) -> list[tuple[str, str]]:
    """(module, class) of every other resource the module names in annotations only."""
    referenced: set[str] = set()
    for relation in resource.links + resource.embedded:
        if relation.target:
            referenced.add(relation.target)
    for operation in resource.operations:
        for response in operation.responses:
            referenced.update(r for r in (response.body, response.creates) if r)
    referenced.discard(resource.rel)
    return sorted((api.resource(rel).module, api.resource(rel).class_name) for rel in referenced)


def _type_checking_imports(resource: Resource, referenced: list[tuple[str, str]]) -> list[Import]:
    """What the module names in annotations only: other resources' classes, the types of its
    properties' read and write functions, and the Client its operations take (imported at
    run time, it would load urllib3 with every resource class)."""
    writer = ["PropertyWriter"] if resource.properties else []
    imports: list[Import] = [
        ("collections.abc", ["Iterable"]),
        ("ucwa_runtime.properties", ["PropertyReader", *writer]),
    ]
    if resource.operations:
        imports.append(("ucwa_runtime.transport", ["Client"]))
    return imports + [(f".{module}", [cls]) for module, cls in referenced]


def _imports(resource: Resource, operations: tuple[OperationView, ...]) -> list[Import]:
    """The module's imports outside ``if TYPE_CHECKING``."""
    types = [p.type for p in resource.properties] + [
        p.type for o in resource.operations for p in o.parameters
    ]
    names = {t.name for t in types}
    dates = [
        name
        for name, kind in (("datetime", "datetime"), ("timedelta", "timespan"))
        if kind in names
    ]
    imports: list[Import] = [("datetime", dates), ("typing", ["TYPE_CHECKING", "Any", "ClassVar"])]
    imports.append(("attrs", None))
    imports.append(("ucwa_runtime.datauri", ["DataUri"] if "data_uri" in names else []))
    model = ["Embedded", "Links", "Resource"]
    model += ["Link"] if resource.links or resource.operations else []
    imports.append(("ucwa_runtime.model", model))
    if resource.operations:
        ops = ["OperationSpec", "call"]
        ops += ["OutcomeSpec"] if any(o.responses for o in resource.operations) else []
        ops += ["Created"] if any("Created[" in o.returns for o in operations) else []
        ops += ["ParameterSpec"] if any(o.parameters for o in resource.operations) else []
        ops += ["UNSET", "Unset"] if any(o.uses_unset for o in resource.operations) else []
        imports.append(("ucwa_runtime.operations", ops))
    imports.append(("..enums", sorted({t.name for t in types if t.is_enum})))
    return imports


def _many(relation: Relation, target: str) -> str:
    return f"list[{target}]" if relation.many else target


def _doc(relation: Relation) -> str:
    return relation.description or ""


def _link_field(link: Relation, api: Api) -> FieldView:
    target = api.resource(link.target).class_name if link.target else "Any"
    metadata = _metadata(link.wire, target=link.target)
    return FieldView(link.attr, _many(link, f"Link[{target}]"), metadata, _doc(link))


def _metadata(wire: str, *, target: str | None = None, as_link: bool = False) -> str:
    """The field's metadata as a dict literal: its wire name, then what else it has."""
    items = [f'"wire": {pyrepr(wire)}']
    items += [f'"target": {pyrepr(target)}'] if target else []
    items += ['"as_link": True'] if as_link else []
    return "{" + ", ".join(items) + "}"


def _property_doc(prop: Property) -> str:
    parts = [
        prop.description or "",
        f" At most {prop.max_length} characters." if prop.max_length else "",
        f" Sent as _links.{prop.wire}.href." if prop.as_link else "",
    ]
    return "".join(parts).strip()


def _operation_view(op: Operation, resource: Resource, api: Api) -> OperationView:
    sends = op.sends_resource
    returns = return_type(op, api)
    return OperationView(
        method=op.method,
        name=op.method.lower(),
        constant=f"_{op.method}",
        sends_resource=sends,
        class_name=resource.class_name,
        parameters=() if sends else _signature(op),
        returns=returns,
        doc=_operation_doc(op, resource),
        link_argument="link or self.require_self_link()" if sends else "link",
        arguments=tuple(f"{pyrepr(p.attr)}: {p.attr}" for p in op.parameters),
        call_extras=_call_extras(op),
        spec_fields=tuple(
            (section, tuple(_parameter_spec(p) for p in params))
            for section, params in (("query", op.query), ("body", () if sends else op.body))
            if params
        ),
        spec_flags=_spec_flags(op),
        outcomes=tuple(
            f"OutcomeSpec({response.status}"
            + (f", body={pyrepr(response.body)}" if response.body else "")
            + (f", creates={pyrepr(response.creates)}" if response.creates else "")
            + ")"
            for response in op.responses
        ),
    )


def _tuple_literal(values: tuple[object, ...]) -> str:
    """A Python tuple literal of ``values`` (the trailing comma of a one-item tuple kept)."""
    items = ", ".join(pyrepr(value) for value in values)
    return f"({items},)" if len(values) == 1 else f"({items})"


def _call_extras(op: Operation) -> tuple[str, ...]:
    """The arguments of ``call`` after the operation's own: the resource, the text body."""
    extras: tuple[str, ...] = ("self",) if op.sends_resource else ()
    if op.text_body:
        media_type = "media_type" if len(op.text_body) > 1 else pyrepr(op.text_body[0])
        extras += (f"text=(text, {media_type})",)
    return extras


def _spec_flags(op: Operation) -> tuple[str, ...]:
    flags: tuple[str, ...] = ("sends_resource=True",) if op.sends_resource else ()
    if op.text_body:
        flags += (f"text_body={_tuple_literal(op.text_body)}",)
    return flags


def _signature(op: Operation) -> tuple[str, ...]:
    """The parameters of a method that does not send the resource, after ``link``."""
    lines = ["text: str"] if op.text_body else []
    if op.parameters or len(op.text_body) > 1:
        lines.append("*")
    if len(op.text_body) > 1:
        lines.append(f"media_type: str = {pyrepr(op.text_body[0])}")
    for p in op.parameters:
        if p.defaults_to_unset:
            default = " | Unset | None = UNSET"
        elif not p.required_always:
            default = " | None = None"
        else:
            default = " | None" if p.type.nullable else ""
        lines.append(f"{p.attr}: {parameter_type(p)}{default}")
    return tuple(lines)


def _operation_doc(op: Operation, resource: Resource) -> str:
    lines = [op.summary or f"{op.method} {resource.rel}."]
    if op.sends_resource:
        lines.append(
            "Sends this resource back whole (unknown properties included), to ``link`` or to"
            " its self link."
        )
    args = []
    if op.text_body:
        args.append(f"text: The message, sent as the request body ({' or '.join(op.text_body)}).")
    for p in op.parameters:
        kind = "query parameter." if p in op.query else "parameter."
        args.append(
            f"{p.attr}: {p.description or f'The {p.wire} {kind}'}"
            + (f" At most {p.max_length} characters." if p.max_length else "")
            + (
                f" Sent as _links.{p.wire}.href; plain text becomes a data: URI."
                if p.as_link
                else ""
            )
            + (" None is sent as null." if p.type.nullable else "")
            + (f" {p.revision_requirement}" if p.required_by_revision else "")
        )
    if args:
        lines.append("Args:\n" + "\n".join(args))
    if op.errors:
        errors = ", ".join(dict.fromkeys(e.error for e in op.errors))
        lines.append(f"Errors: {errors} (see ucwa.errors).")
    return "\n\n".join(lines)


def _parameter_spec(p: Parameter) -> str:
    revisions = ""
    if p.required_by_revision:
        revisions = f", required_by_revision={_tuple_literal(p.required_by_revision)}"
    return (
        f"ParameterSpec({pyrepr(p.wire)}, {pyrepr(p.attr)}, {python_type(p.type)}"
        + (", required=True" if p.required else "")
        + (f", max_length={p.max_length}" if p.max_length else "")
        + (", as_link=True" if p.as_link else "")
        + (", nullable=True" if p.type.nullable else "")
        + revisions
        + ")"
    )
