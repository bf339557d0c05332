"""A year-less date keeps its time and zone (acceptance s9b #7: "Updated: March 14 7:52 PM" was
2025-03-14 once its year came from the other articles, the time lost)."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.corpus import date_parse, date_values, dates
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

BODY = "The Nordline Shipping ferry capsized off Halvik, the coast guard said. Rescuers searched the water."


def test_the_reported_label_keeps_its_time_when_the_year_comes_from_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "t19.txt").write_text(f"Ferry capsizes\n\nUpdated: March 14 7:52 PM\n\n{BODY}\n", "utf-8")
    (tmp_path / "other.txt").write_text(f"Ferry sinks\n\nPosted: March 13, 2025\n\n{BODY}\n", "utf-8")
    assert Corpus.scan(tmp_path).article("t19").date == "--03-14T19:52"
    rows = {r["doc"]: r for r in Workspace(tmp_path).list_rows()}
    assert rows["t19"]["date"] == "2025-03-14T19:52"


def test_a_zone_is_kept_with_the_time_and_the_year_from_the_texts_own_dates() -> None:
    text = f"Halvik ferry\n\nPosted: 14 March 10:00 GMT\nUpdated: March 15, 2025\n\n{BODY}\n"
    found = dates.date_in_text(text)
    assert found is not None and found.iso == "2025-03-14T10:00+00:00"
    assert date_parse.parse("Mar 14 07:52 PM GMT+9") == "--03-14T19:52+09:00"


def test_a_yearless_time_stays_yearless_far_from_every_date_and_reads_as_written() -> None:
    iso = date_parse.parse("Sept 2, 6:30 am")
    assert iso == "--09-02T06:30"
    assert date_values.resolve_year(iso, ["2025-03-14"]) == iso  # six months away: no year
    assert date_values.readable(iso) == "2 Sep 06:30"
    assert date_values.resolve_year(iso, ["2025-08-30T12:00+00:00"]) == "2025-09-02T06:30"
    assert date_parse.parse("March 14") == "--03-14"  # no time: no time invented
