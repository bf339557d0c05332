"""Compare wraps CJK text as the reader does: no line of a cell begins with closing punctuation
(t13q F14's kind, found in the reader: Rich folded "…ということです" / "。")."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import GUTTER, ONLY_MARK, AlignedView

NO_LINE_START = "、。，．・：；？！）］｝〕〉》」』】〙〗〟"
ARTICLES = {
    "ja-a": "けが人の中に日本人はいないということです。警察によりますと、ゴンドラには乗客14人と乗務員1人が乗っていました。"
    "在スイス日本大使館は、現地に職員を派遣して情報収集を進めています。市は「原因を調べる」と話しました。",
    "ja-b": "警察によりますと、ゴンドラには乗客14人と乗務員1人が乗っていたということです。けが人の中に日本人はいません。"
    "大使館は、職員を派遣して情報を集めています。運行会社は「安全を最優先にする」と話しています。",
    "zh-a": "市政府表示，新的港口扩建工程将于明年春季开工，预计耗资约三十亿元。官员说，工程完成后，货物吞吐量将增加一倍。"
    "但环保团体担心，扩建会影响附近海域的渔业资源。",
    "zh-b": "官员表示，港口扩建工程明年春季开工，耗资约三十亿元。工程完成后，吞吐量将增加一倍，并创造数千个就业机会。"
    "环保团体担心，扩建会影响渔业资源。",
}


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
@pytest.mark.parametrize("pair", [("ja-a", "ja-b"), ("zh-a", "zh-b")])
async def test_no_line_of_a_compare_cell_begins_with_closing_punctuation(
    tmp_path: Path, size: tuple[int, int], pair: tuple[str, str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in pair:
        text = ARTICLES[name]
        sentences = [s + "。" for s in text.split("。") if s]
        paragraphs = ["".join(sentences[i:] + sentences[:i]) for i in range(len(sentences))]
        (corpus / f"{name}.txt").write_text(f"{name}\n\n" + "\n\n".join(paragraphs * 3) + "\n", "utf-8")
    app = make_app(compare=pair, corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        wa, _wb = view._cell_widths(view._width)
        begins = []
        for i in range(len(view.rows)):
            for strip in view._draw_item(i):
                # Each side's cells (a CJK character is two cells wide: cropped by cells).
                sides = (strip.crop(0, wa).text, strip.crop(wa + GUTTER, strip.cell_length).text)
                begins += [side.lstrip(" " + ONLY_MARK)[:1] for side in sides]
        assert any(begins)
        assert not [c for c in begins if c and c in NO_LINE_START]
