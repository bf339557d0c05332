"""Regressions of rounds s51-f2 and s51-f3 the reviewer found (s51-rv F5, F6, F12; round s51-fx1):
a party's own running total ("a further $2 million …, bringing the total to $5 million") dropped
as a sum of several parties'; an official count after a comma read as the "unconfirmed reports" of
the clause before; a mine's underground workforce ("has about 410 people working underground across
three shifts") read as the people below the ground at the time. Each: the reviewer's input and a
variant of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _values(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "total"),
    [
        # found (s51-rv c11)
        (
            "The government pledged a further $2 million in flood relief on Monday, bringing the total to"
            " $5 million. The money will go to families in Marrow Point.",
            "The government has now pledged $5 million in flood relief for families in Marrow Point, officials"
            " said on Monday.",
            "$5 million",
        ),
        # variant of my own
        (
            "The foundation donated another €300,000 to the hospital appeal, taking the overall total to €1.2 million.",
            "The foundation has donated €1.2 million to the hospital appeal.",
            "€1.2 million",
        ),
    ],
)
def test_a_partys_running_total_is_its_pledge(a: str, b: str, total: str) -> None:
    rows = {k: v for k, v in _values(a, b).items() if k.startswith("money")}
    assert len(rows) == 1, rows
    assert sorted(set(rows[next(iter(rows))])) == [("a", total), ("b", total)], rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # found (s51-rv c12)
        (
            "Despite unconfirmed reports of a second explosion, the ministry said 14 people were killed in the"
            " blast at the plant on Friday.",
            "Fourteen people were killed in the blast at the chemical plant on Friday, the ministry said.",
        ),
        # variant of my own
        (
            "After unverified figures circulated online, police said 9 people died in the crush.",
            "Nine people died in the crush, police said.",
        ),
    ],
)
def test_an_official_count_after_an_unconfirmed_clause_is_no_claim(a: str, b: str) -> None:
    rows = _values(a, b)
    assert not any("claimed" in k for k in rows), rows
    assert [sorted(d for d, _ in v) for k, v in rows.items() if k == "death toll"] == [["a", "b"]], rows


@pytest.mark.parametrize(
    "workforce",
    [
        # found (s51-rv c26)
        "The Kestrel mine has about 410 people working underground across three shifts.",
        # variant of my own
        "Usually about 300 miners are underground on each shift at the colliery.",
    ],
)
def test_an_underground_workforce_is_no_count_present(workforce: str) -> None:
    a = "Twenty-three workers were underground when the shaft collapsed on Friday. " + workforce
    b = "A shaft collapsed at the Kestrel mine on Friday, when 23 people were underground."
    rows = _values(a, b)
    assert sorted(rows.get("people underground", [])) == [("a", "23"), ("b", "23")], rows


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # found (s51-rv c27)
        (
            "A landslide closed the Kestrel Pass road on Friday. The road crests at 2,100 metres, and snow was"
            " still falling there on Saturday.",
            "The Kestrel Pass road, which crests at 2,100 metres, was shut by a landslide on Friday.",
        ),
        # variant of my own
        (
            "Hikers were turned back on Sunday. The trail crests at 1,450 metres above the valley.",
            "The mountain trail, which crests at 1,450 metres, was closed on Sunday.",
        ),
    ],
)
def test_a_road_cresting_is_no_water_depth(a: str, b: str) -> None:
    rows = _values(a, b)
    assert "depth of the water" not in rows, rows
