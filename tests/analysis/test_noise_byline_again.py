"""The article's byline said again after its last paragraph is boilerplate (issue #13, s16b N9:
/tmp/t13s16b/dam/local_dam.txt opens and closes with "By Pieter de Wit", and the reader showed
the byline twice). A byline said once, or a repeat that is not the text's last line, stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PROSE = "\n\n".join(
    f"Residents of the lower town stacked sandbags along the canal through the night. Note {i}." for i in range(10)
)


def noise(tmp_path: Path, text: str) -> list[tuple[str, str | None]]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [a] = list(Corpus.scan(tmp_path).articles())
    return [(s.text, s.reason) for s in split_noise(a).noise]


@pytest.mark.parametrize(
    "byline",
    [
        "By Pieter de Wit",  # reported
        "By Elske van Dijk",
        "By Pieter de Wit in Veldhaven",
    ],
)
def test_the_byline_again_at_the_end_is_boilerplate(tmp_path: Path, byline: str) -> None:
    text = f"Our town, under water\n\n{byline}\n\n{PROSE}\n\n{byline}\n"
    assert noise(tmp_path, text) == [(byline, "the article's byline again after it")]


def test_a_byline_said_once_or_not_last_stays(tmp_path: Path) -> None:
    assert noise(tmp_path, f"Our town, under water\n\n{PROSE}\n\nBy Pieter de Wit\n") == []
    middle = f"Our town, under water\n\nBy Pieter de Wit\n\n{PROSE}\n\nBy Pieter de Wit\n\n{PROSE}\n"
    assert noise(tmp_path, middle) == []
