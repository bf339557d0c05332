"""The bulk of a timeline's dates (timeline.bulk_range, Timeline.bulk, ``timeline --json``
``range``): a stray date is set apart (acceptance s11: a 2099 or a 1990 among a week of coverage
flattened the chart), real coverage never is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.timeline import Bulk, bulk_range
from waic_reader.tui.cli.main import main

DAY = 86400.0
YEAR = 365 * DAY
WEEK = [d * DAY + h * 3600 for d in range(7) for h in (8, 15)]  # 14 articles over a week


def test_a_stray_year_after_a_week_is_set_apart() -> None:
    assert bulk_range([*WEEK, 74 * YEAR]) == Bulk(WEEK[0], WEEK[-1], 0, 1)


def test_strays_on_both_sides_are_set_apart() -> None:
    assert bulk_range([-35 * YEAR, *WEEK, 74 * YEAR, 75 * YEAR]) == Bulk(WEEK[0], WEEK[-1], 1, 2)


@pytest.mark.parametrize(
    "moments",
    [
        [*WEEK, WEEK[-1] + 5 * DAY],  # a follow-up five days on
        [i * YEAR for i in range(12)],  # a corpus spread evenly over years
        [0.0, 3600.0, 9 * DAY],  # three articles: too few to call one astray
        [0.0, 60.0, 120.0, 180.0, 9 * DAY],  # an hour's burst and a follow-up nine days on
    ],
)
def test_real_coverage_is_kept_whole(moments: list[float]) -> None:
    assert bulk_range(moments) == Bulk(min(moments), max(moments), 0, 0)


def test_no_dates_no_bulk() -> None:
    assert bulk_range([]) is None


def _corpus(root: Path, extra: list[tuple[str, str]]) -> Path:
    root.mkdir()
    rows = [(f"w{i}", f"2025-07-{14 + i // 2:02d}T{8 + 7 * (i % 2):02d}:00:00Z") for i in range(14)] + extra
    (root / "dump.jsonl").write_text(
        "\n".join(
            json.dumps({"id": i, "title": f"Story {i}", "outlet": "AP", "date": d, "text": "The ferry sank."})
            for i, d in rows
        )
        + "\n",
        "utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ([("typo", "2099-07-16T09:00:00Z")], (0, 1)),
        ([("old", "1990-03-02")], (1, 0)),
        ([], (0, 0)),
    ],
)
def test_timeline_json_says_the_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[tuple[str, str]], expected: tuple[int, int]
) -> None:
    root = _corpus(tmp_path / "c", extra)
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "timeline", "--json"]) == 0
    span = json.loads(capsys.readouterr().out)["range"]
    assert (span["start"], span["end"]) == ("2025-07-14T08:00:00+00:00", "2025-07-20T15:00:00+00:00")
    assert (span["before"], span["after"]) == expected
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "timeline"]) == 0
    said = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("Most articles:")]
    assert len(said) == (1 if any(expected) else 0)


def test_timeline_json_range_is_null_without_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text("Ferry sinks\n\nThe ferry sank off the coast, officials said.\n", "utf-8")
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "timeline", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["range"] is None
