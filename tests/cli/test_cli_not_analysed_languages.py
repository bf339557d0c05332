"""An article in a language whose names and figures are not read is said so (issue 13, t13n F19):
the Chinese Xinhua report of the plant explosion gave 0 entities and 0 figures, and ``entities
--json`` and ``facts --json`` showed its outlet as one that reported nothing, with no note.
Both now carry ``not_analysed``: [{"doc", "language", "reason"}] (a key added; the others as
they were). The report's Chinese article, and two of my own: Japanese and Korean (and Thai in
the entities' case), each beside an English report of the same event. Invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ENGLISH = (
    "Blast at Alcobrena chemical plant kills five\n\n"
    "Five people were killed and 21 injured when an explosion tore through the Quimibral plant in "
    "Alcobrena on Sunday, officials said. About 1,500 residents were evacuated.\n"
)
CHINESE = (
    "葡萄牙中部化工厂爆炸 死亡人数升至五人\n\n"
    "新华社里斯本5月4日电 葡萄牙中部城市阿尔科布雷纳一家化工厂3日发生爆炸，截至4日，事故已造成5人死亡、21人受伤。\n\n"
    "约1500名居民被紧急疏散。政府将拨款450万欧元用于重建受损房屋。\n"
)
JAPANESE = (
    "大阪の倉庫で火災 作業員3人けが\n\n"
    "4日午後、大阪市此花区の物流倉庫で火災が発生し、作業員3人が病院に運ばれた。"
    "消防によると、約200人が近くの学校に避難したという。\n"
)
KOREAN = (
    "울산 정유공장 화재로 2명 부상\n\n"
    "4일 오전 울산의 한 정유공장에서 불이 나 작업자 2명이 다쳤다고 소방당국이 밝혔다. "
    "인근 주민 300여 명이 대피했다.\n"
)
THAI = "ไฟไหม้โรงงานเคมีที่ระยอง\n\nเจ้าหน้าที่กล่าวว่ามีผู้บาดเจ็บ 4 คน และประชาชนราว 600 คนต้องอพยพออกจากพื้นที่\n"

CASES = {"chinese": (CHINESE, "Chinese"), "japanese": (JAPANESE, "Japanese"), "korean": (KOREAN, "Korean")}


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, foreign: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "wire-en.txt").write_text(ENGLISH, "utf-8")
    (corpus / "local-report.txt").write_text(foreign, "utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("case", [*CASES, "thai"])
def test_entities_say_the_article_not_analysed(case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text, language = CASES.get(case, (THAI, "Thai"))
    data = run(capsys, tmp_path, "entities", text)
    assert data["entities"]  # the English article's, as before
    notes = data["not_analysed"]
    assert [(n["doc"], n["language"]) for n in notes] == [("local-report", language)], notes
    assert language in notes[0]["reason"]


@pytest.mark.parametrize("case", list(CASES))
def test_facts_say_the_article_not_analysed(case: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text, language = CASES[case]
    data = run(capsys, tmp_path, "facts", text)
    assert data["facts"]  # the English article's figures, as before
    assert [(n["doc"], n["language"]) for n in data["not_analysed"]] == [("local-report", language)]


def test_english_articles_alone_have_none(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An English article quoting a Chinese word is analysed: no note."""
    data = run(capsys, tmp_path, "facts", ENGLISH.replace("officials said", "officials said (死亡 in Xinhua's words)"))
    assert data["not_analysed"] == []
