"""Every JSON example of the reference pages, kept in definitions/, against the generated client.

Responses parse into their typed class and serialise back to equal JSON, also with fields the
definitions do not know added. The requests, with their answers, are replayed by
test_replay.py.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from ucwa_runtime.model import OpenEnum, Resource

import ucwa

from .conftest import (
    example_id,
    examples,
    reads_as_resource,
)

RESPONSES = [case for case in examples("response") if reads_as_resource(case[2])]


def test_the_slice_has_examples_to_check() -> None:
    # Guards the parametrised tests below against silently collecting nothing (or much less
    # than the whole reference gives: 151 responses). test_replay.py plays the requests.
    assert len(RESPONSES) >= 150


def expected_class(data: dict[str, Any]) -> type[Resource]:
    return ucwa.RESOURCES.get(data.get("rel", ""), ucwa.GenericResource)


def assert_typed(resource: Resource, data: dict[str, Any]) -> None:
    """Every defined property present in the payload landed in its typed attribute, and every
    typed embedded resource is a resource of its own class, checked the same way."""
    for prop in type(resource).SPEC.properties:
        if prop.wire in data and data[prop.wire] is not None:
            assert prop.wire not in resource.extra_properties, (
                f"{prop.wire} did not fit {prop.type}"
            )
            assert getattr(resource, prop.attr) is not None
    for item in type(resource).SPEC.embedded:
        raw = data.get("_embedded", {}).get(item.wire)
        value = getattr(resource.embedded, item.attr)
        if raw is None:
            assert value is None
            continue
        pairs = zip(value, raw, strict=True) if item.many else [(value, raw)]
        for child, child_data in pairs:
            assert type(child) is ucwa.RESOURCES[item.target or ""]
            assert_typed(child, child_data)


@pytest.mark.parametrize("case", RESPONSES, ids=example_id)
def test_response_example_round_trips(case: Any) -> None:
    _, _, example = case
    data = json.loads(example["body"])
    resource = ucwa.parse(example["body"], "application/json")
    assert type(resource) is expected_class(data)
    assert_typed(resource, data)
    assert json.loads(ucwa.serialize(resource, "application/json")) == data


def _add_unknowns(data: dict[str, Any], cls: type[Resource]) -> bool:
    """Add an unknown property, link attribute and enum value; True if an enum was changed."""
    data["fd0d277b-4d05-448f-9950-383fac2370d6"] = "please pass this in a PUT request"
    data["futureProperty"] = {"nested": [1, "two", None], "flag": True}
    for link in data.get("_links", {}).values():
        for item in link if isinstance(link, list) else [link]:
            item["revision"] = "2"
            item["title"] = "added by a newer server"
    changed = False
    for prop in cls.SPEC.properties:
        kind = prop.type
        if isinstance(kind, type) and issubclass(kind, OpenEnum) and prop.wire in data:
            data[prop.wire] = "ValueFromANewerServer"
            changed = True
    return changed


@pytest.mark.parametrize("case", RESPONSES, ids=example_id)
def test_unknown_fields_are_kept_and_sent_back(case: Any) -> None:
    _, _, example = case
    data = json.loads(example["body"])
    cls = expected_class(data)
    enum_changed = _add_unknowns(data, cls)
    resource = ucwa.parse(json.dumps(data))
    assert resource.extra_properties["futureProperty"] == data["futureProperty"]
    if enum_changed:
        values = [getattr(resource, p.attr) for p in cls.SPEC.properties]
        unknown = [v for v in values if isinstance(v, OpenEnum) and not v.known]
        assert unknown and all(v == "ValueFromANewerServer" for v in unknown)
    assert json.loads(ucwa.serialize(resource)) == data


def test_an_unknown_enum_value_is_typed_and_kept() -> None:
    # Direct check, independent of which examples happen to carry enumerations.
    source = next(c for c in RESPONSES if c[0].path.stem == "conversationLog")
    data = json.loads(source[2]["body"])
    data["direction"] = "Sideways"
    log = ucwa.parse(json.dumps(data))
    assert isinstance(log, ucwa.resources.ConversationLog)
    assert isinstance(log.direction, ucwa.ENUMS["Direction"])
    assert not log.direction.known and log.direction == "Sideways"
    assert json.loads(ucwa.serialize(log))["direction"] == "Sideways"


def test_examples_are_not_mutated_by_the_tests() -> None:
    # The parametrised cases share loaded data; a test that mutated it would hide failures.
    before = copy.deepcopy([c[2] for c in RESPONSES])
    for _, _, example in RESPONSES:
        ucwa.parse(example["body"])
    assert [c[2] for c in RESPONSES] == before
