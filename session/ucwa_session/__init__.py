"""A UCWA session on top of the generated client: sign in, hold an application, read its
events, track operations and message people (see :class:`UcwaSession`).

Hand-written; it drives the generated ``ucwa`` resource classes and the ``ucwa_runtime``
client, and neither of those imports it.
"""

from .chat import Chat, MessageText, message_text
from .directory import SearchResults
from .discovery import DiscoveryError
from .meetings import Meetings
from .options import SessionOptions
from .session import UcwaSession
from .tracking import OperationFailed, OperationOutcomeUnknown, PendingOperation

__all__ = [
    "Chat",
    "DiscoveryError",
    "Meetings",
    "MessageText",
    "OperationFailed",
    "OperationOutcomeUnknown",
    "PendingOperation",
    "SearchResults",
    "SessionOptions",
    "UcwaSession",
    "message_text",
]
