"""A date without a time is its whole day, counted at the day's end (it may have been written at
any time of it): the library's date sort and `list --sort date` put "15 Mar 2025" after
"15 Mar 2025 09:00", as the timeline and the fact sheet order reports (t13d fault 6: the library
put the day-only date first, at its midnight). One order everywhere: `list` and `timeline` agree.
The reported pair and two variants (a month-only date; a day-only date and a late-evening time in
another zone)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")  # dates read in UTC (tests/conftest.py)

CASES = [
    (  # reported: a day-only date and a timed one on that day
        {"herald-003": "2025-03-15", "gazette-004": "2025-03-15T09:00:00", "wire-001": "2025-03-14T07:10:00"},
        ["wire-001", "gazette-004", "herald-003"],
    ),
    (  # variant: a month-only date is its whole month, after that month's timed reports
        {"almanac": "2024-11", "bulletin": "2024-11-28T18:45:00", "courier": "2024-12-01"},
        ["bulletin", "almanac", "courier"],
    ),
    (  # variant: 23:30 in Auckland is 10:30 UTC that day; the day-only date after it
        {"tidewatch": "2026-07-09", "kiwi-wire": "2026-07-09T23:30:00+12:00", "late-desk": "2026-07-09T22:15:00Z"},
        ["kiwi-wire", "late-desk", "tidewatch"],
    ),
]


def corpus_of(root: Path, dates: dict[str, str]) -> Path:
    root.mkdir()
    meta = ["articles:"]
    for doc, date in dates.items():
        (root / f"{doc}.txt").write_text(f"Sluice report {doc}\n\nThe Varnby sluice gate held overnight.\n", "utf-8")
        meta += [f"  {doc}.txt:", f"    date: '{date}'"]
    (root / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    return root


@pytest.mark.parametrize(("dates", "order"), CASES)
def test_list_sort_date_counts_a_day_only_date_at_its_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dates: dict[str, str], order: list[str]
) -> None:
    corpus = corpus_of(tmp_path / "c", dates)
    argv = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    assert main([*argv, "list", "--sort", "date", "--json"]) == 0
    listed = [r["doc"] for r in json.loads(capsys.readouterr().out)["articles"]]
    assert listed == order
    assert main([*argv, "timeline", "--json"]) == 0
    assert [a["doc"] for a in json.loads(capsys.readouterr().out)["articles"]] == order
