"""A Chinese or Japanese date line beside the outlet's name under the headline ("华夏日报
2026年3月3日"; acceptance report t13ab L6, round s36-r): the line was read as a headline with a
date in it (its outlet's characters are no stamp's words), so it became the title and the article
was undated, while "Daily Huaxia 3 March 2026" dated its English twin. An outlet's name in those
scripts is a few characters ending in a newspaper's, agency's or broadcaster's word
(``bylines.outlet_name``); a headline ending in "通报" or "警报" with a date stays a headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "哈恩威克列车脱轨事故造成七人死亡"
BODY = "英国哈恩威克附近一列快车3日清晨脱轨，造成七人死亡、四十一人受伤。列车当时载有212名乘客。"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        # reported (t13ab repro/v7/a.txt)
        ("华夏日报 2026年3月3日", "2026-03-03"),
        # invented: a separator, the date first, traditional characters, Japanese, another day
        ("华夏日报 · 2026年3月3日", "2026-03-03"),
        ("2026年3月4日 南方都市报", "2026-03-04"),
        ("聯合報 2026年3月3日", "2026-03-03"),
        ("朝日新聞 2026年3月5日", "2026-03-05"),
        ("新华通讯社 2026年3月3日", "2026-03-03"),
    ],
)
def test_outlet_and_date_line_dates_the_article(tmp_path: Path, line: str, date: str) -> None:
    (tmp_path / "a.txt").write_text(f"{HEADLINE}\n\n{line}\n\n{BODY}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert (article.date, article.date_source) == (date, "text")
    assert article.title == HEADLINE
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "哈恩威克列车脱轨事故通报 2026年3月3日",
        "气象局发布暴雨警报 2026年3月3日",
        "哈恩威克列车脱轨事故造成七人死亡 2026年3月3日",
    ],
)
def test_headline_with_its_date_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)
