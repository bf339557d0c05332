"""A page's first line of two to four capitalised words over its outlet and date is its headline,
not an author's name line (issue #14, t13ah-r S1; round s41-y2).

"HALLSTATT FLOODED" over "Associated Press" and a date stamp was labelled a byline ("name line
beside the article's date or byline"), and the title became the first sentence. The page's first
line is a name line only when it reads as a person's name ("Emily Post" over a date).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

BODY = (
    "\n\nFloods drove about 300 residents from their homes on Sunday, officials said.\n\n"
    "Fire chief Anna Leitner said crews had worked through the night to clear the roads.\n"
)


@pytest.mark.parametrize(
    ("head", "outlet_line"),
    [
        # the reported input (t13ah-r's N5/a b.txt)
        ("HALLSTATT FLOODED", "Associated Press\nJune 1, 2026 11:00"),
        # variants of my own: another headline in capitals, a headline in title case under a wire
        ("TRAIN DERAILS", "Reuters\nJune 2, 2026 09:30"),
        ("Bridge Collapses", "AFP\n2 June 2026"),
    ],
)
def test_short_headline_is_the_title(tmp_path: Path, head: str, outlet_line: str) -> None:
    (tmp_path / "a.txt").write_text(f"{head}\n{outlet_line}{BODY}", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.title == head
    assert head not in [s.text for s in split_noise(art).noise]


def test_a_persons_name_over_a_date_is_still_a_byline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Floods hit the valley town\nEmily Post\nJune 1, 2026{BODY}", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert "Emily Post" in [s.text for s in split_noise(art).noise if s.kind == "byline"]
