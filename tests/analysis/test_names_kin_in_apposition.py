"""A name after a kinship word and a comma, the sentence ending after it, is a person, and so is one
after the kin by marriage ("sister-in-law", written in five tokens) and the kin the lexicon lacked
("uncle", "aunt", "stepfather", "godson") (issue #16, round s38-e, held-out 31's errors: "registered
to Baloyi's sister-in-law, Tsakani Mathebula. Mathebula, who was not charged, told the court" named
no one). The reported sentence and variants with names of other traditions."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "The municipality had paid R2.1 million into the account of a close corporation registered to "
            "Baloyi's sister-in-law, Tsakani Mathebula. Mathebula, who was not charged, told the court she "
            "had never seen that money.",
            ["Tsakani Mathebula", "Mathebula"],
        ),
        ("The money went to her sister, Tsakani Mathebula.", ["Tsakani Mathebula"]),
        ("The farm passed to his uncle, Tavita Leiataua, in 1990.", ["Tavita Leiataua"]),
        ("The farm passed to his son-in-law Tavita Leiataua in 1990.", ["Tavita Leiataua"]),
        ("The shop is now run by her stepfather, Oyunbileg Tserendash.", ["Oyunbileg Tserendash"]),
    ],
)
def test_kin_before_a_name(rec: Recognizer, text: str, persons: list[str]) -> None:
    got = names(rec, text)
    for person in persons:
        assert (person, "PERSON") in got, (person, got)
