"""One module per UCWA resource; each class is also an attribute here, imported on first use
(``from ucwa.resources import ConversationLog`` loads that one module only)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..registry import RESOURCES

if TYPE_CHECKING:
    from .accept import Accept
    from .accept_with_answer import AcceptWithAnswer
    from .accept_with_phone_audio import AcceptWithPhoneAudio
    from .accepted_by_contact import AcceptedByContact
    from .accepted_by_participant import AcceptedByParticipant
    from .add_audio import AddAudio
    from .add_audio_video import AddAudioVideo
    from .add_messaging import AddMessaging
    from .add_participant import AddParticipant
    from .add_phone_audio import AddPhoneAudio
    from .add_to_contact_list import AddToContactList
    from .add_to_presence_subscription import AddToPresenceSubscription
    from .add_video import AddVideo
    from .admit import Admit
    from .anon_applications import AnonApplications
    from .answer import Answer
    from .application import Application
    from .application_sharer import ApplicationSharer
    from .application_sharing import ApplicationSharing
    from .application_sharing_renegotiation import ApplicationSharingRenegotiation
    from .applications import Applications
    from .attendees import Attendees
    from .audio_transcript import AudioTranscript
    from .audio_video import AudioVideo
    from .audio_video_invitation import AudioVideoInvitation
    from .audio_video_negotiation import AudioVideoNegotiation
    from .audio_video_policies import AudioVideoPolicies
    from .audio_video_renegotiation import AudioVideoRenegotiation
    from .audio_video_session import AudioVideoSession
    from .audio_video_sessions import AudioVideoSessions
    from .batch import Batch
    from .call_forwarding_settings import CallForwardingSettings
    from .cancel import Cancel
    from .change_number import ChangeNumber
    from .change_visibility import ChangeVisibility
    from .communication import Communication
    from .contact import Contact
    from .contact_location import ContactLocation
    from .contact_note import ContactNote
    from .contact_photo import ContactPhoto
    from .contact_presence import ContactPresence
    from .contact_privacy_relationship import ContactPrivacyRelationship
    from .contact_supported_modalities import ContactSupportedModalities
    from .continue_audio import ContinueAudio
    from .continue_audio_video import ContinueAudioVideo
    from .continue_messaging import ContinueMessaging
    from .continue_phone_audio import ContinuePhoneAudio
    from .continue_video import ContinueVideo
    from .conversation import Conversation
    from .conversation_extension_result import ConversationExtensionResult
    from .conversation_log import ConversationLog
    from .conversation_log_recipient import ConversationLogRecipient
    from .conversation_log_transcript import ConversationLogTranscript
    from .conversation_log_transcripts import ConversationLogTranscripts
    from .conversation_logs import ConversationLogs
    from .conversations import Conversations
    from .data_collaboration import DataCollaboration
    from .decline import Decline
    from .default_group import DefaultGroup
    from .delegates_group import DelegatesGroup
    from .delegator import Delegator
    from .delegators_group import DelegatorsGroup
    from .demote import Demote
    from .derived_audio_video import DerivedAudioVideo
    from .derived_conversation import DerivedConversation
    from .derived_messaging import DerivedMessaging
    from .derived_phone_audio import DerivedPhoneAudio
    from .dial_in_region import DialInRegion
    from .disable_audience_messaging import DisableAudienceMessaging
    from .disable_audience_mute_lock import DisableAudienceMuteLock
    from .dismiss import Dismiss
    from .distribution_group import DistributionGroup
    from .eject import Eject
    from .enable_audience_messaging import EnableAudienceMessaging
    from .enable_audience_mute_lock import EnableAudienceMuteLock
    from .error_transcript import ErrorTranscript
    from .escalate_audio import EscalateAudio
    from .escalate_audio_video import EscalateAudioVideo
    from .events import Events
    from .expand_distribution_group import ExpandDistributionGroup
    from .failed_delivery_participant import FailedDeliveryParticipant
    from .forwarded_by import ForwardedBy
    from .from_ import From
    from .group import Group
    from .group_contacts import GroupContacts
    from .group_memberships import GroupMemberships
    from .hold_phone_audio import HoldPhoneAudio
    from .immediate_forward_settings import ImmediateForwardSettings
    from .immediate_forward_to_contact import ImmediateForwardToContact
    from .immediate_forward_to_delegates import ImmediateForwardToDelegates
    from .immediate_forward_to_voicemail import ImmediateForwardToVoicemail
    from .invitation import Invitation
    from .invitations import Invitations
    from .join_online_meeting import JoinOnlineMeeting
    from .leaders import Leaders
    from .lobby import Lobby
    from .local_participant import LocalParticipant
    from .location import Location
    from .make_me_available import MakeMeAvailable
    from .mark_as_read import MarkAsRead
    from .me import Me
    from .media_diagnostics import MediaDiagnostics
    from .media_policies import MediaPolicies
    from .media_relay import MediaRelay
    from .media_relay_access_token import MediaRelayAccessToken
    from .memberships import Memberships
    from .message import Message
    from .message_transcript import MessageTranscript
    from .messages import Messages
    from .messaging import Messaging
    from .messaging_invitation import MessagingInvitation
    from .missed_items import MissedItems
    from .mute_audio import MuteAudio
    from .mute_video import MuteVideo
    from .my_assigned_online_meeting import MyAssignedOnlineMeeting
    from .my_contacts import MyContacts
    from .my_contacts_and_groups_subscription import MyContactsAndGroupsSubscription
    from .my_group_membership import MyGroupMembership
    from .my_group_memberships import MyGroupMemberships
    from .my_groups import MyGroups
    from .my_online_meeting import MyOnlineMeeting
    from .my_online_meetings import MyOnlineMeetings
    from .my_organization_group import MyOrganizationGroup
    from .my_privacy_relationship import MyPrivacyRelationship
    from .my_privacy_relationships import MyPrivacyRelationships
    from .next_conversation_log_transcripts import NextConversationLogTranscripts
    from .note import Note
    from .on_behalf_of import OnBehalfOf
    from .online_meeting import OnlineMeeting
    from .online_meeting_default_values import OnlineMeetingDefaultValues
    from .online_meeting_eligible_values import OnlineMeetingEligibleValues
    from .online_meeting_extension import OnlineMeetingExtension
    from .online_meeting_extensions import OnlineMeetingExtensions
    from .online_meeting_invitation import OnlineMeetingInvitation
    from .online_meeting_invitation_customization import OnlineMeetingInvitationCustomization
    from .online_meeting_policies import OnlineMeetingPolicies
    from .online_meetings import OnlineMeetings
    from .organizer import Organizer
    from .participant import Participant
    from .participant_application_sharing import ParticipantApplicationSharing
    from .participant_audio import ParticipantAudio
    from .participant_data_collaboration import ParticipantDataCollaboration
    from .participant_invitation import ParticipantInvitation
    from .participant_messaging import ParticipantMessaging
    from .participant_panoramic_video import ParticipantPanoramicVideo
    from .participant_video import ParticipantVideo
    from .participants import Participants
    from .people import People
    from .phone import Phone
    from .phone_audio import PhoneAudio
    from .phone_audio_invitation import PhoneAudioInvitation
    from .phone_dial_in_information import PhoneDialInInformation
    from .phones import Phones
    from .photo import Photo
    from .pinned_group import PinnedGroup
    from .policies import Policies
    from .presence import Presence
    from .presence_subscription import PresenceSubscription
    from .presence_subscription_membership import PresenceSubscriptionMembership
    from .presence_subscription_memberships import PresenceSubscriptionMemberships
    from .presence_subscriptions import PresenceSubscriptions
    from .promote import Promote
    from .publish_call_quality_feedback import PublishCallQualityFeedback
    from .reason import Reason
    from .redirect import Redirect
    from .reject import Reject
    from .remove_contact_from_all_groups import RemoveContactFromAllGroups
    from .remove_from_contact_list import RemoveFromContactList
    from .renegotiations import Renegotiations
    from .replace_with_phone_audio import ReplaceWithPhoneAudio
    from .replaces_audio_video import ReplacesAudioVideo
    from .replaces_phone_audio import ReplacesPhoneAudio
    from .replay_message import ReplayMessage
    from .report_media_diagnostics import ReportMediaDiagnostics
    from .report_my_activity import ReportMyActivity
    from .report_my_network import ReportMyNetwork
    from .reset_contact_privacy_relationship import ResetContactPrivacyRelationship
    from .reset_unanswered_call_settings import ResetUnansweredCallSettings
    from .resume_audio import ResumeAudio
    from .resume_audio_video import ResumeAudioVideo
    from .resume_phone_audio import ResumePhoneAudio
    from .root import Root
    from .search import Search
    from .send_message import SendMessage
    from .send_provisional_answer import SendProvisionalAnswer
    from .session import Session
    from .sessions import Sessions
    from .set_is_typing import SetIsTyping
    from .simultaneous_ring_settings import SimultaneousRingSettings
    from .simultaneous_ring_to_contact import SimultaneousRingToContact
    from .simultaneous_ring_to_delegates import SimultaneousRingToDelegates
    from .simultaneous_ring_to_team import SimultaneousRingToTeam
    from .start_audio import StartAudio
    from .start_audio_on_behalf_of_delegator import StartAudioOnBehalfOfDelegator
    from .start_audio_video import StartAudioVideo
    from .start_audio_video_on_behalf_of_delegator import StartAudioVideoOnBehalfOfDelegator
    from .start_emergency_call import StartEmergencyCall
    from .start_messaging import StartMessaging
    from .start_online_meeting import StartOnlineMeeting
    from .start_or_refresh_subscription_to_contacts_and_groups import (
        StartOrRefreshSubscriptionToContactsAndGroups,
    )
    from .start_phone_audio import StartPhoneAudio
    from .start_phone_audio_on_behalf_of_delegator import StartPhoneAudioOnBehalfOfDelegator
    from .start_video import StartVideo
    from .stop_audio import StopAudio
    from .stop_audio_video import StopAudioVideo
    from .stop_messaging import StopMessaging
    from .stop_phone_audio import StopPhoneAudio
    from .stop_subscription_to_contacts_and_groups import StopSubscriptionToContactsAndGroups
    from .stop_video import StopVideo
    from .subscribe_to_group_presence import SubscribeToGroupPresence
    from .subscribed_contacts import SubscribedContacts
    from .to import To
    from .transferred_by import TransferredBy
    from .turn_off_call_forwarding import TurnOffCallForwarding
    from .typing_participants import TypingParticipants
    from .unanswered_call_settings import UnansweredCallSettings
    from .unanswered_call_to_contact import UnansweredCallToContact
    from .unanswered_call_to_voicemail import UnansweredCallToVoicemail
    from .unmute_audio import UnmuteAudio
    from .unmute_video import UnmuteVideo
    from .user import User
    from .user_acknowledged import UserAcknowledged
    from .video_freeze import VideoFreeze
    from .video_locked_on_participant import VideoLockedOnParticipant
    from .xframe import Xframe

__all__ = [
    "Accept",
    "AcceptWithAnswer",
    "AcceptWithPhoneAudio",
    "AcceptedByContact",
    "AcceptedByParticipant",
    "AddAudio",
    "AddAudioVideo",
    "AddMessaging",
    "AddParticipant",
    "AddPhoneAudio",
    "AddToContactList",
    "AddToPresenceSubscription",
    "AddVideo",
    "Admit",
    "AnonApplications",
    "Answer",
    "Application",
    "ApplicationSharer",
    "ApplicationSharing",
    "ApplicationSharingRenegotiation",
    "Applications",
    "Attendees",
    "AudioTranscript",
    "AudioVideo",
    "AudioVideoInvitation",
    "AudioVideoNegotiation",
    "AudioVideoPolicies",
    "AudioVideoRenegotiation",
    "AudioVideoSession",
    "AudioVideoSessions",
    "Batch",
    "CallForwardingSettings",
    "Cancel",
    "ChangeNumber",
    "ChangeVisibility",
    "Communication",
    "Contact",
    "ContactLocation",
    "ContactNote",
    "ContactPhoto",
    "ContactPresence",
    "ContactPrivacyRelationship",
    "ContactSupportedModalities",
    "ContinueAudio",
    "ContinueAudioVideo",
    "ContinueMessaging",
    "ContinuePhoneAudio",
    "ContinueVideo",
    "Conversation",
    "ConversationExtensionResult",
    "ConversationLog",
    "ConversationLogRecipient",
    "ConversationLogTranscript",
    "ConversationLogTranscripts",
    "ConversationLogs",
    "Conversations",
    "DataCollaboration",
    "Decline",
    "DefaultGroup",
    "DelegatesGroup",
    "Delegator",
    "DelegatorsGroup",
    "Demote",
    "DerivedAudioVideo",
    "DerivedConversation",
    "DerivedMessaging",
    "DerivedPhoneAudio",
    "DialInRegion",
    "DisableAudienceMessaging",
    "DisableAudienceMuteLock",
    "Dismiss",
    "DistributionGroup",
    "Eject",
    "EnableAudienceMessaging",
    "EnableAudienceMuteLock",
    "ErrorTranscript",
    "EscalateAudio",
    "EscalateAudioVideo",
    "Events",
    "ExpandDistributionGroup",
    "FailedDeliveryParticipant",
    "ForwardedBy",
    "From",
    "Group",
    "GroupContacts",
    "GroupMemberships",
    "HoldPhoneAudio",
    "ImmediateForwardSettings",
    "ImmediateForwardToContact",
    "ImmediateForwardToDelegates",
    "ImmediateForwardToVoicemail",
    "Invitation",
    "Invitations",
    "JoinOnlineMeeting",
    "Leaders",
    "Lobby",
    "LocalParticipant",
    "Location",
    "MakeMeAvailable",
    "MarkAsRead",
    "Me",
    "MediaDiagnostics",
    "MediaPolicies",
    "MediaRelay",
    "MediaRelayAccessToken",
    "Memberships",
    "Message",
    "MessageTranscript",
    "Messages",
    "Messaging",
    "MessagingInvitation",
    "MissedItems",
    "MuteAudio",
    "MuteVideo",
    "MyAssignedOnlineMeeting",
    "MyContacts",
    "MyContactsAndGroupsSubscription",
    "MyGroupMembership",
    "MyGroupMemberships",
    "MyGroups",
    "MyOnlineMeeting",
    "MyOnlineMeetings",
    "MyOrganizationGroup",
    "MyPrivacyRelationship",
    "MyPrivacyRelationships",
    "NextConversationLogTranscripts",
    "Note",
    "OnBehalfOf",
    "OnlineMeeting",
    "OnlineMeetingDefaultValues",
    "OnlineMeetingEligibleValues",
    "OnlineMeetingExtension",
    "OnlineMeetingExtensions",
    "OnlineMeetingInvitation",
    "OnlineMeetingInvitationCustomization",
    "OnlineMeetingPolicies",
    "OnlineMeetings",
    "Organizer",
    "Participant",
    "ParticipantApplicationSharing",
    "ParticipantAudio",
    "ParticipantDataCollaboration",
    "ParticipantInvitation",
    "ParticipantMessaging",
    "ParticipantPanoramicVideo",
    "ParticipantVideo",
    "Participants",
    "People",
    "Phone",
    "PhoneAudio",
    "PhoneAudioInvitation",
    "PhoneDialInInformation",
    "Phones",
    "Photo",
    "PinnedGroup",
    "Policies",
    "Presence",
    "PresenceSubscription",
    "PresenceSubscriptionMembership",
    "PresenceSubscriptionMemberships",
    "PresenceSubscriptions",
    "Promote",
    "PublishCallQualityFeedback",
    "Reason",
    "Redirect",
    "Reject",
    "RemoveContactFromAllGroups",
    "RemoveFromContactList",
    "Renegotiations",
    "ReplaceWithPhoneAudio",
    "ReplacesAudioVideo",
    "ReplacesPhoneAudio",
    "ReplayMessage",
    "ReportMediaDiagnostics",
    "ReportMyActivity",
    "ReportMyNetwork",
    "ResetContactPrivacyRelationship",
    "ResetUnansweredCallSettings",
    "ResumeAudio",
    "ResumeAudioVideo",
    "ResumePhoneAudio",
    "Root",
    "Search",
    "SendMessage",
    "SendProvisionalAnswer",
    "Session",
    "Sessions",
    "SetIsTyping",
    "SimultaneousRingSettings",
    "SimultaneousRingToContact",
    "SimultaneousRingToDelegates",
    "SimultaneousRingToTeam",
    "StartAudio",
    "StartAudioOnBehalfOfDelegator",
    "StartAudioVideo",
    "StartAudioVideoOnBehalfOfDelegator",
    "StartEmergencyCall",
    "StartMessaging",
    "StartOnlineMeeting",
    "StartOrRefreshSubscriptionToContactsAndGroups",
    "StartPhoneAudio",
    "StartPhoneAudioOnBehalfOfDelegator",
    "StartVideo",
    "StopAudio",
    "StopAudioVideo",
    "StopMessaging",
    "StopPhoneAudio",
    "StopSubscriptionToContactsAndGroups",
    "StopVideo",
    "SubscribeToGroupPresence",
    "SubscribedContacts",
    "To",
    "TransferredBy",
    "TurnOffCallForwarding",
    "TypingParticipants",
    "UnansweredCallSettings",
    "UnansweredCallToContact",
    "UnansweredCallToVoicemail",
    "UnmuteAudio",
    "UnmuteVideo",
    "User",
    "UserAcknowledged",
    "VideoFreeze",
    "VideoLockedOnParticipant",
    "Xframe",
]


def __getattr__(name: str) -> Any:
    # Imported when first touched (through the registry's map), then kept as an attribute.
    return RESOURCES.module_attribute(__name__, globals(), name)
