"""A live blog whose entries open with a date and a time on a line of their own ("11 Mar 2026 08.05
GMT", as some outlets stamp each entry) is read by its entries' times (issue #16, t13al N9): each
figure was dated by the first entry's time (the article's date read from it), so a value written
at 12:15 sorted before another outlet's 10:00. One such line alone is a stamp, no entries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import entry_times
from waic_reader.tui.cli.main import main


def _blog(first: str, later: str) -> str:
    return (
        "Veltra Bank collapse – live updates\n\n"
        f"{first}\nDe Nederlandsche Bank has taken control of Veltra, a spokesperson said.\n\n"
        f"{later}\nAbout 400,000 depositors are affected, the spokesperson said.\n"
    )


@pytest.mark.parametrize(
    ("first", "later", "times"),
    [
        (
            "11 Mar 2026 08.05 GMT",
            "11 Mar 2026 10.41 GMT",
            ["2026-03-11T08:05+00:00", "2026-03-11T10:41+00:00"],
        ),  # the reported form
        (
            "March 11, 2026 8:05 a.m. EST",
            "March 11, 2026 10:41 a.m. EST",
            ["2026-03-11T08:05-05:00", "2026-03-11T10:41-05:00"],
        ),
        ("Wednesday 11 March 2026, 09:05", "Wednesday 11 March 2026, 11:41", ["2026-03-11T09:05", "2026-03-11T11:41"]),
    ],
    ids=["reported", "us-am-zone", "weekday-no-zone"],
)
def test_dated_entry_stamps_are_entries(first: str, later: str, times: list[str]) -> None:
    assert [t for _, t in entry_times(_blog(first, later))] == times


def test_one_dated_stamp_is_no_entry() -> None:
    # An article's own stamp over its text: one line, no live blog.
    text = "Veltra Bank collapses\n\n11 Mar 2026 08.05 GMT\nDe Nederlandsche Bank took control of Veltra.\n"
    assert entry_times(text) == []


def test_time_lines_stay_the_entries_beside_a_dated_stamp() -> None:
    # A blog of time-alone entries under its own dated stamp: the entries are the times alone.
    text = _blog("10:05", "11:41").replace("updates\n\n", "updates\n11 Mar 2026 09.00 GMT\n\n", 1)
    assert [t for _, t in entry_times(text)] == ["10:05", "11:41"]


def test_fact_sheet_dates_each_value_by_its_entry(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "blog.txt").write_text(_blog("11 Mar 2026 08.05 GMT", "11 Mar 2026 10.41 GMT"), encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    dates = {v["text"]: v["date"] for f in json.loads(out)["facts"] for v in f["values"]}
    assert dates["About 400,000 depositors"] == "2026-03-11T10:41+00:00"


# Review s45-rv finding 9: the line's own date was dropped, so an election night's "8 May 2026 01.15
# BST" in a blog dated 7 May was dated 7 May 01:15, before the blog began. The reported night and two
# of ours: a US blog past midnight, a blog over a month's end.
@pytest.mark.parametrize(
    ("first", "later", "date"),
    [
        ("7 May 2026 23.40 BST", "8 May 2026 01.15 BST", "2026-05-08T01:15+01:00"),
        ("May 7, 2026 11:40 p.m. EDT", "May 8, 2026 1:15 a.m. EDT", "2026-05-08T01:15-04:00"),
        ("31 Mar 2026 22.05 BST", "1 Apr 2026 00.30 BST", "2026-04-01T00:30+01:00"),
    ],
    ids=["reported-midnight", "us-midnight", "month-end"],
)
def test_an_entry_after_midnight_keeps_its_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, later: str, date: str
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "blog.txt").write_text(_blog(first, later), encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    dates = {v["text"]: v["date"] for f in json.loads(out)["facts"] for v in f["values"]}
    assert dates["About 400,000 depositors"] == date
