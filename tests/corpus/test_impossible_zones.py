"""UTC offsets no clock uses (issue 17, acceptance tester: "GMT+15" was kept as a zone): the
date and time are kept as written, without the zone, as for an ambiguous zone name."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("March 14, 2025 7:52 PM GMT+15", "2025-03-14T19:52"),  # the reported value
        ("March 14, 2025 7:52 PM GMT-13", "2025-03-14T19:52"),
        ("2025-03-14T19:52:00+15:00", "2025-03-14T19:52:00"),  # an ISO offset past +14:00
        ("2025-03-14T19:52+14:30", "2025-03-14T19:52"),
        # 24 hours or more: Python cannot represent it (parse raised ValueError before).
        ("Fri, 14 Mar 2025 07:52:00 +2500", "2025-03-14T07:52:00"),
        ("2025-03-14T19:52:00+99:00", "2025-03-14T19:52:00"),
    ],
)
def test_an_impossible_offset_leaves_the_time_without_a_zone(value: str, iso: str) -> None:
    assert parse(value) == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("March 14, 2025 7:52 PM GMT+14", "2025-03-14T19:52+14:00"),  # Kiribati's Line Islands
        ("2025-03-14T19:52-12:00", "2025-03-14T19:52-12:00"),  # Baker Island
        ("March 14, 2025 7:52 PM GMT+5:45", "2025-03-14T19:52+05:45"),  # Nepal
    ],
)
def test_the_offsets_clocks_use_are_kept(value: str, iso: str) -> None:
    assert parse(value) == iso


def test_an_article_dated_in_gmt_plus_15(tmp_path: Path) -> None:
    text = "Ferry plan\n\nMarch 14, 2025 7:52 PM GMT+15\n\nThe council voted for the ferry plan on Friday.\n"
    found = date_in_text(text)
    assert found is not None and found.iso == "2025-03-14T19:52"
    (tmp_path / "far.txt").write_text(text, "utf-8")
    (tmp_path / "rec.jsonl").write_text('{"text": "Ferry text.", "date": "2025-03-14T08:00:00+16:00"}\n', "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("far").date == "2025-03-14T19:52"
    assert corpus.article("rec#1").date == "2025-03-14T08:00:00"
