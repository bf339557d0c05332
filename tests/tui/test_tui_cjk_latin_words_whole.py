"""In CJK text a word of a spaced script (Latin letters, digits) moves to the next line whole:
CJK may break between any two characters, such a word may not (t13at N10: at 120x40 the reader
drew "…下流のペニャルビア（Peñarr" over "ubia）などの町が浸水しました。"). The opening bracket
before it goes down with it (t13ar N15). The reported paragraph and two variants (Chinese with
"iPhone" and a number, Japanese with an accented German name and a year), at every width from 8 to
120 on :func:`kinsoku_lines`, and the reported paragraph as the reader draws it at widths around
the tester's."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_tui_cjk_line_breaks import drawn_lines, offsets_hold
from textual.content import Content

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.stacked_view import kinsoku_lines

REPORTED = (
    "スペイン北部のアルカルデナ川にあるバルデルナ・ダムが14日未明に決壊し、下流のペニャルビア（Peñarrubia）"
    "などの町が浸水しました。地元当局によりますと、これまでに23人が死亡し、41人の行方が分かっていません。"
)
ZH = (
    "据当地媒体报道，港口管理局周三表示，受台风影响停靠在码头的集装箱船上有一批iPhone手机和"
    "12500台笔记本电脑被海水浸泡，损失估计超过3800万元，保险公司正在评估。"
)
JA = (
    "市の委員会は新しい橋の建設計画について、ドイツの技術者ベルベル・Jäger氏を招き、2027年春に"
    "住民への説明会を開くと発表しました。工事は2029年に終わる予定です。"
)
WORDS = {REPORTED: ["Peñarrubia", "14", "23", "41"], ZH: ["iPhone", "12500", "3800"], JA: ["Jäger", "2027", "2029"]}


def lines_of(text: str, width: int) -> list[str]:
    lines = kinsoku_lines(text, width)
    if lines is None:
        return [line.plain for line in Content(text).wrap(width)]
    assert "".join(text[s:e] for s, e in lines) == text
    return [text[s:e] for s, e in lines]


@pytest.mark.parametrize("text", [REPORTED, ZH, JA], ids=["reported", "zh-iphone", "ja-name"])
def test_a_latin_word_is_never_cut(text: str) -> None:
    for width in range(8, 121):
        drawn = lines_of(text, width)
        for word in WORDS[text]:
            if len(word) + 4 <= width:  # it fits a line with full-width brackets round it
                assert any(word in line for line in drawn), (width, word, drawn)
        assert not [line for line in drawn[:-1] if line.endswith("（")], (width, drawn)


@pytest.mark.parametrize("width", [100, 116, 120, 124, 130])
async def test_the_reader_draws_the_word_whole(tmp_path: Path, width: int) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nhk-ja.txt").write_text(f"バルデルナ・ダム決壊\n\n{REPORTED}\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        view = app.screen.query_one(ArticleView)
        lines = drawn_lines(view)
        assert any("Peñarrubia" in line for line in lines), lines
        assert offsets_hold(view)
