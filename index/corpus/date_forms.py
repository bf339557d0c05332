"""How a calendar date is written in English news copy, as regex sources: shared by the dates
found in text (:mod:`dates`, :mod:`date_patterns`, :mod:`date_stamps`) and the date inside a wire
dateline (:mod:`dateline`); and the words that label a date stamp, shared by those and front
matter's stamp lines (:mod:`formats.front_matter`). A byline's fields and their separators are :mod:`bylines`'.

``DATE`` is a month name with a day, with or without a year ("March 14, 2025", "14 March 2025",
"Sept. 2", "Monday, March 14"), or an ISO date ("2025-03-14"). A day and month without a year
never stop short of a year that follows them ("March 14, 2025" is read whole).
"""

from __future__ import annotations

__all__ = [
    "DATE",
    "DAY",
    "MONTH",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "PUBLISHED_WORDS",
    "STAMP_LABEL",
    "UPDATED_WORDS",
    "WEEKDAY",
    "YEAR",
]

# The one table of English month names for the engine (dates, the figure recogniser, the entity
# and quote recognisers, boilerplate rules read it from here or through ``analysis.lexicon``).
MONTH_NAMES: tuple[str, ...] = (
    "",
    *"January February March April May June July August September October November December".split(),
)  # index 1-12 -> the name as printed
MONTHS: tuple[str, ...] = tuple(name.lower() for name in MONTH_NAMES[1:])  # lower case, January first
# Abbreviations a newsroom writes, mapped to the month number (1-12): "Sept", "Jan".
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Lower-case name or abbreviation -> month number 1-12; every month's first three letters are a key.
MONTH_NUMBERS: dict[str, int] = {**{m: i + 1 for i, m in enumerate(MONTHS)}, **MONTH_ABBREVIATIONS}

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A weekday before a date, with its comma and space ("Monday, ", "Tues. ").
WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# A year as the figure recogniser reads one (analysis/figures.py: 1800-2099): "Posted: Mar 14,
# 1899" is 1899, not a year-less "Mar 14" given a neighbouring article's year.
YEAR = r"(?:1[89]|20)\d\d"
# Four digits or more after a day and month: a year-less date is never read where a year is
# written, even one out of YEAR's range ("March 14, 0001", "March 14, 2999", "March 14, 10000":
# left undated, with a note, rather than given another year).
_ANY_YEAR = r"\d{4}"
# A day, month name and year joined by hyphens ("14-Mar-2025", "3-March-2025"), as some pages
# and exports write them.
_HYPHENED = rf"[0-3]?\d-{MONTH}-{YEAR}"
DATE = (
    rf"(?:{WEEKDAY}?(?:{MONTH}\s+{DAY},?\s+{YEAR}|{DAY}\s+{MONTH},?\s+{YEAR}|{YEAR}-[01]\d-[0-3]\d|{_HYPHENED})"
    rf"|{WEEKDAY}?(?:{MONTH}\s+{DAY}|{DAY}\s+{MONTH})(?![\w,]*\s*{_ANY_YEAR}))"
)

# The words that label a page's date stamp ("Published: …", "Posted on …", "Last updated …"): those
# of its first publication, and those of a later change. "Date" labels a date too, but as a field's
# name ("Date: 14 March 2025"), so it is no stamp's word: the date modules add it where they read
# labels (:mod:`date_patterns`, :mod:`date_stamps`).
PUBLISHED_WORDS = ("first published", "published", "posted")
UPDATED_WORDS = ("last updated", "updated", "modified")
# Those words as a regex source (no group; match it case-insensitively).
STAMP_LABEL = "|".join(w.replace(" ", r"[ \t]+") for w in (*PUBLISHED_WORDS, *UPDATED_WORDS))
