"""A firm named after its owner in the possessive, its name ending in its legal form, is one ORG
with the possessive inside: "Lagi's Umu Catering Ltd" (issue #16, round s30-l: heldout23's was a
PERSON "Lagi" and an ORG "Umu Catering Ltd"). A known firm owning another ("Apple's Beats
Electronics LLC") stays apart. The reported shape first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # reported (heldout23)
        ("Tuimavave's firm, Lagi's Umu Catering Ltd, has now filed a claim.", "Lagi's Umu Catering Ltd"),
        # invented: other owners, forms and wording
        ("The repairs were done by Joe's Plumbing Ltd last week.", "Joe's Plumbing Ltd"),
        ("Goods reach Bamako with Mamadou's Transport SARL twice a week.", "Mamadou's Transport SARL"),
    ],
)
def test_possessive_inside_the_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert (firm.split("'", maxsplit=1)[0], "PERSON") not in found


def test_known_owner_apart(rec: Recognizer) -> None:
    found = names(rec, "A court heard that Apple's Beats Electronics LLC was sued in 2014.")
    assert ("Beats Electronics LLC", "ORG") in found
