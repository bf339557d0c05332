"""What money given is for and to whom (:func:`money_purpose`, :func:`money_recipient`), and the
size of a whole industry (:func:`valued_whole`: "the $47 billion garment sector"). Read by
:mod:`.money_roles` for money pledged. Split out of measures.py (round s43-k, no rule changed);
each rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.people_counts import (
    ASIDE,
)
from waic_reader.index.analysis.facts.words import (
    AUXILIARIES,
    PER_RECIPIENT,
    RECEIVING,
    WHOLE_NOUNS,
    WORD,
    is_participle,
    people_kind,
    sets_aside,
    singular_of,
    whole_noun,
)
from waic_reader.index.analysis.figures import (
    TIME_UNITS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    STOP_WORDS,
)

# An industry's size, by money before its noun or "worth" after it (:func:`valued_whole`).
VALUE_OF = "value|"
# The nouns of a whole trade, keyed as :func:`~.words.whole_noun` keys them ("sector" and "industry"
# are one): "the region's €3.4 billion wine trade" and "the wine trade is worth €3.4 billion
# annually" (t13ag-r N6); an economy or a country is no trade.
_WHOLES_VALUED = {w: whole_noun(w) for w in WHOLE_NOUNS if whole_noun(w) in ("industry", "trade")}
# (a phrase after the noun, "industry in a decade", "industry in Bali", is no other whole: only "of"
# names one, "the sector of the economy")
_WHOLE_AFTER = re.compile(rf"\s+(?P<mod>[a-z-]+\s+)?(?P<whole>{'|'.join(sorted(_WHOLES_VALUED))})\b(?!\s+of\b)")
# The verbs between a whole and "worth": "is worth", "was now worth", "has been worth".
_WORTH_COPULAS = frozenset("is was are were be been has have had remains remained now still already".split())
_WORTH_BEFORE = re.compile(r"\bworth\s+(?:(?:about|around|some|nearly|roughly|an\s+estimated|more\s+than)\s+)?$", re.I)


def valued_whole(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The industry whose size an amount is, with the word that names it ("sector" and "industry"
    are one: "$47 billion garment sector" and "the garment industry, worth $47 billion a year" are
    "garment industry"; "textile industry" another), else ""."""
    after = _WHOLE_AFTER.match(text, fig.end, sent[1])
    if after is not None:
        mod = (after.group("mod") or "").strip()
        whole = _WHOLES_VALUED[after.group("whole")]
        return f"{mod} {whole}" if mod and mod not in STOP_WORDS else whole
    worth = _WORTH_BEFORE.search(text, sent[0], fig.start)
    if worth is None:
        return ""
    subject = ASIDE.sub(" ", text[sent[0] : worth.start()]).rstrip(" ,")
    words = [w.lower() for w in WORD.findall(subject)]
    while words and words[-1] in _WORTH_COPULAS:
        words.pop()  # "the tourism industry is worth $12 billion a year" (t13ag-r N6: a row apart)
    if not words or words[-1] not in _WHOLES_VALUED:
        return ""
    whole = _WHOLES_VALUED[words[-1]]
    mod = words[-2] if len(words) > 1 and words[-2] not in STOP_WORDS and not words[-2].endswith(("'s", "’s")) else ""
    return f"{mod} {whole}" if mod else whole


# What money given is for: a purpose phrase after the amount, "for X", "towards X", "to a X fund",
# "in X aid", "$2bn X package", or a money noun's modifier before it, "a X fund of $5m" (:func:`money_purpose`).
# The words that close such a phrase, or say only that it is money or work (never its purpose alone):
_MONEY_NOUNS = frozenset(
    """fund funds package packages aid grant grants budget money programme programmes program programs
    scheme appeal effort efforts loan loans assistance support funding work works needs campaign drive""".split()
)
# A cost's words say what it is for only inside a "for" phrase ("for funeral costs", "towards the cost
# of"): "a €14 million repair bill" is the repair's cost (:func:`~.roles.cost_thing`), no money given.
_GENERIC = _MONEY_NOUNS | frozenset("cost costs expense expenses bill bills".split())
# Relief, the purpose money pledged is for unless said otherwise: its measure stays *money pledged*
# (people it is given to, "for families of the victims", are whom, no purpose of its own either).
_RELIEF = frozenset(
    """relief emergency emergencies humanitarian aid assistance support help disaster crisis victim
    family household community communities affected response""".split()
)
# The levels and kinds of government that give money, as a modifier of money's noun ("state aid",
# "federal funds", "government grants", "public money"): who gives it, no purpose (the tiers of
# government of the OECD's subnational government classification, and foreign and public money).
_GIVERS = frozenset(
    "state federal government governmental national provincial regional municipal foreign public".split()
)
# One purpose by any of its words: "for rebuilding", "for reconstruction", "in reconstruction aid".
_PURPOSE_WORDS = {"rebuilding": "reconstruction", "rebuild": "reconstruction", "reconstruction": "reconstruction"}
_PURPOSE_PREPOSITION = re.compile(r"\s+(?:(?P<prep>for|towards|toward|to|in|on)\s+)?", re.I)
# A verb of spending before an amount given in its clause: its "on X" phrase says what the money is
# for ("has allocated €50 million … and will spend €20 million on rebuilding the harbour", t13ac
# M4); "on" after other money ("pledged $5m on Friday", "on behalf of", "on top of") names no purpose
SPEND_BEFORE = re.compile(r"\b(?:spend|spends|spending|to\s+be\s+spent|be\s+spent)\s+(?:\S+\s+){0,3}$", re.I)
_PURPOSE_CONNECTORS = frozenset("of worth totalling totaling".split())
# Verbs of paying for a purpose after "to" ("pledged EUR 2.5 million to support the clean-up"): the
# phrase after the verb says what the money is for (t13am N3: a row "money pledged" beside
# "money for clean-up"); "to" and a noun of work ("to the clean-up", "to the rebuilding") name the
# work, as "for" does, while "to the town", "to families" name whom it is given to.
_PAYING_FOR = frozenset("support fund finance pay cover help assist back".split())
_WORK_NOUN = re.compile(r"[a-z]-(?:up|out)$|[a-z]{3}(?:ing|tion)$")
# A loan's modifier names its kind, no purpose ("a bridge loan of $300 million", "an emergency loan
# of 10 billion yen"): one row with "would lend $300 million" (t13al-r N2/a: "money for bridge loan")
_LOANS = frozenset("loan loans".split())
_PURPOSE_MAX_WORDS = 4


def _beneficiary(word: str, determined: bool) -> bool:
    """Whether a purpose phrase's lower-case noun names whom money is given to, no purpose: a
    place's noun ("town", "village", "area": ``PLACE_OF``, ``PLACE_KIND_AFTER``), or a body's kind
    word ("school", "hospital", "church": :func:`~waic_reader.index.analysis.entities.lexicons.kind_of_word`)
    that a determiner makes one body ("for the school"). A mass or plural noun phrase with no
    determiner is what money pays for, whatever kind word it shares with names ("towards temporary
    housing", "for new homes", "towards cancer research"; a hand list of such words kept "Clarion
    Housing" from ever being a body: review s41-rv finding 13)."""
    from waic_reader.index.analysis.entities.lexicons import PLACE_KIND_AFTER, PLACE_OF, kind_of_word

    if word in _PLACES or word in PLACE_OF or word in PLACE_KIND_AFTER:
        return True
    return determined and singular_of(word) == word and kind_of_word(word.capitalize()) is not None


# A named recipient after the amount: "to Clarion Housing", "for Anglian Water's flood scheme",
# "towards the Red Cross appeal": a name of at least two capitalised words (one may be a place's
# or a month's), its possessive left out.
_NAMED_RECIPIENT = re.compile(
    r"\s+(?:to|for|towards|toward)\s+(?:the\s+)?(?P<name>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*)+)(?:[’']s\b)?"
)


# A body named by a name and its kind's noun after it: "to the Brevik fishing cooperative", "for
# the Kessby rowing club" (the last word a body's kind: ``kind_of_word`` an organisation).
_NAMED_BODY = re.compile(r"\s+(?:to|for|towards|toward)\s+the\s+(?P<name>[A-Z][\w&-]*(?:\s+[a-z][\w-]*){1,2})\b")


def money_recipient(text: str, end: int, limit: int) -> str:
    """The name of whom money ending at ``end`` is given to, by the phrase right after it
    (:data:`_NAMED_RECIPIENT`: "gave £50,000 to Clarion Housing" → "Clarion Housing";
    :data:`_NAMED_BODY`: "to the Brevik fishing cooperative"), "" when none is named. One donor's
    gifts to two recipients are two sums, never one in disagreement (review s41-rv finding 13;
    t13am N3: €150,000 to a cooperative "on top of" a €2.5m clean-up fund)."""
    from waic_reader.index.analysis.entities.lexicons import kind_of_word

    m = _NAMED_RECIPIENT.match(text, end, limit)
    if m is not None:
        return m.group("name")
    m = _NAMED_BODY.match(text, end, limit)
    if m is not None and kind_of_word(m.group("name").split()[-1].capitalize()) == "ORG":
        return m.group("name")
    return ""


_MODALS = frozenset("will would shall should may might can could must also now".split())
_PLACES = frozenset("area areas country countries community communities".split())


# Aid given in kind, the goods an amount is spent on written after it with "in" ("had sent ₱2
# million in medicines", "released ₱1.5 million in food packs", "$300,000 in blankets"): a plural
# noun, at most one word before it, no money's own word (:data:`_MONEY_NOUNS`, :data:`_RELIEF`:
# "$4.5m in emergency funding" is relief) nor a money role's ("in damages", "in fines": read apart).
_IN_KIND = re.compile(r"\s+in\s+(?P<goods>(?:(?P<mod>[a-z][a-z-]+)\s+)?(?P<head>[a-z][a-z-]+s))\b(?!\s+(?:of|from)\b)")
# The goods aid in kind is given as, by the relief item categories of the IFRC/ICRC Emergency Items
# Catalogue and the Sphere Handbook (food, water, health: medicines and vaccines; shelter: tents,
# tarpaulins, blankets, mats; non-food items: hygiene and kitchen kits, jerrycans, nets, clothing,
# fuel, tools, seeds; and supplies and equipment as such), singular: the head or its modifier must be
# one ("food packs"). Any other plural after "in" is no goods: a time ("₱480 million in recent
# weeks"), instalments ("in two tranches"; review s47-rv finding 15: rows "money for recent weeks").
_GOODS = frozenset(
    """food meal ration rice grain flour water medicine medication drug vaccine supply good item
    equipment tent tarpaulin blanket mat mattress kit jerrycan net clothing clothe fuel tool seed
    shelter pump generator""".split()
)


def aid_in_kind(text: str, end: int, limit: int, roles: frozenset[str]) -> tuple[str, str] | None:
    """The goods money given ending at ``end`` (its sentence ending at ``limit``) buys, as a purpose
    (key, words for its label): "₱2 million in medicines" → ("medicine", "medicines"); aid in kind
    for two kinds of goods is two aids, a department's medicines and another's food packs never one
    sum in disagreement (t13an N2, t13anr B, round s47-f). None when no goods (:data:`_GOODS`)
    follow; ``roles``: the words of money's own roles (``words.MONEY_ROLES``), no goods ("in damages")."""
    m = _IN_KIND.match(text, end, limit)
    if m is None:
        return None
    words = m.group("goods").split()
    if any(w in STOP_WORDS or w in _MONEY_NOUNS or w in _RELIEF or w in roles for w in words):
        return None
    if not any(singular_of(w) in _GOODS or w in _GOODS for w in words):
        return None
    return " ".join([*words[:-1], singular_of(words[-1])]), m.group("goods")


def money_purpose(
    text: str, end: int, limit: int, before: Sequence[str] = (), spend: bool = False
) -> tuple[str, str] | None:
    """What the money ending at ``end`` is for, by its purpose phrase (see :data:`_MONEY_NOUNS`):
    (key, words for its label), the key "" for relief (:data:`_RELIEF`, the default purpose of money
    pledged); None when no purpose is stated. ``before``: the words of its clause before it, lower
    case ("a reconstruction fund of $5m"); ``spend``: a verb of spending governs the amount
    (:data:`SPEND_BEFORE`), so that its "on X" phrase names the purpose ("spend €20m on rebuilding")."""
    if PER_RECIPIENT.match(text, end, limit) is not None:
        # "for the next of kin of each victim", "for each family": whom each payment goes to, none
        # of its words a purpose ("money for next", review s41-rv finding 12)
        return None
    m = _PURPOSE_PREPOSITION.match(text, end, limit)
    words: list[str] = []
    determined = False  # a determiner opens the phrase: "for the school", one body
    if m is not None and (m.group("prep") or "").lower() == "on" and not spend:
        m = None  # "pledged $5m on Friday", "on behalf of": no purpose
    if m is not None:
        prep = (m.group("prep") or "").lower()
        at = m.end()
        for w in WORD.finditer(text, at, limit):
            if text[at : w.start()].strip():
                break  # punctuation between: the phrase ended
            word = w.group()
            low = word.lower()
            if not words and low in ("the", "a", "an", "its", "their", "his", "her"):
                determined = True
                at = w.end()
                continue
            if not words and not determined and prep == "to" and low in _PAYING_FOR:
                at = w.end()  # "to support the clean-up": the verb's object is the purpose
                prep = "for"
                continue
            if words and words[-1] in _GENERIC and low == "of":
                words = []  # "towards the cost of rebuilding": what the cost is of
                at = w.end()
                continue
            if not word[:1].islower() or low in STOP_WORDS or len(words) == _PURPOSE_MAX_WORDS:
                break
            words.append(low)
            at = w.end()
        if prep == "to" and len(words) == 1 and _WORK_NOUN.search(words[0]):
            pass  # "to the clean-up", "to the rebuilding": the work it pays for
        elif prep in ("to", "in", "") and not (words and words[-1] in _MONEY_NOUNS):
            words = []  # "to the Red Cross", "in aid" (no purpose), "$5m on Friday"
        elif prep in ("to", "in", "") and len(words) < 2 and prep != "in":
            words = []
    if not words:
        kept = list(before)
        while kept and kept[-1] in _PURPOSE_CONNECTORS:
            kept.pop()
        if len(kept) >= 2 and kept[-1] in _MONEY_NOUNS and kept[-1] not in _LOANS:
            words = kept[-2:]  # "a reconstruction fund of $5m"
        elif gets := [k for k, w in enumerate(kept) if w in RECEIVING]:
            # "the guarantee fund would receive 2.5 billion euros", "The guarantee fund will receive
            # a credit line of …": the fund its subject names is what the money is for, one row
            # with "to the guarantee fund" (t13al N7: a row "money pledged (the guarantee)")
            subject = [w for w in kept[: gets[-1]] if w not in AUXILIARIES and w not in _MODALS]
            if len(subject) >= 2 and subject[-1] in _MONEY_NOUNS:
                words = subject[-2:]
    written = " ".join(words)  # the label's words: "money for funeral costs"
    while words and words[-1] in _GENERIC and len(words) > 1:
        words.pop()  # "funeral costs", "the rebuilding effort": what they are for
    if not words:
        return None
    head = words[-1]
    one = singular_of(head)
    if head in _GIVERS and written != head:
        # "promised $25 million in state aid", "in federal funding": the money's giver, no purpose
        # (t13aw N5, round s52-f2: a row "money for state aid" beside *money pledged*)
        return "", ""
    if head in _PURPOSE_WORDS:
        return _PURPOSE_WORDS[head], _PURPOSE_WORDS[head]
    if (
        one in _RELIEF
        or head in _RELIEF
        or head in _GENERIC
        or people_kind(head)
        or _beneficiary(one, determined)
        or _beneficiary(head, determined)
    ):
        return "", ""  # relief, or whom it is given to: people, a place, a body ("for the town")
    if is_participle(head) or head in TIME_UNITS or head in ("time", "times", "now"):
        return None
    return one, written


_PLEDGED = "pledged"


def story_purposes(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (a corpus's values, in order) with money pledged for no purpose its clause names
    ("Farmers will receive Rs 500 million in relief", "would provide a €2.5 billion credit line")
    given the purpose another article names for money pledged of the same currency and value ("will
    give 500 million rupees in drought aid": *money for drought aid*), when one purpose holds that
    value, its article gives no value of that purpose itself and no other payer is named (t13al-r
    N7: two single rows of one sum, a credit line apart from the guarantee fund's row). Only the same
    value: a different one is never made a disagreement so. A new list; a value given a purpose is
    a copy. Linear: values are found by (unit, value)."""
    held: dict[tuple[str, float | str], dict[str, FactValue]] = {}
    for v in figures:
        if v.kind == "money" and v.measure.startswith(_PLEDGED + "|") and not v.per:
            # (an amount its article gave first, "promised €120 million for signalling upgrades,
            # although a ministry spokesman later put the figure at €150 million", is that
            # purpose's sum too: another article's "€120 million" set aside joins it, t13aq N6)
            for said in (v, *v.earlier):
                held.setdefault((said.unit, said.value), {}).setdefault(v.measure, v)
    if not held:
        return _aside_purposes(list(figures))
    docs_of: dict[str, set[str]] = {}
    owners_of: dict[str, set[str]] = {}
    for v in figures:
        if v.kind == "money" and v.measure.startswith(_PLEDGED + "|"):
            docs_of.setdefault(v.measure, set()).add(v.doc)
            owners_of.setdefault(v.measure, set()).add(v.owner)
    out = list(figures)
    for i, v in enumerate(out):
        if v.kind != "money" or v.measure != _PLEDGED or v.per:
            continue
        purposes = held.get((v.unit, v.value), {})
        if len(purposes) != 1:
            continue
        measure, named = next(iter(purposes.items()))
        others = owners_of[measure] - {"", v.owner}
        if v.doc in docs_of[measure] or (v.owner and others):
            continue
        out[i] = replace(v, measure=measure, label=named.label)
    return _aside_purposes(out)


def _aside_purposes(figures: list[FactValue]) -> list[FactValue]:
    """``figures`` with money set aside for no purpose its clause names (words.sets_aside: "Lloyds set
    aside £1.4bn in its annual results") given the one purpose the corpus's money set aside in its
    currency by the same owner is for, whatever its value (never an owner-less sum: a council's "£40m
    has been set aside" is no value of Lloyds' provision, review s47-rv finding 8):
    one sum, compared ("… has set aside £1.2bn to cover potential compensation": one provision in
    disagreement, never two rows; round s47-f, left undone by s46-f). Owners are the same when their
    names share a telling word (grouping.owner_words: "Lloyds", "Lloyds Banking Group"); an
    article that gives a value of the purpose itself keeps its own; a sum set aside by no owner named
    that joins none is an amount of its unit. The list, changed in place."""
    from waic_reader.index.analysis.facts.extract import measure_label  # (extract reads this module)
    from waic_reader.index.analysis.facts.grouping import owner_words  # (grouping reads this module)

    aside = [
        v for v in figures if v.kind == "money" and v.measure.startswith(_PLEDGED + "|") and not v.per and _set_aside(v)
    ]
    told = {v.owner: owner_words(v.owner) for v in figures if v.kind == "money" and v.owner}
    for i, v in enumerate(figures):
        if v.kind != "money" or v.measure != _PLEDGED or v.per or not _set_aside(v):
            continue
        # (an owner the owner rules left unread is named by the capitalised words of its clause
        # before the sum, "Lloyds set aside £1.4bn": "Lloyds" ends in "s" as "Donors" does; a sum
        # whose clause names no owner joins none, "A further £40m has been set aside")
        at = v.words.index("") if "" in v.words else len(v.words)
        mine = told.get(v.owner, frozenset()) or owner_words(" ".join(w for w in v.words[:at] if w[:1].isupper()))
        same = [w for w in aside if w.unit == v.unit and mine and w.owner and mine & told.get(w.owner, frozenset())]
        purposes = {w.measure: w for w in same}
        if len(purposes) != 1 or any(w.doc == v.doc for w in same):
            if not v.owner:
                # money set aside by no owner named: an amount, never one "money pledged" with
                # another story's unnamed sum ("£40m has been set aside in the budget" and a
                # hospital trust's "it had set aside £3m": review s47-rv finding 8's corpus)
                figures[i] = replace(v, measure="", label=measure_label(v.kind, v.unit))
            continue
        named = next(iter(purposes.values()))
        figures[i] = replace(v, measure=named.measure, label=named.label)
    return figures


def _set_aside(v: FactValue) -> bool:
    """Whether the words of money ``v``'s sentence before it set money aside (words.sets_aside: "has
    set aside £1.4bn", "set aside $2m for repairs and $3m for compensation") or its words right
    after do ("£1.4bn has been set aside")."""
    at = v.words.index("") if "" in v.words else len(v.words)
    return sets_aside([w.lower() for w in v.words[: at + 5]])
