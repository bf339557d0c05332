"""``facts --json`` on live blogs whose updates are worded otherwise than their first reports
(issue #16, round s37-x1; t13ad N1, N2, N16).

A Markdown live blog written newest first with ``**13:20**`` stamps ("The injured count is now 14"
over "The number of injured has risen to 12" over "Nine people have been injured") showed the
blog's injured as 12 (first said 9) beside a wire's 14, a *false* disagreement, and its 14 as a row
"injureds"; its "184 passengers were on board" (11:05) and "182 passengers on board" (08:52) were
two rows. The blog's values are now its latest entry's, what it said before listed as such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json

# found (t13ad repro lb)
_LIVE_MD = """---
title: "Live: Nordair NR418 as it happened"
date: 2026-03-03
outlet: Nordic Live
---
# Live: Nordair NR418 – latest

**13:20** The injured count is now 14, the health service said.

**11:05** Nordair says 184 passengers were on board.

**09:40** The number of injured has risen to 12.

**08:52** Nine people have been injured, airport officials say. The flight had 182 passengers on board.
"""
_WIRE = """Wire

STAVENHOLM, March 3, 2026 (Nordwire) - The Nordair jet carried 184 passengers. Fourteen people were injured.
"""


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    rows = [f for f in facts if f["label"] == label]
    assert len(rows) == 1, [(f["label"], [v["value"] for v in f["values"]]) for f in rows]
    return rows[0]


def _values(row: dict[str, Any]) -> list[tuple[str, Any, list[Any]]]:
    return sorted((v["doc"], v["value"], [e["value"] for e in v["superseded"]]) for v in row["values"])


def test_a_newest_first_markdown_blog_agrees_with_the_wire(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(tmp_path, capsys, {"live.md": _LIVE_MD, "wire.txt": _WIRE})
    assert not [f["label"] for f in facts if f["label"].endswith("eds")]
    injured = _row(facts, "people injured")
    assert injured["status"] == "agree"
    assert _values(injured) == [("live", 14, [9, 12]), ("wire", 14, [])]
    passengers = _row(facts, "passengers")
    assert passengers["status"] == "agree"
    assert _values(passengers) == [("live", 184, [182]), ("wire", 184, [])]


def test_the_blogs_update_disagrees_with_another_outlet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # variant of my own: the wire gives the first figures, the blog's latest differ from them
    wire = _WIRE.replace("184 passengers", "182 passengers").replace("Fourteen", "Nine")
    facts = facts_json(tmp_path, capsys, {"live.md": _LIVE_MD, "wire.txt": wire})
    injured = _row(facts, "people injured")
    assert injured["status"] == "disagree"
    assert _values(injured) == [("live", 14, [9, 12]), ("wire", 9, [])]
    passengers = _row(facts, "passengers")
    assert passengers["status"] == "disagree"
    assert _values(passengers) == [("live", 184, [182]), ("wire", 182, [])]


def test_a_second_clause_keeps_the_aboard_comparison(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # found (t13ad N16, repro p3)
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "courier.txt": "Jet fire drama\n\nSTAVENHOLM, March 3, 2026 (Courier) - Passengers on a Nordair jet "
            "described scenes of panic on Tuesday after an engine fire forced the plane to land at Stavenholm. "
            "The airline said 182 people were on board, and airport staff said thirteen people were hurt.\n",
            "tabloid.txt": "Jet\n\nSTAVENHOLM, March 3, 2026 (Daily Flash) - Hero pilot Marit Eskeland brought a "
            "blazing jet down in just 20 minutes yesterday - saving all 190 people on board.\n",
        },
    )
    people = _row(facts, "people")
    assert people["status"] == "disagree"
    assert _values(people) == [("courier", 182, []), ("tabloid", 190, [])]
