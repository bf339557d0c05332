"""TimelineChart: articles on a time axis, one lane per outlet, one mark per article.

Each column of the axis covers an equal stretch of time; a column holding several articles of
one outlet shows their count (2–9, ``+`` for more) instead of a mark. Undated articles sit in a
column of their own after the axis. The cursor moves from article to article in time order
(left/right) or to the nearest article of the next lane (up/down); ``enter`` posts
:class:`TimelineChart.Opened`. Articles mentioning the chosen subject are emphasised, the
first of them underlined.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def step_name(seconds: float) -> str:
    """A column's stretch of time in words ("≈ 2 h", "≈ 1 day")."""
    for size, unit in ((86400 * 7, "week"), (86400, "day"), (3600, "h"), (60, "min")):
        if seconds >= size:
            n = seconds / size
            shown = f"{n:.0f}" if n >= 2 else f"{n:.1f}".rstrip("0").rstrip(".")
            return f"≈ {shown} {unit}{'s' if unit in ('day', 'week') and shown != '1' else ''}"
    return f"≈ {max(seconds, 0):.0f} s"


@dataclass
class Layout:
    """Where each article's mark goes for a given axis width."""

    lanes: list[str]
    cells: dict[tuple[int, int], list[str]]  # (lane, column) → docs
    place: dict[str, tuple[int, int]]  # doc → (lane, column)
    width: int  # axis columns (the undated column is ``width + 1``)
    start: float | None
    end: float | None
    has_undated: bool

    @property
    def seconds_per_column(self) -> float:
        if self.start is None or self.end is None or self.width < 2:
            return 0.0
        return (self.end - self.start) / (self.width - 1)


def layout(timeline: Timeline, width: int) -> Layout:
    lanes = timeline.outlets()
    lane_of = {name: i for i, name in enumerate(lanes)}
    times = {a.doc: sort_key(a.date) for a in timeline.articles}
    dated = [t[1] for t in times.values() if t[0] == 0]
    start, end = (min(dated), max(dated)) if dated else (None, None)
    cells: dict[tuple[int, int], list[str]] = {}
    place: dict[str, tuple[int, int]] = {}
    has_undated = False
    for a in timeline.articles:
        lane = lane_of[a.outlet or NO_OUTLET]
        undated, moment, _ = times[a.doc]
        if undated or start is None or end is None:
            column = width + 1
            has_undated = True
        elif end == start:
            column = 0
        else:
            column = round((moment - start) / (end - start) * (width - 1))
        place[a.doc] = (lane, column)
        cells.setdefault((lane, column), []).append(a.doc)
    return Layout(lanes, cells, place, width, start, end, has_undated)


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
        self.highlight: list[str] = []  # docs mentioning the chosen subject, first one first

    def show(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.cursor = 0
        self.refresh(layout=True)
        self.post_message(self.Moved(self.current()))

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
        return lanes + 2

    def render(self) -> Text:
        if self.timeline is None:
            return Text("")
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
                if column == shape.width:
                    out.append("┆", style="dim")
                    continue
                docs = shape.cells.get((lane, column))
                if not docs:
                    out.append(" " if column > shape.width else "·" if column % 10 == 0 else " ", style="dim")
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
            out.append("\n")
        out.append(" " * LANE_LABEL + " └" + "─" * shape.width + ("┴?" if shape.has_undated else ""), style="dim")
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
        middle = f"1 column {step_name(step)}" if step else ""
        gap = max(1, shape.width - len(left) - len(right))
        centre = middle.center(gap) if len(middle) + 2 <= gap else " " * gap
        return Text(" " * (LANE_LABEL + 2) + left + centre + right, style="dim", no_wrap=True, overflow="crop")

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
