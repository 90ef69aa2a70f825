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


@pytest.mark.parametrize(
    ("text", "where", "error"),
    [
        ("a: 1\nb: !custom x\n", "2:4", "cannot read 'x' as !custom"),
        ("a: [1, !!int abc]\n", "1:8", "cannot read 'abc' as tag:yaml.org,2002:int"),
        ("a:\n  b: !!timestamp 2020-13-45\n", "2:6", "month must be in 1..12"),
        ("a: !!python/object:os.system x\n", "1:4", "could not determine a constructor"),
        ("<<: {a: 1}\n", "1:1", "keys must be strings \\(cannot read '<<'"),
    ],
)
@pytest.mark.parametrize("positions", [True, False])
def test_a_value_its_tag_cannot_make_is_an_error_at_its_line(
    tmp_path: Path, text: str, where: str, error: str, positions: bool
) -> None:
    path = tmp_path / "tagged.yaml"
    path.write_text(text)
    with pytest.raises(DefinitionsInvalid, match=error) as raised:
        load_file(path, positions=positions)
    assert [str(found).partition(": ")[0] for found in raised.value.errors] == [f"{path}:{where}"]
