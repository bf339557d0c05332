"""An inverted attribution to an institution's common noun ("…, the utility said", "the airline
said") is that noun phrase's: the organisation the article introduced by that noun ("Hidroandina,
the regional utility,"), else the noun phrase as written (unattributed), never the agency of the
wire dateline nor another organisation named before (t13p F17: "Some thirty five thousand people …
were without drinking water, the utility said." was Agence France-Presse's, the byline's agency).
"The company said" after a dateline's agency alone is the company as written too."""

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
    article = Article("t", Path("/x/t.txt"), "Flood\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "HUARAZ, Peru, June 4, 2026 (AFP) - The toll rose to eight on Thursday. Some thirty five thousand"
            " people in the valley were without drinking water, the utility said.",
            "Some thirty five thousand people in the valley were without drinking water",
        ),
        (
            "TROMSØ, March 3 (Reuters) - Flights were halted at dawn. Some 40 flights were cancelled, the"
            " airline said.",
            "Some 40 flights were cancelled",
        ),
        (
            "Nordvik Fisk AS cut its catch. About 900 homes in the fjord lost power, the utility said.",
            "About 900 homes in the fjord lost power",
        ),
        (
            "OSLO, May 2 (Reuters) - Ferries stopped. About 900 homes lost power, the company said.",
            "About 900 homes lost power",
        ),
    ],
)
def test_noun_no_organisation_was_introduced_by_is_unattributed(rec: Recognizer, text: str, words: str) -> None:
    assert (None, words) in said(rec, text)
    assert all(speaker is None for speaker, _ in said(rec, text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hidroandina, the regional utility, cut power on Monday. Some thirty five thousand people in"
            " the valley were without drinking water, the utility said.",
            "Hidroandina",
        ),
        (
            "Flights on Skyvia, a budget airline, were halted. Some 40 flights were cancelled, the airline said.",
            "Skyvia",
        ),
    ],
)
def test_noun_refers_to_the_organisation_introduced_so(rec: Recognizer, text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in said(rec, text)}
