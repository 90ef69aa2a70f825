"""A UCWA session end to end, against the bundled server on loopback.

Signs in (autodiscovery, the 401 challenge, the password grant), creates an application,
lists the conversation logs, continues messaging from one, sends a message, prints the
events as they arrive and the echo contact's reply, and stops messaging; then sets my
presence, subscribes to a contact's presence and prints its change when the server makes one,
creates and deletes an online meeting, and signs out.
"""

from __future__ import annotations

import ucwa
import ucwa_session
from ucwa_testing import UcwaServer


def describe(item: ucwa.Event | ucwa.ChannelNotice) -> str:
    if isinstance(item, ucwa.ChannelNotice):
        return f"notice: {item.kind}"
    line = f"event: {item.type} {item.link.rel} (from {item.sender.rel})"
    if item.status:
        line += f" {item.status}"
    if isinstance(item.resource, ucwa.resources.Message):
        text = ucwa_session.message_text(item.resource)
        if text is not None:
            line += f" [{item.resource.direction}] {text.text!r}"
    return line


def main() -> None:
    with UcwaServer(poll_timeout=1.0) as server:
        # The bundled server speaks plain http on loopback; a real deployment is https.
        grant = ucwa.PasswordGrant(server.username, lambda: server.password, allow_http=True)
        options = ucwa_session.SessionOptions(poll_timeout=1.0)  # the server holds P-GETs 1 s
        session = ucwa_session.UcwaSession.connect(grant, root_url=server.root_url, options=options)
        with session:
            application = session.sign_in(start_events=False)
            # Listeners run on the channel's thread, in order, as each P-GET is read.
            session.events.listen(lambda item: print("  " + describe(item)))
            session.events.start()
            print(f"signed in as {server.username}; application {application.user_agent!r}")
            session.make_me_available()  # conversationLogs is offered to an available user
            logs = session.conversation_logs()
            for log in logs:
                print(f"conversation log: {log.subject!r} ({log.direction})")
            chat = session.continue_messaging(logs[0])
            chat.wait(timeout=10)
            print("messaging connected")
            chat.send("Hello from the demo").wait(timeout=10)
            text = ucwa_session.message_text(chat.next_message(timeout=10))  # this chat's reply
            print(f"reply: {text.text if text else None!r}")
            chat.stop()
            print("messaging stopped")
            show_presence(session, server)
            show_meeting(session)
            print("signing out")


def show_presence(session: ucwa_session.UcwaSession, server: UcwaServer) -> None:
    """Set my presence, then follow a contact's as the server changes it."""
    session.presence.set_availability("Busy")
    print(f"my presence: {session.presence.availability()}")
    bob = "sip:bob@contoso.com"
    with session.presence.subscribe([bob]) as subscription:
        first = subscription.next_change(timeout=10)  # the presence as the subscription starts
        print(f"{bob} is {first.resource.availability if first else None}")
        server.change_contact(bob, availability="Away")  # a test control of the bundled server
        change = subscription.next_change(timeout=10)
        print(f"{bob} is now {change.resource.availability if change else None}")


def show_meeting(session: ucwa_session.UcwaSession) -> None:
    """Schedule an online meeting, print where to join it, and delete it."""
    meeting = session.meetings.create("Demo review", attendees=["sip:bob@contoso.com"])
    print(f"meeting {meeting.subject!r}: join at {meeting.join_url}")
    session.meetings.delete(meeting)
    print(f"meeting deleted; meetings left: {len(session.meetings.list())}")


if __name__ == "__main__":
    main()
