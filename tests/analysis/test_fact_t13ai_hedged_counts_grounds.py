"""How close counts of one thing agree, said in the row's grounds (issue #16; t13ai N4): counts
that differ disagree unless one is hedged ("about", "around", "some", "roughly"), and a hedge
reaches two units of the count's last written digit, at most a tenth of it (grouping._approximation);
a row that agrees because of a hedge says how far each hedged count reaches, "around 250 reads 230
to 270", so "240" beside "around 250" is no silent agreement."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "reads"),
    [
        # reported (t13ai N4: Reuters' 240 beside the Harbour Herald's and Nordic's 250)
        (
            (
                "Around 250 flights have been cancelled.",
                "Some 250 flights were cancelled.",
                "240 flights were cancelled.",
            ),
            "around 250 reads 230 to 270",
        ),
        # variants of my own
        (("About 1,200 people were evacuated.", "1,150 people were evacuated."), "about 1,200 reads 1,080 to 1,320"),
        (("Roughly 65 homes were destroyed.", "64 homes were destroyed."), "roughly 65 reads 63 to 67"),
    ],
)
def test_a_hedged_count_says_how_far_it_reaches(texts: tuple[str, ...], reads: str) -> None:
    [fact] = sheet(*texts)
    assert fact.status == "agree" and reads in fact.grounds, (fact.status, fact.grounds)


def test_exact_counts_that_differ_disagree() -> None:
    [fact] = sheet("250 flights were cancelled.", "240 flights were cancelled.")
    assert fact.status == "disagree", fact.grounds
