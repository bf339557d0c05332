"""An outlet's name on a Chinese, Japanese or Korean date line under the headline ("日本経済新聞
2026年5月3日") names the article's outlet when corpus.yaml names none (issue #14, tester t13al-r N8
leftover): the line dated the article (round s44-x) but the outlet stayed unknown. Only that line
under the headline: the same words in the body's text name no outlet, nor does a stamp's word
beside the date, and corpus.yaml's outlet stays the outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

JA = (
    "三ツ星銀行が経営破綻 金融庁が管理",
    "東京で三ツ星銀行が経営破綻した。金融庁は3日、同行を管理下に置いたと発表した。預金者は約20万人に上る。",
)
ZH = (
    "荷兰维尔特拉银行倒闭 央行接管",
    "荷兰地区性银行维尔特拉银行于3月11日倒闭，荷兰中央银行已接管该行。该行约有41万名储户。",
)
KO = ("한빛은행 파산, 금융당국 개입", "서울에서 한빛은행이 파산했다. 금융위원회는 4일 은행을 관리하에 두었다고 밝혔다.")


def _article(tmp_path: Path, text: str, meta: str = "") -> tuple[str | None, str | None]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    if meta:
        (tmp_path / "corpus.yaml").write_text(meta, "utf-8")
    art = Corpus.scan(tmp_path).article("a")
    return art.outlet, art.date


@pytest.mark.parametrize(
    ("story", "line", "outlet", "date"),
    [
        # the reported lines (t13alr variants/N8/a, N8/b; the t13al corpus's zh/caixin-veltra)
        (JA, "日本経済新聞 2026年5月3日", "日本経済新聞", "2026-05-03"),
        (ZH, "新华财经 2026年3月12日", "新华财经", "2026-03-12"),
        (KO, "연합뉴스 2026년 5월 4일", "연합뉴스", "2026-05-04"),
        # invented: the date first, a middle dot between; a bar and a time
        (JA, "2026年5月3日 · 共同通信", "共同通信", "2026-05-03"),
        (ZH, "财新网 | 2026年3月12日 10:30", "财新网", "2026-03-12T10:30"),
    ],
    ids=["ja-reported", "zh-reported", "ko-reported", "ja-date-first", "zh-bar-time"],
)
def test_the_date_lines_name_is_the_outlet(
    tmp_path: Path, story: tuple[str, str], line: str, outlet: str, date: str
) -> None:
    headline, body = story
    assert _article(tmp_path, f"{headline}\n{line}\n{body}\n") == (outlet, date)


def test_corpus_yaml_outlet_stays(tmp_path: Path) -> None:
    text = f"{JA[0]}\n日本経済新聞 2026年5月3日\n{JA[1]}\n"
    meta = "articles:\n  a.txt:\n    outlet: Nikkei Asia\n"
    assert _article(tmp_path, text, meta)[0] == "Nikkei Asia"


@pytest.mark.parametrize(
    "text",
    [
        # in the body, under a sentence: no date line of the outlet's
        f"{ZH[0]}\n\n{ZH[1]}\n新华财经 2026年3月12日\n",
        # a stamp's word beside the date, no name
        f"{ZH[0]}\n更新 2026年3月12日\n{ZH[1]}\n",
    ],
    ids=["body", "stamp-word"],
)
def test_no_outlet_from_other_lines(tmp_path: Path, text: str) -> None:
    assert _article(tmp_path, text)[0] is None
