"""A prefix being typed counts what the same prefix submitted counts, at the same page size,
also when the count is an estimate (issue 15, round s43-q2). At 10,000 generated articles the
typed ``the-gov`` said "about 589" while ``the-gov*`` counted 666: that 666 was every match
(``limit=None``); submitted with a page of 20, ``the-gov*`` says "about 589" too. The count of
a phrase with many candidates is estimated from a sample (``bulk_scorer.PHRASE_CHECK_ALL``,
tests/search/test_phrase_count.py), the same way typed or submitted; this keeps it so."""

from __future__ import annotations

import pytest

from waic_reader.index.search.whoosh import bulk_scorer as S
from waic_reader.index.workspace import Workspace

# Longer articles without the phrases: their bound is lower, so they are checked last (or only
# sampled) and the page is settled before them.
FILLER = "Officials met on Tuesday and talked for hours about roads, schools and the harbour budget. " * 4


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    root = tmp_path_factory.mktemp("typed-count")
    corpus = root / "corpus"
    corpus.mkdir()
    for n in range(24):
        # "the government" / "in depth" in some articles, the words apart in the others
        title = "The government in depth, note" if n % 3 == 0 else "Harbour note"
        body = (
            "Later the government answered in depth."
            if n % 3 == 0
            else "The report reached the desk. Government staff read it in the depths. " + FILLER
        )
        (corpus / f"a{n:02d}.txt").write_text(f"{title} {n}\n\n{body} Governors met.\n", "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace


@pytest.mark.parametrize("typed", ["the-gov", "in-de", "gov"])
def test_typed_prefix_counts_as_submitted(ws: Workspace, monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)  # positions checked only until the page is settled
    monkeypatch.setattr(S, "PHRASE_COUNT_SAMPLE", 2)  # the rest's count estimated from a sample
    as_typed = ws.search(typed, limit=3, typing=True)
    submitted = ws.search(typed + "*", limit=3)
    assert (as_typed.total, as_typed.total_exact) == (submitted.total, submitted.total_exact)
    assert [h.doc for h in as_typed.hits] == [h.doc for h in submitted.hits]
    assert as_typed.total > 0
    # the hyphenated prefixes' counts are the sampled estimate here (the case reported), the
    # plain prefix's exact (a prefix of terms: every match counted)
    assert as_typed.total_exact == ("-" not in typed)
