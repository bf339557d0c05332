"""Another town's count and an article's stale "initially" count (#16, t13ak-r S2). "In the
neighbouring town of Brenn, 45 cholera cases were confirmed" joined Oskby's 380 in one row (a false
disagreement, and the timeline drew a fall 380 → 45); "Initially 350 cholera cases were reported in
Oskby; the health agency now says 380 cholera cases have been confirmed" left the stale 350 in the
story's row and the current 380 in a row of its own. A count in a place its clause marks as
another ("neighbouring", "nearby", "another district") is that place's, and so is a count said "in"
that place elsewhere; a count of no measure said to be an earlier one is replaced by its article's
later count of the same things. The texts are invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def rows(*texts: str) -> dict[str, tuple[bool, list[tuple[str, float]]]]:
    return {f.label: (f.agree, sorted((v.doc, float(v.value)) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "story", "elsewhere"),
    [
        # reported (t13ak-r variants/R3 b, c, d's second sentence; R5 c)
        (
            [
                "The health agency has confirmed 380 cholera cases in Oskby.",
                "Initially 350 cholera cases were reported in Oskby; the health agency now says 380 cholera cases"
                " have been confirmed.",
                "In the neighbouring town of Brenn, 45 cholera cases were confirmed.",
                "Health officials in Brenn have confirmed 45 cholera cases, the health agency said.",
            ],
            ("cholera cases", [("a", 380.0), ("b", 380.0)]),
            ("cholera cases in Brenn", [("c", 45.0), ("d", 45.0)]),
        ),
        # variants: "nearby village of", "originally", the earlier value in a sentence of its own
        (
            [
                "Officials have confirmed 120 flu cases in Marsk.",
                "Originally 90 flu cases were reported in Marsk. Officials now say 120 flu cases have been confirmed.",
                "In the nearby village of Tolle, 12 flu cases were confirmed.",
            ],
            ("flu cases", [("a", 120.0), ("b", 120.0)]),
            ("flu cases in Tolle", [("c", 12.0)]),
        ),
        # "another district, Keld"
        (
            [
                "The agency counted 64 measles cases in Ostra. In another district, Keld, 9 measles cases were found.",
                "Initially 50 measles cases were reported in Ostra; the agency now counts 64 measles cases.",
            ],
            ("measles cases", [("a", 64.0), ("b", 64.0)]),
            ("measles cases in Keld", [("a", 9.0)]),
        ),
    ],
)
def test_other_place_apart_and_initial_count_replaced(
    texts: list[str], story: tuple[str, list[tuple[str, float]]], elsewhere: tuple[str, list[tuple[str, float]]]
) -> None:
    found = rows(*texts)
    assert found.get(story[0]) == (True, story[1]), found
    assert found.get(elsewhere[0]) == (True, elsewhere[1]), found
    assert len(found) == 2, found  # no row of the stale value, none of the current one apart
