"""A page whose extractor took a sidebar widget's heading for its title ("Blog Categories") while
its ``<title>`` names the headline the page shows as a heading ("Elixir Design Goals - Elixir") is
titled by that headline (issue #14, unseen40 elixir-1: the sidebar's heading was the title, and
with the title placed there the sidebar's "News: …" line above it was rescued as a section heading
of the article). The reported page (the unseen40 tuning fixture), then two variants of my own: a
``<title>`` with the site's name after a bar over an ``<h1>``, and the site's name first over an ``<h2>``,
each with a sidebar of ``widget-title`` headings. Invented text but the fixture.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

_FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen40" / "html" / "elixir-1.html.gz"

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
_SIDEBAR = (
    '<div class="sidebar"><div class="widget"><h3 class="widget-title">Harbour Links</h3><ul>'
    '<li><a href="/a">Harbour and ferries</a></li><li><a href="/b">Council and schools</a></li></ul></div>'
    '<div class="widget"><h3 class="widget-title">Friends of the Courier</h3><ul><li><a href="/c">Varn Radio</a></li>'
    '<li><a href="/d">Oskby Weekly</a></li></ul></div></div>'
)
_PAGES = {
    "title-with-site": (
        "<html><head><title>Varn approves harbour wall | Varn Courier</title></head><body>"
        '<div id="header"><h1 class="site-title"><a href="/"><img alt="Varn Courier"></a></h1></div>'
        f'<div id="content"><div class="post"><h1>Varn approves harbour wall</h1><div class="entry">{_BODY}</div>'
        f"</div></div>{_SIDEBAR}</body></html>"
    ),
    "site-first-h2": (
        "<html><head><title>Varn Courier — Varn approves harbour wall</title></head><body>"
        '<div id="header"><h1 id="logo-title"><a href="/"><img alt="Varn Courier"></a></h1></div>'
        f'<div id="content"><div class="post"><h2>Varn approves harbour wall</h2><div class="entry">{_BODY}</div>'
        f"</div></div>{_SIDEBAR}</body></html>"
    ),
}


def _read(tmp_path: Path, name: str, data: bytes) -> tuple[str | None, set[str], set[str]]:
    (tmp_path / name).write_bytes(data)
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    split = split_noise(article)
    return article.title, {s.text for s in split.content}, {s.text for s in split.noise}


def test_the_reported_page_is_titled_by_its_headline(tmp_path: Path) -> None:
    title, content, noise = _read(tmp_path, "elixir-1.html", gzip.decompress(_FIXTURE.read_bytes()))
    assert title == "Elixir Design Goals"
    assert "Elixir Design Goals" in content
    assert {"Blog Categories", "News: Elixir v1.2 released"} <= noise


@pytest.mark.parametrize("layout", sorted(_PAGES))
def test_a_sidebar_heading_is_no_title(tmp_path: Path, layout: str) -> None:
    title, content, noise = _read(tmp_path, "page.html", _PAGES[layout].encode())
    assert title == "Varn approves harbour wall"
    assert "Varn approves harbour wall" in content
    assert {"Harbour Links", "Friends of the Courier"} <= noise
