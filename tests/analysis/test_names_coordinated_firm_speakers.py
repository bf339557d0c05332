"""Two names joined by "and" before a speech verb, neither carrying a person's cue, are firms, not
people (issue #16, round s43-e: a tester's "Aer Lingus and Ryanair said" gave PERSONs)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # the tester's sentence
        ("Fares will rise, Aer Lingus and Ryanair said on Monday.", {"Aer Lingus", "Ryanair"}),
        # one of them read alone as a speaker before (a firm elsewhere in the story), a sentence's "Later"
        (
            "Fares will rise, Aer Lingus said. Later Aer Lingus and Ryanair said more cuts would come.",
            {"Aer Lingus", "Ryanair"},
        ),
        # invented firms, one of two words (two bare words are two surnames or a partnership's name as
        # often: test_two_bare_words_are_left_alone)
        ("Northwind Air and Tarvos said they would merge next year.", {"Northwind Air", "Tarvos"}),
    ],
)
def test_coordinated_speakers_are_firms(rec: Recognizer, text: str, firms: set[str]) -> None:
    got = names(rec, text)
    assert {(f, "ORG") for f in firms} <= got
    assert not any(label == "PERSON" for _, label in got)


def test_surnames_of_people_named_in_full_stay_people(rec: Recognizer) -> None:
    got = names(rec, "Jan Kowalski and Anna Nowak met on Monday. Kowalski and Nowak said they agreed.")
    assert ("Kowalski", "PERSON") in got and ("Nowak", "PERSON") in got


def test_portfolio_list_before_a_titled_speaker_is_no_firm(rec: Recognizer) -> None:
    text = "Minister for Industry, Business and Financial Affairs Mads Kjaersgaard said on Monday it was fine."
    assert ("Business", "ORG") not in names(rec, text)


def test_two_bare_words_are_left_alone(rec: Recognizer) -> None:
    # a partnership's name without its legal form ("Pennock and Vaile Ltd" elsewhere), or two surnames
    got = names(rec, "Pennock and Vaile told the inquiry the mill was safe.")
    assert ("Pennock", "ORG") not in got and ("Vaile", "ORG") not in got
