"""A saved page's date is never taken from its footer, sidebar or another story, and never
invented to the day (issue 17, acceptance: a page whose only date was its footer's "© 2019"
got the date 1 January 2019). htmldate's last-resort search in the page's text runs without
the parts whose dates are not the article's, and its coarse fallbacks (a month, a copyright or
lone year, given as the first day) are kept only where the page writes that day."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = "<p>The ferry ran aground off the coast and the coast guard said dozens of passengers were rescued by nightfall.</p>"


def dated(tmp_path: Path, body: str) -> str | None:
    html = f"<html><head><title>Ferry page</title></head><body><article><h1>Ferry page</h1>{PROSE}</article>{body}</body></html>"
    (tmp_path / "p.html").write_text(html, "utf-8")
    return Corpus.scan(tmp_path).article("p").date


@pytest.mark.parametrize(
    "body",
    [
        "<footer>&copy; 2019 Example News. All rights reserved.</footer>",  # the reported page
        '<div class="site-info">Copyright 2003-2024 Example News Group</div>',  # a year range
        "<footer>Page generated 2024-11-03 10:00</footer>",  # a whole date, but the footer's
        "<aside><h3>More</h3><ul><li><a href='/x'>Old story</a> 12 January 2021</li></ul></aside>",
        "<div class='related-posts'><a href='/x'>Old story</a> 12 January 2021</div>",
        "<div id='comments'><p>Reader wrote on 3 February 2024 at 10:02</p></div>",
        "<div class='issue'>March 2025 issue</div>",  # a month is not a day
    ],
)
def test_no_date_from_what_is_not_the_article(tmp_path: Path, body: str) -> None:
    assert dated(tmp_path, body) is None


@pytest.mark.parametrize(
    ("body", "iso"),
    [
        ("<div class='meta'>Published March 1, 2025</div>", "2025-03-01"),
        ("<div class='meta'>01.03.2025</div>", "2025-03-01"),
        ("<div class='meta'>1st Mar. 2025</div>", "2025-03-01"),
        ("<div class='meta'>Published 2 March 2025</div><footer>&copy; 2019 Example News</footer>", "2025-03-02"),
    ],
)
def test_a_date_the_page_writes_is_kept(tmp_path: Path, body: str, iso: str) -> None:
    assert dated(tmp_path, body) == iso


@pytest.mark.parametrize(
    "body",
    [
        # Acceptance s9b: a comment's, a related list's and the footer's <time datetime> dated the page.
        "<div class='comments'><p>Ann wrote <time datetime='2025-03-21T08:00:00+00:00'>Friday</time></p></div>",
        "<aside class='related-posts'><a href='/x'>Old story</a> <time datetime='2025-03-17T10:00:00Z'>17 March</time></aside>",
        "<footer>Page generated <time datetime='2025-04-01T00:00:00Z'>1 April</time></footer>",
    ],
)
def test_no_markup_date_from_what_is_not_the_article(tmp_path: Path, body: str) -> None:
    assert dated(tmp_path, body) is None


def test_the_articles_own_time_element_still_dates_it(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Ferry page</title></head><body><article><h1>Ferry page</h1>"
        f"<p><time datetime='2025-03-14T07:52:00+09:00'>14 March</time></p>{PROSE}</article>"
        "<footer><time datetime='2025-04-01T00:00:00Z'>1 April</time></footer></body></html>"
    )
    (tmp_path / "p.html").write_text(html, "utf-8")
    assert Corpus.scan(tmp_path).article("p").date == "2025-03-14T07:52:00+09:00"
