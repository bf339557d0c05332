"""A known name opening a sentence that the word after it reads as the common noun: a product
before a plural verb ("Windows were shattered"), a party's one-word name before a noun it
modifies ("Labour inspectors said"): ``common_noun_reading``, the one question the recogniser asks;
a body's one-word name naming a portfolio before a minister's title ("Labour Minister"):
``portfolio_before_title``."""

from __future__ import annotations

from collections.abc import Sequence

from waic_reader.index.analysis.entities.lexicons import people_plural
from waic_reader.index.analysis.lexicon import IRREGULAR_PAST, STOP_WORDS

# Verbs whose subject is plural: "Windows were", "Windows have been".
_PLURAL_VERBS = frozenset("were are have".split())
# The endings of a noun the word before modifies ("inspectors", "unions", "ministry", "shortages",
# "rights", "laws", "market"): no verb's.
_NOUN_ENDINGS = (
    "ors",
    "ers",
    "ists",
    "ions",
    "ment",
    "ments",
    "ry",
    "ries",
    "ity",
    "ities",
    "ages",
    "hts",
    "ws",
    "ket",
    "kets",
)


def modified_noun(after: str) -> bool:
    """Whether the lower-case word ``after``, right after a name, reads as a common noun the name
    modifies ("Velmora bridge collapse", "Velmora residents", "Velmora flood warning") rather than
    a verb the name is the subject of ("Velmora said", "Velmora will", "Velmora expects", "Velmora
    warned"): lower case, no function word (auxiliaries, modals, "said", "says"), no past form
    ("-ed", :data:`~waic_reader.index.analysis.lexicon.IRREGULAR_PAST`), and a word in "-s" only a
    plural of people or of a noun's ending (:data:`_NOUN_ENDINGS`), as "expects" or "warns" is a
    verb's third person. A base form that is both ("sign", "warn") reads as the noun: the caller
    asks this only where the name is a modifier's likely reading."""
    word = after.lower()
    if not after[:1].islower() or word in STOP_WORDS or word in IRREGULAR_PAST or word.endswith("ed"):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        return people_plural(word) or word.endswith(_NOUN_ENDINGS)
    return True


def common_noun_party(canonical: str, word: str, after: str) -> bool:
    """Whether a party's one-word name opening a sentence ("Labour" of the Labour Party) is the
    common noun: a lower-case noun follows that it modifies ("Labour inspectors said", "Labour
    shortages worsened", "Labour ministry officials"; t13o F8), where the party says, wins or has
    ("Labour said", "Labour MP", "Labour's")."""
    return (
        canonical.endswith(" Party")
        and word != canonical
        and after[:1].islower()
        and (people_plural(after) or after.endswith(_NOUN_ENDINGS))
    )


def common_noun_reading(label: str, canonical: str, word: str, after: str) -> bool:
    """Whether the gazetteer's one-word match ``word`` opening a sentence (its entity's ``label``
    and ``canonical`` name), the word ``after`` it following, is the common noun: a product before a
    plural verb (a product is one thing: "Windows were shattered") or a party's name before a noun
    it modifies (:func:`common_noun_party`)."""
    return (label == "PRODUCT" and after.lower() in _PLURAL_VERBS) or common_noun_party(canonical, word, after)


# The titles of a portfolio's holder: the capitalised word before them names the portfolio ("Labour
# Minister", "Treasury Secretary"), a job title, no organisation (#16). Not "MP", "leader": a party's.
_PORTFOLIO_TITLES = frozenset("Minister Ministers Secretary Commissioner Undersecretary".split())


def portfolio_before_title(word: str, after: Sequence[str]) -> bool:
    """Whether a known organisation's one-word name ``word`` (a party's "Labour"), the words
    ``after`` it following (the next four or fewer), is a portfolio inside a job title: right
    before the title ("Labour Minister Farida Chowdhury", "Labour Secretary") or joined by "and" to
    another portfolio before it ("Labour and Employment Minister"), where the body is named by no
    one; an acronym keeps its body ("FBI Director")."""
    if word.isupper() or not after:
        return False
    if after[0] in _PORTFOLIO_TITLES:
        return True
    if after[0] not in ("and", "&"):
        return False
    # one or two capitalised words name the other portfolio ("Employment", "Social Affairs")
    for n in (2, 3):
        if len(after) > n and after[n] in _PORTFOLIO_TITLES and all(w[:1].isupper() for w in after[1:n]):
            return True
    return False
