"""Dates written in other languages than English ("16. März 2025", "Publié le 14 mars 2025", "14 de
marzo de 2025", "2025年3月16日"): one table, :data:`LANGUAGES`, of each language's month names (full
and short), the words that label a date stamp as a first publication or a later change, and the
other words a stamp line is written with (prepositions, weekdays, "Uhr"); and the regex sources
made from it, shared by :mod:`dates` (dates in text and in metadata values).

A language is added by adding its row; nothing else names a language. A day, month name and
year is read in the order these languages write it, day first ("16. März 2025", "14 de marzo de
2025", "le 1er mars 2025"), with a time after it when one is written ("16. März 2025, 10:30 Uhr",
"14 mars 2025 à 10h30"); Chinese, Japanese and Korean write year, month and day with their
characters ("2025年3月16日", "2025년 3월 16일"). A year is needed: a day and month alone ("14 mars")
in running text is too weak a sign, as "March 14" alone on a line is in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from waic_reader.index.corpus.date_forms import YEAR

__all__ = [
    "CJK_DATE",
    "DATELINE_DATE",
    "LANGUAGES",
    "MONTH_WORDS",
    "PUBLISHED",
    "STAMP_WORDS",
    "UPDATED",
    "WRITTEN_DATE",
    "Language",
]


@dataclass(frozen=True, slots=True)
class Language:
    """How one language writes a date stamp: ``months``, January to December, each its names
    separated by spaces (full name first, then short forms, without their dot); the words that
    label a first publication (``published``) and a later change (``updated``), in lower case,
    a label of several words with its spaces; and the other words of a stamp line (``words``:
    prepositions, weekdays, "Uhr"), which make no headline of it."""

    months: tuple[str, ...]
    published: tuple[str, ...]
    updated: tuple[str, ...]
    words: tuple[str, ...]


LANGUAGES: dict[str, Language] = {
    "de": Language(
        months=(
            "januar jänner jan jän",
            "februar feber feb",
            "märz maerz mär mrz",
            "april apr",
            "mai",
            "juni jun",
            "juli jul",
            "august aug",
            "september sept sep",
            "oktober okt",
            "november nov",
            "dezember dez",
        ),
        published=("veröffentlicht", "erschienen", "publiziert"),
        updated=("aktualisiert", "zuletzt aktualisiert", "geändert"),
        words=tuple(
            "am um uhr stand vom von montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
        ),
    ),
    "fr": Language(
        months=(
            "janvier janv",
            "février fevrier févr fév",
            "mars",
            "avril avr",
            "mai",
            "juin",
            "juillet juil",
            "août aout",
            "septembre sept",
            "octobre oct",
            "novembre nov",
            "décembre decembre déc",
        ),
        published=("publié", "paru"),
        updated=("mis à jour", "modifié", "actualisé"),
        words=tuple("le à h du mis jour lundi mardi mercredi jeudi vendredi samedi dimanche".split()),
    ),
    "es": Language(
        months=(
            "enero ene",
            "febrero feb",
            "marzo mar",
            "abril abr",
            "mayo may",
            "junio jun",
            "julio jul",
            "agosto ago",
            "septiembre setiembre sept sep",
            "octubre oct",
            "noviembre nov",
            "diciembre dic",
        ),
        published=("publicado",),
        updated=("actualizado", "modificado"),
        words=tuple("el a las de del h hs lunes martes miércoles jueves viernes sábado domingo".split()),
    ),
    "it": Language(
        months=(
            "gennaio gen",
            "febbraio feb",
            "marzo mar",
            "aprile apr",
            "maggio mag",
            "giugno giu",
            "luglio lug",
            "agosto ago",
            "settembre sett set",
            "ottobre ott",
            "novembre nov",
            "dicembre dic",
        ),
        published=("pubblicato",),
        updated=("aggiornato", "modificato"),
        words=tuple("il alle ore lunedì martedì mercoledì giovedì venerdì sabato domenica".split()),
    ),
    "pt": Language(
        months=(
            "janeiro jan",
            "fevereiro fev",
            "março marco mar",
            "abril abr",
            "maio mai",
            "junho jun",
            "julho jul",
            "agosto ago",
            "setembro set",
            "outubro out",
            "novembro nov",
            "dezembro dez",
        ),
        published=("publicado", "publicada"),
        updated=("atualizado", "atualizada", "actualizado"),
        words=tuple("em às de h segunda terça quarta quinta sexta feira sábado domingo".split()),
    ),
    "nl": Language(
        months=(
            "januari jan",
            "februari feb",
            "maart mrt",
            "april apr",
            "mei",
            "juni jun",
            "juli jul",
            "augustus aug",
            "september sept sep",
            "oktober okt",
            "november nov",
            "december dec",
        ),
        published=("gepubliceerd",),
        updated=("bijgewerkt", "gewijzigd"),
        words=tuple("op om uur maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()),
    ),
    # Chinese, Japanese and Korean write the date with characters (CJK_DATE), no month names.
    "zh": Language(
        months=(),
        published=("发布", "發布", "发表", "發表"),
        updated=("更新",),
        words=("时间", "時間", "日期", "北京时间", "北京時間", "格林尼治标准时间", "格林尼治標準時間"),
    ),
    "ja": Language(months=(), published=("公開", "掲載", "配信", "投稿"), updated=("更新",), words=("日時", "時間")),
    "ko": Language(months=(), published=("입력", "게재"), updated=("수정", "업데이트"), words=()),
}

# Every month name and short form of the table (lower case) → its month, 1-12. The languages
# agree where they share a form ("mar" is March, "mai" May, "sept" September in each).
MONTH_WORDS: dict[str, int] = {
    word: n for lang in LANGUAGES.values() for n, names in enumerate(lang.months, 1) for word in names.split()
}
# The labels of a first publication and of a later change, in any of the languages.
PUBLISHED = frozenset(w for lang in LANGUAGES.values() for w in lang.published)
UPDATED = frozenset(w for lang in LANGUAGES.values() for w in lang.updated)
# The words of a stamp line in these languages (labels and others), in lower case, one word each.
STAMP_WORDS = frozenset(
    word for lang in LANGUAGES.values() for w in (*lang.published, *lang.updated, *lang.words) for word in w.split()
)

_MONTH = "|".join(re.escape(w) for w in sorted(MONTH_WORDS, key=len, reverse=True))
# A time after the date ("16. März 2025, 10:30 Uhr", "14 mars 2025 à 10h30", "14 de marzo de
# 2025 - 10:30 h", "14 marzo 2025 alle ore 10.30"), and a zone in capitals after it.
_TIME = (
    r"(?:\s*(?:,|à|um|a\s+las|alle(?:\s+ore)?|ore|às|om|-|–|—|\||/)?\s*"
    r"(?P<h>[0-2]?\d)(?:[:.]|\s*h\s*)(?P<mi>[0-5]\d)(?![\d.:])(?:\s*(?:Uhr|uur|hs?)(?!\w))?"
    r"(?:\s*\(?(?P<zone>[A-Z]{2,5})\)?(?!\w))?)?"
)
# A day, month name and year, day first ("16. März 2025", "14 de marzo de 2025", "1er mars
# 2025", "14 marzo 2025"), with its time: groups d, mon, y, and h, mi, zone when timed.
WRITTEN_DATE = (
    rf"(?<![\w.])(?P<d>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+)?(?P<mon>(?i:{_MONTH}))(?!\w)\.?,?\s*(?:de\s+|del\s+)?"
    rf"(?P<y>{YEAR})(?!\d){_TIME}"
)
# A wire dateline's date in these languages, the year often left out ("PARIS, le 3 mars (AFP) -",
# "MADRID, 3 mar (Reuters) -", "BERLIN, 3. März (dpa) -", "LISBOA, 3 de março de 2025 (Lusa) -"):
# the whole of the date dateline.py's grammar found there, an article before the day; groups d,
# mon and y (None when the year is not written).
DATELINE_DATE = (
    rf"(?:(?i:le|el|il|am|den|op|em|o)\s+)?(?P<d>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+)?(?P<mon>(?i:{_MONTH}))\.?"
    rf"(?:,?\s*(?:de\s+|del\s+)?(?P<y>{YEAR}))?"
)
# Year, month and day in Chinese, Japanese or Korean characters ("2025年3月16日", "2025년 3월
# 16일"), full-width digits too, with a clock time after it ("2025年3月16日 10:30", "10時30分"):
# groups cy, cm, cd, and ch, cmi when timed.
CJK_DATE = (
    r"(?<!\d)(?P<cy>\d{4})\s*[年년]\s*(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日일]"
    r"(?:\s*(?:\([^)]{1,3}\)|（[^）]{1,3}）)?\s*(?P<ch>\d{1,2})\s*[:：時时시]\s*(?P<cmi>\d{1,2})(?!\d)\s*[分분]?)?"
)
