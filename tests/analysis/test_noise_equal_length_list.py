"""A list of headlines of nearly equal length, no blank lines between them, is split off with its
header (issue #14, t13 fault 5: t13/corp/008_fifteen_related.txt, "Most read" over 15 lines of
~72 columns, reported "0 noise blocks": the hard-wrap joiner had made the list one paragraph)."""

from __future__ import annotations

from pathlib import Path

import pytest
from headline_lists import LISTS, NAMES_WRAPPED, PROSE

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus


def split(tmp_path: Path, text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(content block texts, (kind, text) of each noise block) of ``text`` read as a corpus file."""
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    result = split_noise(article)
    return [s.text for s in result.content], [(s.kind, s.text) for s in result.noise]


@pytest.mark.parametrize(("header", "items"), LISTS, ids=["reported-most-read", "valdmark-courier", "related"])
def test_equal_length_list_and_its_header_are_headline_list(tmp_path: Path, header: str, items: list[str]) -> None:
    content, noise = split(tmp_path, PROSE + header + "\n" + "\n".join(items) + "\n")
    assert noise == [("headline-list", line) for line in [header, *items]]
    assert content[-2:] == [
        "The Maritime Safety Board opened its inquiry into the Calder Rose on Tuesday in Portmere.",
        "Elena Varga gave evidence for two hours.",
    ]


def test_wrapped_prose_of_capitalised_lines_stays_content(tmp_path: Path) -> None:
    # The guard: prose wrapped at 72 columns, every line opening with a name, is the article's.
    content, noise = split(
        tmp_path, "Inquiry hears from the crew\n\n" + NAMES_WRAPPED + "\n" + PROSE.split("\n\n", 1)[1]
    )
    assert noise == []
    assert " ".join(NAMES_WRAPPED.split()) in [" ".join(c.split()) for c in content]
