"""A byline's field after its author that ends in a publication's word (a weekly's, a monthly's,
a journal's, a review's: "By Lalhmangaihi Ralte, Highlander Weekly") is the outlet, an ORG, as a
newspaper's "Courier" or "Times" is (issue #16, round s34-b: heldout27's "Highlander Weekly" was a
PERSON). The reported shape with other names first, then variants invented for the kind; guard:
a second author stays a person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("By Zoramthangi Hnamte, Hillside Weekly\n\nLUNGLEI - Vendors protested on Monday.", "Hillside Weekly"),
        ("By Tom Rivers, Harbour Monthly\n\nThe ferry was late again.", "Harbour Monthly"),
        ("By Ana Lind, Fisheries Journal\n\nCatches fell for a third year.", "Fisheries Journal"),
        ("By Ana Lind, Coastal Review\n\nCatches fell for a third year.", "Coastal Review"),
        # (a masthead's other closing words: lexicons.OUTLET_LAST, round s37-y4)
        ("By Tom Rivers, Valley Sentinel\n\nThe ferry was late again.", "Valley Sentinel"),
        ("By Ana Lind, Harbour Beacon\n\nCatches fell for a third year.", "Harbour Beacon"),
        ("By Ana Lind, Kellby Monitor\n\nCatches fell for a third year.", "Kellby Monitor"),
    ],
)
def test_the_outlet_is_an_org(rec: Recognizer, text: str, outlet: str) -> None:
    found = names(rec, text)
    assert (outlet, "ORG") in found, found


def test_a_second_author_stays_a_person(rec: Recognizer) -> None:
    found = names(rec, "By Ana Lind, Tom Rivers\n\nCatches fell for a third year.")
    assert ("Tom Rivers", "PERSON") in found, found
