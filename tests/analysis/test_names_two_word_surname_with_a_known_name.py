"""A surname of two English words the second of which is a known firm's name ("Iron Shell") is the
person's after a given name and alone wherever the article also writes it after the given name:
"Darrell Iron Shell ... Iron Shell wrote" of heldout26 was a PERSON "Darrell Iron" and an ORG
"Shell" twice (issue #16, round s33-n). Invented variants with other given names and firms'
names; the firm alone stays the firm."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Our council president, Harlan White Shell, has offered to talk. White Shell wrote to the governor.",
            "Harlan White Shell",
            "White Shell",
        ),
        (
            "The school was founded by Rosalie Tall Apple in 1998. Tall Apple still teaches the youngest class.",
            "Rosalie Tall Apple",
            "Tall Apple",
        ),
        (
            "The elder Norbert Sky Oracle spoke first. On Monday, Sky Oracle said the river had changed.",
            "Norbert Sky Oracle",
            "Sky Oracle",
        ),
    ],
)
def test_a_two_word_surname_ending_in_a_firms_name(rec: Recognizer, text: str, full: str, short: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (full, "PERSON") in found and (short, "PERSON") in found
    assert not any(label == "ORG" for _, label in found)


def test_the_firm_alone_stays_the_firm(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nHarlan Meyer said Shell would close the depot. Shell declined to comment.\n")
    assert ("Shell", "ORG") in found
