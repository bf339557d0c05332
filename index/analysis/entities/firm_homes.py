"""One entity for a firm the corpus writes or types more than one way: with and without its legal
form (``one_firm``), its leading words typed a person (``firm_heads``), one name typed a person
and a firm or a facility (``one_kind``); ``firm_homes`` chains them. And what reads a name as a
firm's: ``firm_named``, ``leads_firm``, ``designator``, ``firm_tail``."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from waic_reader.index.analysis.entities.lexicons import (
    PARTNER_CONJUNCTIONS,
    PARTNER_WORDS,
    PREFIX_CUES,
    SAINT_FIRSTS,
    folded_firm_core,
    folded_legal_form,
    kind_of_word,
)
from waic_reader.index.analysis.entities.mentions import key_form, name_words
from waic_reader.index.corpus.tokens import fold


def leads_firm(surface: str, key: str) -> bool:
    """Whether the one word ``surface`` is the leading word of the firm ``key`` names (an
    organisation whose name ends with a legal form or holds a firm's word, :func:`firm_named`) and
    not its whole core: "Osterby" of "ORG:Osterby Pumps AS", "Kvalsund" of "ORG:Kvalsund Polymers
    Ltd" (not "Vantor" of "ORG:Vantor Corp.", which is its core). Such a word alone may be the
    firm or, as often, the town the firm is named after ("Voices from Kvalsund"): the corpus
    types it the firm only where the text after it makes it one (:func:`firm_cue`), and never
    when another entity (a person's surname, a place) is named by it too (:func:`surface_name`).
    Folded comparison; False for other labels and for a ``surface`` of more than one word."""
    label, _, name = key.partition(":")
    if label != "ORG" or " " in surface.strip():
        return False
    folded = folded_firm_core(name)
    core = folded.split()
    if len(core) < 2 or fold(core[0]) != fold(surface):
        return False
    # a firm: a legal form ends its name or a firm's word is in it ("Friends without Frontiers",
    # a body, lends its first word to nobody)
    return folded != " ".join(name.lower().split()) or firm_named(name)


# What makes a firm's lone leading word the firm, right after it: a firm's verb ("Osterby said
# the warranty still applied", "Osterby supplied the pumps"; not "Tveter said she ...", a person
# speaking of herself) or a firm's possession ("Osterby's shares"). A place is none of these:


def firm_named(name: str) -> bool:
    """Whether a name of two words or more (as written) reads as an organisation's whatever it
    was typed: an organisation word after its first word (the recogniser's ORG cues,
    :func:`~waic_reader.index.analysis.entities.lexicons.kind_of_word`: "Works", "Docks",
    "Freight", "Holdings", "Corp") and no given name first ("Samantha Power" is a person)."""
    from waic_reader.index.analysis.entities.given_names import given_names

    words = name.split()
    return len(words) >= 2 and words[0] not in given_names() and any(kind_of_word(w) == "ORG" for w in words[1:])


def _without_the(folded: str) -> str:
    """A folded name without the article that opens it ("the alpine courier" → "alpine courier"):
    a body's name is written with and without "The" ("The Alpine Courier", "© The Alpine Courier
    GmbH", "Alpine Courier"), as with and without its legal form (t13aq N20: the publisher was
    two entities while "AlpenRail AG" and "AlpenRail" were one). Never empty."""
    rest = folded.removeprefix("the ")
    return rest if rest.strip() else folded


def _and_word(folded: str) -> str:
    """A folded name with each "&" standing alone written "and": "pacific gas & electric" and
    "pacific gas and electric" are one name (t13aw N8); an "&" inside a word ("pg&e", "at&t") is
    that word's own."""
    return " ".join("and" if w == "&" else w for w in folded.split())


def compared_core(name: str) -> str:
    """The form two spellings of one firm's name share (:func:`one_firm`): folded, without the
    legal forms that end it (``folded_firm_core``), a leading "The" (:func:`_without_the`) and
    with "&" as "and" (:func:`_and_word`): "Pacific Gas & Electric Co." → "pacific gas and
    electric"."""
    return _and_word(_without_the(fold(folded_firm_core(name))))


def one_firm(keys: Iterable[str]) -> dict[str, str]:
    """One entity for a firm written with and without its legal form: each ORG key (as given)
    whose name is another ORG key's but for the legal forms that end it (lexicons.firm_core:
    "Brightwater Ferries Ltd", "Brightwater Ferries Ltd.", "Brightwater Ferries Limited",
    "Veltrix Systems, Inc.", "Brightwater Ferries") → the key of the entity they are grouped as:
    the shortest name written with a legal form (then the first in order: "ORG:Brightwater
    Ferries Ltd"), as a short form joins its long form. A leading "The" is set aside alike
    (:func:`_without_the`: "The Alpine Courier" joins "Alpine Courier GmbH"), and "&" is "and"
    ("Pacific Gas & Electric Co." joins "Pacific Gas and Electric": :func:`compared_core`).
    Names are compared folded (:func:`key_form`); keys of other labels are left alone.
    Follows from the set of keys alone, as the search's grouping needs
    (``corpus_names.merged_keys``); linear in the keys."""
    by_core: dict[str, list[str]] = {}  # folded core → the ORG keys of that core
    for key in sorted(set(keys)):
        label, _, name = key.partition(":")
        if label == "ORG" and name.split():
            # folded (t13g F2b): "Corp." and "Corporation", "Co." and "Company" are one form
            by_core.setdefault(compared_core(name), []).append(key)
    out: dict[str, str] = {}
    for core, found in by_core.items():
        if len({key_form(k) for k in found}) < 2:
            continue  # one way of writing it (or one spelling in two cases: key_form joins them)
        # the long form, as a short form joins its long one (merge_short_forms: "Hydrolyne" is
        # "Hydrolyne Corp"); of two, the shorter ("Ltd" before "Ltd.", "Limited")
        formed = [k for k in found if _and_word(_without_the(fold(k.partition(":")[2]))) != core]
        if not formed:  # "&" and "and": one name, the "&" spelling its key
            formed = [k for k in found if "&" in k.partition(":")[2].split()]
        if not formed:
            continue  # only "The" apart ("The Alpine Courier", "Alpine Courier"): merge_short_forms'
        home = min(formed, key=lambda k: (len(k), k))
        for key in found:
            if key_form(key) != key_form(home):
                out[key] = home
    return out


def firm_homes(keys: Iterable[str]) -> dict[str, str]:
    """Each key (as given) of a firm the corpus writes or types more than one way → the key of
    the one entity it is grouped as: its legal form apart (:func:`one_firm`), then its leading
    words typed a person (:func:`firm_heads`) and one name typed a person and a firm
    (:func:`one_kind`), each reading the keys the step before left. Entity lists
    (:func:`firms_whole`) and search (``corpus_names.merged_keys``) group by this one map.
    Linear in the keys."""
    keys = set(keys)
    legal = one_firm(keys)
    rest = {legal.get(k, k) for k in keys}
    kinds = firm_heads(rest)
    kinds.update(one_kind(rest))
    out: dict[str, str] = {}
    for key in keys:
        home = legal.get(key, key)
        home = kinds.get(home, home)
        if home != key:
            out[key] = home
    return out


def one_kind(keys: Iterable[str]) -> dict[str, str]:
    """One entity for a name typed a person in some articles and an organisation (or a facility)
    in others: each such key (as given) → the key of the kind it is grouped as; a facility's
    name typed a person elsewhere is the facility. ORG when the name reads as a
    firm's (:func:`firm_named`: "Brightmoor Chemical Works") or its first word is no given name
    ("Brightwater Docks"), PERSON otherwise ("Ilse Korvan" typed a firm once). Names are
    compared folded (:func:`key_form`). Follows from the set of keys alone, as the search's
    grouping needs (``corpus_names.merged_keys``, worked out again only when the key set
    changes); linear in the keys."""
    from waic_reader.index.analysis.entities.given_names import given_names

    by_name: dict[str, dict[str, str]] = {}  # folded name → label → the key as first seen
    for key in sorted(keys):  # (one spelling per folded key, whatever order the keys come in)
        label, _, name = key.partition(":")
        if label in ("PERSON", "ORG"):
            by_name.setdefault(fold(name), {}).setdefault(label, key)
    out: dict[str, str] = {}
    for found in by_name.values():
        if len(found) < 2:
            continue
        org, person = found["ORG"], found["PERSON"]
        name = org.partition(":")[2]
        words = name.split()
        is_org = firm_named(name) or not words or words[0] not in given_names()
        home, other = (org, person) if is_org else (person, org)
        out[other] = home
    for key in keys:  # other spellings of the same folded keys go the same way
        label, _, name = key.partition(":")
        found = by_name.get(fold(name), {})
        # (Only a person's or an organisation's spelling: a place of that folded name is no
        # spelling of either, and looking its label up raised KeyError: 'GPE' on 368 articles.)
        if len(found) == 2 and label in found and key not in out and key not in found.values():
            home = out.get(found[label]) or found[label]
            if key_form(home) != key_form(key):
                out[key] = home
    # A name typed a facility in some articles and a person in others is the facility: a structure
    # named after its place ("the Rocío Alto dam") is typed a person where no structure's noun
    # follows ("statement on the Rocío Alto incident", "la presa Rocío Alto"; t13p F11)
    facilities: dict[str, str] = {}
    for key in sorted(keys):
        label, _, name = key.partition(":")
        if label == "FAC":
            facilities.setdefault(fold(name), key)
    if facilities:
        for key in keys:
            label, _, name = key.partition(":")
            if label == "PERSON" and key not in out and (fac := facilities.get(fold(name))) is not None:
                out[key] = fac
    for key, home in things_named_as_people(keys).items():
        out.setdefault(key, home)
    return out


_THING_LABELS = ("PRODUCT", "GPE", "LOC")  # in the order one wins over the next
_PLACES = ("GPE", "LOC")


def things_named_as_people(keys: Iterable[str]) -> dict[str, str]:
    """A name of two words or more typed a person in some articles and a vessel or a place in
    others (t13t F2: "the ferry Santa Rosalía" PRODUCT beside "the burned Santa Rosalía" PERSON;
    the dateline's "PUERTO CALDER" GPE beside "between Puerto Calder and" PERSON): each person's
    key → the thing's key. A craft's kind or a dateline said what it is where the others had no
    cue, and a person's name of two words is rarely written where a vessel's or a place's is. A
    vessel (PRODUCT) always; a place when its first word is a place's kind (lexicons.PREFIX_CUES:
    "Puerto Calder", "Isla Merced") or a saint's title (lexicons.SAINT_FIRSTS: "SANTA LUCIA, Chile
    (AP)" beside "Santa Lucia has 4,000 residents"), or the corpus writes it in capitals as a
    place, as a dateline does ("PUERTO CALDER, March 12 (Reuters)"), not "Georgia Lindqvist" a rule
    typed a place once."""
    things: dict[str, dict[str, str]] = {}  # folded name → label → the key as first seen
    shouted: set[str] = set()  # folded names of places written in capitals (a dateline's)
    for key in sorted(keys):
        label, _, name = key.partition(":")
        if label in _THING_LABELS and len(name.split()) >= 2:
            things.setdefault(fold(name), {}).setdefault(label, key)
            if label != "PRODUCT" and name.isupper():
                shouted.add(fold(name))
    out: dict[str, str] = {}
    if not things:
        return out
    for key in keys:
        label, _, name = key.partition(":")
        found = things.get(fold(name)) if label == "PERSON" else None
        if not found:
            continue
        first = name.split()[0]
        for kind in _THING_LABELS:
            if kind not in found:
                continue
            if kind == "PRODUCT" or fold(name) in shouted or first in SAINT_FIRSTS or PREFIX_CUES.get(first) in _PLACES:
                out[key] = found[kind]
                break
    return out


# Words a long form may add to its short form and still name the same thing: "Kushiro City" is
# "Kushiro", "Northwind Co Ltd" is "Northwind". Any other added word makes another entity:
# "Acme Analytica" is not "Acme" (which may be "University of Acme"). Besides the legal forms
# (lexicons.folded_legal_form, the one list), a place's administrative words and two words for
# a firm that are no legal form (a group of firms is still the firm its short form names).
# (a township or borough: "Fangliao" of "Fangliao Township", t13ai N12)
DESIGNATORS = frozenset(
    "city prefecture county province district municipality region state town township borough village "
    "group holdings".split()
)


def designator(word: str) -> bool:
    """Whether ``word`` (folded, as :func:`name_words` gives it) may be added to a short form by a
    long form of the same thing: a legal form ("ltd", "co.", "corporation") or a word of
    :data:`DESIGNATORS` ("city", "holdings")."""
    return word in DESIGNATORS or folded_legal_form(word)


_CONNECTORS = frozenset({"and", "&", "or"})


def glued_side(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` (folded words) is the whole of one side of an "and", "&" or "or" in
    ``long`` and the other side more than a firm's tail: "Kestrel Hydro" in "Kestrel Aviation and
    Kestrel Hydro", a name one article glued to another, which the name alone does not join (one
    such name must not make "Kestrel Hydro" ambiguous for every other article). "Lord Abbett" in
    "Lord Abbett & Co" is the firm. A body's name whose "and" joins the matters of its
    complement after "of" ("Department of Civil Protection and Emergency Management") is one name:
    its left side is the body written without the rest of its complement, as "Civil Protection"
    is its short form (README; t13as N6: "the Department of Civil Protection" stood apart), unless
    the right side opens a name of its own with the same head ("Bank of Spain and Bank of
    France")."""
    n = len(short)
    for k, w in enumerate(long):
        if w not in _CONNECTORS:
            continue
        if k == n and long[:k] == short and not all(firm_tail(x) for x in long[k + 1 :]):
            if "of" in short[1:] and long[k + 1 : k + 2] != short[:1]:
                continue  # "Department of Civil Protection" of "… and Emergency Management"
            return True
        if len(long) - k - 1 == n and long[k + 1 :] == short:
            return True
    return False


# Words a firm's full name adds after its short form ("Kestrel Hydro Holdings", "Brindle Vale
# Partners", "Ostrava Heat & Co"): the short form written alone is the firm, even when its first
# word is a given name ("Marta Olsen Partners"). Any other added word ("Marta Olsen Foundation",
# "Ilse Korvan Institute") may name a body after the person: the person stays a person. These are
# the words a partnership or family firm adds, no legal forms (those are lexicons'): see
# :func:`firm_tail`.
FIRM_TAILS = frozenset({"partnership", "&"} | {fold(w) for w in PARTNER_WORDS} | PARTNER_CONJUNCTIONS)


def firm_tail(word: str) -> bool:
    """Whether ``word`` (folded, as :func:`name_words` gives it) is one a firm's full name adds after
    its short form: a designator (:func:`designator`: a legal form, "holdings") or a word of
    :data:`FIRM_TAILS` ("partners", "&")."""
    return word in FIRM_TAILS or designator(word)


def firm_heads(keys: Iterable[str], opens_person: Callable[[str], bool] | None = None) -> dict[str, str]:
    """The PERSON keys of two words or more that name an organisation of the same keys: person key
    → organisation key.

    A person-looking name whose words are the leading words of exactly one organisation's longer
    name ("PERSON:Kestrel Hydro" beside "ORG:Kestrel Hydro Holdings", matched folded) is that
    organisation, when its first word opens no person's name (``opens_person``: by default the
    given names of :mod:`given_names`) or the words the organisation adds are all a firm's
    (:func:`firm_tail`). Of two organisations or more it opens, the one whose name is its words
    and legal forms only ("PERSON:Moen Kjemi" beside "ORG:Moen Kjemi AS" and "ORG:Moen Kjemi
    Logistikk AS": the first); none when no such one or two. Linear in the keys: each
    organisation's leading words are indexed."""
    if opens_person is None:
        from waic_reader.index.analysis.entities.given_names import given_names

        names = given_names()
        opens_person = names.__contains__
    people: dict[str, tuple[str, ...]] = {}
    heads: dict[tuple[str, ...], set[str]] = {}  # leading words (2+) → folded org keys
    spelled: dict[str, str] = {}
    for key in keys:
        label, _, name = key.partition(":")
        if label not in ("PERSON", "ORG"):
            continue
        words = name_words(name)
        if len(words) < 2:
            continue
        if label == "PERSON":
            people[key] = words
            continue
        folded = key_form(key)
        spelled.setdefault(folded, key)
        for n in range(2, len(words)):
            if not glued_side(words[:n], words):  # (not "Kestrel Aviation" of "… and Kestrel Hydro")
                heads.setdefault(words[:n], set()).add(folded)
    out: dict[str, str] = {}
    for key, words in people.items():
        homes = heads.get(words)
        if homes and len(homes) > 1:
            # the one firm whose name is these words and legal forms ("Moen Kjemi" of "Moen Kjemi
            # AS" beside "Moen Kjemi Logistikk AS"; t13h F3), never the longer one they open
            exact = {
                h for h in homes if all(folded_legal_form(w) for w in name_words(h.partition(":")[2])[len(words) :])
            }
            homes = exact if len(exact) == 1 else homes
        if not homes or len(homes) != 1:
            continue  # no organisation, or two ("Kestrel Hydro Holdings", "Kestrel Hydro Services")
        home = next(iter(homes))
        added = name_words(home.partition(":")[2])[len(words) :]
        first = key.partition(":")[2].split()[0]
        if opens_person(first) and not all(firm_tail(w) for w in added):
            continue
        out[key] = spelled[home]
    return out
