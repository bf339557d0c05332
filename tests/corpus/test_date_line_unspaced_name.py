"""A date line under the headline that names its outlet in a script written without spaces, by a
name no newspaper's word closes ("新华财经 2026年3月12日": tester t13al N8, issue #14): the line was
read as a headline with a date in it, so it became the title and the article was undated when
corpus.yaml gave no date. Under the headline such a line is the outlet's date line, as "Reuters 12
March 2026" is; the same line opening the text is a short headline with its date and stays the
title."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

ZH = (
    "荷兰维尔特拉银行倒闭 央行接管",
    "荷兰地区性银行维尔特拉银行（Veltra Bank）于3月11日倒闭，荷兰中央银行已接管该行。该行约有41万名储户，存款总额为184亿欧元。",
)
JA = (
    "オランダのベルトラ銀行が破綻 中央銀行が管理",
    "オランダの地方銀行ベルトラ銀行が3月11日に破綻し、オランダ中央銀行が経営を引き継いだ。同行には約41万人の預金者がいる。",
)
KO = (
    "네덜란드 벨트라 은행 파산, 중앙은행이 인수",
    "네덜란드의 지방 은행인 벨트라 은행이 3월 11일 파산했으며 네덜란드 중앙은행이 은행을 인수했다. 예금자는 약 41만 명이다.",
)


@pytest.mark.parametrize(
    ("story", "line", "date"),
    [
        # reported (t13al corpus zh/caixin-veltra.txt)
        (ZH, "新华财经 2026年3月12日", "2026-03-12"),
        # invented: Japanese, an agency's name in kana after a bar, with its time
        (JA, "共同通信 2026年3月12日", "2026-03-12"),
        (JA, "ロイター | 2026年3月12日 10:30", "2026-03-12T10:30"),
        # invented: Korean, whose words are spaced (read as "mostly a date" already; kept so)
        (KO, "한겨레 2026년 3월 12일", "2026-03-12"),
    ],
)
def test_name_and_date_under_the_headline_dates_the_article(
    tmp_path: Path, story: tuple[str, str], line: str, date: str
) -> None:
    headline, body = story
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{line}\n\n{body}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title == headline
    assert (article.date, article.date_source) == (date, "text")


def test_the_same_line_opening_the_text_is_its_headline(tmp_path: Path) -> None:
    # Nothing above it: a short headline with its date, the title (its date is not the outlet's).
    (tmp_path / "a.txt").write_text(f"央行接管银行 2026年3月12日\n\n{ZH[1]}\n", "utf-8")
    assert Corpus.scan(tmp_path).article("a").title == "央行接管银行 2026年3月12日"
