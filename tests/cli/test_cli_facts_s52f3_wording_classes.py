"""``facts --json`` on two small stories worded as t13r's variants word them (round s52-f3, t13r R1
and R2): each fix holds for its class of words through the CLI, cold. In the mine story, counts got out
"brought out" or "safely brought up" are *people rescued*. Counts placed "There were … underground" or
"trapping … underground" are *people underground*. A "combined fund" is no changed pledge. The
missing, as "workers", "men" or no noun, are one count, compared. In the ship story, a shore "fouled
with heavy fuel oil" is the slick's length. The crew missing, as "crew" or no noun, are one count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _rows(facts: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {f["label"]: f for f in facts}


def _docs(row: dict[str, Any]) -> list[str]:
    return sorted(v["doc"] for v in row["values"])


MINE = {
    "wire.txt": (
        "Miners trapped at Karrowin Deep\n\nKARROWIN, March 14, 2026 (Wirenews) - There were 31 workers"
        " underground at the Karrowin Deep mine when a tunnel gave way. Twelve workers had been brought out"
        " by Sunday morning, the miner said. Five workers are missing. The state would contribute"
        " A$3 million to match the company's relief fund, taking the combined fund to A$6 million.\n"
    ),
    "herald.txt": (
        "Rescue at Karrowin Deep\n\nKARROWIN, March 15, 2026 (Herald) - A section of the Karrowin Deep mine"
        " collapsed on Saturday, trapping 31 workers about 600 metres underground. Fifteen workers have"
        " been safely brought up. Two men remain missing. The state government pledged A$3 million.\n"
    ),
    "radio.txt": (
        "Karrowin Deep update\n\nKARROWIN, March 15, 2026 (Radio West) - Officials said 31 people were"
        " underground at the time of the collapse. Fifteen workers were rescued alive after being"
        " trapped. Two remain missing.\n"
    ),
}

SHIP = {
    "daily.txt": (
        "Carrier aground\n\nPORT VELL, March 14, 2026 (Coast Daily) - The carrier Halvard Star ran aground"
        " on Saturday, tearing open a fuel tank and fouling 14 km of shoreline with heavy fuel oil. Two"
        " crew members died and four others are missing, the authority said.\n"
    ),
    "gazette.txt": (
        "Slick spreads\n\nPORT VELL, March 15, 2026 (Gazette) - The slick stretched 20 km along the coast."
        " The grounding left two dead and four missing.\n"
    ),
    "wire.txt": (
        "Crew missing\n\nPORT VELL, March 15, 2026 (Wirenews) - Four crew members were missing after the"
        " Halvard Star ran aground.\n"
    ),
}


def test_a_mine_story_worded_otherwise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, MINE))
    assert _docs(rows["people rescued"]) == ["herald", "radio", "wire"], rows["people rescued"]
    assert _docs(rows["people underground"]) == ["herald", "radio", "wire"], rows["people underground"]
    assert rows["people underground"]["status"] == "agree"
    missing = rows["people missing"]
    assert _docs(missing) == ["herald", "radio", "wire"], missing
    assert missing["status"] == "disagree" and "different counts" not in missing["grounds"], missing
    pledged = [f for label, f in rows.items() if label.startswith("money pledged")]
    assert all({v["value"] for v in f["values"]} == {3_000_000} for f in pledged), pledged
    assert not [label for label in rows if label in ("workers", "workers brought")], sorted(rows)


def test_a_ship_story_worded_otherwise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, SHIP))
    assert _docs(rows["length of the slick"]) == ["daily", "gazette"], rows["length of the slick"]
    missing = rows["people missing"]
    assert _docs(missing) == ["daily", "gazette", "wire"], missing
    assert missing["status"] == "agree", missing
    assert "length (km)" not in rows, sorted(rows)
