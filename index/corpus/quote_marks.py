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

__all__ = ["ALL_MARKS", "APOSTROPHES", "BOTH_WAYS", "CJK", "CLOSING_MARKS", "OPENING_MARKS", "QUOTE_PAIRS", "SINGLE"]
