""" "The company" / "the firm" resolves to a firm named before (a legal form, or a name holding no
public body's word), never a public office, court, agency or police: "The Public Prosecutor's Office
in Aveiro is investigating. … The company says the claim is untrue." is no statement of the office (t13n F10)."""

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
    article = Article("t", Path("/x/t.txt"), "Blast\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Public Prosecutor's Office in Aveiro is investigating. Workers at the plant said a valve had"
            " been reported faulty. The company says the claim is untrue.",
            None,
        ),
        (
            "The Supreme Court in Pécs will hear the case. Residents said the water was brown. The firm says the claim is untrue.",
            None,
        ),
        (
            "Tarnok Vasút Kft runs the line. The State Police in Győr are investigating. Drivers said the brakes"
            " failed. The company says the claim is untrue.",
            "Tarnok Vasút Kft",
        ),
    ],
)
def test_company_is_no_public_office(rec: Recognizer, text: str, speaker: str | None) -> None:
    assert (speaker, "the claim is untrue") in said(rec, text)
