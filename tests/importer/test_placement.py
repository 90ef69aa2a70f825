"""Where a parameter travels (query or body) is one fact a person decides: a re-import does
not put back in the query a parameter the definition moved to the body, and the importer
keeps what the pages show of a 201 (its Location, its body)."""

from __future__ import annotations

from ucwa_codegen.importer.examples import _kept
from ucwa_codegen.importer.merge import merge

IMPORTED = {
    "operations": {
        "POST": {
            "query": {"message": {"type": "string"}, "operationId": {"type": "string"}},
            "responses": [{"status": 204}],
        }
    }
}


def test_a_parameter_moved_to_the_body_is_not_imported_again_into_the_query() -> None:
    existing = {
        "operations": {
            "POST": {
                "body": {"message": {"type": "string", "placement": "Body: the topic page."}},
                "responses": [{"status": 204}],
            }
        }
    }
    post = merge(existing, IMPORTED)["operations"]["POST"]
    assert post["body"] == existing["operations"]["POST"]["body"]
    # A query parameter the file does not place elsewhere is still added.
    assert post["query"] == {"operationId": {"type": "string"}}


def test_a_parameter_kept_in_both_sections_stays_in_both() -> None:
    existing = {
        "operations": {
            "POST": {
                "query": {"message": {"type": "string"}},
                "body": {"message": {"type": "string"}},
                "responses": [{"status": 204}],
            }
        }
    }
    post = merge(existing, IMPORTED)["operations"]["POST"]
    assert set(post["query"]) == {"message", "operationId"} and set(post["body"]) == {"message"}


def test_a_response_keeps_its_location_and_a_request_does_not() -> None:
    assert _kept("response", "Location", "/ucwa/v1/applications/192/invitations/602")
    assert not _kept("request", "Location", "/x")
    assert _kept("request", "Content-Type", "application/json")
    # A response's Content-Type is kept only where it says the payload is no JSON or XML.
    assert not _kept("response", "Content-Type", "application/json")
    assert _kept("response", "Content-Type", "image/jpeg")
