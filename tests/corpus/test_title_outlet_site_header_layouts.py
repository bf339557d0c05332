"""Site headers in other layouts name the outlet, by the one site-name check
(``titles.site_name_line``) (acceptance t13ac M17, round s36-x4).

"The Island Gazette · Thursday 11 June 2026" over the headline (the site's name and the date)
was kept as the article's text and named no outlet; "VOLCANO WATCH NEWS" over the headline was
split off as "the site's name at the top of the page" yet named no outlet, while "ISLAND GAZETTE —
Latest News" did. Expected: both lines are the site's (noise), naming the outlet. The reported two,
(a name in capitals kept as written, as "ISLAND GAZETTE" is), then our own (another separator and date, a name closed by "News" in title case), and lines that
name no site ("Breaking News", "Latest News" over the headline; a kicker and a date)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Article, Corpus

BODY = (
    "Mount Keldra erupted on Thursday, killing 16 people on Sarnholm, officials said. Lava stopped 2 km "
    "from Varnhelm.\n\n"
    '"We have never seen the mountain this angry," said Ilse Brandvik, the observatory director.\n'
)
BODY_FERRY = (
    "A passenger ferry capsized off the coast of Kellby on Monday morning, and rescuers pulled dozens "
    "of people from the water, officials said.\n\n"
    "The ferry was carrying 120 passengers when it overturned in heavy seas near the harbour entrance.\n"
)

# name: (the page's text, the outlet its header names)
HEADERS = {
    "reported-name-and-date": (
        "The Island Gazette · Thursday 11 June 2026\n\nKeldra eruption kills 16\n\n" + BODY,
        "The Island Gazette",
    ),
    "reported-capitals-news": (
        "VOLCANO WATCH NEWS\nKeldra eruption kills 16\n11/06/2026\n\n" + BODY,
        "VOLCANO WATCH NEWS",
    ),
    "bar-and-date": (
        "Kellby Chronicle | 2 March 2026\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
        "Kellby Chronicle",
    ),
    "dash-weekday-date": (
        "HALVIK HERALD — Monday, March 2, 2026\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
        "HALVIK HERALD",
    ),
    "title-case-news": (
        "Northshore Coast News\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
        "Northshore Coast News",
    ),
}

# name: the article's date, read from its dated header (split off, it still dates the article)
DATES = {"reported-name-and-date": "2026-06-11", "bar-and-date": "2026-03-02", "dash-weekday-date": "2026-03-02"}

# name: a page whose first line names no site
NO_SITE = {
    "breaking-news": "Breaking News\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
    "latest-news": "LATEST NEWS\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
    "kicker-and-date": "Analysis · 2 March 2026\n\nFerry capsizes off Kellby coast\n\n" + BODY_FERRY,
}


def _read(tmp_path: Path, text: str) -> tuple[Article, NoiseSplit]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    art = Corpus.scan(tmp_path).article("a")
    return art, split_noise(art)


@pytest.mark.parametrize("name", list(HEADERS))
def test_a_site_header_names_the_outlet(tmp_path: Path, name: str) -> None:
    text, outlet = HEADERS[name]
    art, split = _read(tmp_path, text)
    first = text.split("\n")[0]
    assert art.outlet == outlet
    assert art.title in ("Keldra eruption kills 16", "Ferry capsizes off Kellby coast")
    if name in DATES:
        assert (art.date or "")[:10] == DATES[name]
    # the header line is the site's, never the article's text
    assert [s.kind for s in split.noise if s.text.strip() == first] == ["navigation"], [
        (s.kind, s.text, s.reason) for s in split.noise
    ]


@pytest.mark.parametrize("name", list(NO_SITE))
def test_a_heading_over_the_headline_names_no_outlet(tmp_path: Path, name: str) -> None:
    art, _split = _read(tmp_path, NO_SITE[name])
    assert art.outlet is None
