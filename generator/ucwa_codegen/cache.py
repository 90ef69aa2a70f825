"""Content-addressed memory of earlier runs, so regeneration costs what changed.

Three things are remembered, each under the hash of everything it depends on:

- a loaded and schema-checked definition file, under the hash of its path and bytes;
- a rendered module, under the hash of the templates and of its rendering context;
- a formatted module, under the hash of the ruff version, its settings and the unformatted text.

Each key is salted, besides, with the hash of the generator's and the runtime's code and of
the packages that shape the output (``stamp.toolchain``): an entry made by other code is
never used, whatever a stage's key names (a run after such a change starts cold).

Beside the entries lives the stamp of the last run (stamp.py), which lets ``generate`` stop
before importing anything heavy when nothing changed and the output on disk is still what
that run wrote. Entries a run did not use are pruned when it ends, so the cache holds one
generation's worth.
Everything here is an optimisation: a run without a cache (``--no-cache``) writes the same
bytes.

An entry is data, never code: bytes or JSON, kept in one pack file that is read back after
checking it against the digest stored in front of it (a torn, damaged or foreign pack is
recomputed). Whoever can
write to the cache folder can change what a run writes, as with the output folder itself,
but reading an entry can never run anything (pickle, marshal and Jinja2's bytecode cache
all could).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

from . import stamp


def is_plain_json(value: Any) -> bool:
    """Whether ``value`` comes back from a JSON round trip equal and of the same types."""
    kind = type(value)
    if kind is dict:
        return all(type(k) is str and is_plain_json(v) for k, v in value.items())
    if kind is list:
        return all(is_plain_json(item) for item in value)
    if kind is float:
        return value == value and value not in (float("inf"), float("-inf"))
    return kind in (str, int, bool) or value is None


def _pack(entries: Mapping[str, bytes]) -> bytes:
    """The entries as one payload, behind the hex sha256 of it (see ``_unpack``)."""
    parts = []
    for key, payload in sorted(entries.items()):
        parts += [f"{key} {len(payload)}\n".encode(), payload]
    body = b"".join(parts)
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def _unpack(pack: bytes) -> dict[str, bytes]:
    """The entries ``_pack`` wrote; none when the pack does not match its digest or cannot be
    read (torn, damaged, of another format)."""
    stored, _, body = pack.partition(b"\n")
    if stored != hashlib.sha256(body).hexdigest().encode():
        return {}
    entries: dict[str, bytes] = {}
    position = 0
    try:
        while position < len(body):
            end = body.index(b"\n", position)
            key, _, size = body[position:end].rpartition(b" ")
            start = end + 1
            position = start + int(size)
            entries[key.decode("ascii")] = body[start:position]
    except (ValueError, UnicodeDecodeError):
        return {}
    return entries


class Cache:
    """A folder of entries by key, each bytes or JSON; ``Cache(None)`` remembers nothing.

    The stages ask one thing of it: ``remember(key, make)`` gives what ``make()`` gives,
    taken from the folder when an entry of ``key`` is there and stored there when not. A key
    is a function, called only when there is a folder: the stages work keys out of whole
    resources, which a run without a cache never pays for.

    The entries live in one file, ``entries.pack``, read whole on the first lookup and
    written whole when a run ends (``finish``, or ``save`` after a failure or a check):
    a run looks up about a thousand entries, and a file each cost a changed run more in
    opening, writing and pruning files than everything it rendered.
    """

    def __init__(self, folder: Path | None, salt: Callable[[], str] | None = None) -> None:
        self.folder = folder
        # Part of every key when given (the generator's code and tools: stamp.toolchain),
        # worked out on the first lookup.
        self._salt = salt
        self._salt_value: str | None = None
        self.used: set[str] = set()
        self._entries: dict[str, bytes] | None = None  # read from the pack on first use
        self._stored: frozenset[str] = frozenset()  # the keys the pack on disk holds
        self._changed = False  # an entry was added since the pack was read or written
        self._lock = threading.Lock()  # two threads look entries up (see Pipeline.build)
        self.unsaved: OSError | None = None
        """Why the entries or the stamp could not be saved, when they could not (the run's
        output never depends on it; the command line says so, as a warning)."""

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def remember(self, key: Callable[[], str], make: Callable[[], bytes]) -> bytes:
        """What ``make()`` gives, from the entry of ``key()`` when there is one."""
        if self.folder is None:
            return make()
        name = key()
        payload = self.get_bytes(name)
        if payload is None:
            payload = make()
            self.put_bytes(name, payload)
        return payload

    def remember_all(
        self,
        names: Iterable[str],
        key: Callable[[str], str],
        make: Callable[[list[str]], Mapping[str, bytes]],
    ) -> dict[str, bytes]:
        """``remember`` for many at once: ``make`` is given, in one call, the names whose
        ``key(name)`` has no entry, and gives back what each of them is."""
        names = list(names)
        if self.folder is None:
            return dict(make(names))
        keys = {name: key(name) for name in names}
        found = {name: self.get_bytes(keys[name]) for name in names}
        missing = [name for name, payload in found.items() if payload is None]
        made = make(missing) if missing else {}
        for name in missing:
            self.put_bytes(keys[name], made[name])
        return {name: made[name] if payload is None else payload for name, payload in found.items()}

    def remember_json(self, key: Callable[[], str], make: Callable[[], Any]) -> Any:
        """``remember`` for a JSON value; one JSON cannot give back unchanged (see
        ``put_json``) is made every time."""
        if self.folder is None:
            return make()
        name = key()
        value = self.get_json(name)
        if value is None:
            value = make()
            self.put_json(name, value)
        return value

    def _pack_path(self) -> str:
        assert self.folder is not None
        return os.path.join(self.folder, "entries.pack")

    def _loaded(self) -> dict[str, bytes]:
        with self._lock:
            if self._entries is None:
                try:
                    self._entries = _unpack(Path(self._pack_path()).read_bytes())
                except OSError:
                    self._entries = {}
                self._stored = frozenset(self._entries)
            return self._entries

    def salt(self) -> str | None:
        """What every key is hashed with (stamp.toolchain), worked out once; None without."""
        if self._salt is not None and self._salt_value is None:
            self._salt_value = self._salt()
        return self._salt_value

    def _salted(self, key: str) -> str:
        salt = self.salt()
        return key if salt is None else stamp.digest(salt, key)

    def get_bytes(self, key: str) -> bytes | None:
        """The bytes stored under ``key``, or None when there are none (or the pack did not
        match its digest)."""
        if self.folder is None:
            return None
        key = self._salted(key)
        self.used.add(key)
        return self._loaded().get(key)

    def put_bytes(self, key: str, payload: bytes) -> None:
        """Keep ``payload`` under ``key``; on disk from the end of the run (``finish``)."""
        if self.folder is None:
            return
        key = self._salted(key)
        self.used.add(key)
        self._loaded()[key] = payload
        self._changed = True

    def get_json(self, key: str) -> Any | None:
        """The JSON value stored under ``key``, or None (see get_bytes)."""
        payload = self.get_bytes(key)
        if payload is None:
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return None

    def put_json(self, key: str, value: Any) -> None:
        """Store ``value`` if JSON gives it back unchanged (dicts with string keys, lists,
        strings, finite numbers, booleans, None); anything else is simply not remembered."""
        if self.folder is None or not is_plain_json(value):
            return
        self.put_bytes(key, json.dumps(value, ensure_ascii=False).encode())

    def read_stamp(self) -> tuple[str, str] | None:
        """(stats, content) of the last run's stamp (stamp.py), if there is one."""
        return None if self.folder is None else stamp.read(self.folder)

    def write_stamp(self, stats: str, content: str) -> None:
        if self.folder is None:
            return
        try:
            os.makedirs(self.folder, exist_ok=True)
            stamp.write(self.folder, stats, content)
        except OSError as exc:
            # A cache folder that cannot be written (read-only, a full disk) costs the next
            # run its shortcut, never this run its result: the output is written already.
            # A stamp torn by the failure is not of stamp.read's form, so it is ignored.
            self.unsaved = self.unsaved or exc

    def save(self, *, prune: bool = False) -> None:
        """Write the entries to the pack when they changed: all of them, or with ``prune``
        only those this run used (a run that stopped on an error keeps what it made)."""
        if self.folder is None or self._entries is None:
            return
        with self._lock:
            entries = self._entries
            if prune:
                entries = {key: entries[key] for key in entries if key in self.used}
            if not self._changed and frozenset(entries) == self._stored:
                return
            path = self._pack_path()
            partial = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
            try:
                os.makedirs(self.folder, exist_ok=True)
                with open(partial, "wb") as file:
                    file.write(_pack(entries))
                os.replace(partial, path)  # readers never see half a pack
            except OSError as exc:
                # Not remembering is never an error (a read-only or full cache folder): the
                # run's output does not depend on it, and a later run makes what it lacks.
                with suppress(OSError):
                    os.unlink(partial)
                self.unsaved = self.unsaved or exc
                return
            self._entries, self._stored, self._changed = entries, frozenset(entries), False

    def finish(self, stats: str, content: str) -> None:
        """Record the run's stamp and keep only the entries it used."""
        if self.folder is None:
            return
        self.save(prune=True)
        import shutil  # not needed to say "up to date"

        # a folder of one file per entry, as ucwa-gen kept them before the pack
        shutil.rmtree(self.folder / "entries", ignore_errors=True)
        self.write_stamp(stats, content)

    def clear(self) -> None:
        import shutil

        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


NO_CACHE = Cache(None)
"""The cache of a run that neither reads nor writes one (``--no-cache``)."""
