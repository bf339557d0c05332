"""NoisePanel: the blocks split off an article as boilerplate, with their kind and reason.

A run of blocks split off for one reason (15 lines of a "More news" list: "1 of 15 short
title-case lines …", "2 of 15 …") is one entry with its block count, the reason said once
without a block's place in the run; counted from the split as it is now, so the count follows
the user's marks (a block's "3 of 15", fixed when the detector ran, would not).
"""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.analysis.noise import NoiseSplit, Segment
from waic_reader.index.corpus.text import one_line, visible_same_length
from waic_reader.tui.safe import plain, spans_content

# "3 of 15 short lines …" / "item 3 of 7 under …": a block's place in its run, left out when
# the run is shown as one entry ("items under …").
_POSITION = re.compile(r"^(?:([a-z]+(?: [a-z]+)?) )?\d+ of \d+ ")


def run_reason(reason: str) -> str:
    """The reason of a run of blocks, without one block's place in it."""
    return _POSITION.sub(lambda m: f"{m.group(1)}s " if m.group(1) else "", reason, count=1)


def group_runs(segments: list[Segment]) -> list[list[Segment]]:
    """Consecutive noise segments of one kind split off for one reason (their places in the
    run aside), each run a list; a marked block stays on its own."""
    runs: list[list[Segment]] = []
    for seg in segments:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and not seg.marked
            and not last.marked
            and seg.kind == last.kind
            and run_reason(seg.reason or "") == run_reason(last.reason or "")
        ):
            runs[-1].append(seg)
        else:
            runs.append([seg])
    return runs


class NoisePanel(Vertical):
    """Lists noise blocks, a run split off for one reason as one entry; ``m`` on an entry
    (handled by the screen) moves its blocks back to the article."""

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
        self.runs: list[list[Segment]] = []  # the entries shown, in order

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
        self.runs = group_runs(self.segments)
        for run in self.runs:
            seg = run[0]
            if len(run) == 1:
                prompt = Content.assemble(
                    (seg.kind, "bold $text-warning"),
                    (" (your mark)" if seg.marked else "", "italic"),
                    "\n",
                    (one_line(visible_same_length(seg.text), 160), ""),
                    "\n",
                    (one_line(visible_same_length(run_reason(seg.reason or "")), 200), "italic $text-muted"),
                )
            else:
                prompt = Content.assemble(
                    (f"{seg.kind} · {len(run)} blocks", "bold $text-warning"),
                    "\n",
                    (one_line(visible_same_length(seg.text), 160), ""),
                    "\n",
                    (f"… and {len(run) - 1} more like it", "$text-muted"),
                    "\n",
                    (one_line(visible_same_length(run_reason(seg.reason or "")), 200), "italic $text-muted"),
                )
            options.add_option(Option(prompt))
        options.highlighted = 0

    def select_offset(self, offset: int, end: int | None = None, style: str = "reverse") -> bool:
        """Highlight (and scroll to) the entry holding ``offset`` of the article text; the
        entry then shows the block holding it, ``offset:end`` styled (a search match found
        only in boilerplate). False if no boilerplate block holds it."""
        for i, run in enumerate(self.runs):
            seg = next((seg for seg in run if seg.start <= offset < seg.end), None)
            if seg is None:
                continue
            options = self.query_one(OptionList)
            if end is not None:
                local = offset - seg.start
                cut = max(0, local - 60)  # the match stays in view when the block is long
                text = visible_same_length(seg.text[cut : cut + 200].replace("\n", " "))
                shown = spans_content(text, [(local - cut, min(len(text), end - seg.start - cut), style)])
                head = f"{seg.kind} · {len(run)} blocks" if len(run) > 1 else seg.kind
                reason = run_reason(seg.reason or "")
                prompt = Content.assemble(
                    (head, "bold $text-warning"),
                    "\n",
                    Content("…") if cut else Content(""),
                    shown,
                    "\n",
                    (one_line(visible_same_length(reason), 200), "italic $text-muted"),
                )
                options.replace_option_prompt_at_index(i, prompt)
            options.highlighted = i
            return True
        return False

    @property
    def highlighted(self) -> list[Segment]:
        """The blocks of the highlighted entry (one, or a run); empty when none is."""
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.runs):
            return []
        return self.runs[index]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.runs):
            self.post_message(self.Selected(self.runs[event.option_index][0]))
