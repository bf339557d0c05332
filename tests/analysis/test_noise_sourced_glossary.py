"""A glossary of topic cards after an article, each a short title, one blurb defining it and a source
line ("Source: Wikipedia", "来源：维基百科"), is the page's, not the article's (issue #14, round s24-f:
such a box of 18 cards stayed content on a tuning half, its blurbs read as prose and drew the main
text on over them). Invented pages: the reported shape (English, four cards under a header) and two
variants (German "Quelle:" lines, three cards straight under the article; Chinese "来源：" lines);
and an article with a single chart source line, which stays content."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

MENU = ["Home", "News", "Science", "Technology", "Business", "Opinion", "Podcasts", "Search", "Log in", "Subscribe"]
HEADLINE = "Osland lab trains a language model on the island's old ferry logs"
BODY = [
    "A small laboratory on Osland has trained a language model on two centuries of handwritten ferry logs, "
    "the first time the island's records have been read by a machine.",
    "The team scanned more than forty thousand pages from the harbour archive and taught the model to read "
    "the clerks' abbreviations, which changed every few decades as new clerks took over the books.",
    "The researchers said the model now reads most entries as well as a trained archivist, though it still "
    "struggles with water damage and with the tiny handwriting of the clerk who kept the books in the 1890s.",
    "The archive plans to publish the transcribed logs next year, so that islanders can look up the crossings "
    "their grandparents made and the cargo they carried.",
]
FOOTER = ["About us", "Contact", "Privacy policy", "© 2025 Halvik Post"]

CARDS = {
    "english-under-header": (
        ["Related technologies"],
        [
            (
                "Language model",
                "A language model is a statistical model of text that predicts the next word from the words before it.",
                "Source: Wikipedia",
            ),
            (
                "Handwriting recognition",
                "Handwriting recognition is the ability of a computer to read handwritten text from scanned pages.",
                "Source: Wikipedia",
            ),
            (
                "Optical character recognition",
                "The conversion of images of typed or printed text into machine-encoded text that can be searched.",
                "Source: Google ML Glossary",
            ),
            (
                "Transfer learning",
                "A method that reuses a model trained on one task as the starting point for a model on a second task.",
                "Sources: Pan and Yang (2010)",
            ),
        ],
    ),
    "german-straight-under": (
        [],
        [
            (
                "Sprachmodell",
                "Ein Sprachmodell ist ein statistisches Modell, das das nächste Wort aus den vorherigen Wörtern vorhersagt.",
                "Quelle: Wikipedia",
            ),
            (
                "Handschrifterkennung",
                "Die Fähigkeit eines Computers, handgeschriebenen Text aus gescannten Seiten zu lesen und zu speichern.",
                "Quelle: Duden",
            ),
            (
                "Texterkennung",
                "Die Umwandlung von Bildern gedruckter Texte in maschinenlesbaren Text, der durchsucht werden kann.",
                "Quelle: Wikipedia",
            ),
        ],
    ),
    "chinese-source-lines": (
        ["相关技术"],
        [
            (
                "语言模型技术",
                "语言模型是一种根据前面的词预测下一个词的统计模型，广泛用于语音识别和机器翻译。",
                "来源：维基百科",
            ),
            (
                "手写识别技术",
                "手写识别是指计算机从扫描的页面中读取手写文字的能力，常用于档案的数字化。",
                "来源：百度百科",
            ),
            ("文字识别技术", "文字识别是把印刷文字的图像转换为机器可以检索的文本的技术。", "来源：机器之心"),
        ],
    ),
}


def _split(tmp_path: Path, lines: list[str]) -> tuple[list[str], dict[str, str | None]]:
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    return [s.text for s in split.content], {s.text: s.kind for s in split.noise}


@pytest.mark.parametrize("name", sorted(CARDS))
def test_glossary_cards_with_source_lines_are_noise(tmp_path: Path, name: str) -> None:
    header, cards = CARDS[name]
    card_lines = [line for card in cards for line in card]
    content, noise = _split(tmp_path, [*MENU, HEADLINE, *BODY, *header, *card_lines, *FOOTER])
    assert all(p in content for p in BODY)
    assert HEADLINE in content
    for line in card_lines:
        assert noise.get(line) == "related-topics", line


def test_a_chart_source_line_in_an_article_stays_content(tmp_path: Path) -> None:
    # One titled chart with its source between the paragraphs: no box of cards.
    chart = [
        "Crossings per year",
        "The logs record about 9,000 crossings a year in the 1890s, twice today's number.",
        "Source: Osland harbour archive",
    ]
    lines = [*MENU, HEADLINE, *BODY[:2], *chart, *BODY[2:], *FOOTER]
    content, noise = _split(tmp_path, lines)
    assert all(p in content for p in BODY)
    assert chart[1] in content
    assert not any(noise.get(line) == "related-topics" for line in chart)
