"""Text in capitals (and headline title case), where a capital says nothing of a name: shouted
stretches of a headline or a label and the firms and verbs in them ("KVITRA SHIPPING LTD CUTS 300
JOBS"), a kicker opening a block ("9.41pm - FULL TIME:"), a headline's firm, a copyright notice, a
wire's label before a name ("SOURCE Sorvena Químicos S.A."), a headline's "Of"/"For", a surname
written in capitals, and a word in capitals after a clock time.

Separate because the other rules ask these questions first (is this word shouted? a surname in
capitals?) and they are about how a text is typeset, not about what a name is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    CONNECT,
    FORM_SPELLING,
    PARTNER_CONJUNCTIONS,
    PARTNER_WORDS,
    SHOUTED_LEGAL_FORMS,
    STOP_ACRONYMS,
    legal_form,
    people_plural,
    title_cased,
)
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, entity_key
from waic_reader.index.analysis.entities.words import NAME_SHAPED, Cand, Unit, cue_label, given_word, is_title
from waic_reader.index.analysis.entry_time import ZONES as TIME_ZONES
from waic_reader.index.analysis.lexicon import IRREGULAR_PAST, NUMBER_WORDS, STOP_WORDS
from waic_reader.index.corpus.date_patterns import ZONES
from waic_reader.index.corpus.letters import CAP

_COPYRIGHT = frozenset({"Copyright", "COPYRIGHT"})


def copyright_notice(text: str, run: list[Unit], initial: list[bool]) -> bool:
    """Whether the first word of ``run`` (two words or more) is a copyright notice's
    "Copyright": at a sentence's or line's start or after "©" / "(c)", before the holder's name,
    not before a body's last word alone ("Copyright Office said", "Copyright Tribunal")."""
    if run[0].text not in _COPYRIGHT:
        return False
    if len(run) == 2 and cue_label(run[1].text) == "ORG" and not legal_form(run[1].text):
        return False
    before = text[max(0, run[0].s - 5) : run[0].s].rstrip()
    return initial[run[0].i] or before.endswith(("©", "(c)", "(C)"))


def headline_firm(
    text: str, run: list[Unit], initial: list[bool], doc_lower: set[str] | frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The span of a firm's name that a run of a line with every word capitalised (a headline, a
    footer) is: words unknown to the gazetteer, one space apart, ending in a legal form as firms
    write it ("Nordlys Kringkasting AS", "Baltic Rail SE"), after a copyright notice's word if any
    (:func:`copyright_notice`); else None. The form is evidence the capitals of such a line are
    not."""
    while len(run) >= 2 and run[0].eid < 0 and copyright_notice(text, run, initial):
        run = run[1:]
    while len(run) >= 2 and in_capitals(run[0].text) and not legal_form(run[0].text):
        run = run[1:]  # "SOURCE Mtsvane Estates JSC": a label in capitals before the firm
    tail = next(
        (
            k
            for k in range(len(run) - 1, 1, -1)
            if legal_form(run[k - 1].text.rstrip(".,"))
            and all(in_capitals(u.text) and u.eid < 0 for u in run[k:])
            and shouted_verb(run[k].text, doc_lower)
        ),
        0,
    )
    if tail and not in_capitals(run[0].text):
        # "Vela Kabel AS HALTS OUTPUT": a headline's verb and words in capitals after the form
        # end the firm there, and name nothing
        run = run[:tail]
    elif not in_capitals(run[0].text):
        # "McAteer and Quinn Ltd Fined Over Crane Collapse": the last legal form ends the firm,
        # the headline's words go on after it
        last = max((k for k, u in enumerate(run) if k and legal_form(u.text.rstrip(".,"))), default=0)
        run = run[: last + 1] if last else run
    if len(run) < 2 or not legal_form(run[-1].text.rstrip(".,")) or run[-1].text[:1].islower():
        return None
    if any(u.eid >= 0 or legal_form(u.text) for u in run[:-1]):
        return None
    if any(text[a.e : b.s] not in _HEADLINE_FIRM_JOINS for a, b in zip(run, run[1:], strict=False)):
        return None
    return run[0].s, run[-1].e


# What may stand between a headline firm's words: a space, or a partners' "and" ("McAteer and
# Quinn Ltd", "Szabó és Társa Zrt"; the run holds one only where they are one firm's).
_HEADLINE_FIRM_JOINS = frozenset({" ", " & "} | {f" {c} " for c in PARTNER_CONJUNCTIONS})


# A title word, then a connector in a headline's capital ("Head Of Security", "Minister For
# Health"), then a capitalised word
_TITLE_CONNECTOR = re.compile(rf"(?<![\w'’-])({CAP}[\w'’-]*) (Of|For) (?={CAP})")


# A news agency's slug opening a headline or a line: a story-type or handling word in capitals
# (Reuters' "UPDATE", "WRAPUP", "FACTBOX", "REFILE", "CORRECTED", "EXCLUSIVE", "RPT", ...: the wire's
# own flags, :data:`lexicons.STOP_ACRONYMS`), a version number after "UPDATE"/"WRAPUP", and a hyphen
# or dash written onto the headline's first word ("UPDATE 4-Harlow Ridge miners strike", "FACTBOX-
# What is in the bill"): the Reuters headline style (its handbook's slugs). The slug is no part of
# the name after it (round s49-e: "UPDATE 4-Harlow Ridge" was a PERSON, the town of its body lost).
_WIRE_SLUG = re.compile(
    r"(?m)^[ \t]*(?:[A-Z]{2,12}(?: [A-Z]{2,12})?)(?: [1-9]\d?)?[-\u2013\u2014](?=[\"'\u2018\u201c]?[A-Z0-9])"
)


def wire_slugs_as_spaces(text: str) -> str:
    """``text`` with each wire slug opening a line (:data:`_WIRE_SLUG`: "UPDATE 4-", "WRAPUP 2-",
    "FACTBOX-", "REFILE-") written as spaces, one for one, so offsets are kept and the name after it
    is read as a headline's first word. Only a slug whose words are all the wire's flags
    (:data:`STOP_ACRONYMS`) is blanked, a number only after a numbered one (:data:`_NUMBERED_SLUGS`):
    "AU-Plovdiv", "COVID-19" and "A14-" stay."""
    if "-" not in text and "\u2013" not in text and "\u2014" not in text:
        return text
    spans = [m.span() for m in _WIRE_SLUG.finditer(text) if _is_slug(m.group())]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if not chars[k].isspace():
                chars[k] = " "
    return "".join(chars)


# A zone's abbreviation written after a time's figures ("10:15 MSK", "09.41 AWST", "9pm ET", "(14:05
# GMT+1)"): the one table of zones (entry_time.ZONES), after a clock time of hours and minutes or
# hours and am/pm. The zone group is what is blanked.
_ZONE_AFTER_TIME = re.compile(
    r"(?<![\w.:,])(?:\d{1,2}[:.][0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?|\d{1,2}\s?[AaPp]\.?[Mm]\.?)"
    rf"[ \t\u00a0]\(?({'|'.join(TIME_ZONES)})(?![A-Za-z])"
)


def zones_after_times_as_spaces(text: str) -> str:
    """``text`` with each time zone's abbreviation written after a time of day
    (:data:`_ZONE_AFTER_TIME`: "10:15 MSK", "09.41 AWST", "9pm ET") as spaces, one for one, so
    offsets are kept: a zone beside a time names nothing. The same letters elsewhere may be a
    body's initials ("The NST reported", "CAT said": review s52-rv finding 13), so the zones are
    no unconditional stop acronyms (but the few :data:`lexicons.STOP_ZONES`)."""
    spans = [m.span(1) for m in _ZONE_AFTER_TIME.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _is_slug(found: str) -> bool:
    words = [w for w in found.strip().rstrip("-\u2013\u2014").split() if not w.isdigit()]
    numbered = any(w.isdigit() for w in found.rstrip("-\u2013\u2014").split())
    if numbered and words[-1] not in _NUMBERED_SLUGS:
        return False  # "A14-..." or "ISO 9001-...": a number belongs to the slug only after UPDATE/WRAPUP
    return all(w in STOP_ACRONYMS for w in words)


# The slugs a wire numbers by the story's version: "UPDATE 4-", "WRAPUP 2-" (Reuters).
_NUMBERED_SLUGS = frozenset({"UPDATE", "WRAPUP", "REFILE", "CORRECTED"})


def headline_connectors(text: str) -> str:
    """``text`` with a connector that a headline's case capitalises after a title word written in
    lower case, as prose writes it: "Head Of Security Per Skaar", "Chief Of Staff Will Berge" read
    as "Head of Security Per Skaar" (a department, then the person), "Minister For Health" as
    "Minister for Health". Same length and offsets as ``text``; other capital "Of"s stay ("Bank Of
    America": no title word before)."""
    if " Of " not in text and " For " not in text:
        return text
    lowered = [m.start(2) for m in _TITLE_CONNECTOR.finditer(text) if is_title(m.group(1))[0]]
    if not lowered:
        return text  # the same text, so what is kept of it (figures.figures_of) is found again
    chars = list(text)
    for at in lowered:
        chars[at] = chars[at].lower()
    return "".join(chars)


def title_case(words_: list[str], btext: str) -> bool:
    if len(words_) > 20 or btext.rstrip().endswith("."):
        return False  # (as the last test below says: decided before reading every word of prose)
    content = [
        w
        for w in words_
        if w.lower() not in CONNECT
        and w.lower() not in ("a", "an", "to", "at", "in", "by", "with", "from", "as", "is", "vs")
    ]
    if len(content) < 3 or (btext.rstrip().endswith((".", "!")) and len(words_) > 14):
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps >= 0.85 * len(content) and len(words_) <= 20 and not btext.rstrip().endswith(".")


VOWEL = re.compile(r"[AEIOUY]")
# A time's words after its figures: its am/pm and its zone (the one table of zones written after a
# time, entry_time.ZONES: "GMT", "CET", "AEST", "ET"; round s52-m).
_CLOCK = frozenset({"am", "pm", "a.m", "p.m", *TIME_ZONES})


# Shortest run of words in capitals read as shouted text, and how many of them must be ordinary words
_SHOUTED_WORDS = 4
_SHOUTED_ORDINARY = 2
# Signs that may stand between the words of a run in capitals ("SAILINGS. VESTHAV", "PORT, WHICH")
_SHOUTED_GLUE = frozenset(".,;:-–—&'’!?")
# Every legal form as written in capitals, the two-letter ones too ("AS", "OY", "GMBH")
_UPPER_FORMS = frozenset(FORM_SPELLING)
# Words a firm's name in capitals is not made of: the ordinary ones a shouted sentence is made of
NOT_FIRM_WORDS = STOP_WORDS | COMMON_WORDS | frozenset(NUMBER_WORDS)


def surname_written(name: str) -> str:
    """A person's ``name`` with a surname in capitals (:func:`shouted_surname`) as prose writes it
    (:func:`title_cased`), so that the person is the one other articles name: the last word after
    words in mixed case ("Trine HOLMEN" → "Trine Holmen", "Lars BERGSTRØM" → "Lars Bergstrøm"); or
    the first of two, before a given name in mixed case, the order East Asian names and official
    lists write ("YAMADA Taro", "TAKAHARA Kenji"), keyed given name first as prose writes it
    ("Taro Yamada": t13p F9, session 29; the one rule of that order, whichever rule typed the
    person: s30-a). Any other name as written ("Benedict XVI", "NASCAR O'Reilly")."""
    words = name.split()
    if len(words) == 2 and shouted_surname(words[0]) and NAME_SHAPED.fullmatch(words[1]):
        return f"{words[1]} {title_cased(words[0])}"
    if len(words) < 2 or not shouted_surname(words[-1]) or any(in_capitals(w) for w in words[:-1]):
        return name
    return " ".join([*words[:-1], title_cased(words[-1])])


# Signs that open a clause a name may start ("…condolences; YAMADA Taro, a passenger", "Note:
# SUZUKI Hanako", "— KIM Minji said", "“PARK Jisoo said"): a dash, a quote, a colon, a semicolon.
_CLAUSE_SIGNS = frozenset(";:–—-\"“‘'«(")


def clause_opening(toks: list[tuple[int, int, str]], i: int, initial: list[bool]) -> bool:
    """Whether ``toks[i]`` opens a sentence or a clause: the block's first token, a sentence's
    first word (``initial``), or a word after ";", ":", a dash, a quote or a bracket."""
    return not i or initial[i] or toks[i - 1][2] in _CLAUSE_SIGNS


def surname_first_place(
    text: str, toks: list[tuple[int, int, str]], i: int, j: int, initial: list[bool], doc_lower: set[str]
) -> bool:
    """Whether a surname in capitals then a given name (``toks[i:j]``, "YAMADA Taro") stands where
    such a name is written: after a word in lower case inside a sentence ("Japanese ambassador
    YAMADA Taro met": t13p F9), or opening a sentence or a clause (after ";", ":", a dash, a
    quote: "…condolences; YAMADA Taro, a passenger, is among", "SUZUKI Hanako, his colleague, was
    unhurt.": t13r F8) with a comma or a word in lower case after it, on a line not all in
    capitals (a shouted headline's words are no such name), its given name no plural of people
    nor a word the article writes in lower case ("ALERT Rescuers said": a label, then a noun)."""
    prev = toks[i - 1][2] if i else ""
    if not initial[i] and prev.isalpha() and prev.islower():
        return True
    if not clause_opening(toks, i, initial):
        return False
    after = toks[j][2] if j < len(toks) else ""
    if not (after == "," or (after.isalpha() and after.islower())):
        return False
    given = toks[j - 1][2].lower()
    if people_plural(given) or given in doc_lower:
        return False  # "ALERT Rescuers said", "UPDATE Police said": a label, then a noun
    start = text.rfind("\n", 0, toks[i][0]) + 1
    end = text.find("\n", toks[i][1])
    return not line_in_capitals(text[start : end if end >= 0 else len(text)])


ROMAN = re.compile(r"[IVXLCDM]+")


def shouted_surname(word: str) -> bool:
    """Whether ``word`` may be a surname written in capitals ("HOLMEN", "BRÆKKE"): letters only,
    five or more, a vowel among them, no Roman number ("XVIII"); a shorter one ("NFL", "QST",
    "LII", "IMAP") is an acronym or a model's letters as often."""
    return (
        len(word) >= 5 and word.isalpha() and word.isupper() and bool(VOWEL.search(word)) and not ROMAN.fullmatch(word)
    )


def in_capitals(tok: str) -> bool:
    """Whether ``tok`` is a word in capitals (a letter first, no lower-case letter)."""
    return tok[0].isalpha() and tok.isupper()


def _ordinary(word: str, doc_lower: set[str]) -> bool:
    """Whether ``word`` (in capitals) is an ordinary word, no name: its lower-case form is a
    function or common word (lexicon.STOP_WORDS, lexicons.COMMON_WORDS, a number word) or one the
    article writes in lower case (``doc_lower``)."""
    low = word.lower()
    return low in NOT_FIRM_WORDS or low in doc_lower


_SHOUTED_NUMBER = re.compile(r"\d[\d.,]*|[%£$€¥]")  # ("CUTS 1,200 JOBS", "FINED £1.2M")

# A markup tag in lower case written into the text ("[bold]", "[/bold]", "[red]", "[b]", "<b>"), a
# closing tag with no name ("[/]", Rich's), or a terminal's escape sequence (ECMA-48's control
# sequence, ESC "[" parameters and a final letter: "\x1b[31m"): a console's or a forum's styling
# left in a saved headline, no word of it (t13aq N10: "HALLSTEIN DERAILMENT — [bold red]UNVERIFIED[/]
# REPORT\x1b[31m" read as mixed case, its capitals a GPE "Hallstein Derailment" and an ORG "REPORT").
_MARKUP_TAG = re.compile(
    r"\[/?[a-z][a-z0-9_#-]*(?:[ =][^\]\n]{0,40})?\]|\[/\]|</?[a-z][a-z0-9]*>|\x1b\[[0-9;?]*[A-Za-z]"
)


def line_in_capitals(text: str) -> bool:
    """Whether ``text`` (a block) is written in capitals: letters, none in lower case, outside
    markup tags (:data:`_MARKUP_TAG`: "[bold]DEATH[/bold] CABLE CAR [red]HORROR AT GRAUHORN", a
    tabloid's headline in capitals, t13q: its tags made it mixed case and "HORROR" an ORG)."""
    bare = _MARKUP_TAG.sub(" ", text)
    return bare.upper() == bare and any(c.isalpha() for c in bare)


def _shouted_gap(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether ``toks[j]`` opens signs and numbers between words in capitals, up to three tokens
    before the next ("SAILINGS. VESTHAV", "WILL CUT 80 JOBS", "BY 2026, THE COMPANY SAID",
    "CUTS 1,200 JOBS"): a lede in capitals goes on over them (t13k F3: "2026," ended it, and
    "THE COMPANY SAID" alone was too short a stretch, its words organisations)."""
    for k in range(j, min(j + 3, len(toks))):
        tok = toks[k][2]
        if in_capitals(tok):
            return k > j
        if tok not in _SHOUTED_GLUE and not _SHOUTED_NUMBER.fullmatch(tok):
            return False
    return False


def shouted_stretches(toks: list[tuple[int, int, str]], doc_lower: set[str]) -> list[tuple[int, int]]:
    """The token ranges [a, b) of ``toks`` (one block's) written in capitals as a sentence is, not
    as a name is: :data:`_SHOUTED_WORDS` words in capitals or more with only signs between them
    (:data:`_SHOUTED_GLUE`) or numbers ("WILL CUT 80 JOBS"), :data:`_SHOUTED_ORDINARY` of them ordinary words (:func:`_ordinary`:
    "HAS", "THE", "SAID"), which no name of that length holds ("NORTH ATLANTIC TREATY
    ORGANIZATION" is a name). A word or a bracket in lower case ends a stretch."""
    out: list[tuple[int, int]] = []
    # The tokens in capitals (in_capitals), found in one pass: a stretch opens at one of them, and
    # holds three or more (most blocks have fewer, and are not walked token by token).
    capitals = [k for k, (_, _, t) in enumerate(toks) if t[0].isalpha() and t.isupper()]
    if len(capitals) < min(3, _SHOUTED_WORDS):
        return out
    k, n = 0, len(toks)
    for k0 in capitals:
        if k0 < k:
            continue  # inside the stretch read from an earlier capital
        k = k0
        a = j = k
        words = ordinary = 0
        while j < n and (in_capitals(toks[j][2]) or _shouted_gap(toks, j)):
            if in_capitals(toks[j][2]):
                words += 1
                ordinary += _ordinary(toks[j][2], doc_lower) and not legal_form(toks[j][2])
                k = j + 1
            j += 1
        if (
            (words >= _SHOUTED_WORDS and ordinary >= _SHOUTED_ORDINARY)
            or (words >= 3 and _shouted_form_verb(toks, a, k, doc_lower))
            or (words >= 3 and _shouted_sentence_past(toks, k))
        ):
            out.append((a, k))
        k = max(k, a + 1)
    return out


def _shouted_sentence_past(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the words in capitals ending at ``toks[k - 1]`` close a sentence with a verb's past
    form: the last word ends in "-ED" (a stem of three letters or more) or is an irregular past
    (lexicon.IRREGULAR_PAST), and a full stop, "!" or "?" follows ("ICELAND VOLCANO ALERT
    RAISED.", "FLOOD ALERT LIFTED!"): a headline pasted into prose, a clause in capitals whose
    words are no organisations (t13as N5: an ORG "RAISED"). A name in capitals ends in no
    past form before a stop."""
    last = toks[k - 1][2].lower()
    verb = (len(last) >= 5 and last.endswith("ed")) or last in IRREGULAR_PAST
    return verb and k < len(toks) and toks[k][2] in (".", "!", "?") and toks[k][0] == toks[k - 1][1]


# A headline's or an all-caps lede's verb right after a firm's name: "X AS WILL CUT", "X AS HAS
# SUSPENDED", "X AS TO SHED", "X AS SAYS", "X AS PLANS" (never a clause's subject after "as").
_SHOUTED_VERBS = frozenset(
    """WILL WOULD HAS HAD IS WAS TO SAID SAYS PLANS CUTS SHEDS SLASHES WARNS POSTS REPORTS
    AGREES BUYS SELLS CLOSES OPENS SUSPENDS HALTS FILES WINS LOSES RAISES SHUTS STOPS AXES
    FREEZES DELAYS RECALLS SCRAPS PAUSES RESUMES ENDS DROPS QUITS EXPANDS LAYS HIRES FIRES
    NAMES APPOINTS LAUNCHES DENIES CONFIRMS EXPECTS SEEKS FACES MOVES LIFTS HIKES BOOSTS""".split()
)


def shouted_verb(word: str, doc_lower: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` in capitals may be a headline's verb after a firm's name: a listed one
    (:data:`_SHOUTED_VERBS`) or a word in -S whose stem the article writes in lower case
    ("HALTS" beside "would halt output")."""
    w = word.rstrip(".,;:!?")
    if w in _SHOUTED_VERBS:
        return True
    low = w.lower()
    return (
        len(low) >= 4
        and low.endswith("s")
        and not low.endswith("ss")
        and (low[:-1] in doc_lower or (low.endswith("es") and low[:-2] in doc_lower))
    )


def _verb_in_s(word: str, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``word`` in capitals is a verb's third person in -S: a headline's listed verb, or
    one whose stem the article writes in lower case in any form ("FAILS" beside "failed",
    "COLLAPSES" beside "collapsed", "fail")."""
    if shouted_verb(word, doc_lower):
        return True
    low = word.rstrip(".,;:!?").lower()
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return False
    stem = low[:-1]
    return any(form in doc_lower for form in (stem + "d", stem + "ed", stem + "ing", stem[:-1] + "ing"))


def _shouted_form_verb(toks: list[tuple[int, int, str]], a: int, b: int, doc_lower: set[str]) -> bool:
    """Whether the words in capitals ``toks[a:b]`` are a firm's name in capitals, its legal form
    and a headline's verb after it ("VELA KABEL AS HALTS OUTPUT", "ODIN FISK ASA CUTS 200 JOBS",
    "BARNAMET KFT SHUTS PLANT"): a sentence in capitals however few of its words are ordinary."""
    return any(
        in_capitals(toks[x - 1][2])
        and in_capitals(toks[x][2])
        and (legal_form(toks[x][2].rstrip(".,")) or toks[x][2].upper() in _UPPER_FORMS)
        and in_capitals(toks[x + 1][2])
        and shouted_verb(toks[x + 1][2], doc_lower)
        for x in range(a + 1, b - 1)
    )


def shouted_firms(
    toks: list[tuple[int, int, str]], a: int, b: int, doc_lower: set[str], text: str = ""
) -> list[tuple[int, int, str, str, int]]:
    """The firms in the run in capitals ``toks[a:b]``: words in capitals ending in a legal form
    ("VESTHAV SHIPPING AS", "HALDEN FUELS GMBH"), back from the form over words spaced by one
    space that are no ordinary word (:func:`_ordinary`) but a firm's trade word ("SHIPPING"), one
    of them at least no such word; a form of two letters ("AS", "SA") only after a trade word or
    words the article ``text`` writes in mixed case too ("POLARIS FISK AS" beside "Polaris Fisk
    said").
    Each as a candidate (start, end, "ORG", key, -1), keyed as prose writes the name
    (:func:`title_cased`: "ORG:Vesthav Shipping AS"), so that the firm is the one other articles
    write in mixed case."""
    out: list[tuple[int, int, str, str, int]] = []
    for k in range(a + 1, b):
        if not legal_form(toks[k][2].rstrip(".,")) and toks[k][2].rstrip(".,").upper() not in _UPPER_FORMS:
            continue
        first = k
        while (
            first > a
            and in_capitals(toks[first - 1][2])
            and toks[first][0] - toks[first - 1][1] == 1
            and not legal_form(toks[first - 1][2])
            and (not _ordinary(toks[first - 1][2], doc_lower) or cue_label(toks[first - 1][2].title()) == "ORG")
        ):
            first -= 1
        if (
            first - 2 >= a
            and (k - first == 1 or toks[first][2].title() in PARTNER_WORDS)
            and (toks[first - 1][2].lower() in PARTNER_CONJUNCTIONS or toks[first - 1][2] == "&")
            and in_capitals(toks[first - 2][2])
            and not legal_form(toks[first - 2][2])
            and not _ordinary(toks[first - 2][2], doc_lower)
        ):
            first -= 2  # "MCATEER AND QUINN LTD", "SZABÓ ÉS TÁRSA ZRT": a firm of partners (firms.partners_firm)
        own = [t for _, _, t in toks[first:k] if not _ordinary(t, doc_lower) and cue_label(t.title()) is None]
        # a form of two letters in capitals is as often a word ("FURY AS FANS …", "RIBERA STUN
        # NACIONAL AS …"): a firm only after a trade word ("VESTHAV SHIPPING AS")
        short = toks[k][2].rstrip(".,") not in SHOUTED_LEGAL_FORMS
        trade = any(cue_label(t.title()) == "ORG" for _, _, t in toks[first:k])
        prose = bool(text) and first < k and _written_in_prose(text, [t for _, _, t in toks[first:k]])
        # "BRATTLI SAG AS WILL CUT 140 JOBS": a verb of the lede right after the form makes the
        # words before it its subject, a firm ("FURY AS FANS RIOT": no verb after "AS"; t13k F2)
        verb = k + 1 < b and shouted_verb(toks[k + 1][2])  # (listed only: "FURY AS FANS RIOT" beside "fan")
        if short and k - 1 >= first and _verb_in_s(toks[k - 1][2], doc_lower):
            # "VELTRA BANK FAILS AS SAVERS QUEUE": a headline's verb before "AS" makes it the
            # conjunction, and the words before it a clause (t13al N10: an ORG "Veltra Bank Fails AS")
            continue
        if first < k and own and (trade or not short or prose or verb):
            s, e = toks[first][0], toks[k][1]
            name = " ".join(t for _, _, t in toks[first : k + 1])
            out.append((s, e, "ORG", entity_key("ORG", title_cased(name)), -1))
    return out


def _written_in_prose(text: str, words: list[str]) -> bool:
    """Whether ``text`` writes the words in capitals ``words`` as a name in mixed case too, whole
    words ("POLARIS FISK" and "Polaris Fisk said"): the article's own evidence that they name
    something."""
    name = title_cased(" ".join(words))
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text) is not None


def kicker(toks: list[tuple[int, int, str]], doc_lower: set[str]) -> range:
    """The token indices of a shouted kicker at a block's start, after a time stamp if any ("9.41pm
    - FULL TIME: Tonga 26", "HELD UP! Samoa throw", "TRY Samoa."): words in capitals before the
    block goes on in mixed case. Two or more such words are a kicker; one only where the article
    writes it in lower case ("no try was scored"), else it may be an acronym ("NATO said")."""
    n = len(toks)
    k = 0
    while k < min(n, 6) and (not toks[k][2][0].isalpha() or toks[k][2] in _CLOCK):
        k += 1  # "9.41pm -", "21:05 –"
    first = k
    while k < n and toks[k][2].isalpha() and toks[k][2].isupper() and len(toks[k][2]) >= 2:
        k += 1
    if (
        k == first
        or k >= n
        or toks[k][2] in ("&", "/", "-")
        or not any(t[0].isalpha() and not t.isupper() for _, _, t in toks[k:])
        or toks[k - 1][2] in SHOUTED_LEGAL_FORMS  # "KVITRA SHIPPING LTD said": a firm in capitals
    ):
        return range(0)
    if k - first == 1 and toks[first][2].lower() not in doc_lower:
        return range(0)
    if 2 <= k - first <= 4 and _described_after(toks, k) and given_word(toks[first][2].title()):
        # "ROY TUQŁUK OKPEAHA, who has died aged 85": an obituary's or a profile's subject named in
        # capitals opening the lede, then described, no kicker (issue #16, round s41-e: an ORG "ROY")
        return range(0)
    return range(first, k)


def _described_after(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the words before ``toks[k]`` are described in commas after them: a comma, then a
    word in lower case or a number ("X, who", "X, 85,", "X, a whaling captain")."""
    if k + 1 >= len(toks) or toks[k][2] != ",":
        return False
    nxt = toks[k + 1][2]
    return nxt.isdigit() or (nxt.isalpha() and nxt.islower())


_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d(?: ?(?:[AaPp]\.?[Mm]\.?))? $|\b\d{1,2} ?(?:[ap]\.m\.|[AP]M) $")


# A time zone's abbreviation: one the date readers know (MSK, MEZ), or capitals ending in "T" as
# zones are written (NT, AT, HST, AKST). Other capitals after a clock are a name: a live blog's
# "15:05 MSF said …" opens its entry with the charity (review s44-rv finding 16: it was read as the
# stamp's zone, so the entry had no speaker and no MSF).
_ZONE_WORD = re.compile(rf"(?:{'|'.join(sorted(ZONES, key=len, reverse=True))}|[A-Z]{{1,4}}T)")


def after_clock(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a time zone's two to five capitals right after a clock time ("6:40
    AM NT", "11:20 MSK"; :data:`_ZONE_WORD`)."""
    return (
        2 <= e - s <= 5
        and _ZONE_WORD.fullmatch(text, s, e) is not None
        and _CLOCK_BEFORE.search(text, max(0, s - 14), s) is not None
    )


# A service's code: a rail service class before its train's number ("IC 518", "ICE 1001", "TGV
# 6201", "RE 7"), or an airline's designator after "Flight"/"Flug" ("Flight LH 400"). The classes
# are the rail operators' product codes as timetables print them (UIC leaflet 918-0 / Deutsche Bahn
# and SBB timetables: IC, ICE, EC, ECE, EN, IR, IRE, RE, RB, RJ, RJX, NJ, TGV, OUIGO's OGV, Eurostar's
# EST, Italy's FR/FA/FB, Spain's AVE/AVLO/ALVIA, Sweden's SJ). OntoNotes (Weischedel et al., the
# OntoNotes 5.0 named-entity guidelines) tags no service's class as a name (t13aq N10: an ORG "IC"
# in six articles); it does tag the index or the brand in "FTSE 100", "DAX 40", "BMW 320d", "COP
# 30", so capitals before a number are a service only with such evidence (review s49-rv3 finding 3).
# A year after the letters is an event's or a plan's ("COP 2021", "NATO 2030"), no service number.
RAIL_SERVICE_CLASSES = frozenset(
    "IC ICE EC ECE EN IR IRE RE RB RJ RJX NJ TGV OGV EST FR FA FB AVE AVLO ALVIA SJ".split()
)
_SERVICE_NUMBER_AFTER = re.compile(r" (?!(?:19|20)\d\d\b)\d{1,5}(?![\w.,:/%-]\w|[%°])")
_FLIGHT_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]light|[Ff]lug) $")


def service_code(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, two to four capital letters, is a service's code before its number
    (:data:`_SERVICE_NUMBER_AFTER`): a rail service class (:data:`RAIL_SERVICE_CLASSES`) or a
    flight's designator after "Flight"/"Flug" (:data:`_FLIGHT_BEFORE`), the article writing it
    nowhere without a number after it ("the IC 518 … IC services" keeps an "IC" that is a name).
    Any other capitals before a number ("FTSE 100", "BMW 320d") are no service."""
    code = text[s:e]
    if not (2 <= len(code) <= 4 and code.isalpha() and code.isupper()):
        return False
    flight = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
        if _SERVICE_NUMBER_AFTER.match(text, m.end()) is None:
            return False
        flight = flight or _FLIGHT_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
    return code in RAIL_SERVICE_CLASSES or flight


# A label in capitals opening a line before a name, as wire furniture writes it: PR Newswire's
# "SOURCE Sorvena Químicos S.A.", "CONTACT Marta Vilaça" (t13n F2). (Ordinary words in capitals are
# such labels too: :func:`_ordinary`.)
_LINE_LABELS = frozenset({"SOURCE", "CONTACT", "CONTACTS", "CREDIT", "PHOTO", "PHOTOS", "ISSUER", "ISSUED"})


def line_labels(
    text: str, chosen: list[Cand], doc_lower: set[str], canonical: Callable[[str], str | None]
) -> list[Cand]:
    """``chosen`` with a label in capitals that opens a line before a name in mixed case left out
    of the name ("SOURCE Sorvena Químicos S.A." is the firm "Sorvena Químicos S.A."; t13n F2): a
    word of three letters or more in capitals, an ordinary word (:func:`_ordinary`) or a wire's
    label (``_LINE_LABELS``), no legal form, no name the gazetteer knows ("NATO Secretary ...")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if text[s:e] in _ISSUER_LABELS and (s == 0 or text[s - 1] == "\n"):
            # "SOURCE Casa Tejido Norte" alone on its line: the wire's label, read as initials, and
            # the issuer after it, an ORG (round s46-e, held-out 39: an ORG "SOURCE", the firm missed)
            issuer = _ISSUER_LINE.match(text, e)
            if issuer is not None and not any(c[0] < issuer.end(1) and issuer.start(1) < c[1] for c in chosen):
                a, b = issuer.span(1)
                out.append((a, b, "ORG", entity_key("ORG", text[a:b])))
            continue
        m = _LINE_LABEL.match(text, s, e)
        if (
            m is not None
            and label in NAME_LABELS
            and (s == 0 or text[s - 1] == "\n")
            and (m.group(1) in _LINE_LABELS or _ordinary(m.group(1), doc_lower))
            and not legal_form(m.group(1))
            and canonical(m.group(1)) is None
        ):
            s = m.end()
            name = key.partition(":")[2]
            rest = name[len(m.group(1)) :].lstrip() if name.startswith(m.group(1) + " ") else text[s:e]
            key = entity_key(label, rest)
        out.append((s, e, label, key))
    return out


def section_lines(
    text: str, chosen: list[Cand], doc_lower: set[str], canonical: Callable[[str], str | None]
) -> list[Cand]:
    """``chosen`` less a page's section label alone on its line in capitals ("NEWS", "TRAVEL",
    "WORLD" over the headline, in the page's head): one word, a section's (titles.SECTION_WORDS)
    or an ordinary word (:func:`_ordinary`), no name the gazetteer knows (t13ad N12: "NEWS" was an
    Organisation; issue #16, all-caps headline words are no organisations)."""
    from waic_reader.index.corpus.titles import SECTION_WORDS

    out: list[Cand] = []
    for c in chosen:
        s, e = c[0], c[1]
        word = text[s:e]
        alone = (s == 0 or text[s - 1] == "\n") and text[e : e + 1] in ("", "\n", "\r")
        if (
            alone
            and word.isalpha()
            and word.isupper()
            and (word.lower() in SECTION_WORDS or _ordinary(word, doc_lower))
            and canonical(word) is None
        ):
            continue
        out.append(c)
    return out


# The wire's labels that name the release's issuer, an organisation, on the rest of their line
# (PR Newswire's and Business Wire's "SOURCE", "ISSUER"): capitalised words (a connector between
# them) up to the line's end.
_ISSUER_LABELS = frozenset({"SOURCE", "ISSUER"})
_ISSUER_LINE = re.compile(
    r"[ \t]+((?:[A-ZÀ-Þ][\w'’&.-]*)(?:[ \t]+(?:(?:de|del|la|y|and|of|&)[ \t]+)?[A-ZÀ-Þ][\w'’&.,-]*){0,6})[ \t]*(?=\n|$)"
)
# A word in capitals, then a space and a capitalised word with a lower-case letter ("SOURCE Sorvena").
_LINE_LABEL = re.compile(r"([A-Z]{3,})[ \t]+(?=[A-ZÀ-Þ][a-zß-ÿ])")
