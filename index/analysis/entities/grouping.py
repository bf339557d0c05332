"""Mentions and entities (OntoNotes labels), grouped across articles, and their JSON."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    NAME_LINK_WORDS,
    PARTNER_CONJUNCTIONS,
    PARTNER_WORDS,
    TITLE_CORE,
    TITLE_MOD,
    folded_firm_core,
    folded_legal_form,
    kind_of_word,
    legal_form,
)
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.corpus.letters import CAP
from waic_reader.index.corpus.tokens import fold

LABELS: tuple[str, ...] = (
    "PERSON",
    "NORP",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "LANGUAGE",
    "WORK_OF_ART",
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
)
NAME_LABELS = frozenset(LABELS[:11])


# ---------------------------------------------------------------------------------------------
# Public data


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str  # canonical entity key, "LABEL:Canonical Name"
    noise: bool = False


@dataclass
class Entity:
    key: str
    name: str
    label: str
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (doc, mention)

    @property
    def docs(self) -> list[str]:
        return sorted({doc for doc, _ in self.mentions})


def entity_key(label: str, name: str) -> str:
    return f"{label}:{name}"


def key_form(key: str) -> str:
    """The comparison form of an entity key: two keys name one entity when their forms are
    equal. Folded as words are (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents,
    every apostrophe the straight one), so "ORG:Moody’s", "ORG:Moodyʼs" and "ORG:Moody's" are
    one entity, as "GPE:Zürich" and "GPE:Zurich" are."""
    return fold(key)


# ---------------------------------------------------------------------------------------------
# Grouping and JSON


def group(mentions_by_doc: dict[str, list[Mention]], texts: Mapping[str, str] | None = None) -> list[Entity]:
    """Merge mentions across the corpus by key; entities sorted by mention count, then name.

    With the articles' ``texts`` (doc → text), a name typed in one article first types its
    mentions the recogniser left untyped in the others (:func:`corpus_mentions`)."""
    if texts is not None:
        mentions_by_doc = corpus_mentions(mentions_by_doc, texts)
    else:  # (corpus_mentions does this first)
        mentions_by_doc = firms_whole(mentions_by_doc)
    by_key = _by_key(mentions_by_doc)
    docs = list(mentions_by_doc)
    # A spelling with spaces joins the hyphened one's entity ("Elena Vargas Huaman" into
    # "Elena Vargas-Huamán"), then a lone surname its one full name's.
    _move_into(by_key, hyphen_variants(ent.key for ent in by_key.values()), docs)
    _move_into(by_key, surname_aliases(ent.key for ent in by_key.values()), docs)
    return _named(merge_short_forms(list(by_key.values())))


def _move_into(by_key: dict[str, Entity], joins: Mapping[str, str], docs: list[str]) -> None:
    """Each entity keyed ``folded`` in ``joins`` moved into the entity of its ``full`` name, its
    mentions kept in corpus order (``docs``) and offset order."""
    if joins:
        order: dict[str, int] = {doc: n for n, doc in enumerate(docs)}
        for folded, full in joins.items():
            moved, home = by_key.pop(folded), by_key[key_form(full)]
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
        counts = spelled.get(spelling_form(ent.name)) if spelled else None
        ent.name = most_written(ent.name, dict(counts)) if counts else written_name(ent)
    return sorted(entities, key=lambda x: (-len(x.mentions), x.name.lower(), x.label))


def written_name(ent: Entity) -> str:
    """The name ``ent`` is shown by: the spelling its mentions of the whole name outside
    boilerplate use most (:func:`most_written`: the first seen on a tie, never one in capitals
    over one in mixed case), so an entity is never named in a folded form no article writes
    ("Recep Tayyip Erdogan" for "Recep Tayyip Erdoğan"); its mentions in boilerplate only when
    none is outside it; its key's name when no mention writes the whole name (a gazetteer name
    met only by an alias). Counted as ``kept_mentions.spellings`` counts the corpus's spellings
    (what names an entity in ``entities DOC`` and the entity panel: one rule)."""
    want = spelling_form(ent.name)
    counts: dict[str, int] = {}
    boilerplate: dict[str, int] = {}
    for _doc, m in ent.mentions:
        text = " ".join(m.text.split())
        if spelling_form(text) == want:
            into = boilerplate if m.noise else counts
            into[text] = into.get(text, 0) + 1
    return most_written(ent.name, counts or boilerplate)


# A dot after a letter (an abbreviation's: "S.A.", "Co.", "U.S."; not a decimal point) and a
# comma before a space ("Veltrix Systems, Inc."): marks one whole name is written with or without.
_NAME_DOT = re.compile(r"(?<=[^\W\d_])\.")
_NAME_COMMA = re.compile(r",(?=\s|$)")


def spelling_form(text: str) -> str:
    """The form every spelling of one whole name shares, by which the corpus's spellings of an
    entity's name are counted together (:func:`written_name`, ``kept_mentions.spellings``): the
    text folded (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents, apostrophes),
    without the dots of abbreviations and the commas before a legal form, one space between
    words. "Hidroandina Energía S.A.", "Hidroandina Energia S.A." and "Hidroandina Energia SA"
    are one name written three ways (t13p F12: the firm was shown by the one spelling that was
    its key's, written once, over the one written three times); "1.5" and "15", "4,500" and
    "4500" stay apart."""
    return " ".join(_NAME_COMMA.sub(" ", _NAME_DOT.sub("", fold(text))).split())


def _accented(text: str) -> int:
    """How a spelling ranks among equally written ones: by its letters with accents (outside
    ASCII: "Áncash" over "Ancash", "Energía" over "Energia"), so a folded spelling never wins a
    tie."""
    return sum(1 for c in text if c.isalpha() and not c.isascii())


def most_written(name: str, counts: dict[str, int]) -> str:
    """Of the spellings of ``name`` and how often each is written (``counts``: text → count, in
    the order first seen), the one to show (:func:`written_name`'s rule): the most written; on a
    tie the one with accents (:func:`_accented`: a folded spelling never wins a tie, t13p F12:
    "Ancash" named the region written "Áncash" as often), then ``name`` itself, then the first
    seen; ``name`` itself when nothing is written.
    A spelling in capitals never wins over one in mixed case, however often it is written: a
    headline, a dateline or a shouted line writes "ORVANE MINERALS AS" for "Orvane Minerals AS"
    (t13g F8). A name only ever written in capitals is ``name`` where that is not in capitals: the
    recogniser keyed it title-cased (:func:`lexicons.title_cased`: a dateline's "KVALSUND" is
    "Kvalsund", as the per-article list names it; t13i F5); one keyed in capitals ("NATO") keeps
    them."""
    mixed = {t: n for t, n in counts.items() if not _shouted(t)}
    if counts and not mixed and name and not _shouted(name):
        return name
    if mixed and len(mixed) < len(counts):
        counts = mixed
        if _shouted(name) and name not in counts:
            name = next(iter(counts))  # (the key's own spelling is a shouted one: not shown)
    if not counts:
        return name
    top = max(counts.values())
    best = [t for t, n in counts.items() if n == top]
    most = max(_accented(t) for t in best)
    best = [t for t in best if _accented(t) == most]
    return name if name in best else best[0]  # then the first of them seen (dict order)


def _shouted(text: str) -> bool:
    """Whether ``text`` is written in capitals: two letters or more, none in lower case; or a word
    of it, three letters or more, in capitals beside a word in mixed case ("Trine HOLMEN" of
    "Trine Holmen", as some outlets write a surname: t13i F10; "NHS England" too, which only
    matters where the corpus writes that name another way), a legal form aside ("Bravik Energy
    ASA")."""
    if text.isupper():
        return sum(c.isalpha() for c in text) >= 2
    return any(len(w) >= 3 and w.isalpha() and w.isupper() and not legal_form(w) for w in text.split())


# A capitalised word (any script), and what may glue one to the next inside a name.
_CAP_WORD = re.compile(rf"{CAP}[\w'’.-]*")
_GLUED_AFTER = re.compile(r"[ \u00a0](?:of |de |del |da |van |von )?(\w)")
_SKIP_WORDS = COMMON_WORDS | TITLE_CORE | TITLE_MOD


def _forms(m: Mention) -> list[str]:
    """The surface forms a mention vouches for across the corpus: its text; a person's surname
    ("Okonkwo" of "Samuel Okonkwo"); a firm's name without its legal form ("Hydrolyne" of
    "Hydrolyne Corp")."""
    out = [m.text]
    words = m.text.split()
    if len(words) >= 2 and m.label == "PERSON" and words[-1][:1].isupper() and len(words[-1]) >= 3:
        out.append(words[-1])
    elif len(words) >= 2 and m.label == "ORG":
        if folded_legal_form(words[-1]):
            out.append(" ".join(words[:-1]))
        if words[0][:1].isupper() and leads_firm(words[0], m.key):
            out.append(words[0])  # its leading word, typed only where the text makes it the firm
    return out


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
# "Voices from Kvalsund", "the Kvalsund fire", "its Kvalsund plant".
_FIRM_CUE = re.compile(
    r"(?:['’]s\s+(?:shares|stock|products|chief|board|profits?|revenue|sales|customers|owners"
    r"|spokes(?:man|woman|person))\b"
    r"|,?\s+(?:said|says|told|added|stated|announced|confirmed|reported|denied|declined|built|builds|made"
    r"|makes|sold|sells|supplied|supplies|owns|recalled)\b(?!\s+(?:she|he)\b)"
    # a works the firm runs, an adjective between ("the Quimibral plant", "the Quimibral chemical
    # plant", "the Quimibral site": s28-e, t13n F24; a town's is a place the corpus names as one
    # too, which the firm never types: surface_name)
    r"|(?:\s+[a-z]+)?\s+(?:plant|plants|site|factory|works|refinery|facility|premises|warehouse|depot)\b)"
)


def firm_cue(text: str, end: int) -> bool:
    """Whether the words right after ``text[:end]`` (a firm's lone leading word ending at offset
    ``end``) make it the firm (:data:`_FIRM_CUE`): a firm's verb not followed by "she" or "he",
    or a firm's possession. Reads at most ``_AFTER`` characters past the verb, what an article's
    kept open place holds (:func:`open_places`)."""
    return _FIRM_CUE.match(text, end) is not None


def vote_homes(keys: Iterable[str]) -> dict[str, str]:
    """Each key (as given) → the key of the entity the corpus groups it as, for counting the
    votes of a surface (:func:`surface_name`): a firm written or typed more than one way
    (:func:`firm_homes`) and a lone surname typed a person ("PERSON:Tveter", "Tveter said she
    had warned the council") that joins the corpus's one person of that surname
    (:func:`surname_aliases`: "PERSON:Solfrid Tveter"), so that the surname's votes count as
    that one person's and type "Tveter said she would testify" in a third article as her (t13i
    F8). Follows from the set of keys alone; linear in the keys."""
    keys = set(keys)
    out = firm_homes(keys)
    aliases = surname_aliases(keys)
    if aliases:
        for key in keys:
            full = aliases.get(key_form(key))
            if full is not None and key not in out:
                out[key] = full
    return out


def corpus_mentions(mentions_by_doc: dict[str, list[Mention]], texts: Mapping[str, str]) -> dict[str, list[Mention]]:
    """Each article's mentions with the corpus's typed names added where it left them untyped.

    A name (or a person's surname, or a firm's name without its legal form) that the recogniser
    typed in some article, always as one entity (one key), types every other mention of it as
    written — the same capitals, a whole name: not glued to a capitalised word after it ("Veldhaven"
    is not taken out of an unknown "Veldhaven Dam Company") nor before it, a title apart ("Mayor
    Veldt", "Dr Okonkwo") — that no mention covers: "Veldhaven" a place in one article is the place
    in another that says only "trains between Veldhaven and Oostmark"; "Okonkwo said" is the
    hydrologist "Samuel Okonkwo" another article named in full; "Hydrolyne put the bill at" the firm
    "Hydrolyne Corp". Left alone: a name typed as two entities (two people of one surname, a word
    that is a place in one article and a person in another), a one-word name the article also
    writes in lower case ("Brook" beside "a brook") or a common word (COMMON_WORDS, titles).
    Linear in the corpus: each article's capitalised words are looked up by their first word.

    First, one name typed as two kinds of place across the corpus (a town, GPE, in the datelines,
    "KESTREL BAY (AP) —"; a landform, LOC, in prose, "a fire in Kestrel Bay") is one entity, of
    the kind more articles give it (:func:`one_place_kind`).

    Two steps, so the search index can keep the first's inputs and run the second on the few
    articles it changes: :func:`corpus_names` (from the mentions alone) and
    :func:`with_corpus_names` (one article's mentions and text)."""
    mentions_by_doc = firms_whole(mentions_by_doc)
    names = corpus_names(mentions_by_doc)
    return {doc: with_corpus_names(mentions, texts.get(doc), names) for doc, mentions in mentions_by_doc.items()}


def firms_whole(mentions_by_doc: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """The mentions (doc → mentions) with each firm written or typed more than one way keyed
    and labelled as the one entity the corpus names (:func:`firm_homes`): "Brightwater Ferries
    Ltd." where others write "Brightwater Ferries Ltd" or "Brightwater Ferries" (:func:`one_firm`),
    "Kestrel Hydro said" where the corpus names "Kestrel Hydro Holdings" (:func:`firm_heads`),
    "Brightmoor Chemical Works" a person in one article and a firm in another (:func:`one_kind`).
    The search reaches them by the same map (``corpus_names.merged_keys``). Linear in the
    mentions."""
    keys = {m.key for mentions in mentions_by_doc.values() for m in mentions if not m.noise}
    homes = firm_homes(keys)
    if not homes:
        return mentions_by_doc
    return {
        doc: [replace(m, label=home.partition(":")[0], key=home) if (home := homes.get(m.key)) else m for m in mentions]
        for doc, mentions in mentions_by_doc.items()
    }


@dataclass
class CorpusNames:
    """What the corpus's typed names give an article (:func:`corpus_names`): its place kinds
    (folded key → (label, key), :func:`one_place_kind`), the surfaces typed two ways that take
    the kind of the entity they name (``retype``: (surface, key) → (label, key)) and the
    surfaces that type an untyped mention (``by_first``: first word → [(surface, label, key)],
    longest first)."""

    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    retype: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    by_first: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


# Across the corpus, surface → {(label, key): the docs whose mentions vouch for it} (:func:`_forms`).
Votes = dict[str, dict[tuple[str, str], set[Any]]]
# A kept name of the corpus: (surface, label, key), and what it retypes: ((surface, key), (label, key)).
FirstName = tuple[str, str, str]
Retype = tuple[tuple[str, str], tuple[str, str]]


def corpus_names(mentions_by_doc: Mapping[str, Iterable[Mention]]) -> CorpusNames:
    """The corpus's typed names, from every article's mentions (their text, label, key and
    noise flag are read, not their offsets): see :func:`corpus_mentions`. Linear in the
    mentions."""
    places = place_kinds(mentions_by_doc)
    votes: Votes = {}
    for doc, mentions in mentions_by_doc.items():
        add_votes(votes, doc, mentions, places)
    names = CorpusNames(places)
    homes = vote_homes(m.key for mentions in mentions_by_doc.values() for m in mentions if not m.noise)
    for surface, found in votes.items():
        first, retypes = surface_name(surface, found, homes)
        names.retype.update(retypes)
        if first is not None:
            names.by_first.setdefault(surface.split()[0], []).append(first)
    for held in names.by_first.values():
        held.sort(key=first_order)
    return names


def add_votes(
    votes: Votes, doc: object, mentions: Iterable[Mention], places: Mapping[str, tuple[str, str]]
) -> set[str]:
    """Count ``doc``'s ``mentions`` into ``votes`` (place kinds as ``places`` give them); the
    surfaces they vouch for."""
    surfaces: set[str] = set()
    for m in mentions:
        if m.noise or m.label not in NAME_LABELS or not m.text[:1].isupper():
            continue
        label, key = _place_kind(m, places)
        for form in _forms(m):
            votes.setdefault(form, {}).setdefault((label, key), set()).add(doc)
            surfaces.add(form)
    return surfaces


def first_order(name: FirstName) -> tuple[int, str]:
    """The order of a first word's names in ``CorpusNames.by_first``: longest first (the first
    that matches is taken), then by text (two of one length never match at one place)."""
    return -len(name[0]), name[0]


def surface_name(
    surface: str, found: Mapping[tuple[str, str], set[Any]], homes: Mapping[str, str] | None = None
) -> tuple[FirstName | None, list[Retype]]:
    """What one surface gives the corpus from its votes (``found``: (label, key) → docs): the
    name it types untyped mentions as, if any, and the mentions of it typed otherwise that take
    that name's kind (:func:`corpus_mentions`).

    ``homes``: each key → the key of the firm entity it is grouped as (:func:`firm_homes`), for
    votes counted on the keys as the recogniser gave them (the search's kept state): the votes of
    one firm's keys count as one entity's, as :func:`corpus_mentions` counts them after
    :func:`firms_whole` ("Brennor" of "Brennor Corporation" and of "Brennor Corp." in one article
    names the one firm; t13h F5). The retyped keys are then the keys as voted."""
    voted: dict[tuple[str, str], list[tuple[str, str]]] = {}  # (label, key) → the keys voted so
    if homes:
        merged: dict[tuple[str, str], set[Any]] = {}
        for lk, docs in found.items():
            home = homes.get(lk[1])
            at = (home.partition(":")[0], home) if home is not None else lk
            merged.setdefault(at, set()).update(docs)
            voted.setdefault(at, []).append(lk)
        found = merged
    found = _one_per_form(found, voted)
    words = surface.split()
    if (
        not words
        or sum(c.isalpha() for c in surface) < 3
        or len(surface) > MAX_NAME
        or _NAME_STOP.search(surface)
        or any(_prose_word(w) for w in words[1:])
    ):
        return None, []  # (what open_places keeps of an article could not tell where it is written)
    if len(words) == 1 and (surface in _SKIP_WORDS or (surface.isupper() and len(surface) < 3)):
        return None, []
    found = {lk: docs for lk, docs in found.items() if docs}
    leading = [lk for lk in found if leads_firm(surface, lk[1])]
    if leading and len(leading) < len(found):
        # a firm's leading word that also names a person or a place ("Tveter" of Solfrid Tveter
        # and of "Tveter Bygg AS"): the word alone is theirs, never the firm's (t13i F3, F8)
        found = {lk: docs for lk, docs in found.items() if lk not in leading}
    if not found:
        return None, []
    if len(found) == 1:
        label, key = next(iter(found))
        return (surface, label, key), []
    firm = _core_firm(surface, found)
    if firm is not None:
        return (surface, *firm), [((surface, k), firm) for lk in found if lk != firm for _l, k in voted.get(lk, [lk])]
    # Typed two ways: the entity named by the surface itself wins when more articles name it so
    # than give the surface to any other kind of entity ("Veldhaven" a place in three articles,
    # a short form of "Veldhaven Water Authority" in one).
    own = [lk for lk in found if key_form(lk[1]).partition(":")[2] == fold(surface)]
    if len(own) != 1:
        return None, []
    label, key = own[0]
    others = [lk for lk in found if lk[0] != label]
    if not others or len(found[own[0]]) < 2 or len(found[own[0]]) <= len(set().union(*(found[o] for o in others))):
        return None, []
    if any(lk[0] == label for lk in found if lk != own[0]):
        return None, []  # two entities of its own kind ("Hydrolyne" and "Hydrolyne Corp"): merged later
    return (surface, label, key), [((surface, k), (label, key)) for lk in others for _l, k in voted.get(lk, [lk])]


def _one_per_form(
    found: Mapping[tuple[str, str], set[Any]], voted: dict[tuple[str, str], list[tuple[str, str]]]
) -> dict[tuple[str, str], set[Any]]:
    """``found`` with the votes of keys of one label and one folded form (:func:`key_form`: one
    entity) counted as one key's, the key written in mixed case kept ("ORG:Torvik Wagons AS", not
    a shouted title's "ORG:TORVIK WAGONS AS": t13j F1, where the two made a firm's leading word
    "Torvik" nobody's). ``voted`` (each kept (label, key) → the keys voted so) is updated."""
    by_form: dict[tuple[str, str], tuple[str, str]] = {}
    for lk in sorted(found, key=lambda lk: (_shouted(lk[1].partition(":")[2]), lk)):
        by_form.setdefault((lk[0], key_form(lk[1])), lk)
    if len(by_form) == len(found):
        return dict(found)
    out: dict[tuple[str, str], set[Any]] = {}
    for lk, docs in found.items():
        at = by_form[(lk[0], key_form(lk[1]))]
        out.setdefault(at, set()).update(docs)
        if at != lk:
            voted[at] = [*voted.get(at, [at]), *voted.pop(lk, [lk])]
    return out


def _core_firm(surface: str, found: Mapping[tuple[str, str], set[Any]]) -> tuple[str, str] | None:
    """The (label, key) of the one firm ``surface`` is the name of without its legal form, when
    every other entity of its votes (``found``) is an organisation or a person whose name opens
    with it: "Ranvik Drilling" of "Ranvik Drilling AS", which an article writing "Ranvik Drilling
    Services" too took as that firm's short form, or a person "Moen Kjemi" (t13h F3). A name
    exactly one firm's core joins THAT firm, never a longer one it is a prefix of. None
    otherwise (no such firm, two, or another kind of entity voting for the surface)."""
    words = _words(surface)
    want = " ".join(words)
    cores = [
        lk
        for lk in found
        if lk[0] == "ORG"
        and " ".join(_words(name := lk[1].partition(":")[2])) != want
        and fold(folded_firm_core(name)) == want
    ]
    if len(cores) != 1:
        return None
    n = len(words)
    for label, key in found:
        if (label, key) != cores[0] and (label not in ("ORG", "PERSON") or _words(key.partition(":")[2])[:n] != words):
            return None
    return cores[0]


def _place_kind(m: Mention, places: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
    """(label, key) of ``m`` once its place's kind is the corpus's (:func:`place_kinds`)."""
    if places and m.label in _PLACE_KINDS and (lk := places.get(key_form(m.key))) is not None:
        return lk
    return m.label, m.key


def _capitalised(text: str) -> set[str]:
    """The capitalised words of ``text`` a corpus name may start with ("Hydrolyne's" gives
    "Hydrolyne" too)."""
    words = {w.rstrip(".'’-") for w in _CAP_WORD.findall(text)}
    return words | {re.split("['’]", w, maxsplit=1)[0] for w in words if "'" in w or "’" in w}


def _uncovered(word: str, text: str, spans: list[tuple[int, int]], starts: list[int]) -> Iterable[tuple[int, int]]:
    """(offset, k) of each place ``word`` starts a word of ``text`` that no span covers (``k``:
    the index of the first span starting after it)."""
    at = text.find(word)
    while at >= 0:
        here, at = at, text.find(word, at + len(word))
        if here and (text[here - 1].isalnum() or text[here - 1] in "'’.-_"):
            continue  # inside a word
        k = bisect_right(starts, here)
        if k and spans[k - 1][1] > here:
            continue  # a mention covers it
        yield here, k


# A name that types others across the corpus holds none of these, no lower-case word but the
# few a name links its words with (``_prose_word``) and is at most MAX_NAME characters long, so
# what an article keeps of the text after each capitalised word no mention covers
# (:func:`open_places`, a window up to the first of these, MAX_NAME characters at most, and the
# few characters a glued word needs) decides every name's match there exactly.
_NAME_STOP = re.compile(r"[\n\r\t\v\f,;:()\[\]{}\"“”«»!?|]")
MAX_NAME = 64
# characters read after a name's end: ``_GLUED_AFTER``'s " del X" is six; :func:`firm_cue` reads
# a verb and "she" or "he" after it ("explained she" is thirteen)
_AFTER = 14
# A window may end _AFTER characters into the first lower-case word no name holds: any link word
# a name may end with inside it is shorter, so the name's end and what follows it are kept.
assert max(map(len, NAME_LINK_WORDS)) < _AFTER - 1
_TOKEN = re.compile(r"\S+")


def _prose_word(word: str) -> bool:
    """Whether ``word`` (space-delimited) is a lower-case word no name holds: it starts with a
    lower-case letter, lower-casing changes none of it ("iPad", "d'Ivoire", "al-Assad" may be
    names) and it is no link word ("of", "von", "bin": ``NAME_LINK_WORDS``)."""
    return word[:1].islower() and word.lower() == word and word not in NAME_LINK_WORDS


def _name_end(text: str, here: int, limit: int) -> int:
    """Where the first prose word (:func:`_prose_word`) after the word at ``here`` starts,
    ``limit`` when none starts before it: no name that types others runs past it."""
    tokens = _TOKEN.finditer(text, here)
    next(tokens, None)  # the capitalised word itself
    for t in tokens:
        if t.start() >= limit:
            break
        if _prose_word(t.group()):
            return t.start()
    return limit


@dataclass(frozen=True, slots=True)
class OpenPlace:
    """Where a capitalised word starts that no mention covers: its offset, the offset of the
    next mention's start (-1: none) and ``window``, the text from the offset on (see
    ``_NAME_STOP``)."""

    at: int
    next_start: int
    window: str


OpenPlaces = dict[str, tuple[bool, list[OpenPlace]]]  # word → (written in lower case too, places)


def open_places(mentions: Iterable[Mention], text: str, words: Iterable[str] | None = None) -> OpenPlaces:
    """The capitalised words of ``text`` (or of ``words``) where no mention covers them, not
    glued after a capitalised word: all :func:`with_corpus_names` reads of an article to add a
    corpus name there (the search index keeps them, ``kept_mentions.kept_names``, so no
    article is read again to group the corpus). Linear in the text; words in sorted order."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    size = len(text)
    out: OpenPlaces = {}
    for word in sorted(_capitalised(text) if words is None else words):
        places: list[OpenPlace] = []
        n = len(word)
        for here, k in _uncovered(word, text, spans, starts):
            after = here + n
            if after < size and (text[after].isalnum() or text[after] == "-"):
                continue  # the word runs on: no name whose first word it is starts here
            if _glued_before(text, here):
                continue  # every name starting here is glued to the word before it
            stop = _NAME_STOP.search(text, here, here + MAX_NAME)
            limit = min(stop.start() if stop else here + MAX_NAME, size)
            cut = _name_end(text, here, limit) + _AFTER
            places.append(OpenPlace(here, starts[k] if k < len(starts) else -1, text[here:cut]))
        if places:
            out[word] = (_written_lower(word, text), places)
    return out


def corpus_added(places: OpenPlaces, names: CorpusNames, mentions: Sequence[Mention] = ()) -> list[Mention]:
    """The mentions the corpus's typed ``names`` add at an article's open ``places``
    (:func:`open_places`): a name as written — the same capitals, a whole word — not glued to a
    capitalised word after it, not running into the next mention, not a one-word name the
    article also writes in lower case. In offset order of words, then places.

    Of the article's ``mentions`` (sorted by start), a firm of partners the corpus names runs
    over a partner's lone word the article read as a person (:func:`_partner_taken`: "McAteer
    and Quinn said" where another article names "McAteer and Quinn Ltd"; t13l F18: a PERSON
    "Quinn"); the caller drops the mentions an added one covers."""
    by_first = names.by_first
    starts = [m.start for m in mentions]
    added: list[Mention] = []
    for word in sorted(places.keys() & by_first.keys()):
        lower, found = places[word]
        for place in found:
            here, w = place.at, place.window
            for surface, label, key in by_first[word]:
                n = len(surface)
                if not w.startswith(surface) or (n < len(w) and (w[n].isalnum() or w[n] == "-")):
                    continue
                if leads_firm(surface, key) and not firm_cue(w, n):
                    continue  # a firm's leading word used otherwise: maybe its town (t13i F3)
                glued = _GLUED_AFTER.match(w, n)
                if glued and glued.group(1).isupper():
                    break
                end = here + n
                if 0 <= place.next_start < end and not _partner_taken(surface, label, here, end, mentions, starts):
                    break
                if any(m.start < end and here < m.end for m in added):
                    break
                if surface == word and lower:
                    break
                added.append(Mention(here, end, surface, label, key))
                break
    return added


def with_corpus_names(mentions: list[Mention], text: str | None, names: CorpusNames) -> list[Mention]:
    """One article's ``mentions`` as the corpus's typed ``names`` make them (see
    :func:`corpus_mentions`): place kinds and retyped surfaces applied, and, given its
    ``text``, its untyped mentions of a typed name added (:func:`corpus_added`, or given its
    kept ``places`` instead of its text). Sorted by offset."""
    return with_corpus_places(
        mentions, open_places(mentions, text, _capitalised(text) & names.by_first.keys()) if text else {}, names
    )


def with_corpus_places(mentions: list[Mention], places: OpenPlaces, names: CorpusNames) -> list[Mention]:
    """:func:`with_corpus_names` from an article's kept open ``places`` (:func:`open_places`)."""
    if names.places:
        mentions = [
            replace(m, label=lk[0], key=lk[1]) if (lk := _place_kind(m, names.places)) != (m.label, m.key) else m
            for m in mentions
        ]
    if names.retype:
        retype = names.retype
        mentions = [
            replace(m, label=got[0], key=got[1]) if (got := retype.get((m.text, m.key))) else m for m in mentions
        ]
    added = corpus_added(places, names, sorted(mentions, key=lambda m: m.start)) if places and names.by_first else []
    if not added:
        return mentions
    spans = [(m.start, m.end) for m in added]
    # A mention without offsets (the search's kept mentions, all at 0–0: kept_mentions.decode_names)
    # lies under no added one: a name added at the article's very start (its title, "Rocío Alto
    # dam collapse: live updates") took every other mention of the article out of the grouping
    # that ``who:`` reads (t13p F12: who:"Hidroandina Energía S.A." missed the live blog that
    # writes "Hidroandina" alone, which who:Hidroandina found).
    kept = [m for m in mentions if m.end <= m.start or not any(s <= m.start and m.end <= e for s, e in spans)]
    return sorted(kept + added, key=lambda m: m.start)


def _partner_taken(
    surface: str, label: str, here: int, end: int, mentions: Sequence[Mention], starts: list[int]
) -> bool:
    """Whether the corpus's firm ``surface`` of partners joined by a partner conjunction
    ("McAteer and Quinn", "Szabó és Társa": lexicons.PARTNER_CONJUNCTIONS, "&"), written at
    ``here``–``end``, may take over the article's mentions inside it: each lies after the
    conjunction, one word read as a person or a firm ("Quinn said": a lone surname)."""
    words = surface.split()
    if label != "ORG" or not any(w in PARTNER_CONJUNCTIONS or w == "&" for w in words[1:-1]):
        return False
    inside = [m for m in mentions[bisect_right(starts, here - 1) :] if m.start < end]
    return bool(inside) and all(
        here < m.start and m.end <= end and " " not in m.text and m.label in ("PERSON", "ORG") for m in inside
    )


_PLACE_KINDS = ("GPE", "LOC")


# Place name (folded) → label → key → {doc: its mentions so}: what :func:`place_kinds` counts.
PlaceTally = dict[str, dict[str, dict[str, dict[Any, int]]]]


def place_kinds(mentions_by_doc: Mapping[str, Iterable[Mention]]) -> dict[str, tuple[str, str]]:
    """A place's name typed one kind of place across the corpus: folded key → (label, key) of
    each place mention to retype.

    A name (its key's name, folded: "KESTREL BAY" and "Kestrel Bay" are one) that some mentions
    type GPE and others LOC is one entity: every mention takes the key of the kind more articles
    give it (then more mentions; GPE on a tie, as a town is the likelier reading of a name in a
    dateline), spelled as most of that kind's mentions spell it (the first in code-point order on
    a tie, whatever order the articles come in). Other labels are left alone: a place and a firm
    or a person of one name are two."""
    tally: PlaceTally = {}
    for doc, mentions in mentions_by_doc.items():
        tally_places(tally, doc, mentions)
    return place_retypes(tally)


def tally_places(tally: PlaceTally, doc: object, mentions: Iterable[Mention]) -> set[str]:
    """Count ``doc``'s place mentions into ``tally``; the (folded) names counted."""
    names: set[str] = set()
    for m in mentions:
        if m.noise or m.label not in _PLACE_KINDS:
            continue
        label, _, name = key_form(m.key).partition(":")
        if label != m.label.lower():
            continue
        by_doc = tally.setdefault(name, {}).setdefault(m.label, {}).setdefault(m.key, {})
        by_doc[doc] = by_doc.get(doc, 0) + 1
        names.add(name)
    return names


def place_retypes(tally: PlaceTally, names: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
    """:func:`place_kinds` from its ``tally`` (of ``names`` only, when given)."""
    retype: dict[str, tuple[str, str]] = {}  # folded key → (label, key)
    for name in tally if names is None else names:
        by_label = {label: keys for label, keys in tally.get(name, {}).items() if any(keys.values())}
        if len(by_label) < 2:
            continue

        weights = {
            label: (len(set().union(*keys.values())), sum(sum(d.values()) for d in keys.values()), label == "GPE")
            for label, keys in by_label.items()
        }
        win = max(by_label, key=weights.__getitem__)
        spelled = min((k for k, d in by_label[win].items() if d), key=lambda k: (-sum(by_label[win][k].values()), k))
        for label in by_label:
            if label != win:
                retype[f"{label.lower()}:{name}"] = (win, spelled)
    return retype


def one_place_kind(mentions_by_doc: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Each article's mentions with a place's name typed one kind of place across the corpus
    (:func:`place_kinds`)."""
    retype = place_kinds(mentions_by_doc)
    if not retype:
        return mentions_by_doc
    return {
        doc: [
            replace(m, label=lk[0], key=lk[1]) if (lk := _place_kind(m, retype)) != (m.label, m.key) else m
            for m in mentions
        ]
        for doc, mentions in mentions_by_doc.items()
    }


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own ("a brook" beside
    "Brook"): not next to a word character or a hyphen. (A scan of the text per word, where a
    pattern compiled per word cost most of what keeping an article's open places did.)"""
    low = word.lower()
    n, size = len(low), len(text)
    at = text.find(low)
    while at >= 0:
        if not (at and _in_word(text[at - 1])) and not (at + n < size and _in_word(text[at + n])):
            return True
        at = text.find(low, at + 1)
    return False


def _in_word(c: str) -> bool:
    """Whether ``c`` continues a word for :func:`_written_lower` (the pattern class ``[\\w-]``)."""
    return c.isalnum() or c in "_-"


def _glued_before(text: str, at: int) -> bool:
    """Whether a capitalised word (no title) stands right before ``at``, one space apart."""
    if at < 2 or text[at - 1] not in " \u00a0" or not (text[at - 2].isalnum() or text[at - 2] in "'’"):
        return False  # (a sentence's end before it: "on Friday. Hrubec said")
    k = at - 1
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    word = text[k : at - 1].rstrip(".")
    if not (word and word[0].isupper() and word not in TITLE_CORE and word not in TITLE_MOD):
        return False
    # A live blog's stamp ending in a zone or a word ("11:20 CET Dravec said", "Updated 11:20"):
    # the name opens the entry's sentence, glued to nothing (t13l F13)
    stamp = ENTRY_STAMP.match(text, text.rfind("\n", 0, at) + 1)
    return stamp is None or stamp.end() != at


_PLACE_LABELS = frozenset({"gpe", "loc", "fac"})  # folded (key_form) labels of places


# A hyphen between two letters of a name ("Vargas-Huamán", "Jean-Pierre").
_NAME_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def hyphen_variants(keys: Iterable[str]) -> dict[str, str]:
    """A person's name written with spaces where the corpus writes it with hyphens ("Elena
    Vargas Huaman" beside "Elena Vargas-Huamán": a compound surname written both ways, t13o F4):
    the folded key (:func:`key_form`) of each spaced spelling → the key of the hyphened one (the
    one with the most hyphens, then the first in order)."""
    spaced: dict[str, list[str]] = {}
    for key in keys:
        if key.startswith("PERSON:"):
            spaced.setdefault(key_form(_NAME_HYPHEN.sub(" ", key)), []).append(key)
    out: dict[str, str] = {}
    for variants in spaced.values():
        forms = {key_form(k): k for k in variants}
        if len(forms) < 2:
            continue
        home = max(sorted(forms.values()), key=lambda k: k.count("-"))
        out.update({form: home for form in forms if form != key_form(home)})
    return out


def surname_aliases(keys: Iterable[str]) -> dict[str, str]:
    """The corpus's surnames that name one person: the folded key of each one-word PERSON
    (``key_form("PERSON:Korvan")``) → the key of the one person of two words or more whose last
    word it is ("PERSON:Ilse Korvan"), when no other person has that surname ("Jan Korvan": which
    one is meant is not known) and no entity of another kind but a place is named by the word
    ("ORG:Korvan"; "GPE:Korvan", a town, leaves the lone person a person).

    Inside an article the recogniser already gives a surname its person's key ("Korvan said",
    after "Ilse Korvan"); this joins an article that names the person by surname only ("Minister
    Korvan will chair talks") to the others, wherever entities are grouped across articles (the
    entity list and matrix, the timeline's firsts, ``who:`` search).

    A two-word person ("PERSON:Rui Lourenço") likewise → the one person of three words or more
    opening with its given name and ending with its surname ("PERSON:Rui Patrício Lourenço"),
    when no other does (t13n F4)."""
    spelled: dict[str, str] = {}  # folded key → the key as first seen
    for key in keys:
        spelled.setdefault(key_form(key), key)
    by_surname: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # folded one-word name → labels naming an entity so
    for folded, key in spelled.items():
        label, _, name = folded.partition(":")
        words = name.split()
        if len(words) == 1:
            named.setdefault(words[0], set()).add(label)
        elif label == "person" and words and not firm_named(key.partition(":")[2]):
            # only the last word is a surname, and only a person's: a firm the recogniser typed
            # a person ("Brightmoor Chemical Works") lends no word to a lone "Works" elsewhere
            by_surname.setdefault(words[-1], set()).add(folded)
    out: dict[str, str] = {}
    # A given name and a surname ("Rui Lourenço", "Mayor Maria Fernandes") are the one person of
    # three words or more the corpus names who opens with that given name and ends with that
    # surname ("Rui Patrício Lourenço", "Maria da Conceição Fernandes"), when no other does
    # (t13n F4); a lone surname then counts that person once.
    by_ends: dict[tuple[str, str], set[str]] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            if len(words) >= 3:
                by_ends.setdefault((words[0], words[-1]), set()).add(folded)
    for people in by_surname.values():
        for folded in list(people):
            words = folded.partition(":")[2].split()
            longs = by_ends.get((words[0], words[-1]), set()) if len(words) == 2 else set()
            if len(longs) == 1:
                out[folded] = spelled[next(iter(longs))]
                people.discard(folded)
    opened = _opened_by_first_surname(by_surname, out, spelled)
    out.update({short: spelled[long] for short, long in opened.items()})
    for word, labels in named.items():
        people = by_surname.get(word, set())
        # a place of that name leaves the lone person one ("Haldor said she", beside "the town of
        # Haldor"): the recogniser typed that mention a person, and a place is no person it could be
        if labels - _PLACE_LABELS == {"person"} and len(people) == 1:
            one = next(iter(people))
            out[f"person:{word}"] = spelled[opened.get(one, one)]
    return out


def _opened_by_first_surname(
    by_surname: Mapping[str, set[str]], joined: Mapping[str, str], spelled: Mapping[str, str]
) -> dict[str, str]:
    """A given name and a first surname ("person:rosario quispe") → the one person of three words
    the corpus names who opens with them ("person:rosario quispe mamani": the two surnames of
    Spanish and Portuguese names, the first the one written alone; t13o F4, which the given name
    and last surname of s27-i missed), when no other three-word name opens so, the two words join
    no name by their ends already and no entity of another kind opens with them ("Moen Kjemi" is
    no person of "Moen Kjemi Logistikk" where the corpus names the firm "Moen Kjemi AS")."""
    other_openings = {
        tuple(name.split()[:2]) for folded in spelled for label, _, name in [folded.partition(":")] if label != "person"
    }
    by_opening: dict[tuple[str, str], set[str]] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            if len(words) == 3:
                by_opening.setdefault((words[0], words[1]), set()).add(folded)
    out: dict[str, str] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            longs = by_opening.get((words[0], words[1]), set()) if len(words) == 2 else set()
            if len(longs) == 1 and folded not in joined and tuple(words) not in other_openings:
                out[folded] = next(iter(longs))
    return out


def firm_named(name: str) -> bool:
    """Whether a name of two words or more (as written) reads as an organisation's whatever it
    was typed: an organisation word after its first word (the recogniser's ORG cues,
    :func:`~waic_reader.index.analysis.entities.lexicons.kind_of_word`: "Works", "Docks",
    "Freight", "Holdings", "Corp") and no given name first ("Samantha Power" is a person)."""
    from waic_reader.index.analysis.entities.given_names import given_names

    words = name.split()
    return len(words) >= 2 and words[0] not in given_names() and any(kind_of_word(w) == "ORG" for w in words[1:])


def one_firm(keys: Iterable[str]) -> dict[str, str]:
    """One entity for a firm written with and without its legal form: each ORG key (as given)
    whose name is another ORG key's but for the legal forms that end it (lexicons.firm_core:
    "Brightwater Ferries Ltd", "Brightwater Ferries Ltd.", "Brightwater Ferries Limited",
    "Veltrix Systems, Inc.", "Brightwater Ferries") → the key of the entity they are grouped as:
    the shortest name written with a legal form (then the first in order: "ORG:Brightwater
    Ferries Ltd"), as a short form joins its long form. Names are compared folded (:func:`key_form`); keys of other labels are left alone.
    Follows from the set of keys alone, as the search's grouping needs
    (``corpus_names.merged_keys``); linear in the keys."""
    by_core: dict[str, list[str]] = {}  # folded core → the ORG keys of that core
    for key in sorted(set(keys)):
        label, _, name = key.partition(":")
        if label == "ORG" and name.split():
            # folded (t13g F2b): "Corp." and "Corporation", "Co." and "Company" are one form
            by_core.setdefault(fold(folded_firm_core(name)), []).append(key)
    out: dict[str, str] = {}
    for core, found in by_core.items():
        if len({key_form(k) for k in found}) < 2:
            continue  # one way of writing it (or one spelling in two cases: key_form joins them)
        # the long form, as a short form joins its long one (merge_short_forms: "Hydrolyne" is
        # "Hydrolyne Corp"); of two, the shorter ("Ltd" before "Ltd.", "Limited")
        home = min((k for k in found if fold(k.partition(":")[2]) != core), key=lambda k: (len(k), k))
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
        if len(found) == 2 and key not in out and key != found["ORG"] and key != found["PERSON"]:
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
    return out


# Words a long form may add to its short form and still name the same thing: "Kushiro City" is
# "Kushiro", "Northwind Co Ltd" is "Northwind". Any other added word makes another entity:
# "Acme Analytica" is not "Acme" (which may be "University of Acme"). Besides the legal forms
# (lexicons.folded_legal_form, the one list), a place's administrative words and two words for
# a firm that are no legal form (a group of firms is still the firm its short form names).
DESIGNATORS = frozenset(
    "city prefecture county province district municipality region state town village group holdings".split()
)


def designator(word: str) -> bool:
    """Whether ``word`` (folded, as :func:`_words` gives it) may be added to a short form by a
    long form of the same thing: a legal form ("ltd", "co.", "corporation") or a word of
    :data:`DESIGNATORS` ("city", "holdings")."""
    return word in DESIGNATORS or folded_legal_form(word)


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(",", " ").split())


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


_CONNECTORS = frozenset({"and", "&", "or"})


def _glued_side(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` (folded words) is the whole of one side of an "and", "&" or "or" in
    ``long`` and the other side more than a firm's tail: "Kestrel Hydro" in "Kestrel Aviation and
    Kestrel Hydro", a name one article glued to another, which the name alone does not join (one
    such name must not make "Kestrel Hydro" ambiguous for every other article). "Lord Abbett" in
    "Lord Abbett & Co" is the firm."""
    n = len(short)
    for k, w in enumerate(long):
        if w not in _CONNECTORS:
            continue
        if k == n and long[:k] == short and not all(firm_tail(x) for x in long[k + 1 :]):
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
    """Whether ``word`` (folded, as :func:`_words` gives it) is one a firm's full name adds after
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
        words = _words(name)
        if len(words) < 2:
            continue
        if label == "PERSON":
            people[key] = words
            continue
        folded = key_form(key)
        spelled.setdefault(folded, key)
        for n in range(2, len(words)):
            if not _glued_side(words[:n], words):  # (not "Kestrel Aviation" of "… and Kestrel Hydro")
                heads.setdefault(words[:n], set()).add(folded)
    out: dict[str, str] = {}
    for key, words in people.items():
        homes = heads.get(words)
        if homes and len(homes) > 1:
            # the one firm whose name is these words and legal forms ("Moen Kjemi" of "Moen Kjemi
            # AS" beside "Moen Kjemi Logistikk AS"; t13h F3), never the longer one they open
            exact = {h for h in homes if all(folded_legal_form(w) for w in _words(h.partition(":")[2])[len(words) :])}
            homes = exact if len(exact) == 1 else homes
        if not homes or len(homes) != 1:
            continue  # no organisation, or two ("Kestrel Hydro Holdings", "Kestrel Hydro Services")
        home = next(iter(homes))
        added = _words(home.partition(":")[2])[len(words) :]
        first = key.partition(":")[2].split()[0]
        if opens_person(first) and not all(firm_tail(w) for w in added):
            continue
        out[key] = spelled[home]
    return out


def _firm_opened(word: str, long: Entity, named: list[tuple[tuple[str, ...], Entity]]) -> bool:
    """Whether the folded ``word`` is the short form of the organisation ``long`` as a firm is
    followed by its leading word ("Orvane chief executive Lars Hegge" of "Orvane Minerals AS";
    t13g F3): ``long`` is a firm (a legal form ends its name, or :func:`firm_named`), its name
    opens with ``word``, and no other organisation of ``named`` (the entities holding ``word``:
    (folded words, entity)) opens with it but those whose names ``long``'s holds."""
    if long.label != "ORG":
        return False
    name = long.name
    long_words = _words(name)
    if len(long_words) < 2 or long_words[0] != word:
        return False
    if folded_firm_core(name) == name.lower() and not firm_named(name):
        return False
    return all(
        _inside(other_words, long_words)
        for other_words, other in named
        if other.label == "ORG" and len(other_words) >= 2 and other_words[0] == word
    )


def merge_short_forms(entities: list[Entity]) -> list[Entity]:
    """Entities with a short form's mentions moved into the one long form they name.

    A short form of two words or more merges into the one entity of its label whose name holds
    it as consecutive words ("Meteorological Agency" into "Japan Meteorological Agency", "Red
    Cross" into "Japanese Red Cross Society"); a one-word short form only into a long form that
    adds designators ("Kushiro" into "Kushiro City") or into the one firm it opens (:func:`_firm_opened`:
    "Orvane" into "Orvane Minerals AS" when no other organisation's name opens with "Orvane").
    When two long forms hold it ("Red Cross"
    with "Japanese Red Cross Society" and "American Red Cross"), it stays its own entity: which
    one it means is not known. People are left alone here (their short forms are resolved within
    an article by the recogniser, where "Li" means the one Li just named, and a lone surname
    across articles by :func:`surname_aliases`)."""
    by_label: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    for ent in entities:
        if ent.label != "PERSON" and ent.label in NAME_LABELS:
            by_label.setdefault(ent.label, []).append((_words(ent.name), ent))
    into: dict[int, Entity] = {}
    for group_ in by_label.values():
        if len(group_) < 2:
            continue
        # Index long forms by each of their words, so a short form is checked against the names
        # sharing its rarest word only (linear in the corpus, not quadratic).
        by_word: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
        for words, ent in group_:
            for w in set(words):
                by_word.setdefault(w, []).append((words, ent))
        for words, ent in group_:
            if not words:
                continue
            rare = min(words, key=lambda w: len(by_word[w]))
            homes = []
            for long_words, long in by_word[rare]:
                if long is ent or len(long_words) <= len(words) or not _inside(words, long_words):
                    continue
                if _glued_side(words, long_words):
                    continue  # "Kestrel Hydro" is no short form of "Kestrel Aviation and Kestrel Hydro"
                if (
                    len(words) == 1
                    and not all(designator(w) for w in long_words if w != words[0])
                    and not _firm_opened(words[0], long, by_word[rare])
                ):
                    continue
                homes.append(long)
            # Nested long forms ("Red Cross Society" inside "Japanese Red Cross Society") are
            # one home: the longest; unrelated ones make the short form ambiguous.
            homes.sort(key=lambda x: -len(_words(x.name)))
            if homes and all(_inside(_words(h.name), _words(homes[0].name)) for h in homes):
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
                size = (len(_words(ent.name)), len(ent.mentions))
                if best is None or size > (len(_words(best.name)), len(best.mentions)):
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
