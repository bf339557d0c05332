"""HTML faults of issue #14's re-test in session 18 (t14, inputs under /work/s18/t14, written anew
here with invented names): a date in the canonical URL beat the markup's published time (fault 3),
and inline fields set side by side were glued into one word (fault 8). Each kind: the reported
input, two variants of our own, and guards where the other side must stay as it was.
"""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.html import read_html

_BODY = (
    "<body><article><h1>Tugs reach the grounded ferry</h1>"
    "<p>Two ocean-going tugs arrived at Brennick on Sunday morning to help refloat the grounded ferry, "
    "the salvage company said.</p><p>A third vessel is due on Monday.</p></article></body>"
)

# --- fault 3: the markup's published time beats a date in the URL ---------------------------------


@pytest.mark.parametrize(
    ("head", "url", "date"),
    [
        # reported: c7/meta-url-other.html, the URL a different day
        (
            '<meta property="article:published_time" content="2025-03-16T07:20:00+01:00">'
            '<link rel="canonical" href="https://coast.example/news/2025/03/14/tugs-arrive">',
            None,
            "2025-03-16T07:20:00+01:00",
        ),
        # ours: JSON-LD's datePublished, the URL given by the reader, the same day
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2024-11-02T18:45:00-05:00"}</script>',
            "https://gulls.example/2024/11/02/harbour-fire.html",
            "2024-11-02T18:45:00-0500",
        ),
        # ours: a <time datetime> in the article, the canonical URL dated the day before
        (
            '<link rel="canonical" href="https://tarro.example/archive/2023/07/08/quay">',
            None,
            "2023-07-09T06:05:00+02:00",
        ),
    ],
)
def test_the_markups_time_beats_a_date_in_the_url(head: str, url: str | None, date: str) -> None:
    body = _BODY
    if "tarro" in head:
        body = body.replace("<h1>", '<time datetime="2023-07-09T06:05:00+02:00">9 July</time><h1>')
    page = read_html(f"<html><head><title>Tugs</title>{head}</head>{body}</html>", url=url)
    assert page.date is not None and page.date.replace(":", "")[:24] == date.replace(":", ""), page.date


def test_a_day_only_markup_date_keeps_the_urls_reading() -> None:
    # guard: no time in the markup: the URL's whole date is read first, as before
    head = (
        '<meta name="date" content="2025-03-16">'
        '<link rel="canonical" href="https://coast.example/news/2025/03/14/tugs-arrive">'
    )
    page = read_html(f"<html><head><title>Tugs</title>{head}</head>{_BODY}</html>")
    assert page.date == "2025-03-14", page.date


# --- fault 8: inline fields set side by side are read apart -------------------------------------


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        # reported: c10/entities.html's comment meta
        ('<span class="author">Anna</span><span>says:</span><time>March 22</time>', "Anna says: March 22"),
        # ours: a name and a role in two spans
        (
            '<span class="name">Per Dahlgren</span><span class="role">Harbour master</span>',
            "Per Dahlgren Harbour master",
        ),
        # ours: three fields, an <abbr> between a <cite> and a <span>
        ('<cite>Filed</cite><abbr title="Tuesday">Tue</abbr><span>from Brennick</span>', "Filed Tue from Brennick"),
    ],
)
def test_inline_fields_side_by_side_are_read_apart(markup: str, line: str) -> None:
    page = read_html(f"<html><body><div>{markup}</div><p>Some text of the page, a sentence or so.</p></body></html>")
    assert line in [b.text for b in page.blocks], [b.text for b in page.blocks]


@pytest.mark.parametrize(
    ("markup", "line"),
    [
        ("<b>W</b>ord from the quay: the ferry sails.", "Word from the quay: the ferry sails."),  # a word's tail
        ('<span class="dropcap">T</span><span>he ferry sails at ten.</span>', "The ferry sails at ten."),  # drop cap
        # a word split in two spans that the page writes whole elsewhere
        ("<span>Tors</span><span>havn</span> is calm. Torshavn sleeps.", "Torshavn is calm. Torshavn sleeps."),
        ("<span>東京</span><span>の専門家</span>も参加する。", "東京の専門家も参加する。"),  # no spaces in Japanese
    ],
)
def test_a_word_split_by_markup_stays_one_word(markup: str, line: str) -> None:
    page = read_html(f"<html><body><p>{markup}</p><p>Some text of the page, a sentence or so.</p></body></html>")
    assert line in [b.text for b in page.blocks], [b.text for b in page.blocks]
