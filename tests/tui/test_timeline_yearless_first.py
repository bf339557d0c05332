"""In a corpus whose dates all lack a year, "first", its ties and a figure's changes follow the
days and months the axis places the articles by (acceptance #17 after s13, fault 2): later days
were "tied" with the first, and the figure's 3 → 5 → 7 was listed as undated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.timeline import Sighting, Subject
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.timeline import subject_detail

pytestmark = pytest.mark.usefixtures("utc")  # times shown and bucketed in UTC (tests/conftest.py)

BOATS = {  # the reported shape: datelines with a day and month, no year anywhere
    "a.txt": "Ferry toll rises\n\nOSLAND, March 14 (Reuters) - Rescuers said 3 boats sank off the coast of Osland.\n",
    "b.txt": "Ferry toll climbs\n\nOSLAND, March 15 (AP) - Rescuers said 5 boats sank off the coast of Osland.\n",
    "c.txt": "Ferry toll grows\n\nOSLAND, March 16 (AFP) - Rescuers said 7 boats sank off the coast of Osland.\n",
}
# variants: labelled stamps with times (listed in another order), and two on the same day
STAMPS = {
    "z.txt": "Harbour toll\n\nPosted: March 15 9:10 AM\n\nRescuers said 5 boats sank off the coast of Osland.\n",
    "y.txt": "Harbour toll\n\nUpdated: March 14 7:52 PM\n\nRescuers said 3 boats sank off the coast of Osland.\n",
    "x.txt": "Harbour toll\n\nPosted: April 2 8:00 AM\n\nRescuers said 7 boats sank off the coast of Osland.\n",
}
SAME_DAY = {
    **BOATS,
    "d.txt": "Ferry toll rises again\n\nOSLAND, March 14 (Kyodo) - Rescuers said 3 boats sank off the coast of Osland.\n",
}


def run(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--corpus", str(root), "--index-dir", str(root.parent / "ix"), "timeline", *args]) == 0
    return capsys.readouterr().out


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


@pytest.mark.parametrize(
    ("files", "first", "tied", "changed"),
    [
        (BOATS, "a", [], "3 (Reuters, 14 Mar)  →  5 (AP, 15 Mar)  →  7 (AFP, 16 Mar)"),
        (STAMPS, "y", [], "3 (y, 14 Mar 19:52)  →  5 (z, 15 Mar 09:10)  →  7 (x, 2 Apr 08:00)"),
        (SAME_DAY, "a", ["d"], "3 (Reuters, 14 Mar; or Kyodo: 14 Mar)  →  5 (AP, 15 Mar)"),
    ],
)
def test_first_and_changes_follow_the_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], first: str, tied: list[str], changed: str
) -> None:
    root = write(tmp_path / "c", files)
    data = json.loads(run(root, capsys, "--json"))
    assert data["first"]["boats"]["doc"] == first
    assert data["first"]["boats"]["tied"] == tied
    text = run(root, capsys)
    assert changed in text
    assert "undated:" not in text


def test_the_screen_says_changed_not_undated() -> None:
    sightings = [
        Sighting("a", "--03-14", "Reuters", 0, 7, "3 boats", "3", "3"),
        Sighting("b", "--03-15", "AP", 0, 7, "5 boats", "5", "5"),
        Sighting("c", "--03-16", "AFP", 0, 7, "7 boats", "7", "7"),
    ]
    said = subject_detail(Subject("boats", "fact", sightings=sightings, yearless=True)).plain
    assert "Changed: 3 (Reuters, 14 Mar) → 5 (AP, 15 Mar) → 7 (AFP, 16 Mar)" in said
    assert "Or first" not in said
    assert "Undated" not in said
