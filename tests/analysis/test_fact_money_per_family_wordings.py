"""A payment to the family, the relatives or the next of kin of each victim is one payment per
family however worded, and the phrase naming them is no purpose of the money (review s41-rv
finding 12: "ex gratia of Rs 4 lakh for the next of kin of each victim" was a row "money for next
per next of kin" apart from the other outlet's "money pledged per family"). The first pair is the
reviewer's; the others my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The state will give Rs 4 lakh to the family of each victim, the chief minister said.",
            "The chief minister announced ex gratia of Rs 4 lakh for the next of kin of each victim.",
        ),
        (
            "The company will pay £20,000 to the relatives of each worker killed.",
            "The company will pay £20,000 to each bereaved family.",
        ),
        (
            "The airline will pay $25,000 to the next of kin of every passenger, it said.",
            "The airline will pay $25,000 per family, it said.",
        ),
    ],
)
def test_one_payment_per_family_however_worded(a: str, b: str) -> None:
    rows = [(f.label, f.status, [v.doc for v in f.values]) for f in sheet(a, b)]
    assert rows == [("money pledged per family", "agree", ["a", "b"])], rows
