"""A name's final glottal stop, written as an apostrophe after a vowel ("Bua'", "Pangala'"), stays
inside the name (issue #16, round s40-e2: held-out 33's "Agustina Bua' Layuk" was two persons,
"Agustina Bua" and "Layuk"). The reported text first, then variants invented for the kind; guard:
an apostrophe that closes a single quote stays outside the name."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # reported (held-out 33)
        ("Coffee\n\nThe chair, Agustina Bua' Layuk, said prices rose.\n", "Agustina Bua' Layuk", "PERSON"),
        # invented: the stop in a middle name with a curly apostrophe; a place list
        ("Market\n\nElder Yohana Tandi’ Rante opened the market.\n", "Yohana Tandi’ Rante", "PERSON"),
        ("Harvest\n\nFarmers in Pangala', Baruppu' and Sa'dan sell to us.\n", "Baruppu'", "GPE"),
    ],
)
def test_final_glottal_stop_stays_in_the_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found, found


def test_closing_single_quote_stays_outside(rec: Recognizer) -> None:
    found = names(rec, "Album\n\nShe called the song 'Mama Africa' on the album.\n")
    assert not any(n.endswith("'") for n, _ in found), found
