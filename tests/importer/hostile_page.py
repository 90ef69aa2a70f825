"""A reference page built to make backtracking patterns take their worst time.

Each trap is a long run of what one of the importer's old patterns retried at every
position: spaces after a broken data URI's colon, spaces inside a header value, closing
hashes of a heading, unclosed link text and tags, an enumeration hint's list that ends
badly. Shared by tests/importer/test_linear_patterns.py and bench/run.py.
"""

from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "startWidget_ref.md"
TRAPS = 8


def hostile_page(size: int = 100_000) -> str:
    """startWidget_ref.md with about ``size`` characters of traps added."""
    n = size // TRAPS
    rows = "".join(
        f"|evil{index}|{text}|No|\n"
        for index, text in enumerate(
            [
                "[" * n,  # link text that never closes
                "[a](" * (n // 4),  # link targets that never close
                "<a" * (n // 2),  # tags that never close
                "(Color)" + "Red, " * (n // 5) + "!",  # an enumeration hint that ends badly
                "String" + " " * n + "x",  # a type hint followed by spaces, then more text
            ]
        )
    )
    page = FIXTURE.read_text(encoding="utf-8")
    page = page.replace("|message|A first message.ExternalResource|No|\n", rows, 1)
    page = page.replace(
        "      aGVsbG8=&quot;\n", "      aGVsbG8=&quot;\n&quot;data :" + " " * n + "x\n", 1
    )
    page = page.replace(
        "Content-Length: 99\n", "Content-Length: 99\nX-Padding: a" + " " * n + "b\n", 1
    )
    return page + "\n# x" + " " * n + "y\n"  # a heading's closing spaces, then more text


def benign_page(size: int = 100_000) -> str:
    """startWidget_ref.md with about ``size`` characters of ordinary table rows added."""
    row = "|tag{index}|A [tag](Widget_ref.md) of <b>the</b> widget.String|No|\n"
    rows = "".join(row.format(index=index) for index in range(size // len(row)))
    page = FIXTURE.read_text(encoding="utf-8")
    return page.replace("|message|A first message.ExternalResource|No|\n", rows, 1)
