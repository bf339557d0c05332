"""A related-content box's heading, "recommended (editorial) content", between an article's
paragraphs (issue #14, unseen43 t3n-1: "Empfohlene redaktionelle Inhalte" over a video embed's
consent box, the box's own list not saved): boilerplate, not the article's own heading, and the
paragraphs around it stay; the reported heading and two variants of our own (English, French), in
plain text and in HTML.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

HEADLINE = "Stadtwerke bauen neues Wärmenetz im Hafenviertel"
PARAS = [
    "Die Stadtwerke wollen bis zum Jahr 2029 rund dreitausend Wohnungen im Hafenviertel an ein neues"
    " Wärmenetz anschließen, das mit der Abwärme eines nahen Rechenzentrums betrieben werden soll.",
    "Der Stadtrat hat den ersten Bauabschnitt am Dienstag mit großer Mehrheit beschlossen, die Kosten"
    " von knapp vierzig Millionen Euro trägt zum größten Teil der Bund.",
    "Anwohner sollen ab dem kommenden Frühjahr auf mehreren Versammlungen über die Baustellen und die"
    " neuen Tarife informiert werden, kündigte die Geschäftsführung an.",
]
HEADERS = ["Empfohlene redaktionelle Inhalte", "Recommended content", "Contenus recommandés"]
FOOTER = ["Impressum", "Datenschutz", "© 2026 Hafenbote"]


def text_article(tmp_path: Path, header: str) -> Article:
    lines = [HEADLINE, PARAS[0], PARAS[1], header, PARAS[2], *FOOTER]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def html_article(tmp_path: Path, header: str) -> Article:
    html = (
        "<html><head><title>Wärmenetz | Hafenbote</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        f'<div class="embed"><h3>{header}</h3></div><p>{PARAS[2]}</p>'
        "</article><footer><p>© 2026 Hafenbote</p></footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


@pytest.mark.parametrize("header", HEADERS, ids=["reported", "english", "french"])
@pytest.mark.parametrize("make", [text_article, html_article], ids=["text", "html"])
def test_recommended_content_header_is_noise(tmp_path: Path, header: str, make: Callable[[Path, str], Article]) -> None:
    art = make(tmp_path, header)
    assert kind_at(art, header) == "headline-list"
    assert [kind_at(art, p) for p in PARAS] == ["content"] * len(PARAS)
