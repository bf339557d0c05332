"""Wire copy typed for TeX writes a quotation ``…'' (two grave accents, two apostrophes): a pair
of quotation marks like “…” (t13s F10, round s31-i: AP's ``The stairwell acted like a chimney,''
Ferrandez said was no quote, and the second part was a reported quote holding the marks). The
offsets are the article's, and a quote's text is as the article writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.quote_marks import tex_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Hotel fire\n\nThe fire was put out on Wednesday.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, paragraph: str) -> list[tuple[str | None, str, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + paragraph + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    for q in quotes:
        assert q.text == article.text[q.start : q.end]
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.quoted) for q in quotes if q.start >= len(FIRST)
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # reported (t13s pages/wire-wrapped-ap.txt)
        (
            "     ``The stairwell acted like a chimney,'' Ferrandez said at a news\nconference. ``By the time "
            "the first engine arrived the fourth floor\nwas already lost.''",
            [
                (
                    "Ferrandez",
                    "direct",
                    "The stairwell acted like a chimney … By the time the first engine arrived the fourth floor\n"
                    "was already lost",
                )
            ],
        ),
        # variants of my own: the cue after the speaker, a colon before the quote, other names
        ("``We lost everything,'' said shopkeeper Ines Castro.", [("Ines Castro", "direct", "We lost everything")]),
        (
            "Harbour master Olav Dahl said: ``Nobody could have stopped it.''",
            [("Olav Dahl", "direct", "Nobody could have stopped it")],
        ),
    ],
)
def test_tex_marks_pair_as_quotation_marks(
    rec: Recognizer, paragraph: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert said(rec, paragraph) == expected


def test_offsets_kept_and_a_lone_pair_of_apostrophes_no_mark() -> None:
    text = "``A,'' he said. The 5'' pipe"
    assert len(tex_quotes(text)) == len(text)
    assert tex_quotes(text) == " “A,”  he said. The 5'' pipe"
    assert tex_quotes("The 5'' pipe") == "The 5'' pipe"


def test_a_partial_quote_holds_both_closing_marks(rec: Recognizer) -> None:
    # reported (t13s pages/wire-wrapped-ap.txt): it was "it was ``cooperating … authorities.'"
    assert said(
        rec, "A company spokesman, Neil Abernethy, said it was ``cooperating\nfully with the authorities.''"
    ) == [("Neil Abernethy", "partial", "it was ``cooperating\nfully with the authorities.''")]
