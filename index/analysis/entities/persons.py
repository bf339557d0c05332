"""People: cues that an unknown name is a person (a speech verb or "by" next to it, an
apposition, a role before its comma), titled people and people written in capitals, coordinated
pairs ("Anna Berg and Ola Lunde"), a nickname inside a name ('Eduardo "Eddie" Banaag'), bare
initials of results lines ("F Ghebremedhin"), a ruler's number ("Ramses II"), a surname after a
title that is a place's too, and which person a lone given name or surname refers to when the
article names several.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from waic_reader.index.analysis.entities.gazetteer import city_names
from waic_reader.index.analysis.entities.german_nouns import german_person_shaped
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.given_words import NO_GIVEN
from waic_reader.index.analysis.entities.lexicons import (
    ADDRESS_BEFORE_FULL_NAME,
    ADDRESS_TITLE,
    APPOSITION,
    BEFORE_A_VERB,
    COMMON_WORDS,
    CUES,
    FAMILY_FIRST,
    FIRM_TRADE_NOUNS,
    GERMAN_SAY,
    GIVEN,
    KIN,
    LOWER_TITLES,
    NAME_PARTICLES,
    NUMBERED_NOUNS,
    PERSON_NOUNS,
    READER_NOUNS,
    SAY,
    SPOKE_TO,
    STOP_ACRONYMS,
    TABLOID_TITLE,
    TITLE,
    TITLE_VERBS,
    WEEKDAYS_MONTHS,
    agent_noun,
    job_word,
    open_agent_noun,
    people_plural,
    title_kind,
)
from waic_reader.index.analysis.entities.mentions import entity_key, spans_take_over
from waic_reader.index.analysis.entities.shouted import NOT_FIRM_WORDS, ROMAN, VOWEL, in_capitals, shouted_surname
from waic_reader.index.analysis.entities.words import (
    NAME_SHAPED,
    PREV_CAP,
    SPEECH_AFTER,
    WHO_AFTER,
    WORD_BEFORE,
    WORD_EDGE,
    Cand,
    Unit,
    cue_label,
    given_word,
    is_title,
    of_label,
    opens_name,
    word_given,
)
from waic_reader.index.analysis.figures import TIME_UNITS
from waic_reader.index.analysis.lexicon import NUMBER_WORDS, STOP_WORDS
from waic_reader.index.corpus.letters import CAP, LETTER, LOWER
from waic_reader.index.corpus.tokens import fold

PERSON_APPOSITION = frozenset("counterpart colleague successor predecessor narrator heroine hero protagonist".split())

# -- short forms --------------------------------------------------------------------------

# The end of a sentence or a paragraph between two full names
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")


def nearest_bearer(text: str, pos: int, named: list[tuple[int, str]]) -> str | None:
    """The person a given name or surname written alone at ``pos`` refers to, when the article
    names two people or more in full by it (``named``: where each full mention starts, and its
    person's key): the one named in full last before it. A reader takes a lone "Anna" after "Anna
    Berg ... Anna Lunde ..." as the person just introduced (the writer would say otherwise), never
    as the first named. None when no reader could tell: two of them last named in one sentence
    ("Anna Berg and Anna Lunde met. Anna said"), or none named before it."""
    before = sorted((s, k) for s, k in named if s < pos)
    if not before:
        return None
    last_at, last = before[-1]
    others = [s for s, k in before if k != last]
    if others and _SENTENCE_BREAK.search(text, others[-1], last_at) is None:
        return None
    return last


def other_bearers_surname(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a person's surname alone keyed as the one other person of that surname
    the article names in full when the person it is keyed as (a known person: the gazetteer's
    "Biden" is Joe Biden) is never named in full there: "Hunter Biden said ... Biden added" is
    Hunter Biden. Two such people named in full, or the known person too: left as it is."""
    holders: dict[str, set[str]] = {}
    in_full: set[str] = set()
    for s, e, label, key in chosen:
        words = key.partition(":")[2].split()
        if label == "PERSON" and len(words) >= 2:
            holders.setdefault(words[-1], set()).add(key)
            if len(text[s:e].split()) >= 2:
                in_full.add(key)
    if not holders:
        return chosen
    out = []
    for c in chosen:
        s, e, label, key = c
        word = text[s:e]
        if label == "PERSON" and key not in in_full and key.partition(":")[2] != word:
            others = holders.get(word, set()) - {key}
            if len(others) == 1 and others <= in_full:
                c = (s, e, label, next(iter(others)))
        out.append(c)
    return out


# Plain courtesy titles: written before anyone's surname, they say nothing of which bearer is meant
# ("Mr Erdogan" may be the tourist); any other title or role before a known person's surname does
# ("President Erdogan", "Chancellor Merkel").
_COURTESY = frozenset("Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady".split())
# The word right before a mention (an abbreviation's dot and a country's possessive kept apart).
_WORD_BEFORE_MENTION = re.compile(rf"({LETTER}[\w-]*)(\.|['’]s)?[ \t]+$")
# A possessive role after a surname: "Erdogan's government", "Merkel's coalition".
_ROLE_AFTER = re.compile(
    r"['’]s (?:own |new |ruling )?(?:government|administration|cabinet|coalition|party|presidency|regime|"
    r"ministers?|spokes(?:man|woman|person)|office|aides?|allies|camp|chancellery|premiership|"
    r"re-?election|inauguration|term in office)\b"
)


# An apposition right after a lone surname, in commas or up to the sentence's end: "Macron, the
# campsite owner, said", "Sunak, the tourist,", "Milei, a 34-year-old teacher,", "Macron, who runs
# the campsite,". Group 1 its first word, group 2 the words after it up to a comma or the end.
_APPOSED = re.compile(r",[ \t]+(the|a|an|who|whose|aged)[ \t]+([^,.;:!?()\n\"“”]{1,80})")
# A relative clause's words that make it the known person's: a country ("who has led Turkey since
# 2003", "whose party rules Britain") or a title (below).
_OWN_WORD = re.compile(rf"(?<![\w'’-]){CAP}{LETTER}+")


def _apposition(text: str, e: int, known: Callable[[str], tuple[str, str] | None]) -> str | None:
    """What the apposition after a lone known surname ending at ``e`` says of its person (t13v F1,
    round s32-r): ``"title"`` when it names a role the known person holds, a title of the one title
    lexicon other than a courtesy title ("Macron, the French president,", "Sunak, who became prime
    minister", "Erdogan, the Turkish leader,"), or, in a relative clause, the country they lead
    ("Erdogan, who has ruled Turkey since 2003,"); ``"ordinary"`` when it describes anyone else ("the
    campsite owner", "the tourist", "a 34-year-old", "who runs the campsite"): a cue for the other
    bearer of the surname, never for the famous one; None without an apposition."""
    m = _APPOSED.match(text, e)
    if m is None:
        return None
    words = m.group(2).split()
    for word in words:
        title = word[:1].upper() + word[1:]
        if title_kind(title) == TITLE and title not in _COURTESY:
            return "title"
    if m.group(1) in ("who", "whose"):
        for w in _OWN_WORD.finditer(m.group(2)):
            place = known(w.group().removesuffix("'s").removesuffix("’s"))
            if place is not None and place[0] == "GPE":
                return "title"
    return "ordinary"


def lone_known_surnames(text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None]) -> list[Cand]:
    """``chosen`` with a known person's surname written alone keyed as that lone surname
    ("PERSON:Erdogan"), not as the gazetteer's famous bearer ("PERSON:Recep Tayyip Erdogan"),
    when nothing in the article says the famous one is meant: the article never names them in
    full, and no mention of the surname carries a cue for them, a title or role before it other
    than a courtesy title ("President Erdogan", "Turkish President Erdogan", not "Mr Erdogan"), a
    word of their own name ("Tayyip Erdoğan"), a
    country's possessive before it ("Turkey's Erdogan") or a possessive role after it ("Erdogan's
    government"). The corpus then decides (``person_joins.surname_aliases``): the lone surname is
    the one person of that surname the corpus names in full ("Erdogan, the Turkish tourist, thanked
    rescuers" beside "Emre Erdoğan, a Turkish tourist" in another article; t13r F7), the famous
    bearer when the corpus names none, and its own entity when it names two.

    In an article naming another bearer of the surname in full, each mention is decided by its own
    cue first (:func:`_bearer_or_known`)."""
    chosen = _bearer_or_known(text, chosen, known)
    lone: dict[str, list[int]] = {}
    in_full: set[str] = set()
    for n, (s, e, label, key) in enumerate(chosen):
        if label != "PERSON":
            continue
        name = fold(key.partition(":")[2]).split()
        written = text[s:e]
        if len(written.split()) >= 2:
            in_full.add(key)
        elif len(name) >= 2 and fold(written) == name[-1]:
            lone.setdefault(key, []).append(n)
    if not lone:
        return chosen
    out = list(chosen)
    for key, at in lone.items():
        own = fold(key.partition(":")[2]).split()[:-1]
        if key in in_full or any(_cued(text, chosen[n][0], chosen[n][1], own, known) for n in at):
            # A mention whose apposition describes someone else ("Macron, the campsite owner,") is
            # never the known person's but the lone surname, for the corpus to decide, and so are
            # the cue-less ones after it up to the next naming of the known person (in full or with
            # a cue): the nearest referent (t13v F1, round s32-r).
            at = _other_persons(text, chosen, key, at, own, known)
        for n in at:
            s, e, label, _ = chosen[n]
            out[n] = (s, e, label, entity_key(label, text[s:e]))
    return out


def _other_persons(
    text: str,
    chosen: list[Cand],
    key: str,
    at: list[int],
    own: list[str],
    known: Callable[[str], tuple[str, str] | None],
) -> list[int]:
    """Of the lone mentions ``at`` of the known person ``key``, in an article that names him in
    full or with a cue, those of someone else: each with an apposition describing anyone else
    (:func:`_ordinary`), and each cue-less one after it until the known person is named again, in
    full or with a cue (the nearest referent)."""
    events = sorted(
        [(s, -1) for s, e, _, k in chosen if k == key and len(text[s:e].split()) >= 2] + [(chosen[n][0], n) for n in at]
    )
    other = False
    found: list[int] = []
    for _, n in events:
        if n < 0:
            other = False  # the known person named in full
            continue
        s, e = chosen[n][0], chosen[n][1]
        if _cued(text, s, e, own, known) or _apposition(text, e, known) == "title":
            other = False
        elif _ordinary(text, chosen[n], known):
            other = True
        if other:
            found.append(n)
    return found


def _ordinary(text: str, cand: Cand, known: Callable[[str], tuple[str, str] | None]) -> bool:
    """Whether the lone surname ``cand``, keyed as a known person, has an apposition describing
    someone else (:func:`_apposition`) and is keyed so only because the gazetteer knows the name."""
    s, e, _, key = cand
    got = known(text[s:e])
    return got is not None and entity_key("PERSON", got[1]) == key and _apposition(text, e, known) == "ordinary"


def _bearer_or_known(text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None]) -> list[Cand]:
    """``chosen`` with each lone mention of a known person's surname, in an article naming another
    bearer of it in full, keyed by its own cue first (t13u F1): with a cue for the known person
    (see :func:`lone_known_surnames`: "President Erdogan", "Turkey's Erdogan", "le président
    Macron") the known person; without one ("Erdogan said", "Mr Erdogan") whoever of them was named
    last before it, as a reader resolves a bare surname to the nearest referent (issue #16, round
    s32-i): the bearer's full name or his own earlier mentions ("Turkish tourist Emre Erdoğan ...
    Erdogan said"), or the known person's cued mention and those resolved to him ("President
    Erdogan said ... Erdogan added": the president); before any of them, or when two of them were
    last named in one sentence, the bearer the article names in full (of two, the one named last
    before it, :func:`nearest_bearer`). A title or possessive the article writes before the
    bearer's own full name too ("Mayor Ana Milei ... Mayor Milei") is no cue for the known person
    but one for that bearer. An apposition after the mention is a cue too (:func:`_apposition`):
    one naming a title the known person holds for him, one describing anyone else ("Macron, the
    campsite owner,", "Sunak, the tourist,") for the bearer. The known person named in full as well
    ("President Emmanuel Macron") is one more referent (t13v F1: all went to him)."""
    full: list[tuple[int, int, str]] = []  # (start, end, key) of persons written in full
    for s, e, label, key in chosen:
        if label == "PERSON" and len(text[s:e].split()) >= 2:
            full.append((s, e, key))
    if not full:
        return chosen
    out = list(chosen)
    # the mentions of each known person's surname decided so far: (start, key), in the text's order
    decided: dict[str, list[tuple[int, str]]] = {}
    for n in sorted(range(len(chosen)), key=lambda n: chosen[n][0]):
        s, e, label, key = chosen[n]
        word = text[s:e]
        if label != "PERSON" or len(word.split()) != 1:
            continue
        got = known(word)
        if got is None or got[0] != "PERSON":
            continue
        famous, famous_key = fold(got[1]).split(), entity_key("PERSON", got[1])
        if len(famous) < 2 or famous[-1] != fold(word):
            continue
        # the other bearers named in full: their surname this word, a given name not the known one's
        named = [
            (fs, fk)
            for fs, _, fk in full
            if fk != famous_key
            and (words := fold(fk.partition(":")[2]).split())[-1] == famous[-1]
            and not set(words[:-1]) <= set(famous[:-1])
        ]
        if not named:
            continue
        # the known person named in full too ("President Emmanuel Macron"): a referent as well
        famous_named = [(fs, famous_key) for fs, _, fk in full if fk == famous_key]
        bearers = {k for _, k in named}
        own_cues = {fk: _cue(text, fs, fe, [], known) for fs, fe, fk in full if fk in bearers}
        cue = _cue(text, s, e, famous[:-1], known)
        apposed = _apposition(text, e, known)
        titled = sorted(fk for fk, c in own_cues.items() if c is not None and c == cue)
        got_key: str | None
        if cue is None and apposed == "ordinary":
            # "Macron, the campsite owner, said", "Sunak, the tourist,": the bearer, whoever was
            # named last (t13v F1, round s32-r)
            got_key = nearest_bearer(text, s, named) or min(named, key=lambda n: abs(n[0] - s))[1]
        elif (cue is not None or apposed == "title") and not titled:
            got_key = famous_key
        elif len(titled) == 1:
            got_key = titled[0]  # the bearer's own title ("Mayor Ana Milei ... Mayor Milei")
        else:
            seen = decided.setdefault(famous_key, [])
            got_key = nearest_bearer(text, s, named + famous_named + seen) or (
                next(iter(bearers)) if len(bearers) == 1 else None
            )
        if got_key is not None:
            out[n] = (s, e, label, got_key)
            decided.setdefault(famous_key, []).append((s, got_key))
    return out


def _cued(text: str, s: int, e: int, own: list[str], known: Callable[[str], tuple[str, str] | None]) -> bool:
    """Whether the mention ``text[s:e]`` of a known person's surname carries a cue for that known
    person (see :func:`lone_known_surnames`); a word of their own name (``own``, folded) before it
    is one ("Tayyip Erdoğan")."""
    return _cue(text, s, e, own, known) is not None


def _cue(text: str, s: int, e: int, own: list[str], known: Callable[[str], tuple[str, str] | None]) -> str | None:
    """The cue for a known person the mention ``text[s:e]`` carries (see :func:`_cued`), folded:
    the title ("president"), the country's possessive ("turkey's"), the word of their own name
    ("tayyip") or the possessive role after it ("'s government"); None if none."""
    role = _ROLE_AFTER.match(text, e)
    if role:
        return fold(role.group())
    m = _WORD_BEFORE_MENTION.search(text, max(0, s - 40), s)
    if m is None:
        return None
    word, mark = m.group(1), m.group(2) or ""
    if not mark and fold(word) in own:
        return fold(word)
    if mark and mark != ".":
        place = known(word)
        return f"{fold(word)}'s" if place is not None and place[0] == "GPE" else None  # "Turkey's Erdogan"
    if mark and len(word) > 4:
        return None  # a sentence's end ("… met the minister. Erdogan said"), no abbreviated title
    # ("president Erdogan", "le président Macron" too; a hyphenated one by its last word,
    # "o primeiro-ministro Montenegro")
    for title in (word, word.rsplit("-", 1)[-1]):
        title = title[:1].upper() + title[1:]
        if title_kind(title) == TITLE and title not in _COURTESY:
            return fold(word)
    return None


def shouted_person(
    text: str, toks: list[tuple[int, int, str]], stretch: list[Unit], doc_lower: set[str] | frozenset[str]
) -> bool:
    """Whether two unknown words in capitals, one space apart, with no word in capitals on either
    side (prose around them, no shouted run), are a person's given name and surname written in
    capitals: "Later EVEN HAUGLAND spoke", "heard from MAY OSEN, who chairs", "KARI VIK said".
    The first is a given name (:func:`given_word`) or one that is an English word
    (:func:`word_given`: "EVEN", "WILL", "MAY"); the second a surname's letters (four or more, a
    vowel, no Roman number) that is no common, stop, kind or title word, no acronym the recogniser
    knows to skip nor a word the article writes in lower case. After a given name that is a word,
    a surname of four letters, which an acronym may be, needs evidence the capitals alone do not
    give ("The UN MAY OUST"): the article writes it in mixed case ("Osen said"), a word in lower
    case or a comma stands before the name, or a speech verb or ", who" follows it. Three such
    words are a given name, a second name and a surname ("ROY TUQŁUK OKPEAHA, who has died",
    "JUDITH ANNE MORTON, 79,": issue #16, round s41-e), the middle one read as the surname is."""
    given, *middle, surname = stretch
    g, f = given.text, surname.text
    if len(middle) > 1 or any(not _shouted_middle(u, doc_lower) for u in middle):
        return False
    # (a hyphenated given name, "JEAN-LUC MOREAU", is read by its parts: round s33-d, was an ORG "MOREAU")
    parts = g.split("-")
    if (
        given.eid >= 0
        or surname.eid >= 0
        or not (in_capitals(g) and in_capitals(f) and all(p.isalpha() for p in parts) and f.isalpha())
    ):
        return False
    i, j = given.i, surname.j
    if (
        (i and in_capitals(toks[i - 1][2]))
        or (j < len(toks) and in_capitals(toks[j][2]))
        or any(text[a.e : b.s] != " " for a, b in itertools.pairwise(stretch))
    ):
        return False
    low = f.lower()
    if (
        len(f) < 4
        or not VOWEL.search(f)
        or ROMAN.fullmatch(f)
        or low in NOT_FIRM_WORDS
        or low in doc_lower
        or f in STOP_ACRONYMS
        or cue_label(f.title()) is not None
        or is_title(f.title())[0]
        or f.title() in WEEKDAYS_MONTHS
    ):
        return False
    if given_word(g.title()) or (len(parts) == 2 and all(given_word(p.title()) for p in parts)):
        return True
    if len(parts) > 1 or not word_given(g.title()) or g.lower() in NO_GIVEN or g.lower() in NUMBER_WORDS:
        return False
    prev = toks[i - 1][2] if i else ""
    return (
        shouted_surname(f)  # five letters or more: no acronym ("Later EVEN HAUGLAND spoke")
        or re.search(rf"\b{re.escape(f.title())}\b", text) is not None
        or prev.islower()
        or prev == ","
        or SPEECH_AFTER.match(text, surname.e) is not None
        or text.startswith(", who ", surname.e)
    )


def _shouted_middle(unit: Unit, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``unit``, between a given name and a surname in capitals, is a name's middle word in
    capitals: unknown to the gazetteer, letters in capitals only, a vowel, and no acronym the
    recogniser skips, kind, title, weekday nor month word, nor one the article writes in lower case."""
    w = unit.text
    return (
        unit.eid < 0
        and w.isalpha()
        and in_capitals(w)
        and len(w) >= 3
        and VOWEL.search(w) is not None
        and w not in STOP_ACRONYMS
        and w.lower() not in doc_lower
        and w.lower() not in NOT_FIRM_WORDS
        and cue_label(w.title()) is None
        and not is_title(w.title())[0]
        and w.title() not in WEEKDAYS_MONTHS
    )


def group_of_people(text: str, word: str) -> bool:
    """Whether a capitalised word alone before a speech verb is a plural noun for people ("Women",
    "Children", "Firemen", "Midwives", "Engineers", "Residents": :func:`lexicons.people_plural`),
    no person's name: an irregular plural always, a plural in "-s" unless it is a given name or
    the text writes it after a capitalised word ("Tom Rogers", "… said Ines Sanders") (t13m F1: a
    PERSON "Women" after a dateline or a quote)."""
    low = word.lower()
    if not people_plural(low) or word in GIVEN or word in given_names():
        return False
    if not low.endswith("s") or low.endswith("ves"):
        return True
    return re.search(rf"{CAP}[{LOWER}]+\s+{re.escape(word)}\b", text) is None


def other_surname_after(text: str, end: int, word: str, key: str) -> bool:
    """Whether ``word`` (ending at ``end``) is the given name of the person ``key`` written before
    another capitalised word than the person's own: "Tor Sandvold" is not "Tor Ekeberg", whose
    given name it shares (a given name with someone else's surname is someone else)."""
    own = key.split(":", 1)[1].split()
    if len(own) < 2 or word not in (own[0], own[-1]):
        return False
    after = _CAP_WORD_AFTER.match(text, end)
    if after is None or after.group(1) in own:
        return False
    if word != own[0]:
        # The surname heading a longer capitalised name ("Costa Azul", "Marin Plage" beside
        # "Amélie Costa", "Pierre Marin"): that name's word, not the person (round s33-d); a
        # headline's capitalised verb ("Costa Says") or a number still leaves it the person's.
        low = after.group(1).lower()
        return after.group(1)[:1].isalpha() and low not in COMMON_WORDS and low not in SAY
    return True


def other_given_before(text: str, start: int, word: str, key: str) -> bool:
    """Whether ``word``, a surname alone at ``start``, follows another given name than that of the
    person ``key`` it would be the short form of: "Boatswain Ivar Stokke" is not Kai Stokke, "Bruce
    Jenner" not Kylie Jenner (the mirror of :func:`other_surname_after`). Only a given name the
    lists know counts ("Channelling Churchill", "Once Simmons" stay the person's)."""
    own = key.split(":", 1)[1].split()
    if len(own) < 2 or own[-1] != word:
        return False
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in own and opens_name(before.group(1))


def in_other_names(text: str, word: str, people: list[tuple[int, int]], own: list[str]) -> bool:
    """Whether ``word`` is written beside another capitalised word (or a number) outside the
    people's names, a word of the person's own name, an initial or a capitalised function word
    before it aside ("Magnum" in "Blizzard Magnum" and in "the Magnum 108"): a word of several
    names, no one's."""
    # The word's whole-word occurrences, as ``(?<![\w'’-])word(?![\w'’-])`` finds them: found by
    # str.find (that pattern, new for each word, was tried at every position of the text).
    # Whether an occurrence lies in a person's name: by bisecting the names' starts (the furthest
    # end of the names up to each), not by scanning them all for each occurrence: a 2 MB article
    # of 12,000 names and their many occurrences took 18 s here (t13aa K11).
    spans = sorted(people)
    starts = [a for a, _b in spans]
    reach = list(accumulate((b for _a, b in spans), max))
    end = 0
    at = text.find(word)
    while at >= 0:
        start, stop = at, at + len(word)
        at = text.find(word, at + 1)
        if start < end or (start and WORD_EDGE.match(text, start - 1)) or WORD_EDGE.match(text, stop):
            continue
        end = stop
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < reach[i]:
            continue
        before = _CAP_WORD_BEFORE.search(text[max(0, start - 30) : start])
        if before is not None and before.group(1).lower() in STOP_WORDS:
            # a function word opening a sentence or a quote ('"To Teiva from Swindon"', "And
            # Kaimana laughed") is no other name's word (round s35-e, heldout28)
            before = None
        after = _CAP_WORD_AFTER.match(text[stop : stop + 30])
        if any(n is not None and n.group(1) not in own for n in (before, after)):
            return True
    return False


_CAP_WORD_BEFORE = re.compile(rf"(?:^|[^\w'’-])({CAP}[\w'’-]+) $")
_CAP_WORD_AFTER = re.compile(rf" ({CAP}[\w'’-]+|\d)")


# A person's name with a nickname in quotes after the given names and, maybe, a generation
# suffix: 'Rodolfo "Jun" Castillejos Jr.', 'Ma. Teresita "Tess" Alcala-Dimaano'.
_NAME_WORD = rf"{CAP}[\w'’-]*[\w]"
_PARTICLES = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))}) )"
_NICKNAMED = re.compile(
    rf"(?<![\w'’.-])(?P<given>(?:{CAP}[{LOWER}]{{0,3}}\. )?{_NAME_WORD}(?: {_NAME_WORD})?)"
    rf""" (?P<nick>["“]{_NAME_WORD}(?: {_NAME_WORD})?["”]|['‘]{_NAME_WORD}(?: {_NAME_WORD})?['’])"""
    rf" (?P<surname>{_PARTICLES}{{0,2}}{_NAME_WORD}(?: {_PARTICLES}{{0,2}}(?!(?:Jr|Sr|II|III|IV)\b){_NAME_WORD})?)"
    r"(?P<suffix>,? (?:Jr|Sr)\.|,? (?:Jr|Sr)\b|,? (?:II|III|IV)\b)?"
)


def _word_like(word: str) -> bool:
    """Whether a capitalised ``word`` reads as something other than a name: an English stop or
    common word ("Grand", "Northern"), a title ("Mayor") or a cue's ("Hotel", "Energy")."""
    low = word.lower()
    return low in STOP_WORDS or low in COMMON_WORDS or is_title(word)[0] or cue_label(word) is not None


_WORD_BEFORE_NAME = re.compile(r"([\w'’-]+)\W{0,2}$")


def _person_around(text: str, m: re.Match[str], start: int, words: tuple[str, ...]) -> bool:
    """Whether the nicknamed name ``m`` (from ``start``) of ``words`` reads as a person's by the
    words around it, none of its own words reading as anything else (:func:`_word_like`): a job
    or title word right before it ("Owner", "leader", "founder,"), a speech verb or ", who"
    right after it, or its surname or nickname written alone elsewhere inside a sentence
    ("Dimaculangan offered", "Tell Jojo"; never a plural: 'Kenya "Harambee" Stars')."""
    if any(_word_like(w) for w in words) or any(w in city_names() for w in words):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    if before is not None and (job_word(before.group(1)) or is_title(before.group(1).capitalize())[0]):
        return True
    if SPEECH_AFTER.match(text, m.end()) is not None or WHO_AFTER.match(text, m.end()) is not None:
        return True
    # the surname or the nickname written alone elsewhere inside a sentence ("Dimaculangan
    # offered", "Tell Jojo"), no plural ("Stars", "Devils": a team's nickname)
    surname = m.group("surname").split()[-1]
    nick = m.group("nick")[1:-1]
    return any(
        not word.endswith("s")
        and any(
            not (m.start() <= a.start() < m.end())
            for a in re.finditer(rf"(?<=[a-z,] ){re.escape(word)}(?![\w'’-])", text)
        )
        for word in (surname, nick)
    )


def nicknamed_people(text: str) -> list[tuple[int, int, str, str, int]]:
    """People named with a nickname in quotes between their given names and their surname; the
    entity is the name without the nickname and the suffix, so the surname alone is it later."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _NICKNAMED.finditer(text):
        given = m.group("given").split()
        start = m.start()
        if len(given) == 2 and not given[0].endswith(".") and given[0] not in given_names() and given[0] not in GIVEN:
            start = m.start() + len(given[0]) + 1  # "Mayor Rodolfo "Jun" ...": a title before the name
            given = given[1:]
        first = given[-1] if given[0].endswith(".") else given[0]
        titled = (t := re.search(r"(\S+) $", text[max(0, start - 30) : start])) is not None and is_title(t.group(1))[0]
        words = (*given, *m.group("surname").split())
        if any(cue_label(w) for w in words):
            continue
        if not (first in given_names() or first in GIVEN or titled or _person_around(text, m, start, words)):
            # "Mayor Marites "Tess" X": a title before it is evidence too; and so is a job word
            # before or a speech verb or "who" after a name of words that are no English word,
            # title or cue ('leader Dattatray "Bapu" Jadhav', "Owner Marisol 'Sol' Dumalagan,
            # who": given names no list holds; never 'Operation "Iron" Wall', 'Kenya "Harambee"
            # Stars won')
            continue
        name = " ".join([*given, m.group("surname")])
        out.append((start, m.end(), "PERSON", entity_key("PERSON", name), -1))
    return out


_QUOTED_NICK = re.compile(rf"""(?<= )["“'‘](?P<nick>{_NAME_WORD})["”'’](?= )""")


def nicknames_alone(text: str, chosen: list[Cand]) -> list[Cand]:
    """A nickname in quotes inside a PERSON's full name (:func:`nicknamed_people`: 'Gareth "Gazza"
    Whitworth') names that person wherever the article writes it alone ("Gazza's mum", "lifted
    Gazza to", "Gazza, who runs"; in a headline's capitals too, "GAZZA"), keyed as the person, in
    place of any candidate there; not where a capitalised word joins it ("Sky News"), nor inside
    a longer name. Round s34-b: heldout27's "Gazza" and "Kuyu" were no name."""
    if '"' not in text and "'" not in text and "“" not in text and "‘" not in text:
        return chosen
    nicks: dict[str, str] = {}
    for s, e, label, key in chosen:
        if label == "PERSON" and (m := _QUOTED_NICK.search(text, s, e)) is not None and m.end() < e:
            nicks.setdefault(m.group("nick"), key)
    if not nicks:
        return chosen
    found: list[Cand] = []
    for nick, key in nicks.items():
        for m in re.finditer(
            rf"(?<![\w'’“‘\"-]){re.escape(nick)}(?![\w-])|(?<![\w'’-]){re.escape(nick.upper())}(?![\w-])", text
        ):
            a, b = m.span()
            if PREV_CAP.search(text, max(0, a - 30), a) or _NEXT_CAP.match(text, b):
                continue  # "Sky News", "Dazza Hollinshead", "Sal's Everything Bagels": a longer name's word
            if (before := WORD_BEFORE.search(text, max(0, a - 12), a)) is not None and before.group(
                1
            ) in NAME_PARTICLES:
                continue  # "Tasca do Chico": a name's particle before it
            if any(s <= a and b <= e and (s, e) != (a, b) and label != "CARDINAL" for s, e, label, _ in chosen):
                continue  # inside a name already found (the full name itself)
            found.append((a, b, "PERSON", key))
    if not found:
        return chosen
    out = [c for c in chosen if not any(c[0] < b and a < c[1] for a, b, _, _ in found)]
    out.extend(found)
    out.sort()
    return out


_NEXT_CAP = re.compile(rf"(?:['’]s)? {CAP}")


_PAIR = rf"{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)? {CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?"
_AND_PAIR_AFTER = re.compile(rf" and (?P<name>{_PAIR})(?![\w'’-]| {CAP})")
_PAIR_AND_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_PAIR}) and $")


def coordinated_people(text: str, chosen: list[Cand]) -> list[Cand]:
    """An unknown pair of capitalised words joined by "and" to a person's full name is a person
    too ("When Meera Krishnan and Rohit Deshpande left"), unless a word of it types it otherwise."""
    add: list[Cand] = []
    for k, (s, e, label, key) in enumerate(chosen):
        if label != "PERSON" or " " not in key:
            continue
        found = [_AND_PAIR_AFTER.match(text, e)]
        if s >= 5 and text.startswith(" and ", s - 5):
            found.append(_PAIR_AND_BEFORE.search(text, max(0, s - 60), s))
        for m in found:
            if m is None:
                continue
            a, b = m.span("name")
            words = text[a:b].split()
            before = re.search(rf"({CAP}\S*) $", text[max(0, a - 30) : a])
            if before and before.group(1).lower() not in COMMON_WORDS:
                continue  # a third capitalised word: a longer name than a pair
            if any(w.lower() in COMMON_WORDS or cue_label(w) or is_title(w)[0] for w in words):
                continue
            if any(c[0] < b and a < c[1] for c in chosen) or any(c[0] < b and a < c[1] for c in add):
                continue
            add.append((a, b, "PERSON", entity_key("PERSON", " ".join(words))))
    return sorted(chosen + add) if add else chosen


def titled_people(text: str, chosen: list[Cand]) -> list[Cand]:
    """A given name and a surname that is also an organisation word, right after a core title,
    is a person: "Ambassador Samantha Power", "Governor Janet Banks" (the last word alone made
    them organisations). Each name looks at the word before it only."""
    out = list(chosen)
    for k, (s, e, label, key) in enumerate(out):
        if label != "ORG":
            continue
        words = text[s:e].split()
        if len(words) != 2 or not opens_name(words[0]) or cue_label(words[-1]) != "ORG":
            continue
        before = WORD_BEFORE.search(text, max(0, s - 40), s)
        if before is None or not is_title(before.group(1))[1]:
            continue
        out[k] = (s, e, "PERSON", entity_key("PERSON", " ".join(words)))
    return out


# A title, a given name and a capitalised word: "Prime Minister Luís Montenegro".
_TITLED_GIVEN = re.compile(rf"([\w.-]+) ({CAP}{LETTER}+) $")


def titled_place_surnames(text: str, chosen: list[Cand]) -> list[Cand]:
    """A place's name right after a given name that follows a core title is that person's
    surname, the two words a PERSON: "Prime Minister Luís Montenegro", "Minister Ana Jordan",
    "Senator Paul Kenya" (the surname alone was the country, GPE; t13n F3). The given name must be
    no name of its own among ``chosen``. Each place looks at the two words before it only."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label in ("GPE", "LOC") and " " not in text[s:e]:
            m = _TITLED_GIVEN.search(text, max(0, s - 60), s)
            if (
                m is not None
                and opens_name(m.group(2))
                and is_title(m.group(1))[1]
                and not (out and out[-1][1] > m.start(2))
            ):
                name = f"{m.group(2)} {text[s:e]}"
                out.append((m.start(2), e, "PERSON", entity_key("PERSON", name)))
                continue
        out.append((s, e, label, key))
    return out


# A ruler's or a pope's number after the name: "Ramses II", "Louis XIV", "Charles III" (not I, V
# or X alone, which are also letters).
_REGNAL = r"(?:XX|XI{1,3}|XIV|XVI{0,3}|XIX|IX|IV|VI{1,3}|II{1,2})"
REGNAL_AT = re.compile(rf" {_REGNAL}(?![\w'’-])")
_REGNAL_NAME = re.compile(rf"(?<![\w'’-])(?P<name>{CAP}[{LOWER}][\w'’-]*) (?P<num>{_REGNAL})(?![\w'’-])")
# Titles of rulers before such a name (nouns that take a Roman number without being anyone,
# "Title IX", "Phase II": lexicons.NUMBERED_NOUNS).
_RULERS = frozenset("King Queen Pope Emperor Empress Tsar Tsarina Sultan Pharaoh Prince Princess Shah Kaiser".split())


def regnal_numbers(text: str, chosen: list[Cand], doc_lower: set[str]) -> list[Cand]:
    """A Roman number after a person's name is part of it ("Ramses II"), never an organisation."""
    out = list(chosen)
    for m in _REGNAL_NAME.finditer(text):
        (ns, ne), (rs, re_) = m.span("name"), m.span("num")
        name = m.group("name")
        at = [c for c in out if c[0] < re_ and ns < c[1]]
        if any(c[0] <= ns and c[1] >= re_ for c in at):
            continue  # "World War II", "King Charles III": named whole already
        owner = [c for c in at if c[1] == ne]
        if any(c[0] < rs for c in at if c not in owner):
            continue
        before = text[max(0, ns - 16) : ns].split()
        person = (
            (owner and owner[0][2] == "PERSON")
            or (not owner and name in given_names())
            or (not owner and bool(before) and before[-1] in _RULERS)
            or (
                # "served under Ramses II", "the reign of Tahmuret IX": a ruler's word before it
                not owner
                and bool(before)
                and (before[-1] == "under" or before[-2:] == ["reign", "of"])
                and name.lower() not in doc_lower
                and name not in NUMBERED_NOUNS
                and cue_label(name) is None
                and not is_title(name)[0]
            )
        )
        numeral = [c for c in at if (c[0], c[1]) == (rs, re_)]
        for c in numeral:
            out.remove(c)  # a Roman number is no organisation's name
        if person:
            start = owner[0][0] if owner else ns
            key = owner[0][3] if owner else entity_key("PERSON", f"{name} {m.group('num')}")
            for c in owner:
                out.remove(c)
            out.append((start, re_, "PERSON", key))
    out.sort()
    return out


# Initials without their full stops before a surname, as results lines and tables write them:
# "1 F Ghebremedhin (Eritrea)", "2 B S Ruiz Cárdenas". A lone "A" or "I" is a word, not an initial.
_BARE_INITIALS = re.compile(rf"(?<![\w.'’&-])(?:{CAP} ){{1,3}}$")


def bare_initials(text: str, chosen: list[Cand]) -> list[Cand]:
    """A person's name takes the bare initials written right before it ("F Ghebremedhin")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "PERSON":
            m = _BARE_INITIALS.search(text, max(0, s - 6), s)
            prev_end = out[-1][1] if out else -1
            if m is not None and m.start() >= prev_end and m.group() not in ("A ", "I "):
                s = m.start()
        out.append((s, e, label, key))
    return out


# Two or three initials with their full stops and spaces, then a surname, maybe hyphenated: "J. R.
# Okonjo", "T. K. Brennan", "J. R. Okonjo-Mensah" (t13af N26: nothing, or the surname alone),
# as bylines and wire copy name people. Not "U.S. Navy": the initials are spaced.
_SPACED_INITIALS = re.compile(
    rf"(?<![\w.'’&-])(?:{CAP}\. ){{2,3}}(?P<surname>(?:{CAP}['’])?{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?)(?![\w'’-])"
)


def spaced_initials(text: str, chosen: list[Cand]) -> list[Cand]:
    """A surname after two or three spaced initials ("J. R. Okonjo", "T. K. Brennan") is one
    PERSON with them, wherever the sentence starts: the candidates inside it (the surname alone,
    an ORG "R.") give way. Not a common word, a weekday, a month or a kind word of a body or a
    place (``cue_label``: "U. S. Army") after the initials. Linear in
    the matches and ``chosen``."""
    if ". " not in text:
        return chosen
    spans = []
    for m in _SPACED_INITIALS.finditer(text):
        surname = m.group("surname")
        if surname.lower() in COMMON_WORDS or surname in WEEKDAYS_MONTHS or cue_label(surname) is not None:
            continue  # "U. S. Army": a body's kind word, no surname
        inside = [c for c in chosen if c[0] < m.end() and m.start() < c[1]]
        if all(c[0] >= m.start() and c[1] <= m.end() for c in inside):
            spans.append((m.start(), m.end()))
    if not spans:
        return chosen
    return spans_take_over(chosen, spans, "PERSON", text)


# Possessive determiners before a person's role or kin in apposition ("X Y, her husband,").
_POSSESSIVES = frozenset("his her its their our my your".split())


def _of_body_then_said(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the tokens from ``k`` (after a name's "of") name a body, "the" and capitalised
    words with "the", "of", "for", "and" between, and a speech verb follows it straight ("of the
    Legal Resources Centre said"), within ten tokens."""
    if k < len(toks) and toks[k][2] != "the":
        return _of_firm_then_said(toks, k)
    if k >= len(toks):
        return False
    caps = 0
    for x in range(k + 1, min(len(toks), k + 11)):
        w = toks[x][2]
        if w in SAY:
            return caps > 0 and toks[x - 1][2][:1].isupper()
        if w[:1].isupper():
            caps += 1
        elif w not in ("the", "of", "for", "and", "&"):
            return False
    return False


def _of_firm_then_said(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the tokens from ``k`` (after a name's "of", no "the") are a firm's capitalised words
    ending in a body's kind word or a legal form (words.cue_label ORG: "Capital", "Invest",
    "Securities", "Ltd"), maybe its town after "in", then a speech verb, within eight tokens:
    "Rinat Khabibullin of Kama Invest in Kazan said", "X of Umiam Capital Pvt Ltd said" (round
    s35-e, heldout28: no name, or the firm a PERSON). "Tata Consultancy of India said" (a firm of a
    country) ends in no kind word and stays apart."""
    last = ""
    x = k
    while x < min(len(toks), k + 8) and toks[x][2][:1].isupper():
        last = toks[x][2]
        x += 1
    if not last or cue_label(last) != "ORG":
        return False
    if x + 1 < len(toks) and toks[x][2] == "in" and toks[x + 1][2][:1].isupper():
        x += 2  # the firm's town: "of Kama Invest in Kazan said"
    return x < len(toks) and toks[x][2] in SAY


def person_cue(toks: list[tuple[int, int, str]], stretch: list[Unit], words_: list[str], weak: bool = False) -> bool:
    """Evidence that an unknown name is a person: a known given name, a speech verb or "by"
    next to it, or an apposition ("Name, a researcher"). ``weak`` allows the apposition
    and reporting-credit cues only."""
    i, j = stretch[0].i, stretch[-1].j
    prev = toks[i - 1][2].lower() if i else ""
    nxt = toks[j][2] if j < len(toks) else ""
    after = toks[j + 1][2] if j + 1 < len(toks) else ""
    if not weak and (words_[0] in GIVEN or words_[0] in FAMILY_FIRST):
        return True
    if prev in SAY or nxt in SAY or (nxt == "," and after in SAY):
        return True
    if (
        len(stretch) >= 2
        and (prev in GERMAN_SAY or nxt in GERMAN_SAY or (nxt == "," and after in GERMAN_SAY))
        and german_person_shaped([t[2] for t in toks[i:j]])  # its joins too: "Tag des Streiks"
    ):
        return True  # "Torvald Ødegaard sagte", not "Die Deutsche Bahn sagte" (lexicons.GERMAN_SAY)
    if prev == "by" or (nxt == "," and (after in APPOSITION or after.isdigit())):
        return True
    if prev in ("to", "with") and i >= 2 and toks[i - 2][2] in SPOKE_TO and len(stretch) >= 2:
        return True  # "She spoke to Hodan Warsame of the Review", "talking with Ines Maro"
    if nxt == "," and after == "the" and j + 2 < len(toks) and toks[j + 2][2] in LOWER_TITLES:
        return True  # "Will Carrow, the director, said"
    if (
        nxt == ","
        and len(stretch) >= 2
        and after in LOWER_TITLES
        and j + 2 < len(toks)
        and toks[j + 2][2] in ("of", "at", "for")
    ):
        return True  # "Biram Jorbon, director of the weather office, said" (round s35-e, heldout28)
    if nxt == "," and len(stretch) >= 2 and (after == "the" or after in _POSSESSIVES) and _described_job(toks, j + 2):
        return True  # "with Banteilang Suchiang, the company's export manager." (round s35-e, heldout28)
    if (
        nxt == ","
        and after in _POSSESSIVES
        and len(stretch) >= 2
        and any(
            toks[x][2] in LOWER_TITLES or toks[x][2] in KIN or toks[x][2] in PERSON_APPOSITION
            for x in (j + 2, j + 3)
            if x < len(toks)
        )
    ):
        return True  # "Nikos Vlachos, her husband, said", "Nomsa Khumalo, its regional organiser,"
    if nxt == "," and len(stretch) >= 2 and CUES.get(stretch[-1].text) != "ORG" and _bare_description(toks, j + 2):
        return True  # "Seitoku Higa, sanshin maker who rebuilt", "X Y, felt maker; born 12 May 1941" (round s38-e)
    if nxt == "of" and len(stretch) >= 2 and _of_body_then_said(toks, j + 1):
        return (
            True  # "Rajesh Sookun of the Fishermen Cooperative said", "Mandisa Cele of the Legal Resources Centre said"
        )
    # (an agent noun in "-ist" the lexicon lacks too: "the forgotten dramatist Avrom-Leyb Grinshpan",
    # "Trade unionist Agnelo da Cunha": round s38-e)
    if (
        (_kin_at(toks, i - 1) or agent_noun(prev, toks[i - 2][2] if i >= 2 else ""))
        and i
        and toks[i - 1][2].islower()
        and not title_is_verb(toks, i - 1)
        and not (open_agent_noun(prev, toks[i - 2][2] if i >= 2 else "") and _body_shaped(toks, stretch))
    ):
        return True
    if prev in ("designate", "elect") and i >= 2 and toks[i - 2][2] == "-":
        return True  # "Chancellor-designate Friedrich Albrecht", "President-elect Talia Brenner"
    if (
        prev == ","
        and nxt == ","
        and i >= 2
        and (toks[i - 2][2] in LOWER_TITLES or _kin_at(toks, i - 2) or toks[i - 2][2] in PERSON_APPOSITION)
    ):
        return True  # "Its founder, Cody Brandt, watched", "His wife, Ines Maro, runs"
    if prev == "," and nxt in (".", ";") and len(stretch) >= 2 and _kin_at(toks, i - 2):
        return True  # "registered to her sister-in-law, Tsakani Mathebula." (round s38-e)
    if prev == "," and nxt in (",", ".") and len(stretch) >= 2 and _role_before(toks, i - 1):
        return True  # "the mayor of Oiapoque, Edvaldo Picanço,", "The MP for the constituency, X,"
    if prev == "named" and i >= 2 and (toks[i - 2][2] in LOWER_TITLES or toks[i - 2][2] in PERSON_NOUNS):
        return True  # "a shop owner named Tavi Renko", "a man named Oru Bello"
    return False


def _body_shaped(toks: list[tuple[int, int, str]], stretch: list[Unit]) -> bool:
    """Whether a name after an "-ist" noun may be a body's rather than a person's: one word
    ("the environmentalist Greenpeace"), a capitalised word right after it (the run goes on into
    a place: "the lobbyist Fossil Free Norway"), or an organisation's last word (lexicons.CUES)."""
    j = stretch[-1].j
    return len(stretch) == 1 or (j < len(toks) and toks[j][2][:1].isupper()) or CUES.get(stretch[-1].text) == "ORG"


def title_is_verb(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the job word at token ``k`` is a verb by the word before it (lexicons.TITLE_VERBS
    after lexicons.BEFORE_A_VERB: "sent to guard Brenzola Dam", "will coach X", "helped guard X"),
    not after a verb of speaking to someone ("spoke to coach Ana Ruiz": the noun)."""
    if k < 1 or toks[k][2] not in TITLE_VERBS or toks[k - 1][2].lower() not in BEFORE_A_VERB:
        return False
    return not (toks[k - 1][2] == "to" and k >= 2 and (toks[k - 2][2] in SPOKE_TO or toks[k - 2][2] in SAY))


def _kin_at(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` ends a kinship word (lexicons.KIN: "sister", "uncle") or one by marriage,
    written in five tokens ("sister-in-law": "sister", "-", "in", "-", "law"; round s38-e)."""
    if k < 0:
        return False
    if toks[k][2] in KIN:
        return True
    return (
        toks[k][2] == "law"
        and k >= 4
        and [t[2] for t in toks[k - 3 : k]] == ["-", "in", "-"]
        and toks[k - 4][2] in KIN
        and all(toks[x][1] == toks[x + 1][0] for x in range(k - 4, k))
    )


# Words that open no bare description of a person after a name's comma: determiners (the rules
# above read those), relatives and conjunctions.
_NOT_BARE = frozenset("the a an who whose which that and or but with in on at of for to from by as".split())


def _bare_description(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the tokens from ``k`` (after a name of two words or more and its comma) are a
    description without a determiner, one to four lower-case words, that a person's relative
    clause or birth follows ("Seitoku Higa, sanshin maker who rebuilt Okinawa's music", "X Y, felt
    maker; born 12 May 1941": an obituary's headline and footer), or that ends in a job word
    before a punctuation mark ("Teruhiko Makishi, shamisen teacher, has died"; round s38-e,
    held-out 31: no name). "which" after it is a firm's ("Tenri Laut, seaweed exporter which"), and
    so is a firm's trade before "who" ("Nordic Fish, seafood exporter who supplies Tesco":
    lexicons.FIRM_TRADE_NOUNS; round s38-z2)."""
    last = ""
    x = k
    while x < min(len(toks), k + 4) and toks[x][2].isalpha() and toks[x][2].islower() and toks[x][2] not in _NOT_BARE:
        last = toks[x][2]
        x += 1
    if not last or x >= len(toks):
        return False
    w = toks[x][2]
    if last in FIRM_TRADE_NOUNS:
        return False
    if w == "who":
        return True
    if w == ";" and x + 1 < len(toks) and toks[x + 1][2] == "born":
        return True
    return w in (",", ";", ".") and (agent_noun(last) or last in KIN) and last not in _FIRM_TRADES


# A job noun after these, in a description of a firm ("the bank's asset manager", "its fund
# manager"), is the firm's trade, no person's job.
_FIRM_TRADES = frozenset("asset fund funds investment property wealth portfolio".split())


def _described_job(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the description from token ``k`` (after "the" or a possessive and a comma after a
    name) ends, at the next punctuation within six words, in a person's job or kin word
    (lexicons.LOWER_TITLES, KIN): "the company's export manager.", "its finance controller,";
    not a firm's trade ("the bank's asset manager": :data:`_FIRM_TRADES`)."""
    last = prev = ""
    for x in range(k, min(k + 7, len(toks))):
        w = toks[x][2]
        if not any(ch.isalnum() for ch in w) or w in ("of", "at", "for", "in", "who", "and"):
            break  # the punctuation closing it, or "the head of sales": the phrase's head is read
        prev, last = last, w
    return (last in LOWER_TITLES or last in KIN) and prev not in _FIRM_TRADES


# The determiners that open a role's or a person noun's clause before a name in commas ("the mayor
# of X, Y Z,", "One woman in Kechushevo, Y Z, sang").
_ROLE_DETERMINERS = frozenset("the its his her their our my your a an one another".split())


def _role_before(toks: list[tuple[int, int, str]], comma: int) -> bool:
    """Whether the clause before the comma at ``comma`` is a role with its determiner and what
    it is of or for: "the mayor of Oiapoque", "The MP for the constituency", "its chief
    executive at the time", "an accountant at the broker's head office" (at most eight words back,
    no other punctuation but a hyphen inside a word). A person noun, a relative or a member of the
    audience is such a role too ("A reader, Mangal Tisso, asks", "Her neighbour, Ramsingh Damor,
    switched", "a nine-year-old boy, Lindok Hanse.", "One woman in Kechushevo, X Y, sang": issue
    #16, round s53-e, held-out 45's and 43's people were no name)."""
    k = comma - 1
    seen_title = False
    for _ in range(8):
        if k < 0:
            return False
        w = toks[k][2]
        if w == "-" and k >= 1 and toks[k - 1][1] == toks[k][0] and k + 1 < comma and toks[k][1] == toks[k + 1][0]:
            k -= 1  # a hyphen inside a word ("nine-year-old"): part of the clause, no punctuation
            continue
        if not any(ch.isalnum() for ch in w):
            return False
        low = w.lower()
        if seen_title and low in _ROLE_DETERMINERS:
            return True
        seen_title = seen_title or low in LOWER_TITLES or low in PERSON_NOUNS or low in READER_NOUNS or low in KIN
        k -= 1
    return False


# A filial word joining a person's own name to the father's, inside one name: Malay "bin"/"binti"
# (the father's "Haji" with it), Arabic "ibn"/"bint", Iban "anak" ("Mohd Hafiz bin Haji Ismail",
# "Robert Sebastian anak Langgi"); and one closing it: Kyrgyz "uulu"/"kyzy", Kazakh "uly"/"qyzy",
# Azeri and Uzbek "oglu"/"qizi"/"o'g'li" ("Daniyar Asanbek uulu"). Saharan and Maghrebi ones,
# written capitalised too: Tuareg "ag" (son of) and "walet"/"welet" (daughter of), Moorish "ould"
# and "mint", Amazigh "ait"/"aït" (of the family of) ("Rhissa Ag Elleh", "Fadma Ait Bahha": round
# s34-b); "mint" in lower case only ("Royal Mint Museum"), and never "AG" (a legal form).
_FILIAL_LINK = re.compile(
    rf"[ \n](?:bin|binti|bint|ibn|anak|[Aa]g|[Ww][ae]let|[Oo]uld|mint|[Aa][iï]t)"
    rf"(?:[ \n](?:Haji|Hajjah|Hj\.?|Hjh\.?))?[ \n](?={CAP})"
)
_FILIAL_AFTER = re.compile(r"[ \n](?:uulu|kyzy|uly|qyzy|ogly|oglu|oğlu|qizi|qızı|ugli|o[‘'’`]g[‘'’`]li)(?![\w'’-])")
_FILIAL_WORD = re.compile(rf"{CAP}{LETTER}*(?:[-'’]{LETTER}+)*")
_LAST_WORD = re.compile(rf"(?<![\w'’-]){_FILIAL_WORD.pattern}$")
_JOINABLE = ("PERSON", "ORG", "GPE", "NORP")


def filial_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A person's name and the father's joined by a filial word ("bin", "binti", "anak", with the
    father's "Haji") are one person, however the two parts were typed or left out ("Mohd Hafiz bin
    Haji Ismail" was an ORG "Mohd Hafiz" and a PERSON "Ismail"; a title before it stays outside:
    "Dayang Nurul Hazwani binti Haji Ismail"), and a filial word closing a name ("uulu", "kyzy",
    "oglu") is inside it ("Daniyar Asanbek uulu")."""
    links = list(_FILIAL_LINK.finditer(text))
    closing = list(_FILIAL_AFTER.finditer(text))
    if not links and not closing:
        return chosen
    ends = {c[1]: c for c in chosen if c[2] in _JOINABLE}
    starts = {c[0]: c for c in chosen if c[2] in _JOINABLE}
    spans: list[tuple[int, int]] = []
    for m in links:
        if spans and spans[-1][1] > m.start():
            continue  # the second link of a chain already read
        if any(c[0] < m.start() and m.end() < c[1] and c[2] == "PERSON" for c in chosen):
            continue  # "Faisal bin Hamad Al Busaidi": one name already
        left = ends.get(m.start())
        s = left[0] if left is not None else _left_name(text, m.start())
        if s is None:
            continue
        end = m.end()
        link: re.Match[str] | None = m
        while link is not None:
            at = link.end()
            if (right := starts.get(at)) is not None:
                end = right[1]
            elif (w := _FILIAL_WORD.match(text, at)) is not None:
                end = w.end()
            else:
                break
            link = _FILIAL_LINK.match(text, end)
        if end > m.end():
            spans.append((s, end))
    for m in closing:
        if (person := ends.get(m.start())) is not None and person[2] == "PERSON":
            spans.append((person[0], m.end()))
        elif spans and spans[-1][1] == m.start():
            spans[-1] = (spans[-1][0], m.end())
        elif person is None and (begin := _left_name(text, m.start())) is not None and " " in text[begin : m.start()]:
            spans.append((begin, m.end()))  # "Azamat Bekov uulu, the deputy, ...": a given name and the father's
    return _as_persons(text, chosen, spans)


# A surname opened by a capitalised number word after a given name ("Lorraine Two Bulls", "Robert
# Three Stars"), as Lakota and other Plains nations' surnames are made of English words; the next
# word no capitalised one (a headline's title case: "Jonas Three Days Later").
_NUMBER_NAMES = "|".join(
    sorted((w.capitalize() for w, n in NUMBER_WORDS.items() if 1 <= n <= 10), key=len, reverse=True)
)
_NUMBER_SURNAME = re.compile(
    rf"(?<![\w'’-])(?P<given>{CAP}[{LOWER}][\w'’-]*) (?P<surname>(?:{_NUMBER_NAMES}) (?P<noun>{CAP}[{LOWER}][\w'’-]*))"
    rf"(?![\w'’-])(?![ \n]+{CAP})"
)


def number_word_surnames(text: str, chosen: list[Cand]) -> list[Cand]:
    """A given name the lists know and a surname opened by a number word are one PERSON ("Lorraine
    Two Bulls" was a PERSON "Lorraine", a CARDINAL "Two" and a PERSON "Bulls"), and so is that
    surname written alone elsewhere in the article ("Two Bulls said"), not after another
    capitalised word. The surname's second word is no count's noun: no time unit ("Two Weeks"),
    common or stop word, nor kind word of a name ("Two Towers")."""
    if not any(f" {w} " in text for w in _NUMBER_NAMES.split("|")):
        return chosen
    spans: list[tuple[int, int]] = []
    surnames: set[str] = set()
    for m in _NUMBER_SURNAME.finditer(text):
        given, noun = m.group("given"), m.group("noun")
        low = noun.lower()
        if (
            not given_word(given)
            or is_title(given)[0]
            or low in TIME_UNITS
            or low in COMMON_WORDS
            or low in STOP_WORDS
            or cue_label(noun) is not None
        ):
            continue
        spans.append(m.span())
        surnames.add(m.group("surname"))
    for surname in surnames:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
            if not any(s <= m.start() < e for s, e in spans) and not PREV_CAP.search(
                text, max(0, m.start() - 30), m.start()
            ):
                spans.append(m.span())
    spans.sort()
    return _as_persons(text, chosen, spans)


def _as_persons(text: str, chosen: list[Cand], spans: list[tuple[int, int]]) -> list[Cand]:
    """``chosen`` with each of ``spans`` a PERSON, in place of every candidate overlapping it (a
    name's words joined by one space in its key, as a line break between them reads)."""
    if not spans:
        return chosen
    out = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e in spans)]
    out.extend((s, e, "PERSON", entity_key("PERSON", " ".join(text[s:e].split()))) for s, e in spans)
    out.sort()
    return out


def _left_name(text: str, end: int) -> int | None:
    """Where the capitalised words of a name right before ``end`` begin (up to four, no title or
    common word), None when there is none."""
    s = end
    for _ in range(4):
        m = _LAST_WORD.search(text, max(0, s - 40), s)
        if m is None or is_title(m.group())[0] or m.group().lower() in COMMON_WORDS:
            break
        s = m.start()
        if s == 0 or text[s - 1] not in " \n":
            break
        s -= 1
    if s == end:
        return None
    return s + 1 if text[s] in " \n" else s


# Faroese and Icelandic names keep a lower-case particle of place before the family name ("Hanus
# við Stein", "Rógvi á Lakjuni", "Brandur í Gerðinum"); no English word is spelled so.
_PLACE_PARTICLE = re.compile(
    rf"(?<![\w'’-])(?:(?P<given>{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?) )?(?P<particle>við|í|á|úr|Við|Í|Á|Úr) "
    rf"(?P<surname>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-])"
)


def particle_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A given name, a Faroese particle and a family name are one PERSON ("Hanus við Stein" was a
    PERSON "Stein"), and so are the particle and the family name alone ("við Stein said",
    "[í Gerðinum], [við Stein]" in a line-up); capitalised, the particle opens such a name only
    where the article writes that family name with it in lower case or after a given name ("Við
    Stein ran to the away end" after "Hanus við Stein")."""
    if not any(f"{p} " in text for p in ("við", "í", "á", "úr", "Við", "Í", "Á", "Úr")):
        return chosen
    matches = list(_PLACE_PARTICLE.finditer(text))
    lower = {m.group("surname") for m in matches if m.group("particle").islower() or m.group("given")}
    spans: list[tuple[int, int]] = []
    for m in matches:
        given = m.group("given")
        if m.group("surname") not in lower:
            continue
        s = m.start()
        if given is not None and (is_title(given)[0] or given.lower() in COMMON_WORDS):
            s = m.start("particle")  # "Captain við Stein", "From á Lakjuni": no given name
        spans.append((s, m.end()))
    return _as_persons(text, chosen, spans)


# A team's line-up after its name and a colon: players by family name, ";" between the lines of
# the formation, a substitute and the minute in brackets ("NSÍ Runavík: Jakobsen; í Gerðinum,
# við Stein, Mikkelsen; Poulsen, Hentze (Justinussen 65), Joensen; Hansen, Dam").
_LINEUP_LINE = re.compile(r"(?m)^(?P<team>[^\n:;,]{2,50}): (?P<players>[^\n]+?)\.?[ \t]*$")
# A player: a family name of one or two words, or an initial and a family name ("M. Jawo"); the
# substitute in brackets with the minute, a comma between them or not ("(Krubally, 46)").
_LINEUP_INITIAL = rf"(?:{CAP}\. ?)?"
# A player's role in brackets after the name, as line-ups mark the captain and the goalkeeper
# ("Kyzlasov (capt)", "Rasmussen (c)", "Lind (gk)": round s47-e, held-out 40's bandy line-ups
# were no line-ups for it, 17 players no names).
_LINEUP_ROLE = r"\((?:capt|captain|c|C|gk|GK|g)\.?\)"
_LINEUP_PLAYER = re.compile(
    rf"(?P<name>{_LINEUP_INITIAL}(?:(?:við|í|á|úr|van|de|da|di|le|la|van der|van den|de la) )?{CAP}[{LOWER}][\w'’-]*"
    rf"(?: {CAP}[{LOWER}][\w'’-]*)?)(?: {_LINEUP_ROLE})?(?: \((?P<sub>{_LINEUP_INITIAL}{CAP}[{LOWER}][\w'’-]*(?: {CAP}[{LOWER}][\w'’-]*)?)"
    r",? \d{1,3}['’]?\))?"
)
# Where a line-up's items part: a comma or a semicolon outside brackets.
_LINEUP_SPLIT = re.compile(r"[;,] (?![^()]*\))")


def lineup_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """Each player of a team's line-up (:data:`_LINEUP_LINE`, eight players or more, ";" between
    the lines of the formation) is a PERSON, a family name that is a word ("Dam") or a place
    ("Frederiksberg") too; the substitute in brackets with the minute as well."""
    if ": " not in text:
        return chosen
    spans: list[tuple[int, int]] = []
    teams: list[tuple[int, int]] = []
    for line in _LINEUP_LINE.finditer(text):
        players = line.group("players")
        if ";" not in players:
            if roster := _roster(text, chosen, line.start("players"), players):
                spans.extend(roster)
                if _TEAM_NAME.fullmatch(line.group("team")):
                    teams.append(line.span("team"))  # "Nasir Stars: ...": the team (an ORG)
            continue
        base, rel = line.start("players"), 0
        found: list[tuple[int, int]] = []
        for item in _LINEUP_SPLIT.split(players):
            m = _LINEUP_PLAYER.fullmatch(item)
            if m is None:
                found = []
                break
            start = base + players.index(item, rel)
            found.append((start + m.start("name"), start + m.end("name")))
            if m.group("sub"):
                found.append((start + m.start("sub"), start + m.end("sub")))
            rel = start - base + len(item)
        if len(found) >= 8:
            spans.extend(found)
    out = _as_persons(text, chosen, spans)
    if teams:
        out = [c for c in out if not any(c[0] < e and s < c[1] for s, e in teams)]
        out.extend((s, e, "ORG", entity_key("ORG", text[s:e])) for s, e in teams)
        out.sort()
    return out


# A team's name before its roster: one to four capitalised words.
_TEAM_NAME = re.compile(rf"{CAP}[\w'’.-]*(?: {CAP}[\w'’.-]*){{0,3}}")


def _roster(text: str, chosen: list[Cand], base: int, players: str) -> list[tuple[int, int]]:
    """The spans of a team's roster after its name and a colon, commas only (a five-a-side or
    basketball line: "Nasir Stars: Gatkuoth, Reath, Thoan, Buom, Wiyual."), five players or more
    (:data:`_LINEUP_PLAYER` each), when half of them or more the article names as persons already,
    alone or as a word of a full name (round s38-e, held-out 31: "Buom", "Wiyual" were no names). A
    line of tags or sections ("Topics: Politics, Economy, ...") names no one the article knows."""
    items = players.split(", ")
    if len(items) < 5 or any(_LINEUP_PLAYER.fullmatch(item) is None for item in items):
        return []
    people = {w for s, e, label, _ in chosen if label == "PERSON" for w in text[s:e].split()}
    if 2 * sum(item in people for item in items) < len(items):
        return []
    out: list[tuple[int, int]] = []
    at = 0
    for item in items:
        at = players.index(item, at)
        out.append((base + at, base + at + len(item)))
        at += len(item)
    return out


def institution_town_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A name typed a person whose words are an institution's kind word ("Centre", "Hospital",
    "University", cue_label ORG or FAC) and then a listed town is that institution, an ORG ("at
    the Medical Centre Leeuwarden, said she" was a PERSON, the speech verb after it read as
    the name's)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "PERSON":
            words = text[s:e].split()
            kinds = [k for k, w in enumerate(words[:-1]) if cue_label(w) in ("ORG", "FAC") and not is_title(w)[0]]
            if kinds and " ".join(words[kinds[-1] + 1 :]) in city_names():
                out.append((s, e, "ORG", entity_key("ORG", " ".join(words))))
                continue
        out.append((s, e, label, key))
    return out


# Openings of surnames and given names written with a capital inside ("MacAskill", "NicLeòid",
# "FitzGerald", "VanDyke", "DelPiero", "ShaQuille", "AbuBakar"); openings of one or two letters
# ("McBride", "DiMarco", "LaToya", "DeShawn", "LeBlanc", "O'Neill") are always a name's.
_NAME_OPENINGS = frozenset(
    "Mac Nic Mhic Mhac Fitz Van Von Del Dal Della Dos Des Sha Dar Ben Bin Abu Ibn Ter Ten".split()
)
# A word written in mixed case, a capital inside it after three lower-case letters or more.
_MIXED_WORD = re.compile(rf"(?P<open>{CAP}[{LOWER}]{{2,}})(?={CAP}[{LOWER}])")
# The parts of a word in mixed case, each a capital and the lower-case letters after it.
_WORD_PARTS = re.compile(rf"{CAP}[{LOWER}]+")


def brand_shaped(word: str) -> bool:
    """Whether ``word`` is written as a brand or a site is, in mixed case with a capital inside
    ("MedSec", "GreyLantern", "TechWatch"), and not as a person's name is: its opening is no
    surname's or given name's (:data:`_NAME_OPENINGS`: "MacAskill"), of one or two letters
    ("McBride", "DeShawn"), a given name the lists hold so ("ObaniJesu") or given names run
    together ("MaryAnne", "AnnMarie", "LeeRoy": one of its parts is a given name)."""
    m = _MIXED_WORD.match(word)
    if m is None or m.group("open") in _NAME_OPENINGS or word in given_names() or word in GIVEN:
        return False
    return not any(part in given_names() or part in GIVEN for part in _WORD_PARTS.findall(word))


def brand_named_persons(text: str, chosen: list[Cand]) -> list[Cand]:
    """A name typed a person holding a word written as a brand is (:func:`brand_shaped`: "told
    MedSec Notes", "by TechWatch Daily") is an organisation, an ORG: a site, a firm or a group,
    never a person (t13z H5: the blog "MedSec Notes" was a PERSON)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "PERSON" and any(brand_shaped(w) for w in text[s:e].split()):
            out.append((s, e, "ORG", entity_key("ORG", text[s:e])))
            continue
        out.append((s, e, label, key))
    return out


def tabloid_titles(text: str, chosen: list[Cand]) -> list[Cand]:
    """A person's name opening with a tabloid title word (kind TABLOID_TITLE of the one title lexicon, lexicons.title_kind) before a given
    name is the name without it: "Boss Joaquín Céspedes was grilled" names Joaquín Céspedes
    (t13o F4; was PERSON "Boss Joaquín Céspedes"). A word of address (kind ADDRESS_TITLE: "Pu",
    "Pi", "Elder", "Hubby") before one name-shaped word or more is outside it too ("Pi
    Lalrinmawii", "Pu Vanlalruata Sailo": round s34-b), one that is also a place's or a word's
    (lexicons.ADDRESS_BEFORE_FULL_NAME: "Kong", "Mar") before two or more ("Mar Odisho Toma", not
    "Mar Vivo"; round s35-e)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        head, _, rest = text[s:e].partition(" ")
        # (a word of address written short keeps its dot in the span: "Sr. Ramiro Tejada")
        kind = title_kind(head.removesuffix(".")) if label == "PERSON" else None
        if (kind == TABLOID_TITLE and " " in rest and opens_name(rest.split(" ", 1)[0])) or (
            kind == ADDRESS_TITLE
            and rest
            and NAME_SHAPED.fullmatch(rest.split(" ", 1)[0]) is not None
            and (head not in ADDRESS_BEFORE_FULL_NAME or " " in rest)
        ):
            s += len(head) + 1
            key = (
                entity_key("PERSON", key.split(":", 1)[1].partition(" ")[2])
                if key.startswith(f"PERSON:{head} ")
                else key
            )
        out.append((s, e, label, key))
    return out


# A lower-case "the" right before a name, not opening a quotation ('called her "the Elizabeth David
# of …"'), and a preposition of place before it ("in the Val Canale", "along the Wadi Azum").
_THE_BEFORE_NAME = re.compile(r"(?<![\w'’\"“‘-])the $")
_PLACE_THE_BEFORE = re.compile(r"\b(?:in|along|across|towards|toward|into|through|near|around|over|on|at) the $")
# A lower-case word after the name that the name modifies ("the Tony Blair era", "the Ana Ruiz case").
_LOWER_NOUN_AFTER = re.compile(r" ([a-z][\w'’-]*)")


def no_article_persons(text: str, chosen: list[Cand]) -> list[Cand]:
    """A PERSON of two words or more right after a lower-case "the" is no person's name: English
    writes none with an article, so the words name a place, a building, a body or a thing ("went to
    the Golden Abode of …", "along the Wadi Azum", "on the Carlo Felice", "in the Sheldon Jackson
    Museum"). Such a candidate ending in a kind word takes that word's label ("Museum": ORG), one
    after a preposition of place is a place (LOC: "in the Val Canale"); any other is left out. Kept: the name before a lower-case noun it modifies ("the Tony Blair era").
    Issue #16, round s37-e: across the names set 33 of 34 such PERSONs were wrong (heldout30's
    "Golden Abode", "Sheldon Jackson Museum")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label == "PERSON" and " " in text[s:e] and _THE_BEFORE_NAME.search(text, max(0, s - 4), s):
            after = _LOWER_NOUN_AFTER.match(text, e)
            if after is None or after.group(1) in STOP_WORDS:
                last = text[s:e].rsplit(" ", 1)[-1]
                kind = cue_label(last) or of_label(last)
                if kind is None and _PLACE_THE_BEFORE.search(text, max(0, s - 16), s):
                    kind = "LOC"  # "in the Val Canale", "along the Wadi Azum": a place
                if kind is not None and kind != "PERSON":
                    out.append((s, e, kind, entity_key(kind, text[s:e])))
                continue
        out.append((s, e, label, key))
    return out


# A place and "-based" right before a name ("Jakarta-based Tamara Riset Asia").
_BASED_BEFORE = re.compile(r"\w-based $")


def based_bodies(text: str, chosen: list[Cand]) -> list[Cand]:
    """A PERSON right after "<place>-based" is an organisation's name (ORG), which a place's name
    written next to it closes ("Jakarta-based Tamara Riset Asia": the ORG, not a PERSON "Tamara
    Riset" and a LOC "Asia"): news writes a body "X-based", a person with a job between ("London-
    based artist Jane Doe"). Issue #16, round s37-e: every name right after "-based" in the names
    set is an ORG (18 of 18); heldout30's was a PERSON. A known given name and one more word with
    no place closing them stay a person ("The London-based Sarah Okafor said so")."""
    if "-based " not in text:
        return chosen
    out = list(chosen)
    for k, (s, e, label, _key) in enumerate(chosen):
        if label != "PERSON" or not _BASED_BEFORE.search(text, max(0, s - 8), s):
            continue
        end = e
        nxt = next((c for c in chosen[k + 1 :] if c[0] >= e), None)
        closed = nxt is not None and nxt[2] in ("GPE", "LOC") and nxt[0] == e + 1 and text[e] == " "
        words = text[s:e].split()
        if not closed and len(words) == 2 and given_word(words[0]):
            continue  # "The London-based Sarah Okafor said so": a given name and a surname, a person
        if closed:
            assert nxt is not None
            end = nxt[1]  # "Tamara Riset Asia": a region closing the body's name
            out.remove(nxt)
        out[out.index(chosen[k])] = (s, end, "ORG", entity_key("ORG", text[s:end]))
    return out


# Spanish "y" and Catalan "i" joining a person's two surnames ("José Ortega y Gasset", "Jordi Roca i
# Puig"), then the second surname: one word shaped as a name's, no other capitalised word after it.
_SURNAME_JOINED = re.compile(rf" (?:y|i) (?P<second>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-]| {CAP})")


def joined_surnames(text: str, chosen: list[Cand]) -> list[Cand]:
    """A PERSON of two words or more followed by "y" or "i" and one more surname-shaped word
    ("José Ortega y Gasset", "Jordi Roca i Puig of Solsona") is one person's name with both
    surnames, as Spanish and Catalan write them; the second surname's own PERSON candidate, if
    any, goes. Not when that word is another name's (a place, a body: "Roca y Madrid"). Issue #16,
    round s37-e: heldout30's PERSON "Jordi Roca"."""
    if " y " not in text and " i " not in text:
        return chosen
    out = list(chosen)
    for c in chosen:
        s, e, label, _key = c
        if label != "PERSON" or " " not in text[s:e] or c not in out:
            continue
        m = _SURNAME_JOINED.match(text, e)
        if m is None:
            continue
        a, b = m.span("second")
        here = [o for o in out if o[0] < b and a < o[1]]
        if any(o[2] != "PERSON" or (o[0], o[1]) != (a, b) for o in here):
            continue  # the word is a place's or a body's, or part of a longer name
        for o in here:
            out.remove(o)
        out[out.index(c)] = (s, b, "PERSON", entity_key("PERSON", text[s:b]))
    out.sort()
    return out


# A role in apposition right after a name: a comma, an optional article, up to two lower-case
# modifiers and the role word ("Mina Park, a spokeswoman for", "Declan Power, the county's fire
# chief," is none: a possessive names another's role).
# A preposition of place right before a name ("on Magnolia Street", "a trader at Watt Market"):
# the name is where, whatever follows it.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|from|to|near|of|outside|across|around|into|via|along|off)\s+$", re.I)
# Where a clause opens right before a name: the text's start, or a sentence's or a quote's mark
# ("Mina Park said": the name is the subject, not the end of a place's phrase).
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;\"“”‘’\n])\s*$")
_ROLE_APPOSED = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[a-z][a-z-]*\s+){0,2}?([a-z]+)\b")


def described_given_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """A name of two or three words typed an organisation or a facility by its last word, a
    kind's cue that is a surname too ("Park", "Power", "Steel", "Hall", "Church"), is a PERSON
    when a given name the lists know opens it and a person's role stands in apposition after it
    (:data:`_ROLE_APPOSED`, the role one of ``LOWER_TITLES``: "Mina Park, a spokeswoman for the
    county fire service, said", "Declan Power, a spokesman for"), or, a facility's, when a verb
    of speech follows it opening its clause (``SPEECH_AFTER``: "Mina Park said"; a place says
    nothing). A name after a preposition of place is that place ("residents of Pleasant Point
    Road said", "a trader at Watt Market, said"). Issue #16,
    round s53-e2: a FAC "Mina Park" and an ORG "Declan Power". A firm described as one ("Amara
    Power, a utility") keeps its type: "utility" is no role."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if (
            label in ("ORG", "FAC")
            and 2 <= len(words) <= 3
            and (words[0] in given_names() or words[0] in GIVEN)
            and cue_label(words[-1]) == label
            and not any(cue_label(w) is not None for w in words[:-1])
        ):
            if _PLACE_BEFORE.search(text, max(0, s - 12), s) is not None:
                out.append((s, e, label, key))  # "residents of Pleasant Point Road said": the place
                continue
            role = _ROLE_APPOSED.match(text, e)
            if (role is not None and role.group(1) in LOWER_TITLES) or (
                label == "FAC"
                and SPEECH_AFTER.match(text, e) is not None
                and _CLAUSE_OPENS.search(text, max(0, s - 4), s)
            ):
                label, key = "PERSON", entity_key("PERSON", " ".join(words))
        out.append((s, e, label, key))
    return out
