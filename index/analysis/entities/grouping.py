"""Mentions grouped into entities across articles (``group``): the corpus's typed names first
(``corpus_votes``), a place's bare name read as a body's short form given to the place
(``places_written_bare``), firms written or typed more than one way as one (``firm_homes``), people
named more than one way as one (``person_joins``), short forms into the one long form they name
(``merge_short_forms``), each entity named as the corpus writes it most (``spellings``); and the
entities' JSON."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from waic_reader.index.analysis.entities.common_nouns import modified_noun
from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions, firms_whole
from waic_reader.index.analysis.entities.firm_homes import compared_core, designator, firm_named, glued_side
from waic_reader.index.analysis.entities.lexicons import NAME_PARTICLES, firm_core, folded_firm_core
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, Entity, Mention, key_form, name_words
from waic_reader.index.analysis.entities.person_joins import hyphen_variants, surname_aliases
from waic_reader.index.analysis.entities.products import camel_words
from waic_reader.index.analysis.entities.short_forms import syllabic_short
from waic_reader.index.analysis.entities.spellings import corpus_named, written_name
from waic_reader.index.corpus.tokens import fold


def group(
    mentions_by_doc: dict[str, list[Mention]],
    texts: Mapping[str, str] | None = None,
    noise_spans: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> list[Entity]:
    """Merge mentions across the corpus by key; entities sorted by mention count, then name.

    With the articles' ``texts`` (doc → text), a name typed in one article first types its
    mentions the recogniser left untyped in the others (:func:`corpus_mentions`), each in
    boilerplate where the article's ``noise_spans`` (doc → spans) cover it."""
    if texts is not None:
        mentions_by_doc = places_written_bare(corpus_mentions(mentions_by_doc, texts, noise_spans), texts)
    else:  # (corpus_mentions does this first)
        mentions_by_doc = firms_whole(mentions_by_doc)
    by_key = _by_key(mentions_by_doc)
    docs = list(mentions_by_doc)
    # A spelling with spaces joins the hyphened one's entity ("Elena Vargas Huaman" into
    # "Elena Vargas-Huamán"), then a lone surname its one full name's.
    _move_into(by_key, hyphen_variants(ent.key for ent in by_key.values()), docs)
    _move_into(by_key, surname_aliases(ent.key for ent in by_key.values()), docs)
    # (a name written apart and as one word first: "Cal Fire" and "CalFire" are one short form,
    # which then joins the long form defining "CAL FIRE")
    _move_into(by_key, spaced_camel_names(by_key), docs)
    _move_into(by_key, defined_abbreviations(by_key, _languages(texts)), docs)
    forms = written_forms(m for ent in by_key.values() for _, m in ent.mentions)
    _move_into(by_key, written_form_homes((ent.key for ent in by_key.values()), forms), docs)
    return _named(merge_short_forms(list(by_key.values())))


_PLACE_LABELS = frozenset({"GPE", "LOC"})

# The head nouns that end the name of a public body named after the place it serves ("Velmora
# Civil Protection Agency", "Ardenvik Fire and Rescue Service", "Brennholm Water Board", "Kent
# Police", "Leeds City Council"): the kinds of public body context.py reads in apposition
# (agency, service, authority, commission, board, inspectorate, ministry, department) and those of
# local government and the emergency services (council, police, constabulary, office, bureau,
# directorate, administration, brigade). Such a body is written by its whole name or its initials,
# so its place's bare word is the place; a club ("Liverpool Football Club") or a firm ("Delta Air
# Lines") named after a place is written by that word alone ("Liverpool said", "at Delta").
PUBLIC_BODY_HEADS = frozenset(
    """agency service authority commission board inspectorate ministry department council police
    constabulary office bureau directorate administration brigade""".split()
)
# The word right after a mention, one space or tab away ("Velmora bridge"; not "Velmora's").
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*)(?![\w’'])")


def bare_places(keys: Iterable[str]) -> dict[str, tuple[str, str]]:
    """{folded one-word name: (key, label)} of the one-word GPE/LOC ``keys`` ("GPE:Velmora"),
    the first in code-point order for a folded name, whatever order the keys come in: the
    places :func:`place_written_bare` gives a body's bare word to."""
    places: dict[str, tuple[str, str]] = {}
    for key in sorted(keys):
        label, _, name = key.partition(":")
        if label in _PLACE_LABELS and name and " " not in name:
            places.setdefault(fold(name), (key, label))
    return places


def place_written_bare(
    mentions: list[Mention], text: str | None, places: Mapping[str, tuple[str, str]]
) -> list[Mention]:
    """One article's ``mentions`` (offsets into its ``text``) with each one-word ORG mention the
    recogniser read as the short form of a public body named after a place of ``places``
    (:func:`bare_places`: the corpus's one-word GPE/LOC names) given to that place where the
    word modifies the common noun after it: "Velmora" of the Velmora Civil Protection Agency in a
    headline's "Velmora bridge collapse" is the city (t13ao N7). A body named after its place
    (:data:`PUBLIC_BODY_HEADS`) is written by its whole name or its initials; the bare word before a
    noun it modifies is the place. The word as a body's subject or owner stays the body ("Velmora
    said", "Velmora will", "Velmora's director": :func:`~.common_nouns.modified_noun`), and so does
    the bare name of a club or firm named after a place ("Liverpool said" of Liverpool Football
    Club, whatever another article says of the city: s47-rv2 finding 1). No ``text``: as given.
    The one rule the entity list (:func:`group`) and the reader's grouped mentions
    (``CorpusView.mentions``) apply."""
    if not places or text is None:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.label == "ORG" and " " not in m.text and (place := places.get(fold(m.text))) is not None:
            words = m.key.partition(":")[2].split()
            if (
                len(words) >= 2
                and fold(words[0]) == fold(m.text)
                and fold(words[-1]) in PUBLIC_BODY_HEADS
                and (after := _NEXT_WORD.match(text, m.end)) is not None
                and modified_noun(after.group(1))
            ):
                m = replace(m, key=place[0], label=place[1])
        out.append(m)
    return out


def places_written_bare(
    mentions_by_doc: Mapping[str, list[Mention]], texts: Mapping[str, str]
) -> dict[str, list[Mention]]:
    """``mentions_by_doc`` (doc → mentions) with :func:`place_written_bare` applied to each
    article (its text in ``texts``), the places those of every article's mentions."""
    places = bare_places(m.key for mentions in mentions_by_doc.values() for m in mentions)
    return {doc: place_written_bare(mentions, texts.get(doc), places) for doc, mentions in mentions_by_doc.items()}


def _abbreviated(name: str) -> bool:
    """Whether ``name`` is an abbreviation alone (:func:`_abbreviation`), a legal form after it
    set aside: "PG&E Corp" is "PG&E" (``lexicons.firm_core``; t13aw N8)."""
    core = firm_core(name)
    return " " not in core and _abbreviation(core)


def _letters(name: str) -> str:
    """An abbreviation's letters alone, what a name's initials (:func:`_initials`) are compared
    with: "PG&E Corp" → "PGE", "U.S.A." → "USA"."""
    return firm_core(name).replace(".", "").replace("&", "")


def _abbreviation(word: str) -> bool:
    """Whether ``word`` has an abbreviation's shape: one token of 2 to 8 letters (a dot or "&"
    among them), a capital first and at least one more ("NWS", "BoM", "DfE", "S&P")."""
    letters = word.replace(".", "").replace("&", "")
    return (
        2 <= len(letters) <= 8 and letters.isalpha() and word[0].isupper() and sum(ch.isupper() for ch in letters) >= 2
    )


# Words a name's initials skip ("Department of Homeland Security": DHS; "Organisation for Economic
# Co-operation and Development": OECD), English and the Romance languages' articles, prepositions
# and conjunctions.
_INITIALS_SKIP = frozenset("of the and for on in at to & de del des du la le les el y et e da do dos das di".split())


def _initials(name: str) -> set[str]:
    """The folded initials a name of two words or more is abbreviated by ("National Weather
    Service": {"nws"}; "Department of Homeland Security": {"dhs", "dohs"}): the first letters of
    its words without the words of :data:`_INITIALS_SKIP`, and of all its words; none of fewer
    than three letters (two letters name too many bodies to say which without a definition)."""
    # (a firm's legal form is no initial: "Pacific Gas & Electric Co." is "PG&E", t13aw N8)
    words = [w for w in re.split(r"[\s-]+", firm_core(name)) if w and w[0].isalpha()]
    out = {
        fold("".join(w[0] for w in words if w.lower() not in _INITIALS_SKIP)),
        fold("".join(w[0] for w in words)),
    }
    return {i for i in out if len(i) >= 3}


def initialled_keys(keys: Iterable[str]) -> dict[str, str]:
    """{folded key: key} of each entity key named by an abbreviation alone ("ORG:NWS") whose
    letters are the initials (:func:`_initials`) of exactly one other key's name of two words or
    more, no person's ("ORG:National Weather Service"): the join :func:`defined_abbreviations`
    makes where no article defines the abbreviation, from the keys alone (the search index's
    grouping, ``corpus_names.merged_keys``). Linear in the keys."""
    spelled: dict[str, str] = {}
    for key in sorted(keys):
        spelled.setdefault(key_form(key), key)
    initialled: dict[str, set[str]] = {}
    for key in spelled.values():
        label, _, name = key.partition(":")
        if label != "PERSON" and label in NAME_LABELS and len(name_words(name)) >= 2:
            for initials in _initials(name):
                initialled.setdefault(initials, set()).add(key)
    out: dict[str, str] = {}
    for folded, key in spelled.items():
        label, _, name = key.partition(":")
        if not _abbreviated(name) or label not in NAME_LABELS:
            continue
        homes = initialled.get(fold(_letters(name)), set()) - {key}
        if len({compared_core(h.partition(":")[2]) for h in homes}) == 1:
            # (one firm's spellings, which firm_homes joins: "Pacific Gas and Electric", "Pacific
            # Gas & Electric Co." are one name for "PG&E")
            out[folded] = min(homes)
    return out


def _languages(texts: Mapping[str, str] | None) -> Callable[[str], str | None] | None:
    """The language of each article of ``texts`` (doc → its language's English name, None for
    English: ``language.text_language``), worked out on first asking; None without texts."""
    if texts is None:
        return None
    from waic_reader.index.analysis.language import text_language

    known: dict[str, str | None] = {}

    def language_of(doc: str) -> str | None:
        if doc not in known:
            known[doc] = text_language(texts[doc]) if doc in texts else None
        return known[doc]

    return language_of


def _same_language_home(
    abbreviation: Entity, homes: set[str], sites: Mapping[str, set[str]], language_of: Callable[[str], str | None]
) -> set[str]:
    """Of the entities ``homes`` (folded keys) that define one abbreviation, each in the articles
    ``sites`` (folded key → docs), those defining it in the language of every article writing the
    entity ``abbreviation`` alone: "Military Emergencies Unit (UME)" of an English article for
    the English articles' "the UME says", where a Spanish one defines "Unidad Militar de
    Emergencias (UME)" (t13at N6: three entities). All of ``homes`` when those articles are of
    more than one language."""
    languages = {language_of(doc) for doc, _ in abbreviation.mentions}
    if len(languages) != 1:
        return homes
    (language,) = languages
    return {h for h in homes if any(language_of(doc) == language for doc in sites.get(h, ()))}


def defined_abbreviations(
    by_key: Mapping[str, Entity], language_of: Callable[[str], str | None] | None = None
) -> dict[str, str]:
    """{folded key: key} of each entity named by an abbreviation alone ("ORG:NWS", "PERSON:BoM")
    that one other entity, of two words or more and no person, writes as one of its mentions (an
    article defined it there: "the National Weather Service (NWS)"): the article that uses the
    abbreviation alone means that entity, whatever label its recogniser gave the word with no
    definition in sight (t13air S2: "The BoM said" a Person, "The NWS said" an organisation
    of its own, and ``who:"National Weather Service"`` missed the article). An entity whose
    name's initials (:func:`_initials`) are the abbreviation writes it too, though no article
    defines it: "the NWS" in one article, "the National Weather Service" in another (t13ap N15),
    where no article defines it.
    An abbreviation two entities write stays apart (which one it means is not known), unless
    one of them defines it in the language of the articles writing it alone (``language_of``:
    doc → language, :func:`_same_language_home`). Linear in the mentions."""
    defined: dict[str, set[str]] = {}  # folded abbreviation → the keys of the entities writing it
    sites: dict[str, dict[str, set[str]]] = {}  # folded abbreviation → entity's key → docs writing it
    initialled: dict[str, set[str]] = {}  # folded initials → the keys of the entities named so
    for folded, ent in by_key.items():
        if ent.label == "PERSON" or ent.label not in NAME_LABELS or len(name_words(ent.name)) < 2:
            continue
        for doc, m in ent.mentions:
            if " " not in m.text and _abbreviation(m.text):
                defined.setdefault(fold(m.text), set()).add(folded)
                sites.setdefault(fold(m.text), {}).setdefault(folded, set()).add(doc)
        for initials in _initials(ent.name):
            initialled.setdefault(initials, set()).add(folded)
    if not defined and not initialled:
        return {}
    out: dict[str, str] = {}
    for folded, ent in by_key.items():
        if ent.label not in NAME_LABELS:
            continue
        if not _abbreviated(ent.name):
            continue
        # (an article's definition first: "The Meteorological Agency (KMA)" beside the "Kestria
        # Meteorological Agency" it is a short form of, both KMA's)
        short = fold(firm_core(ent.name))
        homes = defined.get(short, set()) - {folded} or initialled.get(fold(_letters(ent.name)), set()) - {folded}
        if len(homes) > 1 and language_of is not None and short in defined:
            homes = _same_language_home(ent, homes, sites[short], language_of)
        if len(homes) == 1:
            out[folded] = by_key[next(iter(homes))].key
    return out


def written_forms(mentions: Iterable[Mention]) -> set[tuple[str, str]]:
    """(compact form, key) of each mention of ``mentions`` that writes its entity by a name of
    other words than its key's (:func:`_other_words`; no person's): "CAL FIRE" keyed to
    "ORG:Department of Forestry and Fire Protection" where the article defined it in brackets.
    The compact form is folded, without spaces (:func:`_compact`). What :func:`written_form_homes`
    reads; kept by the search's grouping with each article (``names_state.NamesState.forms``)."""
    out: set[tuple[str, str]] = set()
    for m in mentions:
        label, _, name = m.key.partition(":")
        if label != "PERSON" and label in NAME_LABELS and _other_words(m.text, name):
            out.add((_compact(m.text), m.key))
    return out


def _compact(name: str) -> str:
    """A name folded, without spaces: "Cal Fire", "CAL FIRE" and "CalFire" are one form."""
    return "".join(fold(name).split())


def written_form_homes(keys: Iterable[str], forms: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{folded key: key} of each entity key whose name is, whatever its case and spacing
    (:func:`_compact`), a form the corpus writes one other entity of its label by
    (:func:`written_forms`): "ORG:Cal Fire", "ORG:CAL FIRE" and "ORG:CalFire" (or "PERSON:CalFire",
    one word of two capitalised parts being no given name and surname) into "ORG:Department of
    Forestry and Fire Protection", which an article writes "CAL FIRE" (t13aw N9: five entities
    in the entity list, while ``who:"CAL FIRE"`` found them all). A form two entities are written
    by stays apart. The one rule of the entity list (:func:`group`) and of search
    (``corpus_names.merged_keys``); linear in the keys and forms."""
    homes: dict[str, set[str]] = {}
    for form, home in forms:
        homes.setdefault(form, set()).add(home)
    if not homes:
        return {}
    out: dict[str, str] = {}
    for key in sorted(set(keys)):
        label, _, name = key.partition(":")
        found = homes.get(_compact(name))
        if not found or key_form(key) in out:
            continue
        camel = label == "PERSON" and camel_words(name) is not None
        own = {
            key_form(h): h
            for h in sorted(found)
            if key_form(h) != key_form(key) and (h.partition(":")[0] == label or camel)
        }
        if len(own) == 1:
            out[key_form(key)] = next(iter(own.values()))
    return out


def _other_words(written: str, name: str) -> bool:
    """Whether ``written`` (a mention's text) is a name of two words or more that are not words of
    its entity's ``name`` in a row: a short form of other words ("CAL FIRE" of "Department of
    Forestry and Fire Protection"), which the recogniser keys to the long form only where the
    article defines it (``short_forms.bracketed_names``)."""
    words = name_words(written)
    return len(words) >= 2 and not _inside(words, name_words(name))


def spaced_camel_names(by_key: Mapping[str, Entity]) -> dict[str, str]:
    """A name written apart where the corpus also writes it as one mixed-case word of the same
    words and label ("ORG:Black Tarn" beside "ORG:BlackTarn": :func:`products.camel_words`; a
    reported fault, the gang's self-name in one article no mention of the gang named in the
    others): the folded key (``by_key``'s keys, :func:`key_form`) of each spaced spelling → the
    mixed-case one's key."""
    camels: dict[tuple[str, tuple[str, ...]], str] = {}
    for ent in by_key.values():
        if ent.label in NAME_LABELS and (words := camel_words(ent.key.partition(":")[2])) is not None:
            camels[(ent.label, tuple(w.lower() for w in words))] = ent.key
    if not camels:
        return {}
    out: dict[str, str] = {}
    for folded, ent in by_key.items():
        words = tuple(ent.key.partition(":")[2].lower().split())
        if len(words) < 2:
            continue
        if (camel := camels.get((ent.label, words))) is not None:
            out[folded] = camel
        elif ent.label == "ORG" and (person := camels.get(("PERSON", words))) is not None:
            # "CalFire said" typed a person where the corpus writes the organisation "Cal Fire"
            # apart (t13aw N9): one word of two capitalised parts is no given name and surname,
            # so the organisation's spelling apart says what it is
            out[key_form(person)] = ent.key
    return out


def _move_into(by_key: dict[str, Entity], joins: Mapping[str, str], docs: list[str]) -> None:
    """Each entity keyed ``folded`` in ``joins`` moved into the entity of its ``full`` name, its
    mentions kept in corpus order (``docs``) and offset order."""
    if joins:
        order: dict[str, int] = {doc: n for n, doc in enumerate(docs)}
        for folded, full in joins.items():
            moved = by_key.pop(folded)
            if (home := by_key.get(key_form(full))) is None:  # a known person no article names so
                label, _, name = full.partition(":")
                home = by_key[key_form(full)] = Entity(full, name, label)
            home.mentions.extend(moved.mentions)
            home.mentions.sort(key=lambda dm: (order[dm[0]], dm[1].start))


def grouped_by_key(
    mentions_by_doc: Mapping[str, list[Mention]], spelled: Mapping[str, Mapping[str, int]] | None = None
) -> list[Entity]:
    """The entities of mentions already grouped across the corpus (each key the one of the
    entity it belongs to: ``Workspace.article_mentions``), one per key (:func:`key_form`), as
    :func:`group` names and sorts them. Merges nothing more: a few articles' mentions grouped
    again among themselves could join a lone surname or short form the whole corpus leaves
    apart (two people of one surname in articles left out).

    ``spelled``: how often the whole corpus writes each name each way (folded text → {text:
    count}, ``kept_mentions.spellings``; ``Workspace.corpus_spellings``): each entity is then
    named by :func:`most_written` on the corpus's counts, as the entity list names it, not by
    these articles' own spellings alone (t13g F8: an article writing "ORVANE MINERALS AS" of
    the corpus's "Orvane Minerals AS")."""
    return _named(list(_by_key(mentions_by_doc).values()), spelled)


def _by_key(mentions_by_doc: Mapping[str, list[Mention]]) -> dict[str, Entity]:
    by_key: dict[str, Entity] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            # "Zürich" and "Zurich", "Moody’s" and "Moody's" are one entity (key_form), named
            # by the spelling its mentions write most (written_name).
            folded = key_form(m.key)
            ent = by_key.get(folded)
            if ent is None:
                label, _, name = m.key.partition(":")
                ent = by_key[folded] = Entity(m.key, name, label)
            ent.mentions.append((doc, m))
    return by_key


def _named(entities: list[Entity], spelled: Mapping[str, Mapping[str, int]] | None = None) -> list[Entity]:
    """``entities`` named by :func:`written_name` (on the corpus's counts ``spelled`` where they
    hold the name, see :func:`grouped_by_key`), most mentioned first, then by name and label."""
    for ent in entities:
        ent.name = (corpus_named(ent, spelled) if spelled else None) or written_name(ent)
    return sorted(entities, key=lambda x: (-len(x.mentions), x.name.lower(), x.label))


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def _firm_opened(word: str, long: Entity, named: list[tuple[tuple[str, ...], Entity]]) -> bool:
    """Whether the folded ``word`` is the short form of the organisation ``long`` as a firm is
    followed by its leading word ("Orvane chief executive Lars Hegge" of "Orvane Minerals AS";
    t13g F3): ``long`` is a firm (a legal form ends its name, or :func:`firm_named`), its name
    opens with ``word``, and no other organisation of ``named`` (the entities holding ``word``:
    (folded words, entity)) opens with it but those whose names ``long``'s holds."""
    if long.label != "ORG":
        return False
    name = long.name
    long_words = name_words(name)
    if len(long_words) < 2 or long_words[0] != word:
        return False
    if folded_firm_core(name) == name.lower() and not firm_named(name):
        return False
    return all(
        _inside(other_words, long_words)
        for other_words, other in named
        if other.label == "ORG" and len(other_words) >= 2 and other_words[0] == word
    )


def _written_otherwise(short: Entity, long_words: tuple[str, ...]) -> bool:
    """Whether a mention of ``short`` writes a name of two words or more that ``long_words`` (a
    long form's folded words) does not hold: the short entity's key drops a head noun its
    mentions write ("NBC" of a gazetteer alias "NBC News"), and a name that shares its first word
    with the long form and differs in its head names another body ("NBC News" and "NBC Radio",
    "BBC News" and "BBC World Service": t13ak N10)."""
    for _doc, m in short.mentions:
        words = name_words(m.text)
        # (a defined short form of other words, "CAL FIRE" of "Department of Forestry and Fire
        # Protection", names no other body: t13aw N9)
        if len(words) >= 2 and not _inside(words, long_words) and words[0] == long_words[0]:
            return True
    return False


@lru_cache(maxsize=1)
def _listed_places() -> frozenset[str]:
    """The folded names of the world's cities, towns and regions (gazetteer.city_names,
    region_names): a place of its own, whatever longer name opens with it."""
    from waic_reader.index.analysis.entities.gazetteer import city_names, region_names

    return frozenset(fold(n) for n in city_names() | region_names())


def _place_without_complement(ent: Entity, word: str, long_words: tuple[str, ...]) -> bool:
    """Whether the one-word place ``ent`` (folded ``word``) is the place named ``long_words`` (a
    place's folded words) written without the complement closing it: the long name opens with the
    word, then a particle ("de", "del", "di", "van": "Villaseca" of "Villaseca de Arriba",
    "Órbigo" of "Órbigo del Monte"; README: a place's name written without the complement closing
    it counts as its whole name; t13at N6: two places). Not a city or region the world lists
    under the one word ("Santiago" beside "Santiago de Compostela"): a place of its own."""
    return (
        ent.label in _PLACE_LABELS
        and len(long_words) >= 3
        and long_words[0] == word
        and long_words[1] in NAME_PARTICLES
        and word not in _listed_places()
    )


def _county_of_town(ent: Entity, words: tuple[str, ...], long_words: tuple[str, ...]) -> bool:
    """Whether the one-word place ``ent`` (folded ``words``) is a town and ``long_words`` (a
    place's folded words) the county named after it ("Marbury" and "Marbury County", "Cork" and
    "County Cork"): two places, the county round the town (issue #16, round s53-e2: the town's
    mentions were merged into the county). A city's or a township's designator ("Kushiro City",
    "Fangliao Township") names the town itself and still joins."""
    return (
        ent.label in _PLACE_LABELS
        and len(words) == 1
        and len(long_words) == 2
        and "county" in long_words
        and words[0] in long_words
    )


def merge_short_forms(entities: list[Entity]) -> list[Entity]:
    """Entities with a short form's mentions moved into the one long form they name.

    A short form of two words or more merges into the one entity of its label whose name holds
    it as consecutive words ("Meteorological Agency" into "Japan Meteorological Agency", "Red
    Cross" into "Japanese Red Cross Society"); a one-word short form only into a long form that
    adds designators ("Kushiro" into "Kushiro City") or into the one firm it opens (:func:`_firm_opened`:
    "Orvane" into "Orvane Minerals AS" when no other organisation's name opens with "Orvane"),
    and a one-word organisation made of the openings of every core word of one organisation's
    name, in order ("Taipower" into "Taiwan Power Co": :func:`short_forms.syllabic_short`).
    When two long forms hold it ("Red Cross"
    with "Japanese Red Cross Society" and "American Red Cross"), it stays its own entity: which
    one it means is not known. People are left alone here (their short forms are resolved within
    an article by the recogniser, where "Li" means the one Li just named, and a lone surname
    across articles by :func:`surname_aliases`)."""
    by_label: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    for ent in entities:
        if ent.label != "PERSON" and ent.label in NAME_LABELS:
            by_label.setdefault(ent.label, []).append((name_words(ent.name), ent))
    into: dict[int, Entity] = {}
    # An organisation written with and without its leading "The" ("The Velmora Tribune", "Velmora
    # Tribune": t13ao N7) is one: the "The" form joins the bare one, and the bare one, a whole name
    # as "The" before it shows, is no short form of a longer one ("Velmora Tribune Media Ltd").
    bare = {words: ent for words, ent in by_label.get("ORG", [])}
    for words, ent in by_label.get("ORG", []):
        if len(words) >= 2 and words[0] == "the" and (plain := bare.get(words[1:])) is not None:
            into[id(ent)] = plain
    plain_ids = {id(plain) for plain in into.values()}
    for group_ in by_label.values():
        if len(group_) < 2:
            continue
        # Index long forms by each of their words, so a short form is checked against the names
        # sharing its rarest word only (linear in the corpus, not quadratic).
        by_word: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
        # and organisations of two core words or more by their first word's first two letters,
        # for a one-word short form made of their openings ("Taipower")
        by_opening: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
        for words, ent in group_:
            for w in set(words):
                by_word.setdefault(w, []).append((words, ent))
            core = tuple(w for w in words if not designator(w))
            if ent.label == "ORG" and len(core) >= 2:
                by_opening.setdefault(core[0][:2], []).append((core, ent))
        for words, ent in group_:
            if not words:
                continue
            rare = min(words, key=lambda w: len(by_word[w]))
            homes = []
            if id(ent) in into or id(ent) in plain_ids:
                continue  # a "The" form, joined above; a bare one, a whole name written with "The"
            for long_words, long in by_word[rare]:
                if long is ent or len(long_words) <= len(words) or not _inside(words, long_words):
                    continue
                if glued_side(words, long_words):
                    continue  # "Kestrel Hydro" is no short form of "Kestrel Aviation and Kestrel Hydro"
                if _written_otherwise(ent, long_words):
                    continue  # "NBC" keyed by "NBC News" is no short form of "NBC Radio" (t13ak N10)
                if _county_of_town(ent, words, long_words):
                    continue  # "Marbury" is the town, "Marbury County" the county around it
                if (
                    len(words) == 1
                    and not all(designator(w) for w in long_words if w != words[0])
                    and not _firm_opened(words[0], long, by_word[rare])
                    and not _place_without_complement(ent, words[0], long_words)
                ):
                    continue
                homes.append(long)
            if not homes and len(words) == 1 and ent.label == "ORG":
                # "Taipower" of "Taiwan Power Co": a firm's one-word name made of the openings of
                # every core word of one organisation's name, in order (t13ai N12)
                homes = [
                    long
                    for core, long in by_opening.get(words[0][:2], [])
                    if syllabic_short(words[0], core, skip=False)
                ]
            # Nested long forms ("Red Cross Society" inside "Japanese Red Cross Society") are
            # one home: the longest; unrelated ones make the short form ambiguous.
            homes.sort(key=lambda x: -len(name_words(x.name)))
            if homes and all(_inside(name_words(h.name), name_words(homes[0].name)) for h in homes):
                into[id(ent)] = homes[0]
    if not into:
        return entities

    def home(ent: Entity) -> Entity:
        seen = 0
        while id(ent) in into and seen < 16:  # a chain: "Agency" → "Meteorological Agency" → ...
            ent, seen = into[id(ent)], seen + 1
        return ent

    out = []
    grown: dict[int, Entity] = {}
    # A long form written only in boilerplate does not name what the articles' text writes
    # shorter ("SOURCE Sorvena Químicos S.A." of a press release's footer, the text's "Sorvena
    # Químicos S.A.": t13n F2): the entity takes the longest form merged into it that the
    # text writes (its key and name), the most mentioned on a tie.
    in_text: dict[int, Entity] = {}
    boiler = {id(ent) for ent in entities if ent.mentions and all(m.noise for _, m in ent.mentions)}
    for ent in entities:
        target = home(ent)
        if target is ent:
            out.append(ent)
        else:
            if id(target) in boiler and any(not m.noise for _, m in ent.mentions):
                best = in_text.get(id(target))
                size = (len(name_words(ent.name)), len(ent.mentions))
                if best is None or size > (len(name_words(best.name)), len(best.mentions)):
                    in_text[id(target)] = ent
            target.mentions.extend(ent.mentions)
            grown[id(target)] = target
    for ent in out:
        if (named := in_text.get(id(ent))) is not None:
            ent.key, ent.name = named.key, named.name
    order: dict[str, int] = {}  # the corpus order of docs, as the mentions came
    for ent in entities:
        for doc, _ in ent.mentions:
            order.setdefault(doc, len(order))
    for ent in grown.values():
        ent.mentions.sort(key=lambda dm: (order[dm[0]], dm[1].start))
    return out


def entities_json(entities: Iterable[Entity], docs_filter: Iterable[str] | None = None) -> dict[str, Any]:
    """The ``waic-reader entities --json`` document."""
    wanted = set(docs_filter) if docs_filter is not None else None
    out = []
    for ent in entities:
        mentions = [
            {"doc": doc, "start": m.start, "end": m.end, "text": m.text, "in": "noise" if m.noise else "content"}
            for doc, m in ent.mentions
            if wanted is None or doc in wanted
        ]
        if mentions:
            out.append({"name": ent.name, "type": ent.label, "mentions": mentions})
    return {"entities": out}
