"""contactNote resource.

Reference: contactNote_ref.md.
"""

from __future__ import annotations

from typing import ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import NoteType


@attrs.define(kw_only=True)
class ContactNote(Resource):
    """The contactNote resource.

    Scopes (Skype for Business Online): Contacts.ReadWrite.
    """

    REL: ClassVar[str] = "contactNote"

    message: str | None = None
    type: NoteType | None = None
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[ContactNote],
    ) -> ContactNote:
        """GET contactNote.

        Errors: Forbidden, ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        result: ContactNote = call(
            client,
            _GET,
            link,
            {},
        )
        return result


ContactNote.SPEC = ResourceSpec(
    rel="contactNote",
    links_class=Links,
    embedded_class=Embedded,
    properties=(
        PropertySpec("message", "message", str),
        PropertySpec("type", "type", NoteType),
    ),
)

_GET = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="contactNote"),),
)
