"""CJK text is wrapped so that no line ends with an opening bracket or quote (kinsoku shori's
other half: t13ar N15, at 60x20 the reader of nikkan-ja drew "…「ケシントン・バレー・ヘルス」（"
over "KVH）がランサムウェア攻撃を受け、…"). Checked on what the reader draws at 60x20, for the
reported article and two variants whose brackets fall at every column (Japanese quotes 「『,
Chinese 《》 and full-width parentheses), and on :func:`kinsoku_lines` at every width."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_tui_cjk_line_breaks import NO_LINE_START, drawn_lines, offsets_hold
from textual.content import Content

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.stacked_view import kinsoku_lines

OPENING = "「『（［｛〔〈《【"
REPORTED = (
    "病院グループにランサムウェア攻撃、システム1週間停止\n"
    "2026年3月10日 日刊テック新報\n\n"
    "英国の地域病院グループ「ケシントン・バレー・ヘルス」（KVH）がランサムウェア攻撃を受け、"
    "5つの病院のシステムが停止した。\n\n"
    "犯行声明を出したのはハッカー集団「ブラックターン」で、身代金として450万ドルを要求している。"
    "患者340人が他の病院に搬送された。\n"
)
# Each paragraph a lead of one more character before the bracket: one of them ends a line with it.
JA_LEAD = "市の委員会は新しい橋の建設計画について住民への説明会を来月開くと発表しました"
ZH_LEAD = "市政府表示新的港口扩建工程将于明年春季开工预计耗资约三十亿元官员说工程完成后货物吞吐量将增加"


def _variant(title: str, lead: str, quoted: str) -> str:
    paragraphs = [lead[:k] + quoted for k in range(1, len(lead))]
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


ARTICLES = {
    "nikkan-ja": REPORTED,
    "ja-quotes": _variant(
        "橋の説明会を来月開く", JA_LEAD, "。漁業関係者は『魚が減る』と話し、市長は「調査を急ぐ」と述べた。"
    ),
    "zh-brackets": _variant("港口扩建工程明年开工", ZH_LEAD, "。据《海港日报》（地方报纸）报道，渔民担心。"),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
async def test_no_drawn_line_ends_with_an_opening_bracket(tmp_path: Path, name: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{name}.txt").write_text(ARTICLES[name], "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        lines = drawn_lines(view)
        assert not [line for line in lines if line[-1:] in OPENING], [line for line in lines if line[-1:] in OPENING]
        assert not [line for line in lines if line[:1] in NO_LINE_START]
        assert offsets_hold(view)


# The reported paragraph (its "（" ended a line 54 cells wide, the tester's reader beside its
# scrollbar) and a paragraph of each variant.
PARAGRAPHS = [
    REPORTED.split("\n\n")[1],
    ARTICLES["ja-quotes"].split("\n\n")[5],
    ARTICLES["zh-brackets"].split("\n\n")[7],
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_kinsoku_lines_keep_an_opening_bracket_with_what_follows(text: str) -> None:
    for width in range(8, 61):
        lines = kinsoku_lines(text, width)
        if lines is None:  # drawn as Textual wraps it
            drawn = [line.plain for line in Content(text).wrap(width)]
        else:
            drawn = [text[s:e] for s, e in lines]
            assert "".join(drawn) == text
        assert all(line[-1:] not in OPENING for line in drawn[:-1]), width
