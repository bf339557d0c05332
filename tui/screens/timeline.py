"""TimelineScreen: the coverage on a time axis, and who reported an entity or a figure first.

The chart (:class:`~waic_reader.tui.widgets.timeline_chart.TimelineChart`) has one lane per
outlet; below it, the article under the cursor. The list on the left holds every entity and
fact (figure grouped across articles), most widely reported first; choosing one emphasises the
articles that mention it and says which outlet did so first and, for a figure, when it changed.
Data comes from :meth:`Workspace.timeline` (the same as ``waic-reader timeline``).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.timeline import (
    NO_OUTLET,
    Sighting,
    Subject,
    Timeline,
    TimelineArticle,
    change_chain,
    once_each,
)
from waic_reader.index.corpus.date_values import NEW_YEAR, readable
from waic_reader.index.corpus.text import counted, one_line
from waic_reader.tui.corpus_follower import corpus_state
from waic_reader.tui.safe import line, plain
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.timeline_chart import TimelineChart
from waic_reader.tui.widgets.timeline_layout import step_name
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp

READING = "Reading the articles…"  # until the worker has counted them
WAIT_POLL_S = 0.2  # how often a timeline waiting for the first index build looks again
CHOOSE = "tab, then choose an entity or a figure: who reported it first, and when a figure changed."


def subject_prompt(subject: Subject) -> Content:
    tag = "figure" if subject.kind == "fact" else label_name(subject.detail)
    return Content.assemble(
        line(subject.label, 28),
        (f"  {tag} · {counted(subject.article_count(), 'article')}", "dim"),
    )


def _when(date: str | None) -> str:
    return readable(date) or "undated"


# The most reports the detail's "Then:", "Or first" and "Undated" lines name, each whole and
# wrapped (the detail scrolls); beyond it they say how many more there are. Cut at 400
# characters, "Then:" ended mid-date with an ellipsis after a dozen outlets (#17 after s15).
LISTED_MOST = 200


def _listed(entries: Sequence[str], separator: str = ", ") -> Content:
    """``entries`` joined, each whole (the detail wraps them), at most :data:`LISTED_MOST` of
    them and then how many more: never cut mid-entry."""
    shown = separator.join(entries[:LISTED_MOST])
    if len(entries) > LISTED_MOST:
        shown += f"{separator}and {len(entries) - LISTED_MOST:,} more"
    return plain(" ".join(shown.split()))


def tie_groups(tied: list[Sighting]) -> list[tuple[str, list[Sighting]]]:
    """``tied`` under the reason each may have been first, in date order, each reason once: a
    timed report is stamped with the first's very moment (a tie with a timed first is always at
    its instant), a day-only (or month-only) one has no time of day to order it by. Each heading
    lists only its own kind: a timed "Unix Times (14 Mar 2025 08:00)" was listed under "no time
    of day to order by" (#17 s16 t17, fault 4); three articles "Posted: Mar 14, 2025 10:00 GMT"
    were said to have no time of day (#17 end re-test)."""
    timed = [s for s in tied if "T" in (s.date or "")]
    untimed = [s for s in tied if "T" not in (s.date or "")]
    return [
        (reason, group)
        for reason, group in (("the same time", timed), ("no time of day to order by", untimed))
        if group
    ]


def subject_detail(subject: Subject) -> Content:
    """Who mentioned it first, and for a figure every change of value in date order; the
    undated reports on an ``Undated:`` line of their own, never among ``Then:`` (#17 after s15,
    fault 2); with none dated, that the first is unknown (fault 3)."""
    if not subject.sightings:
        return plain("")
    first, tied = subject.first_and_tied()
    undated = subject.undated()
    names = subject.names()  # as the fact sheet names sources: two of one outlet told apart

    def name(s: Sighting) -> str:
        return names.get(s.doc, s.outlet or s.doc)

    parts: list[Content | tuple[str, str] | str] = [("First: ", "bold")]
    if first is None:
        # Nothing orders undated articles: the folder's order named one of three notes "first".
        parts.append(plain("unknown: no article mentioning it is dated."))
    else:
        parts.append(line(f"{name(first)}, {_when(first.date)}: “{one_line(first.text, 60)}”"))
    if subject.changed():
        # The figure's history comes straight under "First:": in a short pane (60x20, many
        # outlets) it was below the ties and out of sight. The whole chain, its first value too:
        # with ties the first value need not be the one named first above.
        # A report that may have been a value's first (a day-only date on its day) is named
        # with it, "or …", as "Or first" names the subject's.
        # Values first reported on one day without a time: bracketed, their order unknown.
        parts.append(("\nChanged: ", "bold"))
        parts.append(line(change_chain(subject, _when, 30)))
    # A day-only date cannot be ordered against a time of its day, and reports stamped with
    # the first's very moment cannot be ordered at all: these may have been first, each kind
    # under its own heading.
    for reason, group in tie_groups(tied):
        parts.append((f"\nOr first ({reason}): ", "bold"))
        parts.append(_listed([f"{name(s)} ({_when(s.date)})" for s in group]))
    if subject.kind == "fact":
        values = {s.value for s in subject.sightings}
        if len(values) == 1:
            articles = subject.article_count()
            parts.append(
                plain(
                    f"\nThe same figure in all {articles} articles." if articles > 1 else "\nReported by one article."
                )
            )
    shown = {id(first), *map(id, tied), *map(id, undated)}
    # In the order of the "Changed:" steps (Subject.in_report_order): a day-only report at its
    # day's end, after that day's timed ones; it read at the day's midnight here and at its end
    # there, one day's reports in opposite orders on the two lines (#17 s16, fault 2). Each
    # article once, at its first report, none already named under "First:" or "Or first": a
    # live blog's three entries were "Andean Times (…), Andean Times (…), Andean Times (…)"
    # (t13p F13).
    named = {s.doc for s in (first, *tied) if s is not None}
    others = once_each(subject.in_report_order(s for s in subject.sightings if id(s) not in shown), named)
    if others:
        parts.append(("\nThen: ", "bold"))
        parts.append(_listed([f"{name(s)} ({_when(s.date)})" for s in others]))
    if undated:
        # Not steps in time: listed apart, after the dated ones, a figure's with its value.
        parts.append(("\nUndated: ", "bold"))
        if subject.kind == "fact":
            # each value of an article once (its two sentences saying 6 are one "6 (x)")
            said = [f"{one_line(c.said, 30)} ({name(c)})" for c in undated]
            parts.append(_listed(list(dict.fromkeys(said)), "; "))
        else:
            parts.append(_listed([name(s) for s in once_each(undated)]))
    return Content.assemble(*parts)


class SubjectDetail(VerticalScroll):
    """The chosen subject's detail, scrolled when it has the focus: arrows, PageUp/PageDown,
    Home/End, and ctrl+d/ctrl+u by half a pane, as in the reader."""

    BINDINGS = [
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="timeline.detail_half_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="timeline.detail_half_up"),
    ]

    def action_half_page(self, direction: int) -> None:
        self.scroll_relative(y=direction * max(1, self.scrollable_content_region.height // 2), animate=False)


class TimelineScreen(ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Timeline"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="timeline.back"),
        Binding(
            "tab",
            "switch_focus",
            "Chart/subjects",
            tooltip="Move between the chart, the subject list and the chosen subject's detail (scroll it with PageDown, End)",
            id="timeline.switch",
        ),
        # The chart binds j/k itself (its lanes); these reach the subject list when it has focus,
        # as j/k move every other list of the app.
        Binding(
            "j",
            "subject(1)",
            "Next subject",
            show=False,
            tooltip="The next entity or figure",
            id="timeline.subject_down",
        ),
        Binding(
            "k",
            "subject(-1)",
            "Previous subject",
            show=False,
            tooltip="The previous entity or figure",
            id="timeline.subject_up",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.timeline: Timeline | None = None
        self.subjects: list[Subject] = []
        # The evidence dates were read with when it was made (Workspace.dating_revision): made
        # again when it moves while shown (a time without a zone dated by its outlet's zone once
        # the first listing is whole: the article stayed in local time while ``list`` dated it).
        self._dating: int | None = None

    def compose(self) -> ComposeResult:
        yield Static(plain("Timeline"), id="timeline-heading")
        yield TimelineChart(id="timeline-chart")
        yield Static(plain(READING), id="timeline-article")
        with Horizontal(id="timeline-subjects"):
            yield OptionList(id="timeline-subject-list")
            # Scrolls, and takes the focus in turn (tab): at 60x20 the First/Changed detail of a
            # figure showed its first lines only, and PageDown scrolled the subject list.
            with SubjectDetail(id="timeline-subject-scroll"):
                yield Static(plain(CHOOSE), id="timeline-subject")
        yield KeyBar()

    def on_mount(self) -> None:
        chart = self.query_one(TimelineChart)
        chart.wait(READING)
        chart.focus()
        # Asked for before the library's first rows are in: the index is opened or built now,
        # and the timeline reads what it keeps (else it read every article, the build after it).
        self.app.start_background_work()
        self.compute()
        self.app.dates_changed.subscribe(self, self._dates_changed)

    def on_unmount(self) -> None:
        self.app.dates_changed.unsubscribe(self)  # else the app keeps the screen alive

    def _dates_changed(self, revision: int) -> None:
        """The evidence dates are read with moved: made again, unless it is being made (then
        :meth:`_show` sees the revision it was made with is not the one now)."""
        busy = any(w.node is self and w.group == "timeline" and not w.is_finished for w in self.app.workers)
        if self.timeline is not None and not busy and revision != self._dating:
            self.compute()

    @work(thread=True, exclusive=True, exit_on_error=False, group="timeline", name="timeline")
    def compute(self) -> None:
        # Files added or removed since the library last looked are taken in first, here in this
        # worker (App.check_folder is a worker of its own and could finish after the timeline):
        # the timeline was stale until the library was shown. The index catches up after.
        if self.app.index_ready and self.app.workspace.rescan():
            self.app.call_from_thread(self.app.sync_index)
        if not self.app.index_ready and not self._waited_for_index():
            return  # the screen was left meanwhile
        ws = self.app.workspace
        # What it is made from, taken before it starts (a change meanwhile leaves it stale): a
        # timeline made from the same is shown again, not made again (issue 13, t13ak N18).
        state, dating = corpus_state(self.app), ws.dating_revision()
        timeline = None if ws.corpus.meta_edited() else self.app.timeline_memo.get(state)
        if timeline is None:
            count = len(ws.docs)  # the folder listing: no article is read for it
            self.app.call_from_thread(self._reading, count)
            timeline = ws.timeline()
            self.app.timeline_memo.put(state, timeline)
        self.app.call_from_thread(self._show, timeline, dating)

    def _waited_for_index(self) -> bool:
        """While the app's first index build runs, wait for it (saying how far it is), then read
        what it kept: reading every article beside the build, as the timeline does without an
        index, doubled the work (8.5 minutes for the first timeline at 20,000 articles, the
        build slowed as much). False when the worker was cancelled (the screen left)."""
        worker = get_current_worker()
        shown: tuple[int, int] | None = None
        while self.app.indexing and not self.app.index_ready:
            if worker.is_cancelled:
                return False
            progress = self.app.index_progress
            if progress != shown:
                shown = progress
                self.app.call_from_thread(self._waiting, *progress)
            time.sleep(WAIT_POLL_S)
        return not worker.is_cancelled

    def _waiting(self, done: int, total: int) -> None:
        if not self.is_attached or self.timeline is not None:
            return
        so_far = f": {done:,} of {counted(total, 'article')} indexed" if total else ""
        message = f"Waiting for the index{so_far}; the timeline then reads what it keeps…"
        self.query_one(TimelineChart).wait(message)
        self.query_one("#timeline-article", Static).update(plain(message))

    def _reading(self, count: int) -> None:
        """Say what the worker is doing until the timeline is there (it reads every article
        the first time: minutes for tens of thousands)."""
        if not self.is_attached or self.timeline is not None:
            return
        message = f"Reading {count:,} {'article' if count == 1 else 'articles'}…"
        self.query_one(TimelineChart).wait(message)
        self.query_one("#timeline-article", Static).update(plain(message))

    def _show(self, timeline: Timeline, dating: int) -> None:
        if not self.is_attached:
            return
        chart = self.query_one(TimelineChart)
        was = chart.current() if self.timeline is not None else None
        self.timeline = timeline
        self._dating = dating
        yearless = sum(1 for a in timeline.articles if a.date and a.date.startswith("--"))
        dated = sum(1 for a in timeline.articles if a.date) - yearless
        if timeline.yearless:
            # No date has a year: the axis places these by day and month (acceptance #17-3).
            said = f"{yearless} dated by day and month, the year unknown"
            if timeline.year_start != NEW_YEAR:  # its run of days crosses New Year: December first
                said += ", over New Year"
        else:  # those a year could not be given stay in the "?" column
            said = f"{dated} dated" + (f", {yearless} without a year" if yearless else "")
        # Named outlets: the "(no outlet)" lane is none (it made "11 outlets" of ten, and "1
        # outlet" of none, #17 after s15, fault 6).
        named = sum(1 for lane in timeline.outlets() if lane != NO_OUTLET)
        outlets = counted(named, "outlet") if named else "no outlet"
        heading = f"Timeline  ·  {counted(len(timeline.articles), 'article')}, {said}  ·  {outlets}"
        self.query_one("#timeline-heading", Static).update(line(heading))
        chart.show(timeline)
        if was is not None:  # made again under the reader: the cursor stays on its article
            chart.move_to(was.doc)
        if self._dating is not None and self._dating != self.app.workspace.dating_revision():
            self.compute()  # the dates' evidence moved while it was made
        # Subjects most outlets report first: that is where "who was first" is a question.
        self.subjects = sorted(
            timeline.subjects.values(),
            key=lambda s: (-len({x.outlet or x.doc for x in s.sightings}), -s.article_count(), s.label.casefold()),
        )
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(subject_prompt(s), id=str(i)) for i, s in enumerate(self.subjects)])

    @on(TimelineChart.Moved)
    def _moved(self, message: TimelineChart.Moved) -> None:
        if self.timeline is None:
            return  # the chart's first cursor move, before there is a timeline: keep the loading line
        self.query_one("#timeline-article", Static).update(
            self._article_line(message.article, message.count, message.step, message.beyond, message.whole)
        )

    def _article_line(
        self, article: TimelineArticle | None, count: int = 1, step: float = 0.0, beyond: str = "", whole: str = ""
    ) -> Content:
        """The article under the cursor; on a column of several, how many and over what time;
        on an edge arrow, that it lies outside the range shown; on a bracket, that its date has
        no time of day (``whole``: "day" or "month", the bracket spanning all of it)."""
        if article is None:
            # No article at all: the chart says "No articles." already (it said so twice).
            return plain("")
        parts: list[Content | tuple[str, str] | str] = [
            (f"{_when(article.date)}  ", "bold"),
            line(article.outlet or "—", 30, "italic"),
            "  ",
            line(article.title, 200),
            ("  ·  enter: read", "dim"),
        ]
        if beyond:
            # An edge arrow: the article is outside the range of time the chart shows.
            several = f"the first of {count:,} articles " if count > 1 else ""
            what = f"{several}{beyond} than the range shown (- zooms out, a: all dates)"
            parts[2:2] = [(f"  ·  {what}{', [ ] in the reader for the others' if count > 1 else ''}:", "dim")]
        elif whole:
            # Drawn over its whole day: it may have been written at any time of it.
            several = f", the first of {count:,}" if count > 1 else ""
            parts[1:1] = [(f"(no time of day: the bracket spans the whole {whole}{several})  ", "dim")]
        elif count > 1:
            span = f"in this column ({step_name(step)})" if step else "undated"
            parts[2:2] = [(f"  ·  the first of {count:,} {span}, [ ] in the reader for the others:", "dim")]
        return Content.assemble(*parts)

    @on(OptionList.OptionHighlighted, "#timeline-subject-list")
    def _subject_chosen(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is None:
            return
        subject = self.subjects[int(event.option.id)]
        # The first (underlined by the chart) leads, then the rest in date order.
        first = subject.first
        docs = [s.doc for s in subject.sightings]
        if first is not None:
            docs = [first.doc, *(d for d in docs if d != first.doc)]
        self.query_one(TimelineChart).emphasise(docs)
        self.query_one("#timeline-subject", Static).update(subject_detail(subject))
        self.query_one("#timeline-subject-scroll", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionSelected, "#timeline-subject-list")
    def _subject_opened(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.open_subject(self.subjects[int(event.option.id)])

    def open_subject(self, subject: Subject) -> None:
        """Read ``subject`` in its first report (with none dated, the first listed: the chart's
        order), at it: a figure's value is the current target and n / N step through the
        subject's other reports in the detail's order (First, then the changes and the rest,
        undated last), ``fact: death toll · value 1/9``, as the fact sheet's enter does; an
        entity's mention is shown and the entity followed, as the matrix's mentions do. Either
        jump replaces an entity followed earlier. It had opened the article at its top, an
        earlier follow's status and scroll kept (t13ag N11)."""
        from waic_reader.tui.screens.mentions import open_reader_at
        from waic_reader.tui.screens.reader import ReaderScreen
        from waic_reader.tui.screens.reader_jumps import FactJump

        first = subject.first or (subject.sightings[0] if subject.sightings else None)
        if first is None:
            return
        if subject.kind == "fact" and first.figure is not None:
            reports = [s for s in subject.in_report_order(subject.sightings) if s.figure is not None]
            index = next(i for i, s in enumerate(reports) if s is first)
            values = tuple(s.figure for s in reports if s.figure is not None)
            self.app.push_screen(ReaderScreen(first.doc, fact=FactJump(subject.label, values, index, "the timeline")))
        elif subject.kind == "entity" and subject.key:
            open_reader_at(
                self.app,
                first.doc,
                first.start,
                follow=(subject.key, subject.label),
                at_text=first.text,
                origin="the timeline",
            )
        else:
            self.app.open_article(first.doc)

    @on(TimelineChart.Opened)
    def _open(self, message: TimelineChart.Opened) -> None:
        # A mark of several articles: [ and ] in the reader walk them ("article 2 of 14").
        self.app.open_article(message.doc, results=message.column or None)

    def action_subject(self, delta: int) -> None:
        options = self.query_one("#timeline-subject-list", OptionList)
        if not options.has_focus:
            return
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_switch_focus(self) -> None:
        """The chart, then the subject list, then the chosen subject's detail (scrolled by the
        arrows, PageUp/PageDown, Home/End), then the chart again."""
        chart = self.query_one(TimelineChart)
        options = self.query_one(OptionList)
        if chart.has_focus:
            options.focus()
            if options.highlighted is None and options.option_count:
                options.highlighted = 0  # enter then reads the first subject, as it is drawn
        elif options.has_focus:
            self.query_one("#timeline-subject-scroll", VerticalScroll).focus()
        else:
            chart.focus()

    def action_back(self) -> None:
        self.dismiss()


__all__ = ["TimelineScreen", "step_name"]
