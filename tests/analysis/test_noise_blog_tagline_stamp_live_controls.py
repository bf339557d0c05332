"""A blog's header and a live blog's controls (t13y G14): the tagline under a blog's name ("A blog
about Calveira's mines") and its "Posted on DATE by user" stamp with a user name written as a
handle ("dagny_h") stayed article text, the stamp even as a heading; a live blog's "Please turn on
JavaScript to use this feature" and its day line "9 March 2026" were given the reason of a
key-events summary's line. Expected: the tagline site header, the stamp a date stamp, the
JavaScript line a live-blog control, the day line no summary's."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PROSE = (
    "I have worked underground for twenty-two years. Last year, when the roof came down in gallery 4, "
    "nobody was hurt and the company called it luck.\n\n"
    "Union leader Dagny Holt said on the radio that the company knew the roof was cracking, and that "
    "nobody had listened to the men who reported it.\n\n"
    "The men are 1,380 feet down. The company has offered five million dollars to the families.\n\n"
)
COMMENTS = (
    "Categories: Mining, Union\n\n3 thoughts on “{title}”\n\nPia N. says:\n9 March 2026 at 14:05\n"
    "My brother is down there.\nReply\n\nLeave a Reply\n"
)
BLOGS = {
    # the reported blog
    "pit-talk": (
        "Pit Talk",
        "A blog about Calveira's mines",
        "San Telmo: we warned them, again",
        "Posted on 9 March 2026 by dagny_h",
    ),
    # another tagline, an American date, a handle with digits
    "valley": (
        "Valley Watch",
        "News and notes from the upper Lida valley",
        "The ferry was cut again and nobody told us",
        "Posted on March 9, 2026 by river_rat77",
    ),
    # another label word, a dotted handle
    "harbour": (
        "Harbour Notes",
        "Thoughts on boats, tides and the town",
        "Why the quay keeps flooding every spring",
        "Published on 10 March 2026 by j.roe",
    ),
}


def _split(tmp_path: Path, doc: str, text: str) -> tuple[dict[str, str], dict[str, str]]:
    (tmp_path / f"{doc}.txt").write_text(text, "utf-8")
    split = split_noise(Corpus.scan(tmp_path).article(doc))
    noise = {s.text: f"{s.kind}: {s.reason}" for s in split.noise}
    content = {s.text: s.kind for s in split.content}
    return noise, content


@pytest.mark.parametrize("doc", sorted(BLOGS))
def test_tagline_and_stamp_are_noise(tmp_path: Path, doc: str) -> None:
    name, tagline, title, stamp = BLOGS[doc]
    text = f"{name}\n{tagline}\n\n{title}\n\n{stamp}\n\n{PROSE}{COMMENTS.format(title=title)}"
    noise, content = _split(tmp_path, doc, text)
    assert name in noise
    assert tagline in noise and noise[tagline].startswith("navigation"), noise.get(tagline)
    assert stamp in noise and noise[stamp].startswith("byline"), noise.get(stamp)
    assert title in content
    assert any(t.startswith("I have worked underground") for t in content)


LIVE = """San Telmo mine collapse: live updates as rescuers drill towards 17 trapped miners

Live · Updated {day}

Key events
Show key events only
Please turn on JavaScript to use this feature

{day}

21.40 GMT
The drill has reached 340 metres, the rescue chief said. The trapped men are at about 1,380 feet below the surface.

18.15 GMT
The company says it will pay $5m into a fund for the families. The union has pledged €200,000 of its own.

14.05 GMT
Officials now say three miners died in the collapse. Seventeen are still trapped.

11.30 GMT
"It is a race against time," said the rescue chief. The drill is at 120 metres.
"""


@pytest.mark.parametrize("day", ["9 March 2026", "Tuesday 10 March 2026", "March 11, 2026"])
def test_live_controls_are_no_key_events(tmp_path: Path, day: str) -> None:
    noise, content = _split(tmp_path, "live", LIVE.format(day=day))
    js = "Please turn on JavaScript to use this feature"
    assert js in noise and "live-blog control" in noise[js], noise.get(js)
    assert "key-events summary" not in noise.get(day, ""), noise.get(day)
    assert any(t.startswith("The drill has reached") for t in content)


@pytest.mark.parametrize(
    ("masthead", "headline", "byline", "stamp"),
    [
        # the page that showed it (tests/cli/test_cli_plain_page_byline_stamp_title.py, run-fr)
        (
            "Var-Matin",
            "Tempête Zoé : des milliers de foyers privés d'électricité dans le Var",
            "Par Jean Dupont",
            "Publié le 12/03/2026 à 07h45",
        ),
        ("Kieler Blatt", "Fähre rammt Kaimauer im Kieler Hafen", "Von Anna Lind", "Veröffentlicht am 12.03.2026"),
        ("Harbour Post", "Ferry hits the quay wall in the old harbour", "By Ann Lee", "Published 12 March 2026"),
    ],
)
def test_a_headline_over_a_byline_is_no_tagline(
    tmp_path: Path, masthead: str, headline: str, byline: str, stamp: str
) -> None:
    # Site name, headline, byline alone, stamp: the byline is no headline, so the headline over it
    # is no tagline (review of s35-f's rule: it split the headline off as the site's tagline).
    noise, content = _split(tmp_path, "page", f"{masthead}\n{headline}\n{byline}\n{stamp}\n{PROSE}")
    assert headline in content, noise.get(headline)
