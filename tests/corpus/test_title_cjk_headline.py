"""A short headline in Chinese, Japanese or Korean over the prose is the title, as an English one
is (tester, session 15, /tmp/t17/c3/a.txt: "大坝调查" over English text gave the first English
sentence as the title): a run of those scripts is one "word" to the word counter, so the
headline looked one word long. The first case is the reported input; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = (
    "The Oster dam breach in Valdmark killed seven people, officials said on Monday. Ilse Korvan "
    "promised an inquiry into the Water Authority."
)


@pytest.mark.parametrize(
    ("headline", "date_line"),
    [
        ("大坝调查", "March 16, 2025"),  # the reported input
        ("大坝调查", "2025年3月16日"),
        ("フェリー運航再開", "公開 2025年3月16日"),
        ("ダム調査", "2025年3月16日"),
        ("댐 붕괴 조사", "2025년 3월 16일"),
    ],
)
def test_a_cjk_headline_over_english_prose_is_the_title(tmp_path: Path, headline: str, date_line: str) -> None:
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{date_line}\n\n{BODY}\n", encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.title == headline
    assert article.date == "2025-03-16"


@pytest.mark.parametrize(
    "line",
    [
        "调查",  # two characters: a word, not a headline
        "官员周一表示将展开调查。",  # ends a sentence
    ],
)
def test_a_cjk_word_or_sentence_is_no_headline(tmp_path: Path, line: str) -> None:
    (tmp_path / "a.txt").write_text(f"{line}\n\nMarch 16, 2025\n\n{BODY}\n", encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.title != line
