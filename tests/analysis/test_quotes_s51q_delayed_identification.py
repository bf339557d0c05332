"""Quotes of round s51-q (issue #16): the news lede's delayed identification. A subject of one
unnamed person ("A miner who crawled out …", "A nurse") is the person the next sentence opens
with, named in apposition by age or description ("Jae-won Paek, 34, a jumbo operator …") (t13au
N21: the quote stayed unattributed). A spokesperson, an unnamed source, or a next sentence opening
otherwise stay as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13au N21, broadcast/channel7-news)
            "A miner who crawled out of the collapsed Brindabella Deep gold mine has described hearing the "
            'rock "roar like a jet engine" moments before the tunnel came down. Jae-won Paek, 34, a jumbo '
            "operator from Kalgoorlie, was among the 17 workers rescued.",
            '"roar like a jet engine"',
            "Jae-won Paek",
        ),
        (  # variants
            'A nurse who worked through the night said the ward "smelled of smoke for hours". Maren Holt, '
            "29, a theatre nurse at Vellmar General, had stayed on after her shift.",
            'the ward "smelled of smoke for hours"',
            "Maren Holt",
        ),
        (
            'A fisherman said the slick "came in like a black tide" overnight. Tane Horomona, a skipper '
            "from Marrow Point, lost his season's catch.",
            'the slick "came in like a black tide" overnight',
            "Tane Horomona",
        ),
    ],
)
def test_named_in_the_next_sentence(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    assert said(rec, text).get(words) == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'A spokesman said the plant "was never at risk". Tomas Brenn, 52, a farmer nearby, disagreed.',
            'the plant "was never at risk"',
        ),
        ('A source said the deal "is dead". Anna Lind, 40, a trader, was sceptical.', 'the deal "is dead"'),
        (
            'A woman said the water "came up like a wall". Officials said 40 homes were flooded.',
            'the water "came up like a wall"',
        ),
    ],
)
def test_others_stay_unnamed(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text).get(words, "missing") is None
