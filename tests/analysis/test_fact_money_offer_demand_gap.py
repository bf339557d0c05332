"""An offer, a demand, a cut or saving and a gap are different measures of money, each read from
the word that governs its amount: a verb setting a thing to a new level ("offered to raise the
minimum wage to Tk 12,500", "raised its offer to £40m") gives its object's or its own governing
verb's measure, never money raised; a relative clause after the amount ("the Tk 23,000 the unions
have demanded") its verb's; a compound's head noun ("a £72m funding gap") its own, never its
modifier's (review s41-rv finding 4: all were one row "money raised" that disagreed). The first
two pairs are the reviewer's; the others my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    facts = sheet(*texts)
    assert [f.label for f in facts if f.status == "disagree"] == [], [(f.label, f.status) for f in facts]
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in facts}


@pytest.mark.parametrize(
    ("a", "b", "offered", "demanded"),
    [
        (
            "The wage board offered to raise the monthly minimum wage to Tk 12,500, far below the Tk 23,000"
            " the unions have demanded.",
            "The owners would raise their offer to 14,000 taka if workers returned, he said.",
            "12,500 BDT",
            "23,000 BDT",
        ),
        (
            "The club raised its offer to £40m, below the £55m the owners have demanded.",
            "The club has offered £40m for the stadium.",
            "£40 million",
            "£55 million",
        ),
    ],
)
def test_an_offer_and_a_demand_are_rows_apart(a: str, b: str, offered: str, demanded: str) -> None:
    rows = _rows(a, b)
    assert [("a", demanded)] in [v for label, v in rows.items() if label.startswith("money demanded")], rows
    assert any(("a", offered) in v for label, v in rows.items() if label.startswith("money offered")), rows


@pytest.mark.parametrize(
    ("a", "b", "cut", "gap"),
    [
        (
            "Leeds City Council has approved a £2.1bn budget for 2026/27 that raises council tax by 4.99% and cuts"
            " £58m from services. The council has a £72m funding gap, he said.",
            "The council needs to save £58m, the authority said.",
            "£58 million",
            "£72 million",
        ),
        (
            "The hospital trust faces a £30m funding shortfall and must cut £12m this year.",
            "The trust must save £12m this year, its chief executive said.",
            "£12 million",
            "£30 million",
        ),
    ],
)
def test_a_cut_and_a_gap_are_rows_apart(a: str, b: str, cut: str, gap: str) -> None:
    rows = _rows(a, b)
    assert rows.get("money cut or saved") == [("a", cut), ("b", cut)], rows
    assert rows.get("shortfall") == [("a", gap)], rows


def test_a_cut_verb_after_a_sum_is_its_purpose() -> None:
    # "to save", "to cut" after a gift say what it is for: no cut or saving of the sum
    rows = _rows("The foundation gave $2m to save the reef, it said.", "The foundation gave $2m to cut emissions.")
    assert not [label for label in rows if label.startswith("money cut")], rows
