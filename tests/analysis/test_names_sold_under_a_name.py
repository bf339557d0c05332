"""A name a thing is sold under ("sold under the Lidder Pro name", "under the brand Sweet Hollow",
"under the Harbour Gold label") is a PRODUCT, and so is that name written alone elsewhere in the
article (issue #16, round s34-b: heldout27's "Lidder Pro" was an ORG "Lidder"; the mixed-case rule
read one word in mixed case only). The reported shape with other names first, then variants
invented for the kind; guard: a firm selling under its own legal name stays a firm."""

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
        ("The imported clefts would go into the premium range sold under the Jhelum Elite name.", "Jhelum Elite"),
        ("The honey is sold under the brand Sweet Hollow in four countries.", "Sweet Hollow"),
        ("Its rum goes out under the Harbour Gold label. Harbour Gold sells well in Kiel.", "Harbour Gold"),
        # the maker's short form inside the range's name
        (
            "Jhelum Willow Industries Ltd said on Friday it would import clefts. Jhelum Willow said the "
            "clefts would go into the range sold under the Jhelum Elite name.",
            "Jhelum Elite",
        ),
    ],
)
def test_the_name_sold_under_is_a_product(rec: Recognizer, text: str, product: str) -> None:
    found = names(rec, text)
    assert (product, "PRODUCT") in found, found


def test_a_firm_stays_a_firm(rec: Recognizer) -> None:
    found = names(rec, "The jam is sold under the Kessler Foods Ltd name.")
    assert ("Kessler Foods Ltd", "PRODUCT") not in found, found
