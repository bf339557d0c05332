"""A place's kind written short with its dot opens the name ("Mt. Edgecumbe High School", "Mt.
Kenya", "Ft. Lauderdale", Filipino "Sta. Cruz"): the name began after the dot (issue #16, round
s37-e: heldout30's ORG "Edgecumbe High School"). The reported sentence first, then variants
invented for the kind."""

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
        # reported (heldout30, 07_obituary_sitka_tlingit_canoe_carver)
        (
            "Canoe\n\nAt Mt. Edgecumbe High School, which took students from across Alaska, he learned to carve.\n",
            "Mt. Edgecumbe High School",
            "ORG",
        ),
        # invented: other places
        ("Climb\n\nThe climbers reached Mt. Elbrus on Monday.\n", "Mt. Elbrus", "LOC"),
        ("Storm\n\nThe storm reached Ft. Lauderdale by noon.\n", "Ft. Lauderdale", "GPE"),
        ("Port\n\nHe grew up in Sta. Cruz near the port.\n", "Sta. Cruz", "GPE"),
    ],
)
def test_dotted_kind_opens_the_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found, found
