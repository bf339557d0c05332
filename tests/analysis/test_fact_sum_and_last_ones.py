"""A total its sentence sums from the amounts it gave, and "the last two" of a count, are no values
that replace the article's earlier ones (t13au N3, N13, round s51-f3). Found: 7NEWS's "the state
would contribute A$2.5 million to match the company's relief fund, bringing the total to A$5
million" was drawn as the government changing its pledge 2.5 → 5 million; a headline's "last two
trapped miners rescued" was the article's first total of rescued ("first said 2") beside its 19."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(facts: list) -> list[tuple[str, list[str], list[str]]]:
    return [(f.label, [value_text(v) for v in f.values], [e.text for v in f.values for e in v.earlier]) for f in facts]


@pytest.mark.parametrize(
    ("first", "second", "pledge"),
    [
        # found (Goldfields Herald, 7NEWS Perth)
        (
            "Premier Corinne Abernathy-Vu said the state would match a A$2.5 million relief fund announced by"
            " Ostrander.",
            "She said the state would contribute A$2.5 million to match the company's relief fund, bringing the"
            " total to A$5 million.",
            "2.5 million AUD",
        ),
        # variants of my own
        (
            "Mayor Ilse Varga said the city council would give £400,000 to the flood appeal.",
            "Mayor Ilse Varga said the city council would give £400,000 to the flood appeal, taking the overall"
            " total to £1.1 million.",
            "£400,000",
        ),
        (
            "The European Commission pledged €12 million in aid on Monday.",
            "The European Commission said it would donate €12 million in aid, raising the combined total to"
            " €30 million.",
            "€12 million",
        ),
    ],
)
def test_a_sum_is_no_new_value_of_a_pledge(first: str, second: str, pledge: str) -> None:
    rows = [r for r in _rows(sheet(first, second)) if r[0].startswith("money pledged")]
    assert [(vs, es) for _, vs, es in rows] == [([pledge, pledge], [])], rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Rescuers found three bodies in the rubble on Sunday, bringing the total to 12.",
            "12",
        ),
        (
            "Six people died on Friday. Divers recovered two more bodies, taking the total to 8.",
            "8",
        ),
    ],
)
def test_a_counts_addend_is_no_earlier_value(text: str, value: str) -> None:
    rows = _rows(sheet(text))
    toll = [r for r in rows if r[0] == "death toll"]
    assert toll and toll[0][1] == [value], rows
    assert all(not e or e == ["Six people"] for _, _, e in toll), rows


@pytest.mark.parametrize(
    "text",
    [
        # found (misc/guardian-update)
        "Mine collapse: last two trapped miners rescued after 60 hours underground\n\nThe final two miners trapped by"
        " the collapse have been brought out alive. The death toll remains at four. A total of 19 workers were rescued.",
        # variants of my own
        "Cave drama: final three divers rescued\n\nThe last three divers were pulled from the flooded cave on"
        " Friday. In all, 27 divers were rescued over four days.",
        "Ferry fire: remaining five passengers rescued\n\nCoastguards said 140 passengers were rescued in all"
        " after the remaining five were lifted off.",
    ],
)
def test_the_last_ones_are_no_earlier_total(text: str) -> None:
    rows = _rows(sheet(text))
    rescued = [r for r in rows if "rescued" in r[0]]
    assert len(rescued) == 1 and len(rescued[0][1]) == 1 and rescued[0][2] == [], rows
