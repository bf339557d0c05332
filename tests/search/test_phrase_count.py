"""A phrase with more candidates than are checked for the page gets its count from an even
sample of the unchecked candidates (issue 15: "about 677" where 427 was exact, because the
checked candidates, those with the highest bounds, match more often than the rest)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.search.whoosh import bulk_scorer as S
from waic_reader.index.workspace import Workspace

FILLER = "Officials met on Tuesday and talked for hours about roads, schools and the harbour budget."


def article(n: int, adjacent: bool, heavy: bool) -> str:
    """Both words in every article; adjacent ("the government") in some. ``heavy`` articles
    repeat the words apart, so their bound is high: they are checked first."""
    words = "The report reached the desk. Government staff read it." * (4 if heavy else 1)
    phrase = "Later the government answered." if adjacent else "Later, a statement came."
    return f"Harbour note {n}\n\n{words} {phrase} {FILLER * (1 if heavy else 6)}\n"


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("phrase-count")
    corpus = root / "corpus"
    corpus.mkdir()
    # 40 heavy articles, 30 of them with the phrase; 160 light ones, 24 of them with the phrase.
    for n in range(200):
        heavy = n < 40
        adjacent = (n % 4 != 0) if heavy else (n % 20 in (1, 7, 13))
        (corpus / f"a{n:03d}.txt").write_text(article(n, adjacent, heavy), "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


def exact_count(ws: Workspace, phrase: str) -> int:
    return ws.search(phrase, limit=None).total


def test_every_unchecked_candidate_checked_when_few_is_exact(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    want = exact_count(ws, '"the government"')
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)  # positions only until the page is settled
    monkeypatch.setattr(S, "PHRASE_COUNT_SAMPLE", 500)  # the rest is fewer than twice this
    res = ws.search('"the government"', limit=5)
    assert res.total == want and res.total_exact


@pytest.mark.parametrize(("sample", "rounds"), [(20, 4), (30, 2), (40, 1)])
def test_the_count_of_many_candidates_is_estimated_from_an_even_sample(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, sample: int, rounds: int
) -> None:
    want = exact_count(ws, '"the government"')
    assert want == 54
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)
    monkeypatch.setattr(S, "PHRASE_COUNT_SAMPLE", sample)
    monkeypatch.setattr(S, "PHRASE_COUNT_ROUNDS", rounds)
    res = ws.search('"the government"', limit=5)
    assert not res.total_exact
    # The checked (heavy) articles match at 3 in 4; the rest at 3 in 20: counting the rest at
    # the checked rate gave about 150.
    assert abs(res.total - want) <= 0.3 * want, res.total


@pytest.mark.parametrize("limit", [1, 2, 40])
def test_page_settled_past_the_first_window_is_the_exact_page(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """One heavy article in four lacks the phrase, so the page is settled only past the first
    ordered window of candidates (``top_of(union, batch + 1)``), in a longer one (eight times
    the next batches; at 40 hits every candidate, sorted): each window is the start of one
    order, so the lazy page is the exact one, ties in document order (issue 15, s24-e)."""
    full = ws.search('"the government"', limit=None)
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)
    windows: list[int | None] = []
    real_top_of = S.top_of

    def spy(scores: dict[int, float], n: int | None) -> list[tuple[int, float]]:
        windows.append(n)
        return real_top_of(scores, n)

    monkeypatch.setattr(S, "top_of", spy)
    lazy = ws.search('"the government"', limit=limit)
    assert [(h.doc, h.score) for h in lazy.hits] == [(h.doc, h.score) for h in full.hits][:limit]
    assert len(windows) == 2 and windows[1] is not None and windows[1] > windows[0], windows


@pytest.mark.parametrize(
    "scores",
    [
        {7: 2.0, 3: 2.0, 9: 1.5, 1: 2.0, 4: 0.5},  # ties: lower docnum first
        dict.fromkeys(range(50, 0, -1), 1.0),  # every score equal
        {d: (d * 7919 % 13) / 4 for d in range(300)},  # many ties among many, inserted unordered
    ],
)
def test_in_order_is_whooshs_order(scores: dict[int, float]) -> None:
    want = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    assert S.in_order(list(scores.items())) == want
    for n in (1, 2, len(scores) // 5 or 1, len(scores)):
        assert S.top_of(scores, n) == want[:n]


def test_an_estimated_count_is_said_estimated(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON ``total_exact`` and the text output's "about N" (the search screen says "about" from
    the same flag): false / said for the sampled count at a limit, true / unsaid for the exact one."""
    import json

    from waic_reader.tui.cli.main import main

    root = Path(ws.corpus.root)
    base = ["--corpus", str(root), "--index-dir", str(root.parent / "index"), "search", '"the government"']
    assert main([*base, "--limit", "60", "--json"]) == 0  # the page holds them all: counted
    data = json.loads(capsys.readouterr().out)
    assert (data["total"], data["total_exact"]) == (54, True)
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)
    monkeypatch.setattr(S, "PHRASE_COUNT_SAMPLE", 20)
    assert main([*base, "--limit", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total_exact"] is False and len(data["hits"]) == 5
    assert main([*base, "--limit", "5"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith(f"about {data['total']} articles match")
