"""Where a full generation's time goes: each stage of the pipeline, timed in a fresh
interpreter (medians of five), so that a missed generation target says what to work on.
Timed one after the other; a pipeline renders the reference while ruff runs. Writing is
timed in the folder the generation rows write to: making files costs what the file system
there makes it cost (where these figures were first taken, ten times more in /tmp than in
the checkout)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from measure import ROOT

_STAGES = """
import json, sys, tempfile, time
start = time.perf_counter()
from pathlib import Path
from ucwa_codegen import docs, format, render, write
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
reference = timed("render the reference", lambda: docs.render_docs(api, pipeline.templates))
formatted = timed("format (ruff)", lambda: format.format_tree(rendered))
# into a fresh folder where the timed runs write theirs (the bench's scratch folder)
with tempfile.TemporaryDirectory(dir=sys.argv[1]) as scratch:
    timed("write", lambda: write.write_tree({**formatted, **reference}, Path(scratch) / "out"))
print(json.dumps(times))
"""


def stage_times(work: Path, repeats: int = 5) -> str:
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _STAGES, str(work)],
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
