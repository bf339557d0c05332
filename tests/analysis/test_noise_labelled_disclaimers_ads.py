"""A disclaimer or an advertisement under its label, the label opening the line (issue #14, round
s35-g, unseen30's hexun-1 and codinghorror-1): "【免责声明】本文仅代表作者本人观点…" is legal,
"[advertisement] JIRA 4 - Simplify issue tracking…" an advertisement, whatever language the
label is in (the label in brackets, or a Chinese disclaimer's before its colon); they were kept as
the article's. The reported lines reduced to invented pages, and
variants of our own (other languages, other brackets, in a text page and in HTML). An article's own
sentence naming a disclaimer stays the article's, and so does an author's own note between its
paragraphs under a bare "Disclaimer:" (unseen5's android-developers-1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = {
    "zh": [
        "9月26日，江城市统计局发布数据显示，今年前八个月全市工业增加值同比增长百分之六点二，增速比上半年加快零点三个百分点。",
        "统计局有关负责人表示，电子信息和汽车制造两大行业贡献最大，新开工项目数量也比去年同期明显增加，全年目标有望完成。",
        "不过，也有分析人士指出，出口订单仍然偏弱，部分中小企业融资困难的问题尚未根本解决，下阶段仍需加大政策支持力度。",
    ],
    "en": [
        "Factory output in the region rose 6.2 per cent in the first eight months of the year, the statistics "
        "office said on Thursday, a little faster than in the first half.",
        "Electronics and car making accounted for most of the growth, an official said, and the number of new "
        "projects started was well up on the same period last year.",
        "Analysts warned that export orders remained weak and that many small firms still struggled to borrow, "
        "and said the government would need to do more in the coming months.",
    ],
    "pl": [
        "Produkcja przemysłowa w regionie wzrosła w ciągu pierwszych ośmiu miesięcy roku o 6,2 procent, "
        "poinformował w czwartek urząd statystyczny, nieco szybciej niż w pierwszym półroczu.",
        "Najwięcej do wzrostu dołożyły elektronika i produkcja samochodów, a liczba nowych inwestycji była "
        "wyraźnie wyższa niż przed rokiem, powiedział przedstawiciel urzędu.",
        "Analitycy ostrzegają jednak, że zamówienia eksportowe pozostają słabe, a wiele małych firm wciąż ma "
        "kłopoty z kredytem, i oczekują dalszego wsparcia ze strony rządu.",
    ],
}

DISCLAIMERS = {
    "zh": "【免责声明】本文仅代表作者本人观点，与本网站无关。本网站对文中陈述、观点判断保持中立，请读者仅作参考，并请自行承担全部责任。",
    "en": "[Disclaimer] The views expressed in this column are the author's own and do not reflect those of the publisher.",
    "pl": "(Zastrzeżenie) Opinie wyrażone w tym tekście są opiniami autora i nie odzwierciedlają stanowiska wydawcy.",
}

ADS = {
    "zh": "【广告】江城湾新楼盘火热开盘 首付仅需二十万元 立即预约看房",
    "en": "[advertisement] TrackIt 5 - Simple issue tracking for teams of every size. Get started from $10 a month.",
    "pl": "[Reklama] Nowe mieszkania nad rzeką - zarezerwuj wizytę już dziś i odbierz rabat.",
}


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_of(art: Article, line: str) -> str | None:
    """The kind of the segment holding ``line``: None for the article's."""
    line = " ".join(line.split())
    for seg in split_noise(art).segments():
        if line in " ".join(seg.text.split()):
            return seg.kind if seg.reason else None
    raise AssertionError(f"not found: {line!r}")


def page(lang: str, fmt: str, extra: list[str], between: str | None = None) -> tuple[str, str]:
    paras = list(PARAS[lang])
    if between is not None:
        paras.insert(2, between)
    lines = [*paras, *extra]
    if fmt == "txt":
        return f"{lang}.txt", "\n\n".join(lines) + "\n"
    body = "".join(f"<p>{p}</p>" for p in paras)
    tail = "".join(f"<p>{p}</p>" for p in extra)
    html = (
        f"<html><head><meta charset='utf-8'><title>Report</title></head><body><article><h1>Report</h1>"
        f"{body}{tail}</article></body></html>"
    )
    return f"{lang}.html", html


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("lang", sorted(PARAS))
def test_labelled_disclaimer_is_legal(tmp_path: Path, lang: str, fmt: str) -> None:
    art = article(tmp_path, *page(lang, fmt, [DISCLAIMERS[lang]]))
    assert kind_of(art, DISCLAIMERS[lang]) == "legal"
    for para in PARAS[lang]:
        assert kind_of(art, para) is None, para


@pytest.mark.parametrize("fmt", ["txt", "html"])
@pytest.mark.parametrize("lang", sorted(PARAS))
def test_bracketed_advertisement_label(tmp_path: Path, lang: str, fmt: str) -> None:
    art = article(tmp_path, *page(lang, fmt, [], between=ADS[lang]))
    assert kind_of(art, ADS[lang]) == "advertisement"
    for para in PARAS[lang]:
        assert kind_of(art, para) is None, para


def test_sentence_naming_a_disclaimer_stays(tmp_path: Path) -> None:
    own = "The bank added a disclaimer to its forecast, saying the figures were estimates and could change."
    art = article(tmp_path, *page("en", "txt", [], between=own))
    assert kind_of(art, own) is None


def test_authors_own_disclaimer_note_stays(tmp_path: Path) -> None:
    own = (
        "Disclaimer: if you see different sizes when you update by hand, that is because the store serves "
        "the full file to people who have switched automatic updates off."
    )
    art = article(tmp_path, *page("en", "txt", [], between=own))
    assert kind_of(art, own) is None
    for para in PARAS["en"]:
        assert kind_of(art, para) is None, para
