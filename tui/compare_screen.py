"""CompareScreen: two articles side by side."""

from __future__ import annotations

from dataclasses import dataclass

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from waic_reader.index.analysis import Analysis
from waic_reader.index.corpus import Article

from .article_view import ArticleView
from .safe import line, plain

PANES = Binding.Group("Panes")


@dataclass
class Side:
    article: Article
    analysis: Analysis


class ComparePane(Vertical):
    """One side: the outlet and title on top, the article below."""

    def __init__(self, side: str) -> None:
        super().__init__(id=f"pane-{side}", classes="compare-pane")
        self.side = side

    def compose(self) -> ComposeResult:
        yield Static(classes="pane-title")
        yield ArticleView(classes="pane-body")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    async def show(self, side: Side) -> None:
        a = side.article
        self.query_one(".pane-title", Static).update(
            line(f"{self.side.upper()}  {a.outlet or a.doc}  ·  {a.title}", None, "bold"))
        noise = side.analysis.noise_spans()
        hidden = {i for i, b in enumerate(a.blocks) if any(s <= b.start and b.end <= e for s, e in noise)}
        await self.view.show_blocks(a.blocks, hidden, [])


class CompareScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="compare.back"),
        Binding("tab", "switch_pane", "Switch pane", tooltip="Move focus to the other pane", id="compare.switch", group=PANES),
        Binding("s", "swap", "Swap", tooltip="Swap left and right", id="compare.swap", group=PANES),
        Binding("o", "pick", "Other article", tooltip="Pick another article for the focused pane", id="compare.pick", group=PANES),
        Binding("j,down", "scroll(1)", "Down", show=False, id="compare.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="compare.up"),
    ]

    a_doc: reactive[str] = reactive("", init=False)
    b_doc: reactive[str] = reactive("", init=False)

    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.set_reactive(CompareScreen.a_doc, a)
        self.set_reactive(CompareScreen.b_doc, b)

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-panes"):
            yield ComparePane("a")
            yield ComparePane("b")
        yield Static(plain("Loading…"), id="compare-status")
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    def watch_a_doc(self) -> None:
        self.load()

    def watch_b_doc(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare", name="compare")
    def load(self) -> None:
        ws = self.app.workspace  # type: ignore[attr-defined]
        sides = []
        for doc in (self.a_doc, self.b_doc):
            article = ws.corpus.article(doc)
            sides.append(Side(article, ws.analyser.analyse(article)))
        self.app.call_from_thread(self._show, sides[0], sides[1])

    async def _show(self, a: Side, b: Side) -> None:
        await self.query_one("#pane-a", ComparePane).show(a)
        await self.query_one("#pane-b", ComparePane).show(b)
        self.query_one("#compare-status", Static).update(
            plain(f"{a.article.doc}  vs  {b.article.doc}  ·  tab switches pane  ·  s swaps  ·  o picks another article"))
        self.query_one("#pane-a", ComparePane).view.focus()

    def _focused_side(self) -> str:
        focused = self.focused
        if focused is not None and self.query_one("#pane-b", ComparePane) in focused.ancestors_with_self:
            return "b"
        return "a"

    def action_switch_pane(self) -> None:
        other = "a" if self._focused_side() == "b" else "b"
        self.query_one(f"#pane-{other}", ComparePane).view.focus()

    def action_swap(self) -> None:
        a, b = self.a_doc, self.b_doc
        self.set_reactive(CompareScreen.a_doc, b)
        self.b_doc = a

    def action_pick(self) -> None:
        from .pick_screen import PickArticleScreen

        side = self._focused_side()
        other = self.b_doc if side == "a" else self.a_doc

        def chosen(doc: str | None) -> None:
            if doc:
                if side == "a":
                    self.a_doc = doc
                else:
                    self.b_doc = doc

        self.app.push_screen(PickArticleScreen(f"Article for pane {side.upper()}…", exclude=other), chosen)

    def action_scroll(self, delta: int) -> None:
        view = self.query_one(f"#pane-{self._focused_side()}", ComparePane).view
        view.scroll_relative(y=delta, animate=False)

    def action_back(self) -> None:
        self.dismiss()
