"""A saved page's first line that is its window title, the headline and the site's name joined by a spaced
dash or bar, each shown alone on the page, is the page's navigation (issue #14, unseen42 ilikebigbits-1,
round s47-a2: "The Myth of RAM, part I — I Like Big Bits" over "I Like Big Bits", the blog's menu, then
"The Myth of RAM, part I" over the article was kept as content). The headline where it stands alone is
kept; a first line that is a headline with a dash of its own is not a title bar. Inputs of our own (the
reported kind and two variants: the site's name first, another separator)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Corpus

PARAGRAPHS = [
    "Caches make a program fast only while its data fits inside them, and a benchmark that walks a linked list "
    "of growing size shows each step of the memory hierarchy as a jump in the cost of every access.",
    "When the list outgrows the first cache, each access costs a few nanoseconds more, and when it outgrows the "
    "last cache the cost climbs again, so the time per access keeps rising as the list grows.",
    "The rule of thumb that every memory access costs the same is therefore wrong for large data, and "
    "programmers who plan for the growing cost of each access write faster programs than those who do not.",
]


def _page(first: str, site: str, headline: str) -> list[str]:
    return [first, site, "Notes on Software", "Blog", "About", "Archive", headline, "June 3, 2024", *PARAGRAPHS]


CASES: dict[str, tuple[list[str], str]] = {
    # The reported kind: "Headline — Site".
    "memory": (
        _page("Caches and the cost of memory — Low Level Notes", "Low Level Notes", "Caches and the cost of memory"),
        "Caches and the cost of memory — Low Level Notes",
    ),
    # The site's name first, a bar between.
    "site_first": (
        _page("Byte Harbour | Why lists outgrow caches", "Byte Harbour", "Why lists outgrow caches"),
        "Byte Harbour | Why lists outgrow caches",
    ),
    # A hyphen between, a longer headline.
    "hyphen": (
        _page(
            "The hidden price of every memory access - Quiet Compiler",
            "Quiet Compiler",
            "The hidden price of every memory access",
        ),
        "The hidden price of every memory access - Quiet Compiler",
    ),
}


def _split(tmp_path: Path, name: str, lines: list[str]) -> NoiseSplit:
    (tmp_path / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


@pytest.mark.parametrize("name", list(CASES))
def test_a_pages_title_bar_is_navigation(tmp_path: Path, name: str) -> None:
    lines, bar = CASES[name]
    split = _split(tmp_path, name, lines)
    dropped = [s for s in split.noise if bar in s.text]
    assert dropped and dropped[0].kind == "navigation", [(s.kind, s.text[:40]) for s in split.noise]


@pytest.mark.parametrize("name", list(CASES))
def test_the_headline_standing_alone_is_kept(tmp_path: Path, name: str) -> None:
    lines, _bar = CASES[name]
    split = _split(tmp_path, name, lines)
    content = split.content_text()
    assert lines[6] in content
    assert all(p in content for p in PARAGRAPHS)


def test_a_headline_with_a_dash_of_its_own_is_no_title_bar(tmp_path: Path) -> None:
    # Neither half of the headline is a line of the page.
    lines = ["Caches – what every programmer should know", "June 3, 2024", *PARAGRAPHS]
    split = _split(tmp_path, "dash", lines)
    assert lines[0] in split.content_text()
