"""An article's own dates are no facts about its story (acceptance s11: two outlets' wire datelines,
"HALVIK, March 14 (Reuters)" and "HALVIK, March 15 (AP)", showed as a disagreeing "date" fact):
a dateline's date, a "Posted:"/"Updated:" line and a byline's date line give no figure, while a
date written in the prose stays a fact, the same paragraph as a dateline included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

REOPEN = "The port will reopen on March 20, officials said."


def _dates(tmp_path: Path, text: str) -> list[str]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    return [article.text[v.start : v.end] for v in extract_figures(article) if v.kind == "date"]


def test_dateline_dates_are_no_disagreement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The report: two datelines a day apart, one prose date both give."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Ferry sinks off Halvik\n\nHALVIK, March 14 (Reuters) - At least 12 people were killed when the "
        f"ferry sank off Halvik, officials said.\n\n{REOPEN}\n",
        "utf-8",
    )
    (corpus / "b.txt").write_text(
        "Halvik ferry disaster\n\nHALVIK, March 15 (AP) - Fourteen people were killed when the ferry sank "
        f"off Halvik, the coast guard said.\n\n{REOPEN}\n",
        "utf-8",
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    date_facts = [f for f in json.loads(out)["facts"] if f["values"][0]["kind"] == "date"]
    # (a date counting no thing is no row since round s37-f: the prose date is the timeline's, and
    # the datelines are no figures, :func:`test_stamp_lines_give_no_date_figure`)
    assert date_facts == []


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted: March 14, 2025",
        "By Jane Roe | March 14, 2025",
        "Updated: 10:30 GMT, March 14, 2025",
        "Published March 14, 2025 - the newsroom",
    ],
)
def test_stamp_lines_give_no_date_figure(tmp_path: Path, stamp: str) -> None:
    text = (
        f"Ferry sinks off Halvik\n\n{stamp}\n\nAt least 12 people were killed when the ferry sank off Halvik on "
        f"Friday, officials said.\n\n{REOPEN}\n"
    )
    assert _dates(tmp_path, text) == ["March 20"]


def test_a_prose_date_beside_a_dateline_stays_a_fact(tmp_path: Path) -> None:
    text = (
        "Ferry sinks off Halvik\n\nHALVIK, March 14 (Reuters) - The port, closed since March 10, 2025, "
        "will reopen after the ferry sank, officials said.\n"
    )
    assert _dates(tmp_path, text) == ["March 10, 2025"]


def test_a_line_opening_with_a_label_word_is_prose(tmp_path: Path) -> None:
    """A line opening "Updated figures … on March 16, 2025 show …" starts with a date label's
    word, but no date follows the word: the line is prose, its figures stay."""
    text = (
        "Ferry sinks off Halvik\n\nPosted: March 14, 2025\n\nUpdated figures released by the coast guard and the "
        "harbour authority on March 16, 2025 show that 14 people were killed when the ferry sank off Halvik.\n"
    )
    assert _dates(tmp_path, text) == ["March 16, 2025"]
