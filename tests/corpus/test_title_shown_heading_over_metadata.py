"""A page that shows its headline as a heading, in other words than its metadata title, is titled
by the shown headline, not the metadata's wording, when the title the extractor took is a call to
action or the site's name (round s39-a2, issue #14: a page titled "Sign up for our newsletter" over
"<h2>Are You Feeling These Get Ups?? …" took "Chris Brown covers … issue | Bossip" from its
``<title>``, and its shown headline was dropped as outside the article). The reported layout and
two variants of our own: a ``twitter:title`` and an ``og:title`` with the site's name over a shown
``<h2>``/``<h3>``; and an ``<h1>`` under the site's logo (right before too)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

SHOWN = "Harbour pier at Varn wrecked by Tuesday's storm, boats moved to Oskby"
BODY = (
    "<p>The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said. Fishing boats were moved to Oskby, and ferry services to the islands were "
    "cancelled until the pier is repaired.</p>\n"
    "<p>Engineers said the damage was worse than first thought and that repairs could take weeks, according to "
    "the authority's chief engineer.</p>\n"
    "<p>The port authority said it would publish a schedule for the repairs on Friday after the engineers had "
    "finished their survey of the pier.</p>\n"
)
META = "Storm closes Varn harbour for three days"

# (head, body before the article's text)
LAYOUTS = {
    "reported-call-over-h2": (
        f'<title>{META} | Varn Courier</title><meta name="application-name" content="Varn Courier">',
        f'<h2 class="widgettitle">Sign up for our newsletter</h2><div class="post"><h2>{SHOWN}</h2>',
    ),
    "twitter-title-with-site": (
        f'<title>Varn Courier</title><meta name="twitter:title" content="{META} :: Varn Courier">'
        '<meta property="og:site_name" content="Varn Courier">',
        f'<h3 class="widgettitle">Get Breaking News Alerts</h3><div class="post"><h2>{SHOWN}</h2>',
    ),
    "og-title-with-site-h3": (
        f'<title>Varn Courier</title><meta property="og:title" content="{META} | Varn Courier">'
        '<meta name="application-name" content="Varn Courier">',
        f'<div class="post"><h3>{SHOWN}</h3>',
    ),
    # (Already right before: the extractor took the shown <h1>; kept so.)
    "site-logo-over-h1": (
        f"<title>Varn Courier — {META}</title>",
        f'<header><div class="logo">Varn Courier</div></header><div class="post"><h1>{SHOWN}</h1>',
    ),
}


def _show(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> dict:  # type: ignore[type-arg]
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "page.html").write_text(page, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "show", "page", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_shown_heading_titles_the_page_over_the_metadata_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    head, over = LAYOUTS[layout]
    shown = _show(tmp_path, capsys, f"<html><head>{head}</head><body>{over}\n{BODY}</div></body></html>")
    assert shown["title"] == SHOWN
    # The shown headline is the article's: a block of its text, not left outside it.
    assert SHOWN in [b["text"] for b in shown["blocks"]]


# A heading of another kind (a comments box's, not the story's: it shares no word with the
# metadata's headline) leaves the metadata's headline the title (unseen10 globalnews-1).
def test_a_heading_of_no_story_leaves_the_metadata_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = f'<title>{META} - National | Varn Courier</title><meta property="og:site_name" content="Varn Courier">'
    over = '<h3 class="widgettitle">Get Breaking News Alerts</h3><div class="post"><h2>Write a comment</h2>'
    shown = _show(tmp_path, capsys, f"<html><head>{head}</head><body>{over}\n{BODY}</div></body></html>")
    assert shown["title"] != "Write a comment"
