"""The article's byline said again after its last paragraph is boilerplate (issue #13, s16b N9:
/tmp/t13s16b/dam/local_dam.txt opens and closes with "By Pieter de Wit", and the reader showed
the byline twice). A byline said once, or a repeat that is not the text's last line, stays. "By"
and a name alone ("By Pieter de Wit", particles and all since round s39-x3) is a byline wherever
it stands."""

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
        "By Pieter de Wit in Veldhaven",
        "By Elske van Dijk in Veldhaven",
    ],
)
def test_the_byline_again_at_the_end_is_boilerplate(tmp_path: Path, byline: str) -> None:
    text = f"Our town, under water\n\n{byline}\n\n{PROSE}\n\n{byline}\n"
    assert noise(tmp_path, text) == [(byline, "the article's byline again after it")]


# "By" and a name alone is a byline wherever it stands, its particles too (round s39-x3:
# "By Pieter de Wit", the reported line, was read as "By Jane Roe" is only since then), so both
# of its lines are split off.
@pytest.mark.parametrize("byline", ["By Pieter de Wit", "By Elske van Dijk"])
def test_a_byline_of_a_name_alone_is_boilerplate_at_both_ends(tmp_path: Path, byline: str) -> None:
    text = f"Our town, under water\n\n{byline}\n\n{PROSE}\n\n{byline}\n"
    assert noise(tmp_path, text) == [(byline, f"byline (“{byline}”)")] * 2


def test_a_byline_said_once_or_not_last_stays(tmp_path: Path) -> None:
    byline = "By Pieter de Wit in Veldhaven"
    assert noise(tmp_path, f"Our town, under water\n\n{PROSE}\n\n{byline}\n") == []
    middle = f"Our town, under water\n\n{byline}\n\n{PROSE}\n\n{byline}\n\n{PROSE}\n"
    assert noise(tmp_path, middle) == []
