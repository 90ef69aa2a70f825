"""Layers import one way: no import cycle among the project's modules, function-level imports
included (the check is the shared tool the reviews use, run on this checkout)."""

from __future__ import annotations

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
