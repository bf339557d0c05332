"""The timeline chart's geometry: lanes, columns of whole stretches of time, windows and their axis.

Pure functions and dataclasses, no widget: :func:`layout` places a :class:`Timeline`'s articles
in columns of one step (:data:`STEPS`: a minute … ten thousand years) across a width in cells, for
the fit, a zoomed or panned :class:`Window`; :func:`lane_labels` shortens outlets' names to
distinct lane labels; :func:`axis_ends` and :func:`guides` say where the axis begins, ends and is
ruled. :class:`~waic_reader.tui.widgets.timeline_chart.TimelineChart` draws what these compute.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from rich.cells import cell_len

from waic_reader.index.analysis.timeline import NO_OUTLET, Timeline, TimelineArticle, bulk_range
from waic_reader.index.corpus.date_values import said
from waic_reader.index.corpus.text import one_line, visible

LANE_LABEL = 16


def lane_label(name: str) -> str:
    """An outlet's name as its lane shows it: stand-ins for controls first, then cut in the
    middle, as doc ids are (both ends kept: "Outlet number 0 …" ×21 were one label, acceptance
    s14 #5), and padded to :data:`LANE_LABEL` terminal cells (a CJK character takes two; cut by
    characters, a CJK name or a stand-in ``<U+202E>`` ran over and pushed its lane off the axis:
    acceptance s12b). :func:`lane_labels` tells apart names whose cuts are still one label."""
    return _padded(one_line(visible(name), LANE_LABEL, middle=True, cells=cell_len))


def _padded(label: str) -> str:
    return label + " " * max(0, LANE_LABEL - cell_len(label))


def lane_labels(names: Sequence[str]) -> list[str]:
    """:func:`lane_label` of each name, where two distinct names would show one label: each of
    those shows its start and then where it differs from the others ("Outl…er 1 with…",
    "Outl…r 12 with…"), and should that still be one label, its place among them ("…#2")."""
    labels = [lane_label(n) for n in names]
    shown = [" ".join(visible(n).split()) for n in names]
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        by_label.setdefault(label, []).append(i)
    for group in by_label.values():
        if len({shown[i] for i in group}) < 2:
            continue  # one name (or one spelling): one label is right
        for i in group:
            s = shown[i]
            differs = max(_common_prefix(s, shown[j]) for j in group if shown[j] != s)
            head = one_line(s, 4, cells=cell_len).rstrip("…")
            start = max(len(head), differs - 3)
            room = LANE_LABEL - cell_len(head) - 1
            labels[i] = _padded(f"{head}…{one_line(s[start:], room, cells=cell_len)}")
        seen: dict[str, int] = {}
        for i in group:
            seen[labels[i]] = seen.get(labels[i], 0) + 1
            if seen[labels[i]] > 1 or sum(labels[j] == labels[i] for j in group) > 1:
                mark = f"#{group.index(i) + 1}"
                labels[i] = _padded(one_line(labels[i].rstrip(), LANE_LABEL - len(mark), cells=cell_len) + mark)
    return labels


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


UNDATED = "?"
BEFORE, AFTER = "◀", "▶"  # an article outside the range shown, earlier or later
MIN_VIEW = 3600.0  # the narrowest range zooming in reaches: an hour (a column is a minute)


BARS = "▁▂▃▄▅▆▇█"
# A single mark in a bracket's first or last column ("[", "]"): drawn as one glyph that is both
# the mark and the bracket's end, so neither hides the other.
BRACKET_MARKS = {"●": {"[": "◖", "]": "◗"}}
NOTHING_DATED = "No article is dated: nothing to {}"
DENSE = 10  # from this many articles in one column, counts are drawn as bars


def mark_for(count: int, fullest: int = 1) -> str:
    """The mark of a column holding ``count`` articles of one outlet: ``●`` for one, the digit
    for 2–9; where the fullest column (``fullest``) holds :data:`DENSE` or more, a bar of
    ``ceil(8 · count / fullest)`` eighths, so a single article is the lowest bar."""
    if fullest >= DENSE:
        return BARS[max(0, min(len(BARS), -(-len(BARS) * count // fullest)) - 1)]
    return "●" if count == 1 else str(count)


# A column's stretch of time: whole minutes, hours, days or weeks, or whole calendar months,
# quarters, years, decades…, so that a count in a column is "articles in that hour", "that day"
# or "that year", read against the clock and the calendar. A calendar step is named by its
# nominal length (an average Gregorian month, 2,629,746 s, times its months) and its columns are
# counted in calendar months (:func:`column_number`). The years run 1-2-5 up to ten thousand, more than
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
        if column_number(end, step) - column_number(start, step) < width:
            return step
    return STEPS[-1]


def guide_unit(step: float) -> tuple[str, Callable[[datetime], object] | int]:
    """The next larger unit of time the axis's guide dots mark for a column ``step``: its name
    (said under the axis), and the key a local time has in it (a new key: a new unit) or, for a
    calendar step, the unit's length in months."""
    months = _MONTHS.get(int(step))
    if months is not None:
        if months < 12:
            return "1 January", 12
        return ("decades", 120) if months < 120 else ("centuries", 1200)
    if step < 3600:
        return "hours", lambda d: (d.date(), d.hour)
    if step < 86400:
        return "midnight", lambda d: d.date()
    if step < 7 * 86400:
        return "Mondays", lambda d: d.isocalendar()[:2]
    return "1st of the month", lambda d: (d.year, d.month)


def guides(first: int, used: int, step: float) -> set[int]:
    """The columns (0 … ``used`` − 1, the first being :func:`column_number` number ``first``) in
    which a new unit of :func:`guide_unit` begins: where a day, a week or a year starts, never
    every tenth column."""
    if not step:
        return set()
    _, unit = guide_unit(step)
    out: set[int] = set()
    if isinstance(unit, int):  # calendar columns, counted in months since year 0
        months = _MONTHS[int(step)]
        for column in range(used):
            month = (first + column) * months
            if (month - 1) // unit != (month + months - 1) // unit:
                out.add(column)
        return out
    second = timedelta(seconds=1)
    for column in range(used):
        # A column's stretch in local time (:func:`column_number` counts local seconds from the epoch).
        start = column_start(first + column, step)
        if unit(start - second) != unit(start + timedelta(seconds=step) - second):
            out.add(column)
    return out


def column_number(moment: float, step: float) -> int:
    """The column ``moment`` falls in, counted from the epoch in local time: a day column runs
    from local midnight, a week column from Monday's (:data:`_WEEK_START`), an hour column from the hour (a whole-hour zone's hours are UTC's); a
    calendar step's from the first of a month whose number (since year 0) its months divide: a
    quarter from January, April, July or October, a decade from a year ending in 0."""
    months = _MONTHS.get(int(step))
    if months is not None:
        day = datetime.fromtimestamp(moment)
        return (day.year * 12 + day.month - 1) // months
    offset = datetime.fromtimestamp(moment).astimezone().utcoffset()
    local = moment + (offset.total_seconds() if offset is not None else 0.0)
    return int((local - _shift(step)) // step)


# The epoch (1 January 1970) was a Thursday: week columns are counted from the Monday after it,
# so a week column is Monday to Sunday, as the guide dots under day columns mark weeks.
_WEEK_START = 4 * 86400


def _shift(step: float) -> float:
    """Seconds from the epoch to where columns of ``step`` are counted from."""
    return _WEEK_START if step == 7 * 86400 else 0.0


@dataclass(frozen=True)
class Window:
    """A zoomed or panned view: columns of ``step`` seconds (one of :data:`STEPS`), ``cell``
    characters each, the first being :func:`column_number` number ``origin``, and as many of them as
    the axis holds, so the view always takes the whole width and every column is a whole hour,
    day or quarter (an article is in the view exactly when its column is)."""

    step: float
    cell: int
    origin: int


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
    fullest: int = 1  # articles in the fullest dated column of any lane
    # Articles in the fullest undated cell: the undated column has its own scale, so a pile of
    # undated notes does not flatten every dated column to its lowest bar.
    undated_fullest: int = 1
    before: int = 0  # dated articles before the range shown (in column -1 of their lane)
    after: int = 0  # and after it (in column ``width``)
    # The first and last article (indices into the timeline's) in the range shown, for the labels.
    ends: tuple[int, int] | None = None
    dated_range: tuple[float, float] | None = None  # the first and last dated article's moment
    marks: list[tuple[int, int]] = field(default_factory=list)  # (lane, column) cells in time order
    guides: set[int] = field(default_factory=set)  # columns where a new day, week, year… begins (:func:`guides`)
    origin: int = 0  # the :func:`column_number` number of column 0
    # The fit (no view given) with columns added on both sides of the bulk, so the axis takes its
    # whole width: its ends are those columns' (:func:`axis_ends`), not the first and last article.
    padded: bool = False
    window: bool = False  # a :class:`Window` (zoomed or panned): its ends too are its columns'
    first: dict[tuple[int, int], int] = field(default_factory=dict)  # cell → its earliest article's index
    order: dict[tuple[int, int], int] = field(default_factory=dict)  # cell → its index in marks
    # Every date on the axis is a day and month without a year (:attr:`Timeline.yearless`): the
    # axis says its ends without one ("14 Mar" … "16 Mar").
    yearless: bool = False
    # Marks of dates without a time of day on an axis of shorter columns (a "14 Mar 2025" on an
    # axis by the hour): their cell → the first and last column of their day (or month), which
    # may reach beyond the axis. Drawn as a bracket over the whole day, ``[──────]``, never as
    # a point at its midnight (:func:`_whole_spans`).
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # Each bracket's cell (a key of :attr:`spans`) → the column its count is drawn in, when it
    # holds several: the free column nearest its middle (:func:`_count_columns`).
    counts: dict[tuple[int, int], int] = field(default_factory=dict)

    @property
    def seconds_per_column(self) -> float:
        return self.step

    @property
    def undated_column(self) -> int:
        """The undated column (after the "after" edge column and the ``┆`` between)."""
        return self.width + 2

    def columns(self) -> list[int]:
        """The columns drawn, left to right: -1 (before the range) when an article lies there,
        the axis's, ``width`` (after it) likewise, then the separator and the undated column."""
        edges = ([-1] if self.before else []), ([self.width] if self.after else [])
        undated = [self.width + 1, self.width + 2] if self.has_undated else []
        return [*edges[0], *range(self.width), *edges[1], *undated]

    def beyond(self, column: int) -> str:
        """ "earlier" or "later" for an edge column (outside the range shown), else ""."""
        return "earlier" if column == -1 else "later" if column == self.width else ""


def _whole_spans(
    timeline: Timeline, times: dict[str, tuple[int, float, str]], step: float, first: int, used: int
) -> dict[str, tuple[int, int]]:
    """The articles dated by a day (or month) alone that take more than one column of ``step``,
    and overlap the axis's ``used`` columns from bucket ``first``: doc → the first and last
    column of their day (relative to ``first``; either may lie beyond the axis). Drawn at its
    midnight, a "14 Mar 2025" on an axis by the hour sat before a "14 Mar 2025 10:00" that the
    detail rightly called first (#17 s16, fault 1)."""
    out: dict[str, tuple[int, int]] = {}
    if not step:
        return out
    columns: dict[str, tuple[int, int] | None] = {}  # per date: 20,000 articles hold few days
    for doc, (undated, _moment, iso) in times.items():
        if undated or "T" in iso:
            continue
        if iso not in columns:
            span = timeline.span(iso)
            columns[iso] = (
                None
                if span is None or span[2]
                else (column_number(span[0], step) - first, column_number(max(span[0], span[1] - 1), step) - first)
            )
        found = columns[iso]
        if found is not None and found[1] > found[0] and found[1] >= 0 and found[0] < used:
            out[doc] = found
    return out


def _day_ends(timeline: Timeline, times: dict[str, tuple[int, float, str]], start: float, end: float) -> float:
    """``end``, or later where a day-only (or month-only) date from ``start`` to ``end`` runs on
    past it: the axis covers the whole of the days it shows (a "14 Mar 2025" beside a "14 Mar
    2025 10:00" had an axis ending at 10:00, most of that day cut off, #17 s16, fault 1)."""
    days = {iso for undated, moment, iso in times.values() if not undated and "T" not in iso and start <= moment <= end}
    for iso in days:  # each date once: 20,000 articles hold few days
        span = timeline.span(iso)
        if span is not None and not span[2]:
            end = max(end, span[1] - 1)
    return end


def _place_spans(
    spans: dict[str, tuple[int, int]],
    deferred: list[tuple[int, TimelineArticle, int]],
    used: int,
    cells: dict[tuple[int, int], list[str]],
    place: dict[str, tuple[int, int]],
    first_of: dict[tuple[int, int], int],
) -> dict[tuple[int, int], tuple[int, int]]:
    """Give each of ``deferred`` (index, article, lane: dated by its day alone, ``spans``) a cell
    of its own in its lane: the first column of its day in view no timed mark of the lane takes
    (day-only articles of one outlet and day share it: a count); with none free, the timed mark
    of the day's last column, counted with it. Returns the spans' cells → their columns."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    taken: dict[tuple[int, tuple[int, int]], tuple[int, int]] = {}  # (lane, its columns) → its cell
    for index, a, lane in deferred:
        low, high = spans[a.doc]
        key = taken.get((lane, (low, high)))
        if key is None:
            shown = range(max(0, low), min(high, used - 1) + 1)
            column = next((c for c in shown if (lane, c) not in cells), None)
            if column is None:
                key = (lane, shown[-1])
            else:
                key = taken[(lane, (low, high))] = (lane, column)
                out[key] = (low, high)
        place[a.doc] = key
        cells.setdefault(key, []).append(a.doc)
        first_of[key] = min(first_of.get(key, index), index)
    return out


def _count_columns(
    spans: dict[tuple[int, int], tuple[int, int]], cells: dict[tuple[int, int], list[str]], used: int
) -> dict[tuple[int, int], int]:
    """Where each bracket (``spans``: its cell → the first and last column of its day) draws its
    count: of its columns in view (0 … ``used`` − 1) that hold no other mark of its lane (a timed
    article of the day, another bracket's cell), the one nearest the middle of those in view,
    the earlier of two as near; inside the bracket before its ends ("[", "]"), which are taken only
    when nothing between them is free. Its own cell is always free, so there is a column. A timed
    mark in the middle column was drawn over the count, and seven articles of a day read as the
    one at 11:20 (#13 s35, G19 of acceptance t13y)."""
    out: dict[tuple[int, int], int] = {}
    for at, (low, high) in spans.items():
        lane = at[0]
        shown_from, shown_to = max(0, low), min(high, used - 1)
        free = [c for c in range(shown_from, shown_to + 1) if (lane, c) == at or (lane, c) not in cells]
        out[at] = min(free, key=lambda c: (c in (low, high), abs(2 * c - shown_from - shown_to), c), default=at[1])
    return out


def _marks(
    first_of: dict[tuple[int, int], int], spans: dict[tuple[int, int], tuple[int, int]]
) -> list[tuple[int, int]]:
    """The marks in time order: by column (the edge before first), then by their earliest article
    (one article a mark: the articles' own order); a day-only mark (``spans``) at its day's end,
    after the timed marks of its day, as the detail reads it (:meth:`Subject.in_report_order`)."""

    def key(mark: tuple[int, int]) -> tuple[int, int, int]:
        span = spans.get(mark)
        return (span[1], 1, first_of[mark]) if span is not None else (mark[1], 0, first_of[mark])

    return sorted(first_of, key=key)


def layout(timeline: Timeline, width: int, view: tuple[float, float] | Window | None = None) -> Layout:
    """Marks of ``timeline`` on an axis of at most ``width`` columns: each column a whole
    :data:`STEPS` stretch (an hour, a day, …), counting the articles of an outlet in it.

    ``view``: the range of time the axis covers (POSIX seconds); None: the bulk of the dated
    articles (:meth:`Timeline.bulk`). Dated articles outside it go to the edge columns of their
    lane, -1 before and ``width`` after, which take a column of the axis's width each.

    The fit (``view`` None, or a view of every dated article: ``a``) takes the whole axis: its
    columns, each as many cells as fit, are as many as the width holds, the range's in the middle
    and empty ones of the same stretch on both sides (a stray lies more than ten times the bulk's
    span away, :func:`bulk_range`, farther than those columns reach, so none is drawn inside
    them). A :class:`Window` (zoomed or panned) is its columns, as many as the width holds."""
    lanes = timeline.outlets()
    lane_of = {name: i for i, name in enumerate(lanes)}
    times = {a.doc: timeline.key(a.date) for a in timeline.articles}  # a year-less timeline's days too
    dated = [t[1] for t in times.values() if t[0] == 0]
    if isinstance(view, Window):
        return _window_layout(timeline, width, view, lanes, times, dated)
    # The fit: the bulk, or every dated article (nothing beyond the view for added columns to hold).
    fit = view is None or (bool(dated) and view[0] <= min(dated) and view[1] >= max(dated))
    if view is None:
        bulk = bulk_range(dated)  # Timeline.bulk, of the moments read here already
        view = (bulk.start, bulk.end) if bulk is not None else None
    start, end = view if dated and view is not None else (None, None)
    if start is not None and end is not None and end > start:
        end = _day_ends(timeline, times, start, end)  # whole days shown, not up to their midnight
    before = sum(1 for t in dated if start is not None and t < start)
    after = sum(1 for t in dated if end is not None and t > end)
    axis = max(1, width - (1 if before else 0) - (1 if after else 0))
    step = column_step(start, end, axis) if start is not None and end is not None and end > start else 0.0
    # One moment (every dated article in view at one time: three "Mar 14, 2025" stamps): a
    # column of an hour, or a day where none of them has a time, in the middle of the axis as
    # any fit's, with its unit said and zoom and pan at hand. As one column the whole width wide
    # its marks sat at the left edge and the chart called them "undated" (#17 after s15, fault 1).
    single = start is not None and start == end
    if single:
        timed = any(len(t[2]) > 10 for t in times.values() if t[0] == 0 and t[1] == start)
        step = 3600.0 if timed else 86400.0
    first = column_number(start, step) if step and start is not None else 0
    # All undated: no axis of time to draw, only the undated column.
    used = column_number(end, step) - first + 1 if step and end is not None else (1 if dated else 0)
    padded = fit and bool(step) and (single or axis // max(1, axis // used) > used)
    if padded:
        # Columns of the same whole cells that fill the axis; one moment's of one cell, an odd
        # number of them, so that its column is the middle one (half the rest on either side).
        wide = (axis - 1 + axis % 2) if single else axis // max(1, axis // used)
        ahead, added = _padding(first, used, wide - used, step)
        first, used, padded = first - ahead, used + added, added > 0
    cells: dict[tuple[int, int], list[str]] = {}
    place: dict[str, tuple[int, int]] = {}
    has_undated = False
    first_of: dict[tuple[int, int], int] = {}
    inside: list[int] = []  # the first and last article in the range shown
    spans = _whole_spans(timeline, times, step, first, used)
    deferred: list[tuple[int, TimelineArticle, int]] = []  # dated by a day alone: placed after the timed
    for index, a in enumerate(timeline.articles):
        lane = lane_of[a.outlet or NO_OUTLET]
        undated, moment, _ = times[a.doc]
        if a.doc in spans:
            deferred.append((index, a, lane))
            inside = [min(inside[0], index) if inside else index, max(inside[-1], index) if inside else index]
            continue
        if undated or start is None or end is None:
            column = used + 2
            has_undated = True
        elif moment < start:
            column = -1
        elif moment > end:
            column = used
        else:
            inside = [min(inside[0], index) if inside else index, max(inside[-1], index) if inside else index]
            column = column_number(moment, step) - first if step else 0
        place[a.doc] = (lane, column)
        cells.setdefault((lane, column), []).append(a.doc)
        first_of.setdefault((lane, column), index)  # the articles come in date order
    span_cells = _place_spans(spans, deferred, used, cells, place, first_of)
    # Few columns (three days by the hour on a wide screen) are drawn wider, not squeezed left.
    cell = max(1, axis // used) if used else 1
    fullest = max((len(docs) for (_, column), docs in cells.items() if 0 <= column < used), default=1)
    undated_fullest = max((len(docs) for (_, column), docs in cells.items() if column == used + 2), default=1)
    marks = _marks(first_of, span_cells)
    order = {mark: n for n, mark in enumerate(marks)}
    return Layout(
        lanes,
        cells,
        place,
        used,
        start,
        end,
        has_undated,
        step,
        cell,
        fullest,
        undated_fullest,
        before=before,
        after=after,
        ends=(inside[0], inside[-1]) if inside else None,
        dated_range=(min(dated), max(dated)) if dated else None,
        marks=marks,
        first=first_of,
        order=order,
        guides=guides(first, used, step),
        origin=first,
        padded=padded,
        yearless=timeline.yearless,
        spans=span_cells,
        counts=_count_columns(span_cells, cells, used),
    )


def _window_layout(
    timeline: Timeline,
    width: int,
    window: Window,
    lanes: list[str],
    times: dict[str, tuple[int, float, str]],
    dated: list[float],
) -> Layout:
    """:func:`layout` of a :class:`Window`: its columns from ``window.origin``, as many of
    ``window.cell`` cells as ``width`` holds beside the edge columns of the articles beyond."""
    step, cell = window.step, max(1, window.cell)
    lane_of = {name: i for i, name in enumerate(lanes)}
    lowest, highest = _reach(step)
    columns = max(1, width // cell)
    first = max(lowest, min(window.origin, highest - columns + 1))
    bucket = {doc: column_number(t[1], step) - first for doc, t in times.items() if t[0] == 0}
    # A day-only date whose day reaches into the window is drawn in it (its bracket), not before.
    reaching = _whole_spans(timeline, times, step, first, columns)
    before = sum(1 for doc, column in bucket.items() if column < 0 and doc not in reaching)
    room = width - (1 if before else 0)
    used = max(1, room // cell)
    if any(column >= used for column in bucket.values()):  # the edge column after takes a cell
        used = max(1, (room - 1) // cell)
    cells: dict[tuple[int, int], list[str]] = {}
    place: dict[str, tuple[int, int]] = {}
    first_of: dict[tuple[int, int], int] = {}
    inside: list[int] = []
    after = 0
    has_undated = False
    spans = _whole_spans(timeline, times, step, first, used)
    deferred: list[tuple[int, TimelineArticle, int]] = []  # dated by a day alone: placed after the timed
    for index, a in enumerate(timeline.articles):
        lane = lane_of[a.outlet or NO_OUTLET]
        column = bucket.get(a.doc)
        if a.doc in spans:
            deferred.append((index, a, lane))
            inside = [min(inside[0], index) if inside else index, max(inside[-1], index) if inside else index]
            continue
        if column is None:
            column = used + 2
            has_undated = True
        elif column < 0:
            column = -1
        elif column >= used:
            column = used
            after += 1
        else:
            inside = [min(inside[0], index) if inside else index, max(inside[-1], index) if inside else index]
        place[a.doc] = (lane, column)
        cells.setdefault((lane, column), []).append(a.doc)
        first_of.setdefault((lane, column), index)
    span_cells = _place_spans(spans, deferred, used, cells, place, first_of)
    fullest = max((len(docs) for (_, column), docs in cells.items() if 0 <= column < used), default=1)
    undated_fullest = max((len(docs) for (_, column), docs in cells.items() if column == used + 2), default=1)
    marks = _marks(first_of, span_cells)
    return Layout(
        lanes,
        cells,
        place,
        used,
        column_start(first, step).timestamp(),
        column_start(first + used, step).timestamp() - 1e-3,  # the last column's last moment
        has_undated,
        step,
        cell,
        fullest,
        undated_fullest,
        before=before,
        after=after,
        ends=(inside[0], inside[-1]) if inside else None,
        dated_range=(min(dated), max(dated)) if dated else None,
        marks=marks,
        first=first_of,
        order={mark: n for n, mark in enumerate(marks)},
        guides=guides(first, used, step),
        origin=first,
        window=True,
        yearless=timeline.yearless,
        spans=span_cells,
        counts=_count_columns(span_cells, cells, used),
    )


def _reach(step: float) -> tuple[int, int]:
    """The first and last column of ``step`` (:func:`column_number` numbers) wholly in the years 1 …
    9999, which no date lies outside: no axis reaches beyond them."""
    months = _MONTHS.get(int(step))
    if months is not None:
        return -(-12 // months), (10000 * 12) // months - 1  # whole columns in 1 … 9999
    reach = (
        (datetime(1, 1, 2) - datetime(1970, 1, 1)).total_seconds(),
        (datetime(9999, 12, 30) - datetime(1970, 1, 1)).total_seconds(),
    )  # a day inside either end: a zone's offset never crosses them
    shift = _shift(step)
    return -int(-(reach[0] - shift) // step), int((reach[1] - shift) // step) - 1


def _padding(first: int, used: int, pad: int, step: float) -> tuple[int, int]:
    """(columns added before, columns added in all) for ``pad`` columns added to a fit of
    ``used`` columns from bucket ``first``: half before, the odd one after; none before the year
    1 or after 9999 (which no date holds: what one side cannot take goes to the other)."""
    lowest, highest = _reach(step)
    room_before, room_after = max(0, first - lowest), max(0, highest - (first + used - 1))
    before = min(pad // 2, room_before)
    after = min(pad - before, room_after)
    before = min(pad - after, room_before)
    return before, before + after


def column_start(bucket: int, step: float) -> datetime:
    """The local time column ``bucket`` of ``step`` begins at (:func:`column_number` inverted)."""
    months = _MONTHS.get(int(step))
    if months is not None:
        month = bucket * months
        return datetime(max(1, min(9999, month // 12)), month % 12 + 1, 1)
    return datetime(1970, 1, 1) + timedelta(seconds=bucket * step + _shift(step))


def axis_ends(shape: Layout, time: bool = True) -> tuple[str, str]:
    """Where the axis's columns begin and end, in every view (the fit, zoomed, panned): "1 Sep
    2025 21:00" … "6 Sep 2025 06:00" by the hour (the last column ending at 06:00), the first and
    the last day in it by the day or longer, or without ``time``."""
    start = column_start(shape.origin, shape.step)
    end = column_start(shape.origin + shape.width, shape.step)  # where the last column ends
    step = shape.step if time else 86400
    if step >= 86400:
        end -= timedelta(seconds=1)  # the last day in it
    return axis_said(start, step, shape.yearless), axis_said(end, step, shape.yearless)


def axis_said(moment: datetime, step: float, yearless: bool = False) -> str:
    """A local time as the axis's ends say it: the day, and the time when a column is shorter;
    without the year on a year-less axis."""
    return said(moment, year=not yearless, time=step < 86400)
