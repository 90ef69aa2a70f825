"""Generation and import figures: ucwa-gen against openapi-python-client, the generator a
Python developer would otherwise reach for, run from its own virtual environment
(.venv-bench, made by `make bench`) on the OpenAPI document that `ucwa-gen export-openapi`
writes for the same definitions; imports against the libraries the client stands on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from measure import (
    BENCH_BIN,
    BIN,
    ROOT,
    Figure,
    Row,
    Skipped,
    interleaved_seconds,
    median_seconds,
    python_seconds,
    run,
)

FULL = "full generation --no-cache: ucwa-gen / openapi-python-client"
RESOURCES = "import every resource class / openapi-python-client's models"

WHY_FULL = (
    "a fresh interpreter that imports click, jinja2 and PyYAML (about 65 ms), loads and "
    "validates 282 YAML files (1.3 MB; PyYAML composing their nodes, libyaml's C parser "
    "calling back into Python for every node, is about half of it), builds the model, renders "
    "every generated file, runs ruff format over the Python ones (their imports are rendered "
    "in isort's order, so there is no sorting pass) while the reference is rendered and "
    "written, and writes all 515 files in the scratch folder (see the stage times printed "
    "above); the stages but ruff run one after another on one core. On a loaded machine the "
    "baseline slows more than this run does, so the ratio falls with the load"
)
WHY_CHANGED = (
    "a changed run pays what a full one pays before any work (a fresh interpreter importing "
    "click, jinja2, PyYAML and the generator, about 100 ms) and work that grows with every "
    "definition: the stamp hashes every input, the cache's one pack file (2.9 MB) is read, "
    "checked against its digest and written back, the model is built over every definition "
    "and the files made from all of them (the package's __init__, registry and errors, the "
    "reference's index) are rendered again. The changed file alone is parsed, checked "
    "(against the others too) and rendered, ruff formats its module, and the spare copy of "
    "the output is brought up to date (two files written) and swapped in. 0.25x would need "
    "the model and those files kept per definition, or a long-lived process"
)
WHY_UNCHANGED = (
    "starting the interpreter (site with the editable installs' import hooks, about 20 ms), "
    "then the stamp's check, which imports no more than hashlib and reads the sizes and "
    "times of the 858 input and output files (about 5 ms)"
)
WHY_RESOURCES = (
    "about 0.9 ms per resource module, most of it attrs building its two or three classes "
    "(the resource, its links, its embedded resources: about 390 in all), chiefly compiling "
    "each one's __init__ (equality and repr are the runtime's, by_fields); then finding and "
    "loading 281 modules, one per resource and per enumeration. The transport and the codecs "
    "(urllib3, cattrs) are not imported"
)


def generation(work: Path) -> list[Row]:
    document = work / "openapi.json"
    run(BIN / "ucwa-gen", "export-openapi", "--output", document)
    out = work / "out"

    def ucwa_full() -> None:
        shutil.rmtree(out, ignore_errors=True)
        run(BIN / "ucwa-gen", "generate", "--no-cache", "--out", out)

    full = median_seconds(ucwa_full, 7)
    rows: list[Row] = []
    if (BENCH_BIN / "openapi-python-client").exists():
        opc = median_seconds(lambda: _opc(document, work / "opc"), 3)
        rows.append(Figure(FULL, full, opc, 0.10, WHY_FULL))
    else:
        rows.append(Skipped(FULL, "no .venv-bench/bin/openapi-python-client (`make bench`)"))
    changed, unchanged = _incremental(work, out)
    rows.append(
        Figure("regeneration, one definition changed / full", changed, full, 0.25, WHY_CHANGED)
    )
    rows.append(
        Figure("regeneration, nothing changed / full", unchanged, full, 0.10, WHY_UNCHANGED)
    )
    return rows


def _opc(document: Path, target: Path) -> None:
    shutil.rmtree(target, ignore_errors=True)
    # Its default post-hooks run ruff from PATH; without it they are skipped, which would
    # time less than its default settings do.
    subprocess.run(
        [
            str(BENCH_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(target),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PATH": f"{BENCH_BIN}{os.pathsep}{os.environ['PATH']}"},
    )


def _incremental(work: Path, out: Path) -> tuple[float, float]:
    """One definition changed, and nothing changed, with a warm cache of this output."""
    cache = work / "cache"
    definitions = work / "definitions"
    shutil.copytree(ROOT / "definitions", definitions)
    generate = [BIN / "ucwa-gen", "generate", "--definitions", definitions, "--out", out]
    run(*generate, "--cache-dir", cache)
    target = definitions / "resources" / "conversationLog.yaml"
    original = target.read_text()
    counter = iter(range(1000))

    def one_change() -> None:
        target.write_text(original.replace("summary: ", f"summary: Edit {next(counter)}. ", 1))
        run(*generate, "--cache-dir", cache)

    changed = median_seconds(one_change, 7)
    unchanged = median_seconds(lambda: run(*generate, "--cache-dir", cache), 7)
    return changed, unchanged


IMPORT_UCWA = "import time; t = time.perf_counter(); import ucwa; print(time.perf_counter() - t)"
IMPORT_BASE = (
    "import time; t = time.perf_counter(); import urllib3, attrs, cattrs; "
    "print(time.perf_counter() - t)"
)
IMPORT_ALL = (
    "import time; t = time.perf_counter(); import ucwa\n"
    "for rel in ucwa.RESOURCES: ucwa.RESOURCES[rel]\n"
    "print(time.perf_counter() - t)"
)
# First use: what an application pays before its first call. The payload is read before
# the clock starts; both sides parse the same bytes.
FIRST_USE = (
    "import sys, time; body = open(sys.argv[1], 'rb').read(); t = time.perf_counter()\n"
    "import ucwa\n"
    "ucwa.parse(body); ucwa.Client('https://lync.contoso.com')\n"
    "print(time.perf_counter() - t)"
)
FIRST_USE_BASE = (
    "import sys, time; body = open(sys.argv[1], 'rb').read(); t = time.perf_counter()\n"
    "import json, urllib3, attrs, cattrs\n"
    "json.loads(body); urllib3.PoolManager()\n"
    "print(time.perf_counter() - t)"
)
WHY_FIRST_USE = (
    "about 15 ms of our modules' own import work beside the baseline's (their bytecode "
    "written by `make bytecode`; the same stdlib and third-party modules on both sides), "
    "three quarters of it the runtime: its 20 attrs classes that first use needs (model 9, "
    "operations 4, exchange 2, layout 2, datauri, retry, urls), each with an __init__ attrs "
    "compiles, and its 19 modules; then the package and the application's resource module "
    "(3 classes). The payload's embedded resources are checked without loading their classes"
)


def imports(opc_output: Path, payload: Path, payload_name: str) -> list[Row]:
    rows: list[Row] = [
        Figure(
            "import ucwa / import urllib3, attrs, cattrs",
            *interleaved_seconds(
                lambda: python_seconds(IMPORT_UCWA), lambda: python_seconds(IMPORT_BASE), 21
            ),
            1.15,
        ),
        Figure(
            f"first use ({payload_name}) / import urllib3, attrs, cattrs + json.loads",
            *interleaved_seconds(
                lambda: python_seconds(FIRST_USE, BIN / "python", payload),
                lambda: python_seconds(FIRST_USE_BASE, BIN / "python", payload),
                21,
            ),
            1.3,
            WHY_FIRST_USE,
        ),
    ]
    models = (
        [p.name for p in opc_output.iterdir() if (p / "models").is_dir()]
        if (opc_output.is_dir())
        else []
    )
    if not models:
        rows.append(Skipped(RESOURCES, "no openapi-python-client output (its row was skipped)"))
        return rows
    opc_models = (
        f"import sys, time; sys.path.insert(0, {str(opc_output)!r}); t = time.perf_counter()\n"
        f"import {models[0]}.models\n"
        "print(time.perf_counter() - t)"
    )
    rows.append(
        Figure(
            RESOURCES,
            *interleaved_seconds(
                lambda: python_seconds(IMPORT_ALL),
                lambda: python_seconds(opc_models, BENCH_BIN / "python"),
                11,
            ),
            0.3,
            WHY_RESOURCES,
        )
    )
    return rows
