"""An article's date never comes from its page's boilerplate (issue 17, acceptance: a comment's
"Posted: March 20, 2025 at 10:12 pm" beat the article's own "Sat 15 Mar 2025 06.00 GMT", a
related story's "Posted: March 2, 2023" beat the wire dateline, and the dates of a "Most read"
list dated an article that gives none; the wrong dates then made the timeline's "first").
Comments, lists of other stories, menus, share and legal lines, and date stamps right under a
comments section or a related-stories list are read past. The reported pages and variants."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = (
    "An earthquake struck Osaka on Saturday, killing at least five people and injuring dozens more, "
    "the city fire department said in a statement released in the afternoon.\n\n"
    "Rescue teams were searching collapsed buildings in the northern districts of the city, where power "
    "had been cut to thousands of homes, officials said late on Saturday.\n"
)

PAGES = {
    "comment": (
        f"Osaka quake kills five\n\nSat 15 Mar 2025 06.00 GMT\n\n{PROSE}\n"
        '3 thoughts on "Osaka quake kills five"\nJan says:\nPosted: March 20, 2025 at 10:12 pm\nSo sad.\n',
        "2025-03-15T06:00+00:00",
    ),
    "comment-reply": (
        f"Osaka quake kills five\n\nPublished: 15 March 2025\n\n{PROSE}\n"
        "Comments (2)\nMaria Lopez\nMarch 22, 2025 at 9:01 am\nThoughts with everyone there.\nReply\n",
        "2025-03-15",
    ),
    "related": (
        f"Osaka quake kills five\n\nOSAKA, March 15, 2025 (Reuters) - {PROSE}\n"
        "Related coverage\nPosted: March 2, 2023\nOld flood story swamps the valley\n",
        "2025-03-15",
    ),
    "most-read": (
        "Home | World | Business | Sport | Culture\nMost read\nOld flood story swamps the valley\n"
        "2 March 2023 | World\nOld fire story in the hills\n14 February 2023 | World\n"
        f"Election results are in\n1 January 2023 | Politics\n\nOsaka quake kills five\n\n{PROSE}",
        None,
    ),
    "most-read-then-date": (
        "Home | World | Business | Sport | Culture\nMost read\nOld flood story swamps the valley\n"
        "2 March 2023 | World\nOld fire story in the hills\n14 February 2023 | World\n"
        f"Election results are in\n1 January 2023 | Politics\n\nOsaka quake kills five\n\nMarch 15, 2025\n\n{PROSE}",
        "2025-03-15",
    ),
    # Acceptance s9b: a related list whose items each carry a stamp (only the first item was
    # taken for the list), a numbered "Most popular" list with stamps above the headline, and a
    # footer's "Last updated" under the copyright line.
    "related-stamped": (
        f"Osaka quake kills five\n\n{PROSE}\nRelated coverage\nFerry company fined in 2019\nPosted: June 2, 2019\n"
        "Storm warnings along the coast\nPosted: March 12, 2025\n",
        None,
    ),
    "most-popular-stamped": (
        "Most popular\n1. Election results announced\nSat 1 Mar 2025 08.00 GMT\n2. Storm warning for coast\n"
        f"Sun 2 Mar 2025 09.00 GMT\nOsaka quake kills five\n{PROSE}",
        None,
    ),
    "footer-updated": (
        f"Osaka quake kills five\n\n{PROSE}\nShare this article\nFacebook Twitter Email\n"
        "© 2025 Osaka Gazette. All rights reserved.\nLast updated: March 30, 2025\n",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_date_is_the_articles(tmp_path: Path, name: str) -> None:
    text, iso = PAGES[name]
    (tmp_path / f"{name}.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article(name)
    assert article.date == iso
