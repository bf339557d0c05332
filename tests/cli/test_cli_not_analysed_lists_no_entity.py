"""An article said "not analysed" for its entities names none (tester t13ai N16): ``entities
--json`` listed ``intl/cna-zh`` under ``not_analysed`` (``"analyses": ["entities", "facts",
"quotes"]``) while the entity list held ``CARDINAL '1141014'`` with a mention in it (its editor's
line). What is said not analysed is not analysed: no mention of such an article is listed, even a
number, a date or a Latin-script name the other articles name too. Inputs: the tester's Chinese
article (copied from its corpus), and a Japanese and a Korean article of our own holding a date,
a number and a Latin-script name ("Taipower", named in the English article too)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13ai"

ENGLISH = (
    "Typhoon Haruka kills nine in Taiwan\n\n"
    "Typhoon Haruka made landfall in Pingtung County on Tuesday, killing nine people, officials said. "
    "Taipower said about 410,000 homes lost power.\n"
)
JAPANESE = (
    "台風ハルカ 台湾で9人死亡\n\n"
    "台風ハルカは14日朝、屏東県に上陸し、9人が死亡した。Taipowerによると、約41万戸が停電した。"
    "（2025-10-14 編集部）1141014\n"
)
KOREAN = (
    "태풍 하루카 대만서 9명 사망\n\n"
    "태풍 하루카가 14일 핑둥현에 상륙해 9명이 숨졌다. Taipower는 약 41만 가구가 정전됐다고 밝혔다. "
    "(2025-10-14 편집) 1141014\n"
)

CASES = {"reported": None, "japanese": JAPANESE, "korean": KOREAN}


@pytest.mark.parametrize("case", sorted(CASES))
def test_an_article_not_analysed_for_entities_has_none_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "english.txt").write_text(ENGLISH, "utf-8")
    text = CASES[case]
    if text is None:
        shutil.copy(FIXTURES / "cna-zh.txt", corpus / "other.txt")
    else:
        (corpus / "other.txt").write_text(text, "utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "index"), "entities", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    said = [n for n in data["not_analysed"] if n["doc"] == "other"]
    assert said and "entities" in said[0]["analyses"]
    listed = [(e["type"], e["name"]) for e in data["entities"] if any(m["doc"] == "other" for m in e["mentions"])]
    assert listed == []
    assert any(e["name"] == "Haruka" or "Pingtung" in e["name"] for e in data["entities"])  # English read
