"""Money a crime took or moved: stolen, laundered, embezzled or obtained by fraud (issue #16
"figures agree", round s48-f: "Scammers sent $5 million in stolen funds to accounts abroad" was a
row *money pledged*, joined with a government's aid of $5 million). Such money is a measure of its
own, one per kind of crime, never money given, offered or an amount of no role.

The kinds follow the offences criminal law sets apart for taking money (England and Wales: the
Theft Act 1968's theft and robbery, the Fraud Act 2006's fraud, the Proceeds of Crime Act 2002's
money laundering; embezzlement, a theft by whom the money was entrusted to, as US federal law
names it, 18 U.S.C. § 641-666). A ransom is money demanded (money_roles), as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from waic_reader.index.analysis.facts.words import AUXILIARIES, VERB_ADVERBS

# Each kind of crime: its measure key's tail, its row label, the verb forms that say a sum was
# taken or moved so ("stole $5m", "$5m was stolen", "in stolen funds") and the nouns of the crime
# that name the sum's crime right after it or before "of" ("a $5m heist", "the theft of $5m").
_CRIMES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "stolen",
        "money stolen",
        (
            *("steal", "steals", "stealing", "stole", "stolen", "loot", "loots", "looting", "looted"),
            *("rob", "robs", "robbing", "robbed", "pilfer", "pilfers", "pilfering", "pilfered"),
        ),
        ("theft", "thefts", "heist", "heists", "robbery", "robberies"),
    ),
    (
        "laundered",
        "money laundered",
        ("launder", "launders", "laundering", "laundered"),
        ("laundering",),
    ),
    (
        "embezzled",
        "money embezzled",
        (
            *("embezzle", "embezzles", "embezzling", "embezzled", "misappropriate", "misappropriated"),
            *("siphon", "siphons", "siphoning", "siphoned"),
        ),
        ("embezzlement", "misappropriation"),
    ),
    (
        "fraud",
        "money taken by fraud",
        (
            *("defraud", "defrauds", "defrauding", "defrauded", "swindle", "swindles", "swindling", "swindled"),
            *("scam", "scams", "scamming", "scammed", "extort", "extorts", "extorting", "extorted"),
        ),
        ("fraud", "frauds", "scam", "swindle", "extortion"),
    ),
)
CRIME = "crime"
_BY_VERB = {form: (f"{CRIME}|{key}", label) for key, label, verbs, _ in _CRIMES for form in verbs}
_BY_NOUN = {noun: (f"{CRIME}|{key}", label) for key, label, _, nouns in _CRIMES for noun in nouns}
# Words between a crime's verb and the sum it governs: a qualifier of the sum ("stole about $5m",
# "laundered more than $3m") or, after the sum, the auxiliaries and adverbs of a passive ("$3m had
# been laundered", "$2m was reportedly stolen"). A verb farther off governs another thing ("put a
# price of $4.5m on the stolen data": the data was stolen, no money).
_QUALIFIERS = frozenset("about some around nearly almost over another roughly approximately more than an a".split())
_MONEY_NOUNS = frozenset(
    "funds fund money cash assets proceeds payments deposits savings cryptocurrency bitcoin crypto".split()
)


def crime_money(before: Sequence[str], after: Sequence[str]) -> tuple[str, str] | None:
    """(measure key, label) of a sum of money a crime took or moved, from its clause's lower-case
    words ``before`` and ``after`` it; ("crime|stolen", "money stolen") and the like, None when its
    clause names no crime of the sum. The crime governs the sum when its verb takes the sum as object
    ("stole $5m", "laundered about $3m", "defrauded investors of $5m"), as passive subject ("$3m had
    been laundered"), its participle names the sum's money ("$5m in stolen funds"), or its noun
    names the sum ("a $5m heist", "the theft of $5m")."""
    if after[:1] and after[0] in _BY_NOUN:
        return _BY_NOUN[after[0]]
    if len(before) > 1 and before[-1] == "of" and before[-2] in _BY_NOUN:
        return _BY_NOUN[before[-2]]
    k = len(before) - 1
    while k >= 0 and before[k] in _QUALIFIERS:
        k -= 1
    if k >= 0 and before[k] in _BY_VERB:
        return _BY_VERB[before[k]]
    if len(before) > 2 and before[-1] == "of" and before[-3] in _BY_VERB:
        return _BY_VERB[before[-3]]  # "defrauded investors of $5m"
    if len(after) > 2 and after[0] == "in" and after[1] in _BY_VERB and after[2] in _MONEY_NOUNS:
        return _BY_VERB[after[1]]  # "$5m in stolen funds"
    j = 0
    while j < len(after) and (after[j] in AUXILIARIES or after[j] in VERB_ADVERBS or after[j].endswith("ly")):
        j += 1
    if 0 < j < len(after) and after[j] in _BY_VERB:
        return _BY_VERB[after[j]]  # "$3m had been laundered"
    return None
