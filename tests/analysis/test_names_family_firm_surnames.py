"""A person's surname the article names in full stays the person's where only a person fits what
follows it (a family, a relative or a person of theirs, a person's own act), though a firm of the
article opens with it: "the Kinrade family", "Kinrade's mechanic", "Kinrade has vowed to race
again" beside "Juan Kinrade" and "Kinrade Motorsport Ltd" (issue #16, round s31-c: heldout24's
tabloid typed the lone surname the firm four times; only a speech verb kept it the person). Where
a firm's word follows ("Halvorsen shares rose") it stays the firm. The reported sentences first,
then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _lone(rec: Recognizer, text: str, surname: str) -> dict[str, str]:
    """The words after each lone mention of ``surname`` (up to 12 characters) → its entity key."""
    text = f"Story\n\n{text}\n"
    return {text[m.end : m.end + 12]: m.key for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == surname}


@pytest.mark.parametrize(
    ("text", "surname", "expected"),
    [
        # reported (heldout24)
        (
            "Road racing legend Juan Kinrade has accused a neighbour. The farmer has been at war with the Kinrade "
            "family for years. Kinrade's mechanic smelt petrol. The bikes came from Kinrade Motorsport Ltd, the "
            "team he runs. Kinrade has vowed to race again.",
            "Kinrade",
            {
                " family for ": "PERSON:Juan Kinrade",
                "'s mechanic ": "PERSON:Juan Kinrade",
                " has vowed t": "PERSON:Juan Kinrade",
            },
        ),
        # invented: other names, trades and relatives; a firm's word keeps the firm
        (
            "The chemist Margit Halvorsen founded the works in 1988. Halvorsen Chemicals AS now employs 200 "
            "people. The Halvorsen family still owns it, and Halvorsen's daughter runs the lab. Halvorsen shares "
            "rose.",
            "Halvorsen",
            {
                " family stil": "PERSON:Margit Halvorsen",
                "'s daughter ": "PERSON:Margit Halvorsen",
                " shares rose": "ORG:Halvorsen Chemicals AS",
            },
        ),
        (
            "The builder Tomas Brekke won the contract. Brekke Bygg Ltd built the school. Brekke grew up on a "
            "farm, and Brekke's wife keeps the books.",
            "Brekke",
            {" grew up on ": "PERSON:Tomas Brekke", "'s wife keep": "PERSON:Tomas Brekke"},
        ),
    ],
)
def test_a_family_surname_stays_the_person(rec: Recognizer, text: str, surname: str, expected: dict[str, str]) -> None:
    assert _lone(rec, text, surname) == expected
