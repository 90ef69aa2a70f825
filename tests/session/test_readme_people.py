"""README's presence and contacts examples run, in order, against the bundled server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import ucwa
import ucwa.enums
import ucwa_session
from ucwa_testing import UcwaServer

README = Path(__file__).resolve().parents[2] / "README.md"
SECTION = "## Presence, contacts and presence subscriptions"


def _examples() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(SECTION) :]
    section = section[: section.index("\n## ", len(SECTION))]
    return re.findall(r"```python\n(.*?)```", section, re.DOTALL)


def test_the_section_has_an_example_per_feature() -> None:
    examples = _examples()
    assert len(examples) == 3
    assert "set_availability" in examples[0] and "subscribe" in examples[1]
    assert "contacts.add" in examples[2]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_readme_example_runs(
    index: int,
    session: ucwa_session.UcwaSession,
    ucwa_server: UcwaServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    namespace = {"session": session, "server": ucwa_server, "ucwa": ucwa}
    exec(compile(_examples()[index], f"README.md example {index + 1}", "exec"), namespace)
    lines = capsys.readouterr().out.splitlines()
    if index == 0:
        assert lines == []
    if index == 1:  # Bob's presence read once, then the changes: the members' first, Carol's
        assert lines[0] == "Busy"
        assert lines[-1] == "presence sip:carol@contoso.com Away"
    if index == 2:
        assert lines[0] == "PinnedGroup Favorites ['Echo Contact']"
        assert lines[-1] == "Manager"
