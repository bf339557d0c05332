"""Years no article has (0001, 9999) are no date (review s10: a front matter `date: 0001-01-01` made
`list --sort date` and `timeline` exit 1 with "year 0 is out of range" for the whole corpus, and
the chart overflowed on 9999-12-31 in New York). Such a value in metadata is said and ignored, and
one read back from a cache or a record orders as undated."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.timeline import Timeline, TimelineArticle
from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.date_values import as_datetime, readable, sort_key
from waic_reader.tui.cli.main import main
from waic_reader.tui.widgets.timeline_layout import layout

BODY = "The council voted on Friday to approve the new ferry service for the bay area today."


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1066-10-14", "2150-01-01T10:00Z"])
def test_out_of_range_years_are_no_article_date(value: str) -> None:
    assert parse(value) is None


@pytest.mark.parametrize(
    "value", ["0001-01-01", "0001-01-01T00:30+05:00", "9999-12-31", "9999-12-31T20:00-05:00", "9999-12"]
)
def test_values_read_back_never_raise(value: str) -> None:
    # a cached row or a record may carry them: ordered (undated where the clock does not reach), shown
    assert as_datetime(value) is not None
    sort_key(value)
    assert readable(value)


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_the_corpus_lists_and_orders(tmp_path: Path, capsys: pytest.CaptureFixture[str], date: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "old.md").write_text(f"---\ntitle: Old one\ndate: {date}\n---\n{BODY}\n", "utf-8")
    (corpus / "new.txt").write_text(f"Ferry news\n\nMarch 15, 2025\n\n{BODY}\n", "utf-8")
    base = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "i")]
    assert main([*base, "list", "--sort", "date", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert [r["doc"] for r in rows] == ["new", "old"] and rows[1]["date"] is None
    assert any("date" in n for n in rows[1]["notes"])
    assert main([*base, "timeline", "--json"]) == 0


@pytest.mark.usefixtures("utc")
def test_the_chart_takes_extreme_years_read_back() -> None:
    for dates in (
        ["9999-12-30", "9999-12-31T20:00"],
        ["0001-01-02", "0001-01-03"],
        ["2025-03-14T10:00Z", "0001-01-01"],
    ):
        layout(Timeline([TimelineArticle(f"d{i}", d, None, "t") for i, d in enumerate(dates)], {}), 80)
