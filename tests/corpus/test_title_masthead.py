"""A page's masthead over the headline is not the title (issue 13, t13p F19): ``04_local.txt`` opens
"El Heraldo de Áncash — Local News" (the outlet's name and the section) over the headline "Flood
victims named as toll reaches seven", and the masthead was taken as the title. A first line that
is the outlet's name and a section after a dash or a bar ending in a section word ("Local News",
"Sport", "World"), or the outlet's name its metadata gives, is the page's label: the headline
under it is the title. The report's article, and two mastheads of my own (invented); a headline
with its section after it, and a first line that is the headline, stay the title."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"
BODY = (
    "Posted: March 14, 2025\n\nBy Jane Roe\n\n"
    "The ferry ran aground off Halvik harbour on Friday, the coastguard said, and all 40 passengers were "
    "taken ashore unhurt.\n"
)


def _title(tmp_path: Path, text: str, meta: str = "") -> str:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    if meta:
        (tmp_path / "corpus.yaml").write_text(meta, "utf-8")
    return Corpus.scan(tmp_path).article("a").title


def test_the_reported_masthead_is_not_the_title(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "04_local.txt", tmp_path / "a.txt")
    assert Corpus.scan(tmp_path).article("a").title == "Flood victims named as toll reaches seven"


@pytest.mark.parametrize(
    "masthead",
    ["Halvik Post | Sport", "Diário de Alcobrena - Regional News", "The Valdmark Courier — World"],
)
def test_a_masthead_with_its_section_is_not_the_title(tmp_path: Path, masthead: str) -> None:
    assert _title(tmp_path, f"{masthead}\n\nFerry runs aground off Halvik harbour\n\n{BODY}") == (
        "Ferry runs aground off Halvik harbour"
    )


def test_the_outlets_name_from_its_metadata_is_not_the_title(tmp_path: Path) -> None:
    meta = "articles:\n  a.txt:\n    outlet: Halvik Daily Courier\n"
    text = f"Halvik Daily Courier\n\nFerry runs aground off Halvik harbour\n\n{BODY}"
    assert _title(tmp_path, text, meta) == "Ferry runs aground off Halvik harbour"


@pytest.mark.parametrize(
    "headline",
    ["Ferry runs aground off Halvik — World", "Halvik Ferry Runs Aground", "Ferry runs aground off Halvik harbour"],
)
def test_a_headline_stays_the_title(tmp_path: Path, headline: str) -> None:
    assert _title(tmp_path, f"{headline}\n\n{BODY}") == headline


def test_list_gives_the_headline(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURES / "04_local.txt", root / "04_local.txt")
    (root / "corpus.yaml").write_text("articles:\n  04_local.txt:\n    outlet: El Heraldo de Áncash\n", "utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "i"), "list", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [row] = json.loads(out)["articles"]
    assert row["title"] == "Flood victims named as toll reaches seven"
