"""ReaderScreen: one article, clean of boilerplate, with search matches and entities marked."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from waic_reader.index.analysis import Analysis
from waic_reader.index.corpus import Article
from waic_reader.index.query import QueryError, positive_terms
from waic_reader.index.search import match_spans

from .article_view import ArticleView, Highlight
from .safe import line, plain

MATCH_STYLE = "bold $text-warning on $warning-muted"
CURRENT_STYLE = "bold reverse $warning"

NAV = Binding.Group("Move")
FIND = Binding.Group("Matches")
ARTICLES = Binding.Group("Articles")
PANELS = Binding.Group("Panels")


@dataclass
class Loaded:
    article: Article
    analysis: Analysis
    matches: list[tuple[int, int]] = field(default_factory=list)
    error: str = ""


class ReaderScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="reader.back"),
        Binding("n", "next_match", "Next match", tooltip="Next search match", id="reader.next_match", group=FIND),
        Binding("N", "prev_match", "Prev match", tooltip="Previous search match", id="reader.prev_match", group=FIND),
        Binding("j,down", "scroll_down", "Down", show=False, id="reader.down", group=NAV),
        Binding("k,up", "scroll_up", "Up", show=False, id="reader.up", group=NAV),
        Binding("g,home", "top", "Top", show=False, id="reader.top", group=NAV),
        Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom", group=NAV),
        Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down", group=NAV),
        Binding("shift+space,pageup", "page_up", "Page up", show=False, id="reader.page_up", group=NAV),
        Binding("left_square_bracket", "prev_article", "Prev article", key_display="[",
                tooltip="Previous article in the library", id="reader.prev_article", group=ARTICLES),
        Binding("right_square_bracket", "next_article", "Next article", key_display="]",
                tooltip="Next article in the library", id="reader.next_article", group=ARTICLES),
        Binding("c", "compare", "Compare", tooltip="Compare this article with another", id="reader.compare", group=ARTICLES),
    ]

    doc: reactive[str] = reactive("", init=False)
    current: reactive[int] = reactive(-1, init=False)

    def __init__(self, doc: str, query: str | None = None) -> None:
        super().__init__()
        self.set_reactive(ReaderScreen.doc, doc)
        self.query_text = query
        self.loaded: Loaded | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="reader-head"):
            yield Static(id="reader-title")
            yield Static(id="reader-meta")
        with Horizontal(id="reader-body"):
            yield ArticleView(id="article")
            yield Vertical(id="side-panel")
        yield Static(id="reader-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#side-panel").display = False
        self.load()

    def watch_doc(self, _doc: str) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="reader", name="open article")
    def load(self) -> None:
        ws = self.app.workspace  # type: ignore[attr-defined]
        article = ws.corpus.article(self.doc)
        analysis = ws.analyser.analyse(article)
        loaded = Loaded(article, analysis)
        if self.query_text:
            try:
                terms = {t for f, t in positive_terms(ws.index.parse(self.query_text))
                         if f in ("title", "content", "outlet")}
                loaded.matches = [s for s in match_spans(article.text, terms)
                                  if not analysis.is_noise(s[0])]
            except QueryError as exc:
                loaded.error = str(exc)
            except RuntimeError:
                loaded.error = "the index is still being built; matches show once it is ready"
        self.app.call_from_thread(self._show, loaded)

    async def _show(self, loaded: Loaded) -> None:
        self.loaded = loaded
        article = loaded.article
        self.query_one("#reader-title", Static).update(line(article.title, None, "bold"))
        meta = [article.outlet or "outlet unknown", article.date or "", article.doc,
                f"{article.word_count} words", f"{loaded.analysis.noise_count()} noise blocks hidden"]
        self.query_one("#reader-meta", Static).update(line("  ·  ".join(m for m in meta if m)))
        hidden = self.hidden_blocks()
        view = self.query_one(ArticleView)
        await view.show_blocks(article.blocks, hidden, self.highlights())
        self.set_reactive(ReaderScreen.current, -1)
        if loaded.matches:
            self.current = 0
        self._update_status()
        view.focus()

    def hidden_blocks(self) -> set[int]:
        if self.loaded is None:
            return set()
        noise = self.loaded.analysis.noise_spans()
        return {i for i, b in enumerate(self.loaded.article.blocks)
                if any(s <= b.start and b.end <= e for s, e in noise)}

    def highlights(self) -> list[Highlight]:
        if self.loaded is None:
            return []
        out: list[Highlight] = []
        for i, (s, e) in enumerate(self.loaded.matches):
            out.append((s, e, CURRENT_STYLE if i == self.current else MATCH_STYLE))
        return out

    def watch_current(self, index: int) -> None:
        view = self.query_one(ArticleView)
        view.restyle(self.highlights())
        if self.loaded and 0 <= index < len(self.loaded.matches):
            view.scroll_to_offset(self.loaded.matches[index][0])
        self._update_status()

    def _update_status(self) -> None:
        status = self.query_one("#reader-status", Static)
        if self.loaded is None:
            status.update(plain("Loading…"))
            return
        if self.loaded.error:
            status.update(plain(self.loaded.error, "$text-error"))
        elif self.query_text and self.loaded.matches:
            status.update(Content.assemble(
                (f"match {self.current + 1}/{len(self.loaded.matches)}", "bold"),
                " for ", (self.query_text, "italic"), "  ·  n / N to step"))
        elif self.query_text:
            status.update(plain(f"no matches for {self.query_text} in the article body"))
        else:
            status.update(plain("/ search  ·  c compare  ·  ? help"))

    # -- actions ----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def _step(self, delta: int) -> None:
        if not self.loaded or not self.loaded.matches:
            self.notify("No search matches here: press / to search", markup=False)
            return
        self.current = (self.current + delta) % len(self.loaded.matches)

    def action_next_match(self) -> None:
        self._step(1)

    def action_prev_match(self) -> None:
        self._step(-1)

    def action_scroll_down(self) -> None:
        self.query_one(ArticleView).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        self.query_one(ArticleView).scroll_up(animate=False)

    def action_top(self) -> None:
        self.query_one(ArticleView).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one(ArticleView).scroll_end(animate=False)

    def action_page_down(self) -> None:
        self.query_one(ArticleView).scroll_page_down(animate=False)

    def action_page_up(self) -> None:
        self.query_one(ArticleView).scroll_page_up(animate=False)

    def _neighbour(self, delta: int) -> None:
        docs: list[str] = self.app.docs  # type: ignore[attr-defined]
        if self.doc not in docs or len(docs) < 2:
            return
        self.loaded = None
        self.doc = docs[(docs.index(self.doc) + delta) % len(docs)]

    def action_prev_article(self) -> None:
        self._neighbour(-1)

    def action_next_article(self) -> None:
        self._neighbour(1)

    def action_compare(self) -> None:
        from .pick_screen import pick_then_compare

        pick_then_compare(self.app, self.doc)
