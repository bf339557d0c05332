"""``facts --json``: an earlier event's toll is a row of its own, labelled by that event (issue #16,
round s38-x1; t13ae P6, the repro folders v8 and v26 as written, and variants of my own).

"A 1987 landslide in the same valley killed 31 people" and "The last big slide here, in 1987, killed
29" were read nowhere (rightly kept out of this story's toll, but a hidden disagreement 31 vs 29):
now ``death toll (1987 landslide)`` DISAGREE 31 · 29, never joining the current toll. "The death
toll of 12 is less than half the 29 who died in 1987" lost its 12: the 1987 after the comparison
is the 29's, the 12 this story's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _row(facts: list[dict[str, Any]], label: str) -> tuple[str, dict[str, int]]:
    rows = [f for f in facts if f["label"] == label]
    assert len(rows) == 1, [(f["label"], [(v["doc"], v["value"]) for v in f["values"]]) for f in facts]
    return rows[0]["status"], {v["doc"]: v["value"] for v in rows[0]["values"]}


# the tester's repro/v8, as written
V8 = {
    "tabloid.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Daily Blare) - The last big slide here, in 1987, killed 29.\n",
    "wire.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - A 1987 landslide in the same valley killed 31 people.\n",
}
# the tester's repro/v26, as written
V26 = {
    "a.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - The slide, which killed 12 people, is the deadliest in "
    "the valley since 1987, when 31 people died.\n",
    "b.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Courier) - Twelve people were killed. It is the worst disaster "
    "since a 1987 slide that left 31 dead.\n",
    "c.txt": "Brenzola\n\nBRENZOLA, Nov 9, 2026 (Herald) - The death toll of 12 is less than half the 29 who "
    "died in 1987.\n",
}
# variants: another story (a flood, a mine blast), other wordings
FLOOD = {
    "a.txt": "Orvale\n\nORVALE, June 9, 2026 (Nordwire) - Floods killed 23 people in Orvale on Sunday. A 1999 flood "
    "in the valley killed 40 people.\n",
    "b.txt": "Orvale\n\nORVALE, June 9, 2026 (Eastpress) - The floods killed 23 people. The last big flood here, "
    "in 1999, killed 44.\n",
}
MINE = {
    "a.txt": "Kessel\n\nKESSEL, May 2, 2026 (Nordwire) - Nine miners died in a blast at the Kessel pit. A 1974 "
    "explosion at the pit killed 31 miners.\n",
    "b.txt": "Kessel\n\nKESSEL, May 2, 2026 (Eastpress) - The toll of nine is far below the 33 miners killed in "
    "1974.\n",
}


def test_reported_v8_the_earlier_slides_toll_is_a_row_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = _facts(tmp_path, capsys, V8)
    assert _row(facts, "death toll (1987 landslide)") == ("disagree", {"wire": 31, "tabloid": 29})
    assert not [f for f in facts if f["label"] == "death toll"]


def test_reported_v26_the_current_toll_and_the_earlier_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, V26)
    assert _row(facts, "death toll") == ("agree", {"a": 12, "b": 12, "c": 12})
    status, values = _row(facts, "death toll (1987 landslide)")
    assert (status, values) == ("disagree", {"a": 31, "b": 31, "c": 29})


@pytest.mark.parametrize(
    ("files", "current", "earlier", "values"),
    [
        (FLOOD, {"a": 23, "b": 23}, "death toll (1999 flood)", {"a": 40, "b": 44}),
        (MINE, {"a": 9, "b": 9}, "death toll (1974 explosion)", {"a": 31, "b": 33}),
    ],
    ids=["flood", "mine"],
)
def test_an_earlier_events_toll_never_joins_the_current(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    current: dict[str, int],
    earlier: str,
    values: dict[str, int],
) -> None:
    facts = _facts(tmp_path, capsys, files)
    assert _row(facts, "death toll")[1] == current
    assert _row(facts, earlier) == ("disagree", values)
