"""An article written as a list of sections keeps every section (review s35-rv finding 1: a list
item with three paragraphs or more was read as a "page box", s35-g's layout of unseen30's guancha
page, and every other item of its list was dropped as the layout's other columns, so an ``<ol>``
of sections, heading and paragraphs per item, lost all its sections but the first).

A list item is the page's box only when the items beside it hold no paragraph of prose (link or
teaser columns) or when it holds the page's other parts after its paragraphs (lists, headings);
an item beside it with paragraphs of its own is never dropped. The reviewer's page and two
variants of our own (another language, another layout); s35-g's own pages stay in
test_noise_page_box_layouts.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def content_text(art: Article) -> str:
    return "\n".join(" ".join(seg.text.split()) for seg in split_noise(art).content)


def _page(title: str, lead: str, items: list[str], close: str, tag: str = "ol") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1><p>{lead}</p>
<{tag}>{"".join(f"<li>{item}</li>" for item in items)}</{tag}>
<p>{close}</p></article><footer>Copyright 2026 Kellby Echo</footer></body></html>"""


_EN = "The rescuers worked through the night to reach the trapped miners, and officials said the shaft was stable at last."
_DE = "Die Helfer arbeiteten die ganze Nacht, um die eingeschlossenen Bergleute zu erreichen, und der Schacht galt zuletzt als stabil."
_ZH = "救援人员连夜施工，终于打通了通往被困矿工的通道，官员表示矿井目前已经稳定，后续工作将继续进行。"

PAGES: dict[str, tuple[str, list[str]]] = {
    # The reviewer's page: h2 + 3 paragraphs, then h2 + 2, h2 + 2.
    "reviewer": (
        _page(
            "Five lessons from the Kellby mine rescue",
            "KELLBY, 9 March 2026 - The rescue of 17 miners in Kellby ended on Monday after four days "
            "underground, and here are the lessons officials drew from it.",
            [
                "<h2>1. Drill early</h2>" + "".join(f"<p>First paragraph {i}: {_EN}</p>" for i in range(3)),
                "<h2>2. Keep families informed</h2>" + "".join(f"<p>Second paragraph {i}: {_EN}</p>" for i in range(2)),
                "<h2>3. Plan the ventilation</h2>" + "".join(f"<p>Third paragraph {i}: {_EN}</p>" for i in range(2)),
            ],
            "The mine will stay closed until the inquiry reports, the council said in a statement.",
        ),
        ["Second paragraph 0", "Second paragraph 1", "Third paragraph 0", "Third paragraph 1", "First paragraph 2"],
    ),
    # German, a <ul>, the long section last and the others a heading and one paragraph each.
    "german": (
        _page(
            "Was die Rettung in Kellby lehrt",
            "KELLBY, 9. März 2026 - Die Rettung von 17 Bergleuten endete am Montag nach vier Tagen unter Tage, "
            "und die Behörden zogen daraus mehrere Lehren.",
            [
                f"<h3>Früh bohren</h3><p>Abschnitt Eins: {_DE}</p>",
                f"<h3>Familien informieren</h3><p>Abschnitt Zwei: {_DE}</p>",
                "<h3>Lüftung planen</h3>" + "".join(f"<p>Abschnitt Drei {i}: {_DE}</p>" for i in range(4)),
            ],
            "Die Grube bleibt geschlossen, bis die Untersuchung abgeschlossen ist, teilte der Gemeinderat mit.",
            tag="ul",
        ),
        ["Abschnitt Eins", "Abschnitt Zwei", "Abschnitt Drei 0", "Abschnitt Drei 3"],
    ),
    # Chinese, sections without headings, two long items among short ones.
    "chinese": (
        _page(
            "矿难救援的五条经验",
            "3月9日，被困井下四天的17名矿工周一全部获救，官员总结了此次救援的经验。",
            [
                "".join(f"<p>第一条{i}：{_ZH}</p>" for i in range(3)),
                "".join(f"<p>第二条{i}：{_ZH}</p>" for i in range(2)),
                "".join(f"<p>第三条{i}：{_ZH}</p>" for i in range(3)),
                f"<p>第四条：{_ZH}</p><p>第四条补充：{_ZH}</p>",
            ],
            "矿井将在调查结束前保持关闭，县政府在声明中表示。",
        ),
        ["第二条0", "第二条1", "第四条：", "第四条补充", "第三条2"],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_section_of_a_list_article_stays(tmp_path: Path, name: str) -> None:
    html, lines = PAGES[name]
    kept = content_text(article(tmp_path, f"{name}.html", html))
    for line in lines:
        assert line in kept, (line, kept)
    assert "Copyright 2026" not in kept
