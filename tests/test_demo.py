"""`make demo`'s script runs and shows the slice at work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_demo_reads_a_log_and_continues_messaging() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "slice_demo.py")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "conversationLog 'Conversation with xxx.', Incoming" in result.stdout
    assert "/continueMessaging?ctx=9b1" in result.stdout
    assert '"operationId":"demo-1"' in result.stdout
    assert "created messagingInvitation at http://127.0.0.1:" in result.stdout
