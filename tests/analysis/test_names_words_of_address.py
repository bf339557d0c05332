"""A word of address written before a person's name in other languages' copy and in English stays
outside the PERSON, however many words the name has: Mizo's "Pu" (Mr) and "Pi" (Mrs), a
community's "Elder", a tabloid's "Hubby" and "Wifey" (issue #16, round s34-b: heldout27's "Pu
Vanlalruata Sailo", "Pi Lalrinmawii", "Elder Fumiko Hiramura" and heldout's "Hubby Rodel" were
PERSONs with the word inside). The reported shapes with other names first, then variants
invented for the kind; guards: the words inside other names stay there."""

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
        # the reported shapes, other names
        ("Its director, Pu Lalthanzara Ralte, said the stalls would have water.", "Lalthanzara Ralte"),
        ("Pi Vanlalhriati, 58, who comes by taxi from Lunglei, said the walk would finish her.", "Vanlalhriati"),
        ("Elder Haruto Kayano, the boy's uncle, taught the songs.", "Haruto Kayano"),
        # invented: other places in the sentence, other names
        ("Mayor Pu Lalduhoma Sailo said the road was dangerous.", "Lalduhoma Sailo"),
        ("The speech was given by Elder Mary Tjapangati at dawn.", "Mary Tjapangati"),
        ("Hubby Darren, 41, said the win was a shock.", "Darren"),
    ],
)
def test_the_word_of_address_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(label == "PERSON" and n.endswith(person) and n != person for n, label in found), found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Larry Elder said he would run again.", "Larry Elder", "PERSON"),
        ("The Raspberry Pi Foundation said sales rose.", "Raspberry Pi Foundation", "ORG"),
    ],
)
def test_guards(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)
