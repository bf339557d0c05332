"""The article's closing lines on a saved page (issue #14, unseen16's Bossip page): a short closing
sentence trailing off in an ellipsis ("… for the kids y'all…") ended the article's closing lines,
so it and the sentence after it went to the page's outside. Invented pages: the reported layout
and two variants of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

# A whole saved page (25 blocks or more): a site menu over the headline.
MENU = ["Home", "News", "Sport", "Culture", "Business", "Opinion", "Weather", "Travel", "Video", "Podcasts", "Search"]
HEAD = [*MENU, "Osland ferry timetable moves crossings earlier", "By Mira Tollan"]
BODY = [
    "The harbour board met late into the night before agreeing to the new ferry timetable for Osland.",
    "Under the plan, the first crossing will leave Veldhaven at half past five, an hour earlier than now, "
    "and the last will return after eleven. Board members said the change followed a year of complaints "
    "from shift workers who could not get home after the late shifts at the cannery.",
    "The ferry company said it would need two more crews and would start hiring next month. A spokesman "
    "said the timetable would be reviewed after a year of crossings and the figures published.",
    "Islanders who spoke at the meeting welcomed the change but asked for a later last crossing on "
    "Fridays, when the cannery runs its long shift and the pubs in Veldhaven stay open late.",
]
# Other stories' headlines straight after the article, no header over them (as on the reported page).
TAIL = [
    "Pages: 1 2 3 4",
    "Cannery Reopens After The Flood In Veldhaven",
    "Council Votes To Close The Old Library",
    "Rail Strike Called Off As Talks Resume",
    "Weather Warning For The Whole Coast Tonight",
]

CASES = {
    # The reported layout: a line trailing off, then a short sentence, over other stories' headlines.
    "trailing": ["Osland is getting up early, y'all…", "Scroll down to see more pictures of the new ferry."],
    "trailing-alone": ["And so the ferry sails on…", "Pictures of the new ferry are on the next page."],
    "trailing-then-sentence": [
        "The islanders will have the last word, as ever…",
        "See the rest of the pictures from the meeting here.",
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_closing_lines_are_the_articles(tmp_path: Path, name: str) -> None:
    closing = CASES[name]
    lines = [*HEAD, *BODY, *closing, *TAIL]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    content = [s.text for s in split.content]
    noise = [s.text for s in split.noise]
    for line in closing:
        assert line in content, line
    for line in TAIL:
        assert line in noise, line
