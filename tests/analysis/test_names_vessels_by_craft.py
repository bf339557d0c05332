"""A vessel named after its kind ("the ferry Santa Rosalía", "the catamaran Rosa Maria"), after
"aboard the" or a ship's prefix ("MV Carmen Lucia", the prefix outside the name since round
s32-b) is a PRODUCT (OntoNotes types vessels so), never a person (t13t F2, round s31-j: "Santa
Rosalía" was a PERSON in 23 articles). The reported sentence and invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "vessel"),
    [
        (  # reported (t13t F2)
            "Five people died when fire broke out aboard the ferry Santa Rosalía on Thursday morning.",
            "Santa Rosalía",
        ),
        ("The catamaran Rosa Maria caught fire near the pier, the operator said.", "Rosa Maria"),
        ("Passengers were evacuated after the MV Carmen Lucia ran aground off the coast.", "Carmen Lucia"),
        ("Investigators boarded the burned ship on Friday. Crews aboard the Ana Beatriz were unhurt.", "Ana Beatriz"),
    ],
)
def test_a_named_vessel_is_a_product(rec: Recognizer, text: str, vessel: str) -> None:
    found = names(rec, text)
    assert (vessel, "PRODUCT") in found, found
    assert not any(label == "PERSON" for _, label in found), found
