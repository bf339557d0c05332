"""A law's year after a comma is part of its short title, as South Asian and Channel Islands laws
are written ("the Balochistan Coastal Fisheries (Amendment) Bill, 2026", "the Maharashtra Water
Resources Regulatory Authority Act, 2005"), as the year without one was ("the Medical Act 1983").
Issue #16, round s37-e: heldout30's and heldout26's LAWs ended before the year. The reported
sentences first, then a variant invented for the kind; guard: a count after the comma."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # reported (heldout30, heldout26)
        (
            "Bill\n\nThe assembly passed the Balochistan Coastal Fisheries (Amendment) Bill, 2026 on Tuesday.\n",
            "Balochistan Coastal Fisheries (Amendment) Bill, 2026",
        ),
        (
            "Water\n\nUnder the Maharashtra Water Resources Regulatory Authority Act, 2005 the regulator sets tariffs.\n",
            "Maharashtra Water Resources Regulatory Authority Act, 2005",
        ),
        # invented: another law
        (
            "Data\n\nThe Digital Personal Data Protection Act, 2023 came into force in November.\n",
            "Digital Personal Data Protection Act, 2023",
        ),
    ],
)
def test_year_after_comma_in_the_law(rec: Recognizer, text: str, law: str) -> None:
    found = names(rec, text)
    assert (law, "LAW") in found, found


def test_count_after_comma_is_no_year(rec: Recognizer) -> None:
    found = names(rec, "Firms\n\nUnder the Companies Act, 2,000 firms must file.\n")
    assert ("Companies Act", "LAW") in found, found
