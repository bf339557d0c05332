"""Whether a line of text is a date stamp, a date label or nothing but a date: lines that say
when, above or below a headline, never the headline, a name or an outlet.

- :func:`is_stamp` (a line ``str`` → bool): a line opening with a date label or mostly a date
  ("Posted on March 14, 2025 by Jane Roe", "Sat 15 Mar 2025 06.00 GMT", "By Jane Roe | March
  14, 2025"), by the one rule for a date line, :func:`mostly`: a byline's field of its own, or
  at most six other words, no sentence, none in lower case but a stamp's (acceptance #17 after
  s13: a headline with a date among its words stays the title);
- :func:`is_date_label` (a line opening with "Published", "Posted on", "Updated:", "Date" and a
  date after it), :func:`headline_with_date` (a headline opening with such a word), and
  :func:`trailing_stamp` (where a labelled stamp ending a line of other words begins, an offset
  or None);
- :func:`is_calendar` (text that is nothing but a weekday, month, date or time) and
  :func:`date_alone` (a day, a month and a year alone in any script, its month any word);
- :func:`is_notice` (a notice on the article's age or revisions: "This article is more than 2 years
  old.", "Editor's note: …", "Correction: …");
- date lines written otherwise: :func:`numeric_line` (all-numeric, "15/03/2025 09:30"),
  :func:`dateline_under` (an outlet's name written without spaces and its date, under the headline),
  :func:`foreign_line`, :func:`foreign_fields` and :func:`foreign_stamp` (in another language,
  by :mod:`date_languages`' stamp words), each giving the date's match or spans on the line;
- :func:`prose_lines` (``(start, end)`` of the first lines of prose near the top, where the
  article's own stamps end) and :func:`stamp_line` (whether a found date's line is a stamp);
- :func:`with_clock` (where a date's stamp ends, with a clock time written after it that the
  date grammar did not take).

Read by :mod:`dates` (which of a text's dates are its own), by titles and blocks (a stamp is no
title, author or outlet) and by the boilerplate rules; the patterns are :mod:`date_patterns`'.
"""

from __future__ import annotations

import re

from waic_reader.index.corpus import bylines, date_languages
from waic_reader.index.corpus.date_forms import MONTH, PUBLISHED_WORDS, STAMP_LABEL, UPDATED_WORDS, WEEKDAY
from waic_reader.index.corpus.date_patterns import (
    DIGIT,
    EXPRESSION,
    FOREIGN,
    HEAD_CHARS,
    LABEL,
    LABELLED,
    LEAD_TIME,
    NUMERIC,
    SEASONAL_ZONES,
    TIME_SEP,
    TRAILING_LABEL,
    YEAR_WRITTEN,
    ZONE_NAME,
    ZONE_NAMES,
    ZONES,
    FoundDate,
)
from waic_reader.index.corpus.tokens import KOREAN_HANGUL

__all__ = [
    "capitals_stamp",
    "dateline_name",
    "dateline_under",
    "foreign_fields",
    "foreign_label",
    "foreign_line",
    "foreign_stamp",
    "headline_with_date",
    "is_calendar",
    "is_date_label",
    "is_stamp",
    "mostly",
    "numeric_line",
    "prose_lines",
    "stamp_line",
    "trailing_stamp",
    "with_clock",
]


# What follows a label word that is no label without it (:func:`is_date_label`): a number (a day,
# a year, a time, "14/03/2025"), a weekday or a month ("Posted Friday", "Updated March 14"), or
# the by, in, at, under, with or since of a byline or a page's stamp ("Posted by Jane Roe at 12:06
# PM", "Posted in News", "Published under: Election"), never a headline's word ("Posted workers").
_DATE_FOLLOWS = re.compile(rf"(?i)\d|{WEEKDAY}|{MONTH}(?![^\W\d_])|(?:by|in|at|under|with|since)(?![^\W\d_])")
# A byline's or a page's clause straight after the label word ("Posted by Jane Roe", "Posted in
# News") or after its date ("Posted on March 3 in Transport", "Updated March 14 with police statement").
_CLAUSE_WORD = r"(?:by|in|under|with|since)"
_STAMP_CLAUSE = re.compile(rf"(?i){_CLAUSE_WORD}(?![^\W\d_])")
# Where a stamp's date ends: a separator, or a byline's or a page's clause after it.
_STAMP_END = re.compile(rf"\s*(?:[|·•;]|\s[-–—]\s|\s{_CLAUSE_WORD}\s)", re.I)
# A relative stamp: "3 hours ago", "12 mins ago".
_AGO = re.compile(r"(?i)\d+\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago")


# A clock time as written after a date, a real one or not ("7:52 PM", "25:61", "13:00 p.m.",
# "7:52:61"): after a date whose time the date grammar did not take, it is the stamp's time all
# the same, and when it is no time of day the stamp is no date (its day alone is not read).
_CLOCK_AFTER = re.compile(
    TIME_SEP + r"(?P<clock>(?P<h>\d{1,2}):(?P<m>\d\d)(?::(?P<s>\d\d))?(?:\s*(?P<ampm>[AaPp])\.?[Mm]\b\.?)?)(?![\d:])"
)


def foreign_line(line: str) -> re.Match[str] | None:
    """The date in another language ``line`` is a date stamp of ("16. März 2025", "Publié le 14
    mars 2025 à 10h30", "2025年3月16日 10:30" under a headline), by :func:`mostly`'s rule with the
    stamp words of those languages, and at most :data:`_NUMERIC_LINE_REST` other characters, or a
    whole field of a byline (:func:`_byline_field`: "Por Lucía Fernández | El Comercio del Norte |
    3 de junio de 2026, 18:00"); else None."""
    m = FOREIGN.search(line)
    if m is None:
        return None
    if _byline_field(line, m.start(), m.end()):
        return m  # a byline's date field ("Por Lucía Fernández | El Comercio del Norte | 3 de junio de 2026, 18:00")
    if len(line) <= _FOREIGN_STAMP_CHARS and foreign_stamp(line):
        return m  # its words all a stamp's, however many ("Publié le mercredi 12 mars 2026 à 7h45, mis à jour à 9h10")
    if len(line) - (m.end() - m.start()) > _NUMERIC_LINE_REST:
        return None
    rest = line[: m.start()] + " " + line[m.end() :]
    if _unspaced_words(rest) and not bylines.outlet_name(rest.strip(" \t·•|—–/-")):
        # a headline in Japanese or Chinese with its date: "…を試した （2022年08月10日）"; but the
        # outlet's name beside it is a date line's ("华夏日报 2026年3月3日", t13ab L6)
        return None
    if _unspaced_words(rest):
        return m
    return m if mostly(line, m.start(), m.end(), date_languages.STAMP_WORDS) else None


# A name written without spaces beside a date: one run of two to eight letters ("新华财经",
# "共同通信", "NHKニュース", Korean's one word "연합뉴스"), at least one of them of those scripts
# (:data:`_UNSPACED`) or Hangul (:data:`_HANGUL`).
_UNSPACED_NAME = re.compile(r"[^\W_]{2,8}")
_HANGUL = re.compile(f"[{KOREAN_HANGUL}]")
# What may set a date line's name apart from its date: spaces, a middle dot, a bullet, a bar, a dash.
_NAME_SEPARATORS = " \t·•|—–/-"


def _name_and_date(line: str) -> re.Match[str] | None:
    """The Chinese, Japanese or Korean date (its time too) of a line that is nothing but that date
    and one short name written without spaces (:data:`_UNSPACED_NAME`), either first; else None."""
    m = FOREIGN.search(line)
    if m is None or m.group("cy") is None:
        return None
    rest = _rest_of(line, m)
    return m if _UNSPACED_NAME.fullmatch(rest) and (_UNSPACED.search(rest) or _HANGUL.search(rest)) else None


def _rest_of(line: str, date: re.Match[str]) -> str:
    """``line`` without its ``date`` and the separators around what is left: a date line's name."""
    return (line[: date.start()] + " " + line[date.end() :]).strip(_NAME_SEPARATORS)


def dateline_under(above: str, line: str) -> re.Match[str] | None:
    """The date of ``line`` (a match of :data:`FOREIGN`, offsets into ``line``) when ``line`` is
    an outlet's date line under the headline ``above`` (the line over it, blank lines skipped):
    nothing but a Chinese, Japanese or Korean date and one short name in a script written without
    spaces ("新华财经 2026年3月12日", "共同通信 2026年3月12日", "ロイター | 2026年3月12日 10:30",
    the date first too), under a line with a letter that ends no sentence and is no such line
    itself. Else None.

    The position decides, as capitals do in English ("Reuters 12 March 2026"): opening the text,
    the same line is a short headline with its date ("央行接管银行 2026年3月12日"), and
    :func:`foreign_line` leaves it unread (its name no newspaper's word closes: t13al N8, the
    line became the title and the article went undated). Read by the date scan (``dates``) and
    the title (``titles``) with their line above, so both agree."""
    above = above.strip()
    if not any(c.isalpha() for c in above) or _SENTENCE_END.search(above) or _name_and_date(above) is not None:
        return None
    return _name_and_date(line)


def dateline_name(above: str, line: str) -> str | None:
    """The outlet's name on an outlet's date line under the headline ``above``
    (:func:`dateline_under`): "新华财经 2026年3月12日" → "新华财经", "연합뉴스 2026년 5월 4일" →
    "연합뉴스"; None for any other line, and for a stamp's words beside the date ("更新
    2026年3月12日": :func:`foreign_stamp`). Read by the outlet (``titles.derive_outlet``) where
    corpus.yaml names none (t13al-r N8: the line dated the article, its outlet stayed unknown)."""
    m = dateline_under(above, line)
    return None if m is None or foreign_stamp(line) else _rest_of(line, m)


def foreign_stamp(line: str) -> bool:
    """Whether ``line`` is nothing but a date in another language and its stamp's words ("16. März
    2025, 10:30 Uhr", "Publié le 14 mars 2025", "公開日：2025年3月16日", "Publié le 12/03/2026 à
    07h45" in numbers after its label): page furniture, as the
    boilerplate split's English stamps are ("March 14, 2025 10:30")."""
    m = FOREIGN.search(line) if DIGIT.search(line) else None
    if m is None and foreign_label(line):
        m = _NUMERIC_ON_LINE.search(line)  # in numbers after its label: "Publié le 12/03/2026 à 07h45"
    if m is None:
        return False
    rest = _WORD_LETTERS.findall(line[: m.start()] + " " + line[m.end() :])
    return all(
        w.lower() in date_languages.STAMP_WORDS
        or any(w.startswith(label) for label in (*date_languages.PUBLISHED, *date_languages.UPDATED))
        for w in rest
    )


# The longest line read as a stamp for its words alone (:func:`foreign_line`).
_FOREIGN_STAMP_CHARS = 100
# Runs of letters, the words a stamp's rest is judged by (:func:`foreign_stamp`).
_WORD_LETTERS = re.compile(r"[^\W\d_]+")


# A stamp line in another language opening with its label, and each later field after a
# separator that opens with one ("Publié le 14 mars 2025 à 10h30 | Mis à jour le 15 mars 2025 à
# 08h00", "Aktualisiert am 16. März 2025 · Veröffentlicht am 15. März 2025"): the English rule of
# a label after a separator (``dates._FIELD_LABEL``, :func:`dates._labels`) with these
# languages' labels, so each field gives its date and kind and the published one ranks first
# whatever their order.
_FOREIGN_LABEL = "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+")
    for w in sorted((*date_languages.PUBLISHED, *date_languages.UPDATED), key=len, reverse=True)
)
_FOREIGN_OPENING = re.compile(rf"(?i)[ \t]*\W{{0,3}}(?<![^\W\d_])(?:{_FOREIGN_LABEL})")
_FOREIGN_FIELD_SEP = re.compile(rf"(?i)[ \t]*(?:[|·•;]|(?<=\s)[-–—](?=\s))[ \t]*(?=(?:{_FOREIGN_LABEL}))")


def foreign_fields(line: str) -> list[tuple[int, int]] | None:
    """The ``(start, end)`` of each labelled field of a stamp line in another language with two
    or more of them (:data:`_FOREIGN_FIELD_SEP`), the line opening with a label and each field
    writing a number; None for any other line."""
    if _FOREIGN_OPENING.match(line) is None:
        return None
    out, pos = [], 0
    for sep in _FOREIGN_FIELD_SEP.finditer(line):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, len(line.rstrip())))
    # Each field writes a number (a day, a year): "Publicado por la redacción; actualizado a diario"
    # is a sentence, no stamps.
    return out if len(out) > 1 and all(DIGIT.search(line, a, b) for a, b in out) else None


def with_clock(text: str, m: re.Match[str], end: int) -> int:
    """Where the stamp matched by ``m`` (a date that took no time) ends: after a clock time
    written after it that the date grammar did not take ("June 3, 2025 25:61"), else where
    ``m`` ends."""
    if m.group("time"):
        return m.end()
    clock = _CLOCK_AFTER.match(text, m.end(), end)
    return clock.end() if clock is not None else m.end()


# An all-numeric date anywhere on a line, not inside another number ("15/03/2025 09:30",
# "15. 3. 2025 9:30", "By Jane Roe | 15.03.2025"): :func:`numeric_line`.
_NUMERIC_ON_LINE = re.compile(rf"(?<![\w/.:,+-]){NUMERIC.pattern}", re.I)


def numeric_line(line: str) -> re.Match[str] | None:
    """The all-numeric date ``line`` is a date stamp of, unlabelled ("15/03/2025 09:30",
    "15. 3. 2025 9:30" alone on the line under a headline; "By Jane Roe | 15.03.2025"): the line
    is mostly that date by :func:`mostly`'s rule, as a date line of month names is; else None.
    Whether it is read is :func:`dates._numeric_at`'s: day first when dotted or when the first
    number is over 12, month first when the second is, and one either way round (03/04/2025)
    only by ``date_order``."""
    n = _NUMERIC_ON_LINE.search(line)
    if n is None:
        return None
    stop = with_clock(line, n, len(line))
    # A stamp's few words beside it, not a sentence in a script written without spaces ("（追記
    # 2019/4/14：1ペタバイトの容量を…）", a correction note, is one "word" to :func:`mostly`).
    if len(line) - (stop - n.start()) > _NUMERIC_LINE_REST or _unspaced_words(line[: n.start()] + " " + line[stop:]):
        return None
    # After another language's label its stamp words are a stamp's ("Veröffentlicht am 12.03.2026
    # um 07:45 Uhr", "Modifié le 12/03/2026 à 09:10": round s33-b, F7b, was the title's tail).
    also = date_languages.STAMP_WORDS if foreign_label(line) else frozenset()
    return n if mostly(line, n.start(), stop, also) else None


def foreign_label(line: str) -> bool:
    """Whether ``line`` opens with a stamp's label in another language ("Publié le", "Mis à jour
    le", "Veröffentlicht am", "Publicado el", "Pubblicato il", "Atualizado em"): its date is a
    stamp's, and written in numbers day first, as every language with such a label writes it."""
    return _FOREIGN_OPENING.match(line) is not None


def _unspaced_words(rest: str) -> bool:
    """Whether ``rest`` (a line without its date) holds words of a script written without spaces
    (Chinese, Japanese) that are no stamp's ("更新时间", "公開", "格林尼治标准时间" are): such a line
    is a headline or a sentence with a date in it, which :func:`mostly` cannot tell, counting
    it one word ("無料で使える「Chrome OS Flex」！ どの程度使えるのかを試した （2022年08月10日）", a
    list of other stories)."""
    labels = (*date_languages.PUBLISHED, *date_languages.UPDATED)
    return any(
        _UNSPACED.search(w) and w not in date_languages.STAMP_WORDS and not w.startswith(labels)
        for w in _WORD_LETTERS.findall(rest)
    )


# How many characters a numeric date line may hold besides its date and time ("Son Güncelleme :
# 30.04.2024 - 16:49", "2/26/2015 7:11 AM PST BY TMZ STAFF").
_NUMERIC_LINE_REST = 40


def trailing_stamp(line: str) -> int | None:
    """Where a labelled date stamp ending ``line`` after its other words begins (its separator
    or the space after a sentence's end: "Ferry plan approved. Posted: Mar 16, 2025", "Ferry
    plan approved | Updated 14 March 2025 10:00 GMT"), the stamp running to the line's end; None
    when there is none. Such a stamp dates the article (:func:`dates._labels`) and is no part of a
    title (``titles.derive_title``)."""
    end = len(line.rstrip())
    for m in TRAILING_LABEL.finditer(line, 0, end):
        if m.start() == 0 or not line[: m.start()].strip():
            continue
        d = LABELLED.match(line, m.end(), end)
        if d is None and (lead := LEAD_TIME.match(line, m.end(), end)) is not None:
            d = LABELLED.match(line, lead.end(), end)
        if d is not None and with_clock(line, d, end) == end and is_date_label(line[m.start("label") : end]):
            return m.start()
    return None


# A line of prose: eight words or more ending like a sentence, or twenty words or more; never a
# line that opens with a date's label or a byline ("By Jane Roe and Tom Rivers, Staff Writers.").
_PROSE_LINE = re.compile(rf"(?m)^[ \t]*(?!(?i:by|{STAMP_LABEL}|date)\b)(?P<line>\S.*)$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*\s*$")


_LOWER_WORD = re.compile(r"\b(?!(?:by|on|at|and|the)\b)[a-z][a-z'’-]+\b")


def stamp_line(text: str, found: FoundDate) -> bool:
    """Whether the line holding ``found`` is a date stamp by :func:`line_stamp`'s rule (the one
    rule for a date line: "By Jane Roe | March 14, 2025", "djsteveb · March 10, 2017 at 3:19
    AM"), not a headline with the date among its words ("Remembering the March 11, 2011
    earthquake")."""
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    line = text[start : len(text) if end < 0 else end]
    return line_stamp(text, start, line, found.start - start, found.end - start)


# The characters of scripts written without spaces between words (CJK ideographs, kana), and how
# many of them a line of prose holds at least (a headline of such a script is rarely thirty).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED_PROSE = 30


def prose_lines(text: str, most: int = 4) -> list[tuple[int, int]]:
    """(start, end) of the first lines of prose near the top (at most ``most``): eight words or
    more ending like a sentence, or twenty or more; in a script written without spaces (Chinese,
    Japanese), thirty of its characters or more ending like a sentence. A wire dateline opens
    such a line."""
    out: list[tuple[int, int]] = []
    for m in _PROSE_LINE.finditer(text, 0, min(len(text), HEAD_CHARS)):
        line = m.group("line")
        n = len(line.split())
        if (
            n >= 20
            or (n >= 8 and _SENTENCE_END.search(line))
            or (n < 8 and _SENTENCE_END.search(line) and len(_UNSPACED.findall(line)) >= _UNSPACED_PROSE)
        ):
            out.append((m.start(), m.end()))
            if len(out) == most:
                break
    return out


# The words in lower case a date stamp's line holds besides names and the date: its labels and
# joints ("Last modified on", "Posted at", "wrote on", "Price as of", "5 min read", "10:32 local
# time"). Any other word in lower case is a headline's or a sentence's ("Ferry memorial opens
# 2025-03-15", "Storm of March 3, 2019 remembered"): that line's date is no stamp.
_STAMP_WORDS = frozenset(
    "by on at and the of in from as with wrote written submitted edited filed created read min mins minute"
    " minutes ago hour hours local time page".split()
) | {w for label in (*PUBLISHED_WORDS, *UPDATED_WORDS) for w in label.split()}
# Neither a handle ("@erinmcunningham") nor an aside in brackets ("(rhymes with sketch)", an
# embedded post's signature) is judged by its words.
_ASIDE = re.compile(r"@\w+|\([^()]*\)")


def mostly(line: str, start: int, stop: int, also: frozenset[str] = frozenset()) -> bool:
    """Whether the date at ``line[start:stop]`` (with a clock time after it) makes
    the line a date stamp: a field of a byline of its own ("By NAME · Outlet · date",
    :func:`_byline_field`), or at most six other words, no sentence, none in lower case but a
    stamp's (:data:`_STAMP_WORDS`): "Sat 15 Mar 2025 06.00 GMT", "Steve Straub August 9, 2022 at
    4:03pm", "Last modified on Wed 9 Jul 2025 14.02 BST"; a name in lower case counts when the
    date is a field of its own set apart by a middle dot, a bullet or a bar ("djsteveb · March
    10, 2017 at 3:19 AM", "21 October 2025 • Duqm, oman") or follows an embedded post's signature
    ("— anna or whatever (@annapickard) June 7, 2016"). A headline with the date among its words
    ("Ferry memorial opens 2025-03-15", "Storm of March 3, 2019 remembered", "Halvik approves
    budget (March 14, 2025)", a CSV row "Ferry memorial opened,Halvik Post,2025-03-15") is none:
    its date is no stamp and the line stays the title (acceptance #17 after s13)."""
    if bylines.OPENING.fullmatch(line, 0, start):
        return False  # "BY MARCH 3, 2025 THE COUNCIL MUST DECIDE": a deadline, no byline's name
    if _byline_field(line, start, stop):
        return True
    if _outlet_field(line, start, stop):
        return True  # "Le Quotidien de l'Europe – 12 mars 2026": the outlet's name, then the date
    rest = line[:start] + " " + line[stop:]
    if len(rest.split()) > 6 or rest.rstrip().endswith((".", "?", "!")):
        return False
    label = LABEL.match(line)
    if label is not None and label.end() >= start:
        return True  # a stamp's word before it ("Published March 14, 2025 Reuters"): a labelled stamp
    if _SIGNATURE.match(line, 0, start) or _date_field(line, start, stop, bylines.DOT_SEP):
        return True  # a lower-case name's field ("djsteveb · March 10, 2017") or a post's signature
    words = (w.lower() for w in _LOWER_WORD.findall(_ASIDE.sub(" ", rest)))
    return all(w in _STAMP_WORDS or w in also for w in words)  # ``also``: another language's


def capitals_stamp(line: str, start: int, stop: int) -> bool:
    """Whether the date at ``line[start:stop]`` (with its clock time), on a line written in
    capitals, makes the line a date stamp: every word outside it, case-folded, a stamp's word
    (:data:`_STAMP_WORDS`: "ON", "AT", "UPDATED"), a weekday ("SATURDAY", "SAT.") or a zone (:data:`ZONES`,
    :data:`SEASONAL_ZONES`, the words of :data:`ZONE_NAMES`): "SATURDAY, MARCH 14,
    2026 9:40 AM", "SAT 14 MAR 2026 09:40 GMT". :func:`mostly` judges only the words in lower
    case, and a line in capitals has none: a headline naming a past date ("REMEMBERING THE FLOOD
    OF MARCH 3, 2019", "THE FLOOD OF 3 MARCH 2019") would pass it (review s34-r item 1)."""
    rest = _ASIDE.sub(" ", line[:start] + " " + line[stop:])
    return all(
        w.casefold() in _CAPITALS_STAMP_WORDS or _WEEKDAY_WORD.fullmatch(w) for w in re.findall(r"[^\W\d_]+", rest)
    )


# The words besides a date a stamp in capitals may have (:func:`capitals_stamp`), case-folded.
_CAPITALS_STAMP_WORDS = (
    _STAMP_WORDS
    | {z.casefold() for z in (*ZONES, *SEASONAL_ZONES)}
    | {w for name in ZONE_NAMES for w in name.split()}
    | {"am", "pm", "a", "p", "m"}  # a clock's "A.M." left outside the date read
)
_WEEKDAY_WORD = re.compile(WEEKDAY.replace(r"\.?,?\s+", ""), re.I)


# An embedded post's signature before its date: "— anna or whatever (@annapickard) June 7, 2016".
_SIGNATURE = re.compile(r"\s*[—–-]\s+[^\n]*\(@\w+\)\s*$")


def _byline_field(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` (a date) is a whole field of a byline whose fields are
    separated by ``·``, ``|``, `` — ``, `` - `` or `` / `` (:data:`bylines.FIELD_SEP`: "By Jane Roe ·
    Halvik Post · 14 March 2025", and its date first, "14 March 2025 — By Jon Berg — Halvik Post",
    :func:`bylines.byline_anywhere`): judged field by field (:func:`_date_field`), so a byline naming
    its author and outlet is not "too many words" for its date, while prose with a date in it
    stays unread."""
    if bylines.byline_anywhere(line) and _date_field(line, start, end, bylines.FIELD_SEP):
        return True
    # Or the last of a byline's fields set apart by commas, however long its outlet's name ("Par
    # Jean Dupont, Le Courrier du Var, 12 mars 2026 à 07h45": round s33-b, undated for its words).
    return not line[end:].strip(" .") and line[:start].rstrip().endswith(",") and bylines.comma_byline(line) is not None


def _outlet_field(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` (a date) is a whole field of ``line`` set apart as a byline's
    are (:data:`bylines.FIELD_SEP`: a spaced dash too) and every other field is written as an
    outlet's name (:func:`bylines.outlet_name`): "The Daily Ledger – 12 March 2026", and in any
    language the date reader knows, its name's particles and elided articles in lower case, "Le
    Quotidien de l'Europe – 12 mars 2026", "La Gazzetta dello Sport – 12 marzo 2026" (t13z H10: the
    French line was read by :func:`mostly`'s word rule, whose "l'" is no stamp's word, and left
    the article undated). A headline's words beside the date ("Grève à la SNCF – 12 mars 2026")
    are no name's."""
    others = _other_fields(line, start, end, bylines.FIELD_SEP)
    return others is not None and all(bylines.outlet_name(f) for f in others)


def _date_field(line: str, start: int, end: int, sep: re.Pattern[str]) -> bool:
    """Whether ``line[start:end]`` (a date) is a whole field of ``line``, its fields separated
    by ``sep``, and the other fields short (six words at most each) and no sentence: a byline's
    (:data:`bylines.FIELD_SEP`), or any line's set apart by a middle dot, a bullet or a bar
    (:data:`bylines.DOT_SEP`: "djsteveb · March 10, 2017 at 3:19 AM")."""
    others = _other_fields(line, start, end, sep)
    if others is None:
        return False
    # A byline's authors' field is a name's however many names it gives ("By Jane Roe, Jon Berg &
    # Ann Lind | Halvik Post | 14 March 2025").
    others = [f for f in others if not bylines.is_author_field(f)]
    return all(len(f.split()) <= 6 and not f.endswith((".", "?", "!")) for f in others)


def _other_fields(line: str, start: int, end: int, sep: re.Pattern[str]) -> list[str] | None:
    """The fields of ``line`` (separated by ``sep``) besides the date at ``line[start:end]``,
    stripped, when that date is a whole field (or its date's and then its time's, each whole)
    and there are others; else None."""
    fields = bylines.fields(line, sep)
    # The date's fields: one, or its date's and then its time's ("14 March 2025 | 10:00", "14
    # March 2025 · 10:00 GMT", read as one date and time), each whole.
    covered = [(a, b) for a, b in fields if a < end and start < b]
    if (
        len(fields) < 2
        or not covered
        or line[covered[0][0] : covered[-1][1]].strip() != line[start:end].strip()
        or len(covered) == len(fields)
    ):
        return None
    return [line[a:b].strip() for a, b in fields if (a, b) not in covered]


def line_stamp(text: str, line_start: int, line: str, start: int, stop: int) -> bool:
    """Whether the date at ``line[start:stop]`` makes ``line`` (at ``line_start`` in ``text``) a
    date stamp: by :func:`mostly`'s rule, or, straight under a byline, as the byline's further
    fields (t13n F1): the date a whole field, split as a byline's fields are
    (:data:`bylines.FIELD_SEP`: "·", "•", "|", or a spaced dash or slash), the other fields
    short and no sentence ("By Jane Roe" over "Jornal do Centro — 4 May 2026 08:15")."""
    if mostly(line, start, stop):
        return True
    if line_start <= 0:
        return False
    above = text.rfind("\n", 0, line_start - 1)
    return bylines.is_byline(text[above + 1 : line_start - 1]) and _date_field(line, start, stop, bylines.FIELD_SEP)


def is_stamp(line: str) -> bool:
    """Whether ``line`` is a date stamp above or below a headline, not a headline: it starts
    with a date label ("Posted on March 14, 2025 by Jane Roe", "Updated: …") or is mostly a
    date ("Sat 15 Mar 2025 06.00 GMT", "By Jane Roe | March 14, 2025").

    Not ``analysis.noise.block_rules.is_stamp_line``, on purpose: that one makes the whole line boilerplate, so
    it takes only lines of nothing but date, time and stamp words ("5 min read" too); this one
    only keeps a line from being read as the headline, so a line that is mostly a date counts
    even when the rest of it (an author) is article text."""
    if is_date_label(line):
        return True
    if headline_with_date(line):
        return False
    m = EXPRESSION.search(line)
    if m is None:  # "15/03/2025 09:30", "15. 3. 2025 9:30"; "16. März 2025", "2025年3月16日"
        return DIGIT.search(line) is not None and (
            numeric_line(line) is not None or foreign_line(line) is not None or foreign_fields(line) is not None
        )
    return mostly(line, m.start(), m.end())


# A page's notice on its article's age or revisions, set over or under the headline: the archive
# banner ("This article is more than 2 years old.", the Guardian's and others' on old pieces), an
# editor's note, a correction, a clarification or an update's label ("Editor's note: This story has
# been updated …", "Correction: An earlier version of this article …"), the article's own revision said
# in a sentence ("This story was updated on Friday …"). The labels are the newsroom's correction and
# notes conventions (AP Stylebook, "corrections"; editors' notes), never a headline (review s47-rv2
# finding 4, round s47-fx4: the banner over a byline became the title).
_ARTICLE = r"(?:article|story|piece|post|report|page|content)"
_NOTICE = re.compile(
    rf"^\W*(?:this {_ARTICLE} (?:is|was) (?:more than|over|older than)\b"
    rf"|this {_ARTICLE} (?:was|has been|had been|is being) (?:\w+ )?(?:updated|corrected|amended|revised|republished)\b"
    r"|editors?['’]?s?\s+note\b"
    r"|(?:corrections?|clarifications?)\s*[:—–]"
    rf"|an earlier version of this {_ARTICLE}\b)",
    re.I,
)


def is_notice(line: str) -> bool:
    """Whether ``line`` is a page's notice on its article's age or revisions (:data:`_NOTICE`: "This
    article is more than 2 years old.", "Editor's note: …", "Correction: …"): said over or under a
    headline as a stamp is, never the headline."""
    return _NOTICE.match(line) is not None


def headline_with_date(line: str) -> bool:
    """Whether ``line`` is a headline that opens with a stamp's word and then a day without a year
    or a time, its own words after it ("Updated May 5 schedule confuses travellers", "Posted March
    3 results surprise analysts", "Modified 12 June plan angers residents"): no stamp
    (:func:`is_date_label` says so) and no date stamp of a mostly-date line either, so it is a
    title and its day dates nothing. With a year or a time ("Updated 5 May 2025 10:32 local
    time"), or a stamp's clause or separator after the day ("Posted on March 3 in Transport",
    "Updated March 14 with police statement", "Posted March 3 | News"), the line stays a stamp."""
    m = LABEL.match(line)
    if m is None or m.group("mark") is not None or is_date_label(line):
        return False
    date = LABELLED.match(line, m.end())
    if date is None or date.group("time") or YEAR_WRITTEN.search(date.group(0)):
        return False
    if _STAMP_END.match(line, date.end()):
        return False  # the stamp's clause after its date: "Posted on March 3 in Transport"
    return any(c.isalpha() for c in line[date.end() :])


def is_date_label(line: str) -> bool:
    """Whether ``line`` starts with a word that introduces a date ("Published", "Posted on",
    "Updated:", "Last updated", "Modified", "Date"): a dateline or byline label, never a name."""
    m = LABEL.match(line)
    if m is None or line[m.end("label") : m.end("label") + 1].isalnum():
        return False
    # The word alone, or marked as a label ("Updated:", "Posted —"), introduces a date; written as
    # a word of a sentence a date or time must follow it ("Posted 14 March 2025", "Updated 10:30
    # GMT"): "Updated ferry timetable published", "Posted workers return" are headlines.
    rest = line[m.end() :].rstrip()
    if not rest or m.group("mark") is not None or _STAMP_CLAUSE.match(rest) is not None:
        return True
    if _DATE_FOLLOWS.match(rest) is None:
        return False
    # A date or time up to the stamp's end (a separator, a byline's "by", the line's end), not a
    # headline's words after a month or a number: "Updated March timetable for ferries", "Posted 14
    # new jobs", "Published 2025 report shows …" (acceptance s12b #3).
    stamp = _STAMP_END.split(rest, maxsplit=1)[0].strip(" ,")
    return is_calendar(stamp) or _AGO.fullmatch(stamp) is not None


# What a date or time is written with, for :func:`is_calendar`: weekday and month names in full,
# their abbreviations and zone names in capitals (only beside a number: "Sun" or "RT" alone may
# be an outlet), numbers (days, years, clock times), a.m./p.m., and the words joining them.
_CALENDAR_FULL = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|noon|midnight|[ap]\.?m\.?|at|on)(?![^\W\d_])"
)
_CALENDAR_ABBR = re.compile(
    r"(?i)(?<![^\W\d_])(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![^\W\d_])"
)
_CALENDAR_ZONE = re.compile(rf"(?<![^\W\d_])(?:{ZONE_NAME}|[A-Z]{{1,4}}T|GMT|UTC|Z)(?![^\W\d_])")
_CALENDAR_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?(?![^\W\d_])")
_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b", re.I)


# A date alone in any script, its month any word (one of a language whose dates are not read:
# "15 मार्च 2026"): a day, a month and a year in the orders news writes them ("15 March 2026",
# "March 15, 2026", "2026 March 15").
_DATE_ALONE = re.compile(
    r"[ \t]*(?:\d{1,2}\.?[ \t]+[^\s\d.,]+\.?,?[ \t]+\d{4}|[^\s\d.,]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{4}[ \t]+[^\s\d.,]+[ \t]+\d{1,2})[ \t]*"
)


def date_alone(line: str) -> bool:
    """Whether ``line`` is nothing but a date in any script (:data:`_DATE_ALONE`, its month any
    word): a stamp's line of its own under a headline, never a wrapped line of it (t13av N14,
    round s51-m: a Hindi headline with a comma took "15 मार्च 2026" under it into the title, its
    month no name the dates read). Read by ``blocks`` where a line is not mid-sentence (a wrapped
    headline's "Chapter 11, 2026" stays joined there); moved here, beside the other "nothing but
    a date" tests, from blocks (review s51-rv F15, round s52-m)."""
    return _DATE_ALONE.fullmatch(line) is not None


def is_calendar(text: str) -> bool:
    """Whether ``text`` is nothing but a weekday, month, date or time ("Saturday", "March 2025",
    "Sat 15 Mar", "7:52 a.m. ET", "2025-03-15"): such a line under a headline (a page's
    ``<time>`` element, a date stamp) names when, never who, so it is no outlet or author."""
    rest = _CALENDAR_FULL.sub(" ", text)
    if _CALENDAR_NUMBER.search(rest):  # "RT" or "Sun" alone is an outlet; "Sun 15 Mar 10:00 GMT" a date
        rest = _CALENDAR_NUMBER.sub(" ", _CALENDAR_ABBR.sub(" ", rest))
        if _CLOCK.search(text):  # a zone only beside a clock time: "KSAT 12" is a TV station
            rest = _CALENDAR_ZONE.sub(" ", rest)
    return rest != text and not any(c.isalpha() for c in rest)
