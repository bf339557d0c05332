"""A short quotation with its speech tag opening an article (issue #16, round s37-q; found by s36-x3).

'"Nobody warned us," Tomas Arvid said.' as an article's first paragraph was no quote at all: a
short text whose long words are mostly capitalised (the quotation's first word and a two-word
name) was taken for a title-case headline and skipped. A sentence ending in a full stop that
holds a quotation and a speech verb outside it is a report, whatever its capitals; a headline
(no full stop) is still skipped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None) for q in quotes}


TAIL = "\n\nThe river rose overnight and flooded the lower town of Kerrow. Residents left at dawn.\n"


@pytest.mark.parametrize(
    ("opening", "words", "speaker"),
    [
        # the reported sentence (s36-x3's "left undone")
        ('"Nobody warned us," Tomas Arvid said.', "Nobody warned us", "Tomas Arvid"),
        # variants of my own: the verb first, curly marks and a manner of speaking, single marks, the tag first
        ('"Nobody came," said Anna Berg.', "Nobody came", "Anna Berg"),
        ("“Everything is lost,” sobbed Ingrid Moen.", "Everything is lost", "Ingrid Moen"),
        ("'The Dam Is Gone,' Lena Holm said.", "The Dam Is Gone", "Lena Holm"),
        ('Tomas Arvid said: "Nobody Warned Us."', "Nobody Warned Us", "Tomas Arvid"),
    ],
)
def test_tagged_quote_opening_the_article_is_attributed(
    rec: Recognizer, opening: str, words: str, speaker: str
) -> None:
    for text in (opening + TAIL, opening + "\n"):  # the first paragraph, or the article's one line
        quotes = said(rec, text)
        assert quotes.get(words) == speaker, (text, quotes)


@pytest.mark.parametrize(
    "headline",
    [
        'Inspector Says "Bridge Unsafe"',
        "Mayor Ana Ruiz Says Dam Will Hold",
        '"We Will Rebuild," Vows Kerrow Mayor',
    ],
)
def test_title_case_headline_without_a_stop_is_still_skipped(rec: Recognizer, headline: str) -> None:
    quotes = said(rec, headline + TAIL)
    assert not any(sp is not None for sp in quotes.values()), quotes
