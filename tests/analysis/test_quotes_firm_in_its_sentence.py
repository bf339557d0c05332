"""'X Kft will cut 320 jobs, the company said.' credits the firm the sentence names, never the
agency of the dateline before it nor an organisation named earlier; so does '…, the company told
staff on Thursday.' (t13l F2, F12: the agency, or unattributed, when the recogniser missed the
firm with a Hungarian legal form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [(q.speaker.name if q.speaker else None, q.text) for q in find_quotes(article, rec.recognize(article))]


@pytest.mark.parametrize(
    ("lede", "firm", "words"),
    [
        # reported (t13l F2)
        (
            "SZEGED, Oct 16 (Danubewire) - Tarnok Vasút Kft will cut 320 jobs, the company said.",
            "Tarnok Vasút Kft",
            "Tarnok Vasút Kft will cut 320 jobs",
        ),
        (
            "BUDAPEST, Oct 16 (Reuters) - Kertes Malom Zrt will cut 90 jobs, the company said.",
            "Kertes Malom Zrt",
            "Kertes Malom Zrt will cut 90 jobs",
        ),
        # variants of my own
        (
            "GYŐR, Oct 2 (Danubewire) - Rábaparti Fém Nyrt will shut two plants, the company said on Friday.",
            "Rábaparti Fém Nyrt",
            "Rábaparti Fém Nyrt will shut two plants",
        ),
        (
            "PÉCS, May 9 (Reuters) - Mecsek Sütő Kft will close its bakery, the firm said.",
            "Mecsek Sütő Kft",
            "Mecsek Sütő Kft will close its bakery",
        ),
    ],
)
def test_the_firm_of_a_lede_after_a_dateline(rec: Recognizer, lede: str, firm: str, words: str) -> None:
    assert said(rec, f"Jobs\n\n{lede}\n\nThe firm runs two plants.\n") == [(firm, words)]


@pytest.mark.parametrize(
    ("sentence", "firm", "words"),
    [
        # reported (t13l F12)
        (
            "Tarnok Vasút Kft will cut its workforce by 180, the company told staff on Thursday.",
            "Tarnok Vasút Kft",
            "Tarnok Vasút Kft will cut its workforce by 180",
        ),
        # variants of my own: a firm named before in the article, another form
        (
            "Kertes Malom Zrt will sell the mill, the company told staff on Monday.",
            "Kertes Malom Zrt",
            "Kertes Malom Zrt will sell the mill",
        ),
        (
            "Alsóvíz Szerviz Kft will move to Pécs, the firm told staff on Friday.",
            "Alsóvíz Szerviz Kft",
            "Alsóvíz Szerviz Kft will move to Pécs",
        ),
    ],
)
def test_the_company_told_staff_is_the_firm_the_sentence_names(
    rec: Recognizer, sentence: str, firm: str, words: str
) -> None:
    text = f"Jobs\n\nHalden Stahl GmbH bought the site in 2019.\n\n{sentence}\n"
    assert said(rec, text) == [(firm, words)]
