"""Layers import one way: no import cycle among the project's modules, function-level imports
included (the check is the shared tool the reviews use, run on this checkout)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT.parent / "shared" / "tools" / "import_cycles.py"


@pytest.mark.skipif(not TOOL.exists(), reason="../shared/tools is not beside the checkout")
def test_no_module_imports_itself_through_others() -> None:
    found = subprocess.run(
        [sys.executable, str(TOOL), str(ROOT)], capture_output=True, text=True, check=False
    )
    assert found.returncode == 0, found.stdout + found.stderr


@pytest.mark.skipif(not TOOL.exists(), reason="../shared/tools is not beside the checkout")
def test_the_check_reads_every_layer() -> None:
    # The tool reads every tracked .py file but those under its ``skip`` prefixes; none of the
    # three layers' folders may be among them.
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    [skipped] = [
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "skip" for t in node.targets)
    ]
    for folder in ("runtime/ucwa_runtime/", "generated/ucwa/", "session/ucwa_session/"):
        assert (ROOT / folder).is_dir(), folder
        assert not folder.startswith(tuple(skipped)), folder
    assert not "session/ucwa_testing/".startswith(tuple(skipped))
