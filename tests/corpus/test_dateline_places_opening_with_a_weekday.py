"""A place whose name only opens with a weekday's word keeps its dateline (review s33-r).

Round s33-l made a weekday alone before the comma no dateline's place ("Saturday, March 14, 2026 -
9:40 AM" is a stamp, its time kept: t13w F9); its first form refused every place opening with such
a word, "SUN CITY" ("Sun"), "FEIRA DE SANTANA" (Portuguese "feira"). Written for this test."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus import dateline


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("SUN CITY, Ariz., March 3 (AP) - A brush fire forced evacuations.", "SUN CITY"),
        ("Sun Prairie, Wis. (AP) -- The council voted on Monday.", "Sun Prairie"),
        ("FEIRA DE SANTANA, Brazil (Reuters) - Police said on Tuesday.", "FEIRA DE SANTANA"),
        ("QUINTA DO CONDE, Portugal, March 3 (Lusa) - Firefighters said.", "QUINTA DO CONDE"),
    ],
)
def test_a_place_opening_with_a_weekday_word_is_read(line: str, place: str) -> None:
    found = dateline.match(line)
    assert found is not None and [line[a:b] for a, b in found.places][:1] == [place]


@pytest.mark.parametrize(
    "line",
    ["Saturday, March 14, 2026 - 9:40 AM", "SATURDAY, March 14, 2026 - 9:40 AM", "Samstag, 14. März 2026 - 9:40"],
)
def test_a_weekday_alone_is_no_place(line: str) -> None:
    assert dateline.match(line) is None
