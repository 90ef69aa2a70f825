"""Equality and repr of resources, links and embedded sections: written once in the runtime
(by_fields.ComparedByFields) for every generated class, they behave as the methods attrs would
have compiled for each class."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from ucwa_runtime.by_fields import ComparedByFields, HashedByFields
from ucwa_runtime.model import Embedded, GenericResource, Link, Links, Resource
from ucwa_runtime.urls import Target

import ucwa
from ucwa.resources import Application, ConversationLog
from ucwa.resources.application import ApplicationLinks

BODY = (
    b'{"rel": "application", "culture": "en-US", "type": null,'
    b' "_links": {"self": {"href": "/a"}, "me": {"href": "/me"}},'
    b' "_embedded": {"me": {"rel": "me", "name": "Ann"}}}'
)


def test_every_generated_class_takes_the_shared_methods() -> None:
    # Declared eq=False, repr=False, so attrs wrote neither (nor a __hash__).
    for rel in ucwa.RESOURCES:
        cls = ucwa.RESOURCES[rel]
        sections = (attrs.fields(cls).links.default.factory, attrs.fields(cls).embedded.default)
        for kind in (cls, sections[0], sections[1].factory):
            assert issubclass(kind, ComparedByFields)
            assert "__eq__" not in vars(kind) and "__repr__" not in vars(kind), kind
            assert kind.__hash__ is None, kind  # unhashable, as attrs makes a class with eq


def test_equal_when_every_compared_field_is() -> None:
    first, second = ucwa.parse(BODY), ucwa.parse(BODY)
    assert first == second
    assert (first != second) is False  # __ne__ is the inverse of the shared __eq__
    second.response_etag = '"v2"'  # eq=False: which response a copy came from
    assert first == second


@pytest.mark.parametrize(
    "change",
    [
        lambda r: setattr(r, "culture", "fr-FR"),
        lambda r: r.extra_properties.update(x=1),
        lambda r: setattr(r.links, "me", Link(href="/other")),
        lambda r: r.links.extra.update(y=Link(href="/y")),
        lambda r: setattr(r.embedded, "me", None),
    ],
)
def test_unequal_when_a_compared_field_differs(change: Any) -> None:
    first, second = ucwa.parse(BODY), ucwa.parse(BODY)
    change(second)
    assert first != second
    assert (first == second) is False


def test_the_wire_shape_takes_part() -> None:
    # "type": null was sent explicitly; a copy made here has no explicit nulls.
    parsed = ucwa.parse(BODY)
    assert isinstance(parsed, Application)
    made = Application(
        culture="en-US",
        links=parsed.links,
        embedded=parsed.embedded,
        extra_properties=dict(parsed.extra_properties),
    )
    assert made != parsed


def test_only_instances_of_the_same_class_compare() -> None:
    assert Links() == Links()
    assert Links() != ApplicationLinks()
    assert ApplicationLinks().__eq__(Links()) is NotImplemented
    assert Resource() != GenericResource()
    assert GenericResource() != "GenericResource()"


def test_sections_read_later_compare_by_their_values() -> None:
    parsed = ucwa.parse(BODY)
    assert isinstance(parsed, Application)
    made = ApplicationLinks(me=Link(href="/me"), extra={"self": Link(href="/a")})
    assert parsed.links == made


def _as_attrs_writes_it(instance: Any) -> str:
    # The repr attrs compiles for a class of the same name and the same shown fields.
    shown = [field.name for field in attrs.fields(type(instance)) if field.repr]
    mirror = attrs.make_class(type(instance).__name__, shown)
    return repr(mirror(*(getattr(instance, name) for name in shown)))


def test_repr_is_what_attrs_writes() -> None:
    parsed = ucwa.parse(BODY)
    for instance in (parsed, parsed.links, parsed.embedded, Embedded(), GenericResource()):
        assert repr(instance) == _as_attrs_writes_it(instance)
    assert "response_etag" not in repr(parsed) and "_wire" not in repr(parsed)
    assert repr(ConversationLog()).startswith("ConversationLog(extra_properties={}, ")


def test_repr_of_a_resource_inside_itself() -> None:
    resource = GenericResource()
    resource.extra_properties["me"] = resource
    assert repr(resource) == (
        "GenericResource(links=Links(extra={}), embedded=Embedded(extra={}),"
        " extra_properties={'me': ...})"
    )


def test_a_field_repr_function_is_used() -> None:
    @attrs.define(eq=False, repr=False)
    class Masked(ComparedByFields):
        secret: str = attrs.field(repr=lambda _: "***")
        shown: int = 0

    assert repr(Masked("pw", 3)) == "Masked(secret=***, shown=3)"
    assert Masked("pw", 3) == Masked("pw", 3) != Masked("other", 3)


def test_a_frozen_record_hashes_by_the_values_it_compares() -> None:
    @attrs.frozen(eq=False, repr=False)
    class Spec(HashedByFields):
        wire: str
        note: str = attrs.field(default="", eq=False)
        cached: int = attrs.field(default=0, hash=False)

    assert Spec("a", note="x") == Spec("a", note="y")
    assert hash(Spec("a", note="x")) == hash(Spec("a", note="y"))
    assert hash(Spec("a", cached=1)) == hash(Spec("a", cached=2))  # hash=False: left out
    assert Spec("a", cached=1) != Spec("a", cached=2)  # ... though it is compared
    assert len({Spec("a"), Spec("a"), Spec("b")}) == 2
    target = ("https://h/a", "https", "h", 443, "/a")
    assert hash(Target(*target)) == hash(Target(*target))


def test_a_field_compared_through_a_key_compares_its_keys() -> None:
    @attrs.define(eq=False, repr=False)
    class Word(ComparedByFields):
        text: str = attrs.field(eq=str.lower)

    assert Word("Hello") == Word("hELLO") != Word("bye")
