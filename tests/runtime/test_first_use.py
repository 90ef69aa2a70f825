"""First use (import the generated package, parse a payload, make a client) loads only what
it needs: the event channel, XML, batching, authentication and the error classes load when
first asked for (the bench's first-use row counts every module imported)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NOT_AT_FIRST_USE = (
    "ucwa_runtime.auth",
    "ucwa_runtime.batch_client",
    "ucwa_runtime.batching",
    "ucwa_runtime.codec_xml",
    "ucwa_runtime.error_mapping",
    "ucwa_runtime.events",
    "ucwa_runtime.options",
    "ucwa.errors",
    "defusedxml",
    "xml.etree.ElementTree",
)


def test_first_use_loads_no_module_it_does_not_need() -> None:
    code = (
        "import sys, ucwa\n"
        'ucwa.parse(b\'{"rel": "application", "_links": {"self": {"href": "/a"}}}\')\n'
        "ucwa.Client('https://lync.contoso.com')\n"
        f"loaded = [m for m in {NOT_AT_FIRST_USE!r} if m in sys.modules]\n"
        "assert loaded == [], loaded\n"
        "assert 'ucwa_runtime.transport' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_resource_classes_load_neither_the_transport_nor_the_codecs() -> None:
    # A resource module declares its operations; carrying one out (operations.call) is what
    # needs urllib3 and cattrs (the bench's "import every resource class" row).
    code = (
        "import sys, ucwa\n"
        "for rel in ucwa.RESOURCES: ucwa.RESOURCES[rel]\n"
        "loaded = [m for m in ('urllib3', 'cattrs', 'ucwa_runtime.transport',"
        " 'ucwa_runtime.codec_json', 'ucwa_runtime.formats') if m in sys.modules]\n"
        "assert loaded == [], loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_an_embedded_resource_class_is_imported_when_its_resource_is_touched() -> None:
    # Reading an application checks its embedded me now (a bad one fails the parse), but
    # imports the class of me only when the embedded section is first read.
    code = (
        "import sys, ucwa\n"
        'body = b\'{"rel": "application", "_embedded": {"me": {"rel": "me",'
        ' "_links": {"self": {"href": "/me"}}}}}\'\n'
        "app = ucwa.parse(body)\n"
        "assert 'ucwa.resources.me' not in sys.modules\n"
        "assert app.embedded.me.self_link.href == '/me'\n"
        "assert 'ucwa.resources.me' in sys.modules\n"
        "try:\n"
        "    ucwa.parse(body.replace(b'\"/me\"', b'7'))\n"
        "except ValueError as exc:\n"
        "    assert '_embedded.me' in str(exc), exc\n"
        "else:\n"
        "    raise AssertionError('a bad embedded resource was read')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
