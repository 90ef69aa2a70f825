"""The loader remembers each scalar's resolved tag; what a scalar means must not change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import yaml

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
