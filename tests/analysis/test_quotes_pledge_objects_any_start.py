"""A pledge, promise or vow of a thing with no clause after it is no statement whatever the
object starts with: a bare noun ("pledged aid."), a currency in letters or a sign ("RM10 million",
"₹3 lakh"), a name (t13p F8: "Minister for Health Tomas Arvid of Sweden pledged aid." gave Tomas
Arvid the statement "aid"); a particle the cue takes is no object ("pledged to rebuild", "vowed on
Monday that …" still report)."""

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
    article = Article("t", Path("/x/t.txt"), "Aid\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Minister for Health Tomas Arvid of Sweden pledged aid.",
        "Malaysia pledged RM10 million in aid on Friday, while Japan pledged ¥0.7mn.",
        "India's government pledged ₹3 lakh and Indian contractor Larsen Hydro put its bid at Rs 16,189 crore.",
        "Premier Dana Kovac of Croatia vowed revenge against the smugglers.",
        "Governor Ruth Okafor promised Lagos two new clinics.",
    ],
)
def test_pledge_of_a_thing_is_no_statement(rec: Recognizer, text: str) -> None:
    assert said(rec, text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Minister for Health Tomas Arvid of Sweden pledged to send doctors.", "to send doctors"),
        ("Premier Dana Kovac vowed on Monday that the smugglers would be caught.", "the smugglers would be caught"),
        ("Governor Ruth Okafor promised they would rebuild the clinic.", "they would rebuild the clinic"),
    ],
)
def test_pledge_of_a_clause_reports(rec: Recognizer, text: str, words: str) -> None:
    assert [w for _, w in said(rec, text)] == [words]
