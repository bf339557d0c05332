"""One order of dates everywhere, in every zone (issue 17, acceptance: whether the timeline and
the fact sheet put a day-only article before a timed one of the same day seemed to depend on
TZ). A day, or a time without a zone, is read in the local zone, as the dates are shown; so
the order may differ between zones, but `list --sort date`, `timeline` (its articles and
"first") and `facts` (a figure's values) always agree with each other and with the dates
shown."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "ap": ("AP", "2025-03-14", 12),  # a day only
    "reuters": ("Reuters", "2025-03-14T10:00:00+09:00", 14),  # 13 March 17:00 in Los Angeles
    "kyodo": ("Kyodo", "2025-03-14T23:30:00+09:00", 16),
    "nhk": ("NHK", "2025-03-14T00:30:00", 15),  # a time without a zone: local
}


@pytest.fixture(params=["UTC", "Asia/Tokyo", "America/Los_Angeles"])
def zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def cli(capsys: pytest.CaptureFixture[str], corpus: Path, ix: Path, *argv: str) -> dict:
    assert main(["--corpus", str(corpus), "--index-dir", str(ix), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_list_timeline_and_facts_agree(tmp_path: Path, zone: str, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for doc, (outlet, date, toll) in ARTICLES.items():
        (corpus / f"{doc}.md").write_text(
            f"---\ntitle: Quake report {doc}\ndate: {date}\noutlet: {outlet}\n---\n"
            f"A strong earthquake struck the north of the country overnight. At least {toll} people "
            "were killed, officials said.\n",
            "utf-8",
        )
    ix = tmp_path / "ix"
    listed = [r["doc"] for r in cli(capsys, corpus, ix, "list", "--sort", "date")["articles"]]
    timeline = cli(capsys, corpus, ix, "timeline")
    in_time = [a["doc"] for a in timeline["articles"]]
    toll = next(f for f in cli(capsys, corpus, ix, "facts")["facts"] if f["label"] == "death toll")
    by_value = {v["value"]: v["doc"] for v in toll["values"]}
    assert listed == in_time
    assert [by_value[n] for n in (v["value"] for v in toll["values"])] == in_time
    first = timeline["first"]["death toll"]
    if zone == "America/Los_Angeles":
        assert in_time[0] == "reuters"  # 10:00 in Tokyo is the evening before in Los Angeles
        assert first == {"doc": "reuters", "date": ARTICLES["reuters"][1], "tied": []}
    else:
        # AP's day-only 14 March cannot be ordered against NHK's 00:30 that day: the earliest
        # timed report is first, AP tied with it
        assert in_time[0] == "nhk"
        assert first == {"doc": "nhk", "date": ARTICLES["nhk"][1], "tied": ["ap"]}
    # A day-only date counts at its day's end (it may have been written at any time of it):
    # after every timed report of 14 March, in every zone (t13d fault 6).
    assert in_time[-1] == "ap"
