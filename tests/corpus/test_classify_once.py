"""Reading an article classifies its blocks (boilerplate or not) at most once: the date, the
derived title and the analysis's noise split share one pass. A 4,900-word text used to be
classified twice (the date's noise blocks or the split, and the headline), ~25 ms of the
~130 its first open took in the reader's worker (tests/perf/tui_keys.py). The results are
those of the separate passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import article as noise_article
from waic_reader.index.analysis.noise import classify as noise_classify
from waic_reader.index.analysis.noise import classify_article, classify_page, headline_block, split_noise
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.titles import derive_title

PARAGRAPH = (
    "The council approved the harbour plan on Tuesday after a long debate about the cost. "
    "Engineers said the new quay would take three years to build and employ 400 workers."
)


def page(head: str, paragraphs: int) -> str:
    """``head`` (front matter, a title line, a dated byline), then paragraphs, then a share line."""
    body = [f"{PARAGRAPH} Section {i} follows with more detail on the works." for i in range(paragraphs)]
    return "\n\n".join([head, *body, "Share this article on Facebook Twitter LinkedIn Email"]) + "\n"


CASES = {
    # the benchmark's long article: a headline, a byline with the date in the text
    "dated-text": ("Harbour plan approved after long debate\n\nBy Ana Ruiz, March 14, 2025", 40),
    # the date in front matter, no title: the headline is found by classifying the page
    "front-matter-date": ("---\ndate: 2025-03-14\n---\nHarbour plan approved after long debate", 40),
    # a short text (below the page size) dated in its text
    "short-dated": ("Harbour plan approved\n\nPosted: March 14, 2025", 5),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_an_article_read_classifies_its_blocks_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    head, paragraphs = CASES[name]
    suffix = ".md" if head.startswith("---") else ".txt"
    (tmp_path / f"a{suffix}").write_text(page(head, paragraphs), "utf-8")
    calls = []
    classify = noise_classify.classify_labels
    # Every module of the boilerplate package that calls the block classifier holds its own name
    # for it: count the calls through each.
    callers = (noise_classify, noise_article)
    assert all(m.classify_labels is classify for m in callers)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return classify(*args, **kwargs)  # type: ignore[arg-type]

    for m in callers:
        monkeypatch.setattr(m, "classify_labels", counted)
    article = Corpus.scan(tmp_path).article("a")
    split = split_noise(article)
    assert len(calls) <= 1, f"classified {len(calls)} times"
    for m in callers:
        monkeypatch.setattr(m, "classify_labels", classify)
    # The same as each part computed on its own.
    assert article.noise_labels is None or article.noise_labels == classify_article(article.blocks)
    assert article.title == derive_title(article.blocks, article.sentences)
    labels = classify_article(article.blocks)
    assert [s.start for s in split.noise] == [b.start for b, lab in zip(article.blocks, labels) if lab is not None]
    assert headline_block(article.blocks) == headline_block(article.blocks, classify_page(article.blocks))
    assert article.date is not None and article.date.startswith("2025-03-14")
