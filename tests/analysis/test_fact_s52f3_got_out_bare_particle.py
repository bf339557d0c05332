"""A count of people got out by a verb with its bare particle ("brought out", "brought up",
"hauled out", "pulled clear") in a story of people trapped is *people rescued*, as "brought to the
surface" is (t13r R2 on t13au N2, round s52-f3: "had been brought out by Sunday morning" and "have
been safely brought up" made a row "workers brought", DISAGREE 14 → 17, beside *people rescued*).
The reported sentences and two variants of my own; a particle of another sense rescues no one."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # found (t13r v-au2: wire/reuters-brindabella, release/ostrander-release)
        (
            (
                "Twenty-three workers were trapped when the tunnel collapsed. Fourteen workers had been"
                " brought out by Sunday morning, the miner said.",
                "Twenty-three workers were trapped underground. Seventeen workers have been safely brought up.",
                "Seventeen workers were rescued alive after being trapped.",
            ),
            [("a", "14"), ("b", "17"), ("c", "17")],
        ),
        # variants of my own: other verbs, particles and people
        (
            (
                "Eleven climbers were trapped by the avalanche. Nine climbers were hauled out overnight.",
                "Rescuers said 11 climbers had been rescued.",
            ),
            [("a", "9"), ("b", "11")],
        ),
        (
            (
                "A landslide trapped villagers in their homes. Six people were pulled clear before dawn.",
                "Eight people were rescued, officials said.",
            ),
            [("a", "6"), ("b", "8")],
        ),
    ],
)
def test_a_bare_particle_of_getting_out_is_a_rescue(texts: tuple[str, ...], values: list[tuple[str, str]]) -> None:
    rows = _rows(*texts)
    assert rows.get("people rescued") == values, rows
    assert not [label for label in rows if label.endswith(("brought", "hauled", "pulled"))], rows


def test_a_particle_of_another_sense_rescues_no_one() -> None:
    rows = _rows(
        "Rescuers saved five trapped people. The union said 2,000 workers were brought out on strike.",
    )
    assert rows.get("people rescued") == [("a", "5")], rows
