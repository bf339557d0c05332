"""A page whose visible headline was left out of its text (no ``<h1>`` in what is read: trimmed, or
set in a template region) is titled by the headline its metadata gives (``og:title``,
``twitter:title``, ``<title>``) without the site's name beside it, never by the site's name, a call
to action or the first line (issue #14, round s39-x3: "Varn Courier — Storm closes …" titled the
page "Varn Courier", "Storm closes … | Varn Courier" kept the site's name, a call to action over the
text under the logo was taken for the headline and then the first paragraph). The reported layouts
and variants of our own: other separators, the site named by its logo or its metadata, the site's
name first or last. A page showing its headline keeps it; a headline's colon parts no site's name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEADLINE = "Storm closes Varn harbour for three days"
BODY = (
    "<p>The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said. Fishing boats were moved to Oskby, and ferry services to the islands were "
    "cancelled until the pier is repaired.</p>\n"
    "<p>Engineers said the damage was worse than first thought and that repairs could take weeks, according to "
    "the authority's chief engineer.</p>\n"
    "<p>The port authority said it would publish a schedule for the repairs on Friday after the engineers had "
    "finished their survey of the pier.</p>\n"
)
LOGO = '<header><div class="logo">Varn Courier</div></header>'

# (head, over the article, the article's first line)
REPORTED = {
    "site-first-title": (f"<title>Varn Courier — {HEADLINE}</title>", "", "<p>Home</p><p>Weather</p>"),
    "og-title-with-site": (
        f'<title>{HEADLINE} | Varn Courier</title><meta property="og:title" content="{HEADLINE} | Varn Courier">',
        "",
        "<p>Subscribe to our newsletter</p>",
    ),
    "call-to-action-under-logo": (f"<title>Varn Courier — {HEADLINE}</title>", LOGO, "<p>Sign Up For Alerts</p>"),
}
VARIANTS = {
    "double-colon": (f"<title>{HEADLINE} :: Varn Courier</title>", "", "<p><b>Download Our App Today</b></p>"),
    "site-first-bar-logo": (f"<title>Varn Courier | {HEADLINE}</title>", LOGO, "<p>Tuesday 14 March 2025</p>"),
    "og-title-site-named": (
        f'<title>Varn Courier - Online</title><meta property="og:title" content="{HEADLINE} - Varn Courier">'
        '<meta property="og:site_name" content="Varn Courier">',
        "",
        "<p>Get Breaking News Alerts</p>",
    ),
    "bullet-site-last": (f"<title>{HEADLINE} • The Varn Courier</title>", "", "<p>Pay Your Bill Online</p>"),
}


def _show(tmp_path: Path, capsys: pytest.CaptureFixture[str], page: str) -> dict:  # type: ignore[type-arg]
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "page.html").write_text(page, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "show", "page", "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("layout", list(REPORTED) + list(VARIANTS))
def test_the_metadata_headline_titles_a_page_that_left_its_headline_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str
) -> None:
    head, over, first = {**REPORTED, **VARIANTS}[layout]
    shown = _show(
        tmp_path, capsys, f"<html><head>{head}</head><body>{over}<article>{first}\n{BODY}</article></body></html>"
    )
    assert shown["title"] == HEADLINE
    # The title is what the reader sees first: the headline's block opens the text.
    titles = [b["text"] for b in shown["blocks"] if b["kind"] == "title"]
    assert titles == [HEADLINE]


# A page that shows its headline keeps it, whatever its metadata writes; a headline's own colon
# parts no site's name from it.
def test_a_shown_headline_is_the_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (
        f"<html><head><title>Varn Courier — Harbour news</title></head><body>{LOGO}<article>"
        f"<h1>{HEADLINE}</h1>\n{BODY}</article></body></html>"
    )
    assert _show(tmp_path, capsys, page)["title"] == HEADLINE


def test_a_headlines_own_colon_is_no_site_separator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    title = "Varn harbour: storm closes it for three days"
    page = f"<html><head><title>{title}</title></head><body><article>{BODY}</article></body></html>"
    assert _show(tmp_path, capsys, page)["title"] == title
