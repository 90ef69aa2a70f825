"""The tests' assertion over ``ucwa_testing.xml_equivalence`` (the one comparison of UCWA XML
documents, shared with ``ucwa-gen coverage``): a failure shows both canonical forms."""

from __future__ import annotations

from ucwa_testing.xml_equivalence import NAMESPACE, canonical_document

__all__ = ["NAMESPACE", "assert_equivalent"]


def assert_equivalent(actual: bytes | str, expected: bytes | str) -> None:
    assert canonical_document(actual) == canonical_document(expected)
