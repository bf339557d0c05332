"""A Markdown live blog's entry times are content (issue 13, s18; issue 14: "a live blog's entry
timestamps are content: the times are the story").

Reported: a Markdown article whose entries are headed "## 18:00", "## 18:42 Update" had its
time-only headings split off as date stamps (a byline), hidden in the reader. A Markdown heading
that is a clock time, alone or with the entry's heading after it, is an entry time, as "10.41 GMT"
alone on its line is. Each form: the reported one and variants of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FRONT = '---\ntitle: "Storm Ardel live: ferries cancelled"\noutlet: Coast Herald\ndate: 2025-11-14\n---\n\n'
LEAD = (
    "# Storm Ardel live: ferries cancelled\n\n"
    "Gales of up to 90mph are battering the west coast, with ferries cancelled and homes without power.\n\n"
)
ENTRIES = [
    "The Met Office has extended its amber warning for wind until midnight, covering the Lorne peninsula.",
    "Harbour master Tom Ellery says all sailings from Carrow are cancelled until Saturday morning.",
    "About 12,000 homes are now without power, the grid operator says.",
    "Crews began clearing fallen trees from the Carrow road as the wind dropped.",
]


def live_blog(heads: list[str], lead: bool = True) -> str:
    body = "".join(f"{h}\n\n{e}\n\n" for h, e in zip(heads, ENTRIES))
    return FRONT + (LEAD if lead else "") + body


def split_of(tmp_path: Path, text: str) -> dict[str, str]:
    (tmp_path / "live.md").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article("live"))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


HEADS = [
    pytest.param(["## 18:00", "## 18:42 Update", "## 19:15", "## 19:40 Update"], id="reported"),
    pytest.param(["### 9.15am", "### 9.40am", "### 10.02am", "### 10.30am"], id="h3-am"),
    pytest.param(
        ["## 14:05 GMT — Minister speaks", "## 14:30 GMT", "## 14:52 GMT — Roads close", "## 15:10 GMT"], id="gmt"
    ),
]


@pytest.mark.parametrize("heads", HEADS)
@pytest.mark.parametrize("lead", [True, False], ids=["under-a-lead", "entries-only"])
def test_markdown_entry_time_headings_are_content(tmp_path: Path, heads: list[str], lead: bool) -> None:
    kinds = split_of(tmp_path, live_blog(heads, lead))
    assert {h: kinds[h] for h in heads} == dict.fromkeys(heads, "content")
    assert all(kinds[e] == "content" for e in ENTRIES)


def test_one_time_heading_inside_an_article_is_content(tmp_path: Path) -> None:
    """One entry time is enough when it heads a part of the article's text (no run of entries);
    a page's stamp over the article that is no heading ("Updated 14:30 GMT") stays a stamp."""
    text = FRONT + LEAD + f"Updated 14:30 GMT\n\n{ENTRIES[0]}\n\n## 21:30\n\n{ENTRIES[1]}\n\n{ENTRIES[2]}\n"
    kinds = split_of(tmp_path, text)
    assert kinds["## 21:30"] == "content"
    assert kinds["Updated 14:30 GMT"] == "byline"
