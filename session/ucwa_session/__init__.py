"""A UCWA session on top of the generated client: sign in, hold an application, read its
events, track operations, message people, publish presence and follow other people's, and
keep a contact list (see :class:`UcwaSession`).

Hand-written; it drives the generated ``ucwa`` resource classes and the ``ucwa_runtime``
client, and neither of those imports it.
"""

from .chat import Chat, MessageText, message_text
from .contacts import Contacts
from .directory import SearchResults
from .discovery import DiscoveryError
from .meetings import Meetings
from .options import SessionOptions
from .presence import Presence
from .session import UcwaSession
from .subscription import ContactChange, Subscription
from .tracking import OperationFailed, OperationOutcomeUnknown, PendingOperation

__all__ = [
    "Chat",
    "ContactChange",
    "Contacts",
    "DiscoveryError",
    "Meetings",
    "MessageText",
    "OperationFailed",
    "OperationOutcomeUnknown",
    "PendingOperation",
    "Presence",
    "SearchResults",
    "SessionOptions",
    "Subscription",
    "UcwaSession",
    "message_text",
]
