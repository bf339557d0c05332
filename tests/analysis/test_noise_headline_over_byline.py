"""A list under a related-stories header ends at the page's own headline when that headline stands
straight over its "By NAME" byline and the article (issue #14, unseen16's Poynter page: "Latest
News", two section links, the headline, "by NAME Published date", then a 14-word first paragraph).
The list took the headline and the byline because the rule ending it asked for a first paragraph of
30 words or more under the headline; over a byline, the byline tells, not the paragraph's length.
Invented pages: the reported layout and two variants (another header, a byline with a time stamp
line under it; a lower-case "by" and a one-line first paragraph of twelve words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

BODY = [
    "The harbour board met late into the night before agreeing to the new ferry timetable for Osland.",
    "Under the plan, the first crossing will leave Veldhaven at half past five, an hour earlier than now, "
    "and the last will return after eleven. Board members said the change followed a year of complaints "
    "from shift workers who could not get home after the late shifts at the cannery.",
    "The ferry company said it would need two more crews and would start hiring next month. A spokesman "
    "said the timetable would be reviewed after a year of crossings and the figures published.",
]

PAGES = {
    # The reported layout: header, section links, headline, byline with dates, a short first paragraph.
    "reported": [
        "Latest News",
        "How To's",
        "Chats",
        "Latest News → Harbour Desk",
        "Osland ferry timetable moves crossings earlier",
        "by Mira Tollan Published Nov. 7, 2012 2:25 pm Updated Nov. 7, 2012 4:01 pm",
        "Shift workers on Osland will get an earlier ferry after the harbour board met.",
        *BODY,
    ],
    # Another header; the byline alone, a date stamp under it.
    "stamp-under-byline": [
        "Top Stories",
        "Rail strike called off",
        "Weather warning for the coast",
        "Osland ferry timetable moves crossings earlier",
        "By Mira Tollan",
        "March 14, 2025",
        "Shift workers on Osland get an earlier ferry after a long night at the board.",
        *BODY,
    ],
    # "Most Read" with longer items; the byline names an outlet.
    "outlet-byline": [
        "Most Read",
        "Council votes to close the old library on Friday",
        "Cannery reopens after the flood",
        "Osland ferry timetable moves crossings earlier",
        "By Mira Tollan, Halvik Post",
        "The harbour board has moved the Osland ferry crossings an hour earlier.",
        *BODY,
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_headline_over_byline_ends_the_list(tmp_path: Path, name: str) -> None:
    lines = PAGES[name]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    content = [s.text for s in split.content]
    noise = {s.text: s.kind for s in split.noise}
    assert "Osland ferry timetable moves crossings earlier" in content
    assert article.title == "Osland ferry timetable moves crossings earlier"
    assert lines[6 if name != "outlet-byline" else 5] in content  # the short first paragraph
    assert noise.get(lines[0]) == "headline-list"  # the header and its items stay other stories'
    assert noise.get(lines[2]) == "headline-list"
