"""A length of shore its clause says oil fouls is the slick's, whether the oil is named before the
length, after the shore or in the verb (t13r R2 on t13av N3, round s52-f3: "fouling 18 km of
shoreline with heavy fuel oil" was a row "length (km)" apart from *length of the slick*). The
reported sentence and two variants of my own; a shore worn by no oil keeps its own row."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # found (t13r v-av2, pages/coastwatch)
        (
            "The Panama-flagged bulk carrier MV Coral Meridian ran aground on Kessra Reef off Port Aubrac at"
            " about 2:40 a.m. on Saturday, tearing open two fuel tanks and fouling 18 km of shoreline with"
            " heavy fuel oil of the Salt Coast.",
            "The slick stretched 25 km along the coast.",
            [("a", "18 km"), ("b", "25 km")],
        ),
        # variants of my own: the oil inside the shore's phrase, or in the verb
        (
            "The tanker broke apart, smothering 22 kilometres of beaches in thick crude.",
            "The slick now stretches for 30 km.",
            [("a", "22 km"), ("b", "30 km")],
        ),
        (
            "Since the grounding, the wreck has oiled 12 miles of coastline near Port Vell.",
            "The slick stretched for 15 miles.",
            [("a", "12 mi"), ("b", "15 mi")],
        ),
    ],
)
def test_a_shore_fouled_with_oil_is_the_slick(a: str, b: str, values: list[tuple[str, str]]) -> None:
    rows = _rows(a, b)
    assert rows.get("length of the slick") == values, rows


def test_a_shore_worn_by_no_oil_keeps_its_row() -> None:
    rows = _rows("The storm eroded 3 km of shoreline with heavy waves.", "The slick stretched for 15 km.")
    assert rows.get("length of the slick") == [("b", "15 km")], rows
