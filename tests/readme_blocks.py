"""README's code blocks that tests run: each follows a ``<!-- KIND: NAME -->`` line."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
_BLOCK = re.compile(
    r"<!-- (?P<kind>tested|walkthrough): (?P<name>[^>]+?) -->\n```\w+\n(?P<body>.*?)```", re.DOTALL
)


def readme_blocks(kind: str) -> dict[str, str]:
    """The blocks of ``kind`` ("tested" or "walkthrough"), by name."""
    return {m["name"]: m["body"] for m in _BLOCK.finditer(README.read_text()) if m["kind"] == kind}
