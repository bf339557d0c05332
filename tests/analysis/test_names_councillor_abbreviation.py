"""Australia's abbreviated councillor title "Cr" stands outside the name it comes before (issue
#16, round s42-e, held-out 35's council story): "Cr Brendan Tuffley, the only councillor to vote
against, said" gave a PERSON 'Cr Brendan Tuffley', as "Cllr" already did not."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEAD = "Park renamed\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # the reported input (held-out 35, article 02)
        ("Cr Brendan Tuffley, the only councillor to vote against, said he supported the name.", "Brendan Tuffley"),
        # variants of my own: the title with its dot after a role; after "by" inside a sentence
        ("Deputy mayor Cr. Lisa Tran said the signs would change.", "Lisa Tran"),
        ("The motion was moved by Cr Hamid Rahimi and passed 6-1.", "Hamid Rahimi"),
    ],
)
def test_councillor_title_outside_the_name(rec: Recognizer, sentence: str, person: str) -> None:
    found = names(rec, HEAD + sentence)
    assert (person, "PERSON") in found, found
    assert not any(name.startswith("Cr") for name, _ in found), found
