"""MentionsScreen: one entity's mentions, each in its sentence; enter reads the article there.

Also home of :func:`open_reader_at`, shared by the coverage and entity-matrix screens: it opens
the reader scrolled to a character offset of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import counted, visible
from waic_reader.tui.entity_colors import label_text_style, selected_style
from waic_reader.tui.safe import ID_FLOOR, id_keeping, line, plain, spans_content

if TYPE_CHECKING:
    # Types only: importing the recogniser compiles its lexicons' patterns (a few hundred ms) on
    # the UI thread; the workers that build entities import it off that thread.
    from waic_reader.index.analysis.entities.recogniser import Entity, Mention

CONTEXT_CHARS = 160  # either side of a mention when its sentence cannot be found


class _Parts(NamedTuple):
    """What a mention's option is made of whatever the list's width: its article's label (None
    when the list is of one article), the doc id shown beside it (None: the label is the id),
    its sentence with the mention styled, and whether it is in the boilerplate."""

    label: Content | None
    shown_id: str | None
    sentence: Content
    noise: bool


def open_reader_at(
    app: App[object],
    doc: str,
    at: int | None = None,
    follow: tuple[str, str] | None = None,
    at_text: str | None = None,
    *,
    origin: str,
) -> None:
    """Push the reader on ``doc`` with ``at`` (an offset into its text, where ``at_text`` was:
    looked for again if the file was edited since) in view, following the entity ``follow``
    ((key, name)) if given. ``origin`` names the screen jumped from ("the timeline") in the
    notice that the file changed since."""
    from waic_reader.tui.screens.reader import ReaderScreen

    app.push_screen(ReaderScreen(doc, at=at, follow=follow, at_text=at_text, jumped_from=origin))


def sentence_span(article: Article, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start:end``, else a window of text around it."""
    for s in article.sentences:
        if s.start <= start and end <= s.end:
            return s.start, s.end
    return max(0, start - CONTEXT_CHARS), min(len(article.text), end + CONTEXT_CHARS)


def in_sentence(article: Article, start: int, end: int, style: str) -> Content:
    """The sentence around ``start:end`` on one line, the span styled; article text stays literal.
    A Markdown article's sentence is shown as the reader shows it: its syntax hidden
    (``**Twelve people**`` as "Twelve people", ``[Hoster](https://…)`` as "Hoster")."""
    s, e = sentence_span(article, start, end)
    text, at = article_excerpt(article, s, e)
    # Same-length substitutions only, so the offsets still line up.
    text = text.replace("\n", " ").replace("\t", " ")
    return spans_content(text, [(at(start), at(end), style)])


class MentionsScreen(ModalScreen[None]):
    """Mentions of ``entity`` in ``docs`` (every article when None); content first, then boilerplate.
    ``origin`` names the screen that opened it ("the entity matrix") in the reader's
    notice when a mention's file changed since."""

    HELP_TITLE = "Mentions"  # the help's title (help.py), in words

    BINDINGS = [
        Binding(
            "escape,q", "dismiss", "Close", tooltip="Back to the matrix (q as on every screen)", id="mentions.close"
        ),
        Binding("j", "move(1)", "Down", show=False, id="mentions.down"),
        Binding("k", "move(-1)", "Up", show=False, id="mentions.up"),
        Binding("g", "end(False)", "First", show=False, tooltip="The first mention (home too)", id="mentions.first"),
        Binding("G", "end(True)", "Last", show=False, tooltip="The last mention (end too)", id="mentions.last"),
    ]

    def __init__(
        self, entity: Entity, articles: dict[str, Article], docs: Sequence[str] | None = None, *, origin: str
    ) -> None:
        super().__init__()
        self.origin = origin
        self.entity = entity
        self.articles = articles
        wanted = set(docs) if docs is not None else None
        order = {doc: i for i, doc in enumerate(articles)}
        found = [(doc, m) for doc, m in entity.mentions if (wanted is None or doc in wanted) and doc in articles]
        # Article text before boilerplate, then library order, then reading order.
        self.mentions: list[tuple[str, Mention]] = sorted(
            found, key=lambda dm: (dm[1].noise, order.get(dm[0], 0), dm[1].start)
        )
        self.one_doc = docs[0] if docs is not None and len(docs) == 1 else None
        self._laid_out_at = 0  # the list width the options were made for (see _lay_out)
        self._made: list[_Parts] | None = None  # each mention's parts whatever the width (_parts)

    def compose(self) -> ComposeResult:
        with Vertical(id="mentions-dialog"):
            yield Static(self._title(), id="mentions-title")
            yield OptionList(*self._options(), id="mentions-list")
            yield Static(plain("enter: read the article at this mention  ·  escape or q: back"), id="mentions-foot")

    def _title(self) -> Content:
        content = sum(1 for _, m in self.mentions if not m.noise)
        noise = len(self.mentions) - content
        label = self.articles[self.one_doc].label if self.one_doc in self.articles else ""
        where = (
            # The doc id too: two articles of one outlet must not read alike ("in Reuters").
            f" in {label}" + (f" ({self.one_doc})" if label != self.one_doc else "")
            if self.one_doc in self.articles
            else f" in {counted(len({d for d, _ in self.mentions}), 'article')}"
        )
        counts = f"{content} mention{'s' if content != 1 else ''}" + (f", {noise} in boilerplate" if noise else "")
        return Content.assemble(
            plain(self.entity.name, label_text_style(self.entity.label)),
            "  ",
            plain(label_name(self.entity.label), "dim"),
            "  ·  ",
            line(counts + where),
        )

    def _parts(self) -> list[_Parts]:
        """Each mention's parts that do not depend on the width, made once (the sentence found and
        styled: ~0.1 ms a mention, on the UI thread; made again on every width before, s50-z)."""
        if self._made is None:
            made = []
            for doc, m in self.mentions:
                article = self.articles[doc]
                sentence = in_sentence(article, m.start, m.end, selected_style(m.label))
                label = line(article.label, 40, "bold") if self.one_doc is None else None
                shown = visible(doc) if label is not None and article.label != doc else None
                made.append(_Parts(label, shown, sentence, m.noise))
            self._made = made
        return self._made

    def _options(self, width: int | None = None) -> list[Option | None]:
        """The mentions as options for a list ``width`` cells wide (None: not laid out yet). A
        mention's head names its article by its label and doc id, the id whole wherever the line
        has room and else cut as every screen cuts ids (:func:`~waic_reader.tui.safe.id_keeping`,
        in the middle): cut at its end to 30 cells, "web/alpine-courier-derailment…" beside
        "web/alpine-courier-derailment" read alike with 60 cells of the line free (t13aq N13).
        Only the head's id depends on ``width``: the rest is :meth:`_parts`'."""
        options: list[Option | None] = []
        for i, parts in enumerate(self._parts()):
            head: list[Content] = []
            if parts.label is not None:
                head.append(parts.label)
                if parts.shown_id is not None:
                    shown = parts.shown_id
                    room = cell_len(shown) if width is None else max(ID_FLOOR, width - parts.label.cell_length - 2)
                    head.append(Content("  "))  # (line() trims, so the gap is its own piece)
                    head.append(Content.styled(id_keeping(shown, room), "dim"))
            if parts.noise:
                head.append(plain("  boilerplate (press b in the reader to show it)", "italic $text-warning"))
            prompt = Content("\n").join([Content.assemble(*head), parts.sentence]) if head else parts.sentence
            if parts.noise:
                prompt = prompt.stylize("dim")
            if options:
                options.append(None)  # a separator line between mentions
            options.append(Option(prompt, id=str(i)))
        if not options:
            options.append(Option(plain("No mentions here."), disabled=True))
        return options

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_resize(self) -> None:
        # The heads are laid out for the list's width, known once it is laid out (after the
        # refresh that follows a resize, the first one included).
        self.call_after_refresh(self._lay_out)

    def _lay_out(self) -> None:
        """The options made again for the list's width (when it changed), the cursor kept."""
        options = self.query_one(OptionList)
        width = options.scrollable_content_region.width
        if not width or width == self._laid_out_at:
            return
        self._laid_out_at = width
        at = options.highlighted
        options.clear_options()
        options.add_options(self._options(width))
        if at is not None and at < options.option_count:
            options.highlighted = at

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_end(self, last: bool) -> None:
        options = self.query_one(OptionList)
        if last:
            options.action_last()
        else:
            options.action_first()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is None:
            return
        doc, m = self.mentions[int(event.option.id)]
        follow = (self.entity.key, self.entity.name)
        if m.noise:
            self.notify("That mention is in the boilerplate: press b in the reader to show it", markup=False)
            open_reader_at(self.app, doc, follow=follow, origin=self.origin)
        else:
            open_reader_at(self.app, doc, m.start, follow=follow, at_text=m.text, origin=self.origin)
