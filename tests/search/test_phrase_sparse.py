"""A phrase rare among its candidates is checked in every candidate at once (issue 15: at 100k
articles `"people said"`, two words in thousands of articles and side by side in a few, was
checked in bound order a batch at a time, every candidate in the end, 245 ms of CPU).

Such a phrase must give the page, the scores and the count of checking every match (its count
is exact), and a phrase common among its candidates must still be checked in bound order."""

from __future__ import annotations

from typing import Any

import pytest

from waic_reader.index.search.whoosh import bulk_scorer as S
from waic_reader.index.workspace import Workspace

FILLER = "The council met on Tuesday and the harbour budget was read aloud in the hall."


def article(n: int) -> str:
    """Every article has "people", "said", "town" and "the" apart; a few have them together."""
    title = "People said no" if n % 50 == 3 else f"Harbour note {n}"
    body = ["People in the town of Portmere were asked.", "Officials said it would take time.", FILLER * (1 + n % 3)]
    if n % 25 == 7:  # 8 of 200: "people said" in the body
        body.append("Many people said the plan was late.")
    if n % 40 == 11:  # 5 of 200: "said the people of the town"
        body.append("So said the people of the town, loudly.")
    if n % 2 == 0:  # 100 of 200: a common phrase
        body.append("The harbour master spoke.")
    return f"{title}\n\n{' '.join(body)}\n"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("phrase-sparse")
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(200):
        (corpus / f"a{n:03d}.txt").write_text(article(n), "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def page(res: Any) -> list[tuple[str, float, list[str], str]]:
    return [(h.doc, h.score, h.where, h.snippet) for h in res.hits]


def sparse_answers(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every ``_sparse_top`` answer given from now on (False: checked in bound order)."""
    answers: list[object] = []
    real = S.BulkScorer._sparse_top

    def spy(self: S.BulkScorer, kids: list[Any], limit: int) -> Any:
        got = real(self, kids, limit)
        answers.append(got if got is False or got is None else "sparse")
        return got

    monkeypatch.setattr(S.BulkScorer, "_sparse_top", spy)
    return answers


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ('"people said"', 8 + 4),  # the report's phrase: in 8 bodies and 4 titles
        ('"said the people of the town"', 5),  # stop words checked at their positions
        ('"town said"', 0),  # both words in every article, never side by side
    ],
)
@pytest.mark.parametrize("limit", [20, 50])  # (fewer than two pages of matches)
def test_a_phrase_rare_among_its_candidates_is_checked_in_every_one(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, phrase: str, want: int, limit: int
) -> None:
    exact = ws.search(phrase, limit=None)  # every match, checked and scored (no page)
    assert exact.total == want
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)  # as at 100k: more candidates than checked at once
    answers = sparse_answers(monkeypatch)
    res = ws.search(phrase, limit=limit)
    assert answers and answers[0] == "sparse"
    assert page(res) == page(exact)[:limit]
    assert res.total == want and res.total_exact


@pytest.mark.parametrize("limit", [3, 20])
def test_a_phrase_common_among_its_candidates_is_checked_in_bound_order(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    exact = ws.search('"the harbour master"', limit=None)
    assert exact.total == 100
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)
    answers = sparse_answers(monkeypatch)
    res = ws.search('"the harbour master"', limit=limit)
    assert answers and answers[0] is False  # half the candidates match: the page settles early
    assert page(res) == page(exact)[:limit]
    assert res.total_exact or abs(res.total - 100) <= 30


@pytest.mark.parametrize("positions", [[300], [5], [300, 301, 900], [70000], [256, 70000]])
def test_positions_of_every_type_code_decoded_as_the_format_does(positions: list[int]) -> None:
    """``decode_positions`` reads one ``H`` position as one integer: the same as the format."""
    from waic_reader.index.search.whoosh.analyzer import IndexPositions
    from waic_reader.index.search.whoosh.postings import decode_positions

    fmt = IndexPositions()
    value = fmt.encode(positions)
    assert decode_positions([value, fmt.encode([7, 9])], fmt) == [positions, [7, 9]]
    assert fmt.decode_positions(value) == positions
