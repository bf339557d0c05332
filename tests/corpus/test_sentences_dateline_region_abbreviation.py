"""A wire dateline's region written short ends no sentence: AP's "RIDGECREST, Calif. (AP) --"
(t13air S4: compare listed "RIDGECREST, Calif." as a sentence only in B and paired the rest of the
lead as "(AP) -- A powerful earthquake …"), "Fla.", "Mass.", "Ore." and a dated dateline alike. The
one dateline recogniser (corpus.dateline) says where the dateline ends; a stop after it, or in a
block that opens with no dateline, still ends a sentence."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13air S4: variants/N14-v1/b.txt)
        (
            "RIDGECREST, Calif. (AP) -- A powerful earthquake shook the Mojave Desert town of Ridgecrest on "
            "Friday, killing three people. Aftershocks followed.",
            [
                "RIDGECREST, Calif. (AP) -- A powerful earthquake shook the Mojave Desert town of Ridgecrest on "
                "Friday, killing three people.",
                "Aftershocks followed.",
            ],
        ),
        # variants of my own: other states and agencies, a hyphen or an em dash
        (
            "MIAMI, Fla. (Reuters) - Flooding closed 40 roads. Crews worked overnight.",
            ["MIAMI, Fla. (Reuters) - Flooding closed 40 roads.", "Crews worked overnight."],
        ),
        (
            "SALEM, Ore. (AP) — Wildfire smoke closed schools in Salem. SPRINGFIELD, Mass. was spared.",
            ["SALEM, Ore. (AP) — Wildfire smoke closed schools in Salem.", "SPRINGFIELD, Mass. was spared."],
        ),
    ],
)
def test_dateline_region_abbreviation_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_stop_without_dateline_still_ends_sentence() -> None:
    # No dateline opens the block: "Calif." before a capital is still a sentence's end, as before.
    text = "The quake was felt across Calif. (AP) reporters saw damage."
    assert len(split_sentences(text)) == 2
