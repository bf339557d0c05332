"""The best-known papers' titles under a headline name the outlet (review s52-rv finding 5, round s52-fx3).

Round s52-m read a line closed by a common paper's word (``lexicons.MEDIA_COMMON``) as an outlet only
after "The" or a place, so "Daily Mail", "Evening Standard", "Sunday Mirror" and "USA Today" named
none. A word of how often or on which day a paper comes out ("Daily", "Sunday"), a known title of
a time of day ("Evening Standard", "Morning Star") and a country's initials ("USA") make a paper's
title; a common noun or a time of day alone before the paper's word stays a column's or a
newsletter's name ("Markets Today", "Morning Mail")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = (
    "Flood waters rose across the valley on Friday as heavy rain continued to fall for a third day, "
    "officials said.\n\nMore than 300 people were evacuated from their homes in the town, the council said "
    "in a statement.\n"
)


def _outlet(tmp_path: Path, headline: str, line: str, stamp: str) -> str | None:
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{line}\n\n{stamp}\n\n{BODY}", "utf-8")
    return Corpus.scan(tmp_path).article("a").outlet


@pytest.mark.parametrize(
    "line",
    # reported (s52-rv finding 5)
    ["Daily Mail", "Daily Express", "Daily Mirror", "Daily Record", "Evening Standard", "Morning Star"]
    + ["Sunday Mirror", "USA Today"]
    # variants: other titles of the same shapes
    + ["Daily Star", "Sunday Express", "Weekly Standard", "Saturday Star"],
)
def test_a_papers_title_under_the_headline_names_the_outlet(tmp_path: Path, line: str) -> None:
    assert _outlet(tmp_path, "Flood waters rise across the valley", line, "14 March 2026 10:52") == line
    # a variant layout: another headline, a stamp with a weekday
    assert _outlet(tmp_path, "Storm closes the harbour", line, "Sat 2 May 2026 08.15 BST") == line


@pytest.mark.parametrize("line", ["Markets Today", "Morning Mail", "Weekend Sun", "Evening Briefing Mail"])
def test_a_column_or_newsletter_names_no_outlet(tmp_path: Path, line: str) -> None:
    assert _outlet(tmp_path, "Flood waters rise across the valley", line, "14 March 2026 10:52") is None
