"""``facts --json`` on an earlier accident's toll written beside this story's (issue #16, round s36-u;
t13ab L18, the repro folder v26b as written, and variants of my own).

"A 1952 crash on the same line killed 11 people." and "…, the worst on the line since 1952, when 11
people were killed" made the death toll DISAGREE 7 vs 11, one article giving both, and the old
crash's year a bare ``year`` fact of this story. A year fused before an event noun with "a" ("a 1952
crash"), "since YEAR, when …" and "in YEAR, … in a similar …" name an earlier event whether or not
the article's date carries its year; this story's own year stays its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _rows(facts: list[dict[str, Any]], label: str) -> list[dict[str, Any]]:
    return [f for f in facts if f["label"] == label]


# the tester's repro/v26b: wire datelines without a year
V26B = {
    "b.txt": "Harnwick crash\n\nHARNWICK, March 3 (Eastpress) - Seven people were killed when a Westmarch Rail "
    "express derailed near Harnwick.\n",
    "d.txt": "Harnwick tragedy\n\nHARNWICK, March 4 (Westpost) - Seven people died in the Harnwick derailment. "
    "A 1952 crash on the same line killed 11 people.\n",
    "e.txt": "Harnwick history\n\nHARNWICK, March 4 (Northpost) - Seven people died in the Harnwick derailment, "
    "the worst on the line since 1952, when 11 people were killed.\n",
}
# variants: another story, dated articles with their year, other wordings
FLOOD = {
    "a.txt": "Orvale flood\n\nORVALE, June 9, 2026 (Nordwire) - Floods in Orvale killed 23 people on Sunday.\n",
    "b.txt": "Orvale toll\n\nORVALE, June 9, 2026 (Eastpress) - Floods killed 23 people in Orvale. "
    "A 1987 flood in the valley killed 40 people.\n",
    "c.txt": "Orvale history\n\nORVALE, June 10, 2026 (Southline) - The floods killed 23 people in Orvale, "
    "the deadliest in the region since 1987, when 40 people died.\n",
    "d.txt": "Orvale past\n\nORVALE, June 10, 2026 (Westpost) - Floods killed 23 people in Orvale. "
    "In 1987, 40 people died in a similar flood.\n",
}
MINE = {
    "a.txt": "Kessel mine\n\nKESSEL, May 2 (Nordwire) - Nine miners were killed in a blast at the Kessel pit.\n",
    "b.txt": "Kessel blast\n\nKESSEL, May 2 (Eastpress) - Nine miners died in the Kessel blast, the worst at the "
    "pit since 1974, when 31 miners were killed.\n",
    "c.txt": "Kessel record\n\nKESSEL, May 3 (Southline) - Nine miners died at Kessel. A 1974 explosion at the "
    "pit killed 31 miners.\n",
}


@pytest.mark.parametrize("files", [V26B, FLOOD, MINE], ids=["v26b", "flood-dated", "mine"])
def test_an_earlier_events_toll_is_no_value_of_this_storys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    facts = _facts(tmp_path, capsys, files)
    [toll] = _rows(facts, "death toll")
    assert toll["status"] == "agree", toll
    assert len({v["value"] for v in toll["values"]}) == 1  # 7, 23 or 9: this story's alone
    assert sorted(v["doc"] for v in toll["values"]) == sorted(n[:-4] for n in files)
    # the old event's year is no bare "year" of this story
    assert not [v for f in _rows(facts, "year") for v in f["values"] if v["value"] in (1952, 1987, 1974)]


def test_this_storys_own_year_stays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "in 2026" in an article of 2026 names no earlier event: its 31 is a value of the toll
    files = {
        "a.txt": "Orvale flood\n\nORVALE, June 9, 2026 (Nordwire) - Floods in Orvale killed 23 people on Sunday.\n",
        "b.txt": "Orvale toll\n\nORVALE, June 10, 2026 (Eastpress) - In 2026 alone, floods in Orvale killed 31 people.\n",
    }
    [toll] = _rows(_facts(tmp_path, capsys, files), "death toll")
    assert sorted(v["value"] for v in toll["values"]) == [23, 31]
