"""``who:`` a firm's short form lights its mentions where another article writes the name in
full (tester t13e, session 20: ``who:"Ostrava Freight"`` found the article naming "Ostrava
Freight Lines" but gave it no spans and no matches, so the reader said "no matches"). The
grouping merges the short form into the long one (``CorpusView.home_terms``); the hit's spans and
the reader's matches (``Workspace.article_matches``) are that entity's mentions. The first corpus
is the reported one (as the tester wrote it, shortened); the other two are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

REPORTED = (
    "Ostrava Freight",
    "Ostrava Freight Lines",
    {
        "a1": "Rail strike halts freight at Ostrava\n\nOSTRAVA, March 3 — Ostrava Freight Lines said on Monday "
        "that all of its trains had stopped after the drivers' union called a strike over pay.\n\nThe company "
        "said it expected losses of several million crowns a day. Ostrava Freight Lines chief executive "
        "Pavel Dvorak said talks would resume on Wednesday.\n",
        "a2": "Strike spreads to Czech ports\n\nPRAGUE, March 4 — The strike at Ostrava Freight spread on "
        "Tuesday to river ports.\n\nOstrava Freight has not said when trains will run again. A spokeswoman "
        "for Ostrava Freight declined to comment.\n",
    },
)
DAIRY = (
    "Halden Dairy",
    "Halden Dairy Cooperative",
    {
        "x": "Milk prices rise\n\nHalden Dairy Cooperative raised its price to farmers on Friday, its board "
        "said.\n\nThe Halden Dairy Cooperative board meets again in June.\n",
        "y": "Farmers welcome rise\n\nFarmers in the valley said Halden Dairy had listened at last.\n",
        "z": "Shops expect dearer milk\n\nGrocers said the move by Halden Dairy would reach shelves by July.\n",
    },
)
SHIPYARD = (
    "Morrow Marine",
    "Morrow Marine Engineering",
    {
        "p": "Shipyard wins order\n\nMorrow Marine Engineering won an order for four ferries, it said on Monday.\n",
        "q": "Ferry order\n\nMorrow Marine said the order would keep its yard busy until 2028.\n",
    },
)


@pytest.mark.parametrize(("short", "long", "files"), [REPORTED, DAIRY, SHIPYARD])
def test_who_a_short_form_lights_the_long_form_where_it_is_written(
    tmp_path: Path, short: str, long: str, files: dict[str, str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    w = Workspace(corpus, tmp_path / "ix", tmp_path / "data")
    w.ensure_index()
    query = f'who:"{short}"'
    hits = w.search(query, limit=None).hits
    assert sorted(h.doc for h in hits) == sorted(files)
    for hit in hits:
        text = w.corpus.article(hit.doc).text
        lit = [text[s:e] for s, e in hit.spans]
        written = long if long in files[hit.doc] else short
        # every mention of the entity, and only its mentions
        assert lit and all(t in (short, long) for t in lit), (hit.doc, lit)
        assert len(lit) == files[hit.doc].count(written), (hit.doc, lit)
        assert hit.matches, hit.doc
        assert written in hit.snippet
        # the reader's matches are the hit's spans (n/N step through them, "match 1/N")
        article = w.corpus.article(hit.doc)
        assert w.article_matches(w.analyser.analyse(article), query) == hit.spans
