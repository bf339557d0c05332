"""In a story of an evacuation, a count of people who "have left" with no object but the place, or
whom a verb moves to an emergency shelter, is *people evacuated* (t13av N5 leftover, round s52-f3:
Harbour FM's "We are moving about 1,200 people to the sports hall" and the live blog's "1,200 people
have left" stayed a row "people" beside *people evacuated*). The reported sentences and two
variants of my own; with no evacuation in the story, or to a hospital, the count stays apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # found (t13av: feeds/harbourfm#hfm-20260314-evac, live/liveblog)
        (
            (
                '"We are moving about 1,200 people to the sports hall in Port Aubrac," said police'
                " superintendent Ewa Szczepanska-Hale. Residents of Marrow Point were evacuated overnight.",
                "Superintendent Ewa Szczepanska-Hale says 1,200 people have left. The evacuation continues.",
                "About 1,200 residents were evacuated from Marrow Point.",
            ),
            [("a", "about 1,200"), ("b", "1,200"), ("c", "about 1,200")],
        ),
        # variants of my own: another moving verb and shelter; the place left named
        (
            (
                "Police were relocating 800 villagers to a school gymnasium as the evacuation widened.",
                "About 800 people had already left the valley, the mayor said, after the evacuation order.",
                "Some 800 residents were evacuated.",
            ),
            [("a", "800"), ("b", "about 800"), ("c", "some 800")],
        ),
        (
            (
                "Coaches were bussing 450 tourists to the relief centre. Evacuations began at noon.",
                "The evacuation began at noon. Some 450 people have now left the island.",
                "Officials said 450 people were evacuated.",
            ),
            [("a", "450"), ("b", "some 450"), ("c", "450")],
        ),
    ],
)
def test_people_moved_to_a_shelter_or_gone_are_evacuated(texts: tuple[str, ...], values: list[tuple[str, str]]) -> None:
    rows = _rows(*texts)
    assert rows.get("people evacuated") == values, rows


def test_no_evacuation_or_a_hospital_keeps_the_count_apart() -> None:
    rows = _rows(
        "About 800 people had already left the valley, the mayor said.",
        "Police moved 40 patients to the hospital after the evacuation.",
    )
    assert "people evacuated" not in rows, rows
