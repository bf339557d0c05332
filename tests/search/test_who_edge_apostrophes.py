"""``who:`` and ``said:`` on a name with a word ending (or opening) in an apostrophe (acceptance
report t13ab L5, round s36-r): "Rail Workers' Union" was indexed as "rail workers' union",
"workers'", so ``who:Workers`` and ``who:"Rail Workers Union"`` found nothing though ``who:Union``
did. An apostrophe at a word's end is no part of it, in the entity terms and in the query alike
(``corpus.tokens.name_form``); one between letters stays ("O'Brien", "Moody's")."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    # reported (t13ab repro/v6/a.txt)
    "union": (
        "Union warns over track\n\n"
        "A spokesman for the Rail Workers' Union said the union had warned Westmarch Rail about the "
        "track for years.\n"
    ),
    # invented: a curly apostrophe, another body, a speaker quoted
    "nurses": (
        "Nurses walk out\n\n"
        "The Royal Nurses’ Federation called the strike on Monday. “We have no choice,” said the "
        "Royal Nurses’ Federation, which represents 40,000 staff.\n"
    ),
    # invented: a name with an inner apostrophe, which stays one word
    "obrien": (
        "Harbour chief quits\n\nHarbour master Siobhan O'Brien resigned on Friday, the Drivers' Guild of Kerrow said.\n"
    ),
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("who_apostrophes"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("who:Workers", {"union"}),  # reported
        ('who:"Rail Workers Union"', {"union"}),  # reported: the apostrophe left off
        ("who:Workers'", {"union"}),
        ('who:"Rail Workers\' Union"', {"union"}),
        ("who:Union", {"union"}),
        ("who:Nurses", {"nurses"}),
        ('who:"Royal Nurses Federation"', {"nurses"}),
        ('who:"Royal Nurses’ Federation"', {"nurses"}),
        ("said:Nurses choice", {"nurses"}),
        ("who:Drivers", {"obrien"}),
        ("who:O'Brien", {"obrien"}),
        ('who:"Siobhan O’Brien"', {"obrien"}),
    ],
)
def test_word_ending_in_an_apostrophe_is_a_word(ws: Workspace, query: str, want: set[str]) -> None:
    found = {h.doc for h in ws.search(query, limit=None).hits}
    assert found == want, (query, found)


def test_name_form_drops_only_edge_apostrophes() -> None:
    from waic_reader.index.corpus.tokens import name_form, name_forms

    assert name_form("Rail Workers’ Union") == "rail workers union"
    assert name_forms("Rail Workers' Union") == ["rail workers union", "rail", "workers", "union"]
    assert name_form("Siobhan O’Brien") == "siobhan o'brien"
    assert name_form("Moody's") == "moody's"
