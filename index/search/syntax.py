"""Other search engines' query syntax, read or set aside (issue 15): what a user used to Lucene,
Elasticsearch or a web search types.

Read as this app reads it: ``&&`` is ``AND``, ``||`` is ``OR``, ``!`` at a word's start is
``NOT`` and ``+`` there marks a required word (every word is). Not supported, and set aside with a
note of what was searched instead: a boost (``fire^2``, ``"a b"^2``, ``(a OR b)^0.5``), a fuzzy
word (``fire~``, ``fire~1``) and a phrase's proximity (``"a b"~3``). Left as they were, the
tokeniser read ``fire^2`` as the words "fire" and "2", and ``fire || ferry`` as both words: no
hit, no message. Ranges (``[a TO z]``) are refused by the parser, as the README promises.

Pure text work, no backend: the workspace reads a query with it before anything else, and the
whoosh parser's ``check`` does too (a query given to the engine directly).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A boost or a fuzzy/proximity operator: "^" or "~", an optional number, then the end of the word
# (a space, a closing parenthesis or the end). A number before it is no word of the syntax: "10^6"
# and "5~10" are text written so (the tokeniser reads their numbers).
_OPERATOR = r"(?P<op>[\^~])(?P<num>\d+(?:\.\d*)?|\.\d+)?(?=[\s)]|$)"
_SYNTAX = re.compile(
    rf'(?P<quoted>"[^"]*")(?:{_OPERATOR})?'  # a phrase, then its boost or proximity
    rf"|(?<=[^\W\d]|[*)]){_OPERATOR.replace('?P<op>', '?P<op2>').replace('?P<num>', '?P<num2>')}"
    r"|(?<![^\s(])(?P<andor>&&|\|\|)(?![^\s(])"  # Lucene's AND and OR between words
    r"|(?<![^\s(])(?P<bang>!)\s*(?=[^\s)!=])"  # Lucene's NOT before a word
    r"|(?<![^\s(])(?P<plus>\+)(?=[^\s)+\d])"  # Lucene's required word: every word is
)
_KINDS = {"^": "boost", "~": "fuzzy match"}


@dataclass
class Reading:
    """A query as this app searches it: ``searched`` (the text with the syntax it does not
    support set aside, Lucene's operators written as its own) and ``unsupported``, what was set
    aside, each as ``"boost (^2)"``, ``"fuzzy match (~1)"`` or ``"proximity (~3)"``, in the
    order typed; empty when all of it is supported."""

    searched: str
    unsupported: list[str] = field(default_factory=list)


def read_syntax(text: str) -> Reading:
    """``text`` (a query as typed) read for its foreign syntax: see the module's docstring.
    Quoted phrases are left as they are (a "^" or "||" inside quotes is text)."""
    notes: list[str] = []

    def swap(m: re.Match[str]) -> str:
        if m.group("andor"):
            return "AND" if m.group("andor") == "&&" else "OR"
        if m.group("bang"):
            return "NOT "
        if m.group("plus"):
            return ""
        op = m.group("op") or m.group("op2")
        if op is None:
            return m.group(0)  # a phrase alone
        num = m.group("num") if m.group("quoted") else m.group("num2")
        kind = "proximity" if op == "~" and m.group("quoted") else _KINDS[op]
        notes.append(f"{kind} ({op}{num or ''})")
        return m.group("quoted") or ""

    searched = _SYNTAX.sub(swap, text)
    if notes:
        searched = " ".join(searched.split())
    return Reading(searched, notes)


def unsupported_note(unsupported: list[str], searched: str) -> str:
    """The words the CLI and the search screen say of what was set aside: ``boost (^2) is not
    supported: searched fire``; "" when nothing was."""
    if not unsupported:
        return ""
    verb = "is" if len(unsupported) == 1 else "are"
    return f"{', '.join(unsupported)} {verb} not supported: searched {searched}"
