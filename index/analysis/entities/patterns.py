"""DATE patterns, the figure spans (MONEY, PERCENT, QUANTITY, CARDINAL from figures.py),
datelines, bylines and tickers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from waic_reader.index.analysis.entities.gazetteer import city_names, places_folded, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    BROADCAST_WORDS,
    COMMON_WORDS,
    CUES,
    MEDIA,
    NAME_PARTICLES,
    OUTLET_LAST,
    STOP_ACRONYMS,
    legal_form,
    title_cased,
)
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.figures import no_figure_spans
from waic_reader.index.analysis.lexicon import MONTH_NUMBERS, NUMBER_WORDS, SPAN_SHARE, SPAN_SHARE_GAP, WEEKDAYS
from waic_reader.index.corpus import bylines, dateline
from waic_reader.index.corpus.date_forms import DATE, YEAR

if TYPE_CHECKING:
    from waic_reader.index.analysis.figures import Figure
from waic_reader.index.corpus.letters import CAP, LETTER, UPPER
from waic_reader.index.corpus.tokens import strip_accents

# ---------------------------------------------------------------------------------------------
# Number, money, date patterns

# The number words a DATE's count is written with ("the past three years", "a two-week stay"):
# lexicon.NUMBER_WORDS' two to ninety (one list of number words for the engine; "one" and "a" are
# each pattern's own), with the scale words and "dozen" in the forms dates use them.
_WORDNUM = (
    "(?:"
    + "|".join(
        sorted(
            [w for w, v in NUMBER_WORDS.items() if 2 <= v <= 90 and w != "dozen"]
            + [r"hundred", r"a\s+hundred", r"a\s+thousand", r"dozens", r"a\s+dozen"],
            key=len,
            reverse=True,
        )
    )
    + ")"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d))"
)
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|"
    r"December)"
)
# (a year straight after "mid-", "early-" or "late-" too: "mid-2019" was no DATE at all)
_YEAR = r"(?:(?<![\w.,$€£¥-])|(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-))(?:(?:1[89]|20)\d0s\b|(?:1[89]|20)\d{2}(?![\w%]|[.,]\d))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "DATE",
        re.compile(
            r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH + r"\s\d{1,2}(?:st|nd|rd|th)?"
            r"(?:[-–]\d{1,2}(?!\d))?(?:,?\s(?:1[89]|20)\d{2})?\b(?:\s(?:each|every)\s(?:year|month))?"
        ),
    ),
    ("DATE", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?" + _MONTH + r"(?:,?\s(?:1[89]|20)\d{2})?\b")),
    ("DATE", re.compile(r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH + r",?\s(?:1[89]|20)\d{2}\b")),
    ("DATE", re.compile(r"\b(?:(?:early|mid|late)[\s-])?" + _MONTH_ALONE + r"\b")),
    ("DATE", re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("DATE", re.compile(r"\b(?:between|from)\s" + _YEAR + r"\s(?:and|to|through)\s" + _YEAR)),
    ("DATE", re.compile(r"(?:\b(?:the\s)?(?:early|mid|late)[\s-])?" + _YEAR + r"s?")),
    (
        "DATE",
        re.compile(
            r"\bQ[1-4](?:\s(?:1[89]|20)\d{2})?\b|\b(?:first|second|third|fourth)[\s-]"
            r"quarter\b(?:\sof\s(?:(?:this|last|next)\syear|(?:1[89]|20)\d{2})\b)?"
            r"|\bfiscal\s(?:1[89]|20)\d{2}\b|\b(?:full|half)-year\b|\b(?:first|second)-half\b",
            re.I,
        ),
    ),
    (
        "DATE",
        re.compile(
            r"\b(?:(?:earlier|later|early|late)\s)?(?:this|last|next|past|coming|previous)\s"
            r"(?:week|month|year|decade|weekend|quarter|spring|summer|autumn|fall|"
            r"winter|century)\b(?:\s(?:ago|earlier|later)\b(?!\sthan))?|\b(?:yesterday|today|tomorrow)\b|\brecent\s(?:years|"
            r"months|weeks|decades)\b|\bthe\s(?:past|last|next|previous|coming)\s"
            r"(?:(?:few|several|" + _WORDNUM + r"|\d+)\s)?(?:years|months|weeks|days|"
            r"decades)\b",
            re.I,
        ),
    ),
    ("DATE", re.compile(r"\b(?:\d+|" + _WORDNUM + r"|one)-(?:day|week|month|year|decade)\b(?:-old\b)?", re.I)),
    ("DATE", re.compile(r"\b(?:annual|annually|weekly|monthly|quarterly|yearly|biannual)\b", re.I)),
    (
        "DATE",
        re.compile(
            r"\b(?:end|start|beginning|middle)\sof\s(?:" + _YEAR + r"|(?:this|last|next)\s"
            r"(?:year|month|decade)\b|" + _MONTH_ALONE + r"(?:\s(?:1[89]|20)\d{2})?\b)"
        ),
    ),
    ("DATE", re.compile(r"\b(?:each|every)\s(?:" + _MONTH_ALONE + r"|May)\b")),
]
# Durations and relative spans ending in a time unit ("37 days", "another two years", "more than a
# decade", "a year earlier"): found backwards from the unit word, see _duration.
_DUR_UNITS = frozenset(
    "day days week weeks month months year years decade decades quarter quarters "
    "century centuries summers winters seasons".split()
)
_DUR_BEFORE = re.compile(
    r"(?:\b(?:(?:more|less|fewer)\s+than|another|at\s+least|nearly|almost|"
    r"the\s+(?:past|last|next|previous|first|coming|following))\s+)?"
    # (a share of the span first: "half a century ago", "a quarter of a century ago", never "a
    # century ago" with "half" lost: lexicon.SPAN_SHARE, as the fact sheet reads it)
    r"(?:\b(?:" + SPAN_SHARE + r"|\d+(?:\.\d+)?|" + _WORDNUM + r"|one|a|an|a\s+few|several)" + SPAN_SHARE_GAP + r")$",
    re.I,
)
_DUR_AFTER = re.compile(r"\s(?:ago|earlier|later|before)\b(?!\sthan)")
FIGURE_PRIORITY = {"MONEY": 0, "PERCENT": 0, "QUANTITY": 1, "DATE": 2, "CARDINAL": 3}
_LEADING_THE = re.compile(r"^the\s", re.I)


_DIGIT_PATS = (1, 6, 9)
_WORD_PATS_EXTRA = {
    "annual": (10,),
    "annually": (10,),
    "weekly": (10,),
    "monthly": (10,),
    "quarterly": (10,),
    "yearly": (10,),
    "biannual": (10,),
    "end": (11,),
    "start": (11,),
    "beginning": (11,),
    "middle": (11,),
    "each": (12,),
    "every": (12,),
    "full": (7,),
    "half": (7,),
    "first": (7,),
    "second": (7,),
    "third": (7,),
    "fourth": (7,),
}
_WORD_PATS: dict[str, tuple[int, ...]] = {}
for _w in MONTH_NUMBERS:
    _WORD_PATS[_w] = (0, 2, 3)
for _w in WEEKDAYS:
    _WORD_PATS[_w] = (4,)
for _w in (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred dozen dozens one"
).split():
    _WORD_PATS[_w] = (9,)
for _w in "this last next past coming previous yesterday today tomorrow recent".split():
    _WORD_PATS[_w] = (8,)
for _w in ("between", "from"):
    _WORD_PATS[_w] = (5,)
for _w in ("q1", "q2", "q3", "q4", "quarter", "fiscal"):
    _WORD_PATS[_w] = (7,)
_WORD_PATS.update(_WORD_PATS_EXTRA)


_NO_TRIGGER = (False, ())
_TRIGGERS: dict[str, tuple[bool, tuple[int, ...]]] = {}


def _trigger(t: str) -> tuple[bool, tuple[int, ...]]:
    """(is a duration unit, patterns to try) for one token (see date_spans)."""
    c = t[0]
    dur = c.isalpha() and t.lower() in _DUR_UNITS
    if c.isdigit():
        pats: tuple[int, ...] = _DIGIT_PATS
    else:
        pats = _WORD_PATS.get(t.lower().rstrip("."), ())
    return (dur, pats) if dur or pats else _NO_TRIGGER


def date_spans(text: str, toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """DATE spans (numbers, money, percentages and quantities come from figures.py). Driven by trigger tokens so that the patterns are only
    tried where they can match (running them over the whole text was the slowest step)."""
    found: set[tuple[int, int, str]] = set()
    triggers = _TRIGGERS
    for k, (ts, _, t) in enumerate(toks):
        trig = triggers.get(t)
        if trig is None:
            trig = _trigger(t)
            if len(triggers) < 200_000:
                triggers[t] = trig
        if trig is _NO_TRIGGER:
            continue
        dur, pats = trig
        if dur:
            _duration(text, ts, toks[k][1], found)
        if not pats:
            continue
        # Patterns may begin one or two tokens earlier ("US$", "earlier this week", "the past").
        anchors = [ts]
        if k and toks[k - 1][1] >= ts - 1:
            anchors.append(toks[k - 1][0])
            if k > 1 and toks[k - 2][1] >= toks[k - 1][0] - 1:
                anchors.append(toks[k - 2][0])
        for p in pats:
            label, rx = _PATTERNS[p]
            for a in anchors:
                m = rx.match(text, a)
                if m is None:
                    continue
                s, e = m.span()
                if p in _YEAR_ALONE_PATS and not _year_alone(text, e):
                    continue  # "2000 people", "the 2000 homes": a count (figures.is_year), CARDINAL
                lead = _LEADING_THE.match(m.group())
                if lead:
                    s += lead.end()  # "the early 2000s": OntoNotes keeps "the" out of the span
                if e > s:
                    found.add((s, e, label))
    if found:
        from waic_reader.index.analysis.figures import no_figure_spans

        # "© 2026", "Copyright 2019-2026", a phone number's digits: no date (round s33-d)
        if none := [m.span() for m in no_figure_spans(text)]:
            found = {f for f in found if not any(a <= f[0] < b for a, b in none)}
    return sorted(found)


# The patterns ending in a year written without a day ("in 2019", "between 2019 and 2021", "end of
# 2019", "March 2019"): whether four digits there are a year or a count is the figure recogniser's
# decision ("In March 2000 people marched": "March" a DATE, "2000" people counted).
_YEAR_ALONE_PATS = frozenset({2, 5, 6, 11})
_FOUR_DIGITS = re.compile(r"(?<![\d.,])\d{4}$")


def _year_alone(text: str, end: int) -> bool:
    """Whether a DATE match ending at ``end`` in a bare four-digit number ends in a year, as the one
    rule for it (:func:`~waic_reader.index.analysis.figures.is_year`) reads it: "2000 people", "2019
    people were evacuated", "about 1900 children" are counts, as the fact sheet reads them (were DATE
    here whatever figures.py said; issue #16, round s32-j). Any other ending (a decade, "mid-2019")
    is kept."""
    from waic_reader.index.analysis.figures import is_year

    d = _FOUR_DIGITS.search(text, max(0, end - 5), end)
    return d is None or is_year(text, d.start(), end, int(d.group()))


_FIGURE_LABELS = {"money": "MONEY", "percent": "PERCENT", "quantity": "QUANTITY", "count": "CARDINAL"}


_SPACE_BEFORE_PERCENT = re.compile(r"\s+%")


def figure_name(written: str) -> str:
    """The name a date's or a figure's mention is keyed by: its words one space apart, and no
    space before a percent sign, which French and Spanish write ("80 %", "80\u202f%") and English
    does not ("80%"): one entity (t13ag N9)."""
    return _SPACE_BEFORE_PERCENT.sub("%", " ".join(written.split()))


# What a figure's key is made of: never a word a name is searched by (no space, no hyphen: a
# search term of its own, ``tokens.name_forms``), never a name an article writes (it opens with
# "=").
FIGURE_KEY_MARK = "="
# The last part of a vague amount's key ("thousands of": figure_names.figure_shown names it so).
VAGUE_KEY = "vague"


def _key_number(value: float) -> str:
    """A value as a key writes it: exact to 12 significant digits, "neg" for a minus sign (a
    hyphen would split the key into words)."""
    return format(value, ".12g").replace("-", "neg")


def figure_value_name(fig: Figure) -> str:
    """The name a MONEY, PERCENT, QUANTITY or CARDINAL mention is keyed by: its value, its high
    end (a range) and its unit (a currency, "%", "km"; "" for a count), one word opening with
    :data:`FIGURE_KEY_MARK`: "$2.5m" and "$2.5 million" → "=USD|2500000", "200-300" →
    "=|200..300". A bound ("over", "at least", "nearly", "up to") is no part of the key: "at
    least 312" is the figure 312 with a bound, as the fact sheet compares them (one value and its
    bound, ``facts.grouping``: "more than 23,000" agrees with "23,000"), so it is one entity with
    "312" whose mention keeps its bound in its span (t13ap N21; were two rows of the matrix).
    Its conversion ("(25 miles)") is no part of it either. A vague amount ("thousands of", "several
    hundred": ``Figure.vague``, its value the least it can mean) is no figure of that value: keyed
    apart, "=|2000|vague", never one entity with "2,000" (round s49-f)."""
    value = _key_number(fig.value)
    if fig.high is not None:
        value += ".." + _key_number(fig.high)
    return FIGURE_KEY_MARK + "|".join([fig.unit.replace(" ", "_"), value, *((VAGUE_KEY,) if fig.vague else ())])


def figure_term(term: str) -> str | None:
    """The ``entity`` search term (folded, ``tokens.name_form``) of the figure ``term`` (an
    ``entity:``/``who:`` term as asked, folded or not) is written as, when the whole of it is one
    MONEY, PERCENT, QUANTITY or CARDINAL figure: ``who:"$2.5m"`` then also finds the articles
    writing "$2.5 million", one entity (:func:`figure_value_name`); None for any other term."""
    from waic_reader.index.corpus.tokens import name_form

    text = term.strip()
    found = [(s, e, name) for s, e, _label, name in figure_mentions(text)]
    if len(found) != 1 or found[0][0] != 0 or found[0][1] != len(text):
        return None
    return name_form(found[0][2])


def figure_spans(text: str) -> list[tuple[int, int, str]]:
    """MONEY, PERCENT, QUANTITY and CARDINAL spans from the one figure recogniser (figures.py),
    as OntoNotes spans them: bound words in ("over 800"), hedges and the counted noun out."""
    return [(s, e, label) for s, e, label, _ in figure_mentions(text)]


def figure_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """:func:`figure_spans` with the name each mention is keyed by: the value the figure
    recogniser reads (:func:`figure_value_name`), so one amount however written is one entity
    ("$2.5m" and "$2.5 million", "5 pct" and "5%", "twelve" and "12": issue #16, round s41-x),
    its conversion aside ("200,000 taka ($1,640)" and "200,000 taka" one entity, t13ag-r R7, as
    the fact sheet reads them one value). The entity is shown by its value spelled one way
    (``figure_names.figure_shown`` of this key: "$2.5 million"), whichever articles are counted."""
    from waic_reader.index.analysis.figures import figures_of, names_a_thing

    out = []
    for f in figures_of(text):
        label = _FIGURE_LABELS.get(f.kind)
        if label is not None and names_a_thing(text, f, text.rfind("\n", 0, f.start) + 1):
            continue  # "Terminal 2", "Gate 7", "Coastal News 24": a name's number, no Number (t13aj N10)
        if label is not None and f.num_end > f.num_start and text[f.num_start : f.num_end].lower() not in ("a", "an"):
            # (the article of "A man was killed" counts one for the fact sheet: no Number)
            name = figure_value_name(f)
            if f.conversion_span is not None:
                # "40 kilometres (25 miles)", "15C (59F)", "Rs 16,189 crore, about $1.9 billion": one
                # figure, one mention, its conversion and closing bracket in it, as the fact sheet
                # reads it (were two, tinted apart; t13p F15)
                end = f.conversion_span[1]
                out.append((f.num_start, end + 1 if text[end : end + 1] == ")" else end, label, name))
            else:
                out.append((f.num_start, f.num_end, label, name))
    return out


def _duration(text: str, us: int, ue: int, found: set[tuple[int, int, str]]) -> None:
    """A DATE span ending in the time unit at us:ue, if a count stands before it."""
    m = _DUR_BEFORE.search(text, max(0, us - 40), us)
    if m is None:
        return
    s = m.start()
    if text[s : s + 4].lower() == "the ":
        s += 4
    e = ue
    count = text[s:us].split()
    after = _DUR_AFTER.match(text, ue)
    if after:
        e = after.end()
    elif count[-1].lower() in ("a", "an") and not text[us:ue].lower().startswith(("decade", "centur")):
        return  # "a year" alone is too often a rate ("$5 a year") or part of a longer phrase
    if text[us - 1] == "-" and not after:
        return  # "a half-century ago" only: "a half-day strike" is no span read here
    found.add((s, e, "DATE"))


# "By ANNA LIND and TOM RIVERS", "By Martha Quill, Reuters": the authors of the article.
_BYLINE_PART = rf"{CAP}(?:{LETTER}|['’.-])+"
# A name's word, never the "IN" or "AND" of a byline in capitals ("BY ATULA LONGKUMER IN
# KOHIMA": issue #16, round s41-e, one PERSON of all four words)
_BYLINE_NEXT = rf"(?<!\w)(?!(?:IN|AND)\b){_BYLINE_PART}"
# The particles inside an author's name: lexicons.NAME_PARTICLES ("van der", "dos", "de la": t13av
# N10, "Reporting by Pieter van der Walt" was no name) and the Irish patronymic prefixes written
# as words of their own with a capital ("Ó", "Ní", "Uí", "Mac", "Nic", "Mhic": Irish surnames, as
# the Irish-language naming convention writes them; t13ax N7, "Tomás Ó Fearghail" was no name)
_BYLINE_PARTICLES = "|".join(
    re.escape(p) for p in sorted(NAME_PARTICLES | {"Ó", "Ní", "Uí", "Ua", "Nic", "Mhic"}, key=lambda p: (-len(p), p))
)
_BYLINE_NAME = rf"{_BYLINE_NEXT}(?:\s+(?:{_BYLINE_NEXT}|(?:{_BYLINE_PARTICLES})(?!\w)))*\s+{_BYLINE_NEXT}"
# Each author may be followed by where they write from: "By Dana Roe in Oslo and Tom Rivers in Ho
# Chi Minh City", "BY ATULA LONGKUMER IN KOHIMA".
# A sports reporter's byline names the ground after "at": "By Yonas Tesfamariam at the Semera
# Stadium", "By Anna Berg at Wembley Stadium" (round s46-e, held-out 39's FAC was missed); the
# ground is read by its kind word (lexicons.CUES: Stadium, Arena, Park), else left unnamed.
_FROM_PLACE = (
    rf"(?:\s+(?:in|IN)\s+{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,3}}"
    rf"|\s+(?:at|AT)\s+(?:the\s+)?{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,3}})?"
)
_IN_PLACE = re.compile(rf"\s+(?:in|IN)\s+(?P<place>{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,3}})")
_AT_VENUE = re.compile(rf"\s+(?:at|AT)\s+(?:the\s+)?(?P<place>{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,3}})")
_BYLINE = re.compile(
    rf"[Bb][Yy]\s+(?P<names>{_BYLINE_NAME}{_FROM_PLACE}(?:(?:\s*,\s*|\s+and\s+|\s+AND\s+){_BYLINE_NAME}{_FROM_PLACE})*)"
)
# "From NORHAYATI ZAINAL ABIDIN in Genting Highlands": a correspondent's byline, the name in capitals.
_CAPS_PART = rf"[{UPPER}][{UPPER}'’.-]+"
_FROM_BYLINE = re.compile(
    rf"From\s+(?P<names>{_CAPS_PART}(?:\s+{_CAPS_PART}){{1,4}}(?:\s+in\s+{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,3}})?)\s*$"
)
TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.\-]{0,11}>|\((?:[A-Z0-9]{1,6}\.[A-Z]{1,3})\)")
# "(NASDAQ: VLTX)", "(NYSE:BRK)": the exchange is an organisation, the code after it is not. So
# with the exchanges that write their own names in mixed case ("(Euronext: CIG)", "(Nasdaq: HLVK)",
# "(Xetra: NWP)": t13ao N7, an ORG "CIG"; the exchanges' own spellings, ISO 10383's market names),
# which a plain capitalised word before a colon ("(Photo: AP)", "(Source: AFP)") is not.
_MIXED_CASE_EXCHANGES = "Euronext|Nasdaq|Xetra|Bovespa|Tadawul|Borsa|Bursa|Boursa"
EXCHANGE_TICKER = re.compile(
    rf"\((?:[A-Z]{{2,8}}(?:\s[A-Z]{{2,8}})?|(?:{_MIXED_CASE_EXCHANGES})(?:\s[A-Z][a-z]{{1,10}})?)"
    r":\s?(?P<code>[A-Z][A-Z0-9.\-]{0,9})\)"
)
# Job titles a byline names after its author ("By Kerry Dale, Showbiz Reporter"): not people.
_BYLINE_JOBS = frozenset(
    "reporter correspondent editor writer columnist producer contributor staff analyst critic "
    "journalist photographer team desk".split()
)
# Titles an author's name may carry in a byline: "By Dr Aditi Rao", "By Prof. Tom Rivers".
_BYLINE_TITLES = frozenset("Dr Prof Professor Sir Dame Rev Revd".split())
# A wire's credit line: "(Reporting by Pieter Jansen; Editing by Clare Hollis)", "Compiled by …".
_CREDIT = re.compile(
    rf"(?:(?<=[(;])|(?<=[(;]\s)|^)\s*(?:[Aa]dditional |[Ff]urther )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|"
    rf"[Cc]ompiled|[Pp]roduced|[Tt]ranslated|[Ff]act-checked)(?: and \w+ing)? by\s+"
    rf"(?P<names>{_BYLINE_NAME}{_FROM_PLACE}(?:(?:\s*,\s*|\s+and\s+){_BYLINE_NAME}{_FROM_PLACE})*)",
    re.M,
)
# A credit line of its own: "Reviewed by Helena Forjaz", "Interview by X", "Live coverage by A and
# B", "Shipping law report by X": a few words, "by", the names, nothing after them on the line
# (no sentence: "The prayers were led by Rabbi X and Imam Y.").
# (Not a sponsor's or owner's line: "Powered by", "Sponsored by".)
_CREDIT_LINE = re.compile(
    rf"^(?!(?:Powered|Sponsored|Supported|Funded|Presented|Hosted|Owned|Published|Operated|Brought|Made"
    rf"|The|A|An|This|That|It|He|She|They|We|I|His|Her|Their|Our) )"
    rf"[A-Z][a-z]+(?: [a-z]+){{0,3}} by\s+"
    rf"(?P<names>{_BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+){_BYLINE_NAME})*)(?<![.!?])[ \t]*$",
    re.M,
)
# A photo's credit: the photographer, a slash, then the outlet or agency: "(Photo: Ama Fosu/Kumasi
# Daily)", "Picture: Tom Rivers/Harbour News"; in a caption's block, "(Ama Fosu/Kumasi Daily)" too.
_PHOTO_NAME = (
    rf"(?P<person>{_BYLINE_NAME})\s*/\s*(?P<outlet>{_BYLINE_PART}(?:\s+{_BYLINE_PART}){{0,4}})(?=\s*[)\n]|\s*$)"
)
_PHOTO_CREDIT = re.compile(
    rf"(?:\b(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Cc]redit|PHOTO|PICTURE)\s*:\s*|\(){_PHOTO_NAME}"
)

# A photographer credited alone, the credit ending the line or the bracket: "Photo: Rafiq Hasan".
_PHOTO_ALONE = re.compile(
    rf"\b(?:[Pp]hoto(?:graph)?s?|[Pp]ictures?|PHOTO(?:GRAPH)?S?|PICTURES?)\s*:\s*(?P<person>{_BYLINE_NAME})(?=[ \t]*[)\n]|[ \t]*$)",
    re.M,
)


def _given_first(name: str) -> bool:
    """Whether a credit's name opens with a given name ("Rafiq Hasan"; not "Dhaka Ledger"), in
    capitals too ("Pictures: HERVÉ NJOH": round s46-e, held-out 39's two ORGs)."""
    first = name.split(None, 1)[0]
    if first.isupper() and len(first) > 1:
        first = first.title()
    return first in given_names() or strip_accents(first) in given_names()


# The small words inside an outlet's name: "Diário do Litoral", "Voice of the Valley".
_OUTLET_PARTICLES = r"(?:de|do|da|dos|das|del|della|di|du|des|of|the|van|von)"
# The outlet a byline names after a bar or a dot, and the stamp after it if any: "By Dana Kowalczyk
# | The Maumee Valley Courier", "By Patricia Villanueva · Andes Daily Herald · 9 March 2026"
# (t13ah N14: the author was no person, so ``who:`` did not find the byline).
_BYLINE_OUTLET = re.compile(
    rf"\s*[·•|]\s*(?P<outlet>{_BYLINE_PART}(?:\s+(?:{_OUTLET_PARTICLES}\s+)?{_BYLINE_PART}){{0,5}})"
    rf"(?:\s*[·•|]\s*(?i:{DATE})\b.*)?\s*"
)
# Where a reporter writes from, a venue: "By Cian Ó Dúnlaing at the Aviva Stadium".
_BYLINE_VENUE = re.compile(rf"\s+at\s+(?:the\s+)?{CAP}{LETTER}+(?:\s+{CAP}{LETTER}+){{0,4}}\s*")
# The byline's stamp after a dot or bar: "By Sofia Brandt · 9 November 2026" (t13ae P14: "Sofia"
# was a Place, the author no Person).
_BYLINE_STAMP = re.compile(rf"\s*[·•|]\s*(?:{DATE})\b.*", re.I)
_BYLINE_PLACE = re.compile(rf"\s+(?:in|IN)\s+(?P<place>{CAP}{LETTER}+(?:[\s-]{CAP}{LETTER}+)?)\s*")
# The author's job after a slash: "By Lin Pei-shan / Staff reporter", "By X / Business desk".
_BYLINE_ROLE = re.compile(rf"\s*/\s*(?:{LETTER}+\s+){{0,2}}(?:{'|'.join(sorted(_BYLINE_JOBS))})s?\s*", re.I)


# A press release's contact line: "Media contact: Liis Kaasik, +372 …", "Press contacts: A and B".
_CONTACT = re.compile(
    rf"(?:Media|Press|Investor|Investor relations|Press and media)\s+[Cc]ontacts?\s*:\s*"
    rf"(?P<names>{_BYLINE_NAME}(?:\s+and\s+{_BYLINE_NAME})?)(?![\w'’-])"
)
# An author, the outlet and when it was posted, between dots or bars: "Leah Noseworthy · CBC News
# · Posted: Nov 14, 2026 6:40 AM NT" (the word of time says it is a byline).
_DOT_BYLINE = re.compile(
    rf"(?P<names>{_BYLINE_NAME})\s+[·•|]\s+(?P<outlet>{_BYLINE_PART}(?:\s+{_BYLINE_PART}){{0,4}})\s+[·•|]\s+"
    r"(?:Posted|Updated|Published|Last updated)\b"
)
# The author's job after the outlet, no slash: "By X, Tamar Courier health reporter".
_BYLINE_JOB_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,2}}(?:{'|'.join(sorted(_BYLINE_JOBS))})s?\s*")
# A rubric, a bar, then the author: "Startups | Tomasz Wielgosz", "Culture | By Lucía Berroeta" (a
# block of its own; without "By" the name opens with a given name: "Home | World News" names no one).
_RUBRIC_BYLINE = re.compile(
    rf"{CAP}{LETTER}*(?:[ &-]+{CAP}?{LETTER}+){{0,3}}\s*\|\s*(?P<by>[Bb][Yy]\s+)?"
    rf"(?P<names>{_BYLINE_NAME}(?:(?:\s*,\s*|\s+and\s+){_BYLINE_NAME})*)[ \t]*$"
)


def _rubric_byline(text: str, bstart: int, bend: int) -> re.Match[str] | None:
    if "|" not in text[bstart:bend] or bend - bstart > 120:
        return None
    m = _RUBRIC_BYLINE.match(text, bstart, bend)
    if m is None or m.group("by") or m.group("names").split()[0] in given_names():
        return m
    return None


# A tabloid's rubric in capitals opening the byline's line: "EXCLUSIVE by DEAN HOLLOWAY and NINO
# KAPANADZE", "ANALYSIS By Ruth Amos" (s28-e, heldout21: ORGs "DEAN" and "NINO")
_KICKER_BY = re.compile(rf"[{UPPER}]{{3,}}(?:\s+[{UPPER}]{{3,}})?\s+(?=(?:by|By)\s)")


# A press release's contact person on a line of their own, maybe after the label of whom they speak
# for, then a comma or the line's end: "Emine Karaahmedova, TMHC, +359 …", "Investor relations:
# Pélagie Dongmo, +237 …", "Tminun Studio: Pihu Losin, +886 …", "Tshepo Mothapo, Head of Investor
# Relations" (:func:`contact_person`).
_CONTACT_PERSON = re.compile(rf"(?:[^\n:]{{1,40}}:[ \t]*)?(?P<names>{_BYLINE_NAME})(?=[ \t]*,|[ \t]*$)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def contact_person(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> bool:
    """Whether the block ``text[bstart:bend]`` (a line of at most 160 characters) opens with a
    contact's name (:data:`_CONTACT_PERSON`) and it or the line right under it holds a telephone
    number or an e-mail address ("Emine Karaahmedova, TMHC, +359 301 555 114", "Kgomotso
    Makgoba-Ramothwa" above "+27 82 555 0194"): the name is then a PERSON, added to ``cands``. A
    name holding a body's kind word or a legal form ("Hoshan Outdoor Co.", "Ndako Legal"), or
    opening with "The", is no person's. Issue #16, round s53-e: held-out 42-45's contacts were
    no name, their lines read as headlines."""
    if bend - bstart > 160:
        return False
    m = _CONTACT_PERSON.match(text, bstart, bend)
    if m is None:
        return False
    # the line under the block, when a single line break sets it apart ("Name\n+27 82 555 0194")
    under = bend
    if text.startswith("\n", bend) and not text.startswith("\n\n", bend):
        nxt = text.find("\n", bend + 1)
        under = len(text) if nxt < 0 else nxt
    if _EMAIL.search(text, bstart, under) is None and not no_figure_spans(text, bstart, under):
        return False
    words = m.group("names").split()
    if words[0] in ("The", "THE") or any(CUES.get(w.rstrip(".,")) is not None or legal_form(w) for w in words):
        return False
    a, b = m.span("names")
    cands.append((a, b, "PERSON", entity_key("PERSON", " ".join(words)), -1))
    return True


def byline_names(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    """Each author of a byline block is a PERSON (in capitals too, where rules see shouting), and
    a press release's contact (:func:`contact_person`)."""
    if (k := _KICKER_BY.match(text, bstart, bend)) is not None and bend - bstart < 120:
        bstart = k.end()
    if (c := _CONTACT.match(text, bstart, bend)) is not None:
        _authors(c, cands)  # "Media contact: Liis Kaasik, +372 …": the person to call
        return
    if contact_person(text, bstart, bend, cands):
        return
    if (d := _DOT_BYLINE.match(text, bstart, bend)) is not None:
        # "Leah Noseworthy · CBC News · Posted: Nov 14, 2026": the author, the outlet, the time
        _authors(d, cands)
        a, b = d.span("outlet")
        cands.append((a, b, "ORG", entity_key("ORG", " ".join(text[a:b].split())), -1))
        return
    m = _BYLINE.match(text, bstart, bend) or _FROM_BYLINE.match(text, bstart, bend)
    if m is None and (m := _rubric_byline(text, bstart, bend)) is not None:
        _authors(m, cands)
        return
    if m is None:
        _foreign_byline(text, bstart, bend, cands)
        return
    rest = text[m.end() : bend] if m is not None else ""
    if m is not None and "," in m.group("names") and _BYLINE_JOB_AFTER.fullmatch(rest):
        # "By Keely Arnott, Tamar Courier health reporter": the last name of the list is the
        # outlet the author's job is at, no author (the job words after it say so)
        comma = m.start("names") + m.group("names").rindex(",")
        outlet_at = comma + 1 + len(text[comma + 1 : m.end()]) - len(text[comma + 1 : m.end()].lstrip())
        authors = _BYLINE.match(text, bstart, comma)
        if authors is not None and authors.end() == comma:
            _authors(authors, cands)
            cands.append(
                (outlet_at, m.end(), "ORG", entity_key("ORG", " ".join(text[outlet_at : m.end()].split())), -1)
            )
            return
    place = _BYLINE_PLACE.fullmatch(rest) if m is not None else None
    outlet = _BYLINE_OUTLET.fullmatch(rest) if m is not None else None
    venue = _BYLINE_VENUE.fullmatch(rest) if m is not None else None
    if m is None or (
        rest.strip(" ,.|-—–")
        and not rest.lstrip().startswith(",")
        and place is None
        and outlet is None
        and venue is None
        and _BYLINE_STAMP.fullmatch(rest) is None
        and _BYLINE_ROLE.fullmatch(rest) is None
    ):
        return
    _authors(m, cands)
    if outlet is not None:
        a, b = m.end() + outlet.start("outlet"), m.end() + outlet.end("outlet")
        cands.append((a, b, "ORG", entity_key("ORG", text[a:b]), -1))
    if place is not None:  # "By Selin Arslan in Bursa": where the author writes from
        a, b = m.end() + place.start("place"), m.end() + place.end("place")
        cands.append((a, b, "GPE", entity_key("GPE", text[a:b]), -1))


def _foreign_byline(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    """The author of a byline in another language (corpus.bylines.FOREIGN_BY: German "Von",
    French "Par", Spanish "Por", Dutch "Door" …) is a PERSON, and an outlet's field beside it an
    ORG, as in an English byline: "Von Jonas Weber | Berliner Abendblatt | 12. März 2026, 18:30"
    (issue #16, round s35-v, t13z H22: no person; the word "Von" was inside the PERSON on a line
    of its own). The block is one line; its fields are read by the one byline reader
    (bylines.author_names). A name alone on its line ("Von Anna Lind", bylines.name_alone) is a
    byline only when it opens with a given name: a headline's words may open so too ("Von Braun
    Rocket Hall")."""
    if bend - bstart > 160 or "\n" in text[bstart:bend].strip():
        return
    line = text[bstart:bend]
    lead = len(line) - len(line.lstrip())
    line = line.strip()
    found = bylines.author_names(line) if bylines.BY_FIELD.search(line) else None
    spans = bylines.fields(line)
    if found is None:
        alone = bylines.name_alone(line)
        if alone is None or alone.split()[0] not in given_names():
            return
        found, spans = (alone, 0), [(0, len(line))]
    names, at = found
    if len(spans) <= at:
        return
    fa, fb = spans[at]
    words = names.split()
    if len(words) < 2 or not words[0].isalpha() or words[0].lower() in bylines.FOREIGN_BY + ("by",):
        return
    pat = r"\s+".join(re.escape(w) for w in words) + r"$"
    hit = re.search(pat, line[fa:fb].rstrip())
    if hit is None:
        return
    a = bstart + lead + fa + hit.start()
    b = bstart + lead + fa + hit.end()
    cands.append((a, b, "PERSON", entity_key("PERSON", " ".join(text[a:b].split())), -1))
    if at + 1 < len(spans):
        oa, ob = spans[at + 1]
        field = line[oa:ob].strip()
        if (
            field
            and not bylines.is_role(field)
            and not any(ch.isdigit() for ch in field)
            and strip_accents(field) not in places_folded()  # "Von X | Berlin | date": where, no outlet
        ):
            # the field after the author's, no date, job nor town: the outlet ("Berliner Abendblatt")
            c = bstart + lead + oa + (len(line[oa:ob]) - len(line[oa:ob].lstrip()))
            cands.append((c, c + len(field), "ORG", entity_key("ORG", " ".join(field.split())), -1))


def foreign_by_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the "by" of a byline in another language opening its line
    ("Von" in "Von Jonas Weber" alone on its line, or before other fields): no part of the
    author's name (:func:`_foreign_byline` reads the author)."""
    if start and text[start - 1] != "\n":
        return False
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end].strip()
    if line.split(None, 1)[0].lower() not in bylines.FOREIGN_BY or len(line) > 160:
        return False
    alone = bylines.name_alone(line)
    if alone is not None:
        return alone.split()[0] in given_names()
    found = bylines.author_names(line)
    return found is not None and found[1] == 0


def _authors(m: re.Match[str], cands: list[tuple[int, int, str, str, int]]) -> None:
    names = m.group("names")
    places = [p.span("place") for p in _IN_PLACE.finditer(names)]
    for a, b in places:  # "By Dana Roe in Oslo", "Tom Rivers in Ho Chi Minh City": where they write from
        cands.append((m.start("names") + a, m.start("names") + b, "GPE", entity_key("GPE", names[a:b]), -1))
    for venue in _AT_VENUE.finditer(names):
        a, b = venue.span("place")
        places.append((a, b))  # (no author's name, whatever its kind)
        if (kind := CUES.get(names[a:b].rsplit(None, 1)[-1])) in ("FAC", "ORG"):
            cands.append((m.start("names") + a, m.start("names") + b, kind, entity_key(kind, names[a:b]), -1))
    found = list(re.finditer(_BYLINE_NAME, names))
    for k, name in enumerate(found):
        words = name.group().split()
        if any(a <= name.start() < b for a, b in places):
            continue
        if (
            k + 1 < len(found)
            and words[0] in ("The", "THE")
            and names[name.end() : found[k + 1].start()] == " and "
            and found[k + 1].group().split()[-1].title() in MEDIA
        ):
            # "By X, Local Democracy Reporter, The Skye and Lochalsh Courier": one paper's title
            s, e = m.start("names") + name.start(), m.start("names") + found[k + 1].end()
            cands.append((s, e, "ORG", entity_key("ORG", " ".join(m.string[s:e].split())), -1))
            continue
        if (
            k
            and found[k - 1].group().split()[0] in ("The", "THE")
            and names[found[k - 1].end() : name.start()] == " and "
        ):
            if words[-1].title() in MEDIA:
                continue  # (the paper's title, above)
        while len(words) > 2 and words[-1].upper() == "AND":
            words.pop()
        if words[-1].lower() in _BYLINE_JOBS:
            continue  # "Showbiz Reporter", "Chief Economics Editor"
        s = m.start("names") + name.start()
        e = s + len(name.group())
        if (words[0] in ("The", "THE") or name.start() > 0) and (
            words[-1].title() in OUTLET_LAST or (name.start() > 0 and _outlet_after_author(words))
        ):
            # "By Meghan Corkum, The South Shore Courier": the paper after its author, "The" and a
            # newspaper's word (s28-e: a PERSON "The South Shore Courier"); after the first author
            # without "The" too ("By Sjoerd Hoekstra, Leeuwarder Koerier": s29-c, a PERSON); a
            # periodical's closing word too (lexicons.OUTLET_LAST: "Highlander Weekly", s34-b)
            cands.append((s, e, "ORG", entity_key("ORG", " ".join(words)), -1))
            continue
        while len(words) > 2 and words[0].rstrip(".") in _BYLINE_TITLES:
            s += len(words[0]) + 1  # "By Dr Aditi Raghunathan": the title is no part of the name
            words.pop(0)
        caps = [w.isupper() for w in words]
        if caps[0] and caps[1] and not all(caps):
            # "By DOLORES ARCHULETA-PINE Associated Press": the name in capitals, then the outlet
            cut = caps.index(False)
            spans = [w.span() for w in re.finditer(r"\S+", m.string[s:e])]
            outlet_at, last_end = s + spans[cut][0], s + spans[cut - 1][1]
            cands.append((outlet_at, e, "ORG", entity_key("ORG", " ".join(words[cut:])), -1))
            words, e = words[:cut], last_end
        cands.append((s, e, "PERSON", entity_key("PERSON", " ".join(w.title() for w in words)), -1))


# The closing word of a broadcaster's or a news service's name (lexicons.BROADCAST_WORDS and
# "News": "BBC News", "Sky News", "RTÉ Radio"), which a byline writes after its author.
_NEWS_SERVICE_LAST = BROADCAST_WORDS | frozenset({"News"})


def _outlet_after_author(words: list[str]) -> bool:
    """Whether ``words``, a name written after a byline's first author, is the author's outlet: a
    broadcaster's or a news service's closing word ends it (:data:`_NEWS_SERVICE_LAST`), or it opens
    with initials in capitals before a word in mixed case ("BBC News", "ORF Wien", "ABC Radio"),
    which no person's name a byline lists does (t13as N5: "By Callum Ferguson-Ōkubo, BBC News,
    Reykjavik" had a PERSON "Bbc News")."""
    if words[-1] in _NEWS_SERVICE_LAST:
        return True
    return len(words) >= 2 and len(words[0]) >= 3 and words[0].isupper() and not words[1].isupper()


def credit_lines(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    """Each name of a wire's credit line ("(Reporting by A in Oslo; Editing by B)") is a PERSON, the
    place after "in" a GPE; a photo's credit ("(Photo: A/Outlet)") is a PERSON and an ORG."""
    block = text[bstart:bend]
    if "/" in block and ("(" in block or ":" in block):
        captioned = re.search(r"\b(?:[Pp]hoto|PHOTO|[Pp]icture|[Cc]aption)", block) is not None
        for m in _PHOTO_CREDIT.finditer(text, bstart, bend):
            if m.group().startswith("(") and not captioned:
                continue  # "(Ama Fosu/Kumasi Daily)" is a credit only in a photo's caption
            person, outlet = m.span("person"), m.span("outlet")
            if _given_first(text[outlet[0] : outlet[1]]) and not _given_first(text[person[0] : person[1]]):
                person, outlet = outlet, person  # "Photograph: Dhaka Ledger/Rafiq Hasan": the outlet first
            a, b = person
            cands.append((a, b, "PERSON", entity_key("PERSON", text[a:b]), -1))
            a, b = outlet
            if text[a:b].rstrip(".") in region_names():
                # "Crédit photo : Jens Olsen / Norvège.": the country the photo was taken in, as
                # another language's credit names it, no outlet (round s46-e: an ORG "Norvège.")
                b = a + len(text[a:b].rstrip("."))
                cands.append((a, b, "GPE", entity_key("GPE", text[a:b]), -1))
                continue
            cands.append((a, b, "ORG", entity_key("ORG", text[a:b]), -1))
    if ":" in block:
        for m in _PHOTO_ALONE.finditer(text, bstart, bend):
            if _given_first(m.group("person")):
                # "Photo: Rafiq Hasan": a photographer credited alone, a given name first (t13ag N9)
                a, b = m.span("person")
                name = text[a:b]
                cands.append((a, b, "PERSON", entity_key("PERSON", title_cased(name) if name.isupper() else name), -1))
    if " by " not in block:
        return
    for m in _CREDIT.finditer(text, bstart, bend):
        _authors(m, cands)
    if bend - bstart <= 120:
        for m in _CREDIT_LINE.finditer(text, bstart, bend):
            _authors(m, cands)


# A press release's dateline naming several places, each in capitals with its country or region
# after a comma, joined by a spaced slash or "and", then a date and a dash ("GUNTUR / HYDERABAD,
# 4 December 2026 –", "TARTU, Estonia / LJUBLJANA, Slovenia – 3 December 2026 –", "BANDAR SERI
# BEGAWAN and MIRI, 4 December 2026 –"): each place and region a GPE (heldout25, round s32-b: the
# places were ORGs or nothing; the wire grammar, corpus.dateline, joins places by an unspaced "/").
_CAPS_PLACE = rf"[{UPPER}][{UPPER}.'’-]+(?: [{UPPER}][{UPPER}.'’-]+){{0,3}}(?![\w'’-])"
_REGION = rf"[{UPPER}][\w.'’-]*(?: [{UPPER}][\w.'’-]*){{0,2}}"


def _release_place(n: int) -> str:
    return rf"(?P<place{n}>{_CAPS_PLACE})(?:, (?P<region{n}>{_REGION}))?"


_RELEASE_DATELINE = re.compile(
    rf"[ \t]*{_release_place(0)} (?:/|and|&) {_release_place(1)}(?: (?:/|and|&) {_release_place(2)})?"
    rf"(?:,|,? [–—-]) (?:{DATE})(?:,? {YEAR})? [–—-]+ "
)


def _release_dateline(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> bool:
    """Add the places and regions of a press release's dateline of several places opening the block
    (:data:`_RELEASE_DATELINE`) to ``cands`` as GPEs; whether there was one."""
    m = _RELEASE_DATELINE.match(text, bstart, bend)
    if m is None:
        return False
    for n in range(3):
        if m.group(f"place{n}") is None:
            continue
        a, b = m.span(f"place{n}")
        cands.append((a, b, "GPE", entity_key("GPE", title_cased(text[a:b])), -1))
        region = m.group(f"region{n}")
        if region is not None and _is_region_name(region):
            a, b = m.span(f"region{n}")
            cands.append((a, b, "GPE", entity_key("GPE", region), -1))
    return True


# A place's preposition before a name the text writes again after a colon dateline ("the mayor of
# Hyeres", "in Korvik"): the dateline's word named as a place.
_PLACE_PREPOSITION = r"(?<![\w'’-])(?:in|at|of|near|from|to|outside|around|across) "


def _colon_dateline(text: str, wire: dateline.Dateline) -> bool:
    """Whether a dateline with a colon ("PESHAWAR: The Peshawar High Court on Thursday ...") is
    one: its places in capitals, each a city, state or country the lists know, with or without its
    accents ("HYERES" for "Hyères"), or a word the article names again after a place's preposition
    ("HYERES: The mayor of Hyeres said": t13v F3, round s32-r, an ORG). "WATCH:", "UPDATE:" label
    a line (heldout25, round s32-b: "PESHAWAR" was no name): a label's word, or one the text
    writes in lower case, is no place."""
    if not wire.caps or wire.agency is not None:
        return False
    names = [title_cased(text[a:b]) for a, b in wire.places]
    return all(
        (
            n in city_names()
            or n in region_names()
            or strip_accents(n) in places_folded()
            or re.compile(rf"{_PLACE_PREPOSITION}{re.escape(n)}(?![\w-])").search(text, wire.end) is not None
        )
        and n.upper() not in STOP_ACRONYMS
        and n.lower() not in COMMON_WORDS
        # a word the text writes in lower case labels the line ("NICE: a nice day")
        and re.search(rf"(?<![\w'’-]){re.escape(n.lower())}(?![\w'’-])", text) is None
        for n in names
    )


def names_place(text: str, wire: dateline.Dateline) -> bool:
    """Whether ``wire``, a dateline :func:`dateline.match` read in ``text``, names a place the copy
    was filed from: its place in capitals or an agency named (``HALVIK, March 14 (Nordwire) -``,
    ``Shanghai (Xinhua) --``), of three letters or more, with a dash spaced from the place (a
    colon only as :func:`_colon_dateline` allows: "WATCH: …", "BREAKING: …", "Tags: …" label a
    line) and prose after it, or a date, or an agency written in lower case too (a dateline alone
    on its line, "OSLO, April 14 -"); never a wire's flag alone (``STOP_ACRONYMS``: "BULLETIN -",
    "URGENT -"). A byline ("By Callum Ferguson-Ōkubo"), a name with a hyphen ("But Mayor
    Goñi-Olabarria said"), a label ("Posted:", "Dead:") or a headline as written ("Vulkanausbruch
    auf Island: …") is none. The one rule of the entities' dateline places (:func:`dateline_names`)
    and of where an article says it was filed (``corpus.date_zones.dateline_of``)."""
    if not wire.spaced or (wire.separator == ":" and not _colon_dateline(text, wire)):
        return False
    agency = wire.agency is not None and any(c.islower() for c in text[slice(*wire.agency)])
    if not (wire.prose or wire.date is not None or agency):
        return False
    if not (wire.caps or wire.agency) or sum(c.isalpha() for c in text[slice(*wire.place)]) < 3:
        return False
    # "BULLETIN - Two workers were hurt", "URGENT -": the wire's flag, no place (round s46-e)
    return not (wire.caps and all(text[a:b].upper() in STOP_ACRONYMS for a, b in wire.places))


def dateline_names(text: str, bstart: int, bend: int, cands: list[tuple[int, int, str, str, int]]) -> None:
    """The place (each of "SEOUL/TOKYO"), its region or country and the agency of a wire dateline
    opening the block ("BRUSSELS, Oct 14 (Newswire) -", "HALVIK, Valdmark (AP) —", "LAGOS, Nov 18
    —", "Shanghai, July 26 (Xinhua) --"; :func:`dateline.match`) as GPE, GPE and ORG. Only a
    dateline whose place is in capitals or which names an agency, with a dash (not a colon:
    "WATCH: …" labels a line) spaced from the place, and prose after it, or a date or an agency
    written in lower case too (a dateline alone on its line, "OSLO, April 14 -", or before a
    lede in capitals, "OSLO (Wire) - VESTHAV SHIPPING AS HAS …": t13i F5, F10): an all-caps
    headline ("CHAOS IN PARLIAMENT - LIVE") is none. A place in capitals is keyed as
    :func:`lexicons.title_cased` writes it ("KVALSUND" → "GPE:Kvalsund")."""
    if _release_dateline(text, bstart, bend, cands):
        return
    wire = dateline.match(text, bstart, bend)
    if wire is None or not names_place(text, wire):
        return
    for a, b in wire.places:
        name = text[a:b]
        cands.append((a, b, "GPE", entity_key("GPE", title_cased(name) if wire.caps else name), -1))
    if wire.region is not None and _is_region_name(text[slice(*wire.region)]):
        a, b = wire.region  # "HALVIK, Valdmark (AP) -": the country or state after the city
        cands.append((a, b, "GPE", entity_key("GPE", text[a:b]), -1))
    if wire.agency is not None:
        a, b = wire.agency
        # "STOCKHOLM (Suède) —", "OSLO (Noruega) -": a country or a region in the agency's brackets,
        # as another language's outlet writes it (gazetteer.region_names holds the countries' names
        # in other languages too), is the place's country, no agency (round s46-e: an ORG "Suède")
        label = "GPE" if text[a:b] in region_names() else "ORG"
        cands.append((a, b, label, entity_key(label, text[a:b]), -1))


def _is_region_name(region: str) -> bool:
    """A region written as a name: capitalised words in lower case ("Valdmark", "New South
    Wales", "Calif.") or a state's dotted initials ("N.M.", "D.C."), not capitals ("VALDMARK")."""
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", region):
        return True  # "SANTA FE, N.M. (AP) —": a US state as wire datelines abbreviate it
    parts = region.removesuffix(".").split()
    return all(len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha() for w in parts)


# A blog post's category line: "Posted in News Tagged Grauhorn, cable car", "Filed under World
# Weather": the categories (group 1) are sections of the blog, no place or organisation (t13q: a
# place "News Tagged Grauhorn"); the tags after "Tagged" are names as any.
_BLOG_CATEGORY = re.compile(r"(?m)^[ \t]*(?:Posted in|Filed under)[ \t]+([^\n]{1,80}?)(?=[ \t]+Tagged\b|[ \t]*$)")


def blog_categories(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the categories of each blog post's category line in ``text[start:end]``
    (:data:`_BLOG_CATEGORY`): capitalised words, commas and "and" or "&" only ("Posted in Geneva
    on Monday, ..." is a sentence). The recogniser reads no name there, nor a place's cue."""
    end = len(text) if end is None else end
    # (looked for in the part read alone: the recogniser asks once per block, and a scan of the
    # whole text each time grew with the square of a long page's length)
    if text.find("Posted in", start, end) < 0 and text.find("Filed under", start, end) < 0:
        return []
    return [
        m.span(1)
        for m in _BLOG_CATEGORY.finditer(text, start, end)
        if all(w[:1].isupper() or w in ("and", "&") for w in m.group(1).replace(",", " ").split())
    ]
