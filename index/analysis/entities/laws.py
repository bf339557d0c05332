"""Laws and names that carry a number: a law's head ("Act on X", "Criminal Code"), a bracketed
law, a law's year ("Medical Act 1983"), a bill's or a station's number ("House Bill 1", "BBC
Radio 4").
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.joins import BODY_WORDS
from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, TITLE_MOD
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import Cand, cue_label, is_title
from waic_reader.index.analysis.figures import NUMBERED_KINDS, is_year
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
            # (a kind word of a body or a place ends the title, but a field's ORG cue is a matter
            # the law is about: "the Fisheries Conservation and Management Act", "the Research
            # and Innovation Act"; round s49-e: "Fisheries" was left out)
            or (cue_label(word) is not None and (cue_label(word) != "ORG" or word in BODY_WORDS))
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
# (not after "of": "the Sámi Act of 1987" is the act and when it passed, as the names set writes
# most such, though "the Civil Rights Act of 1964" is a short title; round s40-e measured it)
_LAW_YEAR = re.compile(r"(?P<joint>,)? (?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]\d)")


def _a_year(text: str, y: re.Match[str]) -> bool:
    """Whether the number :data:`_LAW_YEAR` found after a law's name is a year, as the figure
    recogniser reads it (:func:`~waic_reader.index.analysis.figures.is_year`, the one rule: "the
    Medical Act 1983" is, "the Paris Agreement 2000 delegates signed" is not); one before 1800,
    outside that rule's range, is ("the Bill of Rights 1689")."""
    number = int(y.group("year"))
    if number < 1800:
        return True
    # A comma joining it to the law's name stands where that rule asks for a determiner or
    # a preposition of time before a year a plural-looking word follows: a year unless a round
    # hundred ("the Constitution Act, 1982 protects treaty rights", a verb read as a counted noun;
    # "the Companies Act, 2000 firms" counts; round s40-e, a leftover of held-out 32)
    joined = y.group("joint") is not None and number % 100 != 0
    return joined or is_year(text, y.start("year"), y.end("year"), number)


# Kind words a name's number follows ("House Bill 2", "BBC Radio 4", "Coastal News 24"):
# figures.NUMBERED_KINDS, the one list the figure recogniser reads too (t13aj N10).
_NAME_NUMBER = re.compile(r" \d{1,4}(?![\w%]|[.,:/-]\d| (?:million|billion|trillion|percent|per\b))")


def numbered_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A bill's or a station's number is part of its name ("House Bill 1", "BBC Radio 4")."""
    out: list[Cand] = []
    taken = -1  # the end of a name that took the number after it
    for s, e, label, key in chosen:
        if s < taken:
            continue  # the number, as a CARDINAL: now the name's
        if label in ("LAW", "ORG") and text[s:e].rsplit(None, 1)[-1] in NUMBERED_KINDS:
            m = _NAME_NUMBER.match(text, e)
            if m is not None:
                e = taken = m.end()
                key = entity_key(label, " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


# A party of a case: capitalised words, "of", "for" or "and" (and "the" after it) between them ("Brown v. Board
# of Education", "Minister of Health v. Treatment Action Campaign"); a capitalised "The" opens one
# only inside a sentence ("is still hearing The Gambia v. Myanmar").
_PARTY = rf"{CAP}[\w'’-]*(?: (?:(?:of|for|and)(?: the)? )?{CAP}[\w'’-]*){{0,5}}"
# (and "et al." after the second party: "Coosaw Point Partners LLC v. Gadsden et al.")
_CASE = re.compile(rf"(?<![\w'’.-])(?P<a>{_PARTY}) v\.? (?P<b>{_PARTY})(?: et al\.)?")
# Words of a court's work in the sentence: what makes "A v. B" a case, not a fixture ("Arsenal v
# Chelsea at the Emirates").
_COURT_WORDS = re.compile(
    r"\b(?:[Cc]ourts?|[Cc]ases?|ruling|ruled|rules|judgm?ents?|judges?|[Jj]ustices?|appeals?|appealed|precedents?|"
    r"lawsuits?|suits?|tribunal|hearing|heard|verdicts?|decided|decision|cited|sued|plaintiffs?|"
    r"defendants?|respondents?|appellants?|petitioners?|litigation|landmark|"
    # a case cited, the verb opening its sentence too ("Citing United States v. Winans, he found":
    # round s47-e2, held-out 40's LAWs)
    r"[Cc]iting|[Cc]ites?)\b"
)
# Another case's "v." right after a case: the last party ran on into that case's first.
_NEXT_CASE = re.compile(r" v\.? ")
# Where a sentence ends: the court's words are looked for between two of these.
# (not a case's "v." before its second party: a second case in the sentence is read with the
# court's words before the first: "The court heard Smith v. Jones and Brown v. Green")
_SENTENCE_END = re.compile(r"(?<!\bv)[.!?]\s+(?=[\"“'‘(]?[A-Z])|\n")


def case_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A court case named by its parties, "A v. B" or "A v B" ("State v. Dlamini", "The Gambia v.
    Myanmar", "R v Jogee"), is one LAW (OntoNotes), in place of the names found in it, where its
    sentence speaks of a court's work (:data:`_COURT_WORDS`); a fixture ("Arsenal v Chelsea
    kicks off at three") is not. Issue #16, round s40-e: held-out 33's case was two GPEs, held-out
    32's missed."""
    if " v" not in text:
        return chosen
    cases: list[tuple[int, int]] = []
    pos = 0
    while (m := _CASE.search(text, pos)) is not None:
        s, e = m.span()
        pos = e
        if _NEXT_CASE.match(text, e) and (k := text.rfind(" and ", m.start("b"), e)) >= 0:
            # two cases joined by "and" ("United States v. Winans and Winters v. United States"):
            # the second party's words after "and" open the next case's first party
            e = pos = k
        first = m.group("a").split(" ", 1)[0]
        # a sentence's opening word or a common word is no party's ("In State v. Dlamini");
        # "The" is, inside a sentence; so is a verb's "-ing" form opening it ("Citing Brown v. Board")
        while (
            first in ("The", "A", "An")
            or first.lower() in STOP_WORDS
            or first.lower() in COMMON_WORDS
            or (first.endswith("ing") and _opens_sentence(text, s))
        ):
            if first == "The" and not _opens_sentence(text, s):
                break
            rest = text[s:e].split(" ", 1)
            if len(rest) < 2 or rest[1].startswith("v"):
                break
            s += len(first) + 1
            first = rest[1].split(" ", 1)[0]
        if text[s:e].startswith("v"):
            continue
        head = max((x.end() for x in _SENTENCE_END.finditer(text, max(0, s - 300), s)), default=max(0, s - 300))
        tail = _SENTENCE_END.search(text, e)
        if _COURT_WORDS.search(text, head, tail.start() if tail else len(text)) is None:
            continue
        cases.append((s, e))
    if not cases:
        return chosen
    kept = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e in cases)]
    added = [(s, e, "LAW", entity_key("LAW", " ".join(text[s:e].split()))) for s, e in cases]
    return sorted(kept + added)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or a line."""
    before = text[max(0, at - 3) : at]
    return at == 0 or before.endswith("\n") or bool(re.search(r"[.!?][\"”'’)]?\s+$", before)) or not before.strip()
