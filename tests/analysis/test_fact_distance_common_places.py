"""A distance from a thing a common noun phrase names is labelled by the whole phrase, never by its
first word (issue #16; t13y G18, round s35-a): "2 km from the main shaft" was *distance to main*,
the adjective taken for a place."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

# t13y repro v18 (reported)
REPORTED = (
    "PONTEGRIS, Calveira, March 9 (Nordwire) - The men are trapped 420 metres underground, about 2 km from the main shaft.",
    "The men are 1,380 feet down, some 1.2 miles from the main shaft.",
    "The refuge chamber is 3 km from the main shaft and 420 metres deep.",
    "The refuge lies at a depth of 0.26 miles, two kilometres from the main shaft.",
)
# variants of my own: another adjective and noun, a participle before the noun, a noun compound
VARIANT_OLD_BRIDGE = (
    "The body was found 3 km from the old bridge on Tuesday.",
    "Police said it lay about 2 miles from the old bridge.",
)
VARIANT_COLLAPSED_ENTRANCE = (
    "Divers reached a pocket of air 500 metres from the collapsed entrance.",
    "The air pocket is 600 metres from the collapsed entrance, officials said.",
)
VARIANT_TOWN_CENTRE = (
    "The blast was felt 15 km from the town centre.",
    "Windows shattered 9 miles from the town centre, residents said.",
)


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        pytest.param(
            REPORTED,
            "distance to the main shaft",
            [("a", "about 2 km"), ("b", "some 1.2 mi"), ("c", "3 km"), ("d", "2 km")],
            id="reported",
        ),
        pytest.param(
            VARIANT_OLD_BRIDGE, "distance to the old bridge", [("a", "3 km"), ("b", "about 2 mi")], id="bridge"
        ),
        pytest.param(
            VARIANT_COLLAPSED_ENTRANCE,
            "distance to the collapsed entrance",
            [("a", "500 m"), ("b", "600 m")],
            id="participle",
        ),
        pytest.param(
            VARIANT_TOWN_CENTRE, "distance to the town centre", [("a", "15 km"), ("b", "9 mi")], id="compound"
        ),
    ],
)
def test_distance_labelled_by_the_whole_noun_phrase(
    texts: tuple[str, ...], label: str, values: list[tuple[str, str]]
) -> None:
    facts = sheet(*texts)
    rows = [f for f in facts if f.label == label]
    assert len(rows) == 1, [(f.label, [(v.doc, value_text(v)) for v in f.values]) for f in facts]
    assert sorted((v.doc, value_text(v)) for v in rows[0].values) == values
    assert not any(f.label in ("distance to main", "distance to old", "distance to collapsed") for f in facts)


def test_a_named_place_keeps_its_name() -> None:
    facts = sheet("The mine lies 30 km north of Pontegrís.", "The mine is 19 miles north of Pontegrís.")
    assert [f.label for f in facts if f.label.startswith("distance")] == ["distance to Pontegrís"]
