"""A number prefix with a thousands separator (``2,02*``, ``3,00*``, ``2,0`` while typing) means
any number whose value, written with separators, starts with it, however the text writes it:
the same rule as a whole number (``3,000`` and ``3000`` find each other). Reported: ``2,02*``
found an article whose only match is the year "2025". That is the rule: ``2,025`` finds "2025"
too, and a prefix must find at least what each of its completions finds, or results would grow
as one types on. These tests pin the rule, with its highlights."""

from __future__ import annotations

import pytest

from waic_reader.index.workspace import Workspace

ARTICLES = {
    "year": "Outlook\n\nThe ministry expects growth to pick up in 2025 after a weak winter.\n",
    "votes": "Count\n\nThe motion passed with 2,025 votes against 1,990.\n",
    "small": "Ferry\n\nThe ferry carried 202 passengers and 20 cars on Monday.\n",
    "large": "Census\n\nThe district counted 20,250 residents and 3,005 households.\n",
    "plain": "Homes\n\nAbout 3000 homes lost power, and 300 more were cut off later.\n",
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("number_prefix")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str, typing: bool = False) -> set[str]:
    res = ws.search(query, limit=None, typing=typing)
    assert res.total == len(res.hits)
    return {h.doc for h in res.hits}


@pytest.mark.parametrize(
    ("query", "typing", "want", "shown"),
    [
        # Reported: the year 2025 is the number 2,025.
        ("2,02*", False, {"year", "votes"}, {"year": "2025", "votes": "2,025"}),
        ("2,0", True, {"year", "votes"}, {"year": "2025"}),  # typing; not "20,250" or "202"
        ("3,00*", False, {"large", "plain"}, {"large": "3,005", "plain": "3000"}),  # not "300"
        ("20,2*", False, {"large"}, {"large": "20,250"}),  # not "2025" (2,025) or "202"
    ],
)
def test_a_separated_number_prefix_finds_numbers_by_value(
    ws: Workspace, query: str, typing: bool, want: set[str], shown: dict[str, str]
) -> None:
    assert docs(ws, query, typing) == want
    res = ws.search(query, limit=None, typing=typing)
    for doc, written in shown.items():
        hit = next(h for h in res.hits if h.doc == doc)
        text = ws.corpus.article(doc).text
        start = text.index(written)
        assert (start, start + len(written)) in hit.spans
        assert written in [hit.snippet[a:b] for a, b in hit.matches]


@pytest.mark.parametrize(("prefix", "completion"), [("2,02", "2,025"), ("3,00", "3,000"), ("2,0", "2,025")])
def test_a_prefix_finds_what_its_completions_find(ws: Workspace, prefix: str, completion: str) -> None:
    assert docs(ws, completion) <= docs(ws, prefix + "*")
    assert docs(ws, completion) <= docs(ws, prefix, typing=True)
    assert docs(ws, completion) == docs(ws, completion.replace(",", ""))  # "2,025" and "2025" alike
