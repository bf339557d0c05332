"""A dateline written in mixed case, as most web copy sets it ("Tokyo — A strong earthquake …"),
says where the article was filed when its place is known and a spaced dash and prose follow it
(review s50-rv2 #1, round s50-fx3; ``date_zones.dateline_of``): round s50-m's capitals-or-agency
rule had lost it. The labels, bylines and hyphened names that rule turned away stay turned away
(tests/corpus/test_s50m_dateline_places.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import date_zones
from waic_reader.index.corpus.reader import Corpus


def _filed(tmp_path: Path, text: str) -> date_zones.Filed:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return date_zones.dateline_of(Corpus.scan(tmp_path).article("a").text)


@pytest.mark.parametrize(
    ("text", "place", "zone"),
    [
        (  # reported
            "Quake shakes capital\nMarch 3, 2026 9:30 p.m.\n\nTokyo — A strong earthquake shook the capital"
            " on Tuesday evening, the weather agency said.\n",
            "Tokyo",
            "Asia/Tokyo",
        ),
        ("Port strike\n\nRotterdam — Dock workers walked out on Monday over pay.\n", "Rotterdam", None),  # reported
        (
            "Bus fares rise\n\nNairobi – Commuters paid more on Friday as fuel costs rose.\n",
            "Nairobi",
            "Africa/Nairobi",
        ),
        (
            "Lava reaches road\n14 May 2026\n\nReykjavik - the lava crossed the road overnight.\n",
            "Reykjavik",
            "Atlantic/Reykjavik",
        ),
    ],
)
def test_a_mixed_case_dateline_names_its_place(tmp_path: Path, text: str, place: str, zone: str | None) -> None:
    got = _filed(tmp_path, text)
    assert (got.place, got.zone) == (place, zone)


@pytest.mark.parametrize(
    "text",
    [
        "Council votes\n\nSplit — the vote was split down the middle on Monday.\n",  # a word, not the town
        "Council votes\n\nTokyo: a strong earthquake shook the capital on Tuesday.\n",  # a colon labels
        "Council votes\n\nAnna Lee — the mayor — said the vote would go ahead.\n",  # no place
    ],
)
def test_a_mixed_case_line_that_is_no_dateline_names_no_place(tmp_path: Path, text: str) -> None:
    assert _filed(tmp_path, text) == date_zones.NOT_FILED
