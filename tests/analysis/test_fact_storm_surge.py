"""A storm surge is a measure of its own (issue #16, session 26 probe of an invented typhoon, and the
hurricane after it). Found: Reuters' "forecasters had warned of a storm surge of 2 to 3 metres (6.5
to 10 feet)" was labelled "length (m)", as the local paper's river that "rose by four metres" was:
a reader could not tell the sea's surge from a river's rise (since round s50-f, t13at N2, a river's
rise is the flood water's, *depth of the water*)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        # found (Reuters; the hurricane probe's AP)
        "Most of them came from villages where forecasters had warned of a storm surge of 2 to 3 metres (6.5 to 10 feet).",
        "A storm surge of 8 to 12 feet (2.4 to 3.7 meters) was forecast for Mobile Bay.",
        # variant of my own
        "The surge reached 4 metres in the harbour.",
    ],
)
def test_a_surge_is_a_storm_surge(text: str) -> None:
    assert [f.label for f in sheet(text)] == ["storm surge"]


def test_a_rivers_rise_is_no_surge() -> None:
    facts = sheet("The Casilang River rose by four metres.", "The storm surge reached 4 metres.")
    assert sorted((f.label, f.sources) for f in facts) == [("depth of the water", 1), ("storm surge", 1)]
