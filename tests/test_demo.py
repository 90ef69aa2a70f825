"""`make demo`'s script signs in, continues a conversation and shows the echo's reply, sets
my presence, follows a contact's, and creates and deletes a meeting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_signs_in_messages_and_stops_cleanly() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "session_demo.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    out = result.stdout
    assert "conversation log: 'Chat 1 with Echo'" in out
    assert "messaging connected" in out
    assert "event: completed messagingInvitation (from communication) Success" in out
    assert "reply: 'echo: Hello from the demo'" in out
    assert "messaging stopped" in out
    assert "my presence: Busy" in out
    assert "sip:bob@contoso.com is Busy" in out
    assert "sip:bob@contoso.com is now Away" in out
    assert "event: updated contactPresence (from people)" in out
    assert "meeting 'Demo review': join at https://meet.contoso.com/alice/" in out
    assert "meeting deleted; meetings left: 0" in out
    assert out.index("is now Away") < out.index("meeting deleted") < out.index("signing out")
    assert "cwt=" not in out + result.stderr
