"""``who:`` finds an article by the people and bodies the corpus groups (issue #16, round s49-n,
tester t13aq N8 and N9): a German article naming a person after a role noun or before "sagte"
("AlpenRail-Chef Torvald Ødegaard sagte …"), and an article naming a firm only as a modifier after
a sentence's article or a possessive ("An AlpenRail intercity train derailed …", "Saturday's
AlpenRail derailment"). The articles are written for these tests, in other names than the
tester's corpus."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "english": (
        "Train derails near Kesselfeld\n\nKestrail AG said the train had been inspected in March. "
        "Kestrail said it would pay the families. Railway chief Vebjørn Tveitå said the line would "
        "reopen. Fire chief Aoibheann Ní Chléirigh said rescuers worked through the night.\n"
    ),
    "german": (
        "Zugunglück bei Kesselfeld\n\nDie Polizei hat die Ermittlungen aufgenommen, die Feuerwehr ist "
        "vor Ort. Kestrail-Chef Vebjørn Tveitå sagte den Hinterbliebenen einen Hilfsfonds zu. „Wir "
        "suchen weiter“, sagte Bergwachtkommandantin Aoibheann Ní Chléirigh. Die Strecke bleibt gesperrt.\n"
    ),
    "feed": "Train derails\n\nA Kestrail intercity train derailed near Kesselfeld on Saturday morning.\n",
    "update": "Toll rises\n\nThe toll from Saturday's Kestrail derailment rose to nine, police said.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("who_s49n")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("who:Tveitå", {"english", "german"}),
        ("who:Tveita", {"english", "german"}),
        ('who:"Aoibheann"', {"english", "german"}),
        ("who:Kestrail", {"english", "feed", "update"}),
    ],
)
def test_who_finds_every_article_the_corpus_names_them_in(ws: Workspace, query: str, want: set[str]) -> None:
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} >= want
