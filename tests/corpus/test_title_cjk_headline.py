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
        "震",  # one character: no headline (two are: see below)
        "官员周一表示将展开调查。",  # ends a sentence
    ],
)
def test_a_cjk_word_or_sentence_is_no_headline(tmp_path: Path, line: str) -> None:
    (tmp_path / "a.txt").write_text(f"{line}\n\nMarch 16, 2025\n\n{BODY}\n", encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.title != line


# A headline of two or three characters (tester, #17 re-test, session 16: "地震" over an English
# paragraph ending "… Posted: Mar 14, 2025" was lost; four characters worked): the counter read the
# run as one word, and a one-word line is no headline. The first case is the reported input.
@pytest.mark.parametrize(
    "text",
    [
        f"地震\n{BODY} Posted: Mar 14, 2025\n",  # the reported input
        f"台风\n\nPosted: Mar 14, 2025\n\n{BODY}\n",
        f"台风来\n\n{BODY} Posted: Mar 14, 2025\n\nWhat happened\n\n{BODY}\n",  # section headings after it
    ],
)
def test_a_two_or_three_character_cjk_headline_is_the_title(tmp_path: Path, text: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.title == text.split("\n", maxsplit=1)[0]
    assert article.date == "2025-03-14"


@pytest.mark.parametrize(
    "menu",
    [
        "首页\n新闻\n体育",  # a menu's lines over the prose: the last is no headline
        "Home\n新闻",
        "[Menu]\n\n体育",
    ],
)
def test_a_short_cjk_line_under_others_is_no_headline(tmp_path: Path, menu: str) -> None:
    (tmp_path / "a.txt").write_text(f"{menu}\n\n{BODY}\n", encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert article.title == "The Oster dam breach in Valdmark killed seven people, officials said on Monday."
