"""A short Chinese or Japanese headline ending in 报 ("report") beside its date is a headline, not
an outlet's name (review s36-rv2 finding 10, round s36-z): "苹果发布财报 2026年3月3日" ("Apple
releases earnings report") was read as a newspaper's name and a date, so the title became the first
body sentence. An outlet's name ends in a newspaper's word (日报, 晚报, 时报, 新報 …) or is a short
name before 报 (聯合報, 新京报), with no verb in it; "财报", "年报", "予報", "速報", a topic's
"新闻" ("sports news") end no outlet's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.bylines import outlet_name
from waic_reader.index.corpus.reader import Corpus

BODY = "苹果公司周二公布了第一季度财报，营收增长百分之五。分析师表示，这一结果好于预期。"


@pytest.mark.parametrize(
    ("headline", "date"),
    [
        # reported (rv2-tmp/cjk2/c/a.txt, rv2-tmp/cjk/c/c.txt)
        ("苹果发布财报", "2026-03-03"),
        ("某市发布年报", "2026-03-04"),
        # invented: another verb and report noun, traditional characters, a weekly report
        ("银行公布季报", "2026-03-05"),
        ("該公司發布年報", "2026-03-06"),
        ("统计局推出周报", "2026-03-07"),
    ],
)
def test_headline_ending_in_a_report_keeps_its_title(tmp_path: Path, headline: str, date: str) -> None:
    y, m, d = (int(x) for x in date.split("-"))
    (tmp_path / "a.txt").write_text(f"{headline} {y}年{m}月{d}日\n\n{BODY}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title.startswith(headline), article.title


@pytest.mark.parametrize(
    "field",
    [
        "苹果发布财报",
        "某市发布年报",
        "天気予報",
        "地震速報",
        "公司年報",
        "体育新闻",
        "世界杯体育新闻",
        "苹果财报",
        "市政府发布日报",
    ],
)
def test_report_or_topic_is_no_outlet_name(field: str) -> None:
    assert not outlet_name(field)


@pytest.mark.parametrize(
    "field",
    [
        "华夏日报",
        "南方都市报",
        "聯合報",
        "新京报",
        "人民日报",
        "环球时报",
        "琉球新報",
        "朝日新聞",
        "新华通讯社",
        "中央电视台",
        "中国新闻社",
        "每日邮报",
    ],
)
def test_newspaper_names_still_outlets(field: str) -> None:
    assert outlet_name(field)
