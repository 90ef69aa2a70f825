"""Types from description hints and example values."""

from __future__ import annotations

from typing import Any

import pytest

from ucwa_codegen.importer.types import UNDECIDED, Enumerations, TypeFact, from_hint, from_values

ENUMS = Enumerations(
    {
        "Importance": ["Normal", "Urgent", "Emergency"],
        "Policy": ["Enabled", "Disabled"],
        "Lock": ["Enabled", "Disabled", "Unknown"],
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The subject.String", TypeFact("string", "description-hint")),
        (
            "Its ID.The maximum length is 50 characters. String",
            TypeFact("string", "description-hint"),
        ),
        ("CityString", TypeFact("string", "description-hint")),
        ("Whether to.Nullable Boolean", TypeFact("bool", "description-hint", nullable=True)),
        ("How long.Nullable TimeSpan", TypeFact("timespan", "description-hint", nullable=True)),
        ("A count.Int32", TypeFact("int", "description-hint")),
        ("When.Nullable DateTime", TypeFact("datetime", "description-hint", nullable=True)),
        ("The uris.Array of String", TypeFact("string", "description-hint", array=True)),
        ("A message.ExternalResource", TypeFact("data_uri", "description-hint", as_link=True)),
        (
            "How important.(Importance)Normal, Urgent, or Emergency",
            TypeFact("Importance", "description-hint"),
        ),
        (
            "Formats.Array of (Importance)Normal, or Urgent",
            TypeFact("Importance", "description-hint", array=True),
        ),
        (
            "Preferred.Voip is default Nullable (Importance)Normal, or Urgent",
            TypeFact("Importance", "description-hint", nullable=True),
        ),
    ],
)
def test_hints(text: str, expected: TypeFact) -> None:
    hint = from_hint(text, ENUMS)
    assert hint is not None and hint.fact == expected


def test_no_hint() -> None:
    assert from_hint("The maximum value is 30 and the minimum value is 10", ENUMS) is None


def test_an_enumeration_hint_lists_its_values() -> None:
    hint = from_hint("(Importance)Normal, Urgent, or Emergency", ENUMS)
    assert hint is not None and hint.enum_values == ("Normal", "Urgent", "Emergency")


@pytest.mark.parametrize(
    ("values", "name", "expected"),
    [
        (["/Date(1474932024587)/"], "created", TypeFact("datetime", "json-example")),
        ([3, 5], "count", TypeFact("int", "json-example")),
        ([3, 5.5], "ratio", TypeFact("float", "json-example")),
        ([False], "ready", TypeFact("bool", "json-example")),
        ([["a", "b"]], "tags", TypeFact("string", "json-example", array=True)),
        (["Urgent"], "importance", TypeFact("Importance", "json-example")),
        (["Unknown"], "anything", TypeFact("Lock", "json-example")),
        (["Enabled"], "policy", TypeFact("Policy", "json-example")),
        (["samplevalue", None], "subject", TypeFact("string", "json-example", nullable=True)),
    ],
)
def test_example_values(values: list[Any], name: str, expected: TypeFact) -> None:
    assert from_values(values, name, ENUMS, "json-example") == expected


@pytest.mark.parametrize(
    ("values", "why"),
    [
        (["Enabled"], "are members of Lock, Policy"),
        ([None], "only show null"),
        ([[]], "only show empty lists"),
        ([{"a": 1}], "an object"),
        ([1, "a"], "kinds int, str"),
    ],
)
def test_what_values_do_not_decide(values: list[Any], why: str) -> None:
    fact = from_values(values, "setting", ENUMS, "json-example")
    assert fact is not None and fact.type == "string" and fact.origin == "decided"
    assert (
        fact.decision is not None and fact.decision.startswith(UNDECIDED) and why in fact.decision
    )


def test_xml_digits_do_not_decide_between_number_and_string() -> None:
    fact = from_values(["12983487"], "conferenceId", ENUMS, "xml-example")
    assert fact is not None and fact.undecided


def test_iso_dates_of_xml_examples_are_datetimes() -> None:
    fact = from_values(["2016-09-26T16:20:24.6066543-07:00"], "created", ENUMS, "xml-example")
    assert fact == TypeFact("datetime", "xml-example")
