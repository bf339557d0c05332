"""A date stamp written in capitals on its own line under the headline ("SATURDAY, MARCH 14, 2026
9:40 AM", "MONDAY 3 NOVEMBER 2025, 6:05 PM") dates the article with its time, as the same stamp in
mixed case does (issue #14, round s34-d): the English months were read in capitals only after a
label or in a byline, and a capitals stamp in day-month order was read by another language's
month table, its "PM" lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_BODY = (
    "\n\nThe city council approved plans for a new bridge across Halvik harbour on Thursday, ending a "
    "decade of debate over the crossing.\n\nOpponents said they would challenge the decision in court.\n"
)
# doc → (stamp line, the date the list gives)
STAMPS = {
    "caps-us": ("SATURDAY, MARCH 14, 2026 9:40 AM", "2026-03-14T09:40"),
    "caps-uk": ("MONDAY 3 NOVEMBER 2025, 6:05 PM", "2025-11-03T18:05"),
    "caps-at": ("FRIDAY, OCT. 10, 2025 AT 4:15 P.M.", "2025-10-10T16:15"),
    "caps-24": ("14 MARCH 2026 09:40", "2026-03-14T09:40"),
    "mixed": ("Saturday, March 14, 2026 9:40 AM", "2026-03-14T09:40"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (stamp, _) in STAMPS.items():
        text = "Harbour bridge approved after decade of debate\n\n" + stamp + _BODY
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(STAMPS))
def test_a_capitals_stamp_dates_the_article_with_its_time(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    assert main([*corpus, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert rows[doc]["date"] == STAMPS[doc][1]


@pytest.mark.parametrize("doc", list(STAMPS))
def test_the_stamp_is_a_byline_line_and_the_headline_the_title(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    assert [(b["kind"], b["text"]) for b in out["noise"]] == [("byline", STAMPS[doc][0])]
    assert main([*corpus, "show", doc, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Harbour bridge approved after decade of debate"
