"""Aid in kind: goods a named giver sent, donated or delivered (issue #16 "figures agree", round
s48-f). "Japan sent 20 tonnes of rice and 500 tents" made rows "mass (t)" and "tents" that named
neither the goods nor who gave them, the tents with no giver at all (a list's second item). A
count or quantity of goods that a verb of giving governs, its giver the clause's named subject
(owners.owner), is the giver's (``FactValue.owner``, so grouping never joins two givers' figures)
and labelled "rice given by Japan". It keeps no measure of its own: it still joins other outlets'
counts of those goods however worded ("Kisumu county has received 20,000 doses from the WHO"),
their row labelled by the most common wording.
"""

from __future__ import annotations

from waic_reader.index.analysis.facts.words import WORD, is_participle

GIVEN = "given"
# The verbs of giving a thing to someone (Levin 1993, English Verb Classes and Alternations: 13.1
# "give" verbs, 13.4.1 "fulfilling" verbs: provide), with "send" (11.1) as aid is sent, in every
# form. The verbs of moving goods that a firm's trade uses as well ("Boeing delivered 40 planes",
# "shipped 2 million phones", "supplied 400 turbines") give only where the sentence names aid
# (:data:`_AID_WORDS`): "delivered 2,000 blankets as relief".
# "hand" (13.1: "handed out 2,000 blankets") and "distribute" (13.2, the "contribute" verbs) give
# too (round s49-f: "The Red Cross handed out 2,000 blankets" had no giver).
_GIVING = frozenset(
    """give gives giving gave given donate donates donating donated send sends sending sent provide
    provides providing provided pledge pledges pledging pledged contribute contributes contributing
    contributed hand hands handing handed distribute distributes distributing distributed""".split()
)
_MOVING = frozenset(
    """ship ships shipping shipped deliver delivers delivering delivered dispatch dispatches
    dispatching dispatched supply supplies supplying supplied airlift airlifts airlifting
    airlifted""".split()
)
# Words that name aid (money_roles' nouns of aid, with the adjectives of its kind).
_AID_WORDS = frozenset("aid relief assistance donation donations help humanitarian emergency".split())
# Goods that are relief in themselves, whatever the sentence says: the household and shelter items
# of the Sphere Handbook (2018, Shelter and settlement standard 4 "Household items": blankets,
# sleeping mats, mattresses, mosquito nets, kitchen sets, jerrycans, hygiene kits; standard 3, the
# tents and tarpaulins of emergency shelter) and the food aid rations and parcels of its Food
# security standards; a firm delivering them still trades in them rarely enough ("UNICEF delivered
# 1,500 blankets" with no aid word was no giver's, round s49-f).
# Words that are relief goods alone, or as the last word of a longer name ("family tents"): those
# a firm's trade seldom counts by the thousand.
RELIEF_GOODS = frozenset(
    """blankets blanket tents tent tarpaulins tarpaulin tarps mattresses jerrycans rations""".split()
)
# Relief goods named only by their whole phrase: the last word alone is trade as often ("fishing
# nets", "test kits", "parcels" a firm ships or sells: review s49-rv finding 10).
RELIEF_PHRASES = frozenset(
    {
        "mosquito nets",
        "bed nets",
        "hygiene kits",
        "dignity kits",
        "shelter kits",
        "kitchen sets",
        "kitchen kits",
        "sleeping mats",
        "food parcels",
        "food rations",
        "family kits",
    }
)


def relief_goods(goods: str) -> bool:
    """Whether ``goods``, a counted phrase ("hygiene kits", "family tents"), names relief goods:
    a phrase of :data:`RELIEF_PHRASES` ending it, or a last word of :data:`RELIEF_GOODS`."""
    words = goods.lower().split()
    return bool(words) and (words[-1] in RELIEF_GOODS or " ".join(words[-2:]) in RELIEF_PHRASES)


# (between the verb and a later item of its list of goods no other verb: "sent 20 tonnes of rice
# and distributed 500 tents")
_MOST_WORDS = 12


def giving_verb(text: str, start: int, pos: int, end: int, goods: str = "") -> bool:
    """Whether a verb of giving (:data:`_GIVING`, or of moving goods in a sentence of aid or of
    relief goods, ``goods`` the counted phrase: :data:`_MOVING`, :func:`relief_goods`)
    governs the figure at ``pos`` (its sentence from ``start`` to ``end``): right before it, an
    auxiliary or a particle between aside ("has sent 25 tonnes", "handed out 2,000 blankets"), or
    before a list of goods whose later item it is ("sent 20 tonnes of rice and 500 tents"), no
    other verb between."""
    words = [w.lower() for w in WORD.findall(text, start, pos)][-_MOST_WORDS:]
    aid = relief_goods(goods) or bool(_AID_WORDS & {w.lower() for w in WORD.findall(text, start, end)})
    at = max((k for k, w in enumerate(words) if w in _GIVING or (aid and w in _MOVING)), default=-1)
    if at < 0:
        return False
    return not any(is_participle(w) for w in words[at + 1 :])


def goods_label(goods: str, giver: str) -> str:
    """The label of goods given by a giver: "rice given by Japan", "tents given by Japan"."""
    return f"{goods} {GIVEN} by {giver}"
