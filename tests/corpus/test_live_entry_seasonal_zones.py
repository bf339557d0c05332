"""A live blog's entry time in a US zone written without its season ("8:05 a.m. ET", "CT", "MT",
"PT") is daylight or standard time by the entry's day, as the article's own date from the same
kind of line is (issue #14/#16, t13al-r S3): May's "8:05 a.m. ET" entries were read as -05:00 (a
January day's offset) under an article dated -04:00, so a blog's first value sorted an hour after
the article it came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import entry_times
from waic_reader.tui.cli.main import main

# The reported blog (t13alr variants/N9/b): each entry under a line of its date and time.
_REPORTED = (
    "Tram strike – as it happened\n"
    "May 12, 2026 8:05 a.m. ET\nDrivers walked out at dawn. About 900 drivers joined the strike.\n\n"
    "May 12, 2026 10:30 a.m. ET\nThe city offered a 4% pay rise.\n\n"
    "May 12, 2026 1:45 p.m. ET\nTalks collapsed after 3 hours.\n"
)


def _time_alone(first: str, later: str) -> str:
    # Entries under a time alone, the day on the article's own "Posted:" line.
    return (
        "Grain port fire: live\nPosted: July 3, 2026\n\n"
        f"{first}\nCrews are fighting a fire at the grain port, officials said.\n\n"
        f"{later}\nAbout 40 homes were evacuated near the port, officials said.\n"
    )


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (_REPORTED, ["2026-05-12T08:05-04:00", "2026-05-12T10:30-04:00", "2026-05-12T13:45-04:00"]),
        # the day after the second Sunday of March 2026 (the 8th): PT is already PDT
        (
            _REPORTED.replace("May 12, 2026", "March 9, 2026").replace("ET", "PT"),
            ["2026-03-09T08:05-07:00", "2026-03-09T10:30-07:00", "2026-03-09T13:45-07:00"],
        ),
    ],
    ids=["reported-et-may", "pt-after-march-switch"],
)
def test_dated_entry_takes_its_days_offset(text: str, times: list[str]) -> None:
    assert [t for _, t in entry_times(text)] == times


def test_winter_entries_keep_standard_time() -> None:
    # The first Sunday of November 2026 is the 1st: the 2nd is standard time again.
    text = _REPORTED.replace("May 12, 2026", "November 2, 2026").replace("ET", "MT")
    assert [t for _, t in entry_times(text)] == [
        "2026-11-02T08:05-07:00",
        "2026-11-02T10:30-07:00",
        "2026-11-02T13:45-07:00",
    ]


def test_fact_sheet_dates_entries_by_their_days_offset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "live.txt").write_text(_REPORTED, encoding="utf-8")
    # a time alone, read on the article's day ("Posted: July 3, 2026"): July's CT is CDT
    (corpus / "port.txt").write_text(_time_alone("9:10 a.m. CT", "11:25 a.m. CT"), encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    dates = {v["text"]: v["date"] for f in json.loads(out)["facts"] for v in f["values"]}
    assert dates["About 900 drivers"] == "2026-05-12T08:05-04:00"  # the article's own date (list)
    assert dates["3 hours"] == "2026-05-12T13:45-04:00"
    assert dates["About 40 homes"] == "2026-07-03T11:25-05:00"
