"""A casualty verb is read in each of its forms (words.CASUALTY: "injures", "evacuates", "rescues"):
"displaces 5,000" in a headline gave no row at all after round s48-f2 (the count no longer took the
clause before's "kills", and "displaces" was no cue), where it says 5,000 people displaced, as
"forces 23,000 from homes" says evacuated (round s48-f3, s48-f2's leftover)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("headline", "story", "value"),
    [
        pytest.param(
            "Flood kills four, displaces 5,000",
            "The flood displaced about 5,000 people, officials said.",
            5000,
            id="reported",
        ),
        pytest.param(
            "Landslides displace 1,200 villagers in the hills",
            "About 1,400 villagers were displaced by the landslides.",
            1200,
            id="variant_plural_verb",
        ),
        pytest.param(
            "Fighting is displacing 40,000 people, the UN says",
            "Some 40,000 people have been displaced by the fighting.",
            40000,
            id="variant_progressive",
        ),
    ],
)
def test_displaces_is_people_displaced(headline: str, story: str, value: float) -> None:
    facts = sheet(headline, story)
    rows = {f.label: f for f in facts}
    assert "people displaced" in rows, {k: [value_text(v) for v in f.values] for k, f in rows.items()}
    got = {(v.doc, v.value) for v in rows["people displaced"].values}
    assert ("a", value) in got, got
    death = rows.get("death toll")
    assert death is None or all(v.value != value for v in death.values), [value_text(v) for v in death.values]


def test_a_ship_displacing_tonnes_displaces_no_people() -> None:
    """The guard: a ship's displacement is a mass, never people displaced."""
    facts = sheet(
        "The new frigate displaces 5,000 tonnes and carries 180 sailors.",
        "The frigate, which displaces 5,200 tonnes, was launched on Monday.",
    )
    assert "people displaced" not in {f.label for f in facts}
