"""NoisePanel: the blocks split off an article as boilerplate, each with its kind and reason."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.analysis.noise import NoiseSplit, Segment
from waic_reader.index.corpus.text import one_line, visible_same_length
from waic_reader.tui.safe import plain


class NoisePanel(Vertical):
    """Lists noise blocks; ``m`` on one (handled by the screen) moves it back to the article."""

    DEFAULT_CSS = """
    NoisePanel { height: 1fr; }
    NoisePanel > .panel-title { height: auto; text-style: bold; color: $text-accent; }
    NoisePanel > .panel-help { height: auto; color: $text-muted; }
    NoisePanel > OptionList { height: 1fr; border: none; padding: 0; }
    NoisePanel > OptionList > .option-list--option { padding: 0 0 1 0; }
    """

    class Selected(Message):
        """The user chose a noise block in the panel."""

        def __init__(self, segment: Segment) -> None:
            super().__init__()
            self.segment = segment

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.segments: list[Segment] = []

    def compose(self) -> ComposeResult:
        yield Static(plain("Boilerplate"), classes="panel-title")
        yield Static(plain("m: move back to the article  ·  b: close"), classes="panel-help")
        yield OptionList()

    def show(self, split: NoiseSplit) -> None:
        self.segments = list(split.noise)
        options = self.query_one(OptionList)
        options.clear_options()
        title = self.query_one(".panel-title", Static)
        title.update(plain(f"Boilerplate: {len(self.segments)} block{'s' if len(self.segments) != 1 else ''}"))
        if not self.segments:
            options.add_option(Option(plain("Nothing was split off this article."), disabled=True))
            return
        for seg in self.segments:
            prompt = Content.assemble(
                (seg.kind, "bold $text-warning"),
                (" (your mark)" if seg.marked else "", "italic"),
                "\n",
                (one_line(visible_same_length(seg.text), 160), ""),
                "\n",
                (one_line(visible_same_length(seg.reason or ""), 200), "italic $text-muted"),
            )
            options.add_option(Option(prompt))
        options.highlighted = 0

    @property
    def highlighted(self) -> Segment | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.segments):
            return None
        return self.segments[index]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.segments):
            self.post_message(self.Selected(self.segments[event.option_index]))
