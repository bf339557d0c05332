"""A headline in capitals over its byline is the title, never the author's "name line" (t13aa
K13: "LINDMARK ECHO | News" / "BRIDGE HORROR: ELEVEN DEAD" / "By Sam Ferrow | Lindmark Echo | 15
July 2026" gave the title "Eleven people lost their lives when…": the headline was split off as
a name line beside the byline). A name has no colon, exclamation or question mark."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BODY = (
    "\n\nEleven people lost their lives when the Corvenna Bridge plunged into the river on Tuesday afternoon.\n\n"
    "Rescuers searched the water until dark, the fire service said.\n"
)


@pytest.mark.parametrize(
    ("head", "title", "byline"),
    [
        ("LINDMARK ECHO | News\n", "BRIDGE HORROR: ELEVEN DEAD", "By Sam Ferrow | Lindmark Echo | 15 July 2026"),
        ("HARBOUR STAR | Local\n", "FLOOD SHOCK: SIX MISSING", "By Ana Petrov | Harbour Star | 3 March 2026"),
        ("KELLBY POST | Sport\n", "FERRY HORROR: NINE DEAD", "By Ines Halloran | The Kellby Post | 3 March 2026"),
    ],
)
def test_a_headline_in_capitals_over_its_byline_is_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str, title: str, byline: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"{head}{title}\n{byline}{BODY}", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "list", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)["articles"][0]
    assert row["title"] == title
