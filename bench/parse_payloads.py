"""The parse rows of issue 11 on real payloads: ``ucwa.parse`` of captures 007 (on-premises)
and 024 (Skype for Business Online), and parse_events of a 100-event body, each against
json.loads of the same bytes, measured in the same run (medians over repeats).

Run alone (``.venv/bin/python bench/parse_payloads.py``) or through :func:`figures` from
bench/run.py. The captures come from ../shared/ucwa-captures; without it those rows are
skipped, and said so.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CAPTURES = ROOT.parent / "shared" / "ucwa-captures"
REPEATS, ROUNDS = 2000, 9


def median_seconds(action: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def http_body(path: Path) -> bytes:
    """The body of a captured HTTP response (after the blank line), or the file itself."""
    raw = path.read_bytes()
    if path.suffix != ".http":
        return raw
    for separator in (b"\r\n\r\n", b"\n\n"):
        if separator in raw:
            return raw.split(separator, 1)[1]
    raise ValueError(f"{path.name}: no blank line after the headers")


def capture_rows() -> list[tuple[str, float, float, float]]:
    """(name, ucwa.parse seconds, json.loads seconds, target) per capture."""
    import ucwa

    if not CAPTURES.is_dir():
        print(f"skipped: {CAPTURES} is absent, so the capture rows are not measured")
        return []
    rows = []
    for name, target in (
        ("007_onprem_application_created_response.http", 2.0),
        ("024_online_application_created_response.json", 2.0),
    ):
        body = http_body(CAPTURES / name)
        assert ucwa.parse(body).extra_properties is not None  # reads, typed by its rel
        baseline = median_seconds(lambda body=body: [json.loads(body) for _ in range(REPEATS)])
        ours = median_seconds(lambda body=body: [ucwa.parse(body) for _ in range(REPEATS)])
        rows.append(
            (f"ucwa.parse capture {name[:3]} ({len(body)} B) / json.loads", ours, baseline, target)
        )
    return rows


def events_row() -> tuple[str, float, float, float]:
    from ucwa_runtime.events import parse_events
    from ucwa_runtime.transport import Response

    import ucwa

    sys.path.insert(0, str(ROOT / "bench"))
    from run import events_body

    body = events_body(100)
    client = ucwa.Client("https://lync.contoso.com")
    response = Response(
        method="GET",
        url="https://lync.contoso.com/ucwa/oauth/v1/applications/192/events?ack=3",
        status=200,
        headers={"Content-Type": "application/json"},
        body=body,
    )
    try:
        baseline = median_seconds(lambda: [json.loads(body) for _ in range(REPEATS // 10)])
        ours = median_seconds(
            lambda: [parse_events(response, client) for _ in range(REPEATS // 10)]
        )
    finally:
        client.close()
    return (f"parse_events, 100 events ({len(body) // 1024} KB) / json.loads", ours, baseline, 3.0)


def figures() -> list[tuple[str, float, float, float]]:
    return [*capture_rows(), events_row()]


def main() -> None:
    for name, value, baseline, target in figures():
        ratio = value / baseline
        verdict = "met" if ratio <= target else f"MISSED by {ratio - target:.2f}x"
        print(f"{name:<58} {ratio:6.2f}x  target <= {target:.1f}x  {verdict}")


if __name__ == "__main__":
    main()
