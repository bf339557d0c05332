"""A Chinese wire's dateline ("新华社悉尼3月15日电": agency, place, day, 电) dates its article, its
year left out as an English dateline's is and taken from the corpus's dated articles (t13au N10,
round s51-m: the Xinhua article was undated)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.dates import find_dates
from waic_reader.index.corpus.listing import resolve_years
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # reported (t13au N10)
        (
            "澳大利亚西部金矿坍塌事故造成4人死亡\n\n新华社悉尼3月15日电 澳大利亚西澳大利亚州一座金矿14日凌晨发生坍塌事故。\n",
            "--03-15",
        ),
        # variants: another agency and place, a reporter's credit, a year written, 讯
        ("智利北部铜矿发生事故\n\n中新社圣地亚哥11月2日电（记者 王雪）智利北部一座铜矿2日发生事故。\n", "--11-02"),
        ("港口油轮泄漏\n\n新华社北京2026年7月9日电 交通运输部9日通报，一艘油轮在港口发生泄漏。\n", "2026-07-09"),
        ("暴雨致多地停课\n\n人民网广州6月30日讯 受强降雨影响，多地学校停课。\n", "--06-30"),
    ],
)
def test_cjk_wire_dateline_dates(text: str, iso: str) -> None:
    found = find_dates(text)
    assert found and found[0].iso == iso and found[0].kind == "dateline"


def test_no_day_no_dateline() -> None:
    # a day that does not exist, and a sentence naming a day, date nothing
    assert not [f for f in find_dates("标题\n\n新华社悉尼2月31日电 事故发生。\n") if f.kind == "dateline"]
    assert not [f for f in find_dates("标题\n\n他说，事故发生在3月15日凌晨。\n") if f.kind == "dateline"]


def test_year_from_the_corpus(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Mine collapse\nPosted: 14 March 2026\n\nRescuers worked overnight, officials said.\n", "utf-8"
    )
    (tmp_path / "b.txt").write_text("金矿坍塌事故\n\n新华社悉尼3月15日电 一座金矿14日凌晨发生坍塌事故。\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    rows = [{"doc": d, "date": corpus.article(d).date} for d in ("a", "b")]
    resolve_years(rows)
    assert rows[1]["date"] == "2026-03-15"
