"""A name that a lower-case kind of landform or of water follows is that landform (OntoNotes LOC),
whatever the name alone was read as: "the Kirthar range" beside the firm "Kirthar Cement", "the
Taal volcano", "the Virunga volcanoes", "the Gran Sasso massif" (issue #16, round s33-c:
heldout26's ORG "Kirthar" and no name "Taal", "Virunga"; heldout6's, 8's, 16's and 17's ranges and
volcanoes). A firm's "range of" products is none. The reported shapes first, then variants
invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "landform"),
    [
        (
            "Mokran Cement, named after the Mokran range that runs along the coast, said profit rose. "
            "Mokran Cement employs 900 people.",
            "Mokran",
        ),
        ("They plan a house overlooking the lake and a trip to see the Banahaw volcano.", "Banahaw"),
        ("The peloton can see the Rwenzori volcanoes behind the tea estates.", "Rwenzori"),
        ("Shepherds still cross the Velebit massif every autumn.", "Velebit"),
    ],
)
def test_a_name_before_a_landform_kind_is_that_landform(rec: Recognizer, text: str, landform: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (landform, "LOC") in found and not any(n == landform and label != "LOC" for n, label in found)


def test_a_firms_range_of_products_is_no_landform(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nIts brands include the Sutra Gold range of yoghurts and butter.\n")
    assert not any(label == "LOC" for _, label in found)
