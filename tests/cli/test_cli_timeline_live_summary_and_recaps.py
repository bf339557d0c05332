"""Who named a person first, read from a live blog's summary and from a recap (review s36-rv2
findings 11 and 12, round s36-z).

11: the text above a blog's first entry (a "Key points" summary) has no entry's time: it was ranked
before every entry ("" sorts before "HH:MM"), so the blog's 08:05 mention lost to its own summary,
dated by the blog's last update (17:00), and the wire's 09:00 was first. Mentions are compared by
their dated time: an entry's time, the article's own time outside entries.

12: any article with time-stamped paragraphs was a live blog, so a recap published at 20:00 ("How
the gas leak unfolded", "14:30 - Plant manager Olaf Lind ordered …") was credited with naming him
at 14:30. Entries are writing times only in an article that says it is live or runs newest first."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.facts.extract import live_entries
from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def write(root: Path, files: dict[str, tuple[str, str, str]]) -> Path:
    """``files``: name → (text, outlet, date)."""
    root.mkdir()
    yaml = "articles:\n"
    for name, (text, outlet, date) in files.items():
        (root / name).write_text(text, "utf-8")
        yaml += f"  {name}:\n    outlet: {outlet}\n    date: {date}\n"
    (root / "corpus.yaml").write_text(yaml, "utf-8")
    return root


def firsts(root: Path, index: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), "timeline", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data["first"]


# finding 11: reported (rv2-tmp/tl1) and a variant (another name, a standfirst, entries on their own lines)
WIRE_11 = (
    "Hospital hit by cyber-attack\n\nKESTERBRIDGE (Nordwire) - A cyber-attack crippled Velmont General "
    "Hospital on Thursday. Health Minister Aurelia Stanning told reporters the outage could last a day.\n"
)
BLOG_11 = (
    "Hospital attack: live\n\nValley Times live blog\n\n"
    "Key points: Health Minister Aurelia Stanning has promised that patients are safe. The hospital's "
    "systems are still down.\n\n"
    "16:45 - Health Minister Aurelia Stanning said again that patients were safe.\n\n"
    "12:10 - The hospital said its systems were still down.\n\n"
    "08:05 - Health Minister Aurelia Stanning said the government was ready to help.\n"
)
WIRE_11B = (
    "Dam breach floods valley\n\nORLEN (Eastpress) - The Varde dam gave way on Friday. Regional governor "
    "Maksim Telleborg ordered the evacuation of three villages.\n"
)
BLOG_11B = (
    "Varde dam breach - live updates\n\n"
    "Regional governor Maksim Telleborg has ordered three villages evacuated; rescuers are on the way.\n\n"
    "18.30 CET\nRescue boats reached the last village.\n\n"
    "11.15 CET\nThe water is still rising, the army said.\n\n"
    "07.40 CET\nRegional governor Maksim Telleborg ordered the evacuation of three villages.\n"
)
CASES_11 = {
    "reported": (WIRE_11, BLOG_11, "2026-03-12T09:00:00", "2026-03-12T17:00:00", "Aurelia Stanning", "08:05"),
    # (its entries' "07.40 CET" keeps its zone: t13af N10, round s38-y2)
    "standfirst": (WIRE_11B, BLOG_11B, "2026-03-13T10:00:00", "2026-03-13T19:00:00", "Maksim Telleborg", "07:40+01:00"),
}


@pytest.mark.parametrize("case", list(CASES_11))
@pytest.mark.parametrize("indexed", [False, True], ids=["folder", "index"])
def test_a_blogs_summary_is_dated_by_the_blog_not_before_its_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str, indexed: bool
) -> None:
    wire, blog, wire_date, blog_date, name, clock = CASES_11[case]
    root = write(
        tmp_path / "c", {"wire.txt": (wire, "Nordwire", wire_date), "blog.txt": (blog, "Valley Times", blog_date)}
    )
    index = tmp_path / "ix"
    if indexed:
        assert main(["--corpus", str(root), "--index-dir", str(index), "index"]) == 0
    for _run in range(2):  # the second from what the first kept
        first = firsts(root, index, capsys)
        assert first[name]["doc"] == "blog", first[name]
        assert first[name]["date"] == f"{blog_date[:10]}T{clock}", first[name]


# finding 12: reported (rv2-tmp/tl3) and variants (another story, times alone on their lines)
WIRE_12 = (
    "Plant evacuated after gas leak\n\nKELLBY (Nordwire) - A chemical plant in Kellby was evacuated on "
    "Tuesday after a gas leak. Plant manager Olaf Lind ordered all 300 workers out, the company said.\n"
)
RECAP_12 = (
    "How the Kellby gas leak unfolded\n\nThe Evening Post\n\n"
    "A gas leak forced the evacuation of the Kellby chemical plant on Tuesday. Here is how the day unfolded.\n\n"
    "14:05 - An alarm sounded in the plant's main hall.\n\n"
    "14:30 - Plant manager Olaf Lind ordered all 300 workers out of the building.\n\n"
    "16:10 - Firefighters said the leak had been sealed.\n"
)
WIRE_12B = (
    "Ferry runs aground\n\nSKARHOLT (Nordwire) - A ferry ran aground off Skarholt on Monday. Captain "
    "Ingrid Valsø told passengers to stay calm as 120 people waited on deck.\n"
)
RECAP_12B = (
    "Timeline: a day on the rocks off Skarholt\n\n"
    "The Skarholt ferry ran aground in the morning and was freed at night.\n\n"
    "09.50\nThe ferry struck a sandbank in fog.\n\n"
    "10.20\nCaptain Ingrid Valsø told passengers to stay calm as 120 people waited on deck.\n\n"
    "22.15\nTugs pulled the ferry free.\n"
)
CASES_12 = {
    "reported": (WIRE_12, RECAP_12, "2026-07-14T15:00:00", "2026-07-14T20:00:00", "Olaf Lind"),
    "lines": (WIRE_12B, RECAP_12B, "2026-06-01T13:00:00", "2026-06-01T23:30:00", "Ingrid Valsø"),
}


@pytest.mark.parametrize("case", list(CASES_12))
def test_a_recaps_times_are_no_writing_times(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    wire, recap, wire_date, recap_date, name = CASES_12[case]
    root = write(
        tmp_path / "c",
        {"wire.txt": (wire, "Nordwire", wire_date), "recap.txt": (recap, "The Evening Post", recap_date)},
    )
    first = firsts(root, tmp_path / "ix", capsys)
    assert first[name]["doc"] == "wire", first[name]
    assert live_entries(recap) == []


@pytest.mark.parametrize(
    "text",
    [
        # says it is live: a badge line, "as it happened", a title ending in "live"
        "Storm hits coast\n\nLive\n\n09:10 - Winds reached 120 km/h, forecasters said.\n\n"
        "10:30 - Two roads were closed by police.\n",
        "Storm hits coast: as it happened\n\n09:10 - Winds reached 120 km/h, forecasters said.\n\n"
        "10:30 - Two roads were closed by police.\n",
        # says nothing, but runs newest first
        "Storm hits coast\n\n10:30 - Two roads were closed by police.\n\n"
        "09:10 - Winds reached 120 km/h, forecasters said.\n",
    ],
)
def test_a_blog_that_says_so_or_runs_newest_first_keeps_its_entries(text: str) -> None:
    assert [t for _a, t in live_entries(text)] in (["09:10", "10:30"], ["10:30", "09:10"])
