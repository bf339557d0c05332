"""The page's only ``<h1>``, holding most of its metadata title's words in other wording, is its
headline (issue #14, unseen39 bitcoinmagazine-1: "Cosmos Health (COSM) Buys $600K in Bitcoin,
Expands Digital Asset Treasury" under the metadata title "… Buys $600,000 In Bitcoin" was left out
as outside the article, the shorter title put on top). The reported page (the unseen39 tuning
fixture), then two variants of my own: a figure written otherwise and a clause added, and a figure in
words with a date and its source added. A site's name in the ``<h1>`` stays no headline. Invented text but
the fixture.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen39" / "html"

_BODY = "".join(
    f"<p>{p}</p>"
    for p in (
        "The harbour authority in Varn approved a new breakwater on Tuesday after two winters of storms"
        " flooded the quay and closed the ferry terminal for eleven days.",
        "The wall will run 400 metres from the old lighthouse to the fish market, and work is due to start"
        " in April once the tender for the stone has closed.",
        "Fishermen welcomed the plan but said the council had taken too long, and asked for a temporary"
        " barrier to protect their boats during the coming winter.",
    )
)
_CASES = {
    "figure-and-clause": (
        "Varn Approves $12,000,000 Harbour Wall",
        "Varn approves $12m harbour wall, work to start in April",
    ),
    "words-added": (
        "Halvik ferry fares rise 8% from June",
        "Halvik ferry fares to rise by eight per cent from 1 June, operator says",
    ),
}


def _page(meta: str, h1: str) -> str:
    return (
        f'<html><head><title>{meta}</title><meta property="og:title" content="{meta}"></head><body>'
        '<div class="menu"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>'
        '<li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li>'
        '<li><a href="/opinion">Opinion</a></li><li><a href="/about">About us</a></li></ul></div>'
        '<div class="crumbs"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="title-block"><h1 class="entry-title">{h1}</h1></div>'
        f'<div class="post"><div class="entry">{_BODY}</div></div>'
        "<footer><p>© 2026 The Varn Courier</p></footer></body></html>"
    )


def _read(tmp_path: Path, name: str, data: bytes) -> set[str]:
    (tmp_path / name).write_bytes(data)
    corpus = Corpus.scan(tmp_path)
    return {s.text for s in split_noise(corpus.article(next(iter(corpus.entries)))).content}


def test_the_reported_headline_is_the_articles(tmp_path: Path) -> None:
    data = gzip.decompress((_FIXTURE / "bitcoinmagazine-1.html.gz").read_bytes())
    content = _read(tmp_path, "bitcoinmagazine-1.html", data)
    assert "Cosmos Health (COSM) Buys $600K in Bitcoin, Expands Digital Asset Treasury" in content


@pytest.mark.parametrize("case", sorted(_CASES))
def test_a_sole_h1_in_other_words_is_the_headline(tmp_path: Path, case: str) -> None:
    meta, h1 = _CASES[case]
    assert h1 in _read(tmp_path, "page.html", _page(meta, h1).encode())


def test_a_sole_h1_naming_the_site_is_no_headline(tmp_path: Path) -> None:
    content = _read(tmp_path, "page.html", _page("Varn approves harbour wall", "The Varn Courier").encode())
    assert "Varn approves harbour wall" in content
    assert "The Varn Courier" not in content


@pytest.mark.parametrize(
    ("meta", "h1"),
    [
        # (the guard of tests/analysis/test_noise_kinds13.py section 2 is the reported shape: "Council
        # votes to close the town swimming pool" over "… the old ferry terminal" held 5 of 8 words)
        (
            "Man is held after a fire at the old mill in Varn",
            "Man is found dead after a fire at the new school in Varn",
        ),
        ("Storm closes the road to the airport for a day", "Storm closes the bridge to the island for a week"),
    ],
)
def test_another_storys_h1_sharing_function_words_is_no_headline(tmp_path: Path, meta: str, h1: str) -> None:
    # The share is of content words: the function words every headline has say nothing of which story.
    content = _read(tmp_path, "page.html", _page(meta, h1).encode())
    assert h1 not in content
