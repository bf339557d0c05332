"""Month names in the languages news is often written in, for dates the figure recogniser reads
beside English ones ("le 3 mars 2025", "3. März", "3 de marzo de 2025", "8 марта").

The names are CLDR's (the Unicode Common Locale Data Repository), as packaged by ``babel``: each
locale's wide month names, in the form a date uses ("marca", "марта": the genitive) and the
form standing alone ("marzec", "март"), lower case, one ``name<TAB>month`` a line in
``month_names.txt`` beside this module (read in well under a millisecond; babel is needed only to
regenerate it: ``python -m waic_reader.index.analysis.month_names``).

English names are not listed (``lexicon.MONTHS`` has them), nor Latin-script names of three letters
or fewer ("mac", "jun"): too many are English words or abbreviations. In the other scripts
(Cyrillic, Greek) no name is an English word: their short names are listed too, CLDR's abbreviated
forms without the dot ("мар", "мая", "сент": "МАДРИД, 14 мар" is a dateline's date, t13at N12).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path
from typing import Literal

FILE = Path(__file__).with_name("month_names.txt")
# Languages of a good share of the world's news, written with spaces between words.
LOCALES = (
    "fr de es it pt nl sv da nb nn pl ru uk be tr id ms cs sk ro hu fi ca gl eu hr sl sr bs bg mk el lt lv et sq"
).split()
# The forms read of each locale: the date's and the standing-alone, wide and abbreviated.
_FORMS: tuple[tuple[Literal["format", "stand-alone"], Literal["wide", "abbreviated"]], ...] = (
    ("format", "wide"),
    ("stand-alone", "wide"),
    ("format", "abbreviated"),
    ("stand-alone", "abbreviated"),
)
_ENGLISH = frozenset("january february march april may june july august september october november december".split())


@cache
def month_names() -> dict[str, int]:
    """Lower-case month name → month number (1-12), from ``month_names.txt``; a name two
    languages give different months is left out."""
    out: dict[str, int] = {}
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, month = line.partition("\t")
            out[name] = int(month)
    return out


def regenerate() -> None:
    """Write ``month_names.txt`` from babel's CLDR data (a development step)."""
    import babel
    from babel.dates import get_month_names

    found: dict[str, set[int]] = {}
    for locale in LOCALES:
        for context, width in _FORMS:
            for month, name in get_month_names(width, context=context, locale=locale).items():
                low = name.lower().strip().rstrip(".")
                if low.startswith("de "):  # Catalan "de gener": the name is the last word
                    low = low[3:]
                latin = low.isascii() or "LATIN" in unicodedata.name(low[0], "")
                if (latin and (width == "abbreviated" or len(low) <= 3)) or len(low) < 3:
                    continue
                if " " in low or any(c.isdigit() for c in low) or low in _ENGLISH:
                    continue
                found.setdefault(low, set()).add(int(month))
    lines = [
        f"# Month names of {len(LOCALES)} languages: CLDR via the babel package {babel.__version__}.",
        "# Regenerate: python -m waic_reader.index.analysis.month_names",
    ]
    lines += [f"{name}\t{months.pop()}" for name, months in sorted(found.items()) if len(months) == 1]
    FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    regenerate()
