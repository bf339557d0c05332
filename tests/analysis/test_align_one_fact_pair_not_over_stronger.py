"""A one-fact pair (the one sentence of each article reporting a fact, paired below the threshold:
t13aa K22) does not take a sentence from a stronger pair it could make (t13ag N12): the Reuters
lede (17 killed, 40 injured) was paired at 0.20 with AP's injuries sentence, the only other
report of the injured, while AP's lede (the toll, 0.29 like it) was shown "only in B"."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.align import align
from waic_reader.index.analysis.facts import extract_figures

FIRE_A = (
    "Fire at factory kills 17\n\n"
    "A fire swept through a garment factory near the capital late on Tuesday, killing at least 17 people "
    "and injuring 40, fire officials said on Wednesday, in the worst industrial disaster in years.\n\n"
    "The blaze started at about 9:40 p.m. on the fourth floor of the eight-storey building.\n"
)
FIRE_B = (
    "Toll in factory fire rises to 21\n\n"
    "Rescuers recovered more bodies on Wednesday from a garment factory gutted by fire, raising the death toll to 21.\n\n"
    "Earlier in the day, fire officials had said 17 people were killed. "
    "The toll later rose to 21 as rescuers searched the upper floors.\n\n"
    "At least 54 people were injured, said Dr. Mahfuz Alam of Dhaka Medical College Hospital.\n\n"
    "The fire broke out on the fourth floor of the eight-storey building at about 9:40 p.m.\n"
)
FERRY_A = (
    "Ferry capsizes, 12 dead\n\n"
    "A crowded ferry capsized in the estuary near Halvik harbour on Monday evening, killing 12 passengers "
    "and leaving 30 missing, the coast guard said on Tuesday.\n\n"
    "The vessel was licensed to carry 150 people.\n"
)
FERRY_B = (
    "Ferry toll rises to 15\n\n"
    "Divers recovered more bodies on Tuesday from the ferry that capsized in the estuary, raising the death toll to 15.\n\n"
    "The coast guard had first said 12 passengers died. The toll later rose as divers searched the hull.\n\n"
    "Another 28 people were missing, said Ines Varga, a rescue volunteer from Brekka.\n\n"
    "The vessel was licensed to carry 150 people.\n"
)


def _facts(art: Art) -> list[tuple[int, str]]:
    return [(v.start, f"{v.measure}|{v.label}|{v.owner}") for v in extract_figures(art) if v.measure]


def _partner(a_text: str, b_text: str, lede: str, mirrored: bool) -> str | None:
    """The sentence ``lede`` (of A) is paired with as its row's partner (not a split half)."""
    a, b = Art("a", a_text), Art("b", b_text)
    if mirrored:  # align(b, a): the same pairs, sides swapped
        result = align(b, a, a_facts=_facts(b), b_facts=_facts(a))
        return next((p.a.text for p in result.pairs if p.b.text.startswith(lede) and not p.extra), None)
    result = align(a, b, a_facts=_facts(a), b_facts=_facts(b))
    return next((p.b.text for p in result.pairs if p.a.text.startswith(lede) and not p.extra), None)


@pytest.mark.parametrize("mirrored", [False, True])
@pytest.mark.parametrize(
    ("a_text", "b_text", "lede", "other_lede"),
    [
        (FIRE_A, FIRE_B, "A fire swept", "Rescuers recovered more bodies"),  # the reported pair
        (FERRY_A, FERRY_B, "A crowded ferry", "Divers recovered more bodies"),  # missing people, not injured
    ],
    ids=["fire", "ferry"],
)
def test_a_lede_pairs_with_the_other_lede_not_with_a_weaker_one_fact_sentence(
    a_text: str, b_text: str, lede: str, other_lede: str, mirrored: bool
) -> None:
    partner = _partner(a_text, b_text, lede, mirrored)
    assert partner is not None and partner.startswith(other_lede)


def test_a_one_fact_pair_that_is_the_best_for_both_still_pairs_below_the_threshold() -> None:
    # t13aa K22's kind stays: the one report of each side of a fact, nothing more like either.
    a = Art("a", "Story\n\nThe bridge, which opened in 1974, carries the main road over the river.\n")
    b = Art("b", "Story\n\nIt opened in 1976 and was due to be repaired in 2028.\n")
    result = align(a, b, a_facts=_facts(a), b_facts=_facts(b))
    assert [(p.a.text[:10], p.b.text[:10]) for p in result.pairs if p.a.text != "Story"] == [
        ("The bridge", "It opened ")
    ]
