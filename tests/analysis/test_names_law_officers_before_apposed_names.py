"""A law officer's word before a given name and a surname in apposition is a job, not the name's
first word: "said Sheriff Tom Delaney, who has led the search" was a PERSON "Sheriff Tom Delaney"
once round s34-b kept an unlisted first word in an apposed name ("Fayaz Ahmad Lone, president of"):
"Sheriff" is no title of the lexicon (it opens names too, "Sheriff Bojang"), so it is a job word
(lexicons.LOWER_TITLES), as "ranger" and "constable" are. Found by the full test run at the
session's end (tests/cli/test_cli_html_br_breaks.py)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "whole"),
    [
        (
            '"We are still hoping to find people alive," said Sheriff Tom Delaney, who has led the search.',
            "Tom Delaney",
            "Sheriff Tom Delaney",
        ),
        (
            "The prison's Warden Grace Holloway, 54, said the wing was closed.",
            "Grace Holloway",
            "Warden Grace Holloway",
        ),
        (
            "The court was cleared by Marshal Diego Ferraz, who said the hearing would resume on Monday.",
            "Diego Ferraz",
            "Marshal Diego Ferraz",
        ),
    ],
)
def test_a_law_officers_word_stays_outside_an_apposed_name(rec: Recognizer, text: str, person: str, whole: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert (whole, "PERSON") not in found, found


def test_an_unlisted_first_given_name_stays_inside(rec: Recognizer) -> None:
    text = "Exporters blame the shortage. Tanvir Ahmad Mir, head of the Pellet Makers Association, disagreed."
    assert ("Tanvir Ahmad Mir", "PERSON") in names(rec, text)
