"""`make bench`: each figure a median over repeats, against a baseline measured in the same run.

Prints a table and writes bench/results.json. Never part of `make test`: timings depend on
the machine; only the ratios against a baseline taken alongside them mean anything.

openapi-python-client, the generator a Python developer would otherwise reach for, is run from
its own virtual environment (.venv-bench, made by `make bench`) on the OpenAPI document that
`ucwa-gen export-openapi` writes for the same definitions.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BENCH_BIN = ROOT / ".venv-bench" / "bin"
RESULTS = ROOT / "bench" / "results.json"


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run([str(c) for c in command], cwd=cwd, check=True, capture_output=True)


def timed_python(code: str, repeats: int) -> float:
    """Median of what ``code`` prints (seconds), each run in a fresh interpreter."""
    values = []
    for _ in range(repeats):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
        )
        values.append(float(result.stdout.strip()))
    return statistics.median(values)


class Figure:
    def __init__(self, name: str, value: float, baseline: float, target: float) -> None:
        self.name, self.value, self.baseline, self.target = name, value, baseline, target
        self.ratio = value / baseline

    @property
    def met(self) -> bool:
        return self.ratio <= self.target

    def row(self) -> str:
        mark = "ok" if self.met else "MISSED"
        return (
            f"{self.name:<58} {self.value * 1000:10.2f} ms {self.baseline * 1000:10.2f} ms "
            f"{self.ratio:7.2f}x  <= {self.target:<5} {mark}"
        )


def generation(work: Path) -> list[Figure]:
    definitions = ROOT / "definitions"
    document = work / "openapi.json"
    run(BIN / "ucwa-gen", "export-openapi", "--output", document)
    out = work / "out"

    def ucwa_full() -> None:
        shutil.rmtree(out, ignore_errors=True)
        run(BIN / "ucwa-gen", "generate", "--no-cache", "--out", out)

    def opc_full() -> None:
        target = work / "opc"
        shutil.rmtree(target, ignore_errors=True)
        # Its default post-hooks run ruff from PATH; without it they are skipped, which
        # would time less than its default settings do.
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

    full = median_seconds(ucwa_full, 5)
    opc = median_seconds(opc_full, 3)
    # Incremental runs, with a warm cache of this output folder.
    cache = work / "cache"
    definition = work / "definitions"
    shutil.copytree(definitions, definition)
    generate = [BIN / "ucwa-gen", "generate", "--definitions", definition, "--out", out]
    run(*generate, "--cache-dir", cache)
    target = definition / "resources" / "conversationLog.yaml"
    original = target.read_text()
    counter = iter(range(1000))

    def one_change() -> None:
        target.write_text(original.replace("summary: ", f"summary: Edit {next(counter)}. ", 1))
        run(*generate, "--cache-dir", cache)

    def no_change() -> None:
        run(*generate, "--cache-dir", cache)

    changed = median_seconds(one_change, 5)
    unchanged = median_seconds(no_change, 5)
    return [
        Figure("full generation: ucwa-gen / openapi-python-client", full, opc, 0.1),
        Figure("regeneration, one definition changed / full", changed, full, 0.25),
        Figure("regeneration, nothing changed / full", unchanged, full, 0.10),
        *imports(work / "opc"),
    ]


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


def imports(opc_output: Path) -> list[Figure]:
    figures = [
        Figure(
            "import ucwa / import urllib3, attrs, cattrs",
            timed_python(IMPORT_UCWA, 21),
            timed_python(IMPORT_BASE, 21),
            1.15,
        )
    ]
    package = next(p.name for p in opc_output.iterdir() if (p / "models").is_dir())
    opc_models = (
        f"import sys, time; sys.path.insert(0, {str(opc_output)!r}); t = time.perf_counter()\n"
        f"import {package}.models\n"
        "print(time.perf_counter() - t)"
    )
    code = [sys.executable, "-c", opc_models]
    env = {**os.environ, "PYTHONPATH": ""}
    values = []
    for _ in range(11):
        result = subprocess.run(
            [str(BENCH_BIN / "python"), *code[1:]], capture_output=True, text=True, env=env
        )
        values.append(float(result.stdout.strip()))
    figures.append(
        Figure(
            "import every resource class / openapi-python-client's models",
            timed_python(IMPORT_ALL, 11),
            statistics.median(values),
            0.3,
        )
    )
    return figures


def http_get() -> list[Figure]:
    import urllib3

    import ucwa

    resource = {
        "rel": "conversationLog",
        "subject": "",
        "direction": "Incoming",
        "creationTime": "/Date(1474932024587)/",
        "modalities": ["Messaging", "Audio"],
        "_links": {
            "self": {"href": "/ucwa/v1/applications/192/communication/conversationLogs/1"},
            "continueMessaging": {"href": "/ucwa/v1/applications/192/x/continueMessaging"},
            "markAsRead": {"href": "/ucwa/v1/applications/192/x/markAsRead"},
        },
    }
    resource["subject"] = "x" * (1500 - len(json.dumps(resource)))
    body = json.dumps(resource).encode()
    assert len(body) == 1500

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    pool = urllib3.PoolManager()
    client = ucwa.Client(base, pool=pool)
    link: ucwa.Link[Any] = ucwa.Link(
        href="/ucwa/v1/applications/192/communication/conversationLogs/1"
    )
    calls = 500

    def generated() -> None:
        for _ in range(calls):
            ucwa.resources.ConversationLog.get(client, link)

    def plain() -> None:
        for _ in range(calls):
            json.loads(pool.request("GET", base + link.href).data)

    generated(), plain()  # warm up connections and caches
    ours, theirs = [], []
    for _ in range(7):  # interleaved, so both see the same machine
        ours.append(median_seconds(generated, 1) / calls)
        theirs.append(median_seconds(plain, 1) / calls)
    server.shutdown()
    return [
        Figure(
            "GET 1.5 KB resource: generated call / urllib3 + json.loads",
            statistics.median(ours),
            statistics.median(theirs),
            1.10,
        )
    ]


def parsing() -> list[Figure]:
    import yaml

    import ucwa

    source = yaml.safe_load((ROOT / "definitions" / "resources" / "application.yaml").read_text())
    json_body = next(
        e["body"]
        for e in source["examples"]
        if e["direction"] == "response" and e["format"] == "json" and e.get("body")
    )
    xml_body = next(
        e["body"]
        for e in source["examples"]
        if e["direction"] == "response" and e["format"] == "xml" and e.get("body")
    ).encode()
    repeats = 2000
    json_time = median_seconds(lambda: [json.loads(json_body) for _ in range(repeats)], 7)
    parse_time = median_seconds(lambda: [ucwa.parse(json_body) for _ in range(repeats)], 7)
    et_time = median_seconds(lambda: [ElementTree.fromstring(xml_body) for _ in range(repeats)], 7)
    xml_time = median_seconds(
        lambda: [ucwa.parse(xml_body, "application/xml") for _ in range(repeats)], 7
    )
    return [
        Figure("ucwa.parse application (JSON) / json.loads", parse_time, json_time, 2.0),
        Figure("ucwa.parse application (XML) / ElementTree", xml_time, et_time, 3.0),
    ]


def events_body(count: int) -> bytes:
    """A P-GET response of ``count`` events as a conversation produces them: in thirds, bare
    updates, messages added with the message embedded, and participants added embedded."""
    base = "/ucwa/oauth/v1/applications/192"
    conversation = f"{base}/communication/conversations/7"
    events: list[dict[str, Any]] = []
    for index in range(count):
        kind = index % 3
        if kind == 0:
            events.append(
                {"link": {"rel": "conversation", "href": conversation}, "type": "updated"}
            )
        elif kind == 1:
            href = f"{conversation}/messaging/messages/{index}"
            message = {
                "rel": "message",
                "direction": "Incoming",
                "timeStamp": "/Date(1474932024587)/",
                "status": "Success",
                "_links": {
                    "self": {"href": href},
                    "plainMessage": {"href": f"data:text/plain;charset=utf-8,Message+{index}"},
                    "participant": {"href": f"{conversation}/participants/bob@contoso.com"},
                    "messaging": {"href": f"{conversation}/messaging"},
                },
            }
            events.append(
                {
                    "link": {"rel": "message", "href": href},
                    "type": "added",
                    "_embedded": {"message": message},
                }
            )
        else:
            href = f"{conversation}/participants/user{index}@contoso.com"
            participant = {
                "rel": "participant",
                "anonymous": False,
                "name": f"User {index}",
                "organizer": False,
                "role": "Attendee",
                "sourceNetwork": "SameEnterprise",
                "uri": f"sip:user{index}@contoso.com",
                "_links": {
                    "self": {"href": href},
                    "contact": {"href": f"{base}/people/user{index}@contoso.com"},
                    "conversation": {"href": conversation},
                    "participantMessaging": {"href": f"{href}/messaging"},
                },
            }
            events.append(
                {
                    "link": {"rel": "participant", "href": href},
                    "type": "added",
                    "in": {"rel": "conversation", "href": conversation},
                    "_embedded": {"participant": participant},
                }
            )
    body = {
        "_links": {
            "self": {"href": f"{base}/events?ack=3"},
            "next": {"href": f"{base}/events?ack=4"},
        },
        "sender": [{"rel": "conversation", "href": conversation, "events": events}],
    }
    return json.dumps(body).encode()


def events() -> list[Figure]:
    from ucwa_runtime.events import parse_events
    from ucwa_runtime.transport import Response

    import ucwa

    body = events_body(100)
    client = ucwa.Client("https://lync.contoso.com")
    response = Response(
        method="GET",
        url="https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3",
        status=200,
        headers={"Content-Type": "application/json"},
        body=body,
    )
    parsed, _ = parse_events(response, client)
    assert len(parsed) == 100 and all(e.resource is not None for e in parsed[1::3])
    repeats = 200
    json_time = median_seconds(lambda: [json.loads(body) for _ in range(repeats)], 7)
    parse_time = median_seconds(lambda: [parse_events(response, client) for _ in range(repeats)], 7)
    client.close()
    return [
        Figure(
            f"events body of 100 events ({len(body) // 1024} KB): parse_events / json.loads",
            parse_time,
            json_time,
            3.0,
        )
    ]


def hostile_import(work: Path) -> list[Figure]:
    """import-docs on a 100 KB page of backtracking traps, against an ordinary page of the
    same size (the traps made the old patterns cubic: 8.9 s for 2.7 KB)."""
    sys.path.insert(0, str(ROOT))
    from tests.importer.hostile_page import benign_page, hostile_page
    from ucwa_codegen.importer import import_docs

    def timed(name: str, page: str) -> float:
        folder = work / name
        folder.mkdir()
        (folder / "startWidget_ref.md").write_text(page, encoding="utf-8")
        counter = iter(range(1000))
        return median_seconds(lambda: import_docs([folder], folder / f"out{next(counter)}"), 5)

    hostile = timed("hostile", hostile_page(100_000))
    benign = timed("benign", benign_page(100_000))
    return [Figure("import-docs, 100 KB hostile page / ordinary page", hostile, benign, 1.0)]


def main() -> None:
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="ucwa-bench-") as scratch:
        figures += generation(Path(scratch))
        figures += hostile_import(Path(scratch))
    figures += http_get()
    figures += parsing()
    figures += events()
    print(f"{'figure':<58} {'value':>13} {'baseline':>13} {'ratio':>8}  target")
    for figure in figures:
        print(figure.row())
    RESULTS.write_text(
        json.dumps(
            [
                {
                    "figure": f.name,
                    "value_s": f.value,
                    "baseline_s": f.baseline,
                    "ratio": f.ratio,
                    "target": f.target,
                    "met": f.met,
                }
                for f in figures
            ],
            indent=2,
        )
        + "\n"
    )
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
