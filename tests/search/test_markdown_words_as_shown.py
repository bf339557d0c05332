"""A Markdown article is searched as the reader shows it: a link's text, never its URL, and no
emphasis markers between words (issue 13, helper s15-k #3).

Reported: ``[Portmere plant](https://example.com/plant) killed`` -- ``"Portmere plant killed"``
found nothing while the reader showed those words; ``"plant killed"`` matched ``plant) killed``
in the URL; ``nordbank.example`` matched inside a URL with nothing visible. The matches still
point into the article text as written. The articles are written for this test; a plain-text
article keeps its URL's words (only Markdown hides them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "ft.md": (
        "# Blast at the plant\n\n"
        "Shares in **Halvorsen Chemicals** fell after the explosion at its "
        "[Portmere plant](https://example.com/plant) killed _at least 13 people_.\n\n"
        "Analysts at [Nordbank](https://nordbank.example) estimated the cost.\n"
    ),
    "bank.md": '# Bank note\n\nThe figures came from a [briefing](https://nordbank.example/brief "Nordbank").\n',
    "plain.txt": "Plain notes\n\nThe report is at https://nordbank.example/report for anyone.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("md-words")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def _shown(ws: Workspace, doc: str, query: str) -> list[str]:
    """What each of ``query``'s spans in ``doc`` covers, as written, for the hit and the reader."""
    hit = next(h for h in ws.search(query, limit=None).hits if h.doc == doc)
    text = ws.article(doc).text
    opened = ws.open_article(doc, query)
    assert opened.matches == hit.spans  # the reader lights what the search found
    assert all("](" not in hit.snippet[a:b] for a, b in hit.matches)
    return [text[a:b] for a, b in hit.spans]


def test_a_phrase_across_a_link_is_found_as_shown(ws: Workspace) -> None:
    # the reported case: the link's words then the word after it
    assert [h.doc for h in ws.search('"Portmere plant killed"', limit=None).hits] == ["ft"]
    (span,) = _shown(ws, "ft", '"Portmere plant killed"')
    assert span.startswith("Portmere plant") and span.endswith("killed")
    hit = ws.search('"Portmere plant killed"', limit=None).hits[0]
    assert "Portmere plant killed at least 13 people" in hit.snippet and "https" not in hit.snippet


def test_words_of_a_url_are_not_found(ws: Workspace) -> None:
    # "plant killed" is the shown words, never "plant) killed" of the URL
    (span,) = _shown(ws, "ft", '"plant killed"')
    assert span.startswith("plant]") and span.endswith("killed")
    # a URL's words match nothing in Markdown, in plain text they are the text
    assert [h.doc for h in ws.search("nordbank.example", limit=None).hits] == ["plain"]
    assert [h.doc for h in ws.search("https", limit=None).hits] == ["plain"]
    # a link title is not shown either; the link's own text is
    assert [h.doc for h in ws.search("briefing", limit=None).hits] == ["bank"]
    assert "bank" not in {h.doc for h in ws.search("nordbank", limit=None).hits}  # only in its URL and title


def test_a_phrase_across_emphasis_markers_is_found(ws: Workspace) -> None:
    assert [h.doc for h in ws.search('"Halvorsen Chemicals fell"', limit=None).hits] == ["ft"]
    assert _shown(ws, "ft", '"Halvorsen Chemicals fell"') == ["Halvorsen Chemicals** fell"]
    assert _shown(ws, "ft", '"killed at least"') == ["killed _at least"]


def test_the_corpus_on_disk_is_unchanged(ws: Workspace) -> None:
    assert (Path(ws.root) / "ft.md").read_text("utf-8") == ARTICLES["ft.md"]
