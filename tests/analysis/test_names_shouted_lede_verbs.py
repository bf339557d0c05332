"""A firm in an all-caps lede whose legal form is two letters ("AS") and whose words are no trade
word the lexicon knows: a verb of the lede right after the form makes the words before it the
firm (t13k F2: "BRATTLI SAG AS WILL CUT 140 JOBS …, THE COMPANY SAID" gave no firm, and Quotes
credited the statement to the dateline's agency). "FURY AS FANS RIOT" stays no firm."""

from __future__ import annotations

from pathlib import Path

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("lede", "firm"),
    [
        # reported (t13k F2)
        (
            "OSLO, Aug 15 (Nordwire) - BRATTLI SAG AS WILL CUT 140 JOBS AFTER THE FIRE DESTROYED ITS DRYING "
            "HALLS, THE COMPANY SAID ON FRIDAY.",
            "BRATTLI SAG AS",
        ),
        # variants of my own
        ("BERGEN, May 2 (Fjordwire) - MYKLE TRE AS HAS SUSPENDED ALL WORK, THE COMPANY SAID.", "MYKLE TRE AS"),
        ("ROLDAL KRAFT SA TO SHED 60 JOBS AS DEMAND FALLS", "ROLDAL KRAFT SA"),
    ],
)
def test_a_verb_after_a_short_form_makes_the_firm(rec: Recognizer, lede: str, firm: str) -> None:
    text = f"Jobs\n\n{lede}\n\nThe firm runs two plants.\n"
    assert (firm, "ORG") in names(rec, text), names(rec, text)


def test_as_between_words_is_no_firm(rec: Recognizer) -> None:
    text = "Match report\n\nFURY AS FANS RIOT AFTER THE FINAL WHISTLE\n\nThe match ended late.\n"
    assert not any(label == "ORG" for _, label in names(rec, text)), names(rec, text)


def test_the_company_said_is_the_firms(rec: Recognizer) -> None:
    text = (
        "Jobs\n\nOSLO, Aug 15 (Nordwire) - BRATTLI SAG AS WILL CUT 140 JOBS AFTER THE FIRE DESTROYED ITS "
        "DRYING HALLS, THE COMPANY SAID ON FRIDAY.\n\nThe firm runs two plants.\n"
    )
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Brattli Sag AS"], quotes
