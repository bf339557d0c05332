"""A name in apposition to a made thing's noun is that product, and so is the name alone elsewhere:
a knife, a blade, a watch, a bicycle, a canoe, a kayak, a guitar among the nouns; a possessive among
the words before the noun ("a shepherd's knife"), a gloss in brackets after the name ('Lo Pastre
("The Shepherd"), a folding knife'), and a participle of making after the noun ("engraved in",
"designed by") or "whose". Issue #16, round s37-e: heldout30's "Lo Pastre" was a PERSON three times.
The reported sentences first, then variants invented for the kind; guards: a person described by
a person's noun, a song before "the game seemed"."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # reported (heldout30, 04_pressrelease_laguiole_occitan_knives)
        (
            "Knives\n\nThe cutler launches Lo Pastre, a shepherd's knife engraved in Occitan. Lo Pastre will be "
            "available from 12 December.\n",
            "Lo Pastre",
        ),
        (
            'Knives\n\nThe firm today launched Lo Pastre ("The Shepherd"), a folding knife whose blade carries a verse.\n',
            "Lo Pastre",
        ),
        # invented: other made things
        ("Watches\n\nThe maker showed Kaito Mizu, a diver's watch designed in Kobe, on Monday.\n", "Kaito Mizu"),
        ("Canoes\n\nThe crew paddled Yéil Tlein, a cedar canoe carved by hand, to the beach.\n", "Yéil Tlein"),
    ],
)
def test_described_made_thing_is_a_product(rec: Recognizer, text: str, product: str) -> None:
    found = names(rec, text)
    assert (product, "PRODUCT") in found, found
    assert (product, "PERSON") not in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Family\n\nHe met Ana Ruiz, a shepherd's daughter, in 2001.\n", "Ana Ruiz", "PERSON"),
        (
            "Rugby\n\nWith the crowd singing The Fields of Athenry, the game seemed to be going one way.\n",
            "Athenry",
            "PRODUCT",
        ),
    ],
)
def test_guards(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    if label == "PERSON":
        assert (name, label) in found, found
    else:
        assert (name, label) not in found, found
