"""``facts --json`` on a year whose event's verb stands before its object (issue #16, round s36-u;
t13ab L21, the repro folder v31 as written, and variants of my own).

"Engineers last checked the track on the curve three years ago" was a ``duration`` of 3 years: the
verb of the year's event ("checked" is "inspected") stands before the thing done to, and only the
word right before the year was read. The year of that event is the article's year less three, one
``year of inspection`` row with "last inspected in 2019" and "last year"."""

from __future__ import annotations

from pathlib import Path

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


V31 = {
    "a.txt": "Harnwick curve\n\nHARNWICK, March 3, 2026 (Nordwire) - Seven people died when an express derailed on a "
    "curve near Harnwick. The track on the curve was last inspected in 2019, the company said.\n",
    "b.txt": "Harnwick inspection\n\nHARNWICK, March 4, 2026 (Eastpress) - Seven people died when an express derailed "
    "near Harnwick. The curve was last inspected last year, according to Westmarch Rail.\n",
    "c.txt": "Harnwick checks\n\nHARNWICK, March 4, 2026 (Southline) - Seven people died in the Harnwick derailment. "
    "Engineers last checked the track on the curve three years ago.\n",
}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Engineers last checked the track on the curve three years ago.", 2023),  # reported
        # (the variants name the curve, as the other outlets do: another thing's inspection, "the
        # viaduct", "its bridges", is a row of its own, review s36-rv2 finding 3, round s36-y2)
        ("Inspectors checked the curve near Harnwick in 2021.", 2021),  # a written year
        ("The council last inspected the track on the curve two years ago, officials said.", 2024),
    ],
)
def test_an_events_verb_before_its_object_names_the_years_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, expected: int
) -> None:
    files = {
        **V31,
        "c.txt": V31["c.txt"].replace("Engineers last checked the track on the curve three years ago.", sentence),
    }
    facts = _facts(tmp_path, capsys, files)
    [row] = [f for f in facts if f["label"] == "year of inspection"]
    assert row["status"] == "disagree"
    assert {v["doc"]: v["value"] for v in row["values"]} == {"a": 2019, "b": 2025, "c": expected}
    assert not [f for f in facts if f["label"] in ("duration", "year")]
