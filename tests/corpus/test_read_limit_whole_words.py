"""A file over the read limit is cut where a sentence or word ends (issue 17, acceptance s9:
c1/wire/huge.txt ended "…officials in Halvi", a half word read as a place), the note kept."""

from __future__ import annotations

from pathlib import Path

import pytest

import waic_reader.index.corpus.reader as reader
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.text import cut_whole

LIMIT = 4096


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_READ_BYTES", LIMIT)


@pytest.mark.parametrize(
    ("name", "content", "ends"),
    [
        # the reported file: one paragraph of sentences, the limit falling inside "Halvik"
        ("huge.txt", "The ferry toll was discussed at length by officials in Halvik. " * 200, "officials in Halvik."),
        # no sentence end near the cut: the last whole word
        ("words.txt", "ferry " * 400 + "toll " + "harbourmaster" * 400, "ferry toll"),
        # Markdown: a list of items, cut after the last whole one
        ("notes.md", "# Notes\n\n" + "".join(f"- item {n} of the harbour plan\n" for n in range(400)), "harbour plan."),
    ],
)
def test_the_cut_ends_a_sentence_or_word(tmp_path: Path, name: str, content: str, ends: str) -> None:
    if name == "notes.md":
        content = content.replace(" plan\n", " plan.\n")
    (tmp_path / name).write_text(content, "utf-8")
    corpus = Corpus.scan(tmp_path)
    doc = name.rpartition(".")[0]
    article = corpus.article(doc)
    assert article.text.endswith(ends), article.text[-40:]
    assert len(article.text.encode()) <= LIMIT
    assert any("only the first 4,096 are read" in n for n in article.notes)
    assert corpus.shown_text(doc) == article.text  # search snippets read the same text


def test_cut_whole() -> None:
    assert cut_whole("One sentence. Two half") == "One sentence."
    assert cut_whole("no sentence end but words") == "no sentence end but"
    assert cut_whole("é" * 50) == "é" * 50  # nothing to cut at: as read
