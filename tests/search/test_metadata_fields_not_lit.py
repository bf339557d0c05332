"""``outlet:`` matches the article's outlet only, and ``title:`` its title: neither lights the
same word in the body, and the snippet and the reader's first match come from the words searched
in the text (issue 13, helper s15-k #6).

Reported: ``/outlet:Kyodo Unitrex`` enter landed on "PORTMERE, March 14 (Kyodo)" (match 1/3),
the CLI's spans held the body's "Kyodo" and the snippet was built around it. The README's rule
for an ``outlet:`` match: the snippet is the article from its start. A ``title:`` word is lit in
the title where the text shows it (its first line), nowhere else. Articles written for this test."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

BODY = (
    "PORTMERE, March 14 (Kyodo) - An explosion tore through a chemical plant in Portmere. "
    + "Rescue teams worked through the night near the harbour. " * 6
    + "The Unitrex Group said its warehouse was damaged.\n"
)
ARTICLES = {
    "kyodo.md": f"---\noutlet: Kyodo\ntitle: Blast in Portmere\n---\n\nBlast in Portmere\n\n{BODY}",
    "wire.md": f"---\noutlet: Reuters\ntitle: Portmere blast kills 12\n---\n\nOther heading here\n\n{BODY}",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("meta-fields")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def lit(ws: Workspace, doc: str, query: str) -> tuple[list[str], list[str], str]:
    """The words the hit's spans and the reader's matches cover, and the snippet."""
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    text = ws.article(doc).text
    opened = ws.open_article(doc, query)
    return [text[a:b] for a, b in hit.spans], [text[a:b] for a, b in opened.matches], hit.snippet


def test_outlet_is_not_lit_in_the_body(ws: Workspace) -> None:
    # the reported case: the first match is Unitrex, the snippet around it
    spans, matches, snippet = lit(ws, "kyodo", "outlet:Kyodo Unitrex")
    assert spans == matches == ["Unitrex"]
    assert "Unitrex" in snippet and "(Kyodo)" not in snippet
    # alone: no match in the text; the snippet is the article from its start
    spans, matches, snippet = lit(ws, "kyodo", "outlet:Kyodo")
    assert spans == matches == [] and snippet.startswith("Blast in Portmere")
    # the word searched as a word is the body's word, as before
    assert lit(ws, "kyodo", "Kyodo")[0] == ["Kyodo"]
    assert [h.doc for h in ws.search("outlet:Kyodo", limit=None).hits] == ["kyodo"]


def test_title_is_lit_in_the_title_line_only(ws: Workspace) -> None:
    text = ws.article("kyodo").text
    spans, matches, _snippet = lit(ws, "kyodo", "title:Portmere")
    assert spans == matches == ["Portmere"]
    hit = next(h for h in ws.search("title:Portmere", limit=None).hits if h.doc == "kyodo")
    assert hit.spans[0][1] <= text.index("\n")  # in the first line, not the body's Portmere
    # a title the text does not show: nothing lit, the article still found
    spans, matches, _snippet = lit(ws, "wire", "title:Portmere")
    assert spans == matches == []
    # a title word and a body word: the body word lit everywhere, the title word in the title
    spans, _m, _s = lit(ws, "kyodo", "title:blast Unitrex")
    assert sorted(spans) == ["Blast", "Unitrex"]
