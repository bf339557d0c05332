"""Misleading kinds of split-off lines (t13at N11, round s50-a2), each the reported form and two
variants of our own:

- a category kicker set inline over the headline, in a header whose byline block names its author,
  is no byline: the author's markup is another line's;
- a source's name with the article's date stamp under the headline, in Japanese, Korean or Russian
  as in English or Spanish ("NHKニュース 2026年3月14日 20時15分", "РИА Новости, 14 марта 2026 г."), is
  a byline, not article text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

BODY = [
    "The company that ran the dam in the north insisted on Saturday evening that towns downstream had"
    " been given three hours of warning, contradicting residents and the mayor of the worst-hit town.",
    "Emergency services said the water reached the first houses shortly after four in the morning, when"
    " most residents were asleep and the sirens had not yet sounded in the lower streets.",
    "The regional government has opened an inquiry into the timing of the alerts and the state of the"
    " dam, which engineers had flagged for repairs in two reports over the past decade.",
    "Families who lost their homes are being housed in schools and sports halls across the valley,"
    " and volunteers have set up kitchens in the main square of the largest town.",
]

KICKERS = [
    ('<span class="cat-links">{k}</span>', '<span class="author vcard">{a}</span>', "Europe"),
    ('<a class="category" href="/science">{k}</a>', '<a rel="author" href="/staff/x">{a}</a>', "Science"),
    ('<em class="kicker">{k}</em>', '<span itemprop="author">{a}</span>', "Exclusive"),
]


def html_article(tmp_path: Path, kicker: str, author: str, label: str) -> Article:
    head = (
        f'<header class="entry-header">{kicker.format(k=label)}<h1 class="entry-title">Flood after dam failure:'
        " operator says residents had three hours of warning</h1>"
        '<div class="entry-meta">Posted on <time datetime="2026-03-14T18:05:00+00:00">March 14, 2026</time>'
        f" by {author.format(a='Declan Ward')}</div></header>"
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<!DOCTYPE html><html><head><title>Flood after dam failure</title></head><body><main>"
        f'<article>{head}<div class="entry-content">{body}</div></article></main></body></html>'
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize(("kicker", "author", "label"), KICKERS, ids=["reported", "category-link", "kicker"])
def test_category_kicker_over_the_headline_is_no_byline(tmp_path: Path, kicker: str, author: str, label: str) -> None:
    art = html_article(tmp_path, kicker, author, label)
    segs = split_noise(art).segments()
    [kick] = [s for s in segs if art.text[s.start : s.end].strip() == label]
    assert kick.reason is not None
    assert kick.kind != "byline"
    assert [next(s for s in segs if s.start <= art.text.index(p) < s.end).reason for p in BODY] == [None] * len(BODY)


def text_article(tmp_path: Path, lines: list[str]) -> Article:
    (tmp_path / "story.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


STAMPS = [
    (
        "スペイン北部でダム決壊　23人死亡、1万2000人避難",
        "NHKニュース 2026年3月14日 20時15分",
        [
            "スペイン北部のダムが14日未明に決壊し、下流の町が浸水しました。地元当局によりますと、これまでに23人が死亡しました。",
            "約1万2000人が避難し、水位が6.2メートル上昇したということです。",
        ],
    ),
    (
        "스페인 북부 댐 붕괴…사망자 31명으로 늘어",
        "연합뉴스 2026년 3월 15일",
        [
            "스페인 북부의 댐이 붕괴해 사망자가 31명으로 늘었다고 현지 당국이 15일 밝혔다.",
            "실종자는 56명이며, 약 1만2천 명이 대피했다.",
        ],
    ),
    (
        "Прорыв плотины в Испании: 27 погибших",
        "РИА Новости, 14 марта 2026 г.",
        [
            "Число погибших в результате прорыва плотины на севере Испании выросло до 27, сообщили местные власти.",
            "Из долины реки эвакуированы около 9800 человек.",
        ],
    ),
    (
        "北部ダム決壊、死者31人に　救助続く",
        "共同通信 2026年3月15日 9時30分",
        ["北部のダム決壊で、死者は31人に増えた。警察や消防が捜索を続けている。", "避難した住民は約1万2000人に上る。"],
    ),
    (
        "Число жертв прорыва плотины выросло до 31",
        "ТАСС, 15 марта 2026 г.",
        [
            "Число жертв прорыва плотины на севере Испании выросло до 31 человека, передает корреспондент.",
            "Спасатели продолжают поиски пропавших без вести.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("headline", "stamp", "body"), STAMPS, ids=["reported-ja", "reported-ko", "reported-ru", "kyodo", "tass"]
)
def test_source_and_date_line_is_a_byline(tmp_path: Path, headline: str, stamp: str, body: list[str]) -> None:
    art = text_article(tmp_path, [headline, stamp, "", *body])
    assert kind_at(art, stamp) == "byline"
    assert [kind_at(art, p) for p in body] == ["content"] * len(body)


def test_headline_ending_in_a_date_stays() -> None:
    from waic_reader.index.analysis.noise.block_rules import phrase_label
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.corpus.blocks import Block

    for line in ("Elections held on 14 March 2026", "Budget 2026"):
        assert phrase_label(block_features(Block(0, len(line), "paragraph", line))) is None


# A Japanese agency's name ends in "通信" (Kyodo, Jiji), as a field of engineering does in a
# Chinese headline ("量子通信" quantum communications): the agency's line beside its date is a
# byline, the headline's is no outlet (CI of session 50: the kyodo line stayed article text).
@pytest.mark.parametrize(
    ("name", "outlet"),
    [("共同通信", True), ("時事通信", True), ("量子通信", False), ("卫星通信", False), ("移动通信", False)],
)
def test_agency_word_tsushin_names_an_outlet_not_a_field(name: str, outlet: bool) -> None:
    from waic_reader.index.corpus.bylines import outlet_name

    assert outlet_name(name) is outlet


def test_jiji_line_under_the_headline_is_a_byline(tmp_path: Path) -> None:
    headline, stamp, body = STAMPS[3]
    stamp = stamp.replace("共同通信", "時事通信")
    art = text_article(tmp_path, [headline, stamp, "", *body])
    assert kind_at(art, stamp) == "byline"
    assert [kind_at(art, p) for p in body] == ["content"] * len(body)
