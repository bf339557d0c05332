"""A page's date: from its markup (htmldate: meta tags, ``<time>``, JSON-LD, the URL), never
from the parts of a page whose dates are not the article's (footer, navigation, comments, lists
of other stories: :func:`_dateless`); from its text only when nothing else gives one
(:func:`date_in_page_text`); and an all-numeric date read as corpus.yaml's ``date_order`` says
(:func:`in_date_order`, :func:`ambiguous_in_page`).

htmldate is imported only when a page's date is looked for: it costs start-up time.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from waic_reader.index.corpus.date_patterns import MONTH_NAMES
from waic_reader.index.corpus.html_hints import _CUE_KIND
from waic_reader.index.corpus.html_lines import _Element
from waic_reader.index.corpus.html_parse import _parse

# htmldate hands date strings such as "Jan 5, 2019 10:00 EST" to dateutil without zone names,
# and dateutil warns ("tzname EST identified but not understood") on stderr for each: a
# library's note to its caller, printed into the user's terminal under `waic-reader list`. The
# date is still read (without its zone); the note is silenced once, process-wide, as warnings
# filters are (catch_warnings around each call is not thread-safe, and pages are read in workers).
warnings.filterwarnings("ignore", category=RuntimeWarning, message=r"tzname \S+ identified but not understood")

# trafilatura's date search (htmldate) in the page's markup only (meta tags, JSON-LD, <time>,
# elements classed as dates, the URL), written with the time and zone where the page gives them
# ("article:published_time", <time datetime>): who reported first is a question of hours. A page
# that gives only the day comes back as midnight with no zone. Its "extensive" search, which
# reads dates out of the page's text, runs only when neither the markup nor the app's own date
# reader (dates.date_in_text) found one (:func:`date_in_page_text`): a date found so is the
# text's, and is reported so (``date_source`` "text", never "html").
DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}

_DAY_ONLY = "T00:00:00"  # no zone after it: htmldate's day-only date, not a time anyone wrote


def _day_only(value: str | None) -> str | None:
    return value.removesuffix(_DAY_ONLY) if value and value.endswith(_DAY_ONLY) else value


def markup_date(doc: _Element, url: str | None = None) -> str | None:
    """The date a page's markup gives: its meta tags (``article:published_time``, ``date``…),
    JSON-LD (``datePublished``), ``<time datetime>`` and other attributes, and its URL, as
    htmldate reads them, as ``YYYY-MM-DD[THH:MM:SS±HHMM]``; None when the markup gives none.
    A markup date with a time beats the URL's day; otherwise the URL's whole date comes first.

    htmldate's quick search also reads dates out of some text (a "Stand: 14.03.2025" line, an
    element classed "date"): it is run on a copy of the page whose body holds no text, so a
    date written in the text is never reported as the page's metadata (it is the text's, read
    by :mod:`..dates` or :func:`date_in_page_text`)."""
    from copy import deepcopy

    from htmldate import find_date

    bare = deepcopy(doc)
    body = bare.find(".//body")
    # A comment's, a related story's or the footer's <time datetime> is theirs, not the page's.
    for el in [el for el in body.iter() if isinstance(el.tag, str) and _dateless(el)] if body is not None else []:
        if el.getparent() is not None:
            el.drop_tree()
    for el in body.iter() if body is not None else ():
        if el.tag == "script" and (el.get("type") or "").strip().lower() == "application/ld+json":
            el.tail = None  # the JSON-LD is markup; only the text after it goes
            continue
        el.text = el.tail = None
    try:
        # htmldate takes a whole date in the URL (given, or the canonical link's) before the
        # markup, so ".../2025/03/14/..." beat "article:published_time" 2025-03-16T07:20+01:00 (t14
        # fault 3: the wrong day, the time lost). The markup is read first without the URL; its
        # date wins where it has a time; a day-only one keeps the URL-first reading, as before.
        unlinked = deepcopy(bare)
        for link in unlinked.iter("link"):
            if "canonical" in (link.get("rel") or "").lower().split():
                link.drop_tree()
        timed = _day_only(" ".join(found.split()) if (found := find_date(unlinked, **DATE_PARAMS)) else None)
        if timed and "T" in timed:
            return timed
        found = find_date(bare, url=url, **DATE_PARAMS)
    except (AttributeError, TypeError, KeyError, ValueError, IndexError, RecursionError):
        return None  # a page the date search cannot take has no markup date, as one without
    return _day_only(" ".join(found.split()) if found else None)


# Parts of a page whose dates are never the article's: the site's footer (its copyright year),
# navigation, comments, lists of other stories (their dates), share and ad boxes, legal lines.
# The same page structure that gives a discarded line its noise kind (_TAG_KIND, _CUE_KIND).
_DATELESS_TAGS = frozenset({"footer", "nav", "menu", "aside"})

_PAGE_ROOTS = frozenset({"html", "body", "article", "main"})

_SECTIONS = frozenset({"article", "section"})

_DATELESS_KINDS = frozenset({"comments", "headline-list", "call-to-action", "advertisement", "legal", "tags"})


def _dateless(el: _Element) -> bool:
    """Whether the element itself (its tag, class, id or role) is a part of the page whose dates
    are not the article's (:data:`_DATELESS_TAGS`, :data:`_DATELESS_KINDS`)."""
    if el.tag in _DATELESS_TAGS:
        # An article's or section's own <footer> holds its byline and date ("Posted on March 15,
        # 2025" in WordPress's entry-footer): only the page's footer is dateless (review s10).
        return not (el.tag == "footer" and any(a.tag in _SECTIONS for a in el.iterancestors()))
    if el.tag in _PAGE_ROOTS:
        return False  # WordPress marks <body> and <article> "tag-flood", "comments-open": the page itself
    cues = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
    return bool(cues) and any(k in _DATELESS_KINDS and p.search(cues) for k, p in _CUE_KIND)


def _writes_first_of_month(text: str, year: int, month: int) -> bool:
    """Whether ``text`` writes the first of ``month`` in ``year`` as a whole date: numerically
    (2025-03-01, 2025/3/1, 01.03.2025, 1/3/2025, 3/1/2025) or with the English month name
    ("1 March 2025", "March 1st, 2025", "Mar 1 2025")."""
    m, y = str(month), str(year)
    numeric = rf"\b{y}[-/.]0?{m}[-/.]0?1\b|\b0?1[-/.]0?{m}[-/.]{y}\b|\b0?{m}[-/.]0?1[-/.]{y}\b"
    name = MONTH_NAMES[month].lower()
    short = name[:3]
    named = (
        rf"\b0?1(?:st|er|º|o)?\.?\s+(?:{name}|{short}\.?),?\s+{y}\b|"
        rf"\b(?:{name}|{short}\.?)\s+0?1(?:st)?,?\s+{y}\b|"
        # another language's month name ("1. März 2025", "1er mars 2025", "1 de marzo de 2025")
        rf"\b0?1(?:\.|er|º|o)?\s+(?:de\s+)?[^\W\d_]{{3,}}\.?,?\s+(?:de\s+)?{y}\b"
    )
    return re.search(f"{numeric}|{named}", text, re.IGNORECASE) is not None


def date_in_page_text(html: str, url: str | None = None) -> str | None:
    """The date htmldate's extensive search reads out of a page's text (the last resort for a
    page whose markup gives none), as ``YYYY-MM-DD[THH:MM:SS±HHMM]``; None when it finds none.

    The search runs on the page without its footer, sidebars, navigation, comments and lists of
    other stories (:func:`_dateless`): a copyright line or a related story's date
    is not the article's. htmldate falls back to coarser evidence when it finds no whole date
    (a month gives its first day, a copyright or lone year gives 1 January): such a first of
    the month is kept only where the text writes that day (:func:`_writes_first_of_month`);
    a date is never invented to the day."""
    from htmldate import find_date

    try:
        doc = _parse(html)
        for el in list(doc.iter()):
            if not isinstance(el.tag, str) or el.getparent() is None:
                continue
            if _dateless(el):
                el.drop_tree()
        found = find_date(doc, url=url, **{**DATE_PARAMS, "extensive_search": True})
    except (AttributeError, TypeError, KeyError, ValueError, IndexError, RecursionError):
        return None  # a page the date search cannot take has no text date, as one without
    value = _day_only(" ".join(found.split()) if found else None)
    if value and value[8:10] == "01":
        text = " ".join(" ".join(doc.itertext()).split())  # text_content glues blocks: "2025The"
        if not (url and _writes_first_of_month(url, int(value[:4]), int(value[5:7]))):
            if not _writes_first_of_month(text, int(value[:4]), int(value[5:7])):
                return None
    return value


def in_date_order(value: str | None, page: str, order: str | None) -> str | None:
    """htmldate's date ``value`` (``YYYY-MM-DD…``) as corpus.yaml's ``date_order`` reads it
    where the page writes it all-numeric either way round (``03/04/2025``, ``3-4-2025``):
    htmldate reads such a date day first, whatever the corpus says. ``"mdy"`` then swaps day and
    month (the time after them kept); ``"dmy"`` or no order keeps htmldate's reading (day first,
    as the README says); a date the page also writes year first (``2025-04-03``) or with a day
    over 12 is not ambiguous. Dotted dates (``03.04.2025``) are day first everywhere."""
    if not value or order != "mdy" or len(value) < 10:
        return value
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    if day > 12 or day == month:
        return value
    if re.search(rf"\b{year}[-/.]0?{month}[-/.]0?{day}\b", page):
        return value  # written year first somewhere: that is the date
    if not re.search(rf"\b0?{day}(?P<sep>[/-])0?{month}(?P=sep){year}\b", page):
        return value  # not written day/month/year: not htmldate's ambiguous reading
    return f"{year:04d}-{day:02d}-{month:02d}{value[10:]}"


def ambiguous_in_page(value: str | None, page: str, order: str | None) -> str | None:
    """How the page writes htmldate's date ``value`` (``YYYY-MM-DD…``) when that writing is
    all-numeric either way round (``03/04/2025``, ``3-4-2025``) and no ``date_order`` says how
    to read it: htmldate read it day first, silently. The written date is then read as any other
    metadata date (:func:`~waic_reader.index.corpus.date_parse.parse`: refused, with a note); None
    when ``order`` is given (:func:`in_date_order` reads it), the value is not such a date, or the
    page also writes it year first (``2025-04-03``: that is the date)."""
    if not value or order is not None or len(value) < 10:
        return None
    year, month, day = int(value[:4]), int(value[5:7]), int(value[8:10])
    if day > 12 or day == month:
        return None
    if re.search(rf"\b{year}[-/.]0?{month}[-/.]0?{day}\b", page):
        return None
    written = re.search(rf"\b0?{day}(?P<sep>[/-])0?{month}(?P=sep){year}\b", page)
    return written.group(0) if written else None
