"""Dates written in other languages than English ("16. März 2025", "Publié le 14 mars 2025", "14 de
marzo de 2025", "16 marca 2025", "2025年3月16日"): one table, :data:`LANGUAGES`, of each language's
month names (full and short), the words that label a date stamp as a first publication or a later
change, and the other words a stamp line is written with (prepositions, weekdays, "Uhr"); and the
regex sources made from it, shared by the date modules (:mod:`date_patterns`, :mod:`date_parse`,
:mod:`date_stamps`, :mod:`dates`: dates in text and in metadata values).

The month and weekday names are CLDR's (the Unicode Common Locale Data Repository), as packaged by
``babel``: for each language of :data:`LOCALES`, its locales' month names in the form a date uses
and the form standing alone (so Polish "marca" and "marzec", Russian "марта" and "март", Czech
"března" and "březen"), wide and abbreviated ("Sept.", "févr."), and the weekday names, one
``language<TAB>month|day<TAB>number<TAB>name`` a line in ``date_names.txt`` beside this module
(read in well under a millisecond; babel is needed only to regenerate it: ``python -m
waic_reader.index.corpus.date_languages``). A form read without its dot ("Okt." is "okt") and,
for a name with accents, without them too ("fevrier", "marco", as plain ASCII text writes them).
What CLDR does not have and news writes is :data:`_MORE_MONTHS`, a few forms. The labels and the
other words of a stamp line (:data:`_STAMP_WORDS`) are the project's.

A language is added by adding its locales and its stamp words; nothing else names a language. A
day, month name and year is read in the order these languages write it, day first ("16. März
2025", "14 de marzo de 2025", "le 1er mars 2025"), with a time after it when one is written ("16.
März 2025, 10:30 Uhr", "14 mars 2025 à 10h30"); Chinese, Japanese and Korean write year, month and
day with their characters ("2025年3月16日", "2025년 3월 16일"). A year is needed: a day and month
alone ("14 mars") in running text is too weak a sign, as "March 14" alone on a line is in English.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from waic_reader.index.corpus.date_forms import YEAR

__all__ = [
    "CJK_DATE",
    "CJK_DATELINE",
    "DATELINE_DATE",
    "LANGUAGES",
    "MONTH_WORDS",
    "PUBLISHED",
    "STAMP_WORDS",
    "UPDATED",
    "WRITTEN_DATE",
    "Language",
]

FILE = Path(__file__).with_name("date_names.txt")
# Each language's CLDR locales: its own, and the regional ones whose names differ from it ("Jänner"
# in Austria, "juill." in Canada, "setiembre" in Peru and Uruguay, "sep" in Latin America).
LOCALES: dict[str, tuple[str, ...]] = {
    "de": ("de", "de_AT", "de_CH"),
    "fr": ("fr", "fr_CA"),
    "es": ("es", "es_419", "es_PE"),
    "it": ("it",),
    "pt": ("pt", "pt_PT"),
    "nl": ("nl",),
    "pl": ("pl",),
    "ru": ("ru",),
    "cs": ("cs",),
    "da": ("da",),
    "nb": ("nb",),
    "fi": ("fi",),
    "hu": ("hu",),
    # Arabic: the Gregorian month names of Egypt and the Gulf ("نوفمبر"; t13az N9, round s53-d). The
    # Levant's ("تشرين الثاني") are two words each, which this table's one-word forms cannot hold.
    "ar": ("ar",),
}
# Month forms news writes that CLDR does not have (month → forms, lower case, without a dot):
# Austrian "Feber", "März" written without its umlaut ("Maerz") and DIN 5008's "Mrz.", French "fév.",
# Italian "sett." (Dutch "sept." is read as German, French and Spanish write it: the forms are read
# in any of the languages).
_MORE_MONTHS: dict[str, dict[int, str]] = {
    "de": {2: "feber", 3: "maerz mrz"},
    "fr": {2: "fév"},
    "it": {9: "sett"},
}


@dataclass(frozen=True, slots=True)
class _StampWords:
    """The project's words of a language's date stamp (see :class:`Language`)."""

    published: tuple[str, ...]
    updated: tuple[str, ...]
    words: tuple[str, ...]


# The labels of a first publication and a later change, and a stamp line's other words
# (prepositions, "Uhr", a weekday CLDR does not name: "Sonnabend"); the weekdays are CLDR's.
_STAMP_WORDS: dict[str, _StampWords] = {
    "de": _StampWords(
        ("veröffentlicht", "erschienen", "publiziert"),
        ("aktualisiert", "zuletzt aktualisiert", "geändert"),
        tuple("am um uhr stand vom von sonnabend".split()),
    ),
    "fr": _StampWords(("publié", "paru"), ("mis à jour", "modifié", "actualisé"), tuple("le à h du mis jour".split())),
    "es": _StampWords(("publicado",), ("actualizado", "modificado"), tuple("el a las de del h hs".split())),
    "it": _StampWords(("pubblicato",), ("aggiornato", "modificato"), tuple("il alle ore".split())),
    "pt": _StampWords(
        ("publicado", "publicada"), ("atualizado", "atualizada", "actualizado"), tuple("em às de h".split())
    ),
    "nl": _StampWords(("gepubliceerd",), ("bijgewerkt", "gewijzigd"), tuple("op om uur".split())),
    "pl": _StampWords(("opublikowano",), ("zaktualizowano", "aktualizacja"), tuple("dnia o godz r".split())),
    "ru": _StampWords(("опубликовано",), ("обновлено",), tuple("в г".split())),
    "cs": _StampWords(("publikováno", "zveřejněno"), ("aktualizováno",), tuple("v dne".split())),
    # (Danish and Norwegian "kl." and Finnish "klo" before the time: "3. april 2026 kl. 08.15")
    "da": _StampWords(("publiceret", "offentliggjort"), ("opdateret",), tuple("den kl".split())),
    "nb": _StampWords(("publisert",), ("oppdatert",), tuple("den kl".split())),
    "fi": _StampWords(("julkaistu",), ("päivitetty",), ("klo",)),
    "hu": _StampWords(("közzétéve", "megjelent"), ("frissítve", "módosítva"), ()),
    "ar": _StampWords(("نشر",), ("تحديث",), ()),
    # Chinese, Japanese and Korean write the date with characters (CJK_DATE), no month names.
    "zh": _StampWords(
        ("发布", "發布", "发表", "發表"),
        ("更新",),
        ("时间", "時間", "日期", "北京时间", "北京時間", "格林尼治标准时间", "格林尼治標準時間"),
    ),
    "ja": _StampWords(("公開", "掲載", "配信", "投稿"), ("更新",), ("日時", "時間")),
    "ko": _StampWords(("입력", "게재"), ("수정", "업데이트"), ()),
}


@dataclass(frozen=True, slots=True)
class Language:
    """How one language writes a date stamp: ``months``, January to December, each its names
    separated by spaces, lower case, without a dot (CLDR's, :data:`_MORE_MONTHS`', then those
    without their accents); the words that
    label a first publication (``published``) and a later change (``updated``), in lower case,
    a label of several words with its spaces; and the other words of a stamp line (``words``:
    prepositions, weekdays, "Uhr"), which make no headline of it."""

    months: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    words: tuple[str, ...]


def _unaccented(name: str) -> str | None:
    """``name`` without its accents when that leaves plain ASCII letters ("février" → "fevrier",
    "março" → "marco"); None when it has none, has letters that do not decompose ("październik"),
    or is shorter than four letters: a short form without its accents is often another word
    (Czech "úno" would be "uno", "bře" "bre")."""
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    return bare if bare != name and bare.isascii() and len(bare) >= 4 else None


def _names() -> dict[str, tuple[list[list[str]], list[str]]]:
    """``date_names.txt`` read: language → (its months' forms, January first; its weekday words)."""
    out: dict[str, tuple[list[list[str]], list[str]]] = {}
    if not FILE.exists():  # only while regenerating it from nothing
        return out
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lang, kind, number, name = line.split("\t")
        months, days = out.setdefault(lang, ([[] for _ in range(12)], []))
        if kind == "month":
            months[int(number) - 1].append(name)
        else:
            days.append(name)
    return out


def _language(code: str, names: dict[str, tuple[list[list[str]], list[str]]]) -> Language:
    said = _STAMP_WORDS[code]
    forms, days = names.get(code, ([], []))
    months: list[str] = []
    for n, found in enumerate(forms, 1):
        written = [*found, *_MORE_MONTHS.get(code, {}).get(n, "").split()]
        written += [bare for name in written if (bare := _unaccented(name)) is not None]
        months.append(" ".join(dict.fromkeys(written)))
    return Language(tuple(months), said.published, said.updated, (*said.words, *days))


_NAMES = _names()
LANGUAGES: dict[str, Language] = {code: _language(code, _NAMES) for code in _STAMP_WORDS}

# Every month name and short form of the table (lower case) → its month, 1-12. The languages
# agree where they share a form ("mar" is March, "mai" May, "sept" September in each).
MONTH_WORDS: dict[str, int] = {
    word: n for lang in LANGUAGES.values() for n, names in enumerate(lang.months, 1) for word in names.split()
}
# The languages of the table that write a date's day as an ordinal with a dot before the month's
# name (CLDR's "d. MMMM" and Hungarian's "y. MMMM d." patterns): German, Danish, Norwegian Bokmål,
# Finnish, Czech, Polish, Hungarian. Only their months' forms make "14." a day (blocks.day_ordinal_dot).
ORDINAL_DAY_LANGUAGES = ("de", "da", "nb", "fi", "cs", "pl", "hu")
# English's month names and short forms (CLDR en, wide and abbreviated, and AP's "Sept"): a form of
# an ordinal-day language written so ("august", "april", "jan", "nov") may be English copy's word or
# a given name ("1. Jan Frodeno"), so it makes a day only before a year (review s49-rv3 finding 4).
ENGLISH_MONTH_FORMS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# The ordinal-day languages' month forms (lower case) → month, 1-12.
ORDINAL_MONTH_WORDS: dict[str, int] = {
    word: n
    for code in ORDINAL_DAY_LANGUAGES
    if code in LANGUAGES
    for n, names in enumerate(LANGUAGES[code].months, 1)
    for word in names.split()
}
# Every weekday name of the table (lower case, CLDR's wide names: "samstag", "samedi", "sábado").
WEEKDAY_WORDS = frozenset(day for _months, days in _NAMES.values() for day in days)
# The labels of a first publication and of a later change, in any of the languages.
PUBLISHED = frozenset(w for lang in LANGUAGES.values() for w in lang.published)
UPDATED = frozenset(w for lang in LANGUAGES.values() for w in lang.updated)
# The words of a stamp line in these languages (labels and others), in lower case, one word each.
STAMP_WORDS = frozenset(
    word for lang in LANGUAGES.values() for w in (*lang.published, *lang.updated, *lang.words) for word in w.split()
)

_MONTH = "|".join(re.escape(w) for w in sorted(MONTH_WORDS, key=len, reverse=True))
# A time after the date ("16. März 2025, 10:30 Uhr", "14 mars 2025 à 10h30", "14 de marzo de
# 2025 - 10:30 h", "14 marzo 2025 alle ore 10.30", "14 de marzo de 2026 · 9:40"), and a zone in
# capitals after it.
_TIME = (
    r"(?:\s*(?:,|à|um|a\s+las|alle(?:\s+ore)?|ore|às|om|-|–|—|\||/|·)?\s*"
    r"(?P<h>[0-2]?\d)(?:[:.]|\s*h\s*)(?P<mi>[0-5]\d)(?![\d.:])(?:\s*(?:Uhr|uur|hs?)(?!\w))?"
    r"(?:\s*\(?(?P<zone>[A-Z]{2,5})\)?(?!\w))?)?"
)
# Such a time alone, after a date written in numbers under a label ("Modifié le 12/03/2026 à
# 09:10", "Veröffentlicht am 12.03.2026 um 07:45 Uhr"): groups h, mi, zone when there is one.
TIME_AFTER = re.compile(_TIME)
# The word for "year" Russian and Polish write after one ("16 марта 2025 г.", "16 marca 2025 r.").
_YEAR_WORD = r"(?:\s*(?:г|r)\.)?"
# A day, month name and year, day first ("16. März 2025", "14 de marzo de 2025", "1er mars
# 2025", "14 marzo 2025"), with its time: groups d, mon, y, and h, mi, zone when timed.
WRITTEN_DATE = (
    rf"(?<![\w.])(?P<d>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+)?(?P<mon>(?i:{_MONTH}))(?!\w)\.?,?\s*(?:de\s+|del\s+)?"
    rf"(?P<y>{YEAR})(?!\d){_YEAR_WORD}{_TIME}"
)
# A wire dateline's date in these languages, the year often left out ("PARIS, le 3 mars (AFP) -",
# "MADRID, 3 mar (Reuters) -", "BERLIN, 3. März (dpa) -", "LISBOA, 3 de março de 2025 (Lusa) -"):
# the whole of the date dateline.py's grammar found there, an article before the day; groups d,
# mon and y (None when the year is not written).
DATELINE_DATE = (
    rf"(?:(?i:le|el|il|am|den|op|em|o)\s+)?(?P<d>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+)?(?P<mon>(?i:{_MONTH}))\.?"
    rf"(?:,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR}){_YEAR_WORD})?"
)
# Year, month and day in Chinese, Japanese or Korean characters ("2025年3月16日", "2025년 3월
# 16일"), full-width digits too, with a clock time after it ("2025年3月16日 10:30", "10時30分"):
# groups cy, cm, cd, and ch, cmi when timed.
CJK_DATE = (
    r"(?<!\d)(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일]"
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）)?\s*(?P<ch>\d{1,2})\s*[:：時时시]\s*(?P<cmi>\d{1,2})(?!\d)\s*[分분]?)?"
)


# A Chinese wire's dateline ("新华社悉尼3月15日电", "中新社北京3月15日电（记者 王雪）", "新华社北京
# 2026年3月15日电"): the agency and the place in Han characters, then the day, closed by 电 (a
# wire's "cable") or 讯 ("news"), as Xinhua's style sheet and the Chinese press set every wire
# story's first words; the year is most often left out. Groups cy (None when not written), cm, cd.
CJK_DATELINE = (
    r"(?m)^[ \t]*[\u3400-\u4dbf\u4e00-\u9fff]{2,16}?(?:(?P<cy>\d{4})\s*年\s*)?"
    r"(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日\s*[电電讯訊]"
)


def regenerate() -> None:
    """Write ``date_names.txt`` from babel's CLDR data (a development step)."""
    FILE.write_text("\n".join(cldr_lines()) + "\n", encoding="utf-8")


def cldr_lines() -> list[str]:
    """``date_names.txt``'s lines from babel's CLDR data: each language's month names (format and
    stand-alone, wide and abbreviated, of each of its locales) and weekday names (wide), lower
    case, a month's forms without a dot, a name of several words ("segunda-feira") as its words."""
    import babel
    from babel.dates import get_day_names, get_month_names

    lines = [
        f"# Month and weekday names of {len(LOCALES)} languages: CLDR via the babel package {babel.__version__}.",
        "# Regenerate: python -m waic_reader.index.corpus.date_languages",
    ]
    for lang, locales in LOCALES.items():
        seen: dict[tuple[str, int], str] = {}
        for locale in locales:
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for month, name in get_month_names(width, context=context, locale=locale).items():
                        seen.setdefault(("month", int(month)), "")
                        low = name.lower().strip().rstrip(".")
                        if low not in seen[("month", int(month))].split():
                            seen[("month", int(month))] = f"{seen[('month', int(month))]} {low}".strip()
                for day, name in get_day_names("wide", context=context, locale=locale).items():
                    key = ("day", int(day) + 1)
                    for word in re.findall(r"[^\W\d_]+", name.lower()):
                        if word not in seen.get(key, "").split():
                            seen[key] = f"{seen.get(key, '')} {word}".strip()
        for (kind, number), names in sorted(seen.items()):
            lines += [f"{lang}\t{kind}\t{number}\t{name}" for name in names.split()]
    return lines


if __name__ == "__main__":
    regenerate()
