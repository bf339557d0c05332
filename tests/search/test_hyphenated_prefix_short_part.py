"""Round s38-q (issue 15): a hyphenated prefix whose last part is one or two letters, exact.

Found while timing ``state-o*`` (issue 15's open item: 0.1-0.4 s on 1,000 articles): the
one-letter last part left out the stop words it starts, so ``state-o*`` missed
"state-of-the-art" and "the state on the coast" ("of" and "on" are kept only as stop forms at
their positions, and a one-letter prefix asked for none), while ``state-of*`` found them. A
prefix matches every article holding a word starting with it (issue 15), a stop word too.
Variants of our own: "take on" beside "take-off" and "take over", "forty-t*" ("forty to"),
the French "arc-en-ciel" (``arc-e*``: "en" is a word there), "re-e*" and a number
("COVID-19", ``covid-1*``). Each answer is checked against a scan of the articles' words
(:func:`~waic_reader.index.corpus.tokens.search_tokens`, folded). The articles are written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.tokens import fold, search_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "art": "New plant\n\nA state-of-the-art plant opened in Kelvik on Monday.\n",
    "coast": "Vote\n\nThe state on the coast voted for the plan.\n",
    "official": "Talks\n\nA state official spoke to the press.\n",
    "or": "Budget\n\nEither the state or the city pays.\n",
    "apart": "Elsewhere\n\nThe state budget grew; officials said on Friday it was on track.\n",
    "take": "Jets\n\nThe jet will take off at noon and take over the slot.\n",
    "take_on": "Routes\n\nRivals take on the route in May.\n",
    "forty": "Counts\n\nForty to fifty people came.\n",
    "forty_two": "Stayed\n\nOf them, forty-two stayed.\n",
    "arc": "Météo\n\nUn arc-en-ciel est apparu au-dessus de la ville.\n",
    "re": "Vote again\n\nHis re-election and re-entry into politics were announced.\n",
    "covid": "Rules\n\nCOVID-19 rules held through the winter.\n",
    "none": "Weather\n\nRain fell on the coast all day.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(Path(tmp_path_factory.mktemp("hyphen_short_part")), ARTICLES)


def scanned(head: list[str], start: str) -> set[str]:
    """The articles where the words ``head`` stand in a row right before a word starting with
    ``start`` (folded), by a scan of each article's words."""
    out = set()
    for doc, text in ARTICLES.items():
        words = [fold(t) for t, _a, _b in search_tokens(text)]
        n = len(head)
        if any(words[i : i + n] == head and words[i + n].startswith(start) for i in range(len(words) - n)):
            out.add(doc)
    return out


@pytest.mark.parametrize(
    ("query", "head", "start"),
    [
        ("state-o*", ["state"], "o"),  # reported: missed "state-of-the-art", "state on", "state or"
        ("STATE-O*", ["state"], "o"),
        ("state-of*", ["state"], "of"),
        ("take-o*", ["take"], "o"),  # "take on" with "take off" and "take over"
        ("forty-t*", ["forty"], "t"),  # "forty to" and "forty-two"
        ("arc-e*", ["arc"], "e"),
        ("re-e*", ["re"], "e"),
        ("covid-1*", ["covid"], "1"),
    ],
)
def test_every_article_with_such_a_word(ws: Workspace, query: str, head: list[str], start: str) -> None:
    want = scanned(head, start)
    assert want  # the scan finds some: the articles are written for it
    res = ws.search(query, limit=None)
    assert {h.doc for h in res.hits} == want
    assert res.total == len(want)


def test_after_an_article_changes(tmp_path: Path) -> None:
    """An article edited after the index was built (its old version deleted in its segment): the
    deleted version is not found, the new one is (the scan of the expansions passes deleted
    documents by; it once asked the segment for a list of them it does not have)."""
    ws = indexed_workspace(tmp_path, ARTICLES)
    (ws.corpus.root / "coast.txt").write_text("Vote\n\nThe council on the coast voted.\n", "utf-8")
    (ws.corpus.root / "none.txt").write_text("Weather\n\nRain fell on the state-owned port.\n", "utf-8")
    ws.rescan()
    ws.ensure_index()
    res = ws.search("state-o*", limit=None)
    assert {h.doc for h in res.hits} == {"art", "official", "or", "none"}
    assert res.total == 4
