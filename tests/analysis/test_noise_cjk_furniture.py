"""Page furniture written in Chinese or Japanese: a share prompt ("分享到：微信 微博", "シェアする")
is call-to-action, a rights line ("版权所有 新华网", "無断転載を禁じます") legal, an editor's
credit ("【责任编辑：王芳】", "（編集：山田太郎）") and a source line after the story's stamp
("2026-06-04 09:15 来源：新华网", "2025年3月12日 18時40分 出典：共同通信") attribution, wherever they stand (under a
related-stories list too). s30-m, t13q F13: in probe5/cn-page.txt the share and rights lines were
items of the "相关新闻" list and the editor's and source lines stayed content. The first case is the
tester's file; the others are invented (another Chinese outlet in brackets of another shape and
traditional characters; a Japanese page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30m"

CASES = [
    (
        "cn-page.txt",  # reported
        {
            "分享到：微信 微博": "call-to-action",
            "版权所有 新华网": "legal",
            "【责任编辑：王芳】": "attribution",
            "2026-06-04 09:15 来源：新华网": "attribution",
            "日内瓦车展开幕": "headline-list",
        },
        "警方发言人说，事发时缆车车厢载有14名乘客和1名工作人员。车厢在距离地面约40米处脱离钢缆后坠落。",
    ),
    (
        "cn-harbour.txt",  # invented
        {
            "分享至：微信 QQ空间": "call-to-action",
            "版權所有 人民网": "legal",
            "（责任编辑：李明）": "attribution",
            "2025-03-12 18:40 来源：人民网": "attribution",
        },
        "运营公司表示，如果检查通过，渡轮预计将于下周一恢复运营。",
    ),
    (
        "jp-ferry.txt",  # invented
        {
            "シェアする": "call-to-action",
            "無断転載を禁じます": "legal",
            "（編集：山田太郎）": "attribution",
            "2025年3月12日 18時40分 出典：共同通信": "attribution",
        },
        "運航会社は、検査に合格すれば来週月曜日に運航を再開する見通しだとしています。",
    ),
]


@pytest.mark.parametrize(("name", "kinds", "kept"), CASES, ids=[c[0] for c in CASES])
def test_cjk_page_furniture_has_its_kind(tmp_path: Path, name: str, kinds: dict[str, str], kept: str) -> None:
    (tmp_path / name).write_text((FIXTURES / name).read_text("utf-8"), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    got = {seg.text.strip(): "content" for seg in split.content}
    got.update({seg.text.strip(): seg.kind for seg in split.noise})
    assert {text: got.get(text) for text in kinds} == kinds
    assert got[kept] == "content"


@pytest.mark.parametrize(
    "sentence",
    [
        "他说，这次事故的消息来源：警方和运营公司都已确认，调查将持续数月。",
        "记者在现场看到，许多游客在社交媒体上分享了事故现场的照片，并表达了哀悼。",
        "來源：Jobsdb",  # a chart's source in the text, no stamp before it (s30-m: unseen23 unwire-1)
    ],
)
def test_a_sentence_using_the_cue_words_stays(tmp_path: Path, sentence: str) -> None:
    text = (
        "瑞士缆车事故调查开始\n"
        "瑞士伯尔尼州警方4日说，3日发生的缆车坠落事故死亡人数已升至7人，另有8人受伤。\n"
        f"{sentence}\n"
        "调查委员会已派出调查组前往现场。运营方表示已暂停旗下所有缆车运营。\n"
    )
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert any(sentence in seg.text for seg in split.content)
    assert not any(sentence in seg.text for seg in split.noise)
