"""``facts --json`` (t13av N2, N3, N18, t13au N1, N2; round s51-f2): a tide's level is one row
"depth of the water", never "length (m)"; the slick's 18 km in three articles and 25 km in a fourth
one row "length of the slick"; "three are missing" after "Two crew members were killed" agrees with
"Three crew members were missing"; people underground are a row apart from the mine's staff; the
live blog's "Fourteen have been brought to the surface" is a value of "people rescued"."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json

pytestmark = pytest.mark.usefixtures("utc")


def _rows(facts: list[dict[str, object]]) -> dict[str, list[str]]:
    return {str(f["label"]): sorted(str(v["doc"]) for v in f["values"]) for f in facts}  # type: ignore[attr-defined]


def test_ship_tide_slick_and_crew(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "a.txt": "Ship aground\n\nThe ship was spilling heavy fuel oil along 18 kilometres of the coast as the tide "
            "rose to 2.4 metres. Two crew members were killed and three are missing, the authority said.\n",
            "b.txt": "Wire\n\nThe tide was forecast to reach 8 feet. Three crew members were missing.\n",
            "c.md": "# Reef diary\n\n| Measure | Value |\n|---|---|\n| Slick length | 18 km |\n",
            "d.txt": "Experts\n\nExperts said the slick now covered 25 kilometres of coast.\n",
        },
    )
    rows = _rows(facts)
    assert rows.get("depth of the water") == ["a", "b"], rows
    assert rows.get("length of the slick") == ["a", "c", "d"], rows
    assert not any(label.startswith("length (") for label in rows), rows
    missing = next(f for f in facts if f["label"] == "people missing")
    assert missing["status"] == "agree", missing


def test_mine_underground_and_rescued(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "a.txt": "Mine collapse\n\nTwenty-three workers were underground when the decline collapsed. Fourteen "
            "workers had been brought to the surface by Saturday afternoon, the company said.\n",
            "b.txt": "Herald\n\nThe mine employs about 410 people. Seventeen workers were brought to the surface "
            "alive by Sunday morning.\n",
            "c.txt": "Live\n\nSix remain unaccounted for. Fourteen have been brought to the surface.\n",
        },
    )
    rows = _rows(facts)
    assert rows.get("people rescued") == ["a", "b", "c"], rows
    assert rows.get("people underground") == ["a"], rows
    assert rows.get("staff") == ["b"], rows
