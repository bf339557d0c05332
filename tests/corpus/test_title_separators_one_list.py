"""A page's ``<title>`` splits into its site's name and its headline at one list of spaced
separators (round s41-e2, issue #16: " :: " split a metadata headline from its site but not the
site's name, the outlet, from the headline; ``html_meta.TITLE_SEPARATOR`` is now the only list)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Article, Corpus

_HARBOUR = (
    "<p>Osland's council voted on Tuesday to build a new harbour wall, after last month's storm broke through "
    "the old one in two places and flooded the lower town.</p>"
    "<p>The wall will cost 12 million euros and should be finished before next winter, the council said.</p>"
)


def _article(root: Path, text: str) -> Article:
    (root / "page.html").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(root)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        # reported: "Site :: Headline"
        ("Varn Courier :: Council approves new harbour wall", "Varn Courier"),
        # ours: the headline first, a bullet
        ("Council approves new harbour wall • Osland Evening Post", "Osland Evening Post"),
        # ours: an angle quote
        ("Council approves new harbour wall » Skerry Gazette", "Skerry Gazette"),
    ],
)
def test_the_titles_site_part_at_any_separator_is_the_outlet(tmp_path: Path, title: str, outlet: str) -> None:
    page = f"<html><head><title>{title}</title></head><body><h1>Council approves new harbour wall</h1>{_HARBOUR}</body></html>"
    article = _article(tmp_path, page)
    assert article.outlet == outlet
    assert article.title == "Council approves new harbour wall"
