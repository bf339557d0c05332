"""An evacuation zone's size, however it is worded, is one row *evacuation radius* (t13az N5, round
s53-f2): the live blog's "a 1 km evacuation zone" and "The evacuation zone has been widened to 2
km", the Courier's "a two-kilometre line around the site", the release's "evacuation zone of two
kilometres" and the op-ed's "radius of two kilometres" were an "evacuation radius" of 1 km and a
separate "length (km)" row, the widening lost. A radius whose sentence names no evacuation is the
evacuation's in a story that has one."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact

_BLOG = """Live updates
Valley Herald · Live

Tuesday 17 November 2026

05:02 EST
{first}

08:50 EST
{later}
"""


def _rows(facts: list[Fact]) -> dict[str, list[float]]:
    return {f.label: sorted(float(v.value) for v in f.values) for f in facts}


@pytest.mark.parametrize(
    ("first", "later", "others", "km"),
    [
        # reported (t13az: live/tessary-live, web/harlowbend-courier, release/repa-release, opinion/op-ed)
        pytest.param(
            "Fire chief Tomasz Wieczorek says a 1 km evacuation zone is in place.",
            "The evacuation zone has been widened to 2 km. Officials now say about 1,200 people have left their homes.",
            (
                '"We drew a two-kilometre line around the site and we are going door to door," Wieczorek told reporters.',
                "About 1,200 residents remain outside the evacuation zone of two kilometres around the site.",
                "Fire crews went door to door across a radius of two kilometres.",
            ),
            2.0,
            id="reported",
        ),
        # variants of my own: other nouns, verbs and units
        pytest.param(
            "Police set up a 3 km exclusion zone around the plant and residents were evacuated.",
            "The exclusion zone was later extended to 5 km, police say.",
            ("Officers drew a five-kilometre ring around the plant.", "Troops patrolled a cordon of five kilometres."),
            5.0,
            id="exclusion_zone_extended_ring",
        ),
        pytest.param(
            "Residents within a 500-metre radius of the depot were evacuated.",
            "The evacuation cordon has been expanded to 800 metres.",
            ("Firefighters kept a perimeter of 800 metres.", "Police drew an 800-metre circle around the depot."),
            0.8,
            id="cordon_expanded_metres",
        ),
    ],
)
def test_one_evacuation_radius_row(first: str, later: str, others: tuple[str, ...], km: float) -> None:
    facts = sheet(_BLOG.format(first=first, later=later), *others)
    rows = _rows(facts)
    assert not any(label.startswith("length") or label == "radius" for label in rows), rows
    [radius] = [f for f in facts if f.label == "evacuation radius"]
    assert len(radius.values) == 1 + len(others), rows
    assert radius.status == "agree"
    # the blog's value is its later one, its first said before it (the widening kept)
    [blog] = [v for v in radius.values if v.doc == "a"]
    assert blog.earlier, blog
    assert float(blog.earlier[0].value) < float(blog.value)
