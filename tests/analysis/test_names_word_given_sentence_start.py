"""A given name that is also an English word ("Even", "Will", "May", "Per", "Hope") before a
surname at a sentence's start is a person's name when a speech verb follows it, after an adverb
or a relative clause in commas too, or after a quote closed by its comma, or when the article
writes the surname alone as a person's elsewhere ("Kertész has run it", "Mr Kertész") (issue
#16, acceptance reports t13l/t13m: "Even Kertész said …"; the word was taken for the adverb, and
the name lost). A word that opens a clause ("If Avonvale appeals"), a modal's question ("Will
Lyng resign?") and a place's residents ("Even Husby residents") stay no person. The reported
sentence first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported
        ("Even Kertész said the mine was safe.", "Even Kertész"),
        # invented: a speech verb after an adverb or a relative clause
        ("Even Kertész later said the mine was safe.", "Even Kertész"),
        ("Will Okafor, who runs the depot, told reporters the roads were clear.", "Will Okafor"),
        ("May Szabo then added that the vote would be held in June.", "May Szabo"),
        # after a quote closed by its comma
        ('"The mine is safe," Even Kertész said.', "Even Kertész"),
        ("“It is over,” Per Aasen told the court.", "Per Aasen"),
        # the surname alone, a person's, elsewhere in the article
        ("Even Kertész thinks the mine is safe. Kertész has run it since 2010.", "Even Kertész"),
        ("Per Lindqvist has run the mine since 2010. Lindqvist said it was safe.", "Per Lindqvist"),
        ("Hope Adeyemi chairs the board. Ms Adeyemi would not comment.", "Hope Adeyemi"),
    ],
)
def test_a_word_given_name_at_a_sentence_start_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, f"Mine news\n\n{text}\n")
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("If Avonvale appeals, a decision is due next summer. Avonvale had offered 25 homes.", "If Avonvale"),
        ("Gunnar Lyng was under pressure. Will Lyng resign? Amdal said she did not know.", "Will Lyng"),
        ("Even Husby residents were angry. Husby has 3,000 people.", "Even Husby"),
    ],
)
def test_no_person_without_a_persons_evidence(rec: Recognizer, text: str, not_person: str) -> None:
    found = names(rec, f"Local news\n\n{text}\n")
    assert (not_person, "PERSON") not in found, found
