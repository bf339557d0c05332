"""A blog post whose HTML extractor kept the headline, the post's date and a dialog's notice at
the page's end, and left the post itself out (its lines, each a ``<div>`` between images): the
run of lines left out in no named part of the page straight under a kept line, more words than
the whole main text, is the article's body (issue #14, unseen38's naver-1: the post's nine Korean
lines were dropped as outside the article). The reported page, and the same page with the post
written in Japanese and in English (the extractor leaves the post out the same way)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen38" / "html" / "naver-1.html.gz"

REPORTED = [
    "하지만 사실 가장 큰 문제는 화장실이었어요.",
    "확실히 오래 안쓰고 방치를 해두었더니",
    "물이 흐르는 자국대로 검게 곰팡이들이 생겨있었어요.",
    "평택입주청소가격 제가 본 변기중에 가장 더러운 변기였어요;;",
    "변기랑 변기 주변은 세균이 제일 많은 공간이라",
    "더 꼼꼼하게 작업을 하신다고 하더라구요.",
    "다른 곳보다 2배 이상의 노력이 들어간다고 하더라구요.",
    "평택입주청소가격 그덕분인지 청소하고 난 변기를 보니까",
    "막 새로 들여온 것 같은 느낌이었어요.",
]
JAPANESE = [
    "先月から京都の古い町家を借りて住んでいます。",
    "冬はとても寒いと聞いていたので 心配していましたが",
    "春の今はちょうどいい気温で 毎日快適に過ごしています。",
    "台所の床が少し傾いているのが 唯一の問題です。",
    "大家さんが来月に直してくれると 言ってくれました。",
    "庭には小さな池があって 金魚が三匹います。",
    "近所の人たちもとても親切で 野菜をよくもらいます。",
    "来年もここに住むかどうか まだ決めていません。",
    "また写真を載せますね。",
]
ENGLISH = [
    "The frost finally lifted this week and we got the beds dug over.",
    "Half the garlic came through the winter, which is better than last year",
    "and the broad beans are already a hand high.",
    "We lost the rhubarb crown to the floods in January, sadly.",
    "Next weekend the potatoes go in if the rain holds off.",
    "The shed roof still leaks over the seed trays",
    "so we moved them to the kitchen windowsill for now.",
    "Our neighbour gave us three tomato plants to try.",
    "More pictures when the beans flower.",
]


@pytest.mark.parametrize("lines", [REPORTED, JAPANESE, ENGLISH], ids=["reported", "japanese", "english"])
def test_post_left_out_under_a_kept_line_is_the_article(tmp_path: Path, lines: list[str]) -> None:
    html = gzip.decompress(PAGE.read_bytes()).decode("utf-8")
    for old, new in zip(REPORTED, lines):
        html = html.replace(old, new)
    (tmp_path / "post.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    content = " ".join(seg.text for seg in split_noise(art).content)
    assert [line for line in lines if line not in content] == []
