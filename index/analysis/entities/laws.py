"""Laws and names that carry a number: a law's head ("Act on X", "Criminal Code"), a bracketed
law, a law's year ("Medical Act 1983"), a bill's or a station's number ("House Bill 1", "BBC
Radio 4").
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, TITLE_MOD
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import Cand, cue_label, is_title
from waic_reader.index.analysis.figures import is_year
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER

# The word before a law's name and the word joining them: "of", "on", "for" ("the Proceeds of
# Crime Act"), or "and", "at" inside a short title ("the Town and Country Planning Act", "the
# Health and Safety at Work Act 2015"; s26-i).
_LAW_HEAD = re.compile(rf"(?<![\w'’.-])(?P<head>{CAP}[{LOWER}]+) (?:(?:of|on|for) (?:the )?|(?:and|at) )$")
# A short title with a bracketed part before its kind word, the jurisdiction or the matter:
# "the Planning (Wales) Act 2015", "the Children (Scotland) Act 1995", "the Criminal Justice
# (Miscellaneous Provisions) Act" (s26-i: the run of capitals stopped at the bracket, and the
# place inside was read alone).
_BRACKETED_LAW = re.compile(
    rf"(?<![\w'’.-])(?P<words>(?:{CAP}[{LOWER}]+ )+)\((?:{CAP}[\w'’-]*)(?: (?:and )?{CAP}[\w'’-]*)*\) "
    r"(?:Act|Bill|Measure|Order|Regulations)\b"
)


def law_heads(text: str, chosen: list[Cand]) -> list[Cand]:
    """A law's name takes in the words before its "of" ("the Proceeds of Crime Act", "the
    Representation of the People Act"), its "and" or "at" ("the Health and Safety at Work
    Act"), which the run of capitals left out, a bracketed part ("the Planning (Wales) Act":
    :data:`_BRACKETED_LAW`, a place's name inside no name of its own) and the year after it
    ("the Medical Act 1983": the year is part of a British or Irish act's short title)."""
    chosen = _bracketed_laws(text, chosen)
    out: list[Cand] = []
    skip_to = -1
    for s, e, label, key in chosen:
        if s < skip_to:
            continue  # the year, now inside the law's name
        while label == "LAW" and (m := _LAW_HEAD.search(text, max(0, s - 40), s)) is not None:
            head = m.group("head")
            a = m.start("head")
            # a title's word before "of" is a title ("Secretary of State"); before "and" or "at"
            # inside a short title one of the law's matters ("the Health and Safety at Work Act",
            # "the Justice and Security Act 2013")
            joined = text[m.end("head") + 1 : s].startswith(("and ", "at "))
            if (is_title(head)[0] and not joined) or head.lower() in COMMON_WORDS or cue_label(head) == "LAW":
                break
            if out and out[-1][1] > a:
                if out[-1][1] != m.end("head") or out[-1][2] in ("GPE", "LAW") or (out[-1][0] != a and not joined):
                    break
                # "Health" read alone (an ORG) opens "the Health and Safety at Work Act", and so does
                # a name of more words before "and" ("Digital Services", an ORG, opens "the Digital
                # Services and Online Safety Act")
                a = out.pop()[0]
            else:
                # "the Environmental Protection and Preservation Act"; before "of" too: "the Uniform
                # Partition of Heirs Property Act" (round s37-e, heldout30: "Uniform" was left out)
                a = _words_before(text, a)
            s = a
            key = entity_key("LAW", " ".join(text[s:e].split()))
        if label == "LAW" and (y := _LAW_YEAR.match(text, e)) is not None and _a_year(text, y):
            e = skip_to = y.end()
            key = entity_key("LAW", " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


# A capitalised word right before a law's head word, one space apart, and what stands before it.
_WORD_BEFORE_HEAD = re.compile(rf"(?<![\w'’.-])({CAP}[{LOWER}]+) $")


def _words_before(text: str, start: int) -> int:
    """Where a law's short title begins when its word at ``start`` opens a matter joined by "and"
    or its head before "of", "on" or "for":
    capitalised words right before it are the title's too ("the Environmental Protection and
    Preservation Act", "the Coastal Conservation and Restoration Act": round s34-b), up to three,
    no common word ("Under"), title or law's kind word among them."""
    for _ in range(3):
        m = _WORD_BEFORE_HEAD.search(text, max(0, start - 30), start)
        if m is None:
            break
        word = m.group(1)
        if (
            word.lower() in COMMON_WORDS
            or word.lower() in STOP_WORDS  # "Under the …", "Since …"
            or word in ("The", "A", "An")
            or is_title(word)[0]
            or cue_label(word) is not None
        ):
            break
        start = m.start(1)
    return start


def _bracketed_laws(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each law of :data:`_BRACKETED_LAW` in ``text`` one LAW, in place of the
    names found inside it ("Wales" of "the Planning (Wales) Act"). A sentence's opening word,
    a common word or a title before the law's own words stays outside ("Under the ...")."""
    laws: list[tuple[int, int]] = []
    for m in _BRACKETED_LAW.finditer(text):
        s = m.start()
        for word in m.group("words").split():
            # a title's modifier opens the law's own words ("the Special Economic Zones
            # (Amendment) Bill", "the Interim Tax Rates (Extension) Bill": round s34-b)
            if not (word.lower() in COMMON_WORDS or (is_title(word)[0] and word not in TITLE_MOD)):
                break
            s += len(word) + 1
        if s < m.start("words") + len(m.group("words")):
            laws.append((s, m.end()))
    if not laws:
        return chosen
    kept = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e in laws)]
    added = [(s, e, "LAW", entity_key("LAW", " ".join(text[s:e].split()))) for s, e in laws]
    return sorted(kept + added)


# (a comma before it as South Asian and Channel Islands titles write it: "the Balochistan Coastal
# Fisheries (Amendment) Bill, 2026", "the Land Planning and Development (Guernsey) Law, 2005";
# round s37-e, heldout30's LAW ended before the year)
_LAW_YEAR = re.compile(r",? (?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]\d)")


def _a_year(text: str, y: re.Match[str]) -> bool:
    """Whether the number :data:`_LAW_YEAR` found after a law's name is a year, as the figure
    recogniser reads it (:func:`~waic_reader.index.analysis.figures.is_year`, the one rule: "the
    Medical Act 1983" is, "the Paris Agreement 2000 delegates signed" is not); one before 1800,
    outside that rule's range, is ("the Bill of Rights 1689")."""
    number = int(y.group("year"))
    return number < 1800 or is_year(text, y.start("year"), y.end("year"), number)


# Kind words a name's number follows: "House Bill 2", "Senate Bill 17", "BBC Radio 4", "Channel 5".
_NUMBERED_KINDS = frozenset("Bill Radio Channel".split())
_NAME_NUMBER = re.compile(r" \d{1,4}(?![\w%]|[.,:/-]\d| (?:million|billion|trillion|percent|per\b))")


def numbered_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A bill's or a station's number is part of its name ("House Bill 1", "BBC Radio 4")."""
    out: list[Cand] = []
    taken = -1  # the end of a name that took the number after it
    for s, e, label, key in chosen:
        if s < taken:
            continue  # the number, as a CARDINAL: now the name's
        if label in ("LAW", "ORG") and text[s:e].rsplit(None, 1)[-1] in _NUMBERED_KINDS:
            m = _NAME_NUMBER.match(text, e)
            if m is not None:
                e = taken = m.end()
                key = entity_key(label, " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out
