"""A link the page sets right against the closing quote or punctuation after it, also where the
link closes inside another inline element ("<sup><a>[1]</a></sup>,"), is shown without a space
the page does not have: 'codename "phongo".' not 'codename "phongo ".', 'no-frills[1], and' not
'no-frills[1] , and' (s32-o, issue #14: unseen27 bjori-1's HTML had three content lines missing
for it). Links side by side with nothing between them stay separate words. The first case is the
reported page; the others are invented (a post's text set
with <br>s, whose lines are the page's own)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.corpus.html import read_html

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen27" / "html" / "bjori-1.html.gz"

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Ferry service to Halvik resumes</title></head>
<body><nav><a href="/">Home</a><a href="/local">Local</a></nav>
<div class="post"><h3 class="post-title">Ferry service to Halvik resumes</h3>
<div class="post-body entry-content">The ferry service between Oster and Halvik resumed on Tuesday after a two-week pause for repairs to the pier.<br><br>
{line}<br><br>
Passengers are asked to arrive twenty minutes before departure while the new ticket gates are tested.<br><br>
The operator said the winter timetable would apply until the end of March, with six crossings a day.</div>
</div></body></html>
"""

CASES = [
    (
        "reported",
        None,
        [
            'codename "phongo".',
            "no-frills[1], and simple",
            'It implements the "Standard MongoDB Driver CRUD API" (among others)',
        ],
    ),
    (
        "quoted-name",
        PAGE.format(line='The new boat, named "<a href="/boats/marisol">Marisol</a>", carries up to 300 passengers.'),
        ['named "Marisol", carries'],
    ),
    (
        "footnote-and-possessive",
        PAGE.format(
            line='Repairs cost less than planned<sup><a href="#n2">[2]</a></sup>; <a href="/halvik">Halvik</a>\'s '
            "council paid a third of the bill."
        ),
        ["planned[2]; Halvik's council"],
    ),
]


@pytest.mark.parametrize(("name", "html", "lines"), CASES, ids=[c[0] for c in CASES])
def test_no_space_between_a_link_and_its_closing_quote(name: str, html: str | None, lines: list[str]) -> None:
    source = gzip.decompress(REPORTED.read_bytes()).decode("utf-8") if html is None else html
    page = read_html(source)
    for line in lines:
        assert line in page.text, line


def test_links_side_by_side_stay_apart() -> None:
    page = read_html(PAGE.format(line="The pier was rebuilt by the harbour board over two weeks of work."))
    assert "Home Local" in page.text
