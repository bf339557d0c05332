"""A blog's post stamp naming its author inside one sentence, no separator between them
(WordPress's entry-meta "Posted on March 11, 2026 by Gareth Llewellyn-Boateng"), names the author
in HTML and plain text, its fields in either order and in the other languages whose bylines are
read ("Publié le … par …", "Veröffentlicht am … von …"): t13ar N14, the line was byline noise
but named no author. A sentence with a date and "by" is no stamp."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Orrin valley flood defences hold for a third night"
PARAS = [
    "Temporary barriers along the Orrin held overnight for a third night running, the regional "
    "environment agency said on Wednesday, as river levels began to fall.",
    "About 1,200 homes in the lower valley remain under an evacuation order and two schools are shut.",
]
CASES = [
    # reported (t13ar web/midland-ledger.htm)
    ("Posted on March 11, 2026 by Gareth Llewellyn-Boateng", "Gareth Llewellyn-Boateng"),
    # variants: the other order, other languages, names and dates
    ("Posted by Ana Soto-Mayor on 3 June 2026", "Ana Soto-Mayor"),
    ("Publié le 11 mars 2026 par Claire Dubois-Hartmann", "Claire Dubois-Hartmann"),
    ("Veröffentlicht am 11. März 2026 von Jörg van der Linde", "Jörg van der Linde"),
]


def _html(meta: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>The Orrin Gazette - {HEADLINE}</title></head><body class='wp-theme'>"
        "<div class='brand'>The Orrin Gazette</div><ul><li>Local</li><li>Courts</li><li>Health</li></ul>"
        f"<div class='entry-header'><div class='entry-title-text'><b>{HEADLINE}</b></div>"
        f"<div class='entry-meta'>{meta}</div></div><div class='entry-content'>{paras}</div>"
        "<footer>Theme: Gazette by Inkwell Themes</footer></body></html>"
    )


def _read(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_a_post_stamp_in_html(tmp_path: Path, meta: str, author: str) -> None:
    assert _read(tmp_path, "a.html", _html(meta)).author == author


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_a_post_stamp_in_text(tmp_path: Path, meta: str, author: str) -> None:
    article = _read(tmp_path, "a.txt", "\n\n".join([HEADLINE, meta, *PARAS]) + "\n")
    assert article.author == author


@pytest.mark.parametrize(
    "line",
    [
        "The hospital was attacked on March 11, 2026 by BlackTarn",
        "Hospital hit by Gareth Jones",
        "Posted on March 11, 2026 by the river",
    ],
)
def test_a_sentence_with_a_date_and_by_names_no_author(line: str) -> None:
    assert bylines.posted_by(line) is None


# The reported page (t13ar web/midland-ledger.htm): its headline a <b> in a plain <div>, the
# entry-meta left out by the extractor as "the page outside the main text"; the line straight
# over the main text's first line is a byline's place (reader: t13ar N14).
LEDGER = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>The Midland Ledger - KVH hospitals still on paper as hackers publish files</title>
<meta name="description" content="Hackers behind the Kessington Valley Health attack have begun publishing files.">
<meta name="date" content="2026-03-11">
</head>
<body class="wp-theme-ledger">
<div class="wp-site-blocks">
<div class="topbar">Wednesday, 11 March 2026 | <a href="/login">Log in</a> | <a href="/e-edition">E-Edition</a></div>
<div class="brand">The Midland Ledger</div>
<div class="menu-primary-container"><ul id="menu-primary"><li>Local</li><li>Region</li><li>Courts</li><li>Health</li><li>Obituaries</li><li>Classifieds</li></ul></div>
<div class="entry-wrap">
<div class="entry-header"><span class="cat-links">Health</span>
<div class="entry-title-text"><b>KVH hospitals still on paper as hackers publish files</b></div>
<div class="entry-meta">{meta}</div></div>
<div class="entry-content">
<p>Hackers who crippled Kessington Valley Health's computer network on Sunday have begun publishing files they say were taken from the group, as its five hospitals entered a fourth day on paper.</p>
<p>The gang, which calls itself Black Tarn, is demanding 75 bitcoin, worth about $4.9 million at Tuesday's prices, according to screenshots of the negotiation page seen by the Ledger.</p>
<p>Ambulance crews said 430 patients had been diverted to other hospitals since the attack began, a higher figure than the one given by the group on Monday.</p>
<p>"It is the worst disruption I have seen in thirty years of nursing," said ward sister Oyelaran Featherstonehaugh, who works at Brackenford General.</p>
<p>Kessington Valley chief executive Thandiwe Okonkwo-Reyes told staff in an email that systems would be restored within seven days.</p>
<p>Detective Superintendent Ruairí Ó Fearghail of the regional cyber crime unit said officers were "following every line of inquiry" with the NCSC.</p>
</div>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>Twitter</li><li>Facebook</li><li>WhatsApp</li></ul></div>
<div class="jp-relatedposts"><h3>Related</h3><p>Brackenford bypass delayed again · March 10, 2026</p><p>Midland mayor opens new library · March 9, 2026</p><p>Rugby: Kessington Rovers edge derby · March 8, 2026</p></div>
<div id="comments"><h3 class="comments-title">2 thoughts on “KVH hospitals still on paper as hackers publish files”</h3>
<ol class="comment-list"><li><div class="comment-author">Hettie Marsh</div><div class="comment-metadata">March 11, 2026 at 10:12 am</div><p>My GP can't see my test results either.</p></li>
<li><div class="comment-author">Ledger Reader</div><div class="comment-metadata">March 11, 2026 at 11:40 am</div><p>Who signed off on their IT budget?</p></li></ol>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></div>
</div>
<div class="site-info">Proudly powered by WordPress | Theme: Ledger by Inkwell Themes. © 2026 The Midland Ledger</div>
</div>
</body>
</html>
"""


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_the_reported_wordpress_page(tmp_path: Path, meta: str, author: str) -> None:
    assert _read(tmp_path, "midland-ledger.htm", LEDGER.format(meta=meta)).author == author
