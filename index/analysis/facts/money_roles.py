"""The role of an amount of money in its clause (:func:`money_measure`): pledged, offered,
demanded (a ransom), not pledged (refused), raised, cut or saved, spent, a budget, a cost, a loss
(a firm's result), a holding and the other roles of :data:`~.words.MONEY_ROLES`, one verb list
(``words.MONEY_ROLES``) read by the verb or noun that governs the amount, a verb setting a new level
("raise their offer to"), or a relative clause after it; and the pay rise a percentage offers or
demands (:func:`percent_offer_or_demand`). Split out of measures.py (round s43-k, no rule changed);
each rule's comment names the test corpus or review finding it came from."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.facts.cover_limits import cover_limit
from waic_reader.index.analysis.facts.crime_money import crime_money
from waic_reader.index.analysis.facts.money_purpose import (
    SPEND_BEFORE,
    VALUE_OF,
    aid_in_kind,
    money_purpose,
    money_recipient,
    valued_whole,
)
from waic_reader.index.analysis.facts.roles import (
    cost_thing,
)
from waic_reader.index.analysis.facts.words import (
    ASKED_FOR,
    AUXILIARIES,
    GIVING_BEFORE,
    MONEY_ROLES,
    OFFERING,
    SET_ASIDE_AFTER,
    WORD,
    bare_word,
    clause_before,
    nearest_cue,
    own_clause_start,
    payment_demanded,
    sets_aside,
    singular_of,
)
from waic_reader.index.analysis.facts.works_cost import MENDING, WORKS, costing_works, works_cost
from waic_reader.index.analysis.figures import (
    QUALIFIERS,
    Figure,
)
from waic_reader.index.analysis.lexicon import (
    CHANGE_VERBS,
    DETERMINERS,
    TALLY_VERBS,
    refused,
)
from waic_reader.index.corpus.tokens import fold

# The forms of "claim" that report as well as demand, and the words that open a clause after the
# sum, making it the claim's subject ("claimed $3 million had been stolen", "was lost").
_CLAIM_VERBS = frozenset("claim claims claimed claiming".split())
_CLAUSE_AFTER_CLAIMED = AUXILIARIES | frozenset("would will could may might should must went".split())
# The words of an "of" phrase after a sum that says of what whole it is a part ("€300,000 of it
# went", "£40,000 of the fund was used"): at most this many, then the clause's verb.
_PART_OF_WORDS = 3
# Verbs after a sum that say it was spent, with the word after them that says on what ("went to
# repairs", "used for repairs"), or "spent" itself ("had been spent").
_SPENT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("went", "gone", "go", "goes"), frozenset("to on towards into".split())),
    **dict.fromkeys(("used",), frozenset("for to on".split())),
}
# A sum "spent" ("spent €350,000 on repairs", "has spent about $1.5 million"): the verb straight
# before it, a qualifier at most between (review s36-rv finding 11, round s36-c3).
_SPENT_BEFORE = re.compile(rf"\bspent\s+(?:(?:{QUALIFIERS})\s+)?$", re.I)


# The noun of money as such after a sum ("$4.5m in emergency funding"): money given when no verb
# governs the sum, else the verb's role.
_MONEY_AS_SUCH = frozenset({"funding"})
_COMPENSATION = frozenset("compensation compensations payout payouts".split())
_MONEY_LABELS = {
    "pledged": "money pledged",
    "damage": "damage",
    "raised": "money raised",
    "profit": "profit",
    "revenue": "revenue",
    "investment": "investment",
    "fine": "fine",
    "loss": "loss",
    "bid": "bid",
    "demanded": "money demanded",
    "unpledged": "money not pledged",
    "offered": "money offered",
    "spent": "money spent",
    "cut": "money cut or saved",
    "shortfall": "shortfall",
    "deposits": "deposits",
    "debt": "debts",
}
# Money demanded is labelled a ransom where its clause says so (one measure with "money
# demanded": "the $4.5m ransom" and "the $4.5m the hackers demanded" are one value).
# What stands between an amount and its worth in another unit ("75 bitcoin, worth about $4.9
# million", "12 kilograms of gold, worth about $900,000", "(worth roughly €2 million)", "- valued
# at $3m").
_WORTH_OF_BEFORE = re.compile(
    r"(?:[^\S\n]*[^\W\d_][\w’'-]*)?(?:[^\S\n]+of(?:[^\S\n]+[^\W\d_][\w’'-]*){1,3}?)?"  # its unit, "of gold"
    r"[^\S\n]*[,(–—-]?[^\S\n]*(?:worth|valued[^\S\n]+at)"
    r"(?:[^\S\n]+(?:about|around|roughly|some|nearly|almost|approximately|over|under|more[^\S\n]+than))?[^\S\n]*",
    re.I,
)
_RANSOM = frozenset("ransom ransoms".split())
RANSOM_LABEL = "ransom demanded"
# Nouns a giving word modifies as a noun of its own ("pay rise", "pay claim", "pay deal"): the
# word then names wages, no payment.
_PAY_NOUNS = frozenset(
    "rise rises raise raises increase increases claim claims deal deals cut cuts freeze talks dispute offer award".split()
)


# Verbs that set a thing to a new level ("raise the minimum wage to Tk 12,500", "lift its offer to
# 14,000 taka", "increased the fund by $2m", "cut its budget to £620m"): the amount after "to" is
# the level of their object, after "by" its change, never money the verb's subject raised, nor a
# sum cut ("cut its budget to £620m" was £620m cut and disagreed with "will cut £58m": review
# s42-rv finding 5). The one list of verbs moving a value, lexicon.CHANGE_VERBS, with the present
# forms of lexicon.TALLY_VERBS.
_LEVEL_VERBS = CHANGE_VERBS | TALLY_VERBS
# Verbs that make savings a budget's cut ("make savings of £58m", "needs to find £12m of savings",
# "delivered savings of"): the noun "savings" is a cut only as their object, a household's "life
# savings of £40,000" none (review s42-rv finding 5)
_SAVINGS_MADE = frozenset(
    """make makes made making find finds found finding deliver delivers delivered delivering achieve
    achieves achieved identify identified need needs needed""".split()
)
_SAVINGS_MADE_WORDS = 3  # words between such a verb and "savings" ("make further efficiency savings")
# Nouns of an offer as a verb's object ("raise their offer to"): the amount is money offered.
_OFFER_NOUNS = frozenset("offer offers".split())
# What opens a relative clause right after an amount ("the Tk 23,000 the unions have demanded",
# "the £3.6m that the hackers want"): its verb governs the amount, at most so many words on.
_RELATIVE_OPENERS = frozenset("the that which its their his her".split())
_RELATIVE_WORDS = 5
_RELATIVE_SUBJECTS = frozenset("that which who".split())
# The nouns of a cut or a saving a sum may modify or be said in ("£58m of cuts", "£12m in savings");
# the verbs after a sum are a purpose's ("to save", "to cut").
_CUT_NOUNS = frozenset("cuts savings".split())


_ROLE_WORDS = frozenset(MONEY_ROLES)  # (money's own words, no goods given in kind: aid_in_kind)


def _governing_role(before: Sequence[str]) -> str | None:
    """The money role (:data:`~.words.MONEY_ROLES`) of the verb or noun governing an amount, from
    the words of its clause before it (lower case): the nearest cue, except that a verb of a new
    level with its object and "to"/"by" between ("offered to raise the monthly minimum wage to",
    "would raise their offer to") gives its object's role (an offer's, a money noun's) or else
    that of the cue before the verb ("offered"), never money raised (review s41-rv finding 4)."""
    cues = [k for k, w in enumerate(before) if bare_word(w) in MONEY_ROLES and not _savings_held(before, k)]
    if not cues:
        return None
    k = cues[-1]
    if before[k] in _LEVEL_VERBS and len(before) - k > 2 and before[-1] in ("to", "by"):
        if before[-1] == "by" and MONEY_ROLES.get(before[k]) == "cut":
            return "cut"  # "cut its budget by £58m": the change is the sum cut
        thing = before[-2]
        if thing in _OFFER_NOUNS:
            return "offered"
        if thing in GRANTS:
            return "pledged"  # "would raise the emergency grant to £1.2m" (t13ak-r N4b)
        if MONEY_ROLES.get(thing) not in (None, "raised"):
            return MONEY_ROLES[thing]
        earlier: str | None = nearest_cue(before[:k], MONEY_ROLES, reverse=True)
        return earlier
    return MONEY_ROLES[bare_word(before[k])]


# The noun of a sum given ("an emergency grant of £800,000", money_purpose reads it after a sum) as
# the subject or object of its level ("the grant now stood at", "raise the grant to"); never a role
# word of its own: "will cut £2m from the grant" is a cut.
GRANTS = frozenset({"grant", "grants"})
# The verbs of a level in every tense, straight before its sum or before "at" ("now stood at",
# "now stands at", "was £3.5m last year", "is £4.2m"; review s45-rv finding 27: only the past
# "stood at" was read), and the adverbs said with them.
_LEVEL_VERBS_OF = frozenset("is was are were stands stood stand remains remained".split())
_LEVEL_SAID = _LEVEL_VERBS_OF | frozenset("now still currently at".split())


def _grant_level(text: str, sent: tuple[int, int], own_start: int, before: Sequence[str]) -> bool:
    """Whether the sum after the clause words ``before`` (lower case) is a grant's level: a verb of
    a level right before it (:data:`_LEVEL_VERBS_OF`, or one with "at") and a grant noun
    (:data:`GRANTS`) its subject, in its clause or, where the clause is the level's words alone
    ("…, and now stands at £4.2m"), in its sentence before (character offsets ``sent``,
    ``own_start``)."""
    core = list(before)
    while core and core[-1] in _LEVEL_SAID and core[-1] not in _LEVEL_VERBS_OF:
        core.pop()  # "now stands at", "are now": the verb before its adverbs and "at"
    if not (core and core[-1] in _LEVEL_VERBS_OF) and before[-2:] != ["now", "at"]:
        return False
    if GRANTS & set(before):
        return True
    return set(before) <= _LEVEL_SAID and bool(GRANTS & set(clause_before(text, own_start, sent[0], most=40)))


BUDGET = "budget"
BUDGET_NOUNS = frozenset({"budget", "budgets"})
_BUDGET_LINKS = frozenset("of is was be at totals totalled".split())  # "its budget of", "the budget is"
_BUDGET_WORDS = 6  # words from "budget" to its amount ("The budget for 2026/27 is")


def _a_budget(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether an amount is a budget: the noun "budget" right after it ("a £620m budget") or its
    clause's subject or "of" phrase right before it, within :data:`_BUDGET_WORDS` words ("its budget
    of £620m", "The budget for 2026/27 is £620m"); never "cut £58m from its budget"."""
    if after[:1] and after[0] in BUDGET_NOUNS:
        return True
    near = before[-_BUDGET_WORDS:]
    return bool(near) and near[-1] in _BUDGET_LINKS and bool(BUDGET_NOUNS & set(near))


_LEVEL_WORDS = 8  # words from "budget" to "to" ("budget cut by £2m to", "budget will be cut to")


def budget_level(before: Sequence[str]) -> bool:
    """Whether an amount after the lower-case words ``before`` of its clause is a budget's new
    level (review s43-rv finding 4): "budget" (:data:`BUDGET_NOUNS`) within :data:`_LEVEL_WORDS`
    words before it, a verb of a new level (:data:`_LEVEL_VERBS`) after that word, and "to" right
    before the amount ("The council's net budget will rise to", "the libraries budget will be cut
    to", "will have their budget cut by £2m to"); never the change itself ("cut by £2m") nor a sum
    cut from a budget ("cut £45m from its budget")."""
    if not before or before[-1] != "to":
        return False
    near = list(before[-_LEVEL_WORDS:])
    at = max((k for k, w in enumerate(near) if w in BUDGET_NOUNS), default=-1)
    return at >= 0 and any(bare_word(w) in _LEVEL_VERBS for w in near[at + 1 : -1])


# Who pays a bill, a fare or a tax as the subject of "pay" (singular): one payer's share of a
# cost, never a gift ("Band D households will pay £1,872", "Passengers will pay £3.40").
_BILL_PAYERS = frozenset(
    """household homeowner tenant resident customer consumer taxpayer ratepayer billpayer bill-payer
    motorist driver passenger commuter shopper subscriber user student patient family""".split()
)
_PAY_VERBS = frozenset("pay pays paying".split())
_PAYER_WORDS = 6  # words from the payer to "pay" ("tenants in the block will now pay")


def bill_payer(before: Sequence[str]) -> str:
    """The payer (singular, :data:`_BILL_PAYERS`) whose "pay" governs an amount, from the lower-case
    words of its clause before it, "pay" the last word of giving and the payer within
    :data:`_PAYER_WORDS` words before it ("band d households will pay" → "household"); ""
    when the subject is no such payer ("the government will pay")."""
    k = max((i for i, w in enumerate(before) if w in _PAY_VERBS), default=-1)
    if k < 0 or any(MONEY_ROLES.get(bare_word(w)) == "pledged" for w in before[k + 1 :]):
        return ""
    for j in range(k - 1, max(0, k - _PAYER_WORDS) - 1, -1):
        if before[j] in _JOINING:
            # "apologised to the families, but will also pay £500,000": the second predicate's
            # subject is the first's (the firm), no payer before the conjunction
            return ""
        noun = singular_of(bare_word(before[j]))
        if noun in _BILL_PAYERS:
            # the subject of "pay", never a preposition's object ("to the families")
            opener = next((w for w in reversed(before[max(0, j - 3) : j]) if w not in _PAYER_DETERMINERS), "")
            return "" if opener in _PREPOSITIONS else noun
    return ""


# Conjunctions that join a second predicate to its clause's subject ("…, but will also pay").
_JOINING = frozenset("but and or yet while then".split())
# Words that may open a payer's noun phrase before its noun ("the affected families", "band d").
_PAYER_DETERMINERS = frozenset("the a an each every all its their his her our some many most affected local".split())
_PREPOSITIONS = frozenset("to for of with from by on among towards toward into onto at about".split())


def _negotiation_words(words: Sequence[str]) -> list[str]:
    """The words (lower case) of an amount's clause as its role reading takes them: a giving word
    before a noun of wages ("a pay rise of €2,000", "a pay claim") blanked, a noun of wages and no
    verb of paying (t13aa K5: the union demanding a pay rise was money the union pledged); the
    gerund "offering" after an auxiliary the verb ("is offering €800": money offered; "a share
    offering of $500 million" is a noun)."""
    words = [
        "" if MONEY_ROLES.get(w) == "pledged" and nxt in _PAY_NOUNS else w for w, nxt in zip(words, [*words[1:], ""])
    ]
    return ["offered" if w == OFFERING and k and words[k - 1] in AUXILIARIES else w for k, w in enumerate(words)]


# The words that may stand between an offer's or a demand's word and the percentage it governs
# ("wants a 9 percent pay rise", "offered a pay rise of 3.5%", "raised their offer to a 5%"): the
# percentage is then the rise offered or demanded, never where another noun stands between
# ("wants inflation at 2%": no demand of 2%).
_PAY_BETWEEN = (
    DETERMINERS
    | frozenset(
        """of to by at around about some nearly almost just only pay wage wages salary salaries rise rises
    raise raises increase increases offer offers claim award deal one-off annual yearly improved""".split()
    )
    | {""}
)  # (a giving word blanked before a noun of wages: "a pay rise of")


def percent_offer_or_demand(before: Sequence[str], after: Sequence[str]) -> str | None:
    """ "offered" or "demanded" when a percentage is a rise one side offers or the other demands,
    read as an amount's role is (the cue before it, :func:`_role_after`): "Employers have
    offered 4.5 percent", "the 8% the unions have demanded", "The union is seeking a pay rise of 9
    percent", "raised their offer to a 5% pay rise" (a raised offer is the offer's later value),
    "improved their offer of 4.5 percent"; None for any other percentage. ``before``/``after``:
    the words (lower case) of its clause before and after it."""
    before = _negotiation_words(before)
    after = _negotiation_words(after)
    if _ACCEPTED & set(before):
        # "nurses accepted a 7% offer": the rise agreed, one row with "accepted a 7% pay rise"
        return None
    while before and before[-1] in DETERMINERS:
        before = before[:-1]  # (the noun phrase's: "raised their offer to a 5% rise")
    if len(before) > 1 and before[-1] == "for" and before[-2] in ASKED_FOR:
        return "demanded"  # "is asking for a 5% raise", as "asked for $500,000" is money demanded
    governing = _governing_want(before)
    if governing is not None:
        # "its members deserve 7% after being offered 4%": the wanting verb governs the 7% before
        # any cue after it (review s43-rv finding 1: the 7% was read as the offer)
        return governing
    role = _role_after(after)
    offer = next((k for k, w in enumerate(after[:3]) if w in _OFFER_NOUNS), None)
    if role not in _NEGOTIATED and offer is not None and all(_offer_modifier(w) for w in after[:offer]):
        role = "offered"  # "a 5% pay offer", a table's "4.5% | Employers' offer"
    if role not in _NEGOTIATED:
        cues = [k for k, w in enumerate(before) if MONEY_ROLES.get(bare_word(w)) in _NEGOTIATED or w in _OFFER_NOUNS]
        if not cues or not all(w in _PAY_BETWEEN for w in before[cues[-1] + 1 :]):
            return None
        role = "offered" if before[cues[-1]] in _OFFER_NOUNS else MONEY_ROLES[bare_word(before[cues[-1]])]
    return role if role in _NEGOTIATED else None


_NEGOTIATED = frozenset({"offered", "demanded"})
# A sum its clause calls the least a side would accept ("payments of 150 euros would be 'the minimum
# acceptable'", "£5,000 each was the lowest they would accept"): what that side demands (t13ay N2:
# a bare "amount (EUR)" set against the company's offer).
_LEAST_ACCEPTED_AFTER = re.compile(
    r"[^.;!?]{0,60}?\b(?:minimum|least|lowest)\W{1,3}(?:acceptable|(?:that\s+)?\w+\s+(?:would|will|could|can)\s+accept)\b",
    re.I,
)
# "the compensation on offer is 100 euros", "the €100 on offer": money made available, given.
_ON_OFFER = ("on", "offer")
# Verbs of what one thinks one's due, a demand as "want" is: "its members deserve 7%"
_DESERVING = frozenset("deserve deserves deserved deserving".split())


def _governing_want(before: Sequence[str]) -> str | None:
    """ "demanded" when a verb of wanting ("want", "demand", "deserve": :data:`~.words.MONEY_ROLES`,
    :data:`_DESERVING`) governs a percentage, only pay words and determiners between
    (:data:`_PAY_BETWEEN`: "deserve 7%", "want a 9% rise"); None otherwise. ``before``: its
    clause's words before it (lower case)."""
    k = len(before) - 1
    while k >= 0 and before[k] in _PAY_BETWEEN and before[k] not in _OFFER_NOUNS:
        k -= 1
    if k < 0:
        return None
    word = bare_word(before[k])
    return "demanded" if word in _DESERVING or MONEY_ROLES.get(word) == "demanded" else None


# Verbs of accepting an offer or agreeing a rise: the percentage is then the rise agreed, no offer
_ACCEPTED = frozenset("accepted accept accepts accepting agreed approved backed settled".split())


def _offer_modifier(word: str) -> bool:
    """Whether ``word`` may stand before "offer" in an offer's noun phrase: a pay rise's word
    (:data:`_PAY_BETWEEN`) or a possessive ("employers'", "the board's")."""
    return word in _PAY_BETWEEN or word.endswith(("'", "’", "'s", "’s"))


def _savings_held(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is the noun "savings" (or "saving") that no verb of making savings
    (:data:`_SAVINGS_MADE`) governs just before it: money someone holds ("lost life savings of"),
    no cut."""
    if words[k] not in ("savings", "saving"):
        return False
    return not any(w in _SAVINGS_MADE for w in words[max(0, k - _SAVINGS_MADE_WORDS) : k])


# The verbs of holding savings ("held savings of"), and the nouns of the books they are held on
# ("£6.1bn of savings on its books"): savings so held are a bank's deposits.
_HOLD_VERBS = frozenset("hold holds held holding".split())
_BOOKS = frozenset("books balance".split())


def _savings_held_by(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether an amount is the savings a bank holds, by the lower-case words of its clause before
    and after it: "savings" named right by it ("savings of £5.8bn", "£6.1bn of savings", "£6.1bn in
    savings") with a verb of holding before (:data:`_HOLD_VERBS`) or "on its books" after, and no
    verb of making savings (:data:`_SAVINGS_MADE`: "delivered savings of £12m" is a cut)."""
    named = before[-2:] == ["savings", "of"] or (after[:1] in (["of"], ["in"]) and after[1:2] == ["savings"])
    if not named or _SAVINGS_MADE & set(before):
        return False
    return bool(_HOLD_VERBS & set(before[-4:])) or bool(_BOOKS & set(after[2:6]))


def _role_after(after: Sequence[str]) -> str | None:
    """The money role said right after an amount: a noun it modifies, the head of a compound
    rather than its modifier ("a £72m funding gap": the gap's, never "funding"'s), or the verb of a
    relative clause after it ("the Tk 23,000 the unions have demanded"); None when none is."""
    head = None
    for k, w in enumerate(after[:3]):
        if k and w in _RELATIVE_SUBJECTS:
            break  # "a £2.1bn budget that raises council tax": the budget's own clause, no role of the sum
        role = MONEY_ROLES.get(bare_word(w))
        if role == "cut" and w not in _CUT_NOUNS:
            role = None  # "$2m to save the reef", "to cut emissions": a purpose's verb, no cut of the sum
        if role is not None:
            head = role
            if k + 1 < len(after) and MONEY_ROLES.get(bare_word(after[k + 1])) is not None:
                continue  # a modifier: the next word is the compound's head
            return head
        if head is not None:
            return head
    if after[:1] and after[0] in _RELATIVE_OPENERS:
        relative: str | None = nearest_cue(after[1:_RELATIVE_WORDS], MONEY_ROLES)
        return relative
    return head


def _after_part_of(after: Sequence[str]) -> Sequence[str]:
    """The clause's words after a sum past an "of" phrase naming the whole it is a part of
    ("of it went to repairs", "of the fund was used": from "went", "was"), else ``after``."""
    if after[:1] != ["of"]:
        return after
    k = next((k for k in range(2, min(len(after), 2 + _PART_OF_WORDS)) if after[k] in _CLAUSE_AFTER_CLAIMED), None)
    return after if k is None else after[k:]


def spent_after(clause: Sequence[str]) -> bool:
    """Whether the clause right after a sum (its words past an "of" phrase, :func:`_after_part_of`)
    says it was spent: a verb of :data:`_SPENT_VERBS` after at most its auxiliaries, with its
    word of where ("went to repairs", "was used for the roof"), or "spent" ("had been spent")."""
    k = 0
    while k < len(clause) and clause[k] in AUXILIARIES:
        k += 1
    if k >= len(clause):
        return False
    if clause[k] == "spent":
        return True
    return clause[k + 1 : k + 2] != [] and clause[k + 1] in _SPENT_VERBS.get(clause[k], frozenset())


# The words of a firm's results around its "loss" or "losses": the verbs that report one ("posted",
# "booked", "swung to", "widened"), the kinds of result ("net", "operating", "pre-tax") and the
# periods results are given for ("for the quarter", "in the first half"). A disaster's losses have
# none of them ("losses estimated at $2 billion", "insured losses reached $1.8 billion").
_RESULT_WORDS = frozenset(
    """posted posts posting booked books booking swung swings swing narrowed narrows
    narrowing widened widens widening net operating pre-tax pretax underlying quarterly quarter
    half-year half first-half full-year fiscal""".split()
)
# What a disaster's losses are called, whatever else their clause says: "insured losses", "economic
# losses", "crop losses" (insurers' and governments' estimates of the damage).
_DAMAGE_LOSSES = frozenset("insured uninsured economic material property physical crop agricultural".split())


def _firms_result(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether the "loss" or "losses" naming an amount (the last such word ``before`` it, else one of
    the first three ``after`` it) is a firm's result by the words of its clause
    (:data:`_RESULT_WORDS`), and no disaster's losses by their modifier (:data:`_DAMAGE_LOSSES`).
    False when no such word names the amount (its role is "damage" by another word: "damage")."""
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in ("loss", "losses")), None)
    if at is not None and any(MONEY_ROLES.get(w) == "damage" for w in before[at + 1 :]):
        at = None  # "losses … and damage put at": the nearer word names it
    if at is None:
        if not any(w in ("loss", "losses") for w in after[:3]):
            return False
        # "a $40 million loss": its modifiers are the words before the amount
        modifier = before[-1] if before else ""
    else:
        modifier = before[at - 1] if at > 0 else ""
    if modifier in _DAMAGE_LOSSES:
        return False
    return any(w in _RESULT_WORDS for w in [*before, *after])


# Words between "lost" and the amount it lost: "lost an estimated $2m", "lost about €5m".
_LOST_GAP = frozenset("a an the some about around nearly almost roughly over estimated another up to".split())


def _lost_object(before: Sequence[str]) -> bool:
    """Whether an amount is the object of "lost" (:data:`_LOST_GAP` words between): a loss ("The
    families who lost relatives received €5,000" is no loss: "lost" is not right before it)."""
    rest = list(before)
    while rest and rest[-1] in _LOST_GAP:
        rest.pop()
    return rest[-1:] == ["lost"]


# What stands before "lose" when a loss is still to come, an estimate of it: "stand to lose",
# "are expected to lose", "could lose", "will lose" (the modals and the "to" of a verb of expecting).
_LOSS_TO_COME = frozenset("to could would will may might".split())


def _loss_to_come(before: Sequence[str]) -> bool:
    """Whether an amount is the object of "lose" (:data:`_LOST_GAP` words between) after a modal or
    a "to" (:data:`_LOSS_TO_COME`): a loss estimated before it happens ("stand to lose $1.2
    billion", "could lose about €5m")."""
    rest = list(before)
    while rest and rest[-1] in _LOST_GAP:
        rest.pop()
    return rest[-1:] == ["lose"] and len(rest) > 1 and rest[-2] in _LOSS_TO_COME


# A rate per day right after an amount: "£12 million a day", "$5m per day", "£13 million daily".
_PER_DAY_AFTER = re.compile(r"\s*(?:(?:a|per|each|every)\s+day\b|daily\b)", re.I)
# Words naming a story's event as the thing that costs ("the strike", "the stoppage").
_EVENT_COSTS = frozenset(
    """strike walkout stoppage dispute action lockout blockade shutdown closure protest protests
    shutdowns strikes walkouts stoppages""".split()
)


# The forms of "send": a verb of giving only as :func:`sent_as_aid` reads it.
_SENDING = frozenset("send sends sent sending".split())
# Words between "sent" and its sum that leave the sum its object ("sent about $2m", "sent another €1m").
_SENT_QUALIFIERS = frozenset("about some around nearly almost over another roughly approximately more than".split())
# Nouns of aid after "in" ("sent $1m in aid", "in relief", "in assistance", "in donations").
_AID_NOUNS = frozenset("aid relief assistance donation donations help".split())
# Words after a sum sent that make it no gift: remittances "sent $36 billion home", money "sent back".
_SENT_AWAY = frozenset("home back abroad overseas".split())


def sent_as_aid(text: str, fig: Figure, sent: tuple[int, int], before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether money ``fig`` is aid sent: the object of "send" (:data:`_SENDING`, at most a qualifier
    between) with aid in kind after it (:func:`~.money_purpose.aid_in_kind`: "had sent ₱2 million in
    medicines"), or with a giver body as its subject (a word the recogniser reads as an
    organisation's kind, "council", "ministry", "department") and a recipient or an aid noun after
    it ("sent €400,000 to the villages", "sent $1m in aid"). Never money sent home or back
    (:data:`_SENT_AWAY`: remittances), nor a sum "sent" is no object of ("sent Brent crude up to
    $92": a price), nor a sender who is no body ("Scammers sent $5 million … to accounts abroad";
    review s47-rv finding 4). ``before``/``after``: its clause's lower-case words."""
    from waic_reader.index.analysis.entities.lexicons import kind_of_word

    at = len(before) - 1
    while at >= 0 and before[at] in _SENT_QUALIFIERS:
        at -= 1
    if at < 0 or before[at] not in _SENDING or (after[:1] and after[0] in _SENT_AWAY):
        return False
    if aid_in_kind(text, fig.end, sent[1], _ROLE_WORDS) is not None:
        return True
    body = any(kind_of_word(w.capitalize()) == "ORG" for w in before[:at])
    return body and bool(after[:2]) and (after[0] == "to" or (after[0] == "in" and after[1] in _AID_NOUNS))


def _event_cost(text: str, sent: tuple[int, int], before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a cost's clause (``before``/``after`` its amount, lower case) is the cost of the
    story's event: of no thing it names, of an event word (:data:`_EVENT_COSTS`, "the strike"), or
    of a name ("The strike at the Port of Marholm is costing": the place's head, "marholm")."""
    thing = cost_thing(before, after)
    if not thing or thing in _EVENT_COSTS:
        return True
    name = rf"(?<=[\w,;] )(?-i:{re.escape(thing[:1].upper())}){re.escape(thing[1:])}"
    return re.search(name, text[sent[0] : sent[1]], re.I) is not None


def money_measure(
    text: str,
    fig: Figure,
    sent: tuple[int, int],
    before: list[str],
    after: list[str],
    prev_end: int | None,
) -> tuple[str, str]:
    """(measure key, label) of an amount of money (``fig.kind == "money"``) by its role: an
    industry's size, money spent, pledged (for a purpose, to a recipient), not pledged, offered,
    demanded (a ransom), a budget, a cost, a holding, a loss and the other roles of
    :data:`~.words.MONEY_ROLES`; ("", "") when its words name none. ``before`` and ``after``: the
    lower-case words of its clause before and after it; ``prev_end``: where the sentence's
    previous figure ends (an amount's clause may open after it: :func:`~.words.own_clause_start`)."""
    if industry := valued_whole(text, fig, sent):
        # "the country's $47 billion garment sector", "the garment industry, worth $47 billion a
        # year": the size of an industry, one measure however worded (t13ag N6: two rows)
        return f"{VALUE_OF}{industry}", f"value of the {industry}"
    if prev_end is not None and _WORTH_OF_BEFORE.fullmatch(text, prev_end, fig.start):
        # "demanding 75 bitcoin, worth about $4.9 million at Tuesday's prices": the worth of the
        # amount right before it, in another unit, no role of its own (t13ar N5: a row "cost")
        return "", ""
    own_start = own_clause_start(text, sent[0], fig.start, prev_end)
    if own_start != sent[0]:
        # "… pledged ₹3 lakh and Indian contractor Larsen Hydro put its repair bid at Rs 16,189
        # crore": the verb governing this amount is in its own clause, never the one before
        before = clause_before(text, fig.start, own_start)
    if crime := crime_money(before, after):
        # "Scammers sent $5 million in stolen funds", "$2m was laundered": money a crime took or
        # moved, never money given nor an amount beside aid (round s48-f; crime_money.py)
        return crime
    if limit := cover_limit(text, fig, before, after):
        # "Deposits of up to €100,000 per saver are guaranteed": the most a scheme pays each
        # holder, never a value of the bank's deposits (t13al N1)
        return limit
    before = _negotiation_words(before)
    clause = _after_part_of(after)
    opens = bool(clause[:1]) and clause[0] in _CLAUSE_AFTER_CLAIMED
    if opens and _CLAIM_VERBS & set(before):
        # "Police claimed $3 million had been stolen": the sum opens the claimed clause, a
        # report, never money demanded (that is the sum as the object: "claimed €20 million
        # from the company"; review s35-rv2 finding 7, round s35-p4); so does a part of a
        # whole, "claimed €300,000 of it went to repairs" (round s36-d)
        before = ["" if w in _CLAIM_VERBS else w for w in before]
    if (opens and nearest_cue(before, MONEY_ROLES) is None and spent_after(clause)) or _SPENT_BEFORE.search(
        text, max(own_start, fig.start - 40), fig.start
    ):
        # "€300,000 of it went to repairs", "$2 million had been spent on the roof": a sum
        # opening a clause that says where it went, whatever reports it ("claimed", "…, Olaf
        # Lind said", round s36-d read it after "claimed" only: review s36-rv finding 11), and
        # the object of "spent" ("spent €350,000 on repairs"), one row; a sum a word of giving
        # or costing governs keeps that reading ("aid of €2m went to the families")
        return "spent", _MONEY_LABELS["spent"]
    if _savings_held_by(before, after):
        # "The society held savings of £5.8 billion", "with £6.1bn of savings on its books": a
        # bank's savings are its deposits, one row (t13al-r N1/b: "holding" and "money cut or saved")
        return "deposits", _MONEY_LABELS["deposits"]
    given = _governing_role(before)
    if given in ("pledged", "offered") and payment_demanded(before) is not None:
        # "demanded that Halvard Grid pay €150", "urged the council to pay £200": the demander's
        # sum, never the payer's pledge (t13ay N3)
        given = "demanded"
    if given is None and _LEAST_ACCEPTED_AFTER.match(text, fig.end, sent[1]):
        given = "demanded"  # "payments of 150 euros would be 'the minimum acceptable'" (t13ay N2)
    if given is None and (_ON_OFFER in zip(before, before[1:]) or tuple(after[:2]) == _ON_OFFER):
        # "the compensation on offer is 100 euros": the money made available, what the others'
        # "will receive €120", "would pay 120 euros" give (t13ay N4: a bare "amount (EUR) per
        # household", the disagreement 100 vs 120 unflagged)
        given = "pledged"
    if given is None and _grant_level(text, sent, own_start, before):
        # "the emergency grant now stood at £1.2m": the grant's level, money given as "approved an
        # emergency grant of £800,000" is (t13ak-r N4b: a bare "amount (GBP)", the rise unflagged)
        given = "pledged"
    if given is None and (before[-1:] == ["worth"] or before[-2:] in (["valued", "at"], ["amounts", "to"])):
        # "Westmarch Rail's fund for the families of the victims … is worth $2.5 million": the
        # subject's noun, however far back in its clause, says what the money is (t13ab L15)
        # (a word of a name, capitalised after the clause's first word, says nothing of the money:
        # "acquire Marrow Savings in a deal worth $2.7 billion" is no sum saved, review s43-rv 7)
        whole = clause_before(text, fig.start, own_start, most=40, keep_case=True)
        # (the first word too when a capitalised word follows it: "Relief Logistics won a contract
        # worth £4m" is a firm's name, no relief)
        first_named = len(whole) > 1 and whole[1][:1].isupper()
        said = [
            bare_word(w.lower()) for k, w in enumerate(whole) if not w[:1].isupper() or (k == 0 and not first_named)
        ]
        given = next((MONEY_ROLES[w] for w in said if w in MONEY_ROLES), given)
    if given is None and (sets_aside(before[-4:]) or SET_ASIDE_AFTER.match(text, fig.end, sent[1])):
        # "Northwave Water has set aside £1.4bn", "£1.4bn has been put aside": money its owner set
        # apart for a use, given as "earmarked" is (words.sets_aside; round s47-f)
        given = "pledged"
    if given is None and sent_as_aid(text, fig, sent, before, after):
        # "had sent ₱2 million in medicines", "The regional council sent €400,000 to the villages":
        # aid given (t13anr B, round s47-f); never remittances sent home nor a price sent up
        # (review s47-rv finding 4)
        given = "pledged"
    if given is None and before and before[-1] in GIVING_BEFORE:
        # "the European Union added €1.5 million", "found 200,000 euros of its own" (t13y G1)
        need = GIVING_BEFORE[before[-1]]
        given = "pledged" if need is None or need in after[:4] else None
    giving = [k for k, w in enumerate(before) if MONEY_ROLES.get(bare_word(w)) in ("pledged", "offered")]
    if given in ("pledged", "offered") and giving and refused(before, giving[-1]):
        # "will not pay the €4.1m", "refused to contribute $40 million", "has not yet pledged $3
        # million": nothing given, a measure of its own (with no measure it joined another
        # outlet's row of that money given, review s35-rv item 10)
        given = "unpledged"
    if given == "pledged" and (payer := bill_payer(before)):
        # "Band D households will pay £1,872": what each payer of a bill pays, a cost per payer,
        # never money the households pledged (review s43-rv finding 16)
        return f"paid|{payer}", f"amount paid per {payer}"
    after_role = _role_after(after)
    if after_role == "pledged" and given is not None and _MONEY_AS_SUCH & set(after[:3]):
        # "raised EUR 2 million in new funding": the noun says only that the sum is money, the
        # verb governing it what was done with it (t13ak N4)
        after_role = None
    role = after_role or given
    if role is None and _COMPENSATION & {*before[-3:], *after[:2]}:
        # "announced compensation of 200,000 taka", "200,000 taka in compensation for each
        # family": compensation no verb of its clause calls demanded is money given (t13ag N2:
        # a bare "amount (BDT)" beside the other outlets' money pledged per family)
        given = role = "pledged"
    if given in ("unpledged", "offered") and role == "pledged":
        # "has not contributed $2 million to the fund": a fund's word gives nothing; "offered
        # €10m in aid": the aid is what is offered, an offer as "has offered €10 million" (t13ac M11)
        role = given
    demand = next((r for r in (nearest_cue(after[:3], MONEY_ROLES), given) if r == "demanded"), None)
    if len(before) > 1 and before[-1] == "for" and before[-2] in ASKED_FOR:
        demand = "demanded"  # "The gang asked for $500,000"
    if demand and role in (None, "pledged", "unpledged", "offered", "demanded"):
        # a ransom, money demanded or wanted: never a gift, whatever giving verb its clause
        # holds ("pay the €4.1m ransom demanded by the hackers", "the £3.6m the hackers want")
        given = role = demand
    if role == "damage" and _firms_result(before, after):
        # "The operator posted a loss of $40 million", "a net loss of €12 million for the
        # quarter": a firm's result, never a value of a disaster's damage (#16, s34-e)
        given = role = "loss"
    if role is None and _loss_to_come(before) and not _firms_result(before, after):
        # "airlines stand to lose $1.2 billion", "could lose €1.1bn": an estimate of the losses,
        # one value with "IATA estimated airlines' losses at $1.2 billion" (t13as N4, round s50-f:
        # a row "amount (USD)" beside *damage*)
        given = role = "damage"
    if _lost_object(before) and role != "damage":
        # "The parent group lost $ 1.8 bln in the quarter", "lost $2m in sales": what a firm
        # or a fund lost, the amount the verb's object (an amount before, t13w F5); a
        # disaster's "losses" and "lost $2m in damage" are its damage
        given = role = "loss"
    # (a money noun's modifier before it, "pledged a reconstruction fund of $5m", only for money
    # given: "Standby funds of 1.2 billion pesos remain available" names no purpose)
    # (only of money given, its giving verb in the sentence: "will spend €2 million on the
    # repairs" alone is the repairs' cost, joined with "Repair work will cost €2 million",
    # grouping._join_unmeasured)
    spend = SPEND_BEFORE.search(text, max(own_start, fig.start - 60), fig.start) is not None and (
        given == "pledged"
        or any(MONEY_ROLES.get(bare_word(w.lower())) == "pledged" for w in WORD.findall(text, sent[0], fig.start))
    )
    # (a sum with its verb of setting aside after it reads its purpose after the verb, as the verb
    # before it does: "£1.4bn set aside for claims" as "set aside £1.4bn for claims", round s46-f)
    aside = SET_ASIDE_AFTER.match(text, fig.end, sent[1])
    purpose = money_purpose(
        text, aside.end() if aside is not None else fig.end, sent[1], before if given == "pledged" else (), spend
    )
    # (a named body the money is given to, where no purpose or relief alone is said: "to the
    # Brevik fishing cooperative" is whom, as "to Clarion Housing" is; t13am N3)
    if (purpose is None or not purpose[0]) and given in ("pledged", None) and role in ("pledged", None):
        if recipient := money_recipient(text, fig.end, sent[1]):
            # "gave £50,000 to Clarion Housing": money for that body, never a value of the
            # donor's gift to another (review s41-rv finding 13)
            purpose = (f"to {fold(recipient)}", recipient)
    if (purpose is None or not purpose[0]) and given == "pledged" and role == "pledged":
        purpose = aid_in_kind(text, fig.end, sent[1], _ROLE_WORDS) or purpose  # "sent ₱2 million in medicines"
    if costed := costing_works(before):
        # "A refit costing £49 million was approved": the works' cost, whatever the clause's verb
        # does with it (round s53-f)
        return WORKS, f"{costed} cost"
    if given in (None, "cost") and role in (None, "cost"):
        # "A £48 million refurbishment", "Repairs had been budgeted at £48m", "the repairs would
        # cost £60 million", "at a cost of £50 million" after "a refurbishment": the cost of the
        # story's mending works, one measure (works_cost; t13ax N1, round s52-f2: five rows).
        # Money a verb gives ("pledged £5m for repairs") keeps its giver's reading.
        thing = cost_thing(before, after) if role == "cost" else ""
        if works := works_cost(text, fig.end, sent, before, after, role, thing, purpose[0] if purpose else ""):
            return WORKS, f"{works} cost"
    if purpose is not None and purpose[0] and given in ("pledged", None):
        # "pledged $200,000 for funerals", "set aside $2m for repairs to the school", "for
        # reconstruction": money given for a purpose of its own, never a value of money pledged
        # for another purpose or none, whatever its verb (t13p F6); the words of its phrase are
        # the purpose's ("for funeral costs", "towards the cost of": no cost of the amount's).
        # Relief, the default purpose, adds no measure ("set aside … in emergency funds").
        return f"pledged|{purpose[0]}", f"money for {purpose[1]}"
    if (role in (None, "pledged") and given in (None, "pledged") and _a_budget(before, after)) or budget_level(before):
        # "approved a £620m budget", "its budget of £620m": a body's budget, a measure of its
        # own, never a value of what it spends on one thing ("will spend £280m on adult social
        # care") nor of one household's bill (review s42-rv finding 11); a level a verb of change
        # sets it to ("budget will rise to £1.2bn", "budget cut by £2m to £6m": s43-rv finding 4)
        return BUDGET, BUDGET
    if role == "cost" and _PER_DAY_AFTER.match(text, fig.end, sent[1]) and _event_cost(text, sent, before, after):
        # "is costing the economy £12 million a day", "The stoppage costs £13 million daily",
        # "the cost of the strike … $40 million a day": what the story's event costs each day,
        # one measure whoever pays it or whatever the event is called (t13ajr N5: rows "strike
        # cost", "stoppage cost", "marholm cost" and "cost" per day); compared per day
        # (its rate), in its currency. A thing's own daily cost ("Repairs cost £5,000 a day")
        # stays the thing's.
        return "cost", "cost"
    if role == "cost":
        if not any(MONEY_ROLES.get(w) == "damage" for w in before + after):
            # "Repairs will cost $4.5 million", "The repair bill came to $4.2 million": the
            # cost of the thing the clause names, one measure whatever the cost's word, so
            # outlets' values of it are compared; never the damage, the aid or a fine.
            thing = cost_thing(before, after)
            if thing in MENDING or f"{thing}s" in MENDING:
                return WORKS, f"{thing} cost"  # "approved a €14 million repair bill": the works' cost
            if thing:
                return f"cost|{thing}", f"{thing} cost"
            # "It will cost 40 million": the cost of something the clause does not name;
            # labelled so, grouped only by shared context (like a count's noun).
            return "", "cost"
        role = "damage"  # "the damage will cost 80 million": the damage's cost is the damage
    if role == "holding":
        # One holder's stake is no value of another's: labelled, grouped only by shared
        # context (as an amount with no measure), never one measure across holders.
        return "", "holding"
    if role == "demanded" and _RANSOM & {*before, *after}:
        return role, RANSOM_LABEL
    if role:
        return f"{role}", _MONEY_LABELS[role]
    return "", ""
