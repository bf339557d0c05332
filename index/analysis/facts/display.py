"""The fact sheet's words: values and amounts as written for a reader, dates, sources' names and
a fact's timeline of values."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Protocol, TypeVar

from waic_reader.index.analysis.facts.dimensions import dimension_noun, dimension_of, kinds_by_doc, listed_only
from waic_reader.index.analysis.facts.model import Fact, FactValue
from waic_reader.index.analysis.figures import SHARE_MARGIN, SI_UNITS, YEN_OR_YUAN
from waic_reader.index.corpus.date_values import as_datetime, readable, said
from waic_reader.index.corpus.text import one_line

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _number(x: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:,.6g} {word}"
    return f"{x:,.6g}" if x != int(x) or abs(x) >= 1e6 else f"{int(x):,}"


def _money_number(x: float) -> str:
    """An amount of money as :func:`_number` writes it, its pence or cents kept whole: "1.60" for
    1.6 (a share price of "£1.60" was shown "£1.6", review s43-rv finding 16), "2.5 million"."""
    if abs(x) < 1e6 and x != int(x):
        return f"{x:,.2f}" if round(x, 2) == x else f"{x:,.6g}"
    return _number(x)


# Units written as a word, not a symbol: "12,400 acres", never "12,400 acre" ("km", "ha", "l" stay).
_PLURAL_UNITS = {"acre": "acres"}


def value_text(v: FactValue) -> str:
    """The value in one normal form, whatever the outlet's style: "12", "at least 14",
    "$1.8 billion", "40 km", "5%"; "twelve" and "12" read the same. A year written relative to its
    article's date is as written ("next year", "39 years ago"; its amount, :func:`amount_text`,
    the year it names), so a row says how its source put it."""
    if v.kind == "year" and v.display and not re.search(r"\d{4}", v.display):
        return one_line(v.display)
    x = amount_text(v)
    return f"{v.qualifier} {x}" if v.qualifier and not isinstance(v.value, str) else x


# "25 miles" and "40 km" agree: the rounding of a conversion (the grouping compares them so too).
CONVERSION_TOLERANCE = 0.03


def converted_same(a: FactValue, b: FactValue) -> bool:
    """Whether two values are one amount written in two units of one dimension, within a
    conversion's rounding (:data:`CONVERSION_TOLERANCE`): "12 km" and "7.5 mi", "72 hours" and
    "three days", "1.2 km" and "1,200 m"; one reading in two temperature scales each rounded as
    the other is written (:func:`temperature_same`: "10F" and "-12C"); a range is never."""
    if a.unit == "°C" and b.unit == "°C":
        return temperature_same(a, b)
    fa, fb = SI_UNITS.get(a.unit), SI_UNITS.get(b.unit)
    if a.unit == b.unit or not fa or not fb or fa[1] != fb[1] or a.high is not None or b.high is not None:
        return False
    if isinstance(a.value, str) or isinstance(b.value, str):
        return False
    sa, sb = float(a.value) * fa[0], float(b.value) * fb[0]
    if abs(sa - sb) <= CONVERSION_TOLERANCE * max(abs(sa), abs(sb)):
        return True
    # each converted and rounded as the other is written is the other: "some 1.2 miles" (1.93 km,
    # to whole km 2) and "about 2 km" (1.24 mi, to a tenth 1.2) are one distance; "1.5 miles" and
    # "2 km" are not (2 km is 1.2 mi), nor are amounts a tenth apart ("1 mile" and "2 km" each round
    # to the other in whole units). t13y G18, round s36-c: two steps of one row.
    return (
        abs(sa - sb) <= _ROUNDED_TOLERANCE * max(abs(sa), abs(sb))
        and _rounds_to(sa / fb[0], b)
        and _rounds_to(sb / fa[0], a)
    )


def written_fahrenheit(v: FactValue) -> float | None:
    """The °F reading its source wrote of a temperature compared in °C (its ``alt``, kept by
    extract._fact_value: "10F", "102 degrees Fahrenheit"), None when the °C is what the source
    wrote or shows first ("-12C", the "41C" of "106F (41C)"): the number the value's words write
    is the °F one's."""
    if v.unit != "°C" or v.alt is None or v.alt[1] != "°F":
        return None
    m = _WRITTEN_NUMBER.search(v.display)
    return v.alt[0] if m is not None and abs(float(m.group().replace(",", ""))) == abs(v.alt[0]) else None


def _reading(v: FactValue) -> tuple[float, str, float] | None:
    """A temperature as its source wrote it: (number, scale, step of its last digit: a tenth for
    "-12.5C", else a degree, trailing zeros no coarser rounding of a temperature)."""
    if v.kind != "quantity" or isinstance(v.value, str) or v.high is not None:
        return None
    f = written_fahrenheit(v)
    x, scale = (f, "°F") if f is not None else (float(v.value), "°C")
    m = _WRITTEN_NUMBER.search(f"{abs(x):g}" if f is not None else v.display)
    decimals = m.group("decimals") if m is not None else None
    return x, scale, 10.0 ** -len(decimals) if decimals else 1.0


def temperature_same(a: FactValue, b: FactValue) -> bool:
    """Whether two temperatures (both compared in °C) are one reading written in two scales, each
    converted and rounded as the other is written: "10F" (-12.2 °C, to a degree -12) and "minus 12
    degrees Celsius" (10.4 °F, to a degree 10) are one; "10F" and "-11C" (12.2 °F) are not (t13ab
    L8, round s36-q; as :func:`converted_same` does for distances since round s36-c)."""
    ra, rb = _reading(a), _reading(b)
    if ra is None or rb is None or ra[1] == rb[1]:
        return False

    def to(x: float, scale: str) -> float:
        return x * 9 / 5 + 32 if scale == "°F" else (x - 32) * 5 / 9

    def rounds(x: float, step: float, y: float) -> bool:
        return abs(math.floor(x / step + 0.5) * step - y) < step * 1e-6

    if rounds(to(ra[0], rb[1]), rb[2], rb[0]) and rounds(to(rb[0], ra[1]), ra[2], ra[0]):
        return True
    # a hot thing's round figures, rounded at the place of their last non-zero digit: "2,100 degrees
    # Fahrenheit" (1,148.9 °C, to tens 1,150) and "1,150 degrees Celsius" (2,102 °F, to hundreds
    # 2,100) are one (t13ac M10, round s36-x2); only within a hundredth of each other, so the air's
    # "100F" (37.8 °C) and "40C" are not
    sa, sb = _significant_step(ra), _significant_step(rb)
    ca, cb = (to(x, "°C") if scale == "°F" else x for x, scale, _ in (ra, rb))
    return (
        abs(ca - cb) <= _TEMPERATURE_ROUND_SHARE * max(abs(ca), abs(cb))
        and rounds(to(ra[0], rb[1]), sb, rb[0])
        and rounds(to(rb[0], ra[1]), sa, ra[0])
    )


# How far apart (a share of the larger, in °C) two temperatures rounded at their significant
# figures may be and still be one reading (:func:`temperature_same`).
_TEMPERATURE_ROUND_SHARE = 0.01


def _significant_step(r: tuple[float, str, float]) -> float:
    """The place of a reading's last non-zero digit ("2,100": a hundred, "1,150": ten, "-12": one;
    a decimal's step as written)."""
    x, _, step = r
    if step < 1.0 or x == 0:
        return step
    digits = f"{abs(x):.0f}"
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


# How far apart two amounts rounded in two units may be and still be one (:func:`converted_same`).
_ROUNDED_TOLERANCE = 0.1


# The number as written in a value's words ("1.2" of "some 1.2 miles", "1,380" of "1,380 feet").
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _rounds_to(x: float, v: FactValue) -> bool:
    """Whether ``x`` (in ``v``'s unit) rounded to the place of the last digit ``v`` is written to
    is ``v``'s value: a tenth for "1.2", a unit for "2", a hundred for "400" (its trailing zeros);
    a number in words by its value's digits ("two" a unit)."""
    m = _WRITTEN_NUMBER.search(v.display)
    if m is not None and m.group("decimals"):
        step = 10.0 ** -len(m.group("decimals"))
    else:
        digits = m.group().replace(",", "") if m is not None else str(int(float(v.value)))
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return abs(round(x / step) * step - float(v.value)) < step * 1e-6


def amount_text(v: FactValue) -> str:
    """:func:`value_text` without its qualifier: "12" for "at least 12" and for "about 12"."""
    if isinstance(v.value, str):
        if v.kind == "date":
            # the one readable form of a day (date_values.readable): "13 Aug", "26 Jul 2024",
            # never "08-13" (t13k F11)
            return readable(v.value if len(v.value) == 10 else f"--{v.value}", time=False)
        return v.value
    if v.kind == "year":
        return str(int(v.value))
    num = _money_number if v.kind == "money" else _number
    x = num(float(v.value))
    if v.high is not None:
        x = f"{x}–{num(v.high)}"
    if v.kind == "money":
        sym = _SYMBOL.get(v.unit)
        if v.unit == YEN_OR_YUAN:
            x = f"¥{x} (JPY or CNY)"  # the text does not say which (see figures.resolve_currency)
        else:
            x = f"{sym}{x}" if sym else f"{x} {v.unit}"
    elif v.kind == "percent":
        if v.margin >= SHARE_MARGIN:
            # a share in words: "a third" 33%, "two-thirds" 67% (a written figure's rounding margin,
            # percent.rounding_margin, keeps its digits: "52.5%")
            x = _number(round(float(v.value)))
        x = f"{x}%" if v.unit == "%" else f"{x} points"
    elif (f := written_fahrenheit(v)) is not None:
        x = f"{_number(f)} °F"  # "10F" as its source wrote it, compared in °C (t13ab L8)
    elif v.kind == "quantity" and v.unit != "magnitude":
        many = v.high is not None or float(v.value) != 1
        x = f"{x} {_PLURAL_UNITS.get(v.unit, v.unit) if many else v.unit}"
    elif v.kind == "duration" and v.high is None and float(v.value) == 0.5 and v.unit in _HALF_UNITS:
        x = _HALF_UNITS[v.unit]  # "about half an hour", never "about 0.5 hours" (t13ad N9)
    elif v.kind == "duration":
        # the singular for one unit: "for a week" is "1 week", never "1 weeks" (t13ac M14)
        x = f"{x} {v.unit}" if v.high is None and float(v.value) == 1 else f"{x} {v.unit}s"
    return x


# Half of one unit as the figures read it (figures._HALF_UNIT), shown as written.
_HALF_UNITS = {"hour": "half an hour", "day": "half a day", "minute": "half a minute"}


def when(date: str | None, *, year: bool = False) -> str:
    """A short reader's form of an article date, one form for every date of a fact sheet: "14 Mar
    08:10" with a time (in the local zone when the date has one, as ``list`` and the timeline show
    it: :func:`date_values.readable`), "14 Mar" without; with ``year`` (the sheet's dates span
    several years: :func:`sheet_year`) "14 Mar 2025 08:10", "2 Mar 1990". A year-less date is
    "14 Mar" and a month "Mar 2025" either way."""
    if not date:
        return ""
    if date.startswith("--") or len(date) == 7:
        return readable(date)  # "14 Mar" for a year-less day, "Mar 2025" for a month
    d = _local(date)
    if d is None:
        return date
    return said(d, year=year, time=_timed(date))


def sheet_year(facts: Iterable[Fact]) -> bool:
    """Whether the dates of ``facts`` (a fact sheet's) fall in more than one year, so that every
    date on the sheet is shown with its year (:func:`when`): a 1990 article's "2 Mar" would read
    as this year's among 2025 ones."""
    years = set()
    for fact in facts:
        for v in fact.values:
            if v.date and not v.date.startswith("--") and (d := _local(v.date)) is not None:
                years.add(d.year)
    return len(years) > 1


def _timed(date: str) -> bool:
    return "T" in date or " " in date.strip()


def _local(date: str) -> datetime | None:
    """``date`` as a datetime, a time with a zone in the local zone (as it is shown)."""
    d = as_datetime(date)
    if d is not None and d.tzinfo is not None and _timed(date):
        try:
            d = d.astimezone()  # the reader's local time
        except (OverflowError, OSError, ValueError):
            return d  # out of the local clock's reach (year 1, 9999): as written
    return d


class Named(Protocol):
    """What the fact sheet names a source by: an Article or a :class:`FactSource`."""

    @property
    def doc(self) -> str: ...

    @property
    def label(self) -> str: ...


def source_names(
    articles: Iterable[Named],
    *,
    tell_apart: bool = True,
    named: Mapping[str, str] | None = None,
    width: int | None = None,
    cells: Callable[[str], int] | None = None,
    cut_ids: bool = False,
) -> dict[str, str]:
    """A source name per doc id, the one naming of sources for every view (``facts`` and
    ``quotes`` text, the fact sheet and its export, the Quotes screen, the entity matrix's
    headers): the outlet (``named``: doc → the outlet's one spelling in the corpus, else the
    article's ``label``), else the whole doc id.

    With ``tell_apart``, articles of one outlet (:func:`~waic_reader.index.corpus.listing.outlet_key`:
    "Reuters", "reuters" and "Reuters " are one) get their doc id added ("AP (ap/ferry)"); with
    ``cut_ids``, only the start of it that tells them apart (6 characters at least; an id of at
    most :data:`WHOLE_ID` is kept whole; a cut one ends in "…": "Reuters (003_bf…)"), for columns.
    Without ``cut_ids`` an id is never cut (a cut id addresses nothing: "notes/co" was
    "notes/control"). ``width``: each name fitted to that many terminal cells (``cells`` measures
    them; the UI passes ``rich.cells.cell_len``), the tag kept whole at its end, and names that
    would read alike once cut ("Associated Pre…" of two long names) get theirs too."""
    from waic_reader.index.corpus.listing import outlet_key

    label = {a.doc: (named or {}).get(a.doc) or a.label or a.doc for a in articles}
    measure = cells or len

    def fitted(doc: str, tag: str) -> str:
        if not tag:
            name = label[doc]
            if width is not None and name == doc and "/" in doc and measure(one_line(doc)) > width:
                # A doc id too long for its column: its name without its folders ("yonhap-…",
                # not "intl/yo…": the folder is what ids share, t13an N19); whole in the detail.
                name = doc.rsplit("/", 1)[1] or doc
            return one_line(name, width, cells=cells)
        if tag is _MIDDLE:  # a doc id name alike another once cut: its end kept too
            return one_line(doc, width, middle=True, cells=cells)
        suffix = f" ({tag})"
        if width is None:
            return one_line(label[doc]) + suffix
        room = width - measure(suffix)
        tail = tails.get(doc, "")
        if room < 2 and tail and measure(f"{one_line(label[doc])} ({tail})") <= width:
            # The id's start too long for the column beside the outlet, the outlet whole and its
            # distinguishing tail not: both ("Meridian (first)" of "wire/meridian-0314-first" in
            # 20 cells, not "first" alone; review s47-rv2 finding 10)
            return f"{one_line(label[doc])} ({tail})"
        if room < 2 and tail and label[doc] != doc:
            # Too narrow for the outlet and its tag: the outlet cut, with the short part of the id
            # that tells it from the outlet's others ("Mo… 001" in 7 cells, "Bal… (1)" in 8): headed by that part
            # alone, "001" "002" or "1" "2", the column never said whose article it was (t13az N13,
            # t13ay N10). Parentheses where the outlet keeps three letters beside them, as the fact sheet names them.
            for wrapped, least in ((f" ({tail})", _OUTLET_MIN + 1), (f" {tail}", _OUTLET_MIN)):
                if width - measure(wrapped) >= least:
                    return one_line(label[doc], width - measure(wrapped), cells=cells) + wrapped
        if room < 2:
            # Too narrow for the outlet and the tag: the part of the doc id that tells it from
            # the outlet's other articles, from its start ("ferry-o…", "toll-cl…" of three
            # "feeds/coastline#…" items). The doc id cut in its middle kept the start they share
            # and two or three letters of the end: "feed…rns", "feed…mbs" (t13an N19).
            return one_line(tails.get(doc, doc), width, cells=cells)
        return one_line(label[doc], room, cells=cells) + suffix

    tags = dict.fromkeys(label, "")
    tails: dict[str, str] = {}  # doc → what of its id tells it from its outlet's others
    if not tell_apart:
        return {doc: fitted(doc, "") for doc in label}
    for fitted_alike in (False, True):  # the outlets alike, then the names alike once fitted
        alike: dict[str, list[str]] = {}
        for doc, name in label.items():
            alike.setdefault(outlet_key(fitted(doc, tags[doc]) if fitted_alike else name), []).append(doc)
        for docs in alike.values():
            if len(docs) > 1:
                for doc, tail in distinct_tails(docs).items():
                    tails.setdefault(doc, tail)  # (of its outlet's articles, the first pass)
                starts = _id_starts(docs) if cut_ids or width is not None else {d: d for d in docs}
                if cut_ids or width is not None:
                    # An id that goes on from another's whole id has no start of its own: its
                    # start, cut, was the start they share ("reykjavik-courier-…" beside
                    # "reykjavik-courier", t13as N17). Such ids are all tagged by their distinct
                    # ends instead, alike: "(courier)", "(saved)".
                    if any(o != d and d.startswith(o) for d in docs for o in docs):
                        starts = distinct_tails(docs)
                for doc, tag in starts.items():
                    # A doc id name is its own tag: cut in its middle instead (ids share starts).
                    tags[doc] = tag if label[doc] != doc else _MIDDLE
    names = {doc: fitted(doc, tags[doc]) for doc in label}
    if width is not None and tails:
        # Tails alike once cut ("ferry-overturns", "ferry-saved" in 7 cells): their ends kept
        # ("…rturns", "…-saved"), else the doc id cut in its middle as before.
        for ends in (True, False):
            seen: dict[str, list[str]] = {}
            for doc, name in names.items():
                seen.setdefault(outlet_key(name), []).append(doc)
            for docs in seen.values():
                if len(docs) > 1:
                    for doc in docs:
                        if doc in tails and ends:
                            names[doc] = one_line(tails[doc], width, keep_end=True, cells=cells)
                        elif doc in tails:
                            names[doc] = one_line(doc, width, middle=True, cells=cells)
    return names


_MIDDLE = "\x00middle"  # source_names: a doc id name cut in its middle
# source_names: the fewest cells of an outlet kept beside a tag in a narrow column ("Mo…": two
# letters and the "…", as in Quotes' 7 cells); with fewer the tag alone heads it.
_OUTLET_MIN = 3
WHOLE_ID = 12  # _id_starts: ids this short are shown whole


# What ends the start doc ids share, read as one part: a folder, a feed's "#", a word's "-".
_ID_SEPARATORS = "/#_-.:"


def distinct_tails(docs: list[str]) -> dict[str, str]:
    """Each doc id of ``docs`` (two or more) without the start they all share, cut back to just
    after its last separator (:data:`_ID_SEPARATORS`): "feeds/coastline#ferry-overturns" and
    "feeds/coastline#toll-climbs" → "ferry-overturns", "toll-climbs"; "wire/meridian-0314-first"
    and "…-update" → "first", "update"; ids sharing no such start are whole. What a column too
    narrow for its outlet and tag is headed by (:func:`source_names`): the part a reader tells
    the articles apart by, as a diff tool heads two files of one folder by their names.

    An id that is the whole shared start of the others ("web/courier" beside "web/courier-saved")
    ends where they go on: theirs is what follows, "saved", and its own its last part, "courier"
    (t13as N17: the tails were "courier" and "courier-saved", the part the ids share first, and a
    column cut to it read "courier…" beside "courier")."""
    shared = docs[0]
    for doc in docs[1:]:
        n = 0
        while n < min(len(shared), len(doc)) and shared[n] == doc[n]:
            n += 1
        shared = shared[:n]
    cut = max((shared.rfind(c) for c in _ID_SEPARATORS), default=-1) + 1
    end = len(shared)
    if shared in docs and all(len(doc) == end or doc[end] in _ID_SEPARATORS for doc in docs):
        return {doc: (doc[end:].lstrip(_ID_SEPARATORS) if len(doc) > end else "") or doc[cut:] or doc for doc in docs}
    return {doc: (doc[cut:] or doc) for doc in docs}


def _id_starts(docs: list[str]) -> dict[str, str]:
    """Each doc id's shortest start (6 characters at least, or the whole id) no other of ``docs``
    shares, cut by :func:`one_line` so a cut id ends in "…" ("reuter…"; issue 13 F9: "Reuters
    (reuter)" read as a whole id); an id of at most :data:`WHOLE_ID` characters, or one character
    longer than that start, is kept whole ("reuters_kb")."""
    out = {}
    for doc in docs:
        n = min(6, len(doc))
        while n < len(doc) and any(o != doc and o.startswith(doc[:n]) for o in docs):
            n += 1
        out[doc] = doc if len(doc) <= max(n + 1, WHOLE_ID) else one_line(doc, n + 1)
    return out


def first_said(v: FactValue) -> str:
    """What ``v``'s article said of its measure before it replaced it (``FactValue.earlier``), as
    its sources are followed on a row: "first said 3", "first said 2, then 3"; "" when nothing."""
    return f"first said {', then '.join(value_text(e) for e in v.earlier)}" if v.earlier else ""


def unordered(values: Sequence[FactValue]) -> list[list[FactValue]]:
    """``values`` (a row's, in its time order) cut into runs of consecutive values with one
    article date (a day without a time, or one time): nothing orders the reports of a run among
    themselves. An undated value is a run of its own (read in the corpus's order, as before).
    Returns the runs in order, every value in one."""
    runs: list[list[FactValue]] = []
    for v in values:
        if v.date and runs and runs[-1][-1].date == v.date:
            runs[-1].append(v)
        else:
            runs.append([v])
    return runs


def same_amount(a: FactValue, b: FactValue) -> bool:
    """Whether the sheet writes ``a`` and ``b`` as one amount (one entry of a row): whatever their
    qualifiers ("12", "at least 12": :func:`amount_text`) or units (:func:`converted_same`: "12
    km", "7.5 mi"; "72 hours", "3 days"). The one value equality of the sheet and the timeline
    (t13ac M25: the timeline had read "3 days" and "72 hours" as two values)."""
    return amount_text(a) == amount_text(b) or converted_same(a, b)


_T = TypeVar("_T")


def value_runs(reports: Sequence[_T], same: Callable[[_T, _T], bool]) -> list[list[_T]]:
    """A changing figure's history: ``reports`` (in their time order) cut into runs of consecutive
    reports of one value (``same`` as the run's first), a value again each time it comes back
    ("4 → 3 → 4 → 5", never "4 → 3 → 5": the 4 after the 3 is a step). The one history the fact
    sheet's rows (:func:`timeline`, with :func:`same_amount`) and the timeline's "Changed:"
    (``timeline.Subject.change_steps``, by the sheet's values) tell (t13aw N19)."""
    runs: list[list[_T]] = []
    for r in reports:
        if runs and same(runs[-1][0], r):
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def amount_groups(values: Sequence[FactValue]) -> list[list[FactValue]]:
    """``values`` grouped by amount (:func:`same_amount`, with each group's first value) in
    first-seen order; every value in one group."""
    groups: list[list[FactValue]] = []
    for v in values:
        at = next((g for g in groups if same_amount(g[0], v)), None)
        if at is None:
            groups.append([v])
        else:
            at.append(v)
    return groups


def _by_value(block: Sequence[FactValue]) -> list[list[FactValue]] | None:
    """A run of :func:`unordered` values listed by value (:func:`amount_groups`) when it holds
    several amounts; None when it is read in order (one amount). One article's several amounts
    are no steps either: what it said first and replaced is carried by its later value
    (``FactValue.earlier``, "first said"), so the amounts it still gives side by side are its
    sides of a dispute ("the operator says three hours' warning" and the mayor's "Twenty-five
    minutes"; "disputed, between 10 minutes and three hours"), never a change (t13at N1 re-test)."""
    amounts = amount_groups(block)
    return amounts if len(amounts) > 1 else None


def _by_currency(values: Sequence[FactValue]) -> list[list[FactValue]]:
    """A row's money values by currency (``FactValue.unit``: "USD", "EUR", "BTC"), in first-seen
    order, each in the row's order; one list of all of them when any is no money (a count or a
    measure is written in one unit's terms, converted by :func:`converted_same`)."""
    if not values or any(v.kind != "money" for v in values):
        return [list(values)]
    out: dict[str, list[FactValue]] = {}
    for v in values:
        out.setdefault(v.unit, []).append(v)
    return list(out.values())


def _chains(fact: Fact) -> list[tuple[Sequence[FactValue], str, bool]]:
    """The runs of values :func:`timeline` writes, each as (values, the noun it counts or "",
    whether it is a change in time): a compared row's values, one run (a change when they
    disagree); a row not compared, each kind of thing counted apart, never a change between kinds."""
    if fact.compared:
        if len(currencies := _by_currency(fact.values)) > 1:
            # amounts in different currencies with no rate are never a change from one to the
            # other ("$5 million → 75 BTC" read as the ransom changing currency): each currency
            # its own run, a change only among its own amounts (round s51-f)
            return [(vs, "", not fact.agree and len(amount_groups(vs)) > 1) for vs in currencies]
        return [(fact.values, "", not fact.agree)]
    if any(listed_only(v) for v in fact.values):
        return [(fact.values, "", False)]  # distances from no named place: listed, no change
    by_doc = kinds_by_doc(fact.values)
    kinds: dict[tuple[str, frozenset[str]], list[FactValue]] = {}
    for v in fact.values:
        kinds.setdefault((dimension_of(v), by_doc[v.doc]), []).append(v)
    return [(vs, dimension_noun(k) if k.startswith("count|") else "", True) for (k, _), vs in kinds.items()]


def order_unknown(fact: Fact) -> list[list[int]]:
    """The groups of ``fact.values`` (indices into it) that :func:`timeline` lists by value, " · "
    between them, because nothing orders their reports (one day without a time, or one time, and
    several amounts: t13y G11), in the row's order; [] when there are none. ``facts --json`` gives
    them as each fact's ``order_unknown``."""
    at = {id(v): i for i, v in enumerate(fact.values)}
    return [
        [at[id(v)] for v in block]
        for values, _noun, change in _chains(fact)
        if change
        for block in unordered(values)
        if _by_value(block) is not None
    ]


def timeline(fact: Fact, names: dict[str, str], compact: bool = False, year: bool | None = None) -> str:
    """A fact's values in order, each with its articles' dates and outlets:
    "12 (14 Mar 08:10, AP) → 14 (14 Mar 11:30, Reuters)". Consecutive articles with one value are
    listed together: "14 (14 Mar 11:30, Reuters; 14 Mar 12:15, NTB)"; ``compact`` names only the
    first of them and how many more: "14 (14 Mar 11:30, Reuters +1)". A source whose article gave
    another value first, in its own text, says so (:func:`first_said`): "4 (14 Mar 08:10, AP, first
    said 3)"; ``compact``, "4 (14 Mar 08:10, AP (first said 3) +2)". ``year``: every date with its
    year (:func:`sheet_year` of the sheet the fact is on; None: of this fact's values).

    Arrows are only for a row whose values conflict (a figure that changed). A row that agrees
    lists each amount once with all its sources, entries joined by " · ": "300 (14 Mar, AP; 15
    Mar, NTB)", "at least 7 (14 Mar, AP) · 9 (15 Mar, NTB)" (a lower bound the larger figure
    meets agrees: its grounds say the bounds are compatible)."""
    if year is None:
        year = sheet_year([fact])

    def who(v: FactValue) -> str:
        if compact and v.earlier:  # "Nordwire (first said 3) +2": the first source's own words
            return f"{who(replace(v, earlier=()))} ({first_said(v)})"
        return ", ".join(x for x in (when(v.date, year=year), names.get(v.doc, v.doc), first_said(v)) if x)

    def run(values: Sequence[FactValue], noun: str = "", change: bool = True) -> str:
        if not change:
            return " · ".join(entries(values, noun, change))
        undated = [v for v in values if not v.date]
        if undated and len(undated) < len(values):
            # Undated reports are no steps in time, listed apart and last as the timeline lists
            # them: joined to a dated entry of their amount, "19 (10 Mar 14:00, APR; rpp)" read as
            # reported that day, and where they went hung on the rest of the corpus (t13ah N11).
            apart = " · ".join(entries(undated, noun, False))
            return f"{run([v for v in values if v.date], noun)} (undated: {apart})"
        # Reports nothing orders (one date, a day without a time or one time: :func:`unordered`)
        # are no steps in time: several values among them are listed by value, " · " between
        # them, as the timeline brackets "same day, order unknown" (t13y G11: six wires of one
        # day read "17 → 18 → 17 → 18 …", five changes by doc id). Ordered steps keep arrows,
        # and such a group among them is bracketed: "15 (8 Mar, A) → [17 (…) · 18 (…)] → 19 (…)".
        blocks = unordered(values)
        steps: list[str] = []
        pending: list[FactValue] = []
        for block in blocks:
            amounts = _by_value(block)
            if amounts is None:
                pending.extend(block)
                continue
            steps.extend(entries(pending, noun, True))
            pending = []
            grouped = " · ".join(entries(vs, noun, True)[0] for vs in amounts)
            steps.append(grouped if len(blocks) == 1 else f"[{grouped}]")
        steps.extend(entries(pending, noun, True))
        return " → ".join(steps)

    def entries(values: Sequence[FactValue], noun: str, change: bool) -> list[str]:
        # Consecutive values of one amount are one entry, whatever their qualifiers: "12" and "at
        # least 12" agree, and an arrow between them read as a change (#16, t13d fault 5). The
        # entry is written as its first value is, and a source that qualifies it otherwise says
        # how before its date: "12 (14 Mar 08:10, AP; at least 12: 14 Mar 11:30, Reuters)".
        # Without a ``change`` (the values agree) every value of one amount is one entry wherever
        # its dates fall, and entries are joined by " · ": an arrow reads as a figure that changed.
        parts: list[tuple[str, str, list[FactValue]]] = []
        if change:
            # one amount in another unit is no change: "12 km (Alpha; 7.5 mi: Beta) → 20 km" (in a
            # row that changes; one that agrees lists each amount with its sources): the history's
            # runs (:func:`value_runs`), a value again each time it comes back
            for vs in value_runs(values, same_amount):
                v = vs[0]
                # (a year's entry is the year, a relative one saying how it was put: "2027 (next year: AP)")
                parts.append((amount_text(v), amount_text(v) if v.kind == "year" else value_text(v), vs))
        for v in values if not change else ():
            amount = amount_text(v)
            # (one amount in two units too: "34 °C (b; 93 °F: a)", never "93 °F · 34 °C", t13ac M24)
            at = next((p for p in reversed(parts) if same_amount(p[2][0], v)), None)
            if at is not None:
                at[2].append(v)
            else:
                parts.append((amount, amount if v.kind == "year" else value_text(v), [v]))
        out = []
        for _amount, head, vs in parts:
            if not change and len({amount_text(v) for v in vs}) > 1:
                # one amount in two units is headed by the amount most of its sources write, the
                # others saying theirs: "34 °C (93 °F: a; b; c)" (t13ac M24, round s37-f)
                best = Counter(amount_text(v) for v in vs).most_common(1)[0][0]
                head = next(value_text(v) for v in vs if amount_text(v) == best)
            shown = f"{head} {noun}" if noun else head
            if compact:
                # the first source of each wording and how many more: "12 (AP +1; at least 12: NHK)"
                worded: dict[str, list[FactValue]] = {}
                for v in vs:
                    worded.setdefault(value_text(v), []).append(v)
                said = (
                    f"{'' if text == head else f'{text}: '}{who(ws[0])}{f' +{len(ws) - 1}' if len(ws) > 1 else ''}"
                    for text, ws in worded.items()
                )
            else:
                said = (who(v) if value_text(v) == head else f"{value_text(v)}: {who(v)}" for v in vs)
            out.append(f"{shown} ({'; '.join(said)})")
        return out

    # Values that agree ("300" from every outlet; "at least 7" and "9", a lower bound the larger
    # figure meets) are no timeline: each amount once with its sources, never an arrow, which
    # reads as a figure that changed (#16, s21-d: "300 → 300"). Only a row whose values conflict
    # is the date-ordered timeline of a changing figure. Values of different things are listed
    # apart, each with what it counts ("3,600 residents (DW) · 3,400 people (Guardian)"): an
    # arrow between them would read as a change (#13); values of one kind from articles not
    # compared with each other (one counting residents and people apart, one people alone) are
    # listed apart too (t13r F2). (:func:`_chains`)
    return " · ".join(run(vs, noun, change) for vs, noun, change in _chains(fact))
