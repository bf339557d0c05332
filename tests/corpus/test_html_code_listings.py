"""A page's code as the HTML reader shows it (review s45-a, "Reader faults", unseen40 elixir-1 and
csstricks-1): the extractor gives the page's ``<pre><code>`` as ``<code><code>``, and each listing
was shown twice in a row; an inline ``<code>`` word of a paragraph ("if", "assert") became a line
of its own. A listing is one line, once; an inline code word stays in its paragraph's or
heading's text. The reported page; a ``<pre><code>`` listing and a highlighter's one in its
``<div>`` (and, as the guard, a ``<pre>`` alone, never doubled); code words in a heading and a
list item.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.corpus.html import read_html

_FIXTURE = (
    Path(__file__).resolve().parent.parent / "fixtures" / "noise_pages" / "unseen40" / "html" / "elixir-1.html.gz"
)

_PROSE = (
    "<p>The harbour board met on Monday evening to decide whether the ferry booking system should be "
    "rewritten before the summer, and voted to keep the old one for another year.</p>"
)


def _main(page: str) -> list[str]:
    read = read_html(page)
    return [b.text for i, b in enumerate(read.blocks) if i not in read.discarded]


def _page(body: str) -> str:
    return (
        "<html><head><title>Rewriting the booking code</title></head><body><article>"
        f"<h1>Rewriting the booking code</h1>{_PROSE}{body}{_PROSE.replace('Monday', 'Tuesday')}</article></body></html>"
    )


def test_the_reported_pages_listings_show_once_and_its_code_words_in_their_sentences() -> None:
    main = _main(gzip.open(_FIXTURE, "rt", encoding="utf-8").read())
    listings = [t for t in main if t.startswith("defmacro unless(expr, opts)")]
    assert len(listings) == 1, main
    assert len(main) == len(set(main)), [t for t in main if main.count(t) > 1]
    assert not {"if", "case", "try", "unless", "assert"} & set(main), main
    assert any("while some languages have if, case, try and so on" in t for t in main), main


@pytest.mark.parametrize(
    "listing",
    [
        "<pre>fares = load(&quot;fares.csv&quot;)\nfor fare in fares:\n    check(fare)</pre>",
        '<pre><code class="language-python">fares = load(&quot;fares.csv&quot;)\nfor fare in fares:\n'
        "    check(fare)</code></pre>",
        '<div class="highlight"><pre class="chroma"><code><span class="k">fares</span> = load(&quot;fares.csv&quot;)\n'
        '<span class="k">for</span> fare in fares:\n    check(fare)</code></pre></div>',
    ],
    ids=["pre", "pre-code", "highlighted-div"],
)
def test_a_listing_is_one_line_once(listing: str) -> None:
    body = f"<p>The new loader reads the fares table like this:</p>{listing}<p>It then checks every fare once.</p>"
    main = _main(_page(body))
    assert [t for t in main if "fares.csv" in t] == ['fares = load("fares.csv") for fare in fares: check(fare)'], main


def test_code_words_in_a_heading_and_a_list_item_stay_in_their_lines() -> None:
    body = (
        "<h2>Why <code>retry</code> replaced <code>loop</code></h2>"
        "<p>The old code looped forever when the fares server was down, and the new one gives up.</p>"
        "<ul><li>Calls <code>retry</code> three times before it gives up on the server</li>"
        "<li>Logs every failure with its time and the fare that was being read</li></ul>"
    )
    main = _main(_page(body))
    assert not {"retry", "loop"} & set(main), main
    assert "Why retry replaced loop" in main, main
    assert any("Calls retry three times" in t for t in main), main
