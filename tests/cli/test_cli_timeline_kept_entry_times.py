"""A live blog's values are placed at their entries' times by every timeline, the second (read
from the kept figures: the index, figures.json) as the first: the earlier entries' values were
read back without a date and put at the blog's last update, so a second ``timeline`` made a wire
first and listed the blog's "07:30 Three dead" at 21:45 (t13p F13: "Andean Times (3 Jun 2026
21:45), Andean Times (3 Jun 2026 21:45), Andean Times (3 Jun 2026 21:45)")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

NEWEST_FIRST = (
    "Dam collapse: live updates\n\nValley Times live blog · updated June 3, 2026\n\n"
    "16:45 Death toll rises to seven\nThe death toll has risen to seven, officials say.\n\n"
    "12:10 Five confirmed dead\nFive people are now confirmed dead, officials say.\n\n"
    "07:30 Three dead\nThree people have been killed, according to the fire service.\n"
)
OLDEST_FIRST = (
    "Quake: as it happened\n\nHarbour Post live coverage\n\n"
    "07:30 First reports\nThree people have been killed in the quake, the fire brigade said.\n\n"
    "12:10 Toll rises\nThe death toll has risen to five, the mayor said.\n\n"
    "16:45 Seven dead\nSeven people are now confirmed dead, officials said.\n"
)
WIRE = "Dam bursts\n\nA dam burst early on Wednesday, killing four people, officials said.\n"


def corpus(root: Path, blog: str, date: str) -> Path:
    root.mkdir()
    (root / "blog.txt").write_text(blog, "utf-8")
    (root / "wire.txt").write_text(WIRE, "utf-8")
    (root / "corpus.yaml").write_text(
        "articles:\n"
        f"  blog.txt:\n    outlet: Valley Times\n    date: {date}\n"
        "  wire.txt:\n    outlet: Reuters\n    date: 2026-06-03T10:00:00Z\n",
        "utf-8",
    )
    return root


def toll(root: Path, ix: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Any, list[tuple[str, str, str]]]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "timeline", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    steps = [(s["value"], s["doc"], s["date"][:16]) for s in data["changes"]["death toll"]]
    return data["first"]["death toll"]["doc"], steps


@pytest.mark.parametrize(
    ("blog", "date"),
    [
        (NEWEST_FIRST, "2026-06-03T21:45:00Z"),  # the reported shape: newest entry first, a last update
        (OLDEST_FIRST, "2026-06-03T21:45:00Z"),
        (NEWEST_FIRST, "2026-06-03T18:00:00+00:00"),
    ],
    ids=["newest-first", "oldest-first", "other-update"],
)
def test_second_timeline_places_entries_as_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], blog: str, date: str
) -> None:
    root = corpus(tmp_path / "c", blog, date)
    expected = (
        "blog",
        [
            ("3", "blog", "2026-06-03T07:30"),
            ("4", "wire", "2026-06-03T10:00"),
            ("5", "blog", "2026-06-03T12:10"),
            ("7", "blog", "2026-06-03T16:45"),
        ],
    )
    assert toll(root, tmp_path / "ix", capsys) == expected
    assert toll(root, tmp_path / "ix", capsys) == expected  # from the kept figures
