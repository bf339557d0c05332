"""The coverage on a time axis: who reported when, who mentioned an entity or a figure first,
and when a reported figure changed.

Articles are ordered by their date (:mod:`waic_reader.index.corpus.dates`; zones applied, undated
last). A date without a year takes the year of the other articles' dates when one is close (see
:func:`~waic_reader.index.corpus.date_values.resolve_year`). Only mentions and figures in article text
count, never boilerplate (a "related stories" list does not report anything).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Protocol

from waic_reader.index.analysis.entities.grouping import group
from waic_reader.index.analysis.entities.mentions import Entity, Mention
from waic_reader.index.analysis.entities.spellings import corpus_named
from waic_reader.index.analysis.facts import FactValue, source_names, value_text  # the fact sheet's forms
from waic_reader.index.analysis.facts.dimensions import dimension_noun, dimension_of, kinds_by_doc, listed_only
from waic_reader.index.analysis.facts.display import (  # the fact sheet's value equality and history
    amount_groups,
    value_runs,
)
from waic_reader.index.analysis.facts.grouping import (  # the fact sheet's dating
    entry_date,
    entry_dated,
    within_margin,  # the fact sheet's agreement
)
from waic_reader.index.analysis.kept_mentions import spellings
from waic_reader.index.corpus.date_values import (
    NEW_YEAR,
    DateOrder,
    placed,
    report_time,
    sort_key,
)
from waic_reader.index.corpus.date_values import span as date_span
from waic_reader.index.corpus.listing import OutletSpelling, natural_key
from waic_reader.index.corpus.text import one_line

NO_OUTLET = "(no outlet)"  # the lane of articles no metadata or text names an outlet for

# OntoNotes' numeric entity types: figures are followed as facts (grouped by what they count),
# and a date or a weekday is not something an outlet "reports first".
NUMERIC_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Fact kinds that are calendar references, not reported figures.
CALENDAR_KINDS = frozenset({"date", "year"})


class _ArticleLike(Protocol):
    @property
    def doc(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def title(self) -> str: ...


class _MentionLike(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def key(self) -> str: ...
    @property
    def noise(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class TimelineArticle:
    doc: str
    date: str | None  # ISO 8601 as precise as known; None when undated
    outlet: str | None
    title: str

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "date": self.date, "outlet": self.outlet, "title": self.title}


@dataclass(frozen=True, slots=True)
class Sighting:
    """One article's mention of a subject: where in its text (offsets) and what it says."""

    doc: str
    date: str | None
    outlet: str | None
    start: int
    end: int
    text: str  # the mention or figure as written ("over 800 companies")
    # A figure's value as the fact sheet tells values apart, for spotting changes: one amount's
    # first value ("3" for "3 days" and "72 hours": display.amount_groups), the first for every
    # value of a row the sheet says agrees ("" for entities).
    value: str = ""
    # A figure's value as the fact sheet writes it ("2", "at least 14", "€40 million"): what the
    # "Changed:" line shows, not the words matched ("Two people", "three dead"); "" for entities.
    shown: str = ""
    # A figure's report as the fact sheet holds it (its value, offsets and sentence): what a jump
    # from the timeline into the reader makes the current target, n / N stepping through the
    # subject's other reports, as the fact sheet's enter does (t13ag N11); None for entities.
    figure: FactValue | None = field(default=None, compare=False, repr=False)

    @property
    def said(self) -> str:
        """The figure's value as shown (:attr:`shown`), else its text as written, on one line."""
        return self.shown or one_line(self.text)


@dataclass(frozen=True, slots=True)
class _Named:
    """A report's doc id and outlet, as :func:`source_names` takes a source."""

    doc: str
    label: str


@dataclass
class Subject:
    """An entity or a fact (a figure grouped across articles) through time.

    ``sightings``: the first sighting in each article, in date order (undated last).
    """

    label: str
    kind: str  # "entity" (its OntoNotes type in ``detail``) or "fact"
    detail: str = ""
    sightings: list[Sighting] = field(default_factory=list)
    # No article's date has a year (:attr:`Timeline.yearless`): year-less dates are ordered by
    # day and month, as the axis places them, for the first, the ties and the changes too, the
    # run of days starting on ``year_start`` (:func:`year_start`: "12-20" when it crosses New Year).
    yearless: bool = False
    year_start: str = NEW_YEAR
    # An entity's key as the entity list and the matrix group it ("PERSON:anwar kabir"): what a
    # jump from the timeline follows in the reader; "" for a fact.
    key: str = ""

    @property
    def first(self) -> Sighting | None:
        """The article that mentioned it first (see :meth:`first_and_tied`)."""
        return self.first_and_tied()[0]

    @property
    def tied(self) -> list[Sighting]:
        """The other articles that may have mentioned it first (see :meth:`first_and_tied`)."""
        return self.first_and_tied()[1]

    def first_and_tied(self) -> tuple[Sighting | None, list[Sighting]]:
        """The first sighting, and the others that may have been first, in date order
        (:func:`first_and_tied`); with no dated sighting, none: nothing orders undated articles
        (acceptance s10), and the folder's order named one of three undated notes "first"
        (#17 after s15, fault 3). Its undated sightings: :meth:`undated`."""
        if all(date_span(s.date, self.yearless, self.year_start) is None for s in self.sightings):
            return None, []
        first, tied = first_and_tied(self.sightings, self.yearless, self.year_start)
        # Each article once, the first's own never: a wire's three values stamped 14:40 were
        # "Or first (the same time): Reuters (…14:40), Reuters (…14:40), Reuters (…14:40)" (t13p F13)
        return first, once_each(tied, {first.doc})

    def article_count(self) -> int:
        """How many articles report it: its distinct doc ids. A figure has a report per value
        and per live-blog entry, so its sightings are no count of articles ("figure · 24
        articles" in a corpus of 17, t13p F13)."""
        return len({s.doc for s in self.sightings})

    def changes(self) -> list[Sighting]:
        """For a figure: each step's first dated report, in time order (3 → 5 → 7; a value again
        each time it comes back after another, 3 → 5 → 3 → 7); see :meth:`change_steps`, which
        also gives the reports that may have been first."""
        return [first for first, _tied in self.change_steps()]

    def changed(self) -> bool:
        """Whether a figure's value changed in time: at least two values have dated reports
        (:meth:`change_steps`). An undated article's other value is no change in time: it gave
        "Figures that changed" entries for three undated notes, and for one dated value beside
        an undated one (#17 after s15, fault 3)."""
        return self.kind == "fact" and len(self.change_steps()) > 1

    def change_steps(self) -> list[tuple[Sighting, list[Sighting]]]:
        """For a figure: its history as the fact sheet's row tells it (``facts.display.
        value_runs``, the one implementation): the dated reports in report order
        (:meth:`in_report_order`) cut into runs of one value, each run a step at its first report
        with the run's other reports that may have been first; a value again each time it comes
        back after another (4 → 3 → 4 → 5: the sheet showed the step back to 4 and the timeline
        read 4 → 3 → 5, t13aw N19; this replaces acceptance s10 #3's "each value once"), while a
        report repeating the value just before it restates it; every report stays in
        :attr:`sightings`.

        A run's first report is chosen as :meth:`first_and_tied` chooses the subject's: the
        earliest report that is not certainly after another report of that value, a timed one
        before a day-only one of its day, whose reports that cannot be ordered against it are
        ``tied`` (a Reuters "14 Mar" saying 12 beside a Tokyo wire's "14 Mar 10:52": both may
        have been the first 12, acceptance s11 #3; the day-only ones had been skipped as
        restatements). The steps are ordered by their first report (:meth:`in_report_order`,
        the order of the detail's "Then:" line too), one dated by its day (or month) alone
        counted at that day's end: it may have been written at any time of it, and
        placed at its midnight a radio's "four by evening" went before the morning's "two" and
        hid the timed "four" (two → six). Undated reports are not steps in time: :meth:`undated`."""
        dated = [
            s
            for s in self.sightings
            if sort_key(placed(s.date, self.yearless, self.year_start))[0] == 0
            and date_span(s.date, self.yearless, self.year_start) is not None
        ]
        ordered = self.in_report_order(dated)
        spans = {id(s): date_span(s.date, self.yearless, self.year_start) for s in ordered}
        # A report dated by its day (or month) alone, counted at its end, that a report of its
        # value inside that day went before may have been that value's first: it joins that
        # report's step, tied, and is no step back of its own (a Reuters "14 Mar" saying 12 beside
        # a Tokyo wire's "14 Mar 10:52" 12, after a "22:00" 14; acceptance s11 #3).
        joins: dict[int, Sighting] = {}
        for k, s in enumerate(ordered):
            span = spans[id(s)]
            if span is None or span[2]:
                continue
            peer = next(
                (
                    p
                    for p in ordered[:k]
                    if p.value == s.value
                    and id(p) not in joins
                    and (at := spans[id(p)]) is not None
                    and span[0] <= at[0] < span[1]
                ),
                None,
            )
            if peer is not None:
                joins[id(s)] = peer
        runs = value_runs([s for s in ordered if id(s) not in joins], lambda a, b: a.value == b.value)
        run_of = {id(r): run for run in runs for r in run}
        for s in ordered:
            if id(s) in joins:
                run_of[id(joins[id(s)])].append(s)
        steps = [first_and_tied(reports, self.yearless, self.year_start) for reports in runs]

        by_first = {id(step[0]): step for step in steps}
        return [by_first[id(s)] for s in self.in_report_order(step[0] for step in steps)]

    def in_report_order(self, sightings: Iterable[Sighting]) -> list[Sighting]:
        """``sightings`` in the one order the detail reads a subject's reports in, its
        ``Changed:`` steps and its ``Then:`` line alike: a timed report at its instant, one dated
        by its day (or month) alone at that day's end (it may have been written at any time of
        it; at its midnight it read as the earliest of its day), ties in date order (their order
        in :attr:`sightings`); undated last. "Then:" had followed the articles' order (a day-only
        date at its midnight) and "Changed:" this one, so the two lines named one day's reports
        in opposite orders (#17 s16, fault 2)."""
        rank = {id(s): n for n, s in enumerate(self.sightings)}

        def key(s: Sighting) -> tuple[int, float, int]:
            at = report_time(s.date, self.yearless, self.year_start)
            return (1, 0.0, rank.get(id(s), len(rank))) if at is None else (0, at, rank.get(id(s), len(rank)))

        return sorted(sightings, key=key)

    def change_groups(self) -> list[list[tuple[Sighting, list[Sighting]]]]:
        """:meth:`change_steps` in time order, the steps whose order cannot be known together:
        two values first reported on one day by day-only dates ("5 May 2025" saying 14 and
        another saying 17) may have come in either order, so neither is the change from the
        other (acceptance s14 #3); a group of one is a step in a known order."""
        groups: list[list[tuple[Sighting, list[Sighting]]]] = []
        last: tuple[float, float, bool] | None = None
        for step in self.change_steps():
            span = date_span(step[0].date)
            # (one article's own values are in its text's order: "three killed" then "risen to four")
            own = bool(groups) and groups[-1][-1][0].doc == step[0].doc
            if groups and span is not None and last is not None and not span[2] and span == last and not own:
                groups[-1].append(step)
            else:
                groups.append([step])
            last = span
        return groups

    def names(self) -> dict[str, str]:
        """A name per doc id of its reports, as the fact sheet names sources
        (:func:`~waic_reader.index.analysis.facts.source_names`): the outlet, with the doc id added
        where two of its reports share an outlet ("Reuters (notes/same.txt)"), else the doc id.
        The detail had named two articles "Reuters (14 Mar 2025), Reuters (14 Mar 2025)" (#17 s16
        t17, fault 4)."""
        seen = {s.doc: _Named(s.doc, s.outlet or "") for s in self.sightings}
        return source_names(seen.values())

    def undated(self) -> list[Sighting]:
        """The sightings in articles without a (full) date, by doc id in natural order
        (:func:`~waic_reader.index.corpus.listing.natural_key`; in a :attr:`yearless` subject, a
        day and month is a date)."""
        undated = [s for s in self.sightings if sort_key(placed(s.date, self.yearless, self.year_start))[0] != 0]
        # By doc id in natural order (numbers within ids as numbers: 2 before 10), as the chart's
        # undated column has no order of time to give (#17 s16, fault 4: "1, 10, 11, 2").
        return sorted(undated, key=lambda s: natural_key(s.doc))


# The bulk of the coverage (:func:`bulk_range`): the tightest run of three quarters of the dated
# articles (at least MIN_BULK_ARTICLES), widened one neighbour at a time while the next is no
# farther from it than OUTLIER_GAP times its span (at least a day). A stray 2099 or 1990 among a
# week of coverage is left out (a gap of decades to a span of days: on the whole range the week
# was one column); a follow-up a week after a one-day story, or a corpus spread evenly over years,
# is not. A handful of articles is too few to call any of them astray.
OUTLIER_GAP = 10.0
MIN_BULK_SPAN = 86400.0
MIN_BULK_ARTICLES = 4


@dataclass(frozen=True, slots=True)
class Bulk:
    """The stretch of time most dated articles fall in (POSIX seconds, ``start`` ≤ ``end``), and
    how many dated articles lie ``before`` and ``after`` it."""

    start: float
    end: float
    before: int = 0
    after: int = 0


def bulk_range(moments: Sequence[float]) -> Bulk | None:
    """The bulk of ``moments`` (POSIX seconds, sorted or not; see :data:`OUTLIER_GAP`); None
    when there are none. With fewer than :data:`MIN_BULK_ARTICLES` and one more, nothing says
    which is astray: all of them."""
    times = sorted(moments)
    n = len(times)
    if n <= MIN_BULK_ARTICLES:
        return Bulk(times[0], times[-1]) if times else None
    k = max(MIN_BULK_ARTICLES, n - max(1, n // 4))
    lo = min(range(n - k + 1), key=lambda i: times[i + k - 1] - times[i])
    hi = lo + k - 1
    while lo > 0 or hi < n - 1:
        reach = OUTLIER_GAP * max(times[hi] - times[lo], MIN_BULK_SPAN)
        gap_lo = times[lo] - times[lo - 1] if lo > 0 else float("inf")
        gap_hi = times[hi + 1] - times[hi] if hi < n - 1 else float("inf")
        if min(gap_lo, gap_hi) > reach:
            break
        if gap_lo <= gap_hi:
            lo -= 1
        else:
            hi += 1
    return Bulk(times[lo], times[hi], lo, n - 1 - hi)


@dataclass
class Timeline:
    articles: list[TimelineArticle]
    subjects: dict[str, Subject]
    # doc -> how its time's zone was read (date_zones.ZoneRead's zone and note), for the JSON's
    # article rows as ``list`` gives them (review s49-rv finding 19); empty when not read.
    zones: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    @cached_property
    def order(self) -> DateOrder:
        """The one order of its articles' dates (:class:`~waic_reader.index.corpus.date_values.
        DateOrder`), as ``list --sort date`` and the fact sheet order them."""
        return DateOrder(a.date for a in self.articles)

    @property
    def yearless(self) -> bool:
        """Whether no article's date has a year and some have a day and month ("TOKYO, March 14
        (Reuters) -" in every article, no year anywhere): then those are placed on the axis by
        month and day, in a year left unknown (:meth:`key`), rather than all in the undated
        column as if none had a date (acceptance #17-3)."""
        return self.order.yearless

    @property
    def year_start(self) -> str:
        """Where a :attr:`yearless` timeline's run of days begins (:func:`year_start`): "12-20"
        when its coverage crosses New Year, else :data:`NEW_YEAR`."""
        return self.order.start

    def key(self, iso: str | None) -> tuple[int, float, str]:
        """Where ``iso`` goes on the axis (:meth:`DateOrder.key`): :func:`sort_key`, and in a
        :attr:`yearless` timeline a year-less date too, placed in its run of days."""
        return self.order.key(iso)

    def span(self, iso: str | None) -> tuple[float, float, bool] | None:
        """When ``iso`` may be, in POSIX seconds, as the axis places it: ``(instant, instant,
        True)`` for a time, ``(start, end, False)`` for a day-only or month-only date (the whole
        local day or month, ``end`` exclusive); None when undated. The timeline screen draws the
        latter over the whole day, never as a point at its midnight."""
        return date_span(iso, self.yearless, self.year_start)

    def bulk(self) -> Bulk | None:
        """Where most dated articles lie (:func:`bulk_range` of their dates, zones applied, as
        ordered; in a :attr:`yearless` timeline, their days and months): what the timeline
        screen's axis covers at first; None without a dated one."""
        return bulk_range([key[1] for a in self.articles if (key := self.key(a.date))[0] == 0])

    def outlets(self) -> list[str]:
        """Outlets in order of their first dated article (lanes of the timeline screen)."""
        seen: dict[str, None] = {}
        for a in self.articles:
            seen.setdefault(a.outlet or NO_OUTLET, None)
        return list(seen)

    def to_json(self, zones: bool = False) -> dict[str, Any]:
        """``{"articles": [{"doc", "date", "outlet", "title", "date_zone"?, "date_note"?}], "first": {label: {"doc", "date",
        "tied"}}, "range": {"start", "end", "before", "after"} | null, "changes": {label: [{"value",
        "doc", "date", "tied"}]}}`` (``changes``: each figure that changed, :meth:`Subject.change_steps`) (:meth:`range_json`); ``tied``: the other docs that may have been first (a day-only date on the
        first's day, :meth:`Subject.first_and_tied`), in date order, each article once and never the
        first's own, ``[]`` when none. With ``zones`` (the ``timeline --json`` command), an article
        whose date has a time also gives how its zone was read (:attr:`zones`: ``date_zone``,
        ``date_note``, as ``list`` gives them)."""
        first: dict[str, dict[str, Any]] = {}
        changes: dict[str, list[dict[str, Any]]] = {}
        for label, subject in self.subjects.items():
            s, tied = subject.first_and_tied()
            if s is not None:
                first[label] = {"doc": s.doc, "date": s.date, "tied": [t.doc for t in tied]}
            if subject.changed():
                # The text output's "Figures that changed" steps: each value at its first report
                changes[label] = [
                    {"value": c.said, "doc": c.doc, "date": c.date, "tied": [t.doc for t in once_each(others, {c.doc})]}
                    for c, others in subject.change_steps()
                ]
        return {
            "articles": [self._article_json(a) if zones else a.to_json() for a in self.articles],
            "first": first,
            "range": self.range_json(),
            "changes": changes,
        }

    def _article_json(self, a: TimelineArticle) -> dict[str, Any]:
        """An article's row: :meth:`TimelineArticle.to_json`, with ``date_zone`` and
        ``date_note`` for a timed date (how its zone was read, as ``list`` says it)."""
        row = a.to_json()
        zone = self.zones.get(a.doc)
        if zone is not None:
            row["date_zone"], row["date_note"] = zone
        return row

    def range_json(self) -> dict[str, Any] | None:
        """``{"start", "end", "before", "after"}``: the dates of the first and last article of
        the bulk (:meth:`bulk`, as written) and how many dated articles lie outside it on each
        side (the timeline screen's arrows); None without a dated article. In a :attr:`yearless`
        timeline, the year-less dates the axis places (``"--03-14"`` … ``"--03-16"``)."""
        bulk = self.bulk()
        if bulk is None:
            return None
        # By place on the axis (a day-only date from its midnight), as the bulk was measured; the
        # articles' order counts such a date at its day's end (DateOrder.report_key).
        dated = sorted((a for a in self.articles if self.key(a.date)[0] == 0), key=lambda a: self.key(a.date))
        inside = dated[bulk.before : len(dated) - bulk.after]
        return {"start": inside[0].date, "end": inside[-1].date, "before": bulk.before, "after": bulk.after}


def _own_entry(earlier: Any, v: Any) -> bool:
    """Whether an article's ``earlier`` value (a fact value's ``earlier``) was written under a live
    blog entry of its own, another than the one of ``v``, the value that replaced it."""
    entry = getattr(earlier, "entry", "")
    return bool(entry) and entry != getattr(v, "entry", "")


def _entry_date(v: Any, date: str | None) -> str | None:
    """A fact value's date as the timeline places it: a live blog's entry time on its article's
    day (the fact sheet's ``date``, :func:`~waic_reader.index.analysis.facts.extract`), else the
    article's date."""
    own = getattr(v, "date", None)
    if isinstance(own, str) and date and "T" not in date and own.startswith(date) and "T" in own:
        return own
    if isinstance(own, str) and date and getattr(v, "entry", "") and "T" in own:
        return own  # an entry's time in an article dated with its last update's (round s29-f)
    if date and getattr(v, "entry", "") and isinstance(v, FactValue):
        # An earlier entry's value read back from the kept figures (the index, figures.json) has
        # no date of its own: dated by its entry's time as the fact sheet dates it. A second
        # timeline put a blog's "07:30 Three dead" at its last update, 21:45, beside its "16:45
        # … seven" (t13p F13: "Andean Times (3 Jun 2026 21:45)" three times, a first changed).
        probe = replace(v, date=date)
        entry_dated(probe)
        return probe.date
    return date


def entry_at(entries: Sequence[tuple[int, str]], offset: int) -> str:
    """The time ("HH:MM") of the live-blog entry holding ``offset`` (``entries``: where each entry
    starts and its time, in text order: ``facts.extract.live_entries``); "" before the first entry
    or in an article without entries."""
    at = bisect_right(entries, (offset, "\uffff")) - 1
    return entries[at][1] if at >= 0 else ""


# An article's own time of day in its date ("2026-03-12T17:00:00" → "17:00"; its last update).
_OWN_TIME = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)")


def written_at(entries: Sequence[tuple[int, str]], offset: int, date: str | None) -> str:
    """When ``offset`` of a live blog (``entries``: :func:`entry_at`'s) dated ``date`` was written,
    to order its mentions by: its entry's time ("HH:MM"); outside its entries (a "Key points"
    summary, a standfirst) the article's own time, its last update ("17:00"), or for an article
    dated by its day "~", after every entry (such text is written last). "" for an article without
    entries (its mentions then go by offset). Ranking text outside entries before every entry made
    a newest-first blog's summary its first mention (review s36-rv2 finding 11)."""
    if not entries:
        return ""
    if at := entry_at(entries, offset):
        return at
    own = _OWN_TIME.match(date or "")
    return own.group(1) if own is not None else "~"


def once_each(sightings: Iterable[Sighting], named: Iterable[str] = ()) -> list[Sighting]:
    """``sightings`` in their order, each article (doc id) once, at its first sighting, and none
    of the articles ``named`` already: a list that names articles names each one once."""
    seen = set(named)
    out: list[Sighting] = []
    for s in sightings:
        if s.doc not in seen:
            seen.add(s.doc)
            out.append(s)
    return out


def first_and_tied(
    sightings: Sequence[Sighting], yearless: bool = False, start: str = NEW_YEAR
) -> tuple[Sighting, list[Sighting]]:
    """The first of ``sightings`` (in date order, at least one dated), and the others that may
    have been first, in date order; undated ones are never either. ``yearless``: no article's
    date has a year, so a day and month is ordered as that day (:func:`placed`, its run of days
    starting on ``start``).

    A day-only date ("14 Mar 2025") is a whole local day, a month-only one a whole month: it
    cannot be ordered against a timed one inside it, nor against another of the same day. The
    sightings no other is certainly before are the candidates; the first is the earliest timed
    one among them (a day-only article on an earlier day is certainly before it, so it is not a
    candidate then), else the earliest; the rest are tied."""
    dated = [(s, span) for s in sightings if (span := date_span(s.date, yearless, start)) is not None]
    # X is certainly after Y when X starts after a timed Y's instant or at or after the end
    # of an untimed Y's day: the candidates start no later than every timed instant and
    # before every untimed end (X itself passes both).
    inf = float("inf")
    instant = min((lo for _, (lo, _hi, timed) in dated if timed), default=inf)
    day_end = min((hi for _, (_lo, hi, timed) in dated if not timed), default=inf)
    candidates = [(s, timed) for s, (lo, _hi, timed) in dated if lo <= instant and lo < day_end]
    first = next((s for s, timed in candidates if timed), candidates[0][0])
    return first, [s for s, _ in candidates if s is not first]


def or_first(
    tied: Sequence[Sighting],
    when: Callable[[str | None], str],
    own: Sighting | None = None,
    name: Callable[[Sighting], str] | None = None,
) -> str:
    """The reports that may have come first besides a step's own, as the timeline's "Changed:"
    lists write them after it: ``or Reuters, wire/posted: 14 Mar 2025`` (grouped by their date as
    ``when`` writes it, each name once); a report named as the step's ``own`` is (its outlet on
    the day ``when`` writes) is left out: "24 boats (Harbour Times, 1 Jan 2025; or Harbour Times:
    1 Jan 2025)" named one outlet as its own alternative. "" when none is left. ``name``: how a
    report is named (:meth:`Subject.name`; by default its outlet, else its doc id)."""
    named = name or (lambda s: s.outlet or s.doc)
    shown = (named(own), when(own.date)) if own is not None else None
    groups: dict[str, dict[str, None]] = {}
    for s in tied:
        who, day = named(s), when(s.date)
        if (who, day) != shown:
            groups.setdefault(day, {})[who] = None
    return "; ".join(f"or {', '.join(names)}: {day}" for day, names in groups.items())


def change_chain(subject: Subject, when: Callable[[str | None], str], width: int) -> str:
    """A figure's changes as the timeline writes them (``timeline`` and the screen's "Changed:"):
    each value with its first report, the reports that may have been first (:func:`or_first`),
    ``  →  `` between steps in time order, and steps whose order cannot be known (day-only
    reports of one day, :meth:`Subject.change_groups`) joined by `` · `` in brackets after
    "same day, order unknown:". ``width``: how much of each value (:attr:`Sighting.said`) is shown."""

    names = subject.names()

    def name(s: Sighting) -> str:
        return names.get(s.doc, s.outlet or s.doc)

    def step(c: Sighting, tied: Sequence[Sighting]) -> str:
        alternatives = or_first(tied, when, c, name)
        # The value as the fact sheet writes it ("2 → 4 → 5"), not the words matched ("Two
        # people → Four people → five → three dead", #17 after s15, fault 4).
        return f"{one_line(c.said, width)} ({name(c)}, {when(c.date)}" + (f"; {alternatives})" if alternatives else ")")

    return "  →  ".join(
        step(*group[0]) if len(group) == 1 else "[same day, order unknown: " + " · ".join(step(*g) for g in group) + "]"
        for group in subject.change_groups()
    )


SAID_VALUES = 3  # the most values a shared label's figure is named by ("families · 40 → 55")


def _values_said(fact: Any) -> str:
    """A fact's distinct values as the fact sheet writes them, in its order, " → " between them,
    at most :data:`SAID_VALUES` and then "→ …": what tells apart two facts of one label."""
    shown = list(dict.fromkeys(value_text(v) for v in fact.values))
    return " → ".join(shown[:SAID_VALUES] + (["…"] if len(shown) > SAID_VALUES else []))


def _fact_value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def build_timeline(
    articles: Sequence[_ArticleLike],
    mentions: Mapping[str, Iterable[_MentionLike]],
    facts: Iterable[Any] = (),
    spelled: Mapping[str, Mapping[str, int]] | None = None,
    entries: Mapping[str, Sequence[tuple[int, str]]] | None = None,
) -> Timeline:
    """Order ``articles`` by date and follow every entity (``mentions``: doc → its mentions) and
    every fact (``facts``: :class:`~waic_reader.index.analysis.facts.Fact`) through them.

    Subjects are keyed by the entity's name as the entity list and the matrix group and name it
    across the corpus (:func:`~waic_reader.index.analysis.entities.grouping.group`) and the fact's label; each fact is a subject
    of its own, as the fact sheet groups them (facts sharing a label are told apart by their
    values, "passengers · up to 300"), and a fact the sheet does not compare is one subject per
    kind of thing it counts, "people evacuated · residents" beside "people evacuated · people" (no
    change between reports the sheet does not compare); an entity name wins over an equal fact label. Numeric entity types
    and calendar facts (dates, years) are left out: they are not news an outlet breaks; so are
    facts whose text names neither a measure nor a counted thing (labelled by their kind and
    unit alone: ``facts.measure_label``).

    ``spelled``: how often each name is written each way in the corpus (folded text → {text:
    count}, ``kept_mentions.spellings``), by which an entity is named as the entity list names
    it (:func:`~waic_reader.index.analysis.entities.spellings.written_name`); by default counted
    from ``mentions`` (then give every mention, not only the first of each key).

    ``entries``: each live blog's entries (doc → (start, "HH:MM")s, ``facts.extract.live_entries``):
    a name written in an entry is written at its time, as the blog's figures are (t13z H21), and
    its first there is its earliest so (a blog written newest first names it last).
    """
    # The one order of dates (as list --sort date and the fact sheet): years resolved from the
    # others; with no year anywhere, a run of days over New Year December first (:func:`year_start`).
    dates = DateOrder(a.date for a in articles)
    spell = OutletSpelling(a.outlet for a in articles)  # one lane per outlet, whatever its case
    items = [TimelineArticle(a.doc, dates.resolve(a.date), spell(a.outlet), a.title) for a in articles]
    order = {a.doc: n for n, a in enumerate(items)}
    yearless, start = dates.yearless, dates.start
    items.sort(key=lambda a: (dates.report_key(a.date), order[a.doc]))
    rank = {a.doc: n for n, a in enumerate(items)}
    by_doc = {a.doc: a for a in items}

    subjects: dict[str, Subject] = {}
    # Entities as the entity list and the matrix group them across the corpus (grouping.group:
    # one firm under its legal forms, a lone surname its one person, a short form its one long
    # form), named as they name them; "who was first" is then over all the entity's articles,
    # never per spelling (issue 13 F4: one firm was ten subjects). Grouped at read time from the
    # kept first mentions, so the cache keeps raw keys and stays valid.
    # Each article's first mention of each key (what the cache keeps, ``first_mentions``): the
    # same subjects, and names (the spelling most mentions write), whether every mention is
    # given or the kept ones.
    # In a live blog, the first of each key in each entry: its first in time is one of them.
    timed = entries or {}
    own_dates = {a.doc: a.date for a in articles}

    def said(doc: str, m: Mention) -> tuple[str, int]:
        """When and where ``doc`` writes ``m``: its live entry's time ("" outside entries), its offset."""
        return entry_at(timed.get(doc, ()), m.start), m.start

    def earlier(doc: str, m: Mention, than: Mention) -> bool:
        """Whether ``doc`` writes ``m`` before ``than``: by their dated times (:func:`written_at`),
        then offsets."""
        blog, date = timed.get(doc, ()), own_dates.get(doc)
        return (written_at(blog, m.start, date), m.start) < (written_at(blog, than.start, date), than.start)

    own: dict[str, list[Mention]] = {}
    given: list[list[_MentionLike]] = []
    for doc, found in mentions.items():
        if doc not in by_doc:
            continue
        taken: set[tuple[str, str, str]] = set()
        own[doc] = []
        given.append(sorted(found, key=lambda m: m.start))
        blog = timed.get(doc, ())
        for m in given[-1]:
            type_ = m.key.partition(":")[0]
            # (each way of writing a key: "DNB" in "De Nederlandsche Bank (DNB)" joins the
            # short form written alone elsewhere, as in the entity list; t13al N11)
            at = (m.key, m.text, entry_at(blog, m.start) if blog else "")
            if m.noise or at in taken or type_ in NUMERIC_TYPES:
                continue
            taken.add(at)
            own[doc].append(Mention(m.start, m.end, m.text, type_, m.key))
    # Subjects in the order their first mentions come in the articles given (as before the
    # grouping), not the entity list's by mention count: one order whatever the source of the
    # mentions (kept by the index or by the folder's cache, or read again).
    place = {doc: n for n, doc in enumerate(own)}
    entities: list[tuple[tuple[int, int], Entity, dict[str, Mention]]] = []
    counts = spellings(given) if spelled is None else spelled
    for ent in group(own):
        # Named by every mention of the corpus, as the entity list names it: by the first of each
        # key alone a dateline's "HALVIK" named the town every article writes "Halvik".
        # (the entity list's rule on the corpus's counts: no mention built per spelling written)
        ent.name = corpus_named(ent, counts, ent.key.partition(":")[2]) or ent.name
        first_of: dict[str, Mention] = {}
        for doc, m in ent.mentions:
            if doc not in first_of or earlier(doc, m, first_of[doc]):
                first_of[doc] = m
        entities.append((min((place[doc], m.start) for doc, m in first_of.items()), ent, first_of))
    for _at, ent, first_of in sorted(entities, key=lambda e: e[0]):
        subject = subjects.setdefault(
            ent.name, Subject(ent.name, "entity", ent.label, yearless=yearless, year_start=start, key=ent.key)
        )
        seen = {s.doc for s in subject.sightings}  # (two entities of one name and two types: one subject)
        for doc, m in first_of.items():
            if doc not in seen:
                article = by_doc[doc]
                date = entry_date(article.date, said(doc, m)[0])
                subject.sightings.append(Sighting(doc, date, article.outlet, m.start, m.end, m.text))
    # The fact sheet's facts, as it groups them (one source of facts): each fact one figure through
    # time. Merging facts that share a label made the sheet's "240 passengers" (5 sources) and
    # "up to 300 passengers" (1 source) one figure here, "passengers: 240 (…) (undated: up to 300)"
    # (#17 s16 t17, fault 3). Facts sharing a label are told apart by their values as the fact
    # sheet's row shows them: "passengers · 240", "passengers · up to 300", "families · 40 → 55".
    kept: list[Any] = []
    for fact in facts:
        # (facts are the sheet's Fact or a stand-in without ``compared``: a compared row unless said)
        flagged = getattr(fact, "compared", True) and fact.agree is False
        if not flagged and all(getattr(v, "kind", "") in CALENDAR_KINDS for v in fact.values):
            # a calendar row is no news an outlet breaks, unless the sheet flags it (DISAGREE):
            # then it is a figure that changed ("year of inspection 2024 → 2023", t13ag-r R6); the
            # guards below hold for flagged rows too (review s41-rv finding 14: a flagged row
            # skipped them all)
            continue
        if any(listed_only(v) for v in fact.values):
            continue  # distances from no named place: never one figure moving (round s37-f)
        if not any(v.measure or v.head for v in fact.values):
            # Nothing named what it counts or measures ("amount (EUR)", "percentage",
            # "duration"): facts of one such label are different figures, never one moving.
            continue
        kept.append(fact)
    # A row the fact sheet does not compare ("not compared": "about 4,500 residents" beside "some
    # 4,600 people" evacuated) is one figure per kind of thing counted, as the sheet lists its values
    # apart: a step between two kinds read as a change the sheet never made (t13p F16, round s30-b).
    rows: list[tuple[str, Any]] = []
    for fact in kept:
        # Values of one kind from articles the sheet did not compare (one counting residents and
        # people apart, another people alone) are figures apart too: no step between them (t13r F2).
        compared = getattr(fact, "compared", True)
        counted_by = kinds_by_doc(fact.values) if not compared else {}
        kinds: dict[tuple[str, frozenset[str]], list[Any]] = {}
        for v in fact.values:
            kinds.setdefault((dimension_of(v), counted_by[v.doc]) if not compared else ("", frozenset()), []).append(v)
        if len(kinds) < 2:
            rows.append((str(fact.label), fact))
            continue
        nouns = Counter(kind for kind, _ in kinds)
        for (kind, counted), values in kinds.items():
            noun = dimension_noun(kind) if kind.startswith("count|") else kind
            if nouns[kind] > 1:
                # "people evacuated · people (beside residents)": an article's people counted apart
                beside = sorted(dimension_noun(k) for k in counted if k != kind)
                noun += f" (beside {', '.join(beside)})" if beside else " (alone)"
            rows.append((f"{fact.label} · {noun}", replace(fact, values=values)))
    shared = Counter(label for label, _fact in rows)
    for label, fact in rows:
        if label in subjects:
            continue  # an entity of that name
        # An article's values a later one of its own replaced ("Three people were killed …" then
        # "… had risen to four": ``earlier``) are its reports too, in its text's order: the 3 first,
        # then the 4, one outlet's own steps (round s29-e).
        # A value a change replaced is said before its new one whatever its place in the text
        # ("Five people were killed …, raising the toll from three": the 3 first, t13w F1, round
        # s33-j: the timeline read 5 → 3 → 7): each report placed at its value's place at most.
        reports = [e for v in fact.values for e in (*getattr(v, "earlier", ()), v)]
        said_at = {id(e): min(e.start, v.start) for v in fact.values for e in (*getattr(v, "earlier", ()), v)}
        # Each report's value as the sheet tells values apart (display.amount_groups: "3 days" and
        # "72 hours" one entry), and a row the sheet says agrees one value: its values are no
        # change in time ("about 10 km" then "11 km", agreeing on the sheet, was a change here,
        # and "3 days" · "72 hours" two values "order unknown": t13ac M25, round s36-x4).
        agrees = getattr(fact, "compared", True) and getattr(fact, "agree", False)
        # (each named by its first report's value: "3" for "3 days" and "72 hours"; bounds that
        # agree, "at least 31" then "at least 47", stay two values: grouping.within_margin)
        groups = amount_groups(reports)
        if agrees and len(groups) > 1 and all(within_margin(a[0], b[0]) for a in groups for b in groups):
            groups = [reports]
        amount_of = {id(e): _fact_value(g[0].value) for g in groups for e in g}
        # An article's earlier value ("now costs £5,460, up from £5,220") is history before the
        # article: where an article dated before it already reported the value it has now, the
        # earlier one is no report after that (review s45-rv finding 10: "£5,460 (07:00) →
        # £5,220 (12:00)", a fall that never happened). Linear: each amount's first report.
        first_said: dict[str, tuple[int, float, str]] = {}
        for v in fact.values:
            if v.doc in by_doc and by_doc[v.doc].date:
                reported_at = dates.report_key(by_doc[v.doc].date)
                if amount_of[id(v)] not in first_said or reported_at < first_said[amount_of[id(v)]]:
                    first_said[amount_of[id(v)]] = reported_at
        stale = {
            id(e)
            for v in fact.values
            if v.doc in by_doc
            and by_doc[v.doc].date
            and first_said.get(amount_of[id(v)], (9, 0.0, "")) < dates.report_key(by_doc[v.doc].date)
            for e in getattr(v, "earlier", ())
            # (a live blog's earlier entry is a report at its own time, never history before the
            # article: its "09:15 … 9 dead" stays though another outlet said the blog's later 17
            # first; t13an N10, the README's "a report of it at that article's date")
            if not _own_entry(e, v)
        }
        reports = [e for e in reports if id(e) not in stale]
        firsts: dict[str, Any] = {}
        for v in reports:
            if v.doc in by_doc and (v.doc not in firsts or said_at[id(v)] < said_at[id(firsts[v.doc])]):
                firsts[v.doc] = v
        if not firsts:
            continue
        # A dated article's other values are reports of their own, each at its first place in it,
        # and a live blog's at its entry's time (the fact sheet's ``date``): Lusa's "By nightfall
        # the toll had risen to four" was no report of 4, nor a blog's "09:12 … three dead" a
        # report before its "12:55 … risen to four" (t13n F9, F12).
        # Values of one article at one time are never steps: only a value its own text replaced
        # (``earlier``, and the value that replaced it) or one of another live entry's time is a
        # report of its own ("offered Tk 12,500, far below the Tk 23,000 the unions have demanded"
        # was a change 12,500 → 23,000 within one article: review s41-rv finding 4).
        stepped = {id(e) for v in fact.values for e in (*getattr(v, "earlier", ()), v) if getattr(v, "earlier", ())}
        others: dict[tuple[str, Any], Any] = {}
        for v in reports:
            first = firsts.get(v.doc)
            if first is None or not by_doc[v.doc].date or amount_of[id(v)] == amount_of[id(first)]:
                continue
            date = by_doc[v.doc].date
            if id(v) not in stepped and _entry_date(v, date) == _entry_date(first, date):
                continue
            key = (v.doc, amount_of[id(v)])
            if key not in others or v.start < others[key].start:
                others[key] = v
        if shared[label] > 1:
            label = base = f"{label} · {_values_said(fact)}"
            n = 1
            while label in subjects:  # two facts of one label and first value: numbered
                n += 1
                label = f"{base} ({n})"
        subject = subjects[label] = Subject(label, "fact", yearless=yearless, year_start=start)
        for doc, v in [*firsts.items(), *((doc, v) for (doc, _value), v in others.items())]:
            article = by_doc[doc]
            subject.sightings.append(
                Sighting(
                    doc,
                    _entry_date(v, article.date),
                    article.outlet,
                    v.start,
                    v.end,
                    v.text,
                    amount_of[id(v)],
                    value_text(v),
                    v,
                )
            )
    for subject in subjects.values():
        subject.sightings.sort(key=lambda s: rank[s.doc])
    return Timeline(items, subjects)
