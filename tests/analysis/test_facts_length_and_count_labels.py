"""Labels a reader can tell apart (t13w F5, round s33-j): a length gets the measure named around
it ("within a 3 km radius" and "a three kilometre zone around the site" are a radius, "heard up to
15 km away" a distance), never the bare "length (km)" two different rows shared; a count of a
place noun in a distance phrase ("who lives two streets from the plant") is no casualty ("streets
killed", read from the verb "lives"); "treated for injuries" is injured ("people treated" was a
row apart from *people injured*)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _labels(text: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(text)}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # reported (t13w repro v5: nordwire-0814.txt, eastpress-wire.txt, klv7-news.txt)
        pytest.param(
            "About 2,000 residents were evacuated from homes within a 3 km radius as a precaution, police said.",
            "evacuation radius",
            "3 km",
            id="reported_within_radius",
        ),
        pytest.param(
            "About two thousand residents were evacuated from a three kilometre zone around the site.",
            "evacuation radius",
            "3 km",
            id="reported_zone",
        ),
        pytest.param(
            "Fire chief Torben Ekholm said the blast crater was about 6 metres deep. Windows were broken up to "
            "15 km away, he said.",
            "distance",
            "up to 15 km",
            id="reported_away",
        ),
        pytest.param(
            "The blast, which happened shortly after 6 a.m., was heard up to 15 kilometres (9 miles) away and "
            "shattered windows across the harbour district, residents said.",
            "distance",
            "up to 15 km",
            id="reported_heard_away",
        ),
        # variants of my own: other units and wordings
        pytest.param(
            "Residents within a two-mile radius of the depot were told to keep their windows shut.",
            "radius",
            "2 mi",
            id="radius_not_evacuated",
        ),
        pytest.param(
            "Police sealed off a 5 km exclusion zone around the refinery on Sunday.",
            "radius",
            "5 km",
            id="exclusion_zone",
        ),
        pytest.param("The plume of smoke could be seen 30 miles away on Tuesday.", "distance", "30 mi", id="seen_away"),
        # "treated for injuries" is injured
        pytest.param(
            "Forty-two people were treated for injuries, the hospital said.",
            "people injured",
            "42",
            id="reported_treated",
        ),
        pytest.param(
            "Some 30 residents were treated for minor injuries at the scene.",
            "people injured",
            "some 30",
            id="treated_minor_injuries",
        ),
        pytest.param(
            "Nine firefighters were treated for their wounds after the roof fell in.",
            "people injured",
            "9",
            id="treated_wounds",
        ),
    ],
)
def test_label(text: str, label: str, value: str) -> None:
    labels = _labels(text)
    assert labels.get(label) == [value], labels


def test_radius_and_distance_rows_apart() -> None:
    """Two articles each giving a radius and a distance: two rows, their labels apart."""
    a = (
        "The blast was heard up to 15 kilometres away. About 2,000 residents were evacuated from homes within "
        "a 3 km radius as a precaution."
    )
    b = "Windows were broken up to 15 km away, he said. Residents were evacuated from a three kilometre zone."
    facts = sheet(a, b)
    lengths = [f for f in facts if any(v.kind == "quantity" for v in f.values)]
    assert sorted(f.label for f in lengths) == ["distance", "evacuation radius"], [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]


@pytest.mark.parametrize(
    "text",
    [
        # reported
        '"We heard a huge bang and then the whole sky turned orange," said Lena Holt, who lives two streets '
        "from the plant.",
        # variants
        '"It shook the whole house," said Omar Diaz, who lives three blocks away from the depot.',
        "A neighbour who lives four doors down from the family said she heard shouting.",
    ],
)
def test_place_count_no_casualty(text: str) -> None:
    facts = sheet(text)
    assert not [f for f in facts if any(v.measure for v in f.values)], [
        (f.label, [value_text(v) for v in f.values]) for f in facts
    ]
