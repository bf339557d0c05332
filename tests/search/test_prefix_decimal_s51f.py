"""A number prefix with a single dot and at most one digit after it is a decimal being written, read
as written only: ``12.5*`` finds and lights "12.5", "12.55", never "12,500" (review s50-rv2 #4, round
s51-f: the dot was read as a thousands separator too, so it lit "12,500", and ``1.*`` every 1,xxx).
Reported: ``12.5*`` over "rose 12.5 per cent … fell to 12,500 points"; variants of my own: ``3.4*``
beside "3,400"/"3,450", and ``1.*`` beside "1,750". Searched submitted and typed, and lit.
Guards: two digits after the dot is a thousands group being written too (``1.20*`` finds "1,200",
README), and so is a prefix with two dots (``1.200.0*``)."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "dec": "Prices rise\n\nThe index rose 12.5 per cent while another fell to 12,500 points.\n",
    "ints": "Markets\n\nTrading closed at 12,500 points, and 3,400 firms and 3,450 funds reported.\n",
    "rate": "Growth\n\nGrowth was 3.4 per cent and inflation 1.9 per cent; 1,750 jobs were lost.\n",
    "dams": "Dams\n\nThere are 1,200 large dams in the region and the plan costs 1.200.000 euros.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("prefix_decimal"), ARTICLES)


def lit(ws: Workspace, query: str, typing: bool = False) -> dict[str, set[str]]:
    res = ws.search(query, limit=None, typing=typing)
    return {h.doc: {ws.corpus.article(h.doc).text[a:b] for a, b in h.spans} for h in res.hits}


@pytest.mark.parametrize(
    ("prefix", "want"),
    [
        ("12.5*", {"dec": {"12.5"}}),  # reported: never "12,500"
        ("3.4*", {"rate": {"3.4"}}),  # never "3,400" nor "3,450"
        ("1.*", {"rate": {"1.9"}}),  # never "1,750" nor "1,200"
    ],
    ids=["reported", "one-digit", "no-digit"],
)
@pytest.mark.parametrize("typing", [False, True], ids=["submitted", "typed"])
def test_a_decimal_prefix_is_no_thousands(ws: Workspace, prefix: str, want: dict[str, set[str]], typing: bool) -> None:
    query = prefix[:-1] if typing else prefix
    got = lit(ws, query, typing)
    assert {doc: {w.split()[0] for w in words if w[:1].isdigit()} for doc, words in got.items()} == want


@pytest.mark.parametrize(
    ("prefix", "number"),
    [("1.20*", "1,200"), ("12.50*", "12,500"), ("1.200.0*", "1.200.000")],
)
def test_a_dotted_group_being_written_is_thousands_too(ws: Workspace, prefix: str, number: str) -> None:
    assert any(number in words for words in lit(ws, prefix).values())
