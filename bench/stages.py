"""Where a full generation's time goes: each stage of the pipeline, timed in a fresh
interpreter (medians of five), so that a missed generation target says what to work on.
Timed one after the other; a pipeline renders the reference while ruff runs."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

from measure import ROOT

_STAGES = """
import json, time
start = time.perf_counter()
from pathlib import Path
from ucwa_codegen import docs, format, render
from ucwa_codegen.model import build_api
from ucwa_codegen.pipeline import Pipeline
times = {"imports": time.perf_counter() - start}
pipeline = Pipeline(Path("definitions"), Path("templates"))
def timed(name, action):
    began = time.perf_counter()
    result = action()
    times[name] = time.perf_counter() - began
    return result
files = timed("load and validate", pipeline.files)
api = timed("model", lambda: build_api(files))
rendered = timed("render", lambda: render.render(api, pipeline.templates))
timed("render the reference", lambda: docs.render_docs(api, pipeline.templates))
timed("format (ruff)", lambda: format.format_tree(rendered))
print(json.dumps(times))
"""


def stage_times(repeats: int = 5) -> str:
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _STAGES],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        for _ in range(repeats)
    ]
    parts = [
        f"{name} {statistics.median(run[name] for run in runs) * 1000:.0f} ms" for name in runs[0]
    ]
    return "full generation --no-cache, by stage: " + ", ".join(parts) + "\n"
