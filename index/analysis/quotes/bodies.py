"""Whether a common-noun description names a body: one rule for the article and the corpus.

"The coast guard said", "the hospital said", "police said": a subject that describes a body by
its noun. In the article (:meth:`speakers.Speakers._described`) it is the body the article names
before it, across the corpus (:func:`merge.described_speakers`) the one body of the corpus it
names and the article is tied to. Both ask :func:`names_body` whether the description names a
body (review s47-rv finding 10: the article matched any word of the name, the corpus the head
noun and a set of words, so one description resolved two ways).

The rule (review s47-rv findings 1 and 7):

* the description is a whole phrase of the name ending at its head noun: its head is the name's
  head (the last word, or the last before "of": "Ministry" of "Ministry of Health"; a plural
  "hospitals" is "Hospital"'s), and its words before the head are the name's words right before
  the head ("coast guard" -> "Philippine Coast Guard", "provincial government" -> "Cebu
  Provincial Government") or, for a name with "of", words after the "of" ("health ministry" ->
  "Ministry of Health"). "The ruling party" is no "Constitutional Democratic Party".
* a one-word description ("police", "the government", "the council") is a noun many bodies
  share: across articles it names a body only when something ties the article to that body
  (:func:`tied`): the article names the body itself, or names a place the body's name names
  ("Philippine" of the Philippine Coast Guard in an article naming the Philippines, "Kenyan" of
  the Kenyan Government in one naming Kenya). "Police said" in a Kenyan story is no London force.
  A description of two nouns ("coast guard", "coastguard") is held to the same tie (review s48-rv
  finding 8: a Cornish "coastguard" was the Philippine Coast Guard), unless the article names no
  place the town and region lists know (:func:`merge.described_speakers`).
* a job word that is also a body's noun ("guard") alone names a person, never a body; "a"/"an"
  before the noun marks one of many, never the body (:func:`speakers.body_description`).
"""

from __future__ import annotations

from collections.abc import Iterable

from waic_reader.index.analysis.entities.gazetteer import Gazetteer, places_folded
from waic_reader.index.corpus.tokens import WORD, fold

# Gazetteer labels of a place or of its people ("Philippines", "Kenyan", "Mindanao").
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` (the project's tokeniser, :data:`tokens.WORD`)."""
    return WORD.findall(fold(text))


def head_index(words: list[str]) -> int:
    """The index of the head noun of a name's folded ``words``: the last word before "of"
    ("ministry" of "ministry of health"), else the last ("guard" of "philippine coast guard");
    -1 for no words."""
    return words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1


def _same_noun(a: str, b: str) -> bool:
    """Whether two folded nouns are one, in the singular or plural ("hospitals", "hospital")."""
    return a == b or a.removesuffix("s") == b or b.removesuffix("s") == a


def closed_head(words: list[str]) -> list[str] | None:
    """``words`` (a name's or a description's folded words) with its head noun written closed
    with the word before it, as English writes many compound nouns either way ("coast guard" /
    "coastguard": ["philippine", "coast", "guard"] -> ["philippine", "coastguard"]; the
    head is :func:`head_index`'s), or None when no word stands before the head. Only a spelling
    the text itself writes is ever compared: no list of compounds (round s48-q)."""
    h = head_index(words)
    if h < 1:
        return None
    return [*words[: h - 1], words[h - 1] + words[h], *words[h + 1 :]]


def head_keys(words: list[str]) -> set[str]:
    """The keys a body's head noun is looked up by, singular: its head, and its head written
    closed with the word before it ("coast guard" -> {"guard", "coastguard"}; :func:`closed_head`).
    Empty for no words."""
    if not words:
        return set()
    keys = {words[head_index(words)].removesuffix("s")}
    closed = closed_head(words)
    if closed is not None:
        keys.add(closed[head_index(closed)].removesuffix("s"))
    return keys


def names_body(description: str, name: str) -> bool:
    """Whether the lower-case ``description`` ("coast guard", "hospital", "health ministry") names
    the body called ``name`` as a whole phrase ending at its head (module rule), either written
    with its head noun closed with the word before it ("the coastguard" names the "Philippine
    Coast Guard", "the coast guard" the "HM Coastguard": :func:`closed_head`), or by its
    qualifiers in their order among the name's words before its head ("environment agency" names
    the "Regional Environment Protection Agency"). False for an empty description or name."""
    desc, held = words_of(description), words_of(name)
    if not desc or not held:
        return False
    descs = [desc, *filter(None, [closed_head(desc)])]
    helds = [held, *filter(None, [closed_head(held)])]
    return any(_names(d, n) for d in descs for n in helds)


def _names(desc: list[str], held: list[str]) -> bool:
    """:func:`names_body` on folded words, as written."""
    h = head_index(held)
    if not _same_noun(desc[-1], held[h]):
        return False
    before = desc[:-1]
    if not before:
        return True
    if h >= len(before) and held[h - len(before) : h] == before:
        return True
    # "environment agency" for "Regional Environment Protection Agency": the qualifier's words in
    # their order among the name's words before its head, other words between (round s53-q2,
    # t13az N11: the only agency of the corpus was no "environment agency")
    ahead = iter(held[:h])
    if all(w in ahead for w in before):
        return True
    # "health ministry" for "Ministry of Health": the qualifier after "of"
    return h + 1 < len(held) and held[h + 1] == "of" and set(before) <= set(held[h + 2 :])


def place_words(name: str) -> frozenset[str]:
    """The folded words of a body's ``name`` before its head that name a place or its people (a
    gazetteer place or demonym, or a listed town or region): "philippine" of "Philippine Coast
    Guard", "leeds" of "Leeds City Council", none of "Metropolitan Police"."""
    gazetteer = Gazetteer.current()
    towns = places_folded()
    written = WORD.findall(name)
    h = head_index([fold(w) for w in written])
    found: set[str] = set()
    for w in written[:h]:
        known = gazetteer.known(w) if w[:1].isupper() else None
        if (known is not None and known[0] in PLACE_LABELS) or (w[:1].isupper() and w in towns):
            found.add(fold(w))
    return frozenset(found)


def _same_place(a: str, b: str) -> bool:
    """Whether two folded place words are one place's: equal, or a country and its adjective one
    or two letters apart ("philippines"/"philippine", "kenya"/"kenyan")."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 2 and len(short) >= 4


def tied(body_places: Iterable[str], article_places: Iterable[str]) -> bool:
    """Whether any of a body's place words (:func:`place_words`) is one of an article's
    (the folded words of the places it names)."""
    held = list(article_places)
    return any(_same_place(p, a) for p in body_places for a in held)


__all__ = ["PLACE_LABELS", "closed_head", "head_index", "head_keys", "names_body", "place_words", "tied", "words_of"]
