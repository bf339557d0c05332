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
    # A zone and a stamp's word after the date keep it a stamp (review s34-r item 1's rule).
    "caps-zone": ("SAT 14 MAR 2026 09:40 GMT", "2026-03-14T09:40+00:00"),
    "caps-et": ("TUESDAY, MARCH 10, 2026 9:40 AM ET", "2026-03-10T09:40-04:00"),
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


# A headline in capitals naming a past date is no stamp (review s34-r item 1): its words other
# than the date are no stamp's words, weekday or zone, so the date does not date the article,
# as it did not before round s34-d. doc → (headline, the text under it).
_PROSE = (
    "\n\nThe river rose again this week, and residents remembered the flood of years ago.\n\nCrews worked all night.\n"
)
HEADLINES = {
    "remember-us": ("REMEMBERING THE FLOOD OF MARCH 3, 2019", _PROSE),
    "remember-body": (
        "REMEMBERING THE FLOOD OF MARCH 3, 2019",
        "\n\nBy Anna Lind\n\nThe river rose again on March 10, 2026, and residents remembered the flood.\n",
    ),
    "flood-uk": (
        "THE FLOOD OF 3 MARCH 2019",
        "\n\nKELLBY - The river rose again this week, and residents remembered.\n",
    ),
    "storm-mid": ("STORM OF SEPT. 12, 2018 STILL HAUNTS HARBOUR TOWN", _PROSE),
    "attack-lead": ("14 JULY 2016: TEN YEARS ON, NICE REMEMBERS", _PROSE),
}


@pytest.fixture
def headline_corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "headlines"
    folder.mkdir()
    for doc, (headline, rest) in HEADLINES.items():
        (folder / f"{doc}.txt").write_text(headline + rest, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "hx")]


@pytest.mark.parametrize("doc", list(HEADLINES))
def test_a_capitals_headline_naming_a_past_date_does_not_date_the_article(
    capsys: pytest.CaptureFixture[str], headline_corpus: list[str], doc: str
) -> None:
    assert main([*headline_corpus, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert not (rows[doc]["date"] or "").startswith(("2016", "2018", "2019"))
    assert main([*headline_corpus, "show", doc, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == HEADLINES[doc][0]
