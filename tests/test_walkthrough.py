"""README's "Walkthrough: a resource of one's own", run as written: its definition files and
link go into a copy of definitions/, ucwa-gen generates a package from it, and the README's
code uses the new resource against the bundled server, extended with the two resources, in a
process that imports the package just generated."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from .readme_blocks import readme_blocks

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REFERENCE = ROOT.parent / "shared" / "ucwa-reference"

# Serves the two resources on the bundled server (the board is the definition's example, its
# hrefs moved below the application), runs the README's code on a session signed in there
# through the ucwa command's own sign-in, and reports what happened as JSON.
USE_IT = r"""
import contextlib, io, json, sys

import ucwa
from ucwa_session import cli_sign_in
from ucwa_testing import UcwaServer, resources, routing
from ucwa_testing.wire import Reply, json_reply

example_text, use = open(sys.argv[1]).read(), open(sys.argv[2]).read()
posted = []
plain_people = resources.people


def people(base):
    body = plain_people(base)
    body["_links"]["statusBoard"] = {"href": f"{base}/people/statusBoard"}
    return body


resources.people = people


@routing.route("GET", "{APP}/people/statusBoard")
def _board(server, ctx):
    text = example_text.replace("/ucwa/oauth/v1/applications/192", ctx.application.base)
    return json_reply(200, json.loads(text))


@routing.route("POST", "{APP}/people/statusBoard/post")
def _post(server, ctx):
    posted.append(routing.require_json(ctx.request)["line"])
    return Reply(204)


with UcwaServer(poll_timeout=0.2) as server:
    cli_sign_in.start_bundled_server = lambda: contextlib.nullcontext(server)
    printed = io.StringIO()
    with cli_sign_in.open_session(cli_sign_in.SignIn(bundled=True)) as session:
        with contextlib.redirect_stdout(printed):
            exec(use, {"session": session})
    violations = [f"{v.kind} {v.path} {v.detail}" for v in server.protocol.unexpected()]
board = ucwa.parse(example_text.encode(), "application/json")
print(json.dumps({
    "package": ucwa.__file__,
    "printed": printed.getvalue(),
    "posted": posted,
    "violations": violations,
    "type": type(board).__name__,
    "round_trip": json.loads(ucwa.serialize(board, "application/json")) == json.loads(example_text),
}))
"""


def walkthrough_blocks() -> dict[str, str]:
    blocks = readme_blocks("walkthrough")
    assert set(blocks) == {
        "definitions/resources/statusBoard.yaml",
        "definitions/resources/postStatus.yaml",
        "definitions/resources/people.yaml links",
        "use",
    }
    return blocks


def test_the_readme_walkthrough_adds_a_resource_of_ones_own(tmp_path: Path) -> None:
    blocks = walkthrough_blocks()
    shutil.copytree(ROOT / "definitions", tmp_path / "definitions")
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    # 1. the definitions, 2. the link from people
    for name in ("statusBoard", "postStatus"):
        path = f"definitions/resources/{name}.yaml"
        (tmp_path / path).write_text(blocks[path])
    people = tmp_path / "definitions/resources/people.yaml"
    text = people.read_text()
    assert text.count("\nlinks:\n") == 1
    people.write_text(
        text.replace("\nlinks:\n", "\nlinks:\n" + blocks["definitions/resources/people.yaml links"])
    )
    # 3. generate
    generated = tmp_path / "generated"
    done = subprocess.run(
        [str(BIN / "ucwa-gen"), "generate", "--no-cache", "--definitions", "definitions",
         "--templates", "templates", "--out", str(generated)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Reference page | none" in (generated / "docs/resources/statusBoard.md").read_text()
    if REFERENCE.is_dir():  # coverage stays complete: the two are definitions beyond the pages
        coverage = subprocess.run(
            [str(BIN / "ucwa-gen"), "coverage", "--docs", str(REFERENCE), "--definitions",
             "definitions", "--json"],
            cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert coverage.returncode == 0, coverage.stdout[-2000:] + coverage.stderr
        kinds = {kind["kind"]: kind for kind in json.loads(coverage.stdout)["kinds"]}
        assert kinds["resources"]["beyond"] == {"not on any page": 2}
    # 4. use it, in a process whose ucwa is the package just generated
    statusboard = yaml.safe_load(blocks["definitions/resources/statusBoard.yaml"])
    (tmp_path / "example.json").write_text(statusboard["examples"][0]["body"])
    (tmp_path / "use.py").write_text(blocks["use"])
    env = {**os.environ, "PYTHONPATH": str(generated)}
    ran = subprocess.run(
        [sys.executable, "-c", USE_IT, str(tmp_path / "example.json"), str(tmp_path / "use.py")],
        capture_output=True, text=True, timeout=300, check=False, env=env,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    result = json.loads(ran.stdout)
    assert Path(result["package"]).is_relative_to(generated)
    assert result["printed"] == "Help desk ['Alice: on call', 'Bob: away']\n"
    assert result["posted"] == ["Carol: in a meeting"]
    assert result["violations"] == []
    assert result["type"] == "StatusBoard" and result["round_trip"]


def test_a_definition_without_reference_is_valid_but_a_malformed_one_is_not(tmp_path: Path) -> None:
    # reference stays checked when given: it must still look like a page name.
    shutil.copytree(ROOT / "definitions", tmp_path / "definitions")
    (tmp_path / "definitions/resources/statusBoard.yaml").write_text(
        walkthrough_blocks()["definitions/resources/statusBoard.yaml"].replace(
            "resource: statusBoard\n", "resource: statusBoard\nreference: status board\n"
        )
    )
    done = subprocess.run(
        [str(BIN / "ucwa-gen"), "validate", "--definitions", "definitions"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "definitions/resources/statusBoard.yaml:3:" in done.stderr and "reference" in done.stderr
