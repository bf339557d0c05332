"""A time after the date's comma and "at" (issue 17, acceptance s9: c3/v01.txt, AP style
"Mar. 15, 2025, at 7:52 a.m. ET", gave 2025-03-15 only, while "March 15, 2025 7:52 a.m. ET"
kept its time): a comma and then "at" or "@" join date and time as either does alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus

BODY = "The Osaka quake story body, with more about the rescue teams in the northern districts."


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Mar. 15, 2025, at 7:52 a.m. ET", "2025-03-15T07:52-04:00"),  # the reported stamp
        ("Posted: Sat, 15 Mar 2025, at 19:52 GMT", "2025-03-15T19:52+00:00"),  # after a label
        ("Published March 15, 2025, @ 7:52 p.m.", "2025-03-15T19:52"),
        ("Posted: 15/03/2025, at 19:52 GMT", "2025-03-15T19:52+00:00"),  # all-numeric after a label
    ],
)
def test_a_time_after_comma_and_at_is_kept(tmp_path: Path, line: str, iso: str) -> None:
    text = f"Story 1\n\n{line}\n\n{BODY}\n"
    found = date_in_text(text)
    assert found is not None and found.iso == iso
    (tmp_path / "v.txt").write_text(text, "utf-8")
    assert Corpus.scan(tmp_path).article("v").date == iso


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Mar 14, 2025 — 7:52 PM", "2025-03-14T19:52"),  # acceptance s9b: an em dash between day and time
        ("Mar 14, 2025 – 7:52 PM EDT", "2025-03-14T19:52-04:00"),  # an en dash, with its zone
        ("14 March 2025 — 19:52 GMT", "2025-03-14T19:52+00:00"),
    ],
)
def test_a_dash_between_the_day_and_its_time(value: str, iso: str) -> None:
    from waic_reader.index.corpus.date_parse import parse

    assert parse(value) == iso
