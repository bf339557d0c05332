"""The reader's own words: ctrl+f's matches in the article shown (find_shown) and the sentence
``y`` copies (current_sentence, copy_sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.corpus.markdown import article_shown
from waic_reader.index.corpus.text import one_line, visible
from waic_reader.tui.copy_selection import copy_selection
from waic_reader.tui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from waic_reader.tui.screens.reader import ReaderScreen


def find_shown(screen: ReaderScreen, words: str) -> list[tuple[int, int]]:
    """Where ``words`` occur in the shown text (boilerplate is hidden, so left out)."""
    if screen.loaded is None:
        return []
    if screen._find_tokens is None or screen._find_tokens[0] is not screen.loaded:
        article = screen.loaded.article
        # The words the reader shows: a Markdown link's text, never its URL.
        blocks = [(b.start, b.end) for b in article.blocks] if article.format == "markdown" else None
        screen._find_tokens = (screen.loaded, text_tokens(article.text, blocks))
    analysis = screen.loaded.analysis
    return [s for s in find_spans(screen._find_tokens[1], words) if not analysis.is_noise(s[0])]


def current_sentence(screen: ReaderScreen) -> tuple[int, int] | None:
    """(start, end) of the sentence ``y`` copies: the current match's, mention's or quote's;
    else the one a jump highlighted; else the selected block's first; else the first one
    at the top of the view."""
    if screen.loaded is None:
        return None
    sentences = [s for s in screen.loaded.article.sentences if not screen.loaded.analysis.is_noise(s.start)]
    targets = screen.targets()
    at: int | None = None
    if 0 <= screen.current < len(targets):
        at = targets[screen.current][0]
    elif screen.sentence_at is not None:
        at = screen.sentence_at
    else:
        view = screen.query_one(ArticleView)
        selected = view.selected
        block = _boilerplate_block(screen)
        if selected is not None:
            at = selected.block.start
        elif block is not None:
            return block
        else:
            top = round(view.scroll_y)
            shown = [(row, s) for s in sentences if (row := view.row_of_offset(s.start)) is not None]
            at = next((s.start for row, s in shown if row >= top), shown[-1][1].start if shown else None)
    if at is None:
        return None
    sentence = next((s for s in sentences if s.start <= at < s.end), None)
    if sentence is None:
        sentence = next((s for s in sentences if s.start >= at), None)
    return (sentence.start, sentence.end) if sentence is not None else None


def _boilerplate_block(screen: ReaderScreen) -> tuple[int, int] | None:
    """The sentence of the boilerplate block the boilerplate panel shows highlighted (a hit
    found only there opens it at its block, t13n F14): the one holding a match in it, else the
    block's first; None when the panel is not shown."""
    from textual.css.query import NoMatches

    from waic_reader.tui.widgets.noise_panel import NoisePanel

    if screen.loaded is None:
        return None
    try:
        panel = screen.query_one(NoisePanel)
        shown = bool(screen.query_one("#side-panel").display) and bool(panel.display)
    except NoMatches:  # the panels are mounted lazily
        return None
    run = panel.highlighted if shown else []
    if not run:
        return None
    seg = run[0]
    at = next((a for a, _b in screen.loaded.noise_matches if seg.start <= a < seg.end), seg.start)
    sentence = next((s for s in screen.loaded.article.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return seg.start, seg.end
    return max(sentence.start, seg.start), min(sentence.end, seg.end)


def copy_sentence(screen: ReaderScreen) -> None:
    """``y``: the text selected with the mouse, else the current sentence as shown, to the clipboard."""
    if copy_selection(screen):  # text selected with the mouse is what the reader means to copy
        return
    span = current_sentence(screen)
    if span is None or screen.loaded is None:
        screen.notify("Nothing to copy here", markup=False)
        return
    # As shown: a Markdown sentence's syntax hidden, control characters as their stand-ins
    # (never pasted into a terminal raw).
    text = visible(" ".join(article_shown(screen.loaded.article, span[0], span[1]).split()))
    # OSC 52: the terminal puts it on the system clipboard (if it allows it), also over ssh.
    screen.app.copy_to_clipboard(text)
    screen.notify(f"Copied the sentence: {one_line(text, 100)}", title="Clipboard", markup=False)
