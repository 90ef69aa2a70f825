"""Handing the event channel's events to the chats they concern.

A chat is known first by the operationId of its invitation (chosen before the POST is sent,
so no event can overtake it), then by the URLs its invitation reveals: the invitation's own
and its conversation's. Invitation events carry the first two; messaging and message events
come from the conversation (their sender). Everything runs on the channel's thread, in the
order the server sent it, so a chat hears of its conversation before the conversation's
first message.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol

from ucwa_runtime.events import Event, Item

# How many keys (operation ids and URLs, a few per chat) are followed; the oldest chats stop
# hearing events past this.
MAX_FOLLOWED = 3000

Key = tuple[str, str]  # ("operation", id) or ("url", absolute URL)


class FollowedChat(Protocol):
    def take(self, event: Event) -> None: ...


class ChatRouter:
    """A listener of the event channel that calls ``take`` of the chat each event concerns."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._chats: OrderedDict[Key, FollowedChat] = OrderedDict()

    def follow(self, chat: FollowedChat, *keys: Key) -> None:
        """Events carrying any of ``keys`` go to ``chat`` from now on."""
        with self._lock:
            for key in keys:
                self._chats[key] = chat
                self._chats.move_to_end(key)
            while len(self._chats) > MAX_FOLLOWED:
                self._chats.popitem(last=False)

    def forget(self, chat: FollowedChat) -> None:
        """``chat`` hears nothing more."""
        with self._lock:
            for key in [key for key, followed in self._chats.items() if followed is chat]:
                del self._chats[key]

    def chat_for(self, event: Event) -> FollowedChat | None:
        keys: list[Key] = [("url", event.link.url), ("url", event.sender.url)]
        if event.operation_id is not None:
            keys.insert(0, ("operation", event.operation_id))
        with self._lock:
            for key in keys:
                chat = self._chats.get(key)
                if chat is not None:
                    return chat
        return None

    def __call__(self, item: Item) -> None:
        if isinstance(item, Event):
            chat = self.chat_for(item)
            if chat is not None:
                chat.take(item)
