"""NoisePanel: the blocks split off an article as boilerplate, with their kind and reason.

A run of blocks split off for one reason (15 lines of a "More news" list) is one entry with its
block count and the reason said once; counted from the split as it is now, so the count follows
the user's marks. ``m`` on an entry moves all its blocks (a related-stories list's header with its items), and the
entry says what it moves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.analysis.noise import ListGroups, NoiseSplit, Segment, marked_together
from waic_reader.index.analysis.noise.split import reason_as_shown
from waic_reader.index.analysis.overrides import OrphanMark, orphans_said
from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.corpus.text import one_line, visible_same_length
from waic_reader.tui.safe import plain, spans_content

if TYPE_CHECKING:
    from waic_reader.index.corpus.reader import Article

REASON_WIDTH = 200  # characters of a reason shown on its entry (the whole one under the list)


def group_runs(segments: list[Segment]) -> list[list[Segment]]:
    """Consecutive noise segments of one kind split off for one reason, each run a list; a
    marked block stays on its own."""
    runs: list[list[Segment]] = []
    for seg in segments:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and not seg.marked
            and not last.marked
            and seg.kind == last.kind
            and seg.reason == last.reason
        ):
            runs[-1].append(seg)
        else:
            runs.append([seg])
    return runs


def entry_head(run: list[Segment]) -> Content:
    """An entry's first line: the kind, whether it is the user's mark, and for a run how many
    blocks it holds."""
    seg = run[0]
    if len(run) == 1:
        return Content.assemble((seg.kind, "bold $text-warning"), (" (your mark)" if seg.marked else "", "italic"))
    return Content.styled(f"{seg.kind} · {len(run)} blocks", "bold $text-warning")


def mark_hint(run: list[Segment], together: list[Segment]) -> str:
    """What ``m`` on the entry of ``run`` moves, in words: ``together`` is what it moves (the
    run, and a related-stories list's header or items with it: ``marked_together``). Issue 13
    (F7): the entry said "m moves all 15" and m moved 16, the list's header too."""
    extra = [seg for seg in together if not any(seg is r for r in run)]
    if not extra:
        return f"m moves all {len(run)}" if len(run) > 1 else ""
    before = all(seg.start < run[0].start for seg in extra)
    after = all(seg.start >= run[-1].end for seg in extra)
    if len(run) > 1 and len(extra) == 1 and before:
        return f"m moves all {len(run)} and their header"
    if len(run) == 1 and after:
        what = "1 block" if len(extra) == 1 else f"{len(extra)} blocks"
        return f"m moves it and the {what} under it"
    these = f"these {len(run)}" if len(run) > 1 else "it"
    return f"m moves {len(together)} blocks: {these} and {len(extra)} that go with {'them' if len(run) > 1 else 'it'}"


def run_hint(run: list[Segment], together: list[Segment] | None = None) -> Content:
    """Under an entry's first block: for a run, how many more it holds; and what ``m`` moves
    (``together``, when it moves more than ``run``: see :func:`mark_hint`)."""
    more = f"… and {len(run) - 1} more like it" if len(run) > 1 else ""
    hint = mark_hint(run, together if together is not None else run)
    return Content.assemble((more, "$text-muted"), ((" · " if more and hint else "") + hint, "italic $text-muted"))


def nothing_left(split: NoiseSplit) -> str:
    """What an empty panel says: nothing split off, or nothing left split off after the user
    moved blocks back (``m``) — "Nothing was split off" then read as if none ever had been."""
    moved = sum(1 for s in split.content if s.marked)
    if not moved:
        return "Nothing was split off this article."
    return f"Nothing is split off now: {moved} block{'s' if moved != 1 else ''} moved back to the article by you."


def orphans_line(orphans: Sequence[OrphanMark]) -> str:
    """The panel's line on the user's marks that match no block of the article any more (its
    text edited or the block removed; t13c fault 5), the first marks' texts quoted, one line."""
    if not orphans:
        return ""
    texts = "; ".join(f"{o.mark} “{one_line(o.text, 40)}”" for o in orphans[:2])
    more = f" and {len(orphans) - 2} more" if len(orphans) > 2 else ""
    return f"{orphans_said(len(orphans))}: {texts}{more}"


class NoisePanel(Vertical):
    """Lists noise blocks, a run split off for one reason as one entry; ``m`` on an entry
    (handled by the screen) moves its blocks back to the article."""

    DEFAULT_CSS = """
    NoisePanel { height: 1fr; }
    NoisePanel > .panel-title { height: auto; text-style: bold; color: $hl-panel-title-fg; }
    NoisePanel > .panel-help { height: auto; color: $hl-muted-fg; }
    NoisePanel > .panel-orphans { height: auto; color: $text-warning; display: none; }
    NoisePanel > .panel-orphans.-shown { display: block; }
    NoisePanel > OptionList { height: 1fr; border: none; padding: 0; }
    NoisePanel > OptionList > .option-list--option { padding: 0 0 1 0; }
    NoisePanel > .panel-reason {
        height: auto; max-height: 8; color: $hl-muted-fg; text-style: italic;
        border-top: hkey $panel-lighten-2; display: none;
    }
    NoisePanel > .panel-reason.-shown { display: block; }
    """

    BINDINGS = [
        # The entries move as the article's lines do (j k g G, as the arrows and home/end move
        # them): the reader's own j k g G scrolled the article behind the panel instead (t14c
        # item 10). Not in the footer, as the entity panel's keys are not.
        Binding("j", "entry('down')", "Down", show=False, tooltip="Next boilerplate entry", id="noise.down"),
        Binding("k", "entry('up')", "Up", show=False, tooltip="Previous boilerplate entry", id="noise.up"),
        Binding("g", "entry('first')", "First", show=False, tooltip="First boilerplate entry", id="noise.first"),
        Binding("G", "entry('last')", "Last", show=False, tooltip="Last boilerplate entry", id="noise.last"),
    ]

    class Selected(Message):
        """The user chose a noise block in the panel."""

        def __init__(self, segment: Segment) -> None:
            super().__init__()
            self.segment = segment

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.segments: list[Segment] = []
        self.groups = ListGroups.of(())  # the lists among segments, worked out once a split
        self.runs: list[list[Segment]] = []  # the entries shown, in order
        self.article: Article | None = None  # whose blocks: shown as the reader shows its text

    def compose(self) -> ComposeResult:
        yield Static(plain("Boilerplate"), classes="panel-title")
        yield Static(plain("m: move the entry's blocks back to the article  ·  b: close"), classes="panel-help")
        yield Static("", classes="panel-orphans")
        yield OptionList()
        yield Static("", classes="panel-reason")

    def action_entry(self, where: str) -> None:
        """Move the highlight to the next, previous, first or last entry (as the arrow keys and
        home/end move it in the list)."""
        options = self.query_one(OptionList)
        {
            "down": options.action_cursor_down,
            "up": options.action_cursor_up,
            "first": options.action_first,
            "last": options.action_last,
        }[where]()

    def _shown(self, seg: Segment) -> tuple[str, Callable[[int], int]]:
        """``seg``'s text as the reader shows it (a Markdown block's syntax hidden), and the map
        of an offset of the block to one of that text."""
        if self.article is None:
            return seg.text, lambda offset: max(0, min(len(seg.text), offset))
        text, at = article_excerpt(self.article, seg.start, seg.end)
        return text, lambda offset: at(seg.start + offset)

    def _reason(self, seg: Segment) -> str:
        """``seg``'s reason, quoting the text as the reader shows it (t13c fault 8)."""
        if self.article is None:
            return seg.reason or ""
        return reason_as_shown(self.article, seg) or ""

    def _reason_line(self, seg: Segment) -> str:
        """``seg``'s reason on its entry: cut after a whole word, with an ellipsis, when longer
        than :data:`REASON_WIDTH` (the whole reason is under the list while the entry is
        highlighted, :meth:`_reason_detail`; t13m F15: cut mid-word, the rest nowhere)."""
        return one_line(visible_same_length(self._reason(seg)), REASON_WIDTH, words=True)

    @on(OptionList.OptionHighlighted)
    def _reason_detail(self, event: OptionList.OptionHighlighted | None = None) -> None:
        """The highlighted entry's whole reason under the list, when its entry shows it cut."""
        detail = self.query_one(".panel-reason", Static)
        runs = self.highlighted
        whole = " ".join(visible_same_length(self._reason(runs[0])).split()) if runs else ""
        cut = bool(whole) and self._reason_line(runs[0]) != whole
        detail.set_class(cut, "-shown")
        detail.update(plain(f"Reason: {whole}" if cut else ""))

    def show(self, split: NoiseSplit, article: Article | None = None, orphans: Sequence[OrphanMark] = ()) -> None:
        """The boilerplate of ``split``; ``article``: the article it was split from, whose
        blocks are shown as the reader shows its text (a Markdown block's syntax hidden);
        ``orphans``: the user's marks on it no block matches now, said in one line."""
        # Shown again for the same article (the index opened or regrouped its names, a mark
        # moved here or in another window): the highlight stays on its entry, or at its place
        # when the entry went back to the article. It went back to the first entry, so a `G`
        # then `m` typed while the app's first index build finished moved the first entry
        # (t13am N12).
        again = article is not None and self.article is not None and article.doc == self.article.doc
        was = self.query_one(OptionList).highlighted if again and self.runs else None
        was_block = (
            (self.runs[was][0].start, self.runs[was][0].end) if was is not None and was < len(self.runs) else None
        )
        self.article = article
        said = self.query_one(".panel-orphans", Static)
        said.set_class(bool(orphans), "-shown")
        said.update(plain(orphans_line(orphans)))
        self.segments = list(split.noise)
        self.groups = ListGroups.of(self.segments)
        options = self.query_one(OptionList)
        options.clear_options()
        title = self.query_one(".panel-title", Static)
        title.update(plain(f"Boilerplate: {len(self.segments)} block{'s' if len(self.segments) != 1 else ''}"))
        if not self.segments:
            self.runs = []
            options.add_option(Option(plain(nothing_left(split)), disabled=True))
            self._reason_detail()
            return
        self.runs = group_runs(self.segments)
        added: list[Option] = []  # added in one call (OptionList.add_option lays out each time)
        for run in self.runs:
            seg = run[0]
            hint = run_hint(run, marked_together(self.segments, run, self.groups))
            prompt = Content.assemble(
                entry_head(run),
                "\n",
                (one_line(visible_same_length(self._shown(seg)[0]), 160), ""),
                *((Content("\n"), hint) if hint.plain else ()),
                "\n",
                (self._reason_line(seg), "italic $text-muted"),
            )
            added.append(Option(prompt))
        options.add_options(added)
        options.highlighted = 0 if was is None else min(was, len(self.runs) - 1)
        if was_block is not None:
            options.highlighted = next(
                (i for i, run in enumerate(self.runs) if (run[0].start, run[0].end) == was_block), options.highlighted
            )
        self._reason_detail()

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
                whole, at = self._shown(seg)
                local = at(offset - seg.start)
                cut = max(0, local - 60)  # the match stays in view when the block is long
                text = visible_same_length(whole[cut : cut + 200].replace("\n", " "))
                shown = spans_content(text, [(local - cut, min(len(text), at(end - seg.start) - cut), style)])
                hint = run_hint(run, marked_together(self.segments, run, self.groups))
                prompt = Content.assemble(
                    entry_head(run),
                    "\n",
                    Content("…") if cut else Content(""),
                    shown,
                    "\n",
                    *((hint, "\n") if hint.plain else ()),
                    (self._reason_line(seg), "italic $text-muted"),
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
