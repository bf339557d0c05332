"""A byline whose "By" takes a colon ("Door: Witold Kepinski", "By: Jane Roe", "Von: Anna Lind")
and a source line in another language ("Quelle: Spiceworks", "Fuente: INE") closing an article
(issue #14, unseen33 dutchitchannel-1 and mittelstand-1, round s38-a: both stayed the article's in
an HTML page's main text, and in a short text). The reported lines written anew, and variants of
other languages; a sentence opening "By:" stays the article's."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import ARTICLE, PARAS, assert_article_kept, kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Door: Witold Kepinski", "byline"),
        ("By: Jane Roe", "byline"),
        ("Von: Anna Lind und Jonas Weber", "byline"),
        ("Par : Jean Dupont", "byline"),
        ("Quelle: Spiceworks", "attribution"),
        ("Fuente: Instituto Nacional de Estadística", "attribution"),
        ("Bron: ANP", "attribution"),
    ],
)
def test_closing_byline_and_source_lines_go(line: str, kind: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert_article_kept(got)
    assert got[line] == kind


def test_a_sentence_opening_by_stays() -> None:
    line = "By: the time the meeting ended, most members had already left the chamber."
    got = kinds(ARTICLE + line + "\n")
    assert_article_kept(got)
    assert got[line] == "content"


_HTML = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
<article><h1>{title}</h1>
{paras}
<p>{byline}</p>
<p>{source}</p>
</article>
<footer><p>© 2016 Channel Media</p></footer></body></html>
"""


@pytest.mark.parametrize(
    ("lang", "byline", "source"),
    [
        ("nl", "Door: Witold Kepinski", "Bron: Canalys"),
        ("de", "Von: Anna Lind", "Quelle: Spiceworks"),
    ],
)
def test_html_main_text_closing_lines(tmp_path: Path, lang: str, byline: str, source: str) -> None:
    page = _HTML.format(
        lang=lang,
        title="Council passes budget after long debate",
        paras="\n".join(f"<p>{p}</p>" for p in PARAS),
        byline=byline,
        source=source,
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    split = split_noise(corpus.article(corpus.docs[0]))
    got = {s.text: "content" for s in split.content} | {s.text: s.kind for s in split.noise}
    assert_article_kept(got)
    assert got[byline] == "byline"
    assert got[source] == "attribution"
