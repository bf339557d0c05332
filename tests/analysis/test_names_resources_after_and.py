"""A public body's fields joined by "and", the last one "Resources", are one name (heldout21, round
s28-e; names invented but the reported one): "the Ministry of Mines and Strategic Resources" gave
"Ministry of Mines" and an ORG "Strategic Resources" (a body of its own after "and", as
"Marwick University" is). The reported shape and two variants; and a body after "and" stays two."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # reported
            "The permit was issued by the Ministry of Mines and Strategic Resources on Monday.",
            "Ministry of Mines and Strategic Resources",
        ),
        (
            "The licence came from the Ministry of Lands and Mineral Resources last year.",
            "Ministry of Lands and Mineral Resources",
        ),
        (
            "The Bureau of Fisheries and Aquatic Resources said the catch fell.",
            "Bureau of Fisheries and Aquatic Resources",
        ),
    ],
)
def test_fields_ending_in_resources_are_one_body(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found


def test_a_body_after_and_stays_its_own(rec: Recognizer) -> None:
    found = names(rec, "The Ministry of Ocean Affairs and Marwick University signed the deal.")
    assert ("Marwick University", "ORG") in found, found
