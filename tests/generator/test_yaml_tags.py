"""The loader remembers each scalar's resolved tag, and reads files without an anchor by a
shorter way; what a file means must not change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from ucwa_codegen.diagnostics import DefinitionsInvalid
from ucwa_codegen.load import load_file


def test_remembered_tags_tell_quoted_from_plain_scalars(tmp_path: Path) -> None:
    # each value twice, so the second of each is answered from what the first resolved
    text = "".join(
        f"{key}{n}: {value}\n"
        for n in (1, 2)
        for key, value in (
            ("plain_true", "true"),
            ("quoted_true", '"true"'),
            ("plain_int", "12"),
            ("quoted_int", "'12'"),
            ("plain_null", "null"),
            ("plain_date", "2015-01-01"),
            ("word", "string"),
        )
    )
    path = tmp_path / "scalars.yaml"
    path.write_text(text)
    expected = yaml.load(text, Loader=yaml.SafeLoader)  # the pure-Python loader, no memory
    for positions in (True, False):
        data = load_file(path, positions=positions).data
        assert data == expected
        assert [type(data[f"{key}2"]) for key in ("plain_true", "quoted_true", "plain_date")] == [
            bool,
            str,
            date,
        ]


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",
        "a:\n- &x [1]\n- *x\n",
        "a: [&x 1, *x]\n",
        "a: {k: &x 1, j: *x}\n",
        'a: {"k":&x 1, "j": *x}\n',
        "a:\t&x 1\nb: *x\n",
    ],
)
def test_an_alias_is_refused_without_positions_too(tmp_path: Path, text: str) -> None:
    path = tmp_path / "aliased.yaml"
    path.write_text(text)
    with pytest.raises(DefinitionsInvalid, match="alias \\*x"):
        load_file(path, positions=False)


@pytest.mark.parametrize(
    ("text", "error"),
    [("a: 1\na: 2\n", "duplicate key 'a'"), ("1: one\n", "keys must be strings")],
)
def test_bad_keys_are_refused_without_positions_too(tmp_path: Path, text: str, error: str) -> None:
    path = tmp_path / "keys.yaml"
    path.write_text(text)
    with pytest.raises(DefinitionsInvalid, match=error):
        load_file(path, positions=False)


@pytest.mark.parametrize(
    "text",
    [
        "a: R&D\nb: [1, {c: 2.5}]\n",
        "a: 'x &amp; y'\nb: [1, {c: 2.5}]\n",  # looks like an anchor: the builder reads it
    ],
)
def test_with_or_without_an_ampersand_the_data_is_the_same(tmp_path: Path, text: str) -> None:
    path = tmp_path / "plain.yaml"
    path.write_text(text)
    expected = yaml.load(text, Loader=yaml.SafeLoader)
    assert load_file(path, positions=False).data == expected
    assert load_file(path, positions=True).data == expected
