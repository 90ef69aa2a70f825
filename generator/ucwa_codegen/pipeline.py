"""The generation pipeline: definitions and templates in, the generated tree out.

Stages, in order: load (YAML with positions), validate (schema, then the rules between
files), model, render (Jinja2), format (ruff), then write or compare. A ``Pipeline`` holds
its inputs and its cache; the command line only picks them and reports. Everything heavy
(jinja2, PyYAML, fastjsonschema) is imported inside the stages, so that a run loads only what
its stages need (``generate`` with nothing to do is answered earlier still, by entry.py).

The cache changes how long a run takes, never what it writes: each stage asks it to
``remember`` what it makes, and ``Pipeline(..., cache=NO_CACHE)`` makes everything.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from . import stamp
from .cache import NO_CACHE, Cache
from .stamp import OUTPUT_NAMES, files_digest, fingerprint, input_stats, tree_digest

if TYPE_CHECKING:
    from .load import SourceFile
    from .model import Api

# The stages ``build`` reports; generate and check each add their last one.
STAGES = ("loading definitions", "rendering", "formatting")

Stage = Callable[[str], None]


def _quiet(name: str) -> None:
    """A stage listener that listens to nothing."""


def cache_for(out: Path, cache_dir: Path | None = None) -> Cache:
    """The cache of the output folder ``out`` (stamp.cache_folder; a run prunes what it did
    not use), its entries kept under the generator's code and tools (stamp.toolchain)."""
    return Cache(stamp.cache_folder(out, cache_dir), stamp.toolchain)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a build, then as it was.

    A build makes hundreds of thousands of objects that live until it ends (YAML nodes, the
    definitions' data, the model, rendered text); the collector, triggered by allocations,
    walks them again and again and finds no garbage: 4% of a build's time. What cycles a
    build leaves are collected once it is back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Pipeline:
    """One generation's inputs (a definitions folder, a templates folder) and its cache."""

    definitions: Path
    templates: Path
    cache: Cache = NO_CACHE

    def files(self) -> list[SourceFile]:
        """Load and validate the definition files; raises DefinitionsInvalid with every
        error, each at its file:line:column."""
        from .diagnostics import DefinitionsInvalid
        from .load import load_definitions
        from .validate import validate

        try:
            files = load_definitions(self.definitions, self.cache, positions=False)
            validate(files, self.cache)
        except DefinitionsInvalid:
            # Files were loaded (or taken from the cache) without the positions of their
            # values: find the errors again, with them.
            files = load_definitions(self.definitions)
            validate(files)
        return files

    def api(self) -> Api:
        """The model of the definitions; raises DefinitionsInvalid (see ``files``)."""
        from .model import build_api

        return build_api(self.files())

    def build(self, stage: Stage = _quiet) -> dict[str, bytes]:
        """The whole generated tree, in memory: load, validate, model, render, format.

        ``stage`` is told the name of each stage as it starts (see ``STAGES``).
        """
        return self._build(stage, lambda reference: None)

    def _build(
        self, stage: Stage, reference_ready: Callable[[dict[str, bytes]], None]
    ) -> dict[str, bytes]:
        """``build``, handing the Markdown reference to ``reference_ready`` while ruff is
        still formatting the package."""
        from concurrent.futures import ThreadPoolExecutor  # not needed to say "up to date"

        from .docs import render_docs
        from .format import format_tree
        from .render import render

        with _without_cycle_collection():
            stage(STAGES[0])
            api = self.api()
            stage(STAGES[1])
            rendered = render(api, self.templates, self.cache)
            stage(STAGES[2])
            # ruff lays out the package in its own processes while this one renders the
            # Markdown reference, which ruff never sees, and hands it on to be written.
            with ThreadPoolExecutor(max_workers=1) as pool:
                formatted = pool.submit(format_tree, rendered, self.cache)
                reference = render_docs(api, self.templates, self.cache)
                reference_ready(reference)
                return {**formatted.result(), **reference}

    @cached_property
    def _inputs(self) -> str:
        # Without a cache folder there is no stamp to compare with or to write: no hashing.
        # Worked out once, before anything is read for the build; the code's part is the
        # cache's salt, which the build's lookups then reuse rather than hash the code again.
        if not self.cache.enabled:
            return ""
        return fingerprint(self.definitions, self.templates, self.cache.salt())

    @cached_property
    def _input_stats(self) -> str:
        # Taken before the inputs are read (``_inputs``): an input changed in between has
        # newer times than the stamp records, so the next run reads it again.
        return input_stats(self.definitions, self.templates) if self.cache.enabled else ""

    def is_current(self, out: Path) -> bool:
        """Whether ``out`` holds what the last run with this cache wrote, from these very
        inputs (answered before anything is built).

        The stamp of that run (stamp.py) holds the hash of every input's and output's bytes,
        and of their sizes and modification times. When no size or time changed, nothing is
        read; otherwise the bytes are hashed and compared (a file saved unchanged, a fresh
        checkout), and a match records the new times.
        """
        recorded = self.cache.read_stamp()
        if recorded is None:
            return False
        now = stamp.stats(self._input_stats, out)  # before _inputs reads them
        if recorded[0] == now:
            return True
        if stamp.fingerprint_of(recorded[1]) != self._inputs:
            return False  # an input's bytes changed: the outputs need not be read
        if recorded[1] != stamp.content(self._inputs, tree_digest(out)):
            return False
        self.cache.write_stamp(now, recorded[1])
        return True

    def generate(self, out: Path, stage: Stage = _quiet) -> dict[str, bytes]:
        """Build and write ``out`` in one swap (nothing is written on an error); the files
        written. Raises DefinitionsInvalid, or OSError when ``out`` cannot be written."""
        from .write import staged

        stats, inputs = self._input_stats, self._inputs  # in this order: see _input_stats
        written: list[str] = []

        def note_times(new: Path) -> None:
            # The times of the new copy as this run made it (a swap moves folders and
            # keeps them): what changes it after the swap (an editor, another run swapping
            # its own in) then shows as a change to the next run.
            if self.cache.enabled:
                written.append(stamp.stats(stats, new))

        try:
            with ExitStack() as stack:
                opened: list[tuple[Callable[[Mapping[str, bytes]], None], dict[str, bytes]]] = []

                def write_reference(reference: dict[str, bytes]) -> None:
                    # While ruff formats the package (making files can cost more than
                    # formatting them: see bench/stages.py), and only once the definitions
                    # proved sound: a run on bad input touches nothing beside out.
                    add = stack.enter_context(staged(out, OUTPUT_NAMES, note_times))
                    add(reference)
                    opened.append((add, reference))

                files = self._build(stage, write_reference)
                stage("writing")
                add, reference = opened[0]
                add({path: content for path, content in files.items() if path not in reference})
            # leaving the block swapped the new output in
        except BaseException:
            self.cache.save()  # what was made before the failure serves the next run
            raise
        if self.cache.enabled:
            # staged() made out hold exactly these files below OUTPUT_NAMES: no need to read
            # them to hash them; their times were noted before the swap.
            self.cache.finish(written[0], stamp.content(inputs, files_digest(files)))
        return files

    def differences(self, out: Path, stage: Stage = _quiet) -> list[str]:
        """One line per file that ``out`` holds otherwise than ``generate`` would write."""
        from .write import differences

        try:
            files = self.build(stage)
        finally:
            self.cache.save()
        stage("comparing")
        return differences(files, out)
