"""Other search engines' query syntax, read or set aside (issue 15): what a user used to Lucene,
Elasticsearch or a web search types.

Read as this app reads it, and said (:func:`reading_note`): ``&&`` is ``AND``, ``||`` is ``OR``,
``!`` right before a phrase or a group is ``NOT`` (``!"state media"``, ``!(a OR b)``) and ``+`` at a
word's start marks a required word (every word is). A ``!`` glued to a word or standing alone is
text (``!important``, "Attention ! Danger"): read as NOT it returned the articles *without* the
word. Not supported, and set aside with a note of what was searched instead: a boost after a
whole term (``fire^2``, ``"a b"^2``, ``(a OR b)^0.5``), a fuzzy word (``fire~``, ``fire~1``) and a
phrase's proximity (``"a b"~3``). Left as they were, the tokeniser read ``fire^2`` as the words
"fire" and "2", and ``fire || ferry`` as both words: no hit, no message. A "^" or "~" after text
that is no whole term (``E=mc^2``, ``O(n^2)``, ``10^6``) is text, searched as indexed; so is a
"^" that is a power and no boost (:func:`_exponent`: ``x^2 growth``, ``a^2 + b^2``, ``fire^``). Ranges (``[a TO z]``) are refused by the parser, as the README promises.

Pure text work, no backend: the workspace reads a query with it before anything else, and the
whoosh parser's ``check`` does too (a query given to the engine directly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A boost or a fuzzy/proximity operator: "^" or "~", an optional number, then the end of the term
# (a space, a closing parenthesis or the end).
_OPERATOR = r"(?P<op>[\^~])(?P<num>\d+(?:\.\d*)?|\.\d+)?(?=[\s)]|$)"
# Where a whole term starts: the query's start or a space, or right after a "(", "+" or "-" that
# itself starts a term (or a "!" before a group). "E=mc^2", "m/s^2" and "O(n^2)" hold no whole term before their "^": they
# are text, searched as the tokeniser indexes them (review s40-rv finding 12).
_TERM_START = r"(?:(?<!\S)|(?<=(?<![^\s(+\-!])[(+\-!]))"
# A whole term: an optional field name, a word starting with a letter (a number before the sign
# is text: "10^6", "5~10"), its hyphenated or apostrophised parts, an optional prefix "*".
_TERM = r"(?:[^\W\d_]\w*:)?[^\W\d_]\w*(?:[-'\u2019]\w+)*\*?"
_SYNTAX = re.compile(
    rf'(?P<quoted>"[^"]*")(?:{_OPERATOR})?'  # a phrase, then its boost or proximity
    rf"|{_TERM_START}(?P<term>{_TERM}){_OPERATOR.replace('?P<op>', '?P<op2>').replace('?P<num>', '?P<num2>')}"
    rf"|(?<=\)){_OPERATOR.replace('?P<op>', '?P<op3>').replace('?P<num>', '?P<num3>')}"  # a group's
    r"|(?<![^\s(])(?P<andor>&&|\|\|)(?![^\s(])"  # Lucene's AND and OR between words
    # Lucene's NOT written before a phrase or a group (!"state media", !(a OR b)); a "!" glued to
    # a word or standing alone is text: CSS's "!important", French "Attention ! Danger" (s40-rv 11)
    r'|(?<![^\s(])(?P<bang>!)(?=["(])'
    r"|(?<![^\s(])(?P<plus>\+)(?=[^\s)+\d])"  # Lucene's required word: every word is
)
_STARTS = re.compile(_TERM_START)  # (matched at a position: its lookbehinds see the text before)
# An arithmetic sign standing alone next to a "^N": the "^" is a power in a formula. A "+" or
# "-" glued to a word is this app's syntax, never matched here (a space on both sides).
_SIGNS = r"[-+=*/<>\u00d7\u2212\u00b7]"
_SIGN_BEFORE = re.compile(rf"(?:^|\s){_SIGNS}\s+$")
_SIGN_AFTER = re.compile(rf"\s+{_SIGNS}(?:\s|$)")
_KINDS = {"^": "boost", "~": "fuzzy match"}
# What each Lucene operator read is said as, in the order of this table.
_READ = {"&&": "&& read as AND", "||": "|| read as OR", "!": "! read as NOT", "+": "+ read as a required word"}


@dataclass
class Reading:
    """A query as this app searches it: ``searched`` (the text with the syntax it does not
    support set aside, Lucene's operators written as its own), ``unsupported``, what was set
    aside, each as ``"boost (^2)"``, ``"fuzzy match (~1)"`` or ``"proximity (~3)"``, in the
    order typed, and ``read``, the Lucene operators read as this app's (``"&& read as AND"``,
    once each); both empty when the query is searched as typed."""

    searched: str
    unsupported: list[str] = field(default_factory=list)
    read: list[str] = field(default_factory=list)


def _group_starts_term(text: str, close: int) -> bool:
    """Whether the group closed at ``text[close]`` opens at a term's start: ``(a OR b)^2`` is a
    boosted group, ``f(x)^2`` text."""
    depth = 0
    for i in range(close, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return _STARTS.match(text, i) is not None
    return False


def _exponent(text: str, m: re.Match[str], num: str | None) -> bool:
    """Whether the "^" matched in ``m`` is a power written in text, not Lucene's boost: a boost
    is written with its number (``fire^2``), on a term of more than one letter (a one-letter
    word weighs nothing, ``x^2`` is a variable squared), and outside a formula (no sign such as
    "+" or "=" standing alone next to it: ``a^2 + b^2``, ``speed^2 = distance``)."""
    if num is None:
        return True
    word = (m.group("term") or "").rpartition(":")[2].rstrip("*")
    if m.group("term") and len(word) == 1:
        return True
    return bool(_SIGN_BEFORE.search(text, 0, m.start()) or _SIGN_AFTER.match(text, m.end()))


def read_syntax(text: str) -> Reading:
    """``text`` (a query as typed) read for its foreign syntax: see the module's docstring.
    Quoted phrases are left as they are (a "^" or "||" inside quotes is text)."""
    notes: list[str] = []
    read: set[str] = set()

    def swap(m: re.Match[str]) -> str:
        if m.group("andor"):
            read.add(m.group("andor"))
            return "AND" if m.group("andor") == "&&" else "OR"
        if m.group("bang"):
            read.add("!")
            return "NOT "
        if m.group("plus"):
            read.add("+")
            return ""
        if m.group("op3") and not _group_starts_term(text, m.start() - 1):
            return m.group(0)  # f(x)^2: text
        op = m.group("op") or m.group("op2") or m.group("op3")
        if op is None:
            return m.group(0)  # a phrase alone
        num = m.group("num") if m.group("quoted") else m.group("num2") or m.group("num3")
        if op == "^" and _exponent(text, m, num):
            return m.group(0)  # x^2, a^2 + b^2: text
        kind = "proximity" if op == "~" and m.group("quoted") else _KINDS[op]
        notes.append(f"{kind} ({op}{num or ''})")
        return m.group("quoted") or m.group("term") or ""

    searched = _SYNTAX.sub(swap, text)
    if notes or read:
        searched = " ".join(searched.split())
    return Reading(searched, notes, [said for op, said in _READ.items() if op in read])


def reading_note(reading: Reading) -> str:
    """What the CLI and the search screen say of a query not searched as typed: ``boost (^2) is
    not supported: searched fire``, ``&& read as AND: searched rock AND roll``, both joined
    (``boost (^2) is not supported, + read as a required word: searched fire``); "" for a query
    searched as typed."""
    if not reading.unsupported and not reading.read:
        return ""
    said = []
    if reading.unsupported:
        verb = "is" if len(reading.unsupported) == 1 else "are"
        said.append(f"{', '.join(reading.unsupported)} {verb} not supported")
    said.extend(reading.read)
    return f"{', '.join(said)}: searched {reading.searched}"
