"""t13r F16: a snippet near the end of unspaced CJK text was cut to the last paragraph: the start
snapped forward to the next whitespace, which in Chinese or Japanese is the paragraph's end
(``救助活動``: 77 characters, 150 columns, where other snippets hold about 180). In CJK text a
snippet starts at the end of a sentence near the cut (after "。", "！", "？"), else at the cut."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

# Reported (t13r's nhk-ja.txt): the match is in the last paragraph, 77 characters long.
NHK = (
    "ペルーで列車脱線、7人死亡\n\n"
    "【リマ共同】ペルー中部アンデス山脈のワンカリ近郊で3日、旅客列車が橋の上で脱線し、地元保健当局によると7人が死亡、50人以上がけがをした。\n\n"
    "乗客の中には日本人の山田太郎さんも含まれており、軽いけがをしたという。高原健二大臣は哀悼の意を表明した。\n\n"
    "列車を運行するフェロビアス・アンディナス社は、事故の原因を調査していると述べた。現場は首都リマから東に約400キロの山岳地帯で、救助活動は夜まで続いた。"
)
# Variants of our own: a Chinese story and a Japanese one, each ending in a short paragraph.
XINHUA = (
    "渡轮起火致三人受伤\n\n"
    "新华社青岛5月8日电 一艘载有二百余名乘客的渡轮8日上午在青岛附近海域起火，船员迅速组织乘客撤离。\n\n"
    "当地海事部门表示，火灾原因正在调查之中。受伤的三名乘客已被送往医院治疗，目前情况稳定。\n\n"
    "渡轮公司发言人说，公司将全力配合调查。其他航线的运营未受影响，港口秩序正常。"
)
ASAHI = (
    "山火、住民に避難指示\n\n"
    "北海道東部の山林で9日午後に発生した火災は、強風にあおられて燃え広がり、町は約三百世帯に避難指示を出した。\n\n"
    "消防によると、けが人は確認されていない。自衛隊のヘリコプターも消火活動に加わった。\n\n"
    "町長は記者会見で、避難所の運営に全力を挙げると述べた。鎮火の見通しは立っていない。"
)


def cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("cjk_start")
    corpus = root / "c"
    corpus.mkdir()
    for name, text in (("nhk-ja.txt", NHK), ("xinhua-cn.txt", XINHUA), ("asahi-ja.txt", ASAHI)):
        (corpus / name).write_text(text, "utf-8")
    return corpus, root / "index"


@pytest.mark.parametrize(
    ("query", "doc", "text"),
    [
        ("救助活動", "nhk-ja", NHK),  # reported: 150 columns
        ("港口", "xinhua-cn", XINHUA),
        ("鎮火", "asahi-ja", ASAHI),
    ],
    ids=["reported-ja", "zh", "ja"],
)
def test_a_cjk_snippet_near_the_end_starts_at_a_sentence_before_the_last_paragraph(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], query: str, doc: str, text: str
) -> None:
    root, ix = corpus
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    hit = {h["doc"]: h for h in json.loads(capsys.readouterr().out)["hits"]}[doc]
    snippet = hit["snippet"]
    assert [snippet[a:b] for a, b in hit["matches"]] == [query]
    assert snippet.startswith("…") and not snippet.endswith("…")
    assert cells(snippet) >= 170, (cells(snippet), snippet)
    assert cells(snippet) <= 180 + 2 * 20 * 2 + 2
    # it reaches back before the last paragraph, starting at a sentence's end when one is near
    first = snippet[1:].split(" ", 1)[0]
    at = text.index(first)
    assert at < text.rindex("\n\n"), snippet
    near = max(text.rfind(stop, 0, at + 1) for stop in "。！？")
    if at - near <= 20:
        assert text[at - 1] in "。！？", (text[at - 3 : at + 5], snippet)
