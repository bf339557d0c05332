"""The Quotes export (``quotes --markdown FILE``) bolds the words one outlet changed with the spaces
around them kept and changed words in a row in one bold run (t13x F13: "reach**those**still" and
"reach**the****people**still" read "reachthosestill" once rendered; ``****`` is no emphasis)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "beacon.txt": 'Seven killed\n\nKELLBY, March 9 (Beacon) - "We are doing everything we can to reach those still '
    'trapped," said Governor Ilsa Brannock. "Crews worked through the night," said fire chief Oskar Lind. "The '
    'inquiry will start on Monday," said minister Petra Aune.\n',
    "wire.txt": 'Dam breach\n\nKELLBY, March 9 (Nordwire) - "We are doing everything we can to reach the people still '
    'trapped," Governor Ilsa Brannock told reporters. "Teams worked through the night," fire chief Oskar Lind said. '
    '"The inquiry will start on Tuesday," minister Petra Aune said.\n',
}


@pytest.fixture
def exported(tmp_path: Path) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    out = tmp_path / "quotes.md"
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "quotes", "--markdown", str(out)]) == 0
    return out.read_text("utf-8")


def test_changed_words_keep_their_spaces(exported: str) -> None:
    assert "reach **those** still trapped" in exported
    assert "reach **the people** still trapped" in exported  # two changed words in a row: one run


def test_a_changed_first_or_last_word(exported: str) -> None:
    assert "**Crews** worked through the night" in exported
    assert "**Teams** worked through the night" in exported
    assert "will start on **Monday**" in exported
    assert "will start on **Tuesday**" in exported


def test_no_bold_run_touches_a_word(exported: str) -> None:
    rows = [line for line in exported.splitlines() if line.startswith("| *")]
    assert rows
    for row in rows:
        assert "****" not in row
        assert not re.search(r"\w\*\*\w", row), row
