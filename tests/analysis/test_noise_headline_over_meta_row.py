"""A saved page's headline stands over a line of the article's facts that the strict date-stamp
rule did not take for a byline (issue #14, round s24-f: headlines lost as other stories' teasers on
the tuning halves, each over "NAME | OUTLET | date | reading time", "date | section | by NAME" or
"NAME date, time Uhr"). Such a line is the headline's byline: a row of fields split by "|" or "·"
one of which is a date, or a line that is mostly a date. Invented pages: a menu, a "Latest News"
list, the headline straight under its items and over the row, the article, a footer; the reported row and two variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Osland ferry timetable moves crossings earlier for shift workers"

BODY = [
    "The harbour board met late into the night before agreeing to the new ferry timetable for Osland, "
    "after a year of complaints from the island's shift workers.",
    "Under the plan, the first crossing will leave Veldhaven at half past five, an hour earlier than now, "
    "and the last will return after eleven. Board members said the change followed a year of complaints "
    "from shift workers who could not get home after the late shifts at the cannery.",
    "The ferry company said it would need two more crews and would start hiring next month. A spokesman "
    "said the timetable would be reviewed after a year of crossings and the figures published.",
    "Islanders who spoke at the meeting welcomed the change but asked for a later crossing on Saturdays, "
    "when the market closes after the last ferry has gone.",
]

MENU = ["Home", "News", "Harbour", "Business", "Culture", "Sport", "Weather", "Podcasts", "Search", "Log in"]
# A related-stories header over teasers, the headline straight under them: the list's items
# until the row under the headline says whose headline it is.
TEASERS = [
    "Latest News",
    "Council votes to close the old library on Friday",
    "Cannery reopens after the spring flood",
    "Fishing quotas cut again for the northern grounds",
]
FOOTER = [
    "More from Harbour",
    "Rail strike called off after late talks",
    "Weather warning for the coast tonight",
    "New bridge opens to cyclists in Veldhaven",
    "About us",
    "Contact",
    "Privacy policy",
    "© 2025 Halvik Post",
]

ROWS = {
    # The reported shape: author, outlet, date, reading time.
    "author-outlet-date": ["Mira Tollan | Halvik Post | May 15, 2019 | 6 minutes (1,240 words)"],
    # The date first, a section, then "by NAME".
    "date-section-by": ["Aug 15, 2013 | Harbour Guides | by Mira Tollan"],
    # A name and a date with "Uhr" (no separator), under a line of the site's own between.
    "name-date-uhr": ["Anzeige", "Mira Tollan 17.5.2019, 05:30 Uhr"],
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_headline_over_a_row_of_facts_is_kept(tmp_path: Path, name: str) -> None:
    lines = [*MENU, *TEASERS, HEADLINE, *ROWS[name], *BODY, *FOOTER]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    content = [s.text for s in split.content]
    noise = {s.text for s in split.noise}
    assert HEADLINE in content
    assert article.title == HEADLINE
    assert all(p in content for p in BODY)
    # The page around it stays noise: the menu and the teasers above the headline, the footer's list.
    assert {"Home", "Podcasts", *TEASERS, "Rail strike called off after late talks"} <= noise
