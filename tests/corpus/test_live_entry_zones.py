"""A live blog's entry time keeps the zone its line writes (issue #16, t13af N10, round s38-y2):
"08:15 GMT", "09:15 CET", "09.15 GMT+1" are one moment, and the fact sheet dates each entry's value
with its zone (it dropped the zone: the CET and GMT+1 entries sorted an hour after the GMT one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import entry_times
from waic_reader.tui.cli.main import main


def _blog(first: str, later: str) -> str:
    return (
        f"Delmar blackout: live\nPosted: Jan 9, 2025\n\n{first}\nPower is out for 200,000 homes in Delmar, "
        f"the operator said.\n\n{later}\nPower is out for 150,000 homes, the operator said.\n"
    )


@pytest.mark.parametrize(
    ("first", "later", "times"),
    [
        ("08:15 GMT", "10:40 GMT", ["08:15+00:00", "10:40+00:00"]),
        ("09:15 CET", "11:40 CET", ["09:15+01:00", "11:40+01:00"]),
        ("09.15 GMT+1", "11.40 GMT+1", ["09:15+01:00", "11:40+01:00"]),
        ("17:05 JST", "19:30 JST", ["17:05+09:00", "19:30+09:00"]),
    ],
)
def test_entry_time_keeps_its_zone(first: str, later: str, times: list[str]) -> None:
    assert [t for _, t in entry_times(_blog(first, later))] == times


def test_entry_time_without_zone_is_unchanged() -> None:
    assert [t for _, t in entry_times(_blog("08:15", "10:40"))] == ["08:15", "10:40"]


def test_fact_sheet_dates_entries_in_their_zones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, (a, b) in {
        "gmt": ("08:15 GMT", "10:40 GMT"),
        "cet": ("09:15 CET", "11:40 CET"),
        "gmt1": ("09.15 GMT+1", "11.40 GMT+1"),
    }.items():
        (corpus / f"{name}.txt").write_text(_blog(a, b), encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    dates = {
        (v["doc"], v["date"], tuple(s["date"] for s in v["superseded"]))
        for f in json.loads(out)["facts"]
        for v in f["values"]
    }
    assert dates == {
        ("gmt", "2025-01-09T10:40+00:00", ("2025-01-09T08:15+00:00",)),
        ("cet", "2025-01-09T11:40+01:00", ("2025-01-09T09:15+01:00",)),
        ("gmt1", "2025-01-09T11:40+01:00", ("2025-01-09T09:15+01:00",)),
    }, dates
