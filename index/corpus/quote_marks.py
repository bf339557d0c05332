"""Quotation marks of European and CJK typography: which mark opens a quotation and which close it.

One table for every rule that reads quotation marks: the quote recogniser pairs them
(``analysis.quotes.marks.pair_marks``) and the sentence splitter lets a sentence open with any
opening mark and end after any closing one (``blocks.split_sentences``).

Languages pair them differently: English “…” and ‘…’, Polish, Hungarian and Romanian „…”, German
and Czech „…“ and ‚…‘, French, Portuguese, Spanish and Russian «…», German and Danish »…«,
Swedish and Finnish ”…” and »…», Chinese and Japanese 「…」 and 『…』 (﹁…﹂ and ﹃…﹄ written
vertically). A mark typed by hand often closes a curly one ("„We will," said …"): the straight
double mark closes every double opening mark.
"""

from __future__ import annotations

import re

# Opening mark -> the marks that close it (the nearest of them does).
QUOTE_PAIRS: dict[str, str] = {
    '"': '"”',
    "“": '”"',
    "„": '”“"',
    "«": "»",
    "»": "«»",
    "”": '”"',
    "‹": "›",
    "›": "‹›",
    "‚": "‘’",
    "‘": "’'",
    "'": "'’",
    "「": "」",
    "『": "』",
    "﹁": "﹂",
    "﹃": "﹄",
}

# Marks that are also apostrophes ("won't", "the workers’ union"): a quotation they open starts a
# word (a letter follows, no letter or digit precedes), one they close ends one (no letter or
# digit follows), and one never closed is no quotation (it does not run on).
APOSTROPHES = frozenset("'’‘")
# Marks that close as well as open ("»" in «…» and »…«, "”" in “…” and ”…”): they open only
# before a word (no space after them), never right after one (the straight double mark, as
# before, only never right after a letter or digit: 5'10").
BOTH_WAYS = frozenset("”»›")
# Chinese and Japanese brackets: the text around them has no spaces, so a letter before one is no
# word it ends.
CJK = frozenset("「『﹁﹃")
# Single marks, which never run on into the next paragraph when left open.
SINGLE = frozenset("‚‘'‹›") | APOSTROPHES

OPENING_MARKS = "".join(QUOTE_PAIRS)
CLOSING_MARKS = "".join(sorted({c for closers in QUOTE_PAIRS.values() for c in closers}))
ALL_MARKS = "".join(sorted(set(OPENING_MARKS) | set(CLOSING_MARKS)))

# Wire copy typed for TeX writes a quotation ``…'' (two grave accents, two apostrophes: t13s F10,
# round s31-i: AP's ``The stairwell acted like a chimney,'' was no quote). :func:`tex_quotes`
# reads them as “…”.
_TEX_MARK = re.compile(r"``(?=[^\s`])|(?<=[^\s'`])''(?!')")


def tex_quotes(text: str) -> str:
    """``text`` with each TeX-style pair ``…'' written “…” in the same offsets: "``" opening a word
    becomes " “" and the "''" closing a word after it "” " (the mark next to the quoted words, a
    space in the other's place), so every offset into it is one into ``text``. A "''" no "``"
    opened is no quotation mark (5'' is five inches); a text with no "``" is returned as it is."""
    if "``" not in text:
        return text
    out = list(text)
    opened = False
    for m in _TEX_MARK.finditer(text):
        if m.group() == "``":
            out[m.start() : m.end()] = " “"
            opened = True
        elif opened:
            out[m.start() : m.end()] = "” "
            opened = False
    return "".join(out)


__all__ = [
    "ALL_MARKS",
    "APOSTROPHES",
    "BOTH_WAYS",
    "CJK",
    "CLOSING_MARKS",
    "OPENING_MARKS",
    "QUOTE_PAIRS",
    "SINGLE",
    "tex_quotes",
]


# A dash opening a quotation's signature: '"…" — Mariusz Zielinski, rescue chief', '"…"\n-- Dariusz
# Kowal' (two hyphens: the dash of wire copy and plain-text mail, t13aa K7; three are a rule), '"…"
# - Rosa Quint' (one hyphen with a space after it: a plain-text page's dash, t13af N6; a hyphen
# joined to the next word is a word's).
SIGNATURE_DASH = re.compile(r"\s*(?:[—–]|--(?!-)|-(?=\s))\s*")
# A finite verb in the words after a signature's name: a clause, no role ("— the service has been
# at work since Monday").
_FINITE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|can|could|did|does)\b", re.I)
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
SIGNATURE_NAME_WORDS = 9  # words of a signature's name with its title ("— Deputy Head of Safety Even Lie")
_SIGNATURE_ROLE_WORDS = 8  # words of the role or organisation after its comma


def signature(text: str, at: int, end: int) -> tuple[int, int, int] | None:
    """The signature of a quotation whose closing mark (and stop) ends right before ``at``: a dash,
    then a name of at most :data:`SIGNATURE_NAME_WORDS` words up to a comma or ``end``, then a
    role or organisation of at most eight words with no finite verb ('"…" — Mariusz Zielinski,
    rescue chief', '"…"\\n-- Tomas Eddery, Rail Accident Inquiry Office'). Returns (where the name
    opens, where it ends, the dash's start), offsets into ``text``; None when the words after
    ``at`` are no such signature (no dash, a clause). Whether the name is one is the caller's:
    the quote recogniser's speaker (``quotes.direct._signature``) and the entity recogniser's
    line read as prose (``entities.recogniser``), one reading of the line (t13ab L11)."""
    dash = SIGNATURE_DASH.match(text, at, end)
    if dash is None or not text[dash.start() : dash.end()].strip():
        return None
    name = dash.end()
    comma = text.find(",", name, end)
    name_end = comma if comma >= 0 else end
    if not 1 <= len(_WORDS.findall(text, name, name_end)) <= SIGNATURE_NAME_WORDS:
        return None
    if comma >= 0 and (
        _FINITE.search(text, comma, end) or len(_WORDS.findall(text, comma, end)) > _SIGNATURE_ROLE_WORDS
    ):
        return None
    return name, name_end, dash.start()


def signature_line(text: str, start: int, end: int) -> bool:
    """Whether the line or block ``start:end`` is a quotation's signature of its own: the text
    before it ends with a closing quotation mark (a stop after it allowed) and the line is a
    :func:`signature` ('"We owe the families the truth."' then '— Tomas Eddery, Rail Accident
    Inquiry Office'). Its capitals are a name's and an organisation's, no headline's (t13ab L11)."""
    before = text[max(0, start - 8) : start].rstrip()
    before = before.rstrip(".,!?…")
    if not before or before[-1] not in CLOSING_MARKS:
        return False
    while end > start and text[end - 1] in " \t\n.":
        end -= 1
    return signature(text, start, end) is not None
