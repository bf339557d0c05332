"""Lane names are cut and padded by terminal cells, after control characters became stand-ins:
a CJK outlet's name (two cells a character) and one holding U+202E (shown as ``<U+202E>``) ran
past the label column, so their lanes wrapped or sat a column off the axis (acceptance s12b)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from snapshot_app import make_app, settle

from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import LANE_LABEL, lane_label, lane_labels

OUTLETS = ["新华社新华社新华社新华社", "Outlet\u202eRTL", "😀 Emoji News", "Reuters", "A very long outlet name indeed"]


@pytest.mark.parametrize("name", OUTLETS)
def test_a_lane_label_is_as_wide_as_the_column(name: str) -> None:
    label = lane_label(name)
    assert cell_len(label) == LANE_LABEL
    assert "\u202e" not in label


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_every_lane_meets_the_axis_in_one_column(tmp_path: Path, size: tuple[int, int]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    records = [
        {
            "id": f"r{i}",
            "title": f"Ferry report {i}",
            "source": outlet,
            "published": f"2025-03-1{i}T08:00:00Z",
            "text": f"The ferry service resumed on day {i} after repairs to the pier, officials said.",
        }
        for i, outlet in enumerate(OUTLETS)
    ]
    (root / "r.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        chart = app.screen.query_one(TimelineChart)
        lines = chart.render().plain.splitlines()
        lanes = [line for line in lines if "│" in line][: len(OUTLETS)]
        assert len(lanes) == len(OUTLETS)
        assert {cell_len(line[: line.index("│")]) for line in lanes} == {LANE_LABEL + 1}


def test_long_names_that_share_their_start_keep_distinct_labels() -> None:
    # reported: "Outlet number 0 with a very long name indeed" … ×21 made 21 equal labels
    names = [f"Outlet number {i} with a very long name indeed " + "x" * i for i in range(21)]
    labels = lane_labels(names)
    assert len(set(labels)) == 21
    assert all(cell_len(label) == LANE_LABEL for label in labels)


def test_names_that_differ_in_the_middle_or_by_wide_characters_stay_apart() -> None:
    # variants: a difference only mid-name, the middle cut alone keeps it apart; CJK names
    # whose cut ends are the same
    mid = ["The Daily Harbour Morning Edition Times", "The Daily Harbour Evening Edition Times"]
    wide = ["新华社新华社新华社新华社新华社一", "新华社新华社新华社新华社新华社二", "Reuters", "Reuters"]
    for names in (mid, wide):
        labels = lane_labels(names)
        assert len({label for label, name in zip(labels, names, strict=True)}) == len(set(names))
        assert all(cell_len(label) == LANE_LABEL for label in labels)
    assert lane_labels(["Reuters", "Reuters"]) == [lane_label("Reuters")] * 2  # one name, one label
    assert lane_label("updates#entry-12 of the long feed").startswith("updates#")  # both ends kept
