"""Whose figure it is: the owner of a measure a named subject owns (jobs cut, investment,
revenue, money pledged), the donor of a pledge, the subject of a name's verb, a nation by any name."""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from waic_reader.index.analysis.entities.lexicons import LEGAL_FORMS, TITLE_MOD, title_kind
from waic_reader.index.analysis.facts.pay_parties import PAY_MEASURES
from waic_reader.index.analysis.facts.roles import (
    JOB_CUT_VERBS,
    JOB_NOUNS,
)
from waic_reader.index.analysis.facts.votes import VOTE_MEASURES
from waic_reader.index.analysis.facts.words import (
    APPOSITIVE,
    ASKED_FOR,
    GIVING_BEFORE,
    MONEY_ROLES,
    OFFERING,
    RECEIVING,
    SET_ASIDE_AFTER,
    VERB_ADVERBS,
    WORD,
    bare_word,
    is_participle,
    own_clause_start,
    payment_demanded,
)
from waic_reader.index.analysis.figures import (
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    MONTH_NUMBERS,
    STOP_WORDS,
    WEEKDAYS,
)
from waic_reader.index.analysis.quotes.cues import BODIES
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.letters import (
    CAP,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from waic_reader.index.analysis.entities.gazetteer import Gazetteer
    from waic_reader.index.analysis.facts.model import FactValue

# Measures a named subject owns: one firm's cut, investment or revenue is no value of another's
# ("Rába Works will cut 300 jobs", "Dunaferr said it would cut 120 jobs" were one "jobs cut" row in
# disagreement, 300 against 120: t13m F6). The subject is read by :func:`owner`; the grouping keeps
# figures of different owners apart (``grouping._measured_group``). Money spent is its spender's,
# read as a donor is (extract.py; "The council has spent €2 million" and "Nordrail spent €3 million"
# were one row in disagreement: review s36-rv2, round s36-y2).
OWNED_MEASURES = frozenset(
    {
        "jobs|cut",
        "staff",
        "debt",  # a debtor's debts (words.MONEY_ROLES): two firms' debts are two facts
        "investment",
        "raised",
        "profit",
        "loss",
        "revenue",
        "pledged",
        "unpledged",
        "offered",
        "bid",
        "spent",
        # a prison sentence is the sentenced person's (roles.PRISON_TERM): two defendants' sentences
        # were one row, one's true disagreement buried among the other's (review s42-rv finding 1)
        "sentence",
        # a budget is its body's: a council's and its libraries' are two measures (s43-rv finding 4)
        "budget",
        *VOTE_MEASURES,  # a candidate's or party's share of the vote, its votes (votes.py)
        # a pay offer or demand is its group's: the teachers' 3.5% and the nurses' 4% offers were
        # one row in disagreement (review s43-rv finding 1; pay_parties.py)
        *PAY_MEASURES,
    }
)
# Measures of money given, whose owner is its donor (:func:`donor`): money pledged, and money pledged
# for a purpose of its own, "pledged|funeral" (:func:`~.money_purpose.money_purpose`); money not given
# ("has not yet pledged $3 million") is the payer's who withholds it.
DONATED_MEASURES = frozenset({"pledged", "unpledged", "offered"})
# Money demanded, whose owner is its demander (:func:`demander`): the hackers' ransom is no value of a
# union's claim (review s35-rv item 10, round s35-y: one row "money demanded" in disagreement).
DEMANDED_MEASURES = frozenset({"demanded"})


def donated(measure: str) -> bool:
    """Whether ``measure`` is money given (:data:`DONATED_MEASURES`), for a purpose or none."""
    return measure.split("|", 1)[0] in DONATED_MEASURES


def story_government_donors(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (a corpus's values, in order) with money given by the coarse donor
    (:data:`GOVERNMENT`, its article naming no country of it: "The government offered a bridge loan
    of $300 million") given the one country whose money given of that measure, currency and value
    another article names ("Portugal's finance ministry said it would lend $300 million": t13al-r
    N2/a, two single rows of one loan), or the one state, province or region (:func:`_state_named`:
    a governor's "Texas would provide $25 million", round s53-f). Only the same value: a different one is never made a
    disagreement so (a governor's fund is "the government" too). A new list; a value given another
    owner is a copy. Linear: values are found by (measure, unit, value)."""
    nations: dict[tuple[str, str, float | str], set[str]] = {}
    docs: dict[tuple[str, str, float | str], set[str]] = {}
    for v in figures:
        if (
            v.kind == "money"
            and donated(v.measure)
            and v.owner != GOVERNMENT
            and (n := nation_named(v.owner) or _state_named(v.owner))
        ):
            key = (v.measure, v.unit, v.value)
            nations.setdefault(key, set()).add(n)
            docs.setdefault(key, set()).add(v.doc)
    if not nations:
        return list(figures)
    out = list(figures)
    for i, v in enumerate(out):
        key = (v.measure, v.unit, v.value)
        if v.kind == "money" and v.owner == GOVERNMENT and len(nations.get(key, ())) == 1 and v.doc not in docs[key]:
            out[i] = replace(v, owner=next(iter(nations[key])))
    return out


# Who pledges money goes by many names ("Interior Minister X said the government would release",
# "the state would pledge", "Portugal's government pledged"): any of these words in the clause
# before the figure makes its owner one coarse donor, the government; else a named subject (a
# firm's fund: "Sorvena has set up a support fund of €2 million" is no value of the government's
# aid, t13n F7).
GOVERNMENT = "the government"
# Nouns of a sum of money given, never a verb after its payer's name (:func:`_subject_name`); alone
# they tell no money row from another (grouping.tell_apart).
SUM_NOUNS = frozenset("fund funds aid relief package packages donation donations grant grants compensation".split())
_GOVERNMENT_WORDS = frozenset(
    # (a region's head too: "The governor has released forty million euros", t13x F14)
    # ("The Department of Health released", a government's department: t13ak N4)
    """government governments state ministry minister ministers premier president cabinet governor governors
    department departments"""
    # the AP Stylebook's governor before a name, "Gov. Maura Healey announced $25 million in state
    # aid" (lexicons.DOTTED_TITLES): the state's money, one donor with "the government" (issue #16,
    # round s53-f: "money pledged (Gov Maura Healey)" beside "(the government)", one sum)
    " gov".split()
)
# Words a name before its verb is followed by ("Dunaferr said", "Acme will invest"): a sentence's
# first capitalised word before any other word ("Union leaders said") names no one.
_SUBJECT_VERBS = frozenset(
    """said says told tells announced announces confirmed confirms plans planned intends intended
    expects expected wants aims hopes will would could can may might must should shall is was are
    were has have had to""".split()
)
# Words before a name that make it no subject: a place or a time ("in Győr", "at Rába Works' plant"),
# whom something was told ("told Reuters"), whose account it is ("according to Dunaferr"), a relative
# clause's ("Rába Works, which Dunaferr bought in 2019, will cut").
_NOT_SUBJECT_BEFORE = frozenset(
    """in at on to from near by for with into onto across over under via than told tells telling
    according about against between which who whom whose""".split()
)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w’'&.-]*")
_NAME_LINKS = frozenset("of & de del der van von und".split())
_OWNER_CLAUSE = re.compile(r"[;:()—–]|\s-\s|,\s+(?:and|but|while|whereas|as)\s|\s(?:while|whereas)\s")
_SAID_AFTER = re.compile(
    rf",\s+(?P<name>{CAP}[\w’'&.-]*(?:\s+(?:{CAP}[\w’'&.-]*|&)){{0,3}})\s+(?:said|says|announced|confirmed)\b"
)

# "300 jobs would go at Rába Works", "cut 300 jobs at Dunaferr": whose jobs, right after the count.
_OWNER_AFTER = re.compile(rf"(?:\s+[a-z]+){{0,2}}\s+(?:at|of)\s+(?P<name>{CAP}[\w’'&.-]*(?:\s+{CAP}[\w’'&.-]*){{0,3}})")


# Words by which a clause refers to a firm named before ("The company will cut 300 jobs", "It will
# shed 120 jobs", "the steelmaker said"): its owner is the subject of a sentence before.
_REFERENCES = frozenset(
    """it company firm group business employer bank lender insurer airline carrier operator
    producer manufacturer retailer miner developer supplier""".split()
)
_SENTENCE_START = re.compile(r"(?:[.!?][\"”’)]?\s+|\n\s*)(?=[\"“‘]?[^\W\d_])")
_LOOK_BACK = 600  # characters before a figure's sentence searched for the firm it refers to
_BACK_SENTENCES = 3


# Words between a name and a figure that make the name the speaker, not the figure's owner: "Police
# said 300 people were inside" (for a figure without a named measure; a firm's own cut, "Dunaferr
# said it would cut 120 jobs", is the firm's).
_SPEECH = frozenset(
    """said says told tells announced added reported estimated confirmed according stated warned
    noted that""".split()
)


_OBJECT_VERB_WORDS = 3  # "Rába Works employs 900", "Acme plans to hire 300": the name's verb phrase


def object_owner(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The owner of a figure without a named measure: the name whose verb's object it is ("Rába
    Works employs 900 people", "Dunaferr produced 400 tonnes"), by :func:`owner`'s reading of its
    own clause, its verb phrase (at most :data:`_OBJECT_VERB_WORDS` words, no preposition) right
    before the figure; never a speaker ("Police said 300 people were inside"), a place ("ran aground
    outside Heraklion with 312 passengers") or a firm a sentence before."""
    start = sent[0]
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
    found = _subject_name(text, start, fig.start, start == sent[0])
    if not found:
        return ""
    at = text.rfind(found.split()[-1], start, fig.start) + len(found.split()[-1])
    between = [w for w in WORD.findall(text, at, fig.start)]
    if not between or len(between) > _OBJECT_VERB_WORDS or text[at : fig.start].count(",") > 0:
        return ""  # "The Aegean Star ran aground outside Heraklion …": no verb of the name's right before it
    if any(w[:1].isupper() or w.lower() in _SPEECH or w.lower() in _NOT_SUBJECT_BEFORE for w in between):
        return ""  # "a Greek ferry with 320 passengers", "Police said 300 people"
    return found


# "Revenue at Acme rose to $2bn", "profit for Halden Group", "aid from Hungary": the measure's own
# noun, then whose it is (:func:`owner`; "investment in Acme" names what it goes to, no owner).
_OWNED_NOUNS = sorted(
    {w for w, role in MONEY_ROLES.items() if role in OWNED_MEASURES and w.isalpha()} | JOB_NOUNS,
    key=len,
    reverse=True,
)
_MEASURE_OF_NAME = re.compile(
    rf"\b(?i:{'|'.join(_OWNED_NOUNS)})\s+(?:at|of|for|from|by)\s+(?:the\s+)?"
    rf"(?P<name>{CAP}[\w’'&.-]*(?:\s+{CAP}[\w’'&.-]*){{0,3}})"
)


def owner(text: str, fig: Figure, sent: tuple[int, int], prev_end: int | None = None) -> str:
    """:func:`_owner`'s name, a country's in one form whatever it is called by
    (:func:`nation_named`: "Hungary", "Budapest", "the Hungarians" are "Hungary")."""
    found = _owner(text, fig, sent, prev_end)
    if not found:
        return ""
    nation = nation_named(found)
    if nation:
        noun = _modified_noun(text, found, sent[0], fig.start)
        if noun:
            return f"{found} {noun}"  # "a Tokyo charity pledged ￥700,000": the charity's, not Japan's
    return nation or body_named(found) or found


def body_named(name: str) -> str:
    """The full name of the body ``name`` is a name or alias of in the bundled gazetteer the entity
    recogniser joins a body's names by (an ``ORG`` entry: "EU", "E.U.", "European Union" →
    "European Union"; "UN" → "United Nations"), else "". A name of one word counts only written as
    an acronym ("WHO", never "Who"): the gazetteer's matching ignores case. One payer under two
    names is one owner, so "The EU pledged €12 million" is compared with "The European Union
    pledged €10m" (t13ac M22: two payers' rows)."""
    from waic_reader.index.analysis.entities.gazetteer import is_acronym

    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words or (len(words) == 1 and not is_acronym(words[0])):
        return ""
    joined = " ".join(words)
    for written in (joined, f"{joined}.") if "." in joined else (joined,):
        # "E.U" as the owner's reading left it, its closing full stop taken for the sentence's
        known = _bundled_gazetteer().known(written)
        if known is not None and known[0] == "ORG":
            return str(known[1])
    return ""


@functools.lru_cache(maxsize=1)
def _bundled_gazetteer() -> Gazetteer:
    """The bundled gazetteer alone (a user's entries would make the fact sheet's owners depend on
    the machine, while its cache is keyed by the analysis version only)."""
    from waic_reader.index.analysis.entities.gazetteer import Gazetteer

    return Gazetteer(use_user=False)


# A place's name before a lower-case noun it modifies names that noun's body, no country ("a Tokyo
# charity pledged ￥700,000" beside "Japan pledged ¥0.7mn" was one owner, Japan, and one value; t13p
# F5): the word after the name is no verb, participle or government's word.
_NAME_THEN_WORD = r"(?:['’]s)?\s+(?P<noun>[a-z][\w’'-]*)\s+[\w’'-]"


def _modified_noun(text: str, name: str, start: int, end: int) -> str:
    """The lower-case noun ``name`` modifies in ``text[start:end]`` ("Tokyo charity"), else ""."""
    last = None
    for last in re.finditer(re.escape(name) + _NAME_THEN_WORD, text[start:end]):
        pass
    if last is None:
        return ""
    noun = last.group("noun")
    if (
        noun in _SUBJECT_VERBS
        or noun in _GOVERNMENT_WORDS
        or noun in MONEY_ROLES
        or noun in STOP_WORDS
        or noun in JOB_CUT_VERBS
        or is_participle(noun)
        or noun.endswith(("ed", "es"))
    ):
        return ""
    return noun


def _state_named(name: str) -> str:
    """``name`` as written when it is a country's first-level state, province or region
    (:func:`~waic_reader.index.analysis.entities.gazetteer.region_names`, ISO 3166-2: "Texas"), else
    "": a state's money is its government's, "the government" of a US story's state aid ("Governor
    Greg Abbott said Texas would provide $25 million" beside "The government has pledged $25
    million": one donor, issue #16, round s53-f)."""
    from waic_reader.index.analysis.entities.gazetteer import region_names

    return name if name in region_names() else ""


def nation_named(name: str) -> str:
    """The country ``name`` (a run of capitalised words, a possessive's "'s" left off) is a name
    of, by :func:`~waic_reader.index.analysis.entities.gazetteer.nations` (its name, demonym or
    capital: "Budapest", "Hungarian" → "Hungary"), else ""."""
    from waic_reader.index.analysis.entities.gazetteer import nations
    from waic_reader.index.corpus.tokens import fold

    words = [bare_word(w.rstrip(".")) for w in name.split()]
    if words and words[0].lower() == "the":
        words = words[1:]
    return nations().get(fold(" ".join(words)), "") if words else ""


def _nation_in(text: str, start: int, end: int) -> str:
    """The country a run of capitalised words of ``text[start:end]`` names (:func:`nation_named`,
    the whole run: "the Hungarian government", "Hungary's government"; never a word of a longer
    name, "Prime Minister Luís Montenegro"), the one nearest ``end``; else ""."""
    toks = list(_NAME_TOKEN.finditer(text, start, end))
    i = len(toks) - 1
    while i >= 0:
        if not toks[i].group()[:1].isupper():
            i -= 1
            continue
        j = i
        while j > 0 and toks[j - 1].group()[:1].isupper() and not text[toks[j - 1].end() : toks[j].start()].strip():
            j -= 1
        found = nation_named(" ".join(t.group() for t in toks[j : i + 1]))
        if found:
            return found
        i = j - 1
    return ""


def _owner(text: str, fig: Figure, sent: tuple[int, int], prev_end: int | None = None) -> str:
    """The name of the subject a figure of an owned measure (:data:`OWNED_MEASURES`) is said of, as
    written ("Rába Works"), else "": the nearest name before it in its clause that is no place,
    time or person told ("Rába Works will cut", "Dunaferr said it would cut", "The Hallerud plant
    of Torvik Wagons will shed", "Hungarian steelmaker Dunaferr plans to cut"; a possessive's owner,
    "Acme's revenue"), else one the sentence names saying it after it ("…, Rába Works said") or
    whose the count is ("300 jobs would go at Rába Works"). A person's name ("chief executive Jane
    Roe said") is passed over: the person speaks for the firm. A clause that refers to a firm
    (:data:`_REFERENCES`: "The company will cut 300 jobs") is owned by the name opening one of the
    sentences just before ("Rába Works is struggling. The company will cut 300 jobs"). A clause of
    its own after the sentence's previous figure (ending at ``prev_end``) is the figure's clause
    (:func:`~.words.own_clause_start`)."""
    start = sent[0]
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
    start = own_clause_start(text, start, fig.start, prev_end)
    named = None
    for named in _MEASURE_OF_NAME.finditer(text, start, fig.start):
        pass  # the last: nearest the figure
    first = named.group("name").split()[0].lower() if named is not None else ""
    if (
        named is not None
        and first not in STOP_WORDS
        and first not in WEEKDAYS
        and first not in MONTH_NUMBERS
        and not _money_word(first)  # "revenue of EUR 5 million": its currency, no owner
    ):
        return named.group("name").rstrip(".")  # "Revenue at Acme rose to $2bn"
    found = _subject_name(text, start, fig.start, start == sent[0])
    if found:
        return found
    said = _SAID_AFTER.search(text, fig.end, sent[1]) or _OWNER_AFTER.match(text, fig.end, sent[1])
    if said:
        return said.group("name").rstrip(".")
    clause = [w.lower() for w in WORD.findall(text, start, fig.start)]
    if not any(
        (w in _REFERENCES or w.endswith("maker")) and not _POSSESSIVES & set(clause[max(0, k - 2) : k])
        for k, w in enumerate(clause)
    ):
        return ""
    return _firm_referred(text, sent[0])


# A possessive a word of reference follows ("Its main bank extended an emergency loan", "their
# lender"): a body of the firm's, never the firm named before (t13al-r N2/b: the bank's loan was
# the failed firm's, a row apart from "Sakura Bank provided 10 billion yen in emergency loans")
_POSSESSIVES = frozenset("its their his her".split())


def _firm_referred(text: str, sent_start: int) -> str:
    """The firm a clause's "the company", "the firm", "it" refers to, in the sentence starting at
    ``sent_start``: the subject opening one of the :data:`_BACK_SENTENCES` sentences just before
    ("Rába Works is struggling. The company will cut 300 jobs") that is no person or public body
    (:func:`_no_firm`: "Brannock announced an inquiry. The company will pay €40 million" was
    Brannock's pledge, t13x F14), else the nearest firm's name written before it
    (:func:`_firm_named_before`: a press release's "…, chief executive of Norvane Hydro Holdings.
    The company will contribute EUR 40 million" is Norvane Hydro Holdings'); "" when none."""
    lo = max(0, sent_start - _LOOK_BACK)
    # (a firm's legal form's full stop ends no sentence: "Sierra Crest Power Co. told regulators …
    # It asked for $2.3 billion" is the firm's demand, never the masthead's outlet's, t13ap N3)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, sent_start) if not _legal_form_stop(text, m.start())]
    ends = [*starts[1:], sent_start]
    for s0, s1 in list(zip(starts, ends))[::-1][:_BACK_SENTENCES]:
        opening = dateline.match(text, s0, s1)
        if opening is not None:
            s0 = opening.end  # "LUCENA CITY, March 14, 2026 — Starhorse Shipping Lines Inc. confirms": the firm
        found = _subject_name(text, s0, s1, True, opening_only=True)
        if _group_noun(found):
            found = ""  # "Rescuers have worked for 30 hours. … the company would pay": no firm
        if found and not _no_firm(found, text) and not _names_a_thing(text, found, s0, s1):
            return found
        common = _common_firm_before(text, s1, s0)
        if common:
            return common  # "…, which the rail company has refused. The company offered €800"
    return _firm_named_before(text, sent_start) or _common_firm_before(text, sent_start)


_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def _legal_form_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes a firm's legal form ("Co.", "Inc.", "Ltd.":
    :data:`~waic_reader.index.analysis.entities.lexicons.LEGAL_FORMS`), no sentence's end."""
    word = _LAST_WORD.search(text, max(0, at - 8), at) if text[at : at + 1] == "." else None
    return word is not None and word.group(1) in LEGAL_FORMS


# A firm the article names by a common noun only ("the rail company has refused. The company
# offered €800"): "the", one or two lower-case words, a firm's word (:data:`_REFERENCES`).
_COMMON_FIRM = re.compile(
    rf"\b[Tt]he\s+(?P<name>(?:[a-z][\w-]*\s+){{1,2}}(?:{'|'.join(sorted(w for w in _REFERENCES if w != 'it'))}))\b"
)


def _common_firm_before(text: str, end: int, start: int = 0) -> str:
    """The nearest firm named by a common noun phrase before ``end`` (at most
    :data:`_FIRM_LOOK_BACK` characters back, never before ``start``; :data:`_COMMON_FIRM`): "the
    rail company", in lower case; "" when none (t13aa K5: "The company offered €800" joined the
    government's pledge)."""
    found = ""
    for m in _COMMON_FIRM.finditer(text, max(0, start, end - _FIRM_LOOK_BACK), end):
        words = m.group("name").split()
        if not any(w in STOP_WORDS for w in words[:-1]):
            found = "the " + m.group("name")
    return found


def _names_a_thing(text: str, name: str, start: int, end: int) -> bool:
    """Whether ``name`` opens ``text[start:end]`` as the modifier of a lower-case noun, the
    sentence's subject that thing ("The Sandvik plant belongs to Kestrel Chemicals": the plant, no
    firm), never a possessive ("Acme's shares fell": Acme's) (:func:`_modified_noun`)."""
    at = text.find(name, start, end)
    if at < 0 or text.startswith(("'s", "’s"), at + len(name)):
        return False
    after = WORD.findall(text, at + len(name), end)[:2]
    if len(after) < 2 or not after[0].islower() or not _modified_noun(text, name, start, end):
        return False
    # the noun's own verb right after it ("plant belongs", "board said"); else the word after the
    # name is its verb ("Norvane Hydro Holdings runs the dam")
    verb = after[1].lower()
    return verb in _SUBJECT_VERBS or verb in VERB_ADVERBS or verb.endswith(("s", "ed")) or is_participle(verb)


# Words of a body that is no firm, whatever kind of organisation the recogniser reads its name as
# ("Kellby Police", "Ostrand Regional Council", "Dorvik University Hospital"): the quotes' public
# bodies, a government's words and public services.
_PUBLIC_BODY_WORDS = (
    BODIES
    | _GOVERNMENT_WORDS
    | frozenset("police hospital hospitals school schools army navy coastguard service services".split())
    # the state's armed and rescue forces and its legislatures, named by their last word as the
    # recogniser's ORG cues name them (lexicons.CUES: "Philippine Coast Guard", "National Guard",
    # "Border Guard", "Air Force", "Marine Rescue", "Guardia Civil"'s "Constabulary"): no firm "the
    # company" refers to (t13an N3: Starhorse's own "The company will provide financial assistance of
    # PHP 250,000" was credited to the Philippine Coast Guard, named in the sentence before)
    | frozenset("guard guards force forces rescue constabulary gendarmerie parliament senate legislature".split())
)
_FIRM_LOOK_BACK = 4000  # characters before a sentence searched for the firm "the company" is


def _no_firm(name: str, text: str) -> bool:
    """Whether ``name`` (as :func:`_subject_name` gives it) is a person's or a public body's, never
    a firm's: a title or given name opens it ("Governor Ilsa Brannock", "Jane Roe"), a public
    body's word is in it ("Kellby Police"), or the article writes a given name or a title right
    before it ("Brannock" of "Ilsa Brannock", "Governor Brannock")."""
    from waic_reader.index.analysis.entities.given_names import given_names

    words = name.split()
    if not words:
        return True
    if words[-1].rstrip(".") in LEGAL_FORMS:
        return False  # "Sierra Crest Power Co": a legal form ends a firm's name, whatever opens it (t13ap N3)
    if any(w.lower() in _PUBLIC_BODY_WORDS for w in words):
        return True
    if words[0] in given_names() or title_kind(words[0]) is not None or words[0] in TITLE_MOD:
        return True
    for m in re.finditer(rf"(?<![\w’'-])({CAP}[\w’'-]*)\.?\s+{re.escape(words[0])}(?![\w’'-])", text):
        if m.group(1) in given_names() or title_kind(m.group(1)) is not None:
            return True
    # a title with names the given-name list does not hold between ("Captain Arnel Buhain", "Cmdr.
    # Rejie Tamayo-Dizon", one line's end between them too): a person (t13anr N3, round s47-f: a
    # firm's own "The company will provide …" was credited to "Buhain", the tug master quoted before).
    # The names between hold no sentence's end: a full stop only after a one-letter initial, no
    # blank line ("said Governor Ilsa Brannock. Starhorse Shipping said": the firm opens the next
    # sentence, review s47-rv finding 6).
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    middle = rf"(?:(?:{CAP}\.|{CAP}[\w’'-]*){gap}){{1,2}}"
    titled = rf"(?<![\w’'-])({CAP}[\w’'-]*)\.?{gap}{middle}{re.escape(words[0])}(?![\w’'-])"
    return any(title_kind(m.group(1)) is not None for m in re.finditer(titled, text))


def _firm_named_before(text: str, end: int, start: int = 0) -> str:
    """The name of a firm nearest before ``end`` in ``text`` (at most :data:`_FIRM_LOOK_BACK`
    characters back, never before ``start``): a run of capitalised words ending in a firm's kind word or legal form, as the
    entity recogniser reads a name's last word ("Norvane Hydro Holdings", "Halvik Mining Ltd",
    "Kestrel Chemicals"; :func:`~waic_reader.index.analysis.entities.lexicons.kind_of_word`), that
    is no public body (:func:`_no_firm`); "" when none."""
    from waic_reader.index.analysis.entities.lexicons import kind_of_word, legal_form

    toks = list(_NAME_TOKEN.finditer(text, max(0, start, end - _FIRM_LOOK_BACK), end))
    i = len(toks) - 1
    while i >= 0:
        last = toks[i].group().rstrip(".,")
        if not last[:1].isupper() or not (legal_form(last) or kind_of_word(bare_word(last)) == "ORG"):
            i -= 1
            continue
        j = i
        while j > 0 and toks[j - 1].group()[:1].isupper() and text[toks[j - 1].end() : toks[j].start()] == " ":
            j -= 1  # (one space between: a line's end or a mark ends the name)
        words = [bare_word(t.group().rstrip(".,")) for t in toks[j : i + 1]]
        while words and (words[0].lower() in STOP_WORDS or words[0].lower() in _REFERENCES):
            words = words[1:]  # "The Company", "The dam's operator Norvane Hydro"
        i = j - 1
        if len(words) < 2 and not (words and legal_form(words[-1])):
            continue  # a kind word alone ("Police", "Holdings") names no firm
        name = " ".join(words)
        if not _no_firm(name, text):
            return name
    return ""


# A clause joined by "and" or "but" with no subject of its own, its verb phrase straight after
# (", and has set aside", ", but will also pay", ", and pledged"): the sentence's subject's too.
_JOINED_PREDICATE = re.compile(
    r",\s+(?:and|but)\s+(?:(?:also|then|later|now|since)\s+)*"
    r"(?:(?:has|have|had|will|would|is|are|was|were|can|could|may|might)\s+(?:(?:also|now|since|already)\s+)?[a-z]+"
    r"|[a-z]+ed|set|put|paid|gave|gives|pays|offers|promises|pledges|donates|sets|puts)\b"
)


# A clause opening with a name's money noun: "Westmarch Rail's fund", "Kessel Mining's relief package".
_POSSESSED_MONEY = re.compile(
    r"\s*(?:[Tt]he\s+)?(?P<name>(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*)['’]s?\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\b"
)


# A second verb joined by "and" with no comma right before a sum ("… to clinics and released USD
# 4.5 million"): the sentence's subject's verb too.
_SECOND_VERB = re.compile(r"\s(?:and|but)\s+(?:also\s+)?(?P<verb>[a-z]+)\s+$")


# A possessive pronoun straight before an amount, a hedge at most between ("its 2.5 million euro
# fund", "their €40m"): the money is the sentence's subject's (:func:`donor`).
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:(?:about|around|some|nearly|roughly|own)\s+)?$", re.I)


# A passive's agent named after its verb: "by" and a capitalised name ("by Northwave Water").
_AGENT = re.compile(rf"\s+by\s+(?:the\s+)?(?P<who>{CAP}[\w’'-]*(?:[ \t]+{CAP}[\w’'-]*){{0,3}})")


# Money given written after it in the passive or as a gift's noun ("the €5 million pledged by the
# government", "€3 million had been pledged", "the €2 million pledge from the council"): the
# participles and nouns of :data:`MONEY_ROLES`' giving ("pledged"), then a named agent if any.
_GIVEN_PARTICIPLES = sorted(
    {w for w, role in MONEY_ROLES.items() if role == "pledged" and (w.endswith("ed") or w == "lent")} | {"given"},
    key=len,
    reverse=True,
)
_GIFT_NOUNS = ("pledge", "pledges", "donation", "donations", "contribution", "loan", "grant", "gift")
_WHO_WORDS = r"(?P<who>(?:the\s+)?[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,3})"
_GIVEN_AFTER = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|been|being|be|already|now|also|just))*"
    rf"\s+(?:{'|'.join(_GIVEN_PARTICIPLES)})\b(?:\s+by\s+{_WHO_WORDS})?"
    rf"|\s+(?:{'|'.join(_GIFT_NOUNS)})\s+(?:from|by)\s+{_WHO_WORDS.replace('who', 'giver')}",
    re.I,
)


def _given_by(text: str, fig: Figure, sent: tuple[int, int], start: int) -> str | None:
    """The payer of money its own words after it say was given, the passive's agent or the gift's
    giver ("the €5 million pledged by the government", "the €2 million pledge from the council":
    :data:`_GIVEN_AFTER`): :data:`GOVERNMENT` (or the country) for a government's word, a body's
    name as :func:`owner` gives it, a common noun as written ("the council"). "" when the passive
    names no agent and its clause before the figure (from ``start``) has no verb of giving ("Harbour
    boss Kristian Vold said €3 million had been pledged", "X welcomed the €5 million pledged"): the
    sentence's subject reports or welcomes the money, never gives it (review s49-rv2 #2). None when
    no such words follow: the clause before the figure tells."""
    m = _GIVEN_AFTER.match(text, fig.end, sent[1])
    if m is None:
        return None
    group = "who" if m.group("who") is not None else "giver"
    if m.group(group) is None:
        clause = [w.lower() for w in WORD.findall(text, start, fig.start)]
        if any(MONEY_ROLES.get(w) == "pledged" or w in GIVING_BEFORE for w in clause):
            return None  # "Acme has pledged €5 million, donated to …": the subject gives it
        return ""
    who = _demander_words(m.group(group))
    if not who:
        return ""
    if any(bare_word(w.lower()) in _GOVERNMENT_WORDS for w in who.split()):
        return _nation_in(text, m.start(group), m.end(group)) or GOVERNMENT
    return nation_named(who) or body_named(who) or who


# Who offers money in a relative clause after it ("the €120 the company has offered", "the £150 that
# the council offered"): the offerer, as :data:`_DEMANDER_AFTER`'s last pattern names a demander.
_OFFERER_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?P<who>(?:[Tt]he\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)"
    r"\s+(?:(?:had|have|has|is|was|are|were)\s+)?(?:offered|offering|tabled|proposed)\b"
)


def donor(text: str, fig: Figure, sent: tuple[int, int], prev_end: int | None = None) -> str:
    """The owner of money pledged (see :data:`_GOVERNMENT_WORDS`): :data:`GOVERNMENT` when its
    clause before it names a government's word, else :func:`owner`'s name (``prev_end``: as
    :func:`owner`'s)."""
    offerer = _OFFERER_AFTER.match(text, fig.end, sent[1])
    if offerer is not None and (who := _demander_words(offerer.group("who"))):
        # "rather than the €120 the company has offered": the relative clause's subject offered it,
        # never a name earlier in the sentence (t13ay N3, round s53-f3)
        return who
    aside = SET_ASIDE_AFTER.match(text, fig.end, sent[1])
    agent = _AGENT.match(text, aside.end(), sent[1]) if aside is not None else None
    if agent is not None:
        # "A further £900m has been set aside by Northwave Water": the passive's named agent set it
        # aside (an owner-less sum joins no owner's purpose, review s47-rv finding 8)
        return agent.group("who")
    start, joined = sent[0], -1
    for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
        start = cut.end()
        joined = cut.start() if _JOINED_PREDICATE.match(text, cut.start(), fig.start) else -1
    start = own_clause_start(text, start, fig.start, prev_end)
    given = _given_by(text, fig, sent, start)
    if given is not None:
        return given
    if joined >= 0:
        # "Geotekna will pay €2,000 …, and has set aside €1 million for a relief fund": a second
        # predicate of the sentence's subject, whose payer is the first clause's, never another
        # payer's row (t13ae P1, round s37-z1: the €1 million joined the government's row)
        payer = donor(text, replace(fig, start=joined, end=joined), sent, prev_end)
        if payer:
            return payer
    its = _ITS_BEFORE.search(text, max(sent[0], fig.start - 24), fig.start)
    if its is not None and text[sent[0] : its.start()].strip():
        # "… to the Brevik fishing cooperative on top of its 2.5 million euro clean-up fund": "its"
        # is the sentence's subject's, never a name in the clause before it (t13am N3: "money for
        # clean-up fund (Brevik)"); no owner when the subject is no name
        subject = _subject_name(text, sent[0], its.start(), True, opening_only=True)
        return (nation_named(subject) or body_named(subject) or subject) if subject else ""
    reported = _reported_payer(text, fig, sent, start)
    if reported is not None:
        return reported
    second = _SECOND_VERB.search(text, start, fig.start)
    if second is not None and MONEY_ROLES.get(second.group("verb")) == "pledged":
        # "The Department has distributed 35,000 doses of MMR vaccine to clinics and released USD
        # 4.5 million": a second verb of the sentence's subject, never a name in the first verb's
        # object ("MMR", t13ak N4: "money raised (MMR)")
        subject = _subject_name(text, start, second.start(), start == sent[0], opening_only=True)
        if subject:
            if any(bare_word(w.lower()) in _GOVERNMENT_WORDS for w in subject.split()):
                return GOVERNMENT
            return nation_named(subject) or body_named(subject) or subject
    if any(bare_word(w.lower()) in _GOVERNMENT_WORDS for w in WORD.findall(text, start, fig.start)):
        # "the Hungarian government pledged", "Hungary's government": the country's, one owner
        # with "Hungary pledged" and "Budapest pledged"; a government its clause names no country of
        # is the coarse donor, the government
        return _nation_in(text, start, fig.start) or _level_government(text, start, fig.start) or GOVERNMENT
    clause = [w.lower() for w in WORD.findall(text, start, fig.start)]
    gets = next((k for k, w in enumerate(clause) if w in RECEIVING), None)
    if gets is not None and SUM_NOUNS & set(clause[:gets]):
        # "The guarantee fund will receive a credit line of 2.5 billion euros": a fund its subject
        # is what the money is for (money_purpose), never its payer (t13al N7: a row "money pledged
        # (the guarantee)"); a government named in the clause pays ("The minister said Kellby would
        # receive"), and a place that receives stays its owner ("The country will receive …")
        return ""
    held = _POSSESSED_MONEY.match(text, start)
    if held is not None and MONEY_ROLES.get(held.group("noun").lower()) == "pledged":
        # "Westmarch Rail's fund for the families … is worth $2.5 million": the fund's owner, never
        # a place named in its phrase ("Harnwick", t13ab L15)
        return held.group("name")
    found = owner(text, fig, sent, prev_end) or _common_subject(text, start, fig.start)
    if found.lower() in _COUNTRY_NOUNS:
        # "The country will receive 5 million pa'anga": the country the article named last before
        # it, else no owner a reader can use (review s43-rv finding 16: "money pledged (the
        # country)" beside "money pledged (Tonga)" for one sum)
        return _nation_in(text, max(0, fig.start - _COUNTRY_LOOK_BACK), start)
    if " " not in found and found.endswith("s") and text[sent[0] : fig.start].lstrip().startswith(found + " "):
        return ""  # "Donors pledged $6 million", "Insurers promised": a group of no name, no owner
    if _group_noun(found):
        return ""  # "Rescuers", "Residents": people who give no money as a body (t13ae P4)
    return found


# The tier of government a word before "government" names ("The state government pledged ₦2
# billion", "the county government"): two tiers are two donors, each row labelled by its own
# ("money pledged (the state government)"), never the coarse donor with a tier's word after a
# colon ("money pledged (the government): state", t13ahr S6).
_TIERS = frozenset("state county provincial regional federal municipal city local district prefectural".split())
_TIER_GOVERNMENT = re.compile(r"\b(?P<tier>[a-z]+)\s+government\b")
# A tier's own unit named as the payer ("Governor Cataquiz tells reporters the province will release
# ₱5 million", "the county will spend $2 million"): that unit is the payer, "money pledged (the
# province)", never the coarse donor a national department's sum is filed under, its words shared
# by no other payer's (t13an N2: the province's ₱5 million and the Department of Social Welfare's
# ₱1.5 million were one row, "money pledged (the government) DISAGREE"). The units are the
# subnational divisions of public administration; "the state" and "the city" stay out: "the state"
# is as often the nation, "the city" a place.
_TIER_UNITS = frozenset("province county region prefecture district municipality canton borough".split())
_TIER_UNIT = re.compile(rf"\b[Tt]he\s+(?P<unit>{'|'.join(sorted(_TIER_UNITS))})\s+(?!of\b)")


def _level_government(text: str, start: int, end: int) -> str:
    """ "the <tier> government" when the clause ``text[start:end]`` names a government by its tier
    (:data:`_TIERS`), or "the <unit>" for a tier's unit as a subject ("the province will release",
    :data:`_TIER_UNITS`), the one nearest ``end``; else ""."""
    found, at = "", -1
    for m in _TIER_GOVERNMENT.finditer(text, start, end):
        if m.group("tier") in _TIERS:
            found, at = f"the {m.group('tier')} government", m.start()
    unit = _tier_unit(text, max(start, at), end)
    return unit or found


def _tier_unit(text: str, start: int, end: int) -> str:
    """ "the <unit>" for the last tier's unit (:data:`_TIER_UNITS`) named in ``text[start:end]``
    as a subject ("the province will release"); else ""."""
    found = ""
    for u in _TIER_UNIT.finditer(text, start, end):
        after = WORD.findall(text, u.end(), end)[:1]
        if not after or (after[0].lower() not in _SUBJECT_VERBS and after[0].lower() not in MONEY_ROLES):
            # "declared a state of emergency for the county and announced $40 million", "visited
            # the province and pledged": a unit no verb follows is no subject, so no payer (t13ap
            # N3: "money pledged (the county)" beside the governor's "(the government)", one sum)
            continue
        found = f"the {u.group('unit')}"
    return found


def _group_noun(name: str) -> bool:
    """Whether ``name`` (a payer as :func:`_subject_name` gives it) is a plural noun for people of no
    body ("Rescuers", "Residents", "Villagers": :func:`~waic_reader.index.analysis.entities.lexicons.people_plural`),
    never a body that can pay: an organisation, a government or a named person (t13ae P4, round
    s37-z2: "Rescuers have worked for 30 hours" made the next sentence's "the company would pay
    €2,000 per family" the rescuers' pledge)."""
    from waic_reader.index.analysis.entities.lexicons import people_plural

    words = name.split()
    if len(words) != 1:
        return False
    word = bare_word(words[0]).lower()
    # ("officials": of no body named, people_plural reads no job noun in it)
    return people_plural(word) or word == "officials"


def payer_named(phrase: str) -> str:
    """The payer a noun phrase names as :func:`donor` names it ("the state fund", "the ministry's
    hardship fund" → :data:`GOVERNMENT`; "crowdfunding appeal" itself): read for the payer "from"
    names after money received (extract._payer_from, round s36-y2)."""
    if any(bare_word(w.lower()) in _GOVERNMENT_WORDS for w in WORD.findall(phrase)):
        return GOVERNMENT
    return phrase


def _reported_payer(text: str, fig: Figure, sent: tuple[int, int], start: int) -> str | None:
    """The payer of money a speaker reports, by the subject of the reported clause (after the last
    word of speech before the figure in its clause from ``start``, :data:`_SPEECH`): a government's
    word there is :data:`GOVERNMENT`'s (or a country's), "the company" or "the firm" the firm named
    in the speaker's words ("Norvane's chief executive said the company would pay", "Jonas Berg of
    Larkfield Foods said the firm would donate") or before
    (:func:`_firm_referred`: "Governor Ana Ruiz said the company would pay €3m" is the company's,
    never the governor's), a name its own ("The minister said Larkfield Foods would donate £1m").
    None when no speech is reported or its clause names no payer ("The minister said it would"):
    the clause as a whole tells (:func:`donor`). t13x F14."""
    said = None
    for w in WORD.finditer(text, start, fig.start):
        if w.group().lower() in _SPEECH and w.group().lower() != "that":
            said = w
    if said is None:
        return None
    words = [bare_word(w.lower()) for w in WORD.findall(text, said.end(), fig.start)]
    unit = _tier_unit(text, said.end(), fig.start)
    if unit:
        return unit  # "… tells reporters the province will release ₱5 million" (t13an N2)
    if any(w in _GOVERNMENT_WORDS for w in words):
        return _nation_in(text, said.end(), fig.start) or GOVERNMENT
    if any((w in _REFERENCES and w != "it") or w.endswith("maker") for w in words):
        speaker = _subject_name(text, start, said.start(), start == sent[0])
        if speaker and not _no_firm(speaker, text):
            return speaker  # "Norvane's chief executive … said the company would pay"
        # the firm the speaker's own phrase names ("Speaking in Kellby, Jonas Berg of Larkfield
        # Foods said the firm would donate £1 million": the sentence opens with no subject, and
        # only the sentences before were searched; review s34-r item 9), else one named before
        return _firm_named_before(text, said.start(), start) or _firm_referred(text, sent[0])
    if any(w in RECEIVING for w in words):
        return None  # "The minister said Kellby would receive €5m": whom it is given to, no payer
    found = _subject_name(text, said.end(), fig.start, False)
    if found and not _no_firm(found, text):
        return found
    return None


_COMMON_SUBJECT_WORDS = 2  # "the union", "the miners' union": the nouns of a subject without a name


def _name_written_before(text: str, end: int) -> bool:
    """Whether the article ``text`` writes a name before ``end`` (at most :data:`_FIRM_LOOK_BACK`
    characters back, its first line, the title, aside) that may be the firm "the rail company"
    refers to: a capitalised word that is no day or month, no function word, no word the article
    writes in lower case, not in a dateline ("LINDMARK, July 14, 2026 (Nordline) -") and no
    person's or public body's (:func:`_no_firm`); a sentence's first word only as the subject of
    the verb after it ("Nordrail apologised"), never a group of people ("Residents said"). A
    place's name counts (which firm is meant is not known, so none is taken)."""
    from waic_reader.index.analysis.entities.lexicons import people_plural

    lo = max(0, end - _FIRM_LOOK_BACK)
    if lo == 0:
        lo = text.find("\n") + 1  # (the title's words are a headline's capitals)
    skip = [(d.start, d.end) for d in dateline.matches(text, lo, end)]
    starts = {lo, *(m.end() for m in _SENTENCE_START.finditer(text, lo, end)), *(e for _, e in skip)}
    toks = list(_NAME_TOKEN.finditer(text, lo, end))
    for k, tok in enumerate(toks):
        word = bare_word(tok.group().rstrip(".,"))
        if not word[:1].isupper() or word.isupper() or any(a <= tok.start() < b for a, b in skip):
            continue
        folded = word.lower()
        if folded in STOP_WORDS or folded in WEEKDAYS or folded in MONTH_NUMBERS or people_plural(folded):
            continue
        if re.search(rf"(?<![\w’'@./-]){re.escape(folded)}(?![\w’'@/-])", text):
            continue  # a word the article writes in lower case is no name
        if tok.start() in starts:
            nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
            if not (nxt.islower() and (nxt in _SUBJECT_VERBS or is_participle(nxt))):
                continue  # "Union leaders said": a capital of the sentence, no name
        if not _no_firm(word, text):
            return True
    return False


# A country's generic nouns as a subject ("the country", "the nation"): the country named before.
_COUNTRY_NOUNS = frozenset({"the country", "the nation", "the kingdom", "the republic", "the island nation"})
_COUNTRY_LOOK_BACK = 3000  # characters back to the country named (a bounded window: linear work)


def _common_subject(text: str, start: int, end: int) -> str:
    """The subject without a name that opens the clause ``text[start:end]`` before an amount given,
    "the" and one or two lower-case nouns, then its verb (:data:`_SUBJECT_VERBS`, an adverb, a
    participle or a verb of giving: "The union has pledged €200,000", "the charity donated"), as
    written in lower case ("the union"); "" when the clause opens otherwise, or its noun refers to a
    firm named before (:data:`_REFERENCES`: :func:`_firm_referred` reads those). t13y G1: the
    union's €200,000 had no payer and was filed in one row with the government's €3 million."""
    words = WORD.findall(text, start, end)
    if len(words) < 3 or words[0].lower() != "the":
        return ""
    for n in range(1, _COMMON_SUBJECT_WORDS + 1):
        nouns, verb = words[1 : 1 + n], (words[1 + n].lower() if len(words) > 1 + n else "")
        # (a firm's word after a word saying which firm, "the rail company", "the bus firm", is
        # its own subject only when the article names no one before it who may be that firm:
        # s35-fb left undone, round s36-d; "Nordrail apologised on Monday. The rail company
        # pledged €2 million" is Nordrail's, which :func:`owner` does not read after a dateline or
        # from an object, "a line run by Nordrail": review s36-rv D9, round s36-c2)
        if not all(
            w.islower()
            and w not in STOP_WORDS
            and (w not in _REFERENCES or (k == n - 1 and n > 1 and not _name_written_before(text, start)))
            for k, w in enumerate(nouns)
        ):
            return ""
        if (
            verb in _SUBJECT_VERBS
            or verb in VERB_ADVERBS
            or verb in MONEY_ROLES
            or verb == OFFERING  # "The rail company is offering €800"
            or verb in GIVING_BEFORE
            or verb in ASKED_FOR  # "the union asked for $500,000"
        ):
            return " ".join(["the", *nouns[:-1], bare_word(nouns[-1])])  # "The council's aid is"
    return ""


# Who demands money after it: a passive's agent ("the €4.1m ransom demanded by the hackers") or the
# subject of a clause that wants it ("the £3.6m the hackers want", "the $2m that the gang asked for").
_DEMANDER_AFTER = (
    re.compile(
        r"\s+(?:(?:ransom|compensation|payout|settlement|damages|payment|sum)\s+)?"
        r"(?:demanded|sought|wanted|requested|claimed)\s+by\s+"
        r"(?P<who>(?:(?:the|a|an)\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2})",
        re.I,
    ),
    re.compile(
        # "a €20 million claim from the families", "a $2m demand by the union"
        r"\s+(?:compensation\s+)?(?:claim|demand)\s+(?:from|by)\s+"
        r"(?P<who>(?:(?:the|a|an)\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2})",
        re.I,
    ),
    re.compile(
        r"\s+(?:(?:that|which)\s+)?(?!(?:compensation|payout|settlement|damages|payment|sum)\b)"
        r"(?P<who>(?:[Tt]he\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?)"
        r"\s+(?:(?:had|have|has|had)\s+)?(?:want|wants|wanted|demand|demands|demanded|sought|seek|seeks|asked\s+for)\b"
    ),
)
# Whoever demands a ransom is called by many words ("the hackers", "the gang", "the attackers", "the
# kidnappers"): one coarse demander, as a government's words are one donor.
ATTACKERS = "the attackers"
_ATTACKER_WORDS = frozenset(
    """hacker hackers gang gangs attacker attackers kidnapper kidnappers captor captors abductor abductors
    criminal criminals cybercriminal cybercriminals extortionist extortionists blackmailer blackmailers
    pirate pirates""".split()
)


def demander(text: str, fig: Figure, sent: tuple[int, int], prev_end: int | None = None) -> str:
    """The owner of money demanded (:data:`DEMANDED_MEASURES`): who demands it, the agent or the
    subject of the words after it (:data:`_DEMANDER_AFTER`: "the ransom demanded by the hackers",
    "the £3.6m the hackers want"), else its clause's subject as money given has its payer
    (:func:`donor`: "The hackers demanded", "the union asked for", "GreyLantern wants"); a word of
    attackers (:data:`_ATTACKER_WORDS`) is :data:`ATTACKERS`, a name kept as written; "" when
    none is named."""
    found = ""
    for pattern in _DEMANDER_AFTER:
        m = pattern.match(text, fig.end, sent[1])
        if m is not None and (found := _demander_words(m.group("who"))):
            break
    if not found:
        tokens = list(WORD.finditer(text, sent[0], fig.start))
        verb = payment_demanded([m.group().lower() for m in tokens])
        if verb is not None:
            # "The authority demanded that Halvard Grid pay €150": the demanding verb's subject,
            # never the payer named before the bare "pay" (t13ay N3, round s53-f3)
            at = tokens[verb].start()
            found = donor(text, replace(fig, start=at, end=at), sent, prev_end)
    if not found:
        start = sent[0]
        for cut in _OWNER_CLAUSE.finditer(text, sent[0], fig.start):
            start = cut.end()
        opening = [
            w.lower() for w in WORD.findall(text, own_clause_start(text, start, fig.start, prev_end), fig.start)[:2]
        ]
        if opening[:1] == ["the"]:
            opening = opening[1:]
        # ("Hackers demanded …": a sentence's plural opening it names no one to donor)
        found = ATTACKERS if opening[:1] and opening[0] in _ATTACKER_WORDS else donor(text, fig, sent, prev_end)
    words = found.split()
    if words and bare_word(words[-1]).lower() in _ATTACKER_WORDS:
        return ATTACKERS
    return found


# Who acts for another in a claim: "the families' lawyers", "the union's representatives" demand for
# the possessor, the demander (t13aa K5: "the €20 million compensation demanded by the families'
# lawyers" was a row "money demanded (the compensation)" apart from "The families are demanding €20m").
_AGENTS = frozenset(
    """lawyer lawyers attorney attorneys solicitor solicitors counsel representative representatives
    negotiator negotiators spokesman spokeswoman spokesperson advocate advocates""".split()
)
_POSSESSOR = re.compile(r"^(?P<who>[^\W\d_][\w-]*?)(?:['’]s|(?<=s)['’])$")


def _demander_words(who: str) -> str:
    """The demander a phrase after an amount names: "the hackers", a name as written
    ("GreyLantern"), the possessor of an agent acting for it ("the families' lawyers": the families,
    :data:`_AGENTS`), "" for a word that is no one ("it", a pronoun, a stop word)."""
    words = who.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    for k, w in enumerate(words[:-1]):
        m = _POSSESSOR.match(w)
        if m is not None and words[k + 1].lower() in _AGENTS:
            words = [*words[:k], m.group("who")]
            break
    for k, w in enumerate(words):
        if w.lower() in STOP_WORDS:
            words = words[:k]  # "by the hackers from the hospital": the agent ends at its preposition
            break
    if not words:
        return ""
    if words[0][:1].isupper():
        return " ".join(words)
    return " ".join(["the", *words[:-1], bare_word(words[-1])])


def _money_word(word: str) -> bool:
    """Whether a capitalised word alone is money's, no name: the measure's own noun opening its
    sentence ("Sales reached €410 million", "Turnover rose": :data:`MONEY_ROLES`; a row "revenue
    (Sales)" apart from the firm's, t13w F2), or the currency of an amount before ("reported Rs
    16,189 crore in sales and raised ₹3 lakh", "EUR 5 million … and raised EUR 2 million":
    :data:`~waic_reader.index.analysis.figures.CURRENCY_SIGNS`, ``CURRENCY_CODES``; "revenue (Rs)",
    t13w F5)."""
    return word.lower() in MONEY_ROLES or word.lower() in CURRENCY_SIGNS or word.upper() in CURRENCY_CODES


# A capitalised compound adjective ("Lisbon-based", "state-owned", "Paris-listed"): no subject's name.
_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|owned|run|led|backed|listed|registered|headquartered)$", re.I)


def _role_word(word: str) -> bool:
    """Whether ``word`` (lower case as written) names a person's role before their name: a job word
    (:func:`~waic_reader.index.analysis.entities.lexicons.job_word`: "chief executive", "chairman")
    or a title the one title lexicon holds, a tabloid's too ("boss", "tycoon": ``title_kind``)."""
    from waic_reader.index.analysis.entities.lexicons import job_word

    return job_word(word) or title_kind(word[:1].upper() + word[1:]) is not None


def _after_role(text: str, toks: Sequence[re.Match[str]], j: int) -> bool:
    """Whether the run of capitalised words opening at ``toks[j]`` follows a role: a role word right
    before it ("chief executive Torvald Ødegaard", "boss Ada Berg", also across an appositive's
    comma, "AlpenRail's chief executive, Torvald Ødegaard,"), or "head of <name>," before its comma
    ("The head of AlpenRail, Torvald Ødegaard, said")."""
    if j == 0:
        return False
    before = toks[j - 1].group()
    between = text[toks[j - 1].end() : toks[j].start()].strip()
    if between not in ("", ","):
        return False
    if before.islower() and _role_word(before):
        return True
    if between != ",":
        return False
    # "The head of AlpenRail, Torvald Ødegaard": a role "of" a name, then the person's name
    k = j - 1
    while k > 0 and toks[k].group()[:1].isupper():
        k -= 1
    role = toks[k - 1].group().lower() if k > 0 else ""
    return k < j - 1 and toks[k].group().lower() == "of" and (role == "head" or _role_word(role))


def _subject_name(text: str, start: int, end: int, sentence_start: bool, opening_only: bool = False) -> str:
    """The nearest name in ``text[start:end]`` (scanned from its end) that can be a clause's
    subject (see :func:`owner`), as written; with ``opening_only`` only one opening the stretch
    (a sentence's subject). ``sentence_start``: the stretch opens a sentence, whose first capital
    may be no name ("Union leaders said", "The Hallerud plant")."""
    from waic_reader.index.analysis.entities.given_names import given_names
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, people_plural

    toks = list(_NAME_TOKEN.finditer(text, start, end))
    first_of_sentence = toks[0].start() if toks and sentence_start else -1
    i = len(toks) - 1
    while i >= 0:
        if not toks[i].group()[:1].isupper():
            i -= 1
            continue
        # the run of capitalised words (and name links between them) ending here
        j = i
        while j > 0 and (
            toks[j - 1].group()[:1].isupper()
            or (toks[j - 1].group().lower() in _NAME_LINKS and j > 1 and toks[j - 2].group()[:1].isupper())
        ):
            if text[toks[j - 1].end() : toks[j].start()].strip():
                break  # punctuation between: two names ("Pécs, Mohács")
            j -= 1
        words = [t.group() for t in toks[j : i + 1]]
        before = toks[j - 1].group().lower() if j > 0 else ""
        i = j - 1
        if before in _NOT_SUBJECT_BEFORE or (opening_only and j > 0):
            continue
        if toks[j].start() == first_of_sentence:
            if words[0].lower() in COMMON_WORDS or words[0].lower() in STOP_WORDS:
                words = words[1:]  # "The Hallerud plant": the article is no part of a name
            elif len(words) == 1 and not words[0].endswith(("'s", "’s")):  # "Acme's revenue": a name's
                nxt = toks[j + 1].group().lower() if j + 1 < len(toks) else ""
                # "Dunaferr employs 1,200": the word after it is the verb right before the figure
                # (not a sum's noun: "Emergency fund: 2.5 million dollars", a table's cell "Relief
                # package", the capital a sentence's, the word the fund's kind, no payer: t13ah N3)
                verb = j + 2 == len(toks) and not opening_only and nxt not in SUM_NOUNS
                # "Hidroandina, the operator, said it had set aside": its appositive, then its verb
                appositive = APPOSITIVE.match(text[toks[j].start() : end])
                if appositive:
                    nxt = (WORD.findall(text, toks[j].start() + appositive.end(), end)[:1] or [""])[0].lower()
                elif nxt in VERB_ADVERBS and j + 2 < len(toks):
                    nxt = toks[j + 2].group().lower()  # "Lima also pledged": the verb after its adverb
                # "Geotekna chief executive Paolo Ruggeri said": a job after it is its person's, who
                # speaks for it (t13ae P4, round s37-z2: the firm was passed over for the subject of
                # the sentence before, "Rescuers")
                follow = toks[j + 1].group() if j + 1 < len(toks) else ""
                job = follow.islower() and _role_word(follow) and not people_plural(words[0].lower())
                if not (verb or job or nxt in _SUBJECT_VERBS or is_participle(nxt) or nxt in JOB_CUT_VERBS):
                    continue  # "Union leaders said": a capital of the sentence, no name
        words = [bare_word(w.rstrip(".")) for w in words]
        if not words or all(w.lower() in WEEKDAYS or w.lower() in MONTH_NUMBERS for w in words):
            continue
        if _COMPOUND_ADJECTIVE.search(words[-1]):
            continue  # "Aerovia, the Lisbon-based carrier, owed": an adjective, no name (t13al-r N2/a)
        if (
            len(words) > 1
            and words[-1].rstrip(".") not in LEGAL_FORMS
            and (words[0] in given_names() or _after_role(text, toks, j))
        ):
            # "Jane Roe said the firm would cut": who speaks for it; a name ending in a legal form
            # is a firm's, whatever its first word ("Sierra Crest Power Co.", t13ap N3). A name a
            # role opens ("AlpenRail chief executive Torvald Ødegaard announced", "AlpenRail's
            # chief executive, Torvald Ødegaard, promised", "The head of AlpenRail, Torvald
            # Ødegaard,") is a person's whatever the given-name list holds: who speaks for the
            # body named with the role (t13aq N3: "money pledged (Torvald Ødegaard)" beside
            # "money pledged (AlpenRail)", one fund)
            continue
        if len(words) == 1 and (words[0].lower() in STOP_WORDS or _money_word(words[0])):
            continue
        # (a web or mail address is no prose: "press@sorvena.example" writes no word "sorvena")
        if len(words) == 1 and re.search(rf"(?<![\w’'@./-]){re.escape(words[0].lower())}(?![\w’'@/-]|\.\w)", text):
            continue  # "Management will cut": a word the article writes in lower case is no name
        return " ".join(words)
    return ""
