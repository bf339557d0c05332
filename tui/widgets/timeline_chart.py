"""TimelineChart: articles on a time axis, one lane per outlet, one mark per article.

Each column of the axis is a whole stretch of the clock or calendar (a minute, an hour, a day, a
week, a month, a quarter, a year, a decade…: the shortest that fits the width, aligned to local
time, so the axis always fits); a column holding several
articles of one outlet shows their count in that hour or day (2–9, ``+`` for more) instead of
a mark. Undated articles sit in a
column of their own after the axis. The cursor moves from article to article in time order
(left/right) or to the nearest article of the next lane (up/down); ``enter`` posts
:class:`TimelineChart.Opened`. Articles mentioning the chosen subject are emphasised, the
first of them underlined.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rich.text import Text
from textual.binding import Binding
from textual.containers import ScrollableContainer
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from waic_reader.index.analysis.timeline import NO_OUTLET, Timeline, TimelineArticle
from waic_reader.index.corpus.dates import readable, sort_key
from waic_reader.index.corpus.text import one_line, visible

LANE_LABEL = 16
UNDATED = "?"


def mark_for(count: int) -> str:
    return "●" if count == 1 else str(count) if count < 10 else "+"


# A column's stretch of time: whole minutes, hours, days or weeks, or whole calendar months,
# quarters, years, decades…, so that a count in a column is "articles in that hour", "that day"
# or "that year", read against the clock and the calendar. A calendar step is named by its
# nominal length (an average Gregorian month, 2,629,746 s, times its months) and its columns are
# counted in calendar months (:func:`_bucket`). The years run 1-2-5 up to ten thousand, more than
# any date holds, so the longest step fits any span in a single column.
MONTH = 2_629_746
_MONTHS = {n * MONTH: n for n in (1, 3, 6)} | {
    12 * n * MONTH: 12 * n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000)
}
STEPS = (60, 15 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400, *_MONTHS)


def step_name(seconds: float) -> str:
    """A column's stretch of time in words ("1 h", "30 min", "1 day", "2 weeks", "1 month",
    "1 quarter", "5 years")."""
    months = _MONTHS.get(int(seconds)) if seconds == int(seconds) else None
    if months is not None:
        if months % 12 == 0:
            return f"{months // 12} year{'s' if months > 12 else ''}"
        return "1 quarter" if months == 3 else f"{months} month{'s' if months > 1 else ''}"
    for size, unit in ((86400 * 7, "week"), (86400, "day"), (3600, "h"), (60, "min")):
        if seconds >= size:
            n = seconds / size
            shown = f"{n:.0f}" if n >= 2 else f"{n:.1f}".rstrip("0").rstrip(".")
            return f"{shown} {unit}{'s' if unit in ('day', 'week') and shown != '1' else ''}"
    return f"{max(seconds, 0):.0f} s"


def column_step(start: float, end: float, width: int) -> float:
    """The shortest of :data:`STEPS` (seconds) whose columns, aligned to the local clock and
    calendar, hold ``start`` … ``end`` (POSIX seconds) in ``width`` columns (the longest, ten
    thousand years, holds any two dates in one)."""
    for step in STEPS:
        if _bucket(end, step) - _bucket(start, step) < width:
            return step
    return STEPS[-1]


def _bucket(moment: float, step: float) -> int:
    """The column ``moment`` falls in, counted from the epoch in local time: a day column runs
    from local midnight, an hour column from the hour (a whole-hour zone's hours are UTC's); a
    calendar step's from the first of a month whose number (since year 0) its months divide: a
    quarter from January, April, July or October, a decade from a year ending in 0."""
    months = _MONTHS.get(int(step))
    if months is not None:
        day = datetime.fromtimestamp(moment)
        return (day.year * 12 + day.month - 1) // months
    offset = datetime.fromtimestamp(moment).astimezone().utcoffset()
    local = moment + (offset.total_seconds() if offset is not None else 0.0)
    return int(local // step)


@dataclass
class Layout:
    """Where each article's mark goes for a given axis width."""

    lanes: list[str]
    cells: dict[tuple[int, int], list[str]]  # (lane, column) → docs
    place: dict[str, tuple[int, int]]  # doc → (lane, column)
    width: int  # axis columns in use (the undated column is ``width + 1``)
    start: float | None
    end: float | None
    has_undated: bool
    step: float = 0.0  # seconds a column stands for (0: one dated moment, or none)
    cell: int = 1  # characters a column takes on screen (wide when there are few columns)

    @property
    def seconds_per_column(self) -> float:
        return self.step


def layout(timeline: Timeline, width: int) -> Layout:
    """Marks of ``timeline`` on an axis of at most ``width`` columns: each column a whole
    :data:`STEPS` stretch (an hour, a day, …), counting the articles of an outlet in it."""
    lanes = timeline.outlets()
    lane_of = {name: i for i, name in enumerate(lanes)}
    times = {a.doc: sort_key(a.date) for a in timeline.articles}
    dated = [t[1] for t in times.values() if t[0] == 0]
    start, end = (min(dated), max(dated)) if dated else (None, None)
    step = column_step(start, end, width) if start is not None and end is not None and end > start else 0.0
    first = _bucket(start, step) if step and start is not None else 0
    used = _bucket(end, step) - first + 1 if step and end is not None else width
    cells: dict[tuple[int, int], list[str]] = {}
    place: dict[str, tuple[int, int]] = {}
    has_undated = False
    for a in timeline.articles:
        lane = lane_of[a.outlet or NO_OUTLET]
        undated, moment, _ = times[a.doc]
        if undated or start is None or end is None:
            column = used + 1
            has_undated = True
        elif not step:
            column = 0
        else:
            column = _bucket(moment, step) - first
        place[a.doc] = (lane, column)
        cells.setdefault((lane, column), []).append(a.doc)
    # Few columns (three days by the hour on a wide screen) are drawn wider, not squeezed left.
    cell = max(1, width // used) if used else 1
    return Layout(lanes, cells, place, used, start, end, has_undated, step, cell)


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
        Binding("right,l", "step(1)", "Later", tooltip="The next article in time", id="timeline.next"),
        Binding("left,h", "step(-1)", "Earlier", tooltip="The previous article in time", id="timeline.prev"),
        Binding(
            "down,j",
            "lane(1)",
            "Next outlet",
            show=False,
            tooltip="The nearest article of the next outlet",
            id="timeline.down",
        ),
        Binding(
            "up,k",
            "lane(-1)",
            "Prev outlet",
            show=False,
            tooltip="The nearest article of the previous outlet",
            id="timeline.up",
        ),
        Binding("enter", "open", "Open", tooltip="Read the article under the cursor", id="timeline.open"),
    ]

    cursor: reactive[int] = reactive(0)  # index into timeline.articles

    class Moved(Message):
        def __init__(self, article: TimelineArticle | None) -> None:
            super().__init__()
            self.article = article

    class Opened(Message):
        def __init__(self, doc: str) -> None:
            super().__init__()
            self.doc = doc

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline: Timeline | None = None
        self.waiting = ""  # shown until there is a timeline (what the screen's worker is doing)
        self.highlight: list[str] = []  # docs mentioning the chosen subject, first one first
        self._labels_fit = True  # the axis labels and the column's stretch share one line

    def show(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.cursor = 0
        self.refresh(layout=True)
        self.post_message(self.Moved(self.current()))

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

    def _axis_width(self) -> int:
        spare = self.size.width - LANE_LABEL - 2 - 4  # lane label, "│", padding, undated column
        return max(8, spare)

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        lanes = len(self.timeline.outlets()) if self.timeline else 1
        return lanes + (2 if self._labels_fit else 3)

    def render(self) -> Text:
        if self.timeline is None:
            return Text(self.waiting, style="dim")
        if not self.timeline.articles:
            return Text("No articles.", style="dim")
        shape = layout(self.timeline, self._axis_width())
        current = self.current()
        cursor_at = shape.place.get(current.doc) if current else None
        first = self.highlight[0] if self.highlight else None
        marked = set(self.highlight)
        out = Text(no_wrap=True, overflow="crop")
        for lane, name in enumerate(shape.lanes):
            out.append(visible(one_line(name, LANE_LABEL)).ljust(LANE_LABEL), style="bold")
            out.append(" │")
            columns = shape.width + (2 if shape.has_undated else 0)
            for column in range(columns):
                pad = " " * (shape.cell - 1) if column < shape.width else ""
                if column == shape.width:
                    out.append("┆", style="dim")
                    continue
                docs = shape.cells.get((lane, column))
                if not docs:
                    out.append((" " if column > shape.width else "·" if column % 10 == 0 else " ") + pad, style="dim")
                    continue
                char = UNDATED if column > shape.width and len(docs) == 1 else mark_for(len(docs))
                style = ""
                if marked:
                    style = "bold magenta" if marked & set(docs) else "dim"
                    if first in docs:
                        style += " underline"
                if cursor_at == (lane, column):
                    style += " reverse"
                out.append(char, style=style.strip())
                out.append(pad)
            out.append("\n")
        out.append(
            " " * LANE_LABEL + " └" + "─" * (shape.width * shape.cell) + ("┴?" if shape.has_undated else ""),
            style="dim",
        )
        out.append("\n")
        out.append_text(self._axis_labels(shape))
        return out

    def _axis_labels(self, shape: Layout) -> Text:
        if shape.start is None or shape.end is None:
            return Text(" " * (LANE_LABEL + 2) + "no dated articles  ·  ? undated", style="dim")
        dated = [a for a in self.timeline.articles if sort_key(a.date)[0] == 0] if self.timeline else []
        left = readable(dated[0].date) if dated else ""  # articles are in date order
        right = readable(dated[-1].date) if dated else ""
        step = shape.seconds_per_column
        middle = f"1 column = {step_name(step)}" if step else ""
        indent = " " * (LANE_LABEL + 2)
        gap = max(1, shape.width * shape.cell - len(left) - len(right))
        fits = len(middle) + 2 <= gap
        if fits != self._labels_fit:  # one line more or less below the axis
            self._labels_fit = fits
            self.call_after_refresh(self.refresh, layout=True)
        if fits:
            return Text(indent + left + middle.center(gap) + right, style="dim", no_wrap=True, overflow="crop")
        # No room between the ends (a narrow screen): the days only, and the column's stretch on a
        # line of its own.
        ends = f"{readable(dated[0].date)[:11]}  …  {readable(dated[-1].date)[:11]}" if dated else ""
        return Text(f"{indent}{ends}\n{indent}{middle}", style="dim", no_wrap=True, overflow="crop")

    # -- keys -------------------------------------------------------------------------------

    def watch_cursor(self) -> None:
        self.refresh()
        self.post_message(self.Moved(self.current()))
        current = self.current()
        if current is not None and self.timeline is not None:
            lane = self.timeline.outlets().index(current.outlet or NO_OUTLET)
            self.scroll_visible_region(lane)

    def scroll_visible_region(self, lane: int) -> None:
        """Keep the cursor's lane in view when the chart is taller than its scroll container."""
        parent = self.parent
        if isinstance(parent, ScrollableContainer):
            parent.scroll_to_region(Region(0, lane, 1, 1), animate=False)

    def action_step(self, delta: int) -> None:
        if self.timeline and self.timeline.articles:
            self.cursor = max(0, min(len(self.timeline.articles) - 1, self.cursor + delta))

    def action_lane(self, delta: int) -> None:
        if not self.timeline or not self.timeline.articles:
            return
        lanes = self.timeline.outlets()
        current = self.current()
        assert current is not None
        lane = lanes.index(current.outlet or NO_OUTLET)
        here = sort_key(current.date)
        target = lane + delta
        while 0 <= target < len(lanes):
            choices = [i for i, a in enumerate(self.timeline.articles) if (a.outlet or NO_OUTLET) == lanes[target]]
            if choices:

                def distance(i: int) -> tuple[int, float]:
                    there = sort_key(self.timeline.articles[i].date) if self.timeline else here
                    return (abs(there[0] - here[0]), abs(there[1] - here[1]))

                self.cursor = min(choices, key=distance)
                return
            target += delta

    def action_open(self) -> None:
        current = self.current()
        if current is not None:
            self.post_message(self.Opened(current.doc))
