"""A house number in a street address is no figure (t13aw N1, round s52-f2: KMBY's "An evacuation
center is open at the Marbury County Fairgrounds, 1200 Fair Lane." gave a second value "1,200
people" in *people evacuated*, a false disagreement). The first case is the reported input; the
others are invented (other street words, an abbreviation, a compass word in the street's name)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import figures_of, names_a_thing, street_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # the reported input
            "Evacuation orders remain in place for about 12,000 people. An evacuation center is open "
            "at the Marbury County Fairgrounds, 1200 Fair Lane.",
            "1200",
        ),
        (
            "Evacuation orders cover some 9,000 residents. A shelter has opened at Lincoln High "
            "School, 845 West Orchard Street.",
            "845",
        ),
        (
            "Evacuation orders remain for roughly 9,500 people. Evacuees can go to the Red Cross hall, "
            "77 Baker Rd., or stay with family.",
            "77",
        ),
    ],
)
def test_a_house_number_is_no_value_of_the_count(text: str, number: str) -> None:
    [fact] = [f for f in sheet(text) if f.label == "people evacuated"]
    assert [v.text for v in fact.values if v.text == number] == []
    [fig] = [f for f in figures_of(text) if text[f.start : f.end] == number]
    assert street_number(text, fig) and names_a_thing(text, fig)


def test_a_count_before_a_street_noun_in_lower_case_stays() -> None:
    # (no capitalised street name: "1,200 people lined the road" counts people)
    text = "Some 1,200 people lined the main road as the convoy passed, and 300 firefighters stayed."
    values = [v.text for f in sheet(text) for v in f.values]
    assert any("1,200" in t for t in values)
