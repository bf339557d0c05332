"""A hit found in its article and its boilerplate shows the snippet holding the most of the
query's words, wherever that stretch is (t13au N18: ``Kalgoorlie Cup`` showed the article's
"Kalgoorlie" opening, with no "Cup", while the page's related-stories line holds both; README:
the snippet is "the stretch holding the most of the query's words"). The reported query and
variants of my own (another pair of words from the related list, a word from the article with
one from the list); the article alone still gives the snippet when it holds every word."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

PAGE = """<html><head><title>Four dead after mine collapse</title>
<meta property="og:site_name" content="Goldfields Herald"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article><h1>Four dead after mine collapse</h1>
<p>HALVORSEN CREEK — Four miners died when the Brindabella Deep gold mine collapsed near Kalgoorlie
early on Saturday, the company said.</p>
<p>Rescue teams worked through the night to reach the trapped workers, and two are still missing.</p>
<p>The union said warnings about the ground had been ignored for months before the collapse.</p>
</article>
<aside><h2>Related stories</h2><ul><li><a href="/a">Kalgoorlie Cup draws record crowd</a></li>
<li><a href="/b">Gold price hits new high</a></li></ul></aside>
<footer>Copyright Goldfields Herald 2026. All rights reserved.</footer></body></html>"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("snippet_boilerplate")
    (root / "corpus").mkdir()
    (root / "corpus" / "herald.html").write_text(PAGE, "utf-8")
    ws = Workspace(root / "corpus", root / "index")
    ws.ensure_index()
    return ws


@pytest.mark.parametrize(
    ("query", "lit"),
    [
        ("Kalgoorlie Cup", {"Kalgoorlie", "Cup"}),
        ("Gold price", {"Gold", "price"}),
        ("collapse Cup", {"collapse", "Cup"}),
    ],
)
def test_the_snippet_holds_the_most_of_the_query_words(workspace: Workspace, query: str, lit: set[str]) -> None:
    (hit,) = workspace.search(query).hits
    assert "content" in hit.where and "noise" in hit.where
    assert lit <= {hit.snippet[a:b] for a, b in hit.matches}, (hit.snippet, hit.matches)


def test_the_article_alone_gives_the_snippet_when_it_holds_every_word(workspace: Workspace) -> None:
    (hit,) = workspace.search("Kalgoorlie rescue").hits
    assert "Related stories" not in hit.snippet
    assert {"Kalgoorlie", "Rescue"} <= {hit.snippet[a:b] for a, b in hit.matches}
