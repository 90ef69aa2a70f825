"""phoneAudio resource.

Reference: phoneAudio_ref.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

import attrs
from ucwa_runtime.model import Embedded, Link, Links, LinkSpec, PropertySpec, Resource, ResourceSpec
from ucwa_runtime.operations import OperationSpec, OutcomeSpec, call
from ucwa_runtime.transport import Client

from ..enums import CallState

if TYPE_CHECKING:
    from .add_phone_audio import AddPhoneAudio
    from .conversation import Conversation
    from .hold_phone_audio import HoldPhoneAudio
    from .resume_phone_audio import ResumePhoneAudio
    from .stop_phone_audio import StopPhoneAudio


@attrs.define(kw_only=True)
class PhoneAudioLinks(Links):
    """The links of a phoneAudio (its self link is Resource.self_link)."""

    add_phone_audio: Link[AddPhoneAudio] | None = None
    conversation: Link[Conversation] | None = None
    hold_phone_audio: Link[HoldPhoneAudio] | None = None
    resume_phone_audio: Link[ResumePhoneAudio] | None = None
    stop_phone_audio: Link[StopPhoneAudio] | None = None


@attrs.define(kw_only=True)
class PhoneAudio(Resource):
    """The phoneAudio resource.

    Scopes (Skype for Business Online): Conversations.Initiate, Conversations.Receive.
    """

    REL: ClassVar[str] = "phoneAudio"

    state: CallState | None = None
    links: PhoneAudioLinks = attrs.field(factory=PhoneAudioLinks)
    embedded: Embedded = attrs.field(factory=Embedded)
    SPEC: ClassVar[ResourceSpec] = ResourceSpec(
        rel=REL,
        links_class=PhoneAudioLinks,
        embedded_class=Embedded,
        properties=(PropertySpec("state", "state", CallState),),
        links=(
            LinkSpec("addPhoneAudio", "add_phone_audio", target="addPhoneAudio"),
            LinkSpec("conversation", "conversation", target="conversation"),
            LinkSpec("holdPhoneAudio", "hold_phone_audio", target="holdPhoneAudio"),
            LinkSpec("resumePhoneAudio", "resume_phone_audio", target="resumePhoneAudio"),
            LinkSpec("stopPhoneAudio", "stop_phone_audio", target="stopPhoneAudio"),
        ),
    )

    @classmethod
    def get(
        cls,
        client: Client,
        link: Link[PhoneAudio],
    ) -> PhoneAudio:
        """GET phoneAudio.

        Errors: ServiceFailure, Conflict, Gone (see ucwa.errors).
        """
        return call(
            client,
            _GET,
            link,
            {},
        )


_GET: OperationSpec[PhoneAudio] = OperationSpec(
    method="GET",
    outcomes=(OutcomeSpec(200, body="phoneAudio"),),
)
