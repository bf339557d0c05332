"""Two faults of the HTML reader (issue #14, round s50-a, unseen45), each the reported layout and two
variants of our own, on small pages of our own:

- a page with no ``<body>`` tag whose first element after the head's is no head element (a custom
  element, ``<astro-island>``, over its ``<main>``; cloudflare-1): libxml2 kept the whole page in
  ``<head>``, where no line is read, so the page showed the extractor's main text alone. The page's
  lines the extractor left out (a menu, a footer) are shown again, as left-out lines;
- a page-wide ``<form>`` round the article (ASP.NET's one form; mactechnews-1): its call-to-action
  hint is no hint for the left-out lines inside the article's own container (the article's headings
  and captions), while a sign-up box's lines beside the article, in the same form, keep it.
"""

from __future__ import annotations

import lxml.html
import pytest

from waic_reader.index.corpus.html import read_html
from waic_reader.index.corpus.html_hints import comments_holding_main, line_hint

PARAS = [
    "Survey teams often work where the mobile network is weak or missing altogether, so an app that stops"
    " working offline loses the very records it was written to collect in the first place.",
    "We store every answer in a database in the browser first and copy it to the server whenever a"
    " connection appears, so a surveyor can keep working for days without noticing the gaps.",
    "The same pattern suits any tool that gathers data in the field, from water-pump inspections to"
    " counting birds, and it needs no native app on the device at all.",
]
ARTICLE = (
    "<main><article><h1>Building a field survey app that works offline</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAS)
    + "</article></main>"
)
OPENERS = [
    "<astro-island uid='a1'></astro-island>",
    "<x-site-header>Field Notes</x-site-header>",
    "<div class='top'></div>",
]


@pytest.mark.parametrize("opener", OPENERS, ids=["reported", "custom-header", "div"])
def test_page_without_body_tag_shows_its_lines_left_out(opener: str) -> None:
    html = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Building a field survey app</title>"
        f"<link rel='stylesheet' href='/a.css'>{opener}"
        "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a> <a href='/docs'>Docs</a></nav>"
        f"{ARTICLE}<footer><p>Privacy policy</p><p>© 2026 Example Labs</p></footer></head></html>"
    )
    page = read_html(html)
    assert "© 2026 Example Labs" in page.text
    assert all(p in page.text for p in PARAS)
    footer = next(k for k, b in enumerate(page.blocks) if "Example Labs" in b.text)
    assert footer in page.discarded


def _hinted(wrapper: tuple[str, str]) -> dict[str, tuple[str | None, str]]:
    """The hints left-out lines get on a page wrapped in ``wrapper``, after comments_holding_main."""
    opened, closed = wrapper
    html = (
        f"<html><body>{opened}<div class='article'><h2 class='sub'>Faster and cheaper?</h2>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "<div class='pic'>The app on a surveyor's phone</div></div>"
        f"<div class='box'><div>Get the magazine</div><div>One year for $19.95</div></div>{closed}</body></html>"
    )
    doc = lxml.html.document_fromstring(html)
    els = {(el.text_content() or "").strip(): el for el in doc.iter("p", "h2", "div") if len(el) == 0}
    texts = ["Faster and cheaper?", *PARAS, "The app on a surveyor's phone", "Get the magazine", "One year for $19.95"]
    hints: dict = {}
    out = [("paragraph", t, None if t in PARAS else line_hint(els[t], hints)) for t in texts]
    main_els = {k: els[t] for k, t in enumerate(texts) if t in PARAS}
    left_out = {k: els[t] for k, t in enumerate(texts) if t not in PARAS}
    comments_holding_main(out, main_els, left_out)
    return {t: h for _kind, t, h in out if h is not None}


WRAPPERS = [
    ("<form id='aspnetForm' method='post' action='/news'>", "</form>"),
    ("<form id='page' action='/search'><div class='wrap'>", "</div></form>"),
    ("<div class='social-share-wrapper'>", "</div>"),
]


@pytest.mark.parametrize("wrapper", WRAPPERS, ids=["reported", "form-in-div", "share-class"])
def test_form_round_the_article_is_no_call_to_action(wrapper: tuple[str, str]) -> None:
    hinted = _hinted(wrapper)
    assert hinted["Faster and cheaper?"][0] is None
    assert hinted["The app on a surveyor's phone"][0] is None
    assert hinted["Get the magazine"][0] == "call-to-action"
