"""search resource.

Reference: search_ref.md (revisions: search2_ref.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, ParameterSpec, call

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client

    from .contact import Contact
    from .distribution_group import DistributionGroup


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class SearchLinks(Links):
    """The links of a search (its self link is Resource.self_link)."""

    contact: Link[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    distribution_group: Link[DistributionGroup] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class SearchEmbedded(Embedded):
    """The resources a search carries inside itself."""

    contact: list[Contact] | None = attrs.field(
        default=None, metadata={"wire": "contact", "target": "contact"}
    )
    distribution_group: list[DistributionGroup] | None = attrs.field(
        default=None, metadata={"wire": "distributionGroup", "target": "distributionGroup"}
    )


@attrs.define(kw_only=True, eq=False, repr=False)
class Search(Resource):
    """The search resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "search"

    more_results_available: bool | None = attrs.field(
        default=None, metadata={"wire": "moreResultsAvailable"}
    )
    links: SearchLinks = attrs.field(factory=SearchLinks)
    embedded: SearchEmbedded = attrs.field(factory=SearchEmbedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "moreResultsAvailable":
                    read.one(key, "more_results_available", value, bool)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("moreResultsAvailable", self.more_results_available, bool)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[Search],
        *,
        limit: int | None = None,
        query: str | None = None,
        mail: str | None = None,
    ) -> Search:
        """GET search.

        Args:
            limit: The limit query parameter.
            query: The query query parameter. At most 256 characters. Optional from revision 2
                on.
            mail: The mail query parameter. At most 256 characters.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {
                "limit": limit,
                "query": query,
                "mail": mail,
            },
        )


_GET: OperationSpec[Search] = OperationSpec(
    method="GET",
    query=(
        ParameterSpec("limit", "limit", int),
        ParameterSpec(
            "query", "query", str, required=True, max_length=256, required_by_revision=((2, False),)
        ),
        ParameterSpec("mail", "mail", str, max_length=256),
    ),
    outcomes=(OutcomeSpec(200, body="search"),),
)
