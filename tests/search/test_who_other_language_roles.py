"""``who:SURNAME`` finds every article the entity list gives the person, an article in German or
Swedish naming them after a capitalised compound role ("sagte Geschäftsführerin X", "Även
Polischef X") among them (issue #16, round s35-v, t13z H22: ``who:Okafor`` found the French
article only). Invented names; the reported shape first."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "en": (
        "Hospital attack\n\nThe hospital will not pay, chief executive Marta Okonjo said. Police chief "
        "Nils Brandqvist said the gang was known.\n"
    ),
    "de": "Angriff auf Klinik\n\n„Wir zahlen nicht“, sagte Geschäftsführerin Marta Okonjo am Donnerstag.\n",
    "sv": "Attack mot sjukhus\n\nÄven Polischef Nils Brandqvist bekräftade det på torsdagen.\n",
    "other": "Weather\n\nRain is expected in Dublin on Friday, forecasters said.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("roles")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(("query", "docs"), [("who:Okonjo", {"en", "de"}), ("who:Brandqvist", {"en", "sv"})])
def test_who_finds_the_other_language_article(ws: Workspace, query: str, docs: set[str]) -> None:
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == docs
