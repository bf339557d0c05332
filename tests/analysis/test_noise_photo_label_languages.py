"""A photo's credit under its label in other languages, between an article's paragraphs (issue #14,
unseen44 index-1: "Fotó: Bence Szemerey", Hungarian): a caption, in plain text and in HTML; the
reported line and two variants of our own (Turkish, Russian), on small pages of our own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

HEADLINE = "Harbour festival draws record crowds despite the rain"
PARAS = [
    "More than forty thousand people came to the harbour festival over the weekend, the organisers said,"
    " although heavy rain on Saturday afternoon closed the outdoor stages for three hours.",
    "The tall ships moored along the old quay were the busiest attraction, with queues of more than an"
    " hour to go on board the oldest of them, a schooner built in 1893.",
    "The city council has already agreed to fund the festival for another three years, and next year's"
    " programme will add a second weekend in early September.",
]
CREDITS = ["Fotó: Bence Szemerey", "Fotoğraf: Ayşe Demirtaş", "Фото: Ирина Смирнова"]


def text_article(tmp_path: Path, credit: str) -> Article:
    lines = [HEADLINE, PARAS[0], credit, PARAS[1], PARAS[2]]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def html_article(tmp_path: Path, credit: str) -> Article:
    html = (
        "<html><head><title>Harbour festival</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>{PARAS[0]}</p><p>{credit}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("credit", CREDITS, ids=["reported", "turkish", "russian"])
@pytest.mark.parametrize("make", [text_article, html_article], ids=["text", "html"])
def test_photo_label_in_other_languages_is_a_caption(
    tmp_path: Path, credit: str, make: Callable[[Path, str], Article]
) -> None:
    art = make(tmp_path, credit)
    assert kind_at(art, credit) == "caption"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)
