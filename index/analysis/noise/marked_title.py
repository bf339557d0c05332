"""The title again when the user's marks make noise of the block it was taken from: "the title
is never taken from a block judged noise" holds for a block judged noise by a mark as for one
the rules judged (issue #14, round s31-g: marking a w3m dump's "Iniciar sesión  Suscríbete"
line as noise left it the title in the reader and in ``list``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from waic_reader.index.corpus.text import one_line

if TYPE_CHECKING:
    from waic_reader.index.analysis.overrides import Overrides
    from waic_reader.index.corpus.reader import Article

# The label a block marked as noise stands under while the title is sought again.
_MARKED = ("navigation", "marked as noise by you")


def _holds_title(text: str, title: str) -> bool:
    """Whether a block's text is where ``title`` was taken from (the title is its line, its
    first sentence or their start, cut to the title's length; a Markdown heading's "#" aside)."""
    line = one_line(text.lstrip("# "), 10_000)
    cut = title.rstrip("…").rstrip()
    return bool(cut) and (line == title or line.startswith(cut))


def retitle_with_marks(article: Article, overrides: Overrides | None) -> None:
    """Derive ``article``'s title again, the blocks the user marked as noise taken as noise,
    when its title was derived from the text (no metadata title) and a block so marked holds it;
    back to the title as first derived when no such mark remains. Changes ``article.title``."""
    if not article.title_derived:
        return
    from waic_reader.index.analysis.overrides import article_block_keys, mark_of

    first = article.unmarked_title if article.unmarked_title is not None else article.title
    marks = overrides.for_article(article) if overrides is not None else {}
    if not marks:  # no block marked: the title as first derived, the text not split into blocks
        article.title = first  # (the first Quotes screen of 221 articles split each, round s38-p)
        return
    blocks = article.blocks
    noise: set[int] = set()
    if marks:
        keys = article_block_keys(blocks)
        noise = {i for i in range(len(blocks)) if mark_of(marks, keys[i]) == "noise"}
    if not any(_holds_title(blocks[i].text, first) for i in noise):
        article.title = first
        return
    from waic_reader.index.analysis.noise.article import classify_article
    from waic_reader.index.analysis.noise.classify import classify_page
    from waic_reader.index.analysis.noise.page import is_page
    from waic_reader.index.corpus.titles import derive_title

    headline: int | None = None
    if article.discarded is None and is_page(blocks):
        labels, headline = classify_page(blocks)
        labels = list(labels)
    else:
        got = article.noise_labels if article.noise_labels is not None else classify_article(blocks, article.discarded)
        labels = list(got)
    for i in noise:
        labels[i] = _MARKED
    outlet = None if article.outlet_derived else article.outlet
    article.unmarked_title = first
    title = derive_title(blocks, article.sentences, (labels, headline), outlet) or article.doc
    if article.format == "markdown":  # a Markdown headline's syntax hidden, as when first derived
        from waic_reader.index.corpus.markdown import shown_inline

        title = shown_inline(title)
    article.title = title
