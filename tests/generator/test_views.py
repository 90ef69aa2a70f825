"""resource.py.j2 prints a view-model (ucwa_codegen.views) that Python worked out: the template
holds no decision, and the view says what the module imports and how each thing is typed."""

from __future__ import annotations

import re

import pytest

from ucwa_codegen.load import load_definitions
from ucwa_codegen.model import Api, build_api
from ucwa_codegen.views import ResourceView, resource_view

from .support import DEFINITIONS, MINIMAL_DEFINITIONS, TEMPLATES

RESOURCE_TEMPLATE = TEMPLATES / "package" / "resource.py.j2"


def test_the_resource_template_only_prints() -> None:
    source = RESOURCE_TEMPLATE.read_text(encoding="utf-8")
    assert not re.search(r"\{%-?\s*set\b", source), "no variables worked out in the template"
    assert "~" not in source, "no strings put together in the template"
    filters = set(re.findall(r"\|\s*([a-z_]+)", source))
    assert filters <= {"docstring", "pyrepr"}, filters
    # Each condition tests a value of the view as it is, never a computation.
    conditions = re.findall(r"\{%-?\s*(?:if|elif)\s+(.+?)\s*-?%\}", source)
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", c) for c in conditions), conditions


@pytest.fixture(scope="module")
def minimal() -> Api:
    return build_api(load_definitions(MINIMAL_DEFINITIONS))


def view(api: Api, rel: str) -> ResourceView:
    return resource_view(api.resource(rel), api)


def test_a_view_types_fields_links_and_embedded_resources(minimal: Api) -> None:
    widget = view(minimal, "widget")
    fields = {f.name: f.annotation for f in widget.properties}
    assert fields["tags"] == "list[str]" and fields["lifetime"] == "timedelta"
    links = {f.name: (f.annotation, f.doc) for f in widget.links}
    assert links["owner"] == ("Link[Widgets]", "The collection the widget belongs to.")
    assert links["help"] == ("Link[Any]", "")
    assert [(f.name, f.annotation) for f in widget.embedded] == [("gadget", "list[Gadget]")]
    assert (widget.links_class, widget.embedded_class) == ("WidgetLinks", "WidgetEmbedded")
    lines = widget.imports.splitlines()
    assert "from datetime import datetime, timedelta" in lines
    assert "from typing import TYPE_CHECKING, Any, ClassVar" in lines
    assert widget.type_checking.splitlines() == [
        "    from collections.abc import Iterable",
        "",
        "    from ucwa_runtime.properties import PropertyReader, PropertyWriter",
        # Client only annotates the operations: imported at run time it would load urllib3.
        "    from ucwa_runtime.transport import Client",
        "",
        "    from .gadget import Gadget",
        "    from .widgets import Widgets",
    ]
    assert not any("ucwa_runtime.transport" in line for line in lines)


def test_a_view_reads_and_writes_each_property_by_its_cardinality_and_type(
    minimal: Api,
) -> None:
    wire = view(minimal, "widget").wire
    cases = dict(wire.read_cases)
    assert cases['"createdAt"'] == 'read.one(key, "created_at", value, datetime)'
    assert cases['"tags"'] == 'read.many(key, "tags", value, str)'
    assert cases['"color"'] == 'read.one(key, "color", value, Color)'
    assert '"rel"' not in cases and wire.read_links == ()
    assert wire.writes[:2] == (
        'write.one("name", self.name, str)',
        'write.one("createdAt", self.created_at, datetime)',
    )
    assert 'write.many("tags", self.tags, str)' in wire.writes


def test_a_property_sent_as_a_link_is_read_from_its_link(real: Api) -> None:
    wire = view(real, "message").wire
    assert 'read.linked("plainMessage", "plain_message", DataUri)' in wire.read_links
    assert 'write.linked("plainMessage", self.plain_message)' in wire.writes
    assert all("plainMessage" not in case for case, _ in wire.read_cases)


def test_a_view_imports_only_what_its_module_uses(minimal: Api) -> None:
    gadget = view(minimal, "gadget")
    lines = gadget.imports.splitlines()
    assert not any(line.startswith("from datetime") for line in lines)
    assert gadget.embedded_class == "Embedded" and gadget.embedded == ()
    operations = [line for line in lines if "ucwa_runtime.operations" in line]
    assert bool(operations) == bool(gadget.operations)


@pytest.fixture(scope="module")
def real() -> Api:
    return build_api(load_definitions(DEFINITIONS))


def test_operations_are_shaped_alike_and_typed_by_what_call_returns(real: Api) -> None:
    for resource in real.resources:
        for op in resource_view(resource, real).operations:
            assert op.constant == f"_{op.method}" and op.name == op.method.lower()
            assert op.returns, (resource.rel, op.method)
            if op.sends_resource:
                assert op.parameters == () and op.call_extras[0] == "self"
                assert op.link_argument == "link or self.require_self_link()"
            else:
                assert op.link_argument == "link"


def test_a_nullable_optional_parameter_defaults_to_unset(real: Api) -> None:
    found = [
        line
        for resource in real.resources
        for op in resource_view(resource, real).operations
        for line in op.parameters
        if "Unset" in line
    ]
    assert found and all(line.endswith(" | Unset | None = UNSET") for line in found)
