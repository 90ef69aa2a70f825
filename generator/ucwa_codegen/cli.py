"""``ucwa-gen``: generate, check, validate, import-docs, coverage.

Exit codes: 0 ok, 1 check failed, 2 bad input."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .diagnostics import DefinitionsInvalid
from .format import format_tree
from .importer import import_docs
from .load import load_definitions
from .model import Api, build_api
from .render import render
from .validate import validate
from .write import differences, write_tree

EXIT_CHECK_FAILED = 1
EXIT_BAD_INPUT = 2

_definitions = click.option(
    "--definitions",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("definitions"),
    show_default=True,
    help="Folder of definition files.",
)
_templates = click.option(
    "--templates",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    default=Path("templates"),
    show_default=True,
    help="Folder of templates (package/ and runtime/).",
)
_out = click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("generated"),
    show_default=True,
    help="Folder the package is written to.",
)


def load_api(definitions: Path) -> Api:
    """Load, validate and model the definitions; exit 2 listing every error if any."""
    try:
        files = load_definitions(definitions)
        validate(files)
    except DefinitionsInvalid as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
        click.echo(f"{len(exc.errors)} error(s); nothing was written.", err=True)
        sys.exit(EXIT_BAD_INPUT)
    return build_api(files)


def build(definitions: Path, templates: Path) -> dict[str, bytes]:
    """The whole generated tree, in memory: load, validate, model, render, format."""
    return format_tree(render(load_api(definitions), templates))


@click.group()
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
def generate(definitions: Path, templates: Path, out: Path) -> None:
    """Write the package; on any error nothing is written."""
    files = build(definitions, templates)
    write_tree(files, out)
    click.echo(f"wrote {len(files)} files to {out}")


@main.command()
@_definitions
@_templates
@_out
def check(definitions: Path, templates: Path, out: Path) -> None:
    """Exit 1, listing the files, if the package on disk is not what generate would write."""
    found = differences(build(definitions, templates), out)
    for line in found:
        click.echo(line)
    if found:
        click.echo(f"{out} is out of date: run `make generate`.", err=True)
        sys.exit(EXIT_CHECK_FAILED)
    click.echo(f"{out} is up to date.")


@main.command(name="import-docs")
@click.argument("sources", nargs=-1, required=True, type=click.Path(path_type=Path, exists=True))
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("definitions"),
    show_default=True,
    help="Definitions folder to write into; existing files are merged, what they hold wins.",
)
@click.option("--verbose", is_flag=True, help="Also list every repaired page defect.")
def import_docs_command(sources: tuple[Path, ...], out: Path, verbose: bool) -> None:
    """Read reference pages (files, or folders of *.md) into definition files.

    Lists what could not be read (skipped), the types the reference leaves open (undecided,
    written as strings for review) and how many page defects were repaired.
    """
    try:
        result = import_docs(sources, out)
    except DefinitionsInvalid as exc:
        for error in exc.errors:
            click.echo(str(error), err=True)
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
