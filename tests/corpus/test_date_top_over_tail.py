"""An article's date is the one above its first line of prose; a date below the body (a page
footer's "Posted: Jan 1, 2019", an end note) counts only when the top gives none, and an HTML page's
footer, sidebars and navigation give none at all (acceptance s10 #1: HTML2/guardian-text.html,
HTML5/*-footer.html and TXT3/a.txt took the footer's 2019 over the byline's date). The reported
inputs and variants: a text and a page with a top date line and a footer stamp, a wire dateline
against an end note, a footer as a page's only date, and end notes that are the only date."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "The death toll from the Brennick Chemicals fire has risen to five, fire chief Omar Saleh said overnight."
MORE = "Governor Maria Tollander will speak at 10am."


def _date(tmp_path: Path, name: str, content: str) -> str | None:
    (tmp_path / name).write_text(content, "utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries))).date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the reported text: a date line under the headline, a "Posted:" line after the body
        (
            "Brennick fire live\n\nSat 15 Mar 2025 06.00 GMT\n\nThe death toll rose to five, Omar Saleh said.\n\nPosted: Jan 1, 2019\n",
            "2025-03-15T06:00+00:00",
        ),
        # a byline's date against a "Published:" end note
        (
            f"Brennick fire\n\nBy Jane Roe | March 14, 2025\n\n{BODY}\n\n{MORE}\n\nPublished: 2 January 2019\n",
            "2025-03-14",
        ),
        # a wire dateline opens the first paragraph: its day, not the end note's (whose year is
        # all the text gives: test_dateline_day_over_end_note)
        (
            f"Brennick fire\n\nOSLAND, March 14, 2025 (Reuters) - {BODY}\n\n{MORE}\n\nPosted: Jan 1, 2019\n",
            "2025-03-14",
        ),
        # no date at the top: the end notes are the date, labels first
        (f"Brennick fire\n\n{BODY}\n\n{MORE}\n\nUpdated: March 15, 2025\n", "2025-03-15"),
        (f"Brennick fire\n\n{BODY}\n\n{MORE}\n\nUpdated: March 15, 2025\nPublished: March 14, 2025\n", "2025-03-14"),
    ],
)
def test_text_dates_from_the_top_first(tmp_path: Path, text: str, iso: str) -> None:
    assert _date(tmp_path, "a.txt", text) == iso


def _page(article: str, after: str) -> str:
    return f"<html><head><title>T</title></head><body><article>{article}</article>{after}</body></html>"


@pytest.mark.parametrize(
    ("html", "iso"),
    [
        # the reported pages
        (
            _page(
                f"<h1>Brennick fire live</h1><p>Sat 15 Mar 2025 06.00 GMT</p><p>{BODY}</p><p>{MORE}</p>",
                "<footer><p>Posted: Jan 1, 2019</p></footer>",
            ),
            "2025-03-15T06:00+00:00",
        ),
        (
            _page(
                f"<h1>Brennick fire live</h1><p>March 14, 2025 7:52 PM GMT+9</p><p>{BODY}</p><p>{MORE}</p>",
                '<div class="footer">Published: 2 January 2019</div>',
            ),
            "2025-03-14T19:52+09:00",
        ),
        # a footer, a sidebar or a menu as the page's only date: no date
        (
            _page(
                f"<h1>Brennick fire live</h1><p>{BODY}</p><p>{MORE}</p>", "<footer><p>Posted: Jan 1, 2019</p></footer>"
            ),
            None,
        ),
        (
            _page(
                f"<h1>Brennick fire live</h1><p>{BODY}</p><p>{MORE}</p>", "<aside><p>Posted: March 3, 2025</p></aside>"
            ),
            None,
        ),
        (
            _page(f"<h1>Brennick fire live</h1><p>{BODY}</p><p>{MORE}</p>", "<nav><p>Updated: March 3, 2025</p></nav>"),
            None,
        ),
    ],
)
def test_page_dates_never_from_its_footer(tmp_path: Path, html: str, iso: str | None) -> None:
    assert _date(tmp_path, "a.html", html) == iso


def test_dateline_day_over_end_note(tmp_path: Path) -> None:
    text = f"Brennick fire\n\nOSLAND, March 14 (Reuters) - {BODY}\n\n{MORE}\n\nPosted: Jan 1, 2019\n"
    date = _date(tmp_path, "a.txt", text)
    assert date is not None and date.endswith("-03-14")


# Review s10: the first form of the top-over-tail rule made new faults; the reported inputs and variants.
DECK = "The council voted on Friday to approve the new ferry service for the bay area."
LATER = "The plan, which has been discussed for years, will bring two new boats to the harbour next spring."


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a date mentioned in the headline is no stamp: the labelled date below wins, as before
        (f"Remembering the March 11, 2011 earthquake and tsunami\n\n{LATER}\n\nPosted: March 11, 2025\n", "2025-03-11"),
        (f"Remembering the 11 March 2011 earthquake\n\n{LATER}\n\nPublished: 11 March 2025\n", "2025-03-11"),
        # a deck, or a question headline, over the byline's date: the byline's date still wins
        (
            f"Ferry plan approved\n\n{DECK}\n\nBy Jane Roe\nSat 15 Mar 2025 06.00 GMT\n\n{LATER}\n\nPosted: Jan 1, 2019\n",
            "2025-03-15T06:00+00:00",
        ),
        (
            "Will the new ferry plan finally end the long wait for island residents?\n\n"
            f"By Jane Roe\nSat 15 Mar 2025 06.00 GMT\n\n{LATER}\n\nPosted: Jan 1, 2019\n",
            "2025-03-15T06:00+00:00",
        ),
    ],
)
def test_headline_dates_and_decks(tmp_path: Path, text: str, iso: str) -> None:
    assert _date(tmp_path, "a.txt", text) == iso


@pytest.mark.parametrize(
    "footer",
    [
        '<footer class="entry-footer"><span class="posted-on">Posted on March 15, 2025</span> by Jane Roe</footer>',
        "<footer><p>Posted on March 15, 2025</p></footer>",
    ],
)
def test_an_articles_own_footer_dates_it(tmp_path: Path, footer: str) -> None:
    html = (
        "<html><head><title>Ferry plan approved</title></head><body><article><h1>Ferry plan approved</h1>"
        f"<p>{BODY}</p><p>{MORE}</p>{footer}</article>"
        '<footer id="colophon"><p>Copyright 2019 Example News</p></footer></body></html>'
    )
    assert _date(tmp_path, "a.html", html) == "2025-03-15"


def test_no_note_for_an_ambiguous_date_in_the_pages_footer(tmp_path: Path) -> None:
    html = _page(f"<h1>Ferry</h1><p>{BODY}</p><p>{MORE}</p>", "<footer><p>Posted: 03/04/2025</p></footer>")
    (tmp_path / "a.html").write_text(html, "utf-8")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article("a")
    assert article.date is None and not any("could be" in n for n in article.notes)
