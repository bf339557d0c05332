"""``facts --json`` (round s51-f; t13as N4, t13at N2): a bulletin's "the bill is €1.1 billion" is in
the *damage* row with another outlet's €1.1 billion losses (no row "cost"); a wire's headline "halts
4,200 European flights" is no row of its own beside its text's 4,200 flights cancelled; a blog's
"20 ft (6.1 m)" is 6.1 m in the row of the water's depth written in metres elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json

pytestmark = pytest.mark.usefixtures("utc")


def test_bill_and_headline_join_their_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "bulletin.txt": "Ash alert\n\nEurocontrol cancelled 4,200 flights; the bill is €1.1 billion.\n",
            "feed.txt": "Airlines\n\nIATA put the industry's losses at €1.1 billion for three days of closures.\n",
            "wire.txt": "Volcano kills two, ash cloud halts 4,200 European flights\n\nAn ash cloud grounded about"
            " 4,200 flights across northern Europe, officials said.\n\nEurocontrol said airlines had"
            " cancelled 4,200 flights by 0900 GMT.\n",
        },
    )
    rows = {f["label"]: sorted({v["doc"] for v in f["values"]}) for f in facts}
    assert rows.get("damage") == ["bulletin", "feed"], rows
    assert "cost" not in rows, rows
    assert rows.get("flights cancelled") == ["bulletin", "wire"], rows
    assert not any("european" in label for label in rows), rows


def test_value_with_conversion_in_the_rows_unit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        {
            "a.txt": "Dam\n\nThe river rose 6.2 metres on Sunday, the agency said.\n",
            "b.md": "# Notes\n\n| Measure | Value |\n|---|---|\n| Peak water level, Town | 20 ft (6.1 m) |\n",
            "c.txt": "Flood\n\nFlood water reached 7 metres in the old town.\n",
        },
    )
    [row] = [f for f in facts if f["label"] == "depth of the water"]
    assert {v["doc"]: (v["value"], v["unit"]) for v in row["values"]} == {
        "a": (6.2, "m"),
        "b": (6.1, "m"),
        "c": (7, "m"),
    }
