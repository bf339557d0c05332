"""TimelineChart: articles on a time axis, one lane per outlet, one mark per article.

Each column of the axis is a whole stretch of the clock or calendar (a minute, an hour, a day, a
week, a month, a quarter, a year, a decade…: the shortest that fits the width, aligned to local
time, so the axis always fits); a column holding several articles of one outlet shows their
count in that hour or day (2–9) instead of a mark. Where some column holds ten or more, every
column shows its count as the height of a bar (``▁`` … ``█``, eighths of the fullest column,
whose count the axis states), so a busy day still reads against a quiet one. Undated articles
sit in a column of their own after the axis. The cursor moves from mark to mark in time order
(left/right: a column of several articles is one stop) or to the nearest mark of the next lane
(up/down); ``enter`` posts :class:`TimelineChart.Opened`. Articles mentioning the chosen subject
are emphasised, the first of them underlined. With more outlets than the chart has lines, the
lanes scroll (the cursor's lane stays in view; the mouse wheel scrolls too) under a fixed axis,
which says which lanes are shown.

The axis covers the bulk of the dated articles (:meth:`Timeline.bulk`): a stray date (a 2099 or a
1990 among a week of coverage) no longer squeezes the week into one column. Articles outside the
range shown sit in an edge column of their lane (``◀`` before, ``▶`` after), and a line under the
axis says in words how many lie beyond on each side. ``+``/``-`` zoom in and out: the range
halved or doubled in whole columns (:class:`Window`) that fill the axis, the cursor's article in
the middle; ``<``/``>`` pan by a screenful at the same scale (on past an empty stretch to the next
article; at the end of the data they say so), ``0`` fits the bulk again and ``a`` shows every
dated article.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from waic_reader.index.analysis.timeline import NO_OUTLET, Timeline, TimelineArticle
from waic_reader.index.corpus.date_values import readable
from waic_reader.index.corpus.text import counted
from waic_reader.tui.widgets.timeline_layout import (
    AFTER,
    BEFORE,
    BRACKET_MARKS,
    DENSE,
    LANE_LABEL,
    MIN_VIEW,
    NOTHING_DATED,
    STEPS,
    UNDATED,
    Layout,
    Window,
    axis_ends,
    column_number,
    column_start,
    guide_unit,
    lane_labels,
    layout,
    mark_for,
    step_name,
)

ZOOM = Binding.Group("Zoom")  # + and - together in the key bar ("+ - Zoom")


class TimelineChart(Widget, can_focus=True):
    DEFAULT_CSS = """
    TimelineChart {
        height: auto;
        padding: 0 1;
    }
    TimelineChart:focus {
        background: $boost;
    }
    """

    BINDINGS = [
        Binding("right,l", "step(1)", "Later", tooltip="The next mark in time", id="timeline.next"),
        Binding("left,h", "step(-1)", "Earlier", tooltip="The previous mark in time", id="timeline.prev"),
        Binding(
            "down,j",
            "lane(1)",
            "Next outlet",
            show=False,
            tooltip="The nearest mark of the next outlet",
            id="timeline.down",
        ),
        Binding(
            "up,k",
            "lane(-1)",
            "Prev outlet",
            show=False,
            tooltip="The nearest mark of the previous outlet",
            id="timeline.up",
        ),
        Binding("enter", "open", "Open", tooltip="Read the article under the cursor", id="timeline.open"),
        Binding(
            "plus,equals_sign",
            "zoom(0.5)",
            "Zoom in",
            tooltip="Half the range of time shown, the article under the cursor in the middle",
            id="timeline.zoom_in",
            group=ZOOM,
        ),
        Binding(
            "minus",
            "zoom(2)",
            "Zoom out",
            tooltip="Twice the range of time shown (up to every dated article)",
            id="timeline.zoom_out",
            group=ZOOM,
        ),
        Binding(
            "less_than_sign",
            "pan(-1)",
            "Pan earlier",
            show=False,
            tooltip="Move the range shown a screenful earlier, at the same scale",
            id="timeline.pan_earlier",
        ),
        Binding(
            "greater_than_sign",
            "pan(1)",
            "Pan later",
            show=False,
            tooltip="Move the range shown a screenful later, at the same scale",
            id="timeline.pan_later",
        ),
        Binding(
            "0",
            "fit",
            "Fit",
            show=False,
            tooltip="Back to the range most articles fall in (stray dates at the edges)",
            id="timeline.fit",
        ),
        Binding(
            "a",
            "all_dates",
            "All dates",
            show=False,
            tooltip="The range of every dated article, stray ones included",
            id="timeline.all",
        ),
    ]

    cursor: reactive[int] = reactive(0)  # index into timeline.articles
    lane_offset: reactive[int] = reactive(0)  # the first lane shown when not all fit

    class Moved(Message):
        """The cursor is on ``article``, one of ``count`` articles in its column of its lane."""

        def __init__(
            self, article: TimelineArticle | None, count: int = 1, step: float = 0.0, beyond: str = ""
        ) -> None:
            super().__init__()
            self.article = article
            self.count = count
            self.step = step  # seconds the column stands for (0: undated or a single moment)
            # "earlier" or "later": the article lies outside the range shown (in an edge column)
            self.beyond = beyond
            # "day" or "month": the article is dated by its day (or month) alone and drawn as a
            # bracket over the whole of it (:attr:`Layout.spans`), "" otherwise
            self.whole = ""

    class Opened(Message):
        """Read ``doc``; ``column``: every article of its mark in time order (``doc`` first)
        when it holds several, for the reader's ``[``/``]`` to walk."""

        def __init__(self, doc: str, column: list[str] | None = None) -> None:
            super().__init__()
            self.doc = doc
            self.column = column or []

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline: Timeline | None = None
        self.waiting = ""  # shown until there is a timeline (what the screen's worker is doing)
        self.highlight: list[str] = []  # docs mentioning the chosen subject, first one first
        self._labels_fit = True  # the axis labels and the column's stretch share one line
        self._joined = False  # a mark drawn on a bracket's end (render sets it; the axis line says so)
        self._shape: Layout | None = None  # the layout for the current axis width
        self._shape_width = 0
        self._undated = False  # an undated article: the axis leaves room for its column
        self._lanes: list[str] = []
        # What the axis covers: the columns zoomed and panned to (:class:`Window`), a range of
        # time (POSIX seconds: every dated article, ``a``), or None: the bulk of the dated
        # articles (:meth:`Timeline.bulk`).
        self.view: tuple[float, float] | Window | None = None

    def show(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._undated = any(timeline.key(a.date)[0] != 0 for a in timeline.articles)
        self.view = None
        self._shape = None
        self._lanes = timeline.outlets()
        # The cursor starts on the first mark in the range shown, not on a stray one before it,
        # in the marks' time order: not on a day-only date's bracket before its day's first time.
        shape = self.shape()
        inside = next((shape.first[mark] for mark in shape.marks if mark[1] >= 0), 0) if shape is not None else 0
        self.lane_offset = 0
        self.cursor = inside
        if self._lanes and timeline.articles:  # the cursor's lane in view (if it did not move)
            self.keep_in_view(self._lanes.index(timeline.articles[inside].outlet or NO_OUTLET))
        self.refresh(layout=True)
        self._moved()

    def move_to(self, doc: str) -> None:
        """The cursor on article ``doc`` (its mark: the first article of its column, as the keys
        land); left where it is when the timeline has no such article."""
        shape = self.shape()
        if self.timeline is None or shape is None or doc not in shape.place:
            return
        self.cursor = shape.first[shape.place[doc]]

    def wait(self, message: str) -> None:
        """Show ``message`` (plain text, never markup) until :meth:`show` gives the timeline."""
        self.waiting = message
        self.refresh()

    def emphasise(self, docs: list[str]) -> None:
        self.highlight = docs
        self.refresh()

    def current(self) -> TimelineArticle | None:
        if self.timeline is None or not self.timeline.articles:
            return None
        return self.timeline.articles[min(self.cursor, len(self.timeline.articles) - 1)]

    def shape(self) -> Layout | None:
        """Where every mark goes at the current width (laid out once per width: reading 20,000
        dates on every cursor move would lag)."""
        if self.timeline is None:
            return None
        width = self._axis_width()
        if self._shape is None or self._shape_width != width:
            self._shape = layout(self.timeline, width, self.view)
            self._shape_width = width
        return self._shape

    def column_count(self, doc: str) -> int:
        """How many articles share ``doc``'s column in its lane (1 when ``doc`` is not shown)."""
        shape = self.shape()
        if shape is None or doc not in shape.place:
            return 1
        return len(shape.cells[shape.place[doc]])

    def _axis_width(self) -> int:
        """The cells the axis's columns may take: the width less the lane labels and " │", and
        the undated column with its "┆" when there is one."""
        spare = self.size.width - LANE_LABEL - 2 - (2 if self._undated else 0)
        return max(8, spare)

    def _axis_lines(self) -> int:
        shape = self.shape() if self.timeline is not None else None
        beyond = 1 if shape is not None and (shape.before or shape.after) else 0
        return (2 if self._labels_fit else 3) + beyond

    def visible_lanes(self) -> int:
        """Lanes the chart has lines for, below which the axis always stays."""
        lanes = max(1, len(self._lanes))
        if not self.size.height:
            return lanes
        return max(1, min(lanes, self.content_size.height - self._axis_lines()))

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        lanes = len(self._lanes) if self.timeline else 1
        return max(1, lanes) + self._axis_lines()

    def _lane_labels(self, lanes: Sequence[str]) -> list[str]:
        """:func:`lane_labels` of the lanes, made once while they are the same."""
        key = tuple(lanes)
        kept = getattr(self, "_kept_labels", None)
        if kept is None or kept[0] != key:
            kept = self._kept_labels = (key, lane_labels(lanes))
        return kept[1]

    def render(self) -> Text:
        shape = self.shape()
        if self.timeline is None or shape is None:
            return Text(self.waiting, style="dim")
        if not self.timeline.articles:
            return Text("No articles.", style="dim")
        current = self.current()
        cursor_at = shape.place.get(current.doc) if current else None
        first = self.highlight[0] if self.highlight else None
        marked = set(self.highlight)
        out = Text(no_wrap=True, overflow="crop")
        shown = self.visible_lanes()
        top = max(0, min(self.lane_offset, len(shape.lanes) - shown))
        labels = self._lane_labels(shape.lanes)

        def emphasis(docs: list[str], at: tuple[int, int]) -> str:
            style = ""
            if marked:
                style = "bold magenta" if marked & set(docs) else "dim"
                if first in docs:
                    style += " underline"
            if cursor_at == at:
                style += " reverse"
            return style.strip()

        self._joined = False  # whether a mark is drawn on a bracket's end (the axis line says so)
        for lane in range(top, top + shown):
            out.append(labels[lane], style="bold")
            out.append(" │")
            # Dates without a time of day on this lane: a bracket over the whole day (or month),
            # "[──────]", a count for several in its middle column that no timed mark of the day
            # takes (Layout.counts); a timed mark inside it is drawn over the bracket.
            brackets: dict[int, tuple[str, str, str]] = {}  # column → (char, pad, style)
            for at, (low, high) in shape.spans.items():
                if at[0] != lane:
                    continue
                held = shape.cells[at]
                style = emphasis(held, at) or "dim"
                shown_from, shown_to = max(0, low), min(high, shape.width - 1)
                middle = shape.counts.get(at, (shown_from + shown_to) // 2)
                for column in range(shown_from, shown_to + 1):
                    char = "[" if column == low else "]" if column == high else "─"
                    if column == middle and len(held) > 1:
                        char = mark_for(len(held), shape.fullest)
                    pad = ("─" if column != high else " ") * (shape.cell - 1)
                    brackets[column] = (char, pad, style)
            for column in shape.columns():
                pad = " " * (shape.cell - 1) if 0 <= column < shape.width else ""
                if column == shape.width + 1:
                    out.append("┆", style="dim")
                    continue
                docs = shape.cells.get((lane, column)) if (lane, column) not in shape.spans else None
                if not docs and column in brackets:
                    char, pad, style = brackets[column]
                    out.append(char + pad, style=style)
                    continue
                if not docs:
                    out.append(("·" if column in shape.guides else " ") + pad, style="dim")
                    continue
                beyond = shape.beyond(column)
                # The undated column is labelled "?" under the axis; its marks read as any other.
                scale = shape.undated_fullest if column == shape.undated_column else shape.fullest
                char = (BEFORE if beyond == "earlier" else AFTER) if beyond else mark_for(len(docs), scale)
                if column in brackets and brackets[column][0] in "[]" and char in BRACKET_MARKS:
                    # A mark in a bracket's first or last column: one glyph for both, "◖" or
                    # "◗", so the bracket's end stays seen (#17 s16 t17, fault 6: at 60x20 a 21:00
                    # mark took the "]" of its day and the bracket ran into the next day's).
                    char = BRACKET_MARKS[char][brackets[column][0]]
                    self._joined = True
                out.append(char, style=emphasis(docs, (lane, column)))
                out.append(
                    brackets[column][1] if column in brackets else pad, style=brackets.get(column, ("", "", ""))[2]
                )
            out.append("\n")
        # Which lanes are shown, where the axis line has room for it under the lane names.
        label = f"outlets {top + 1}–{top + shown}/{len(shape.lanes)}" if shown < len(shape.lanes) else ""
        if len(label) > LANE_LABEL:  # "outlets 22–31/120": the numbers alone
            label = label.removeprefix("outlets ")[:LANE_LABEL]
        out.append(label.ljust(LANE_LABEL), style="bold" if label else "dim")
        edges = (1 if shape.before else 0) + (1 if shape.after else 0)
        out.append(
            " └" + "─" * (shape.width * shape.cell + edges) + ("┴" + UNDATED if shape.has_undated else ""),
            style="dim",
        )
        out.append("\n")
        out.append_text(self._axis_labels(shape))
        if shape.before or shape.after:
            out.append("\n")
            out.append_text(self._beyond_line(shape))
        return self._fitted(out)

    def _fitted(self, out: Text) -> Text:
        """``out`` with every line within the chart's width, a longer one cut with "…": Textual
        wraps a Text's long lines whatever its ``no_wrap``, and the chart's height counts one line
        each, so a wrapped scale line ("1 column = 1 week, dots: 1st of the month" at 60 columns)
        pushed the line of strays under it out of sight (acceptance #17-2)."""
        width = self.content_size.width
        lines = out.split("\n", allow_blank=True)
        if not width or all(line.cell_len <= width for line in lines):
            return out
        for line in lines:
            if line.cell_len > width:
                line.truncate(width, overflow="ellipsis")
        fitted = Text("\n", no_wrap=True, overflow="crop").join(lines)
        fitted.no_wrap, fitted.overflow = True, "crop"
        return fitted

    def _beyond_line(self, shape: Layout) -> Text:
        """How many dated articles lie outside the range shown, in words, under the arrows:
        "◀ 1 article earlier" at the left, "2 articles later ▶" at the right."""
        width = shape.width * shape.cell + (1 if shape.before else 0) + (1 if shape.after else 0)
        for short in (False, True):
            noun = "" if short else "article"
            left = f"{BEFORE} {counted(shape.before, noun) if noun else shape.before} earlier" if shape.before else ""
            right = f"{counted(shape.after, noun) if noun else shape.after} later {AFTER}" if shape.after else ""
            if len(left) + len(right) + 2 <= width or short:
                break
        gap = max(1, width - len(left) - len(right))
        return Text(" " * (LANE_LABEL + 2) + left + " " * gap + right, style="bold", no_wrap=True, overflow="crop")

    def _axis_labels(self, shape: Layout) -> Text:
        if shape.start is None or shape.end is None:
            count = f" · █ {shape.undated_fullest:,}" if shape.undated_fullest >= DENSE else ""
            return Text(" " * (LANE_LABEL + 2) + f"no dated articles  ·  ? undated{count}", style="dim")

        def ends(time: bool) -> tuple[str, str]:
            # Whole columns in every view: the axis's own ends, where the first column begins and
            # the last ends (:func:`axis_ends`). A fit of few wide columns said its first and last
            # article's dates instead, the right one the start of its last column where a padded
            # fit said the end of it (#17 after s15, fault 5: c1 by 3 h, c21 by the hour).
            return axis_ends(shape, time)

        left, right = ends(True)
        step = shape.seconds_per_column
        middle = f"1 column = {step_name(step)}" if step else ""
        if step and shape.cell > 1:  # few columns drawn wide: "1 column = 1 h" read as a cell an hour
            middle = f"{step_name(step)} = {shape.cell} cells"
        if shape.guides:
            middle += f", dots: {guide_unit(step)[0]}"
        if shape.spans:  # a date without a time of day: its whole day, never its midnight
            middle += ", [──] day, no time"
            if self._joined:
                middle += f", {BRACKET_MARKS['●']['[']}{BRACKET_MARKS['●'][']']} mark at its end"
        if left == right:
            right = ""  # one moment: said once
        if shape.fullest >= DENSE:
            middle = f"{middle} · █ {shape.fullest:,}".lstrip(" ·")
        if shape.has_undated and shape.undated_fullest >= DENSE:
            # The undated column's bars have their own scale: its count said too, "? █ 12" (a
            # bar with no count said nothing of how many, #17 after s15, fault 7).
            middle = f"{middle} · ? █ {shape.undated_fullest:,}".lstrip(" ·")
        indent = " " * (LANE_LABEL + 2 + (1 if shape.before else 0))
        gap = max(1, shape.width * shape.cell - len(left) - len(right))
        fits = len(middle) + 2 <= gap
        if fits != self._labels_fit:  # one line more or less below the axis
            self._labels_fit = fits
            self.call_after_refresh(self.refresh, layout=True)
        if fits:
            return Text(indent + left + middle.center(gap) + right, style="dim", no_wrap=True, overflow="crop")
        # No room between the ends for the scale (a narrow screen): the ends on a line of their
        # own, the column's stretch on the next. As much of each end as fits: with its time
        # where the line has room ("14 Mar 2025 03:00  …  15 Mar 2025 06:00" at 60 columns; the
        # days alone had been said whatever the width, #17 s16, fault 3), else the days alone.
        room = self.content_size.width or len(indent) + len(middle)

        def joined(pair: tuple[str, str]) -> str:
            return f"{pair[0]}  …  {pair[1]}" if pair[1] and pair[0] != pair[1] else pair[0]

        said_ends = joined((left, right))
        if len(indent) + cell_len(said_ends) > room:
            said_ends = joined(ends(False))  # the days alone: "14 Mar 2025", "14 Mar" on a year-less axis
        under = " " * max(0, min(len(indent), room - len(middle)))
        return Text(f"{indent}{said_ends}\n{under}{middle}", style="dim", no_wrap=True, overflow="crop")

    # -- keys and the mouse -----------------------------------------------------------------

    def _moved(self) -> None:
        current = self.current()
        shape = self.shape()
        count = self.column_count(current.doc) if current is not None else 1
        column = shape.place[current.doc][1] if shape is not None and current is not None else 0
        beyond = shape.beyond(column) if shape is not None else ""
        dated = current is not None and self.timeline is not None and self.timeline.key(current.date)[0] == 0
        step = shape.step if shape is not None and dated and not beyond else 0.0
        moved = self.Moved(current, count, step, beyond)
        if shape is not None and current is not None and shape.place[current.doc] in shape.spans:
            iso = current.date or ""
            moved.whole = "month" if len(iso) == 7 and not iso.startswith("--") else "day"
        self.post_message(moved)

    def watch_cursor(self) -> None:
        self.refresh()
        self._moved()
        current = self.current()
        if current is not None and self.timeline is not None:
            self.keep_in_view(self._lanes.index(current.outlet or NO_OUTLET))

    def watch_lane_offset(self) -> None:
        self.refresh()

    def keep_in_view(self, lane: int) -> None:
        """Scroll the lanes so that ``lane`` is shown."""
        shown = self.visible_lanes()
        if lane < self.lane_offset:
            self.lane_offset = lane
        elif lane >= self.lane_offset + shown:
            self.lane_offset = lane - shown + 1

    def on_resize(self) -> None:
        self._shape = None
        self._moved()  # a column's stretch and count change with the width
        current = self.current()
        if current is not None and self._lanes:
            self.lane_offset = max(0, min(self.lane_offset, len(self._lanes) - self.visible_lanes()))
            self.keep_in_view(self._lanes.index(current.outlet or NO_OUTLET))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if self.lane_offset + self.visible_lanes() < len(self._lanes):
            self.lane_offset += 1
            event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if self.lane_offset > 0:
            self.lane_offset -= 1
            event.stop()

    def action_step(self, delta: int) -> None:
        """The next (``delta`` 1) or previous (-1) mark in time: articles sharing a column of one
        lane are one mark, so stepping through thousands moves column by column."""
        shape = self.shape()
        current = self.current()
        if shape is None or current is None:
            return
        n = shape.order[shape.place[current.doc]] + delta
        if 0 <= n < len(shape.marks):
            self.cursor = shape.first[shape.marks[n]]  # a column of several: its earliest article

    def action_lane(self, delta: int) -> None:
        if not self.timeline or not self.timeline.articles:
            return
        lanes = self._lanes
        current = self.current()
        assert current is not None
        lane = lanes.index(current.outlet or NO_OUTLET)
        here = self.timeline.key(current.date)
        target = lane + delta
        while 0 <= target < len(lanes):
            choices = [i for i, a in enumerate(self.timeline.articles) if (a.outlet or NO_OUTLET) == lanes[target]]
            if choices:

                def distance(i: int) -> tuple[int, float]:
                    there = self.timeline.key(self.timeline.articles[i].date) if self.timeline else here
                    return (abs(there[0] - here[0]), abs(there[1] - here[1]))

                nearest = self.timeline.articles[min(choices, key=distance)]
                shape = self.shape()
                # A mark is the unit: its first article, as left/right land on.
                self.cursor = shape.first[shape.place[nearest.doc]] if shape is not None else choices[0]
                return
            target += delta

    # -- the range of time shown ---------------------------------------------------------------

    def dated_range(self) -> tuple[float, float] | None:
        """The first and last dated article's moment (POSIX seconds); None without one."""
        shape = self.shape()
        return shape.dated_range if shape is not None else None

    def _set_view(self, view: tuple[float, float] | Window | None) -> None:
        whole = self.dated_range()
        if isinstance(view, tuple) and whole is not None and view[0] <= whole[0] and view[1] >= whole[1]:
            view = whole  # nothing beyond: the whole range (panning has nowhere to go)
        self.view = view
        self._shape = None
        self.refresh(layout=True)  # the line of articles beyond comes or goes
        self._moved()

    def _windows(self) -> list[Window]:
        """Every scale a zoom may go to at this width, as a window from column 0: each step of
        :data:`STEPS` with cells of 1 up to an eighth of the axis, no narrower than an hour
        (:data:`MIN_VIEW`) unless a column is a minute and a cell."""
        room = self._axis_width()
        out = []
        for step in STEPS:
            for cell in range(1, max(1, room // 8) + 1):
                if (room // cell) * step >= MIN_VIEW or (step == STEPS[0] and cell == 1):
                    out.append(Window(step, cell, 0))
        return out

    def action_zoom(self, factor: float) -> None:
        """Show about ``factor`` times the range (0.5: zoom in, 2: zoom out) in whole columns
        that fill the axis (:class:`Window`), the cursor's article in the middle (the middle of
        the range when it lies outside it); out, no farther than every dated article (``a``);
        at either end the chart says it goes no farther."""
        shape = self.shape()
        whole = self.dated_range()
        if shape is None or whole is None or shape.start is None or not shape.step:
            # A corpus with no dated article has no axis of time (#17 after s15, fault 8).
            self.notify(NOTHING_DATED.format("zoom"), timeout=3, markup=False)
            return
        room = self._axis_width()
        span = shape.width * shape.step  # the columns shown
        target = span * factor

        def seconds(w: Window) -> float:
            return (room // w.cell) * w.step

        if factor > 1:
            if shape.before + shape.after == 0 and not shape.window:
                self.notify("Every dated article is shown (0: the bulk again)", timeout=3, markup=False)
                return
            if target >= whole[1] - whole[0]:
                self.action_all_dates()
                return
            choices = [w for w in self._windows() if seconds(w) > span * 1.1]
        else:
            choices = [w for w in self._windows() if seconds(w) < span * 0.9]
        if not choices:
            self.notify(f"Zoomed in as far as it goes: 1 column = {step_name(shape.step)}", timeout=3, markup=False)
            return

        # Within half again of the range asked for, the finest columns (an hour a cell before three
        # hours four cells wide), the nearest of those; else the nearest.
        def rank(w: Window) -> tuple[bool, float, float]:
            off = abs(math.log(seconds(w) / target))
            return (off > math.log(1.5), w.step, off)

        best = min(choices, key=rank)
        current = self.current()
        column = shape.place[current.doc][1] if current is not None else -1
        key = self.timeline.key(current.date) if current is not None and self.timeline is not None else (1, 0.0, "")
        bracket = self.timeline.span(current.date) if current is not None and self.timeline is not None else None
        if key[0] == 0 and 0 <= column < shape.width:
            # A day-only (or month-only) date is its whole day (month): its middle, not its
            # midnight, goes in the middle (#17 s16 t17, fault 5: "+" on a "14 Mar 2025" bracket
            # showed 13 Mar 00:00 … 15 Mar 00:00, its left half empty).
            about = (bracket[0] + bracket[1]) / 2 if bracket is not None and not bracket[2] else key[1]
        else:  # the middle of the columns shown
            about = column_start(shape.origin, shape.step).timestamp() + span / 2
        at = column_number(about, best.step)
        window = Window(best.step, best.cell, at - (room // best.cell) // 2)
        if self.timeline is not None:  # the middle of the columns the edge arrows leave
            window = Window(best.step, best.cell, at - layout(self.timeline, room, window).width // 2)
        self._set_view(window)

    def action_pan(self, direction: int) -> None:
        """Move a screenful of columns earlier (-1) or later (1) at the same scale, the cursor to
        the nearest mark then in view; past an empty stretch on to the next article that way
        (said); with none that way, nothing moves and the chart says so."""
        shape = self.shape()
        if self.timeline is None or shape is None or shape.start is None or not shape.step:
            # A corpus with no dated article has no axis of time (#17 after s15, fault 8).
            self.notify(NOTHING_DATED.format("pan"), timeout=3, markup=False)
            return
        left, right = axis_ends(shape)
        if not (shape.after if direction > 0 else shape.before):
            said = f"No articles later than {right}" if direction > 0 else f"No articles earlier than {left}"
            self.notify(said, timeout=3, markup=False)
            return
        timeline, room, here = self.timeline, self._axis_width(), shape

        def ending_at(last: int) -> int:
            """The origin of the window whose last column is ``last``, its own edges counted."""
            width = layout(timeline, room, Window(here.step, here.cell, last - here.width + 1)).width
            return last - width + 1

        # A screenful later starts where this one ends; one earlier ends where this one starts.
        origin = shape.origin + shape.width if direction > 0 else ending_at(shape.origin - 1)
        width = layout(timeline, room, Window(shape.step, shape.cell, origin)).width
        # (first column, last column, date) of every dated article, in time order: a day-only
        # (month-only) date's columns are its whole day's (month's), the bracket the lane draws,
        # so a pan onto it shows all of it, never its midnight's column alone at the edge (t13ap
        # N22: "[" in the last column, the article counted earlier never shown).
        dated = sorted(
            (column_number(lo, shape.step), column_number(hi, shape.step), key[2])
            for key, when in ((timeline.key(a.date), timeline.span(a.date)) for a in timeline.articles)
            if key[0] == 0
            for lo, hi in [_columns_of(key[1], when)]
        )
        if not any(first < origin + width and last >= origin for first, last, _iso in dated):
            # An empty screenful: on to the next article that way, at the near edge, named by its
            # date as the library shows it ("5 Jun 2025 08:00"), not its column's start (a week
            # column's Monday, acceptance #17 after s13, fault 5).
            if direction > 0:
                origin, _last, iso = next(d for d in dated if d[1] >= origin)
            else:
                _first, last, iso = next(d for d in reversed(dated) if d[0] < origin)
                origin = ending_at(last)
            self.notify(f"Nothing in between: on to {readable(iso)}", timeout=3, markup=False)
        self._set_view(Window(shape.step, shape.cell, origin))
        shape = self.shape()
        if shape is not None:
            shown = [mark for mark in shape.marks if 0 <= mark[1] < shape.width]
            if shown:
                self.cursor = shape.first[shown[0] if direction > 0 else shown[-1]]

    def action_fit(self) -> None:
        """Back to the bulk of the dated articles."""
        self._set_view(None)

    def action_all_dates(self) -> None:
        """Every dated article in range, stray ones included."""
        whole = self.dated_range()
        if whole is not None:
            self._set_view(whole)

    def action_open(self) -> None:
        current = self.current()
        shape = self.shape()
        if current is not None:
            docs = shape.cells.get(shape.place[current.doc], []) if shape is not None else []
            self.post_message(self.Opened(current.doc, docs if len(docs) > 1 else None))


def _columns_of(moment: float, when: tuple[float, float, bool] | None) -> tuple[float, float]:
    """The first and last moments a dated article takes on the axis, POSIX seconds: a timed one's
    ``moment`` twice; a day-only or month-only one's whole day or month (``Timeline.span``, its end
    exclusive: the last moment a second before it)."""
    if when is None or when[2]:
        return moment, moment
    return when[0], max(when[0], when[1] - 1)
