"""Quotation marks of European and CJK typography: which mark opens a quotation and which close it.

One table for every rule that reads quotation marks: the quote recogniser pairs them
(``analysis.quotes.recognise.pair_marks``) and the sentence splitter lets a sentence open with any
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
