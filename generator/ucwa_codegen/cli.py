"""``ucwa-gen``: generate, check, validate, export-openapi, import-docs, coverage.

Exit codes: 0 ok, 1 check failed or coverage incomplete, 2 bad input.

The pipeline itself is ucwa_codegen.pipeline; this module picks its inputs and reports. Its
stages are imported inside the commands. ``generate`` with nothing to do is answered before
this module is even imported (entry.py), and otherwise checked again here.

On a terminal, ``generate`` and ``check`` show a progress bar on standard error and errors are
red; otherwise (a pipe, a file, CI) nothing but the results is written, without colour.
``NO_COLOR`` (https://no-color.org) turns colour off everywhere.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from .cache import NO_CACHE, Cache
from .defaults import CACHE_DIR_ENV, DEFINITIONS, OUT, default_templates, up_to_date
from .pipeline import STAGES, Pipeline, cache_for

if TYPE_CHECKING:
    from .diagnostics import DefinitionsInvalid
    from .load import SourceFile
    from .model import Api

EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2

_definitions = click.option(
    "--definitions",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFINITIONS,
    show_default=True,
    help="Folder of definition files.",
)


_templates = click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=default_templates,
    show_default="./templates, else the copy installed with ucwa-gen",
    help="Folder of templates (package/, docs/, project/).",
)
_out = click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=OUT,
    show_default=True,
    help="Folder the package is written to.",
)
_no_cache = click.option(
    "--no-cache",
    is_flag=True,
    help="Neither read nor write the cache (the output is the same either way).",
)
_cache_dir = click.option(
    "--cache-dir",
    type=click.Path(path_type=Path, file_okay=False),
    envvar=CACHE_DIR_ENV,
    default=None,
    help="Where to remember earlier runs [default: ~/.cache/ucwa-gen, or $XDG_CACHE_HOME].",
)


def _exit_invalid(exc: DefinitionsInvalid) -> NoReturn:
    for error in exc.errors:
        echo_error(str(error))
    echo_error(f"{len(exc.errors)} error(s); nothing was written.")
    sys.exit(EXIT_BAD_INPUT)


def load_api(definitions: Path) -> Api:
    """Load, validate and model the definitions; exit 2 listing every error if any."""
    from .diagnostics import DefinitionsInvalid

    try:
        return Pipeline(definitions, default_templates()).api()
    except DefinitionsInvalid as exc:
        _exit_invalid(exc)


def load_files(definitions: Path) -> list[SourceFile]:
    """Load and validate the definition files; exit 2 listing every error if any."""
    from .diagnostics import DefinitionsInvalid

    try:
        return Pipeline(definitions, default_templates()).files()
    except DefinitionsInvalid as exc:
        _exit_invalid(exc)


def color() -> bool | None:
    """False when NO_COLOR is set; None lets click colour a terminal and nothing else."""
    return False if os.environ.get("NO_COLOR") else None


def echo_error(message: str) -> None:
    """One line on standard error: red on a terminal, plain text otherwise."""
    click.secho(message, err=True, fg="red", color=color())


@contextmanager
def progress(stages: Sequence[str]) -> Iterator[Callable[[str], None]]:
    """A progress bar over ``stages`` on standard error when it is a terminal; else silence.

    Yields the function to call as each stage starts. If the block raises, the bar's line is
    erased, so that the error that follows starts a clean line.
    """
    if not sys.stderr.isatty():
        yield lambda name: None
        return
    bar = click.progressbar(
        stages,
        label="ucwa-gen",
        show_eta=False,
        show_percent=False,
        show_pos=True,
        item_show_func=lambda name: name,
        file=sys.stderr,
        color=color(),
    )
    done = 0

    def start(name: str) -> None:
        nonlocal done
        index = stages.index(name)
        bar.update(index - done, name)
        done = index

    bar.current_item = stages[0]
    bar.render_progress()
    try:
        yield start
    except BaseException:
        sys.stderr.write("\r\033[K\033[?25h")  # erase the line, show the cursor again
        sys.stderr.flush()
        raise
    bar.update(len(stages) - done)
    bar.render_finish()


def _pipeline(
    definitions: Path, templates: Path, out: Path, cache_dir: Path | None, no_cache: bool
) -> Pipeline:
    cache = NO_CACHE if no_cache else cache_for(out, cache_dir)
    return Pipeline(definitions, templates, cache)


@click.group(
    epilog="Exit status: 0 success; 1 `check` found generated files out of date; "
    "2 bad input (invalid definitions or arguments). "
    "On a terminal, a progress bar and red errors go to standard error; set NO_COLOR to "
    "turn colour off."
)
@click.version_option(__version__, prog_name="ucwa-gen")
def main() -> None:
    """Generate the UCWA client package from definitions/ and templates/."""


@main.command(name="validate")
@_definitions
def validate_command(definitions: Path) -> None:
    """Check the definitions only."""
    api = load_api(definitions)
    click.echo(f"{len(api.resources)} resources and {len(api.enums)} enumerations are valid.")


@main.command()
@_definitions
@_templates
@_out
@_cache_dir
@_no_cache
def generate(
    definitions: Path, templates: Path, out: Path, cache_dir: Path | None, no_cache: bool
) -> None:
    """Write the package; on any error nothing is written."""
    from .diagnostics import DefinitionsInvalid

    pipeline = _pipeline(definitions, templates, out, cache_dir, no_cache)
    if pipeline.is_current(out):
        click.echo(up_to_date(out))
        return
    try:
        with progress((*STAGES, "writing")) as stage:
            files = pipeline.generate(out, stage)
    except DefinitionsInvalid as exc:
        _exit_invalid(exc)
    except OSError as exc:
        # staging changes nothing before its one swap, so a failure here (a read-only
        # parent folder, a full disk) leaves the previous output as it was.
        echo_error(f"cannot write {out}: {exc.strerror or exc}; nothing was written.")
        sys.exit(EXIT_BAD_INPUT)
    click.echo(f"wrote {len(files)} files to {out}")
    _warn_if_unsaved(pipeline.cache)


@main.command()
@_definitions
@_templates
@_out
@_cache_dir
@_no_cache
def check(
    definitions: Path, templates: Path, out: Path, cache_dir: Path | None, no_cache: bool
) -> None:
    """Exit 1, listing the files, if the package on disk is not what generate would write."""
    from .diagnostics import DefinitionsInvalid

    pipeline = _pipeline(definitions, templates, out, cache_dir, no_cache)
    try:
        with progress((*STAGES, "comparing")) as stage:
            found = pipeline.differences(out, stage)
    except DefinitionsInvalid as exc:
        _exit_invalid(exc)
    _warn_if_unsaved(pipeline.cache)
    for line in found:
        click.echo(line)
    if found:
        echo_error(f"{out} is out of date: run `make generate`.")
        sys.exit(EXIT_CHECK_FAILED)
    click.echo(up_to_date(out))


def _warn_if_unsaved(cache: Cache) -> None:
    # Not an error (the result does not depend on the cache), but a user should know why
    # every run does all the work again.
    if cache.unsaved is not None:
        reason = cache.unsaved.strerror or cache.unsaved
        echo_error(f"warning: cannot save the cache in {cache.folder}: {reason}")


@main.command(name="export-openapi")
@_definitions
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write; standard output when left out.",
)
def export_openapi(definitions: Path, output: Path | None) -> None:
    """Write an OpenAPI 3.1 document of the definitions."""
    from . import openapi

    document = openapi.dumps(load_api(definitions))
    if output is None:
        click.echo(document, nl=False)
    else:
        output.write_text(document, encoding="utf-8")


@main.command(name="import-docs")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=DEFINITIONS,
    show_default=True,
    help="Definitions folder to write into; existing files are merged, what they hold wins.",
)
@click.option("--verbose", is_flag=True, help="Also list every repaired page defect.")
def import_docs_command(sources: tuple[Path, ...], out: Path, verbose: bool) -> None:
    """Read reference pages (files, or folders of *.md) into definition files.

    Lists what could not be read (skipped), the types the reference leaves open (undecided,
    written as strings for review) and how many page defects were repaired.
    """
    from .diagnostics import DefinitionsInvalid
    from .importer import import_docs

    try:
        result = import_docs(sources, out)
    except DefinitionsInvalid as exc:
        for error in exc.errors:
            echo_error(str(error))
        click.echo(
            "an existing definition file could not be read; nothing more was written.", err=True
        )
        sys.exit(EXIT_BAD_INPUT)
    report = result.report
    for kind in ("skipped", "undecided", "repaired") if verbose else ("skipped", "undecided"):
        for note in report.of_kind(kind):
            click.echo(str(note))
    counts = ", ".join(
        f"{len(report.of_kind(k))} {k}" for k in ("skipped", "undecided", "repaired")
    )
    written, unchanged = len(result.written), len(result.unchanged)
    click.echo(f"{written} file(s) written, {unchanged} unchanged in {out}; {counts}")


@main.command(name="coverage")
@click.option(
    "--docs",
    required=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of reference pages (*_ref.md).",
)
@_definitions
@click.option("--json", "as_json", is_flag=True, help="Write the report as JSON.")
def coverage_command(docs: Path, definitions: Path, as_json: bool) -> None:
    """Compare what the reference pages hold with what the definitions hold, per kind.

    Exit 0 when every kind is complete (each fact of the reference is held, or accounted
    for under a named category, and every resource example round-trips through the
    generated package), 1 otherwise, 2 for bad definitions.
    """
    from .coverage import PlayFailed, coverage

    try:
        report = coverage(docs, load_files(definitions))
    except PlayFailed as exc:  # ucwa or ucwa_testing not installed, say
        echo_error(f"{exc}; the examples need the generated package and ucwa_testing.")
        sys.exit(EXIT_CHECK_FAILED)
    click.echo(report.to_json() if as_json else report.to_text(), nl=False)
    if not report.complete:
        sys.exit(EXIT_CHECK_FAILED)
