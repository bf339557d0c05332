"""Review findings F4 and F9 of session 51 (s51-rv), regressions of round s51-q's quote rules.

F4. Of firms named as often before "the company said", one whose name ends in a legal form
    ("Ostrander Gold Corp") no longer keeps the lead over the firm named after it that opens
    its sentence, the firm acting ("Brenner Mining evacuated 40 workers"): the latest of the tie
    speaks, as before round s51-q. A body named after it only as an agent or object ("flown to
    Perth by the Royal Flying Doctor Service") still leaves the legal-form firm the speaker.
F9. The next sentence's person is not the unnamed speaker ("A rescuer …") when that sentence
    counts the person among the dead or the missing (the casualty measures of
    :data:`facts.words.CASUALTY`): a victim is introduced so, and the dead said nothing.
"""

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
    ("text", "words", "firm"),
    [
        (  # reported (s51-rv F4, c10/a.txt)
            "Ostrander Gold Corp sold the Kestrel mine to Brenner Mining in 2024, and Ostrander Gold "
            "Corp kept a small stake. Brenner Mining evacuated 40 workers on Monday after a pump "
            'failed.\n\n"All our workers are safe and accounted for," the company said.',
            "All our workers are safe and accounted for",
            "Brenner Mining",
        ),
        (  # variant: another legal form, the operator acting in the sentence before the quote
            "Halvey Resources Ltd leases the Dunmore quarry to Harlow Minerals; Halvey Resources Ltd "
            "takes a royalty on each tonne. Harlow Minerals closed the quarry road on Friday after a "
            "slip.\n\nThe road will reopen next week, the company said.",
            "The road will reopen next week",
            "Harlow Minerals",
        ),
        (  # variant: the firm acting opens its sentence after "The"
            "Corvan Shipping Ltd chartered the tanker from Baltic Tanker Group, and Corvan Shipping Ltd "
            "insured its cargo. The Baltic Tanker Group towed the ship to port on Tuesday.\n\nNo oil "
            "has leaked, the company said.",
            "No oil has leaked",
            "Baltic Tanker Group",
        ),
    ],
)
def test_the_company_is_the_firm_acting(rec: Recognizer, text: str, words: str, firm: str) -> None:
    assert said(rec, text).get(words, "missing") == firm


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # reported (s51-rv F9, c17/a.txt)
            "A rescuer who reached the tunnel first said the roof had fallen without warning. Tom "
            "Berg, 34, a drill operator from Kalgoorlie, was among the three men killed.",
            "the roof had fallen without warning",
        ),
        (  # variant: died, a description only
            "A witness said the bus had swerved to miss a cyclist. Lena Dorn, a retired teacher from "
            "Ashby, died at the scene.",
            "the bus had swerved to miss a cyclist",
        ),
        (  # variant: missing
            "A neighbour said the water rose within minutes. Piet Vos, 45, a dairy farmer, is still missing.",
            "the water rose within minutes",
        ),
    ],
)
def test_a_victim_named_next_is_no_speaker(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text).get(words, "missing") is None
