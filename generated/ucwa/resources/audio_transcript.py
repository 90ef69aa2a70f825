"""audioTranscript resource.

Reference: audioTranscript_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, Resource
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call

from ..enums import AudioTranscriptStatus

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ucwa_runtime.properties import PropertyReader, PropertyWriter
    from ucwa_runtime.transport import Client


# Equality and repr come from the runtime's base classes (see ucwa_runtime.by_fields).
@attrs.define(kw_only=True, eq=False, repr=False)
class AudioTranscript(Resource):
    """The audioTranscript resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "audioTranscript"

    duration: str | None = attrs.field(default=None, metadata={"wire": "duration"})
    status: AudioTranscriptStatus | None = attrs.field(default=None, metadata={"wire": "status"})
    links: Links = attrs.field(factory=Links)
    embedded: Embedded = attrs.field(factory=Embedded)

    @staticmethod
    def _read_properties(read: PropertyReader, properties: Iterable[tuple[str, Any]]) -> None:
        for key, value in properties:
            match key:
                case "rel":
                    read.rel(value)
                case "duration":
                    read.one(key, "duration", value, str)
                case "status":
                    read.one(key, "status", value, AudioTranscriptStatus)
                case _:
                    read.other(key, value)

    def _write_properties(self, write: PropertyWriter) -> None:
        write.one("duration", self.duration, str)
        write.one("status", self.status, AudioTranscriptStatus)

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[AudioTranscript],
    ) -> AudioTranscript:
        """GET audioTranscript.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[AudioTranscript] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="audioTranscript"),),
)
