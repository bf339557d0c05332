"""A deck between a saved page's headline and its byline is the article's (issue #14, unseen16's
Gear Patrol page: "Samsung Nexus 10 Tablet", "The fight is finally on", "By NAME on date", then the
text). The deck shares no word with the article's prose, so nothing kept it, and it went to the
page around the article as another story's teaser. Invented pages: the reported layout and two
variants (a dated byline with a bar; a stamp line under a "By NAME" line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

MENU = ["Home", "News", "Gear", "Cars", "Watches", "Travel", "Style", "Video", "Deals", "About", "Search"]
BODY = [
    "The harbour board met late into the night before agreeing to the new ferry timetable for Osland.",
    "Under the plan, the first crossing will leave Veldhaven at half past five, an hour earlier than now, "
    "and the last will return after eleven. Board members said the change followed a year of complaints "
    "from shift workers who could not get home after the late shifts at the cannery.",
    "The ferry company said it would need two more crews and would start hiring next month. A spokesman "
    "said the timetable would be reviewed after a year of crossings and the figures published.",
]
FOOT = ["Privacy Policy", "Terms of Use", "Contact Us", "Advertise", "Careers", "Sitemap"]
HEADLINE = "Osland Ferry Timetable Moves Crossings Earlier"

CASES = {
    "reported": ["The wait is finally over", "By Mira Tollan on 10.29.12 | Photo by Halvik Post"],
    "bar-date": ["Early risers rejoice", "By Mira Tollan | March 14, 2025"],
    "stamp-under": ["An hour sooner, every day", "By Mira Tollan", "March 14, 2025"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_deck_between_headline_and_byline_is_content(tmp_path: Path, name: str) -> None:
    deck, *byline = CASES[name]
    lines = [*MENU, HEADLINE, deck, *byline, *BODY, *FOOT]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    content = [s.text for s in split.content]
    noise = [s.text for s in split.noise]
    assert HEADLINE in content
    assert deck in content
    assert byline[0] in noise
    assert MENU[-1] in noise and FOOT[0] in noise
