"""One speaker across the corpus: short forms and job titles merged into the full name.

Each article attributes its quotes on its own, so the same person can reach the sheet under
several names: "Engineer Lars Moen" in one article, "Lars Moen" in another, "Dahl" alone in an
article that never gives Henrik Dahl's first name. Before quotes are lined up, speakers are
re-keyed across the corpus:

* a leading job title is not part of a PERSON's name ("Engineer Lars Moen" -> "Lars Moen"; the
  title words are the entity recogniser's and the quote cues' lexicons);
* names are compared folded (case, accents: :func:`corpus.tokens.fold`), as the entity
  recogniser groups its mentions;
* a one-word PERSON name ("Dahl") that is the last word of exactly one multi-word PERSON
  speaker in the corpus is that speaker; with two candidates ("Dahl" and both Henrik and Ingrid
  Dahl), or a speaker of another kind so named, it stays as written (the entity grouping's rule,
  :func:`person_joins.surname_aliases`).

* a one-word speaker that leads exactly one organisation of the corpus ("Northgate" of
  "Northgate Bank") is that organisation (:func:`firm_lead_speakers`), unless the gazetteer knows
  the word or a person of the corpus bears it as a surname.

The key of a merged speaker is the full name's entity key (the recogniser's ``PERSON:`` key
when one of its forms has it). Linear in the number of quotes.

First (:func:`entity_speakers`), a speaker named as the entity list names it: the corpus's
grouped entities (:func:`grouping.group` with the articles' texts, as ``entities`` groups them)
give each article's mention of a name its entity, so "Okonkwo said" is "Samuel Okonkwo" when
another article names him in full, and "Hydrolyne put the bill at" the organisation "Hydrolyne
Corp", not a person "Hydrolyne" apart from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache

from waic_reader.index.analysis.entities.gazetteer import Gazetteer, capitals, places_folded
from waic_reader.index.analysis.entities.lexicons import LOWER_TITLES, TITLE_CORE, TITLE_MOD
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, Entity, key_form
from waic_reader.index.analysis.entities.person_joins import surname_aliases
from waic_reader.index.analysis.entities.words import given_word
from waic_reader.index.analysis.quotes.bodies import (
    PLACE_LABELS,
    head_index,
    head_keys,
    names_body,
    place_words,
    tied,
    words_of,
)
from waic_reader.index.analysis.quotes.cues import ROLES
from waic_reader.index.analysis.quotes.model import (
    LONE,
    MEMBER_SEP,
    OFFICER,
    OFFICIALS,
    PAIR,
    SPOKESPERSON,
    Quote,
    Speaker,
    list_members,
    pair_names,
    voice_of,
)
from waic_reader.index.corpus.tokens import fold

TITLE_WORDS = frozenset(w.lower() for w in (*TITLE_CORE, *TITLE_MOD, *LOWER_TITLES, *ROLES))


def bare_name(name: str) -> str:
    """``name`` without its leading job title words, keeping at least two words."""
    words = name.split()
    # Up to the last title word that leaves two words: "Harbour Master Hiroshi Ueda" is
    # "Hiroshi Ueda" ("Harbour" is no title, "Master" is).
    last = max((i for i, w in enumerate(words[:-2]) if w.lower().rstrip(".") in TITLE_WORDS), default=-1)
    return " ".join(words[last + 1 :])


def person_not_capital(speaker: Speaker) -> Speaker:
    """``speaker``, but for a capital that is a given name (:func:`words.given_word`) the entity
    recogniser typed a place, one word alone ("Sofia", "Victoria"): as a speaker it is the
    person so named (PERSON, key ``NAME:<name>``, its span kept), as ``speakers._capital`` reads a
    capital no mention covers (s37-rv 17: '"We are ready for the season," Sofia said.' was the
    capital's)."""
    name = speaker.name
    if speaker.type != "GPE" or " " in name or not given_word(name) or fold(name) not in capitals():
        return speaker
    return replace(speaker, key=f"NAME:{name}", type="PERSON")


def entity_speakers(quotes: Mapping[str, list[Quote]], entities: Iterable[Entity]) -> dict[str, list[Quote]]:
    """``quotes`` (doc -> quotes) with each speaker that an article's entity mention names (its
    name, or its name without a leading job title, written as one of that article's mentions of
    an entity) re-keyed to that corpus entity: its key, its name as the entity list shows it and
    its label. A speaker found by a mention (:attr:`Speaker.at`) is that mention's entity, as the
    entity list groups it. A name the article gives two entities is left as it is."""
    by_doc: dict[str, dict[str, Entity | None]] = {}  # doc -> folded mention text -> entity (None: two)
    spans: dict[str, dict[tuple[int, int], Entity]] = {}  # doc -> a mention's offsets -> its entity
    # folded text of a body's mention of two words or more -> its entity, corpus-wide (None: two)
    corpus_orgs: dict[str, Entity | None] = {}
    for ent in entities:
        if ent.label not in NAME_LABELS:
            continue
        for doc, m in ent.mentions:
            names = by_doc.setdefault(doc, {})
            form = fold(" ".join(m.text.split()))
            names[form] = ent if names.get(form, ent) is ent else None
            spans.setdefault(doc, {})[(m.start, m.end)] = ent
            if ent.label == "ORG" and " " in form:
                corpus_orgs[form] = ent if corpus_orgs.get(form, ent) is ent else None
    people = _people_by_name(entities)
    out: dict[str, list[Quote]] = {}
    for doc, qs in quotes.items():
        names = by_doc.get(doc, {})
        at = spans.get(doc, {})
        kept: list[Quote] = []
        for q in qs:
            sp = q.speaker
            if sp is not None and sp.key.startswith(PAIR) and sp.type != "PERSON":
                # "Cebu Pacific and Philippine Airlines said": each body or place of the list, as
                # the entity list names it, else as written (round s48-q); written whole, a
                # body's name needs no full form from elsewhere as a surname does
                kept += [replace(q, speaker=member) for member in _listed_bodies(sp, names)]
                continue
            if sp is not None and sp.key.startswith(PAIR):
                parts = pair_names(sp.name, _known(names))
                # (a member typed a place in a pair of people is no body: "Manila, Reyes and Ortiz
                # said", review s48-rv finding 7, round s48-fx2)
                if any((e := names.get(fold(part))) is not None and e.label == "ORG" for part in parts):
                    # "Procter and Gamble and Unilever said", "said Marks and Spencer" with the
                    # article naming the firms: bodies, each as the entity list names it, a
                    # firm's name holding "and" one speaker (round s48-q3)
                    kept += [replace(q, speaker=member) for member in _listed_bodies(sp, names)]
                    continue
                # "Smith and Jones said": the two people the corpus names in full, one statement
                # each, else the pair as written (review s45-rv finding 11: the statement was lost);
                # "Cruz, Ortiz and Diaz said": each of the list's people (round s47-q)
                pair = [people.get(fold(part)) for part in parts]
                if len(pair) >= 2 and all(pair) and len({id(p) for p in pair}) == len(pair):
                    kept += [replace(q, speaker=Speaker(p.key, p.name, p.label)) for p in pair if p is not None]
                else:
                    kept.append(q)
                continue
            named: Entity | None = None
            if sp is not None and sp.at is not None:
                # The entity of the very mention the speaker was found by: an article's mentions
                # of one recogniser key may belong to two corpus entities (sister firms, t13i F4).
                named = at.get(sp.at)
            if named is None and sp is not None and names:
                named = names.get(fold(sp.body if sp.body is not None else sp.name))
                if named is None and sp.type == "PERSON":
                    named = names.get(fold(bare_name(sp.name)))
            if named is None and sp is not None and sp.at is None and sp.key.startswith("NAME:"):
                # a name no mention of its article covers ('"…," CAL FIRE said' where the
                # recogniser read no name) is the one body the corpus names so in any case,
                # "Cal Fire" or "CAL FIRE" (round s53-q: one agency was two speakers, one a person)
                named = corpus_orgs.get(fold(sp.name))
            if sp is not None and sp.key.startswith((SPOKESPERSON, OFFICIALS)):
                # an unnamed spokesperson (a place's officials) stays one, of the body as the
                # entity list names it
                if named is not None:
                    q = replace(q, speaker=voice_of(sp, Speaker(named.key, named.name, named.label, sp.at)))
                kept.append(q)
                continue
            if named is not None and (sp is None or (sp.key, sp.name, sp.type) != (named.key, named.name, named.label)):
                # (a capital that is a given name stays the person: '," Sofia said.', s37-rv 17)
                q = replace(q, speaker=person_not_capital(Speaker(named.key, named.name, named.label)))
            kept.append(q)
        out[doc] = kept
    return out


def _known(names: Mapping[str, Entity | None]) -> Callable[[str], bool]:
    """Whether a list member's words are one name an article's mention gives (``names``: folded
    mention text -> entity): "Maritime and Coastguard Agency" is one body, not two (round s48-q3;
    :func:`model.pair_names`)."""
    return lambda part: names.get(fold(part)) is not None


def _listed_bodies(pair: Speaker, names: Mapping[str, Entity | None]) -> list[Speaker]:
    """The speakers of a list of bodies or places (a :data:`model.PAIR` speaker not of people:
    "Cebu Pacific and Philippine Airlines"), one each, in order, once: the entity an article's
    mention of that name is (``names``: folded mention text -> entity, None for two), else the
    name as written, keyed ``<pair's type>:<name>``. The members are the names the list was read
    as, whole (:func:`model.list_members`: "Maritime and Coastguard Agency" is one, never cut at its
    "and": review s48-rv finding 4)."""
    out: dict[str, Speaker] = {}
    kind = pair.type if pair.type != "PERSON" else "ORG"  # (a bare pair some of whose names are bodies)
    # the members the list was read as, whole (its key), else its name split by q3's rule
    parts = list_members(pair) if MEMBER_SEP in pair.key else pair_names(pair.name, _known(names))
    for part in parts:
        ent = names.get(fold(part))
        member = Speaker(ent.key, ent.name, ent.label) if ent is not None else Speaker(f"{kind}:{part}", part, kind)
        out.setdefault(member.key, member)
    return list(out.values())


def described_speakers(quotes: Mapping[str, list[Quote]], entities: Iterable[Entity]) -> dict[str, list[Quote]]:
    """``quotes`` (doc -> quotes) with each unattributed quote whose subject describes a body by
    its noun (:attr:`Quote.described`: "the coast guard said", "the ministry said", "police
    said" in an article naming no such body) credited to the one organisation of the corpus
    (``entities``, the corpus's grouped entities) that description names (:func:`bodies.names_body`:
    a whole phrase of its name ending at its head, "coast guard" of "Philippine Coast Guard").
    A description ("police", "the government", "the coast guard") names only a body the article is tied
    to: one it names itself, or whose name names a place the article names (:func:`bodies.tied`:
    review s47-rv finding 1, "police said" in a Kenyan story was London's Metropolitan Police).
    With none or two such organisations the quote stays unattributed ("the fire brigade" is no
    "Kent Fire and Rescue Service": another noun). Linear in quotes and entities (t13an N15,
    round s47-q: "…, the coast guard said" was unattributed in a corpus naming the Philippine
    Coast Guard)."""
    by_head: dict[str, list[Entity]] = {}  # folded head noun, singular -> the organisations so headed
    places: dict[str, set[str]] = {}  # doc -> folded words of the places it names
    for ent in entities:
        if ent.label in PLACE_LABELS:
            for doc, _ in ent.mentions:
                places.setdefault(doc, set()).update(words_of(ent.name))
        if ent.label == "ORG" and any(not getattr(m, "noise", False) for _, m in ent.mentions):
            # under its head and its head closed with the word before ("guard", "coastguard"); a
            # body named only in boilerplate (a press release's "About" paragraph) is written in
            # no article's text, so no description stands for it (t13as N7: "police say" was
            # "Icelandic Police", named only in "… part of the National Commissioner of the
            # Icelandic Police and coordinates …")
            for key in head_keys(words_of(ent.name)):
                by_head.setdefault(key, []).append(ent)
    if not by_head:
        return dict(quotes)
    body_places: dict[str, frozenset[str]] = {}  # an organisation's key -> its place words
    out: dict[str, list[Quote]] = {}
    for doc, qs in quotes.items():
        kept: list[Quote] = []
        for q in qs:
            if q.speaker is None and q.described and not q.anonymous:
                words = words_of(q.described)
                found = {id(e): e for key in head_keys(words) for e in by_head.get(key, [])}
                named = [e for e in found.values() if names_body(q.described, e.name)]
                # a description is a noun many bodies share, however many its words ("police",
                # "the coastguard", "the coast guard", "the health ministry": none names a place):
                # only a body the article names or shares a place with (review s48-rv finding 8:
                # a Cornish "coastguard" was the Philippine Coast Guard of another article)
                # A description of two nouns ("coast guard", "coastguard" written closed) in an
                # article naming no place the place lists know: nothing places it elsewhere, the
                # corpus is one event's ("A ferry overturned off Gasan. The coast guard said":
                # t13an N15 stays the Philippine Coast Guard's). A bare head noun ("police") never.
                unplaced = not any(w in _listed_places() for w in places.get(doc, ()))
                named = [
                    e
                    for e in named
                    if any(d == doc for d, _ in e.mentions)
                    or tied(body_places.setdefault(e.key, place_words(e.name)), places.get(doc, ()))
                    or (unplaced and not _bare_head(words, e.name))
                    # a description of more than the head ("the environment agency") of a body
                    # named by another article of the same place's story: the articles share a
                    # place (round s53-q2, t13az N11: REPA, the corpus's one environment agency,
                    # named by the other outlets of the Harlow Bend spill, never in this one)
                    or (not _bare_head(words, e.name) and _shares_a_place(e, doc, places))
                ]
                if len(named) == 1:
                    q = replace(q, speaker=Speaker(named[0].key, named[0].name, "ORG"))
            kept.append(q)
        out[doc] = kept
    return out


def _shares_a_place(body: Entity, doc: str, places: Mapping[str, set[str]]) -> bool:
    """Whether an article naming ``body`` names a place ``doc`` names too (``places``: doc ->
    the folded words of the places it names)."""
    here = places.get(doc, set())
    return bool(here) and any(places.get(d, set()) & here for d, _ in body.mentions if d != doc)


def _bare_head(words: list[str], name: str) -> bool:
    """Whether a description's folded ``words`` are the head noun of the body's ``name`` alone,
    singular or plural ("police" of "Metropolitan Police"), not a compound written closed
    ("coastguard" of "Philippine Coast Guard")."""
    held = words_of(name)
    head = held[head_index(held)] if held else ""
    return len(words) == 1 and words[0].removesuffix("s") == head.removesuffix("s")


@cache
def _listed_places() -> frozenset[str]:
    """The folded names of the places the gazetteer's town and region lists hold
    (:func:`gazetteer.places_folded`), as :func:`bodies.words_of` folds an article's places."""
    return frozenset(fold(n) for n in places_folded())


def _people_by_name(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Folded name -> the one PERSON entity of ``entities`` so named: its whole name, or its last
    word when no other person's name ends with it ("jones" -> Robert Jones); a surname two people
    share is none's."""
    whole: dict[str, Entity] = {}
    last: dict[str, Entity | None] = {}
    for ent in entities:
        if ent.label != "PERSON" or " " not in ent.name.strip():
            continue
        whole[fold(ent.name)] = ent
        word = fold(ent.name.split()[-1])
        last[word] = ent if last.get(word, ent) is ent else None
    return {**{w: e for w, e in last.items() if e is not None}, **whole}


def firm_lead_speakers(quotes: Mapping[str, list[Quote]], entities: Iterable[Entity]) -> dict[str, list[Quote]]:
    """``quotes`` (doc -> quotes) with each speaker named by one word that leads exactly one
    organisation of the corpus (the first word of its name, of two or more: ``entities``, the
    corpus's grouped entities) re-keyed to it: "Kettering" of "Kettering Appliances", "Northgate"
    of "Northgate Bank". A firm speaks by its short form as by its full name, one speaker (review
    s44-rv finding 17: two speakers split its statements; a town lending a firm its name is
    typed a place where the firm's short form speaks). A name the gazetteer knows stays itself
    ("Japan said" is the country's, whatever "Japan Airlines" the corpus names); a person's name
    stays (the recogniser's person, or a surname of a person of the corpus); a word leading two
    organisations names neither."""
    orgs: dict[str, list[Entity]] = {}  # folded leading word -> the organisations it leads
    surnames: set[str] = set()  # folded last words of the corpus's persons
    for ent in entities:
        if ent.label == "ORG" and " " in ent.name.strip():
            orgs.setdefault(fold(ent.name.split()[0]), []).append(ent)
        elif ent.label == "PERSON" and ent.name.split():
            surnames.add(fold(ent.name.split()[-1]))
    if not orgs:
        return dict(quotes)
    gazetteer = Gazetteer.current()
    out: dict[str, list[Quote]] = {}
    for doc, qs in quotes.items():
        kept: list[Quote] = []
        for q in qs:
            sp = q.speaker
            # a name guessed a person that no person of the corpus bears is the firm's too
            # ("Kettering said", no Kettering but the firm's); "Berg said" beside Jon Berg is his
            guessed = sp is not None and sp.type == "PERSON" and not sp.key.startswith("PERSON:")
            led = (
                orgs.get(fold(sp.name), [])
                if sp is not None and (sp.type in ("ORG", "GPE") or guessed) and fold(sp.name) not in surnames
                else []
            )
            if sp is not None and len(led) == 1 and gazetteer.known(sp.name) is None:
                q = replace(q, speaker=Speaker(led[0].key, led[0].name, "ORG", sp.at))
            kept.append(q)
        out[doc] = kept
    return out


def merge_speakers(quotes: Mapping[str, list[Quote]]) -> dict[str, list[Quote]]:
    """``quotes`` (doc -> quotes) with every PERSON speaker re-keyed to its corpus-wide name."""
    full: dict[str, Speaker] = {}  # folded bare name -> the speaker it becomes
    for qs in quotes.values():
        for q in qs:
            sp = q.speaker
            if sp is None or sp.type != "PERSON" or sp.key.startswith((PAIR, OFFICER)):
                # (a pair is no one person: "Smith and Jones" is no "Jones"; an unnamed officer,
                # "Chief executive of Orlen Group", is written with no name to join)
                continue
            name = bare_name(sp.name)
            if " " not in name:
                continue
            known = full.get(fold(name))
            if known is None or (not known.key.startswith("PERSON:") and sp.key.startswith("PERSON:")):
                full[fold(name)] = Speaker(f"{sp.key.split(':', 1)[0]}:{name}", name, "PERSON")
    # A lone surname is the one person it ends, by the entity grouping's own rule
    # (:func:`person_joins.surname_aliases`), over every speaker's name keyed by its type: "Ueda"
    # is "Hiroshi Ueda" when no other speaker's name ends with it. A firm's name is no person's
    # to join ("Ferrovias Andinas", a PERSON by one article's guess, is not the person
    # "Ferrovías Andinas S.A."), and an alias whose long form no PERSON speaker holds is none
    # (t13r F1: that lookup raised KeyError and failed every quotes run of the corpus).
    keys = [
        f"{q.speaker.type}:{bare_name(q.speaker.name)}"
        for qs in quotes.values()
        for q in qs
        if q.speaker is not None and not q.speaker.key.startswith((PAIR, OFFICER))
    ]
    by_last = {
        short: full[folded]
        for short, long in surname_aliases(keys).items()
        if (folded := fold(long.partition(":")[2])) in full
    }
    out: dict[str, list[Quote]] = {}
    for doc, qs in quotes.items():
        out[doc] = [_settled(_rekeyed(q, full, by_last)) for q in qs]
    return out


def outlet_speakers(
    quotes: Mapping[str, list[Quote]], outlets: Iterable[str | None], entities: Iterable[Entity] = ()
) -> dict[str, list[Quote]]:
    """``quotes`` (doc -> quotes) with every speaker guessed a person (PERSON, no entity of the
    corpus typed it) whose name is an outlet of the corpus re-keyed to that organisation: the
    ORG entity of that name in ``entities`` (the corpus's grouped entities) when there is one,
    else a speaker of key ``ORG:<name>``. ``outlets``: the articles' outlets (corpus.yaml's or
    derived from the text, Article.outlet; None skipped), compared folded with a leading "The"
    dropped. An outlet is a news organisation wherever the corpus names it (issue #16, round
    s35-v: "according to Nordwire" in another outlet's article made the Quotes screen's speaker
    "Nordwire (Person)")."""
    names = {fold(o.removeprefix("The ")): o for o in outlets if o}
    if not names:
        return dict(quotes)
    orgs = {fold(e.name.removeprefix("The ")): e for e in entities if e.label == "ORG"}
    out: dict[str, list[Quote]] = {}
    for doc, qs in quotes.items():
        kept: list[Quote] = []
        for q in qs:
            sp = q.speaker
            folded = fold(sp.name.removeprefix("The ")) if sp is not None else ""
            if sp is not None and sp.type == "PERSON" and not sp.key.startswith("PERSON:") and folded in names:
                ent = orgs.get(folded)
                org = (
                    Speaker(ent.key, ent.name, "ORG", sp.at)
                    if ent is not None
                    else Speaker(f"ORG:{names[folded]}", names[folded], "ORG", sp.at)
                )
                q = replace(q, speaker=org)
            kept.append(q)
        out[doc] = kept
    return out


def _settled(q: Quote) -> Quote:
    """``q`` unattributed when its speaker is still a lone word in "-s" no name of the corpus
    ends (:data:`model.LONE`: "Citizens said" is no person), else ``q``."""
    if q.speaker is not None and q.speaker.key.startswith(LONE):
        return replace(q, speaker=None)
    return q


def _rekeyed(q: Quote, full: dict[str, Speaker], by_last: dict[str, Speaker]) -> Quote:
    sp = q.speaker
    if sp is None or sp.type != "PERSON" or sp.key.startswith((PAIR, OFFICER)):
        return q
    name = bare_name(sp.name)
    target = full.get(fold(name)) if " " in name else by_last.get(key_form(f"PERSON:{name}"))
    if target is None or target == sp:
        return q
    return replace(q, speaker=target)


__all__ = [
    "TITLE_WORDS",
    "bare_name",
    "described_speakers",
    "entity_speakers",
    "firm_lead_speakers",
    "merge_speakers",
    "outlet_speakers",
    "person_not_capital",
]
