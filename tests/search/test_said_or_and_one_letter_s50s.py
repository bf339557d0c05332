"""Two search faults of issue #13/#14, each with the reported input and two variants of my own.

t13at N14: ``said:NAME words OR other``: an article found only through the OR word lit the
speaker's quotes that match nothing in the query, instead of the OR word (README: "a ``said:``
hit's matches are the matching quotes"). Reported ``said:Olabarria wall OR Ponferrada``; variants
a prefix (``said:Berg flood* OR rooftops``) and a phrase (``said:Berg "like a wall" OR rooftops``).

t13ar N13: the Irish particle "Ó" (a one-letter word, kept as a stop form, README's choice: a
letter alone, accented or not, is no word searched) was a silent 0 alone and unlit beside its
name: now a note says a one-letter word alone is not searched, and beside its neighbours as the
query writes them ("Ó Fearghail", "Ruairí Ó Fearghail") it is lit with them. Variants "Ú Néill"
and a stop word alone ("the")."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "wire": 'Dam fails\n\n"The water came like a wall. We had no time," Mayor Anton Olabarria said on Saturday.\n',
    "post": (
        'Warning row\n\n"Twenty-five minutes is not a warning," Mayor Anton Olabarria said. Families sat on '
        "rooftops in Ponferrada until dawn while the river kept rising.\n"
    ),
    "radio": "Radio\n\nVolunteers from Ponferrada drove to the valley with boats.\n",
    "berg": '"Nobody called us before the flood came," Mayor Hanne Berg said. Later she visited the school.\n',
    "berg2": '"The sirens were silent," Mayor Hanne Berg said. Rooftops were covered in mud.\n',
    "irish": (
        "Garda inquiry\n\nDetective Superintendent Ruairí Ó Fearghail said the inquiry was open. "
        "Later Ó Fearghail met Seán Ú Néill at the station.\n"
    ),
    "letter": "Letters\n\nThe letter O was painted on the wall beside Fearghail Street.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("said_or"), ARTICLES)


def lit(ws: Workspace, query: str) -> dict[str, list[str]]:
    res = ws.search(query, limit=None)
    return {h.doc: [ws.corpus.article(h.doc).text[a:b] for a, b in h.spans] for h in res.hits}


@pytest.mark.parametrize(
    ("query", "doc", "word"),
    [
        ("said:Olabarria wall OR Ponferrada", "post", "Ponferrada"),  # reported
        ("said:Berg flood* OR rooftops", "berg2", "Rooftops"),
        ('said:Berg "like a wall" OR rooftops', "berg2", "Rooftops"),
    ],
)
def test_a_hit_through_the_or_word_lights_that_word_not_the_quotes(
    ws: Workspace, query: str, doc: str, word: str
) -> None:
    found = lit(ws, query)
    assert found[doc] == [word]  # never a quote that matches nothing


def test_a_said_hit_still_lights_its_matching_quote(ws: Workspace) -> None:
    found = lit(ws, "said:Olabarria wall OR Ponferrada")
    assert found["wire"] == ["The water came like a wall. We had no time"]
    assert lit(ws, "said:Berg flood* OR rooftops")["berg"] == ["Nobody called us before the flood came"]


@pytest.mark.parametrize("query", ["Ó", "Ú", "the"])
def test_a_query_of_dropped_words_alone_says_so(ws: Workspace, query: str) -> None:
    res = ws.search(query)
    assert res.total == 0
    assert "one-letter or stop word alone" in res.reading_note()
    assert ws.search("Fearghail").reading_note() == ""


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("Ó Fearghail", "Ó Fearghail"),  # reported
        ('"Ruairí Ó Fearghail"', "Ruairí Ó Fearghail"),  # reported, quoted
        ("Ú Néill", "Ú Néill"),
    ],
)
def test_the_particle_is_lit_with_its_name(ws: Workspace, query: str, shown: str) -> None:
    found = lit(ws, query)
    assert any(shown in s for s in found["irish"])
    assert all(s != "O" for s in found.get("letter", []))  # a lone letter elsewhere is never lit
