"""Dates exports write for machines (issue 17, acceptance s9b): GDELT's YYYYMMDDHHMMSS stamp
(`20250314103000`) was read as milliseconds, the year 2611; NewsAPI's removed articles carry
`1970-01-01T00:00:00Z`, a placeholder that stretched the timeline over 55 years. The reported
values and variants: the stamp as a number and as a CSV cell, the placeholder with and without
a zone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import epoch_iso, parse
from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("20250314103000", "2025-03-14T10:30:00+00:00"),
        ("19991231235959", "1999-12-31T23:59:59+00:00"),
        ("1741939200000", "2025-03-14T08:00:00+00:00"),  # 13 digits: still milliseconds
        ("20251399103000", None),  # no such day, and as milliseconds the year 2611: no date
    ],
)
def test_compact_stamps(value: str, iso: str | None) -> None:
    assert epoch_iso(value) == iso


@pytest.mark.parametrize("value", ["1970-01-01T00:00:00Z", "1970-01-01T00:00:00+00:00", "1970-01-01T00:00:00"])
def test_the_epoch_is_a_placeholder(value: str) -> None:
    assert parse(value) is None


def test_records_with_machine_dates(tmp_path: Path) -> None:
    records = [
        {"id": "g", "title": "Gdelt", "text": BODY, "date": 20250314103000},
        {"id": "r", "title": "[Removed]", "text": BODY, "publishedAt": "1970-01-01T00:00:00Z"},
    ]
    (tmp_path / "api.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("api#g").date == "2025-03-14T10:30:00+00:00"
    assert corpus.article("api#r").date is None
