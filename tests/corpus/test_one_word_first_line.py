"""A one-word first line is no outlet (issue #13, s16b N8): "Floods" over the prose became the
article's outlet ("b  Floods  -  19 words  The company faces…"). A lone word at the top is a
kicker or rubric (never the title either: test_short_headlines; the first sentence is); an
outlet comes from a name under the headline, a dateline or a byline."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = "The company faces questions after at least 11 people died and 3,400 people were evacuated on Friday."


def article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [a] = list(Corpus.scan(tmp_path).articles())
    return a


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"Floods\n\n{PROSE}\n", PROSE[:40]),  # reported (/tmp/t13s16b/t2/b.txt)
        (f"Evacuations\n\n{PROSE}\n", PROSE[:40]),
        # a kicker over the headline: the headline is the title
        (f"Floods\n\nDam breach in Veldhaven\n\n{PROSE}\n", "Dam breach in Veldhaven"),
    ],
)
def test_one_word_first_line_is_no_outlet(tmp_path: Path, text: str, title: str) -> None:
    a = article(tmp_path, text)
    assert a.outlet is None
    assert a.title.startswith(title)


def test_a_name_under_the_headline_and_a_byline_still_name_the_outlet(tmp_path: Path) -> None:
    assert article(tmp_path, f"Dam breach in Veldhaven\n\nReuters\n\n{PROSE}\n").outlet == "Reuters"
    a = article(tmp_path, f"Dam breach in Veldhaven\n\nBy Jane Doe · The Courier · 14 March 2025\n\n{PROSE}\n")
    assert a.outlet == "The Courier"
    assert article(tmp_path, f"Floods\n\nVELDHAVEN, Oct 3 (Reuters) - {PROSE}\n").outlet == "Reuters"
