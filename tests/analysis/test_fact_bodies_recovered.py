"""Bodies recovered, found or pulled from somewhere are no death toll (t13aa K2, round s35-fa): "The
Ministry said two bodies were recovered downstream" beside a live blog's toll of 11 and "Divers
recovered three bodies from the river overnight" beside a wire's nine killed were read as tolls of
2 and 3, superseding the article's own toll; they are a fact of their own, *bodies recovered*.
"Forty bodies lay in the morgue" still counts the dead."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _rows(facts: list[Fact]) -> dict[str, list[float]]:
    return {f.label: [v.value for v in f.values] for f in facts}


@pytest.mark.parametrize(
    ("text", "toll", "recovered"),
    [
        # reported (t13aa repro v2: the live blog's last entry, the wire)
        pytest.param(
            "Officials now put the toll at 11. The Ministry said two bodies were recovered downstream.",
            [11],
            [2],
            id="reported_live",
        ),
        pytest.param(
            "LINDMARK, July 14 (Nordline) - Nine people were killed when the Corvenna Bridge collapsed on "
            "Tuesday. Divers recovered three bodies from the river overnight.",
            [9],
            [3],
            id="reported_wire",
        ),
        # variants of my own: the bodies of people, other verbs, other places
        pytest.param(
            "Seven people died in the flood. The bodies of two men were found near the weir on Friday.",
            [7],
            [2],
            id="bodies_of_men_found",
        ),
        pytest.param(
            "The avalanche killed five climbers. Rescuers pulled four bodies from the snow.",
            [5],
            [4],
            id="pulled_from_snow",
        ),
        pytest.param(
            "At least 12 people died when the ferry sank. Six bodies have now been retrieved from the wreck.",
            [12],
            [6],
            id="retrieved_from_wreck",
        ),
        pytest.param(
            "Seven people died. Police divers have recovered the bodies of three people from the lake.",
            [7],
            [3],
            id="recovered_the_bodies_of",
        ),
    ],
)
def test_bodies_recovered_are_no_toll(text: str, toll: list[float], recovered: list[float]) -> None:
    rows = _rows(sheet(text))
    assert rows.get("death toll") == toll, rows
    assert rows.get("bodies recovered") == recovered, rows


def test_a_third_body_is_no_toll() -> None:
    rows = _rows(sheet("Seven people died. A third body was recovered on Friday."))
    assert rows.get("death toll") == [7], rows


def test_bodies_counted_still_count_the_dead() -> None:
    """No verb of recovery: the bodies are the dead ("Forty bodies lay in the morgue")."""
    rows = _rows(sheet("Forty bodies lay in the town's morgue on Sunday."))
    assert rows.get("death toll") == [40], rows
    assert "bodies recovered" not in rows


def test_toll_across_articles_keeps_its_steps() -> None:
    """The reported pair: the wire's toll is 9 alone, the blog's 11 (its 9 before), the bodies a row of their own."""
    facts = sheet(
        "Nine people were killed when the bridge collapsed. Divers recovered three bodies from the river overnight.",
        "The death toll has risen to nine. Officials now put the toll at 11. The Ministry said two bodies were "
        "recovered downstream.",
    )
    rows = _rows(facts)
    assert sorted(rows["death toll"]) == [9, 11], rows
    assert sorted(rows["bodies recovered"]) == [2, 3], rows
