"""Types the reference pages do decide, in their descriptions and examples.

Each was written as an undecided string; the page names the enumeration (MediaDirectionType,
SubscriptionState...), shows it in its example (a session's Established), or gives the unit
(the event channel's timers in seconds).
"""

from __future__ import annotations

from typing import Any

import pytest

import ucwa
from ucwa.enums import (
    ContactType,
    InvitationState,
    MediaDirectionType,
    ModalityType,
    SessionState,
    SourceNetwork,
    SubscriptionState,
)

from .conftest import FakePool


def _property_type(rel: str, wire: str) -> Any:
    [prop] = [p for p in ucwa.RESOURCES[rel].SPEC.properties if p.wire == wire]
    return prop.type


@pytest.mark.parametrize(
    ("rel", "wire", "expected"),
    [
        ("participantAudio", "audioDirection", MediaDirectionType),
        ("participantVideo", "videoDirection", MediaDirectionType),
        ("participantPanoramicVideo", "panoramicVideoDirection", MediaDirectionType),
        ("participantApplicationSharing", "applicationSharingDirection", MediaDirectionType),
        ("audioVideoSession", "state", SessionState),
        ("myContactsAndGroupsSubscription", "state", SubscriptionState),
        ("acceptedByContact", "sourceNetwork", SourceNetwork),
        ("acceptedByContact", "type", ContactType),
        ("to", "sourceNetwork", SourceNetwork),
        ("to", "type", ContactType),
        ("contactSupportedModalities", "modalities", list[ModalityType]),
        ("audioVideoInvitation", "state", InvitationState),
    ],
)
def test_a_type_the_page_names_is_the_property_s_type(rel: str, wire: str, expected: Any) -> None:
    assert _property_type(rel, wire) == expected


def test_a_contact_s_phone_audio_modality_is_a_known_value() -> None:
    # PhoneAudio is a ModalityType, not a ConversationModalityType: typed as the latter it
    # was an unknown value.
    modalities = ucwa.parse(
        '{"rel": "contactSupportedModalities", "modalities": ["PhoneAudio", "Messaging"]}'
    )
    assert isinstance(modalities, ucwa.resources.ContactSupportedModalities)
    assert modalities.modalities == [ModalityType.PHONE_AUDIO, ModalityType.MESSAGING]
    assert all(m.known for m in modalities.modalities)


def test_the_event_channel_timers_are_whole_seconds(pool: FakePool) -> None:
    from ucwa.resources.events import _GET

    assert {(p.wire, p.type) for p in _GET.query} == {
        ("low", int),
        ("medium", int),
        ("priority", int),
        ("timeout", int),
    }
    pool.answer(200, b'{"rel": "events"}', {"Content-Type": "application/json"})
    client = ucwa.Client("https://fe1.contoso.com", pool=pool)  # type: ignore[arg-type]
    link: ucwa.Link[Any] = ucwa.Link(href="/ucwa/v1/applications/192/events?ack=1")
    ucwa.resources.Events.get(client, link, low=15, medium=5, timeout=180, priority=1)
    [sent] = pool.sent
    assert sent.url.endswith("events?ack=1&low=15&medium=5&priority=1&timeout=180")
