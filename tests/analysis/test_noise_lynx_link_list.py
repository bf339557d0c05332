"""A text-mode browser's list of the page's links, closing its dump: "References" (``lynx -dump``,
``elinks -dump``), maybe "Visible links:" and "Hidden links:" between, then each link's number and
address. The header lines and the addresses are one kind, navigation, with one reason in words
naming the header, so the boilerplate panel shows the list as one entry (s31-b, t13q F13: the
"References" line was a "menu or page footer line after the article's main text" and its addresses
"numbered link list line"s, two entries; a saved page's "file://" addresses were other stories'
headlines, "Visible links:" a menu line, a non-page dump's "References" content).

The first case is the tester's probe6/lynx-dump.txt; the others are invented: a dump of a page
saved to disk ("file://localhost/…" and "javascript:" addresses, "Visible links:" and "Hidden
links:", two head links on its "#" line) and an elinks dump of a short article ("Visible links"
without a colon, a one-line menu of links)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.tui.widgets.noise_panel import group_runs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
_NUMBERED = re.compile(r"\s*\d+\.\s")


def split(tmp_path: Path, fixture: str) -> NoiseSplit:
    source = FIXTURES / fixture
    (tmp_path / source.name).write_text(source.read_text("utf-8"), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert isinstance(art, Article)
    return split_noise(art)


CASES = [
    # reported
    ("t13q_s30m/lynx-dump.txt", ["References"], 17, "The cabin that fell on Wednesday"),
    # ours: a page saved to disk, its list in two parts
    ("t13q_s31b/lynx-hidden-links.txt", ["References", "Visible links:", "Hidden links:"], 15, "Drivers now pay 42"),
    # ours: elinks, a short article (no saved page)
    ("t13q_s31b/elinks-dump.txt", ["References", "Visible links"], 9, "Fishing boats will moor"),
]


@pytest.mark.parametrize(("fixture", "headers", "links", "kept"), CASES, ids=[c[0] for c in CASES])
def test_the_link_list_is_one_thing_with_one_reason(
    tmp_path: Path, fixture: str, headers: list[str], links: int, kept: str
) -> None:
    got = split(tmp_path, fixture)
    listed = [seg for seg in got.noise if seg.text.strip() in headers or _NUMBERED.match(seg.text)]
    assert [seg.text.strip() for seg in listed if seg.text.strip() in headers] == headers
    assert len(listed) == len(headers) + links
    assert {seg.kind for seg in listed} == {"navigation"}
    reasons = {seg.reason for seg in listed}
    assert len(reasons) == 1
    [reason] = reasons
    assert "text-mode browser's list of the page's links" in (reason or "")
    assert "“References”" in (reason or "")
    assert any(seg.text.lstrip().startswith(kept) for seg in got.content)
    # The boilerplate panel's one entry: a run of one kind and one reason.
    [run] = [run for run in group_runs(got.noise) if run[0].text.strip() == "References"]
    assert len(run) == len(listed)


def test_a_dump_s_head_links_are_navigation(tmp_path: Path) -> None:
    """lynx shows the page's head links (its feeds) first, on a line marked "#": navigation, not
    another story's teaser."""
    got = split(tmp_path, "t13q_s31b/lynx-hidden-links.txt")
    [head] = [seg for seg in got.noise if seg.text.strip().startswith("#[1]")]
    assert head.kind == "navigation"
    assert "head links" in (head.reason or "")


def test_an_article_s_own_sources_are_not_a_dump_s_list(tmp_path: Path) -> None:
    """A "Sources" heading over a numbered list of works (no bare addresses) stays the article's."""
    text = (
        "Glacier retreat sped up in the 2020s, study finds\n\n"
        "The Morteratsch glacier lost more ice between 2020 and 2025 than in the whole decade before, "
        "according to a study published on Monday by researchers in Zurich.\n\n"
        "The researchers compared aerial photographs taken every summer since 1990 with new drone "
        "surveys, and found the glacier's tongue had retreated by about 40 metres a year.\n\n"
        "Sources\n\n"
        "1. Glacier Monitoring Switzerland, annual report 2025\n"
        "2. Federal Office for the Environment, glacier inventory\n"
    )
    (tmp_path / "study.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    got = split_noise(art)
    assert not any("text-mode browser" in (seg.reason or "") for seg in got.noise)
