"""A page whose ``<title>`` is the site's name (a copyright line or its og:site_name naming it) and
whose main text opens with no headline (the extractor kept the byline and the paragraphs, left out
the heading over them): the heading element straight above the main text is the title and
content, the site's name the outlet, and a byline whose fields are set apart by commas names the
author (s32-e, t13u F5: table-layout.html's title was "Valdoria Evening Post", the ``<h2>``
headline outside-article, no author from "By Elena Vidal, Evening Post, June 4, 2026"). The first
case is the reported file; the others are ours (an ``<h3>`` in a table layout named by "©", a
``<div>`` layout named by og:site_name)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"

CASES = {
    "table-layout.html": (
        "Stadium crush: steward questioned as death toll reaches seven",
        "Elena Vidal",
        "Valdoria Evening Post",
    ),
    "harbour-table.html": ("Ferry refloated after grounding off Dalen", "Ivar Nygaard", "Dalen Harbour Gazette"),
    "alpine-div.html": ("Avalanche closes Grauhorn pass for third day", "Martina Keller", "Alpine Valley Times"),
}


def article(tmp_path: Path, name: str) -> Article:
    shutil.copy(FIXTURES / name, tmp_path / name)
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize("name", list(CASES))
def test_the_left_out_heading_is_the_title(tmp_path: Path, name: str) -> None:
    headline, author, site = CASES[name]
    art = article(tmp_path, name)
    assert (art.title, art.author, art.outlet) == (headline, author, site)
    split = split_noise(art)
    assert [(s.kind, s.text) for s in split.content if s.text == headline] == [("title", headline)]
    assert not [s for s in split.content if s.text == site], "the site's name is no article text"
    assert [s.kind for s in split.noise if s.text.startswith("By ")] == ["byline"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Elena Vidal, Evening Post, June 4, 2026", "Elena Vidal"),  # reported
        ("By Ivar Nygaard, Harbour Gazette, March 3, 2026", "Ivar Nygaard"),
        ("By Tom Hale, Staff Reporter, Thursday, June 4, 2026", "Tom Hale"),
        ("Von Jonas Weber, Berliner Zeitung, 3. Juni 2026", "Jonas Weber"),
    ],
)
def test_a_byline_with_comma_fields_names_its_author(line: str, author: str) -> None:
    assert bylines.author_names(line) == (author, 0)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Jon Berg, June 4, 2026",  # two authors: the second is no outlet
        "By Jane Roe, Jon Berg",
    ],
)
def test_a_second_author_is_no_outlet(line: str) -> None:
    got = bylines.author_names(line)
    assert got is None or "Jon Berg" in got[0]
