"""The corpus's typed names: a name the recogniser typed in some article, always as one entity,
types its untyped mentions in the others (``corpus_mentions``, in two steps the search index
keeps apart: ``corpus_names`` from the mentions alone, ``with_corpus_names`` per article)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from waic_reader.index.analysis.entities.events import disaster_places
from waic_reader.index.analysis.entities.firm_homes import firm_homes, leads_firm, one_firm
from waic_reader.index.analysis.entities.gazetteer import latin_letter
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    PARTNER_CONJUNCTIONS,
    TITLE_CORE,
    TITLE_MOD,
    folded_firm_core,
    folded_legal_form,
)
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, Mention, key_form, name_words
from waic_reader.index.analysis.entities.open_places import (
    MAX_NAME,
    NAME_STOP,
    OpenPlaces,
    capitalised_words,
    open_places,
    prose_word,
)
from waic_reader.index.analysis.entities.person_joins import surname_aliases
from waic_reader.index.analysis.entities.place_kinds import place_kind, place_kinds
from waic_reader.index.analysis.entities.spellings import shouted_spelling
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.tokens import fold, strip_accents

# What may glue a capitalised word to the next inside a name.
_GLUED_AFTER = re.compile(r"[ \u00a0](?:of |de |del |da |van |von )?(\w)")
_SKIP_WORDS = COMMON_WORDS | TITLE_CORE | TITLE_MOD


def _forms(m: Mention) -> list[str]:
    """The surface forms a mention vouches for across the corpus: its text; a person's surname
    ("Okonkwo" of "Samuel Okonkwo"); a firm's name without its legal form ("Hydrolyne" of
    "Hydrolyne Corp"); an organisation's forms without their accents ("Ferrovias Andinas" of
    "Ferrovías Andinas S.A.")."""
    out = [m.text]
    words = m.text.split()
    if len(words) >= 2 and m.label == "PERSON" and words[-1][:1].isupper() and len(words[-1]) >= 3:
        out.append(words[-1])
    elif len(words) >= 2 and m.label == "ORG":
        if folded_legal_form(words[-1]):
            out.append(" ".join(words[:-1]))
        if words[0][:1].isupper() and leads_firm(words[0], m.key):
            out.append(words[0])  # its leading word, typed only where the text makes it the firm
    if m.label == "ORG":
        # an organisation written with accents vouches for its name without them too: an article
        # writing "Ferrovias Andinas" names "Ferrovías Andinas S.A." (t13r F9: no mention at all)
        out += [bare for form in out if (bare := strip_accents(form)) != form]
    return out


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
    or a firm's possession. Reads at most ``open_places._AFTER`` characters past the verb, what an article's
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


def corpus_mentions(
    mentions_by_doc: dict[str, list[Mention]],
    texts: Mapping[str, str],
    noise_spans: Mapping[str, Sequence[tuple[int, int]]] | None = None,
) -> dict[str, list[Mention]]:
    """Each article's mentions with the corpus's typed names added where it left them untyped,
    each added one flagged ``noise`` where the article's boilerplate (``noise_spans``, doc →
    spans, as the noise split gives them) covers it, as the recogniser flags its own.

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
    noise = noise_spans or {}
    return {
        doc: with_corpus_names(mentions, texts.get(doc), names, noise.get(doc, ()))
        for doc, mentions in mentions_by_doc.items()
    }


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
    # a body's forms apart from a legal form or a leading "The" are one entity in boilerplate
    # too, as the search groups them (corpus_names.merged_keys): a page's masthead "The Alpine
    # Courier" and its footer's "© The Alpine Courier GmbH" (t13aq N20: two entities in the matrix)
    for key, bare_home in one_firm({m.key for mentions in mentions_by_doc.values() for m in mentions}).items():
        homes.setdefault(key, homes.get(bare_home, bare_home))
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
    # "Harlow Ridge" read as a person where the corpus names the "Harlow Ridge Fire": the place
    names.retype.update(disaster_places(m for mentions in mentions_by_doc.values() for m in mentions))
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
        label, key = place_kind(m, places)
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
        or NAME_STOP.search(surface)
        or any(prose_word(w) for w in words[1:])
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
    if len(own) > 1:
        return _own_reading(surface, own, found, voted)
    if len(own) != 1:
        return None, []
    label, key = own[0]
    others = [lk for lk in found if lk[0] != label]
    if not others or len(found[own[0]]) < 2 or len(found[own[0]]) <= len(set().union(*(found[o] for o in others))):
        return None, []
    if any(lk[0] == label for lk in found if lk != own[0]):
        return None, []  # two entities of its own kind ("Hydrolyne" and "Hydrolyne Corp"): merged later
    return (surface, label, key), [((surface, k), (label, key)) for lk in others for _l, k in voted.get(lk, [lk])]


def _own_reading(
    surface: str,
    own: Sequence[tuple[str, str]],
    found: Mapping[tuple[str, str], set[Any]],
    voted: Mapping[tuple[str, str], list[tuple[str, str]]],
) -> tuple[FirstName | None, list[Retype]]:
    """:func:`surface_name` for a surface that is itself the name of two or more entities of
    different kinds (``own``: "GPE:Skardvik" in two English articles, "PERSON:Skardvik" in a
    German one). The reading more articles give than any other types the untyped mentions, so one
    article's conflicting reading never leaves the others' mentions nameless (t13af N11: a German
    article's PERSON "Skardvik" took the town from the English articles); its mentions of the
    other readings are retyped only when it is the reading of two articles or more and of more
    articles than all others together (as one own reading's are), otherwise each article keeps its
    own. None on a tie (a place in one article, a person in another: which one a third means is
    not known) or with another entity of the winner's kind (merged later)."""
    size = {lk: len(found[lk]) for lk in own}
    placed = _placed_reading(surface, own, found)
    if placed is not None:
        others = [lk for lk in found if lk != placed]
        return (surface, *placed), [((surface, k), placed) for lk in others for _l, k in voted.get(lk, [lk])]
    best = max(size.values())
    top = [lk for lk in own if size[lk] == best]
    if len(top) > 1:
        return None, []
    label, key = top[0]
    others = [lk for lk in found if lk != top[0]]
    if any(lk[0] == label for lk in others):
        return None, []  # two entities of its own kind: merged later
    if len(found[top[0]]) < 2 or len(found[top[0]]) <= len(set().union(*(found[o] for o in others))):
        return (surface, label, key), []
    return (surface, label, key), [((surface, k), (label, key)) for lk in others for _l, k in voted.get(lk, [lk])]


def _placed_reading(
    surface: str, own: Sequence[tuple[str, str]], found: Mapping[tuple[str, str], set[Any]]
) -> tuple[str, str] | None:
    """The one place reading (GPE or LOC) of a name of two words or more that two articles or
    more give it, where the others read it as a person and as nothing else: a town whose name
    opens with a given name ("Harlow Bend") is a person wherever no cue stands beside it, while a
    dateline or "the town of", "residents of", "in" types it a place; a person's full name is
    seldom written so in two articles (t13az N1: "Harlow Bend" a person in eight articles, a
    place in seven, two entities and a quote's speaker). One article's place reading is not
    enough ("Georgia Lindqvist" a rule typed a place once). None otherwise."""
    if len(surface.split()) < 2:
        return None
    places = [lk for lk in own if lk[0] in ("GPE", "LOC") and len(found[lk]) >= 2]
    if len(places) != 1 or any(lk[0] not in ("PERSON", "GPE", "LOC") for lk in found):
        return None
    if not any(lk[0] == "PERSON" for lk in found) or any(lk[0] in ("GPE", "LOC") and lk != places[0] for lk in found):
        return None
    return places[0]


def _one_per_form(
    found: Mapping[tuple[str, str], set[Any]], voted: dict[tuple[str, str], list[tuple[str, str]]]
) -> dict[tuple[str, str], set[Any]]:
    """``found`` with the votes of keys of one label and one folded form (:func:`key_form`: one
    entity) counted as one key's, the key written in mixed case kept ("ORG:Torvik Wagons AS", not
    a shouted title's "ORG:TORVIK WAGONS AS": t13j F1, where the two made a firm's leading word
    "Torvik" nobody's). ``voted`` (each kept (label, key) → the keys voted so) is updated."""
    by_form: dict[tuple[str, str], tuple[str, str]] = {}
    for lk in sorted(found, key=lambda lk: (shouted_spelling(lk[1].partition(":")[2]), lk)):
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
    words = name_words(surface)
    want = " ".join(words)
    cores = [
        lk
        for lk in found
        if lk[0] == "ORG"
        and " ".join(name_words(name := lk[1].partition(":")[2])) != want
        and fold(folded_firm_core(name)) == want
    ]
    if len(cores) != 1:
        return None
    n = len(words)
    for label, key in found:
        if (label, key) != cores[0] and (
            label not in ("ORG", "PERSON") or name_words(key.partition(":")[2])[:n] != words
        ):
            return None
    return cores[0]


def corpus_added(
    places: OpenPlaces, names: CorpusNames, mentions: Sequence[Mention] = (), noise: SpanSet | None = None
) -> list[Mention]:
    """The mentions the corpus's typed ``names`` add at an article's open ``places``
    (:func:`open_places`): a name as written — the same capitals, a whole word — not glued to a
    capitalised word after it, not running into the next mention, not a one-word name the
    article also writes in lower case. In offset order of words, then places. Each is flagged
    ``noise`` where ``noise`` (the article's boilerplate) covers it, as the recogniser flags the
    article's own mentions (``span_choice.marked_mentions``): "Thun" in a "Most read" list,
    typed a place by another article's text, is a mention in boilerplate (t13q F7).

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
                if glued and glued.group(1).isupper() and latin_letter(glued.group(1)):
                    break
                end = here + n
                if 0 <= place.next_start < end and not _partner_taken(surface, label, here, end, mentions, starts):
                    break
                if any(m.start < end and here < m.end for m in added):
                    break
                if surface == word and lower:
                    break
                added.append(Mention(here, end, surface, label, key, noise is not None and noise.covers(here, end)))
                break
    return added


def with_corpus_names(
    mentions: list[Mention], text: str | None, names: CorpusNames, noise_spans: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """One article's ``mentions`` as the corpus's typed ``names`` make them (see
    :func:`corpus_mentions`): place kinds and retyped surfaces applied, and, given its
    ``text``, its untyped mentions of a typed name added (:func:`corpus_added`, or given its
    kept ``places`` instead of its text), flagged ``noise`` inside its boilerplate
    (``noise_spans``). Sorted by offset."""
    return with_corpus_places(
        mentions,
        open_places(mentions, text, capitalised_words(text) & names.by_first.keys()) if text else {},
        names,
        noise_spans,
    )


def retyped(m: Mention, retype: Mapping[tuple[str, str], tuple[str, str]]) -> tuple[str, str] | None:
    """The (label, key) the corpus retypes mention ``m`` to: its surface's retyping, else its
    key's own name's. An article's mention of an entity by another surface ("NFFC" the
    recogniser keyed as the "National Flood Forecasting Centre" it defines there) follows the
    entity's name where the corpus retypes that name (a facility in this article, the
    organisation in the others): one entity, not the abbreviation left under the kind only
    this article gave it (t13ar N1). None when neither is retyped."""
    got = retype.get((m.text, m.key))
    if got is None:
        name = m.key.partition(":")[2]
        if name != m.text:
            got = retype.get((name, m.key))
    return got


def with_corpus_places(
    mentions: list[Mention], places: OpenPlaces, names: CorpusNames, noise_spans: Sequence[tuple[int, int]] = ()
) -> list[Mention]:
    """:func:`with_corpus_names` from an article's kept open ``places`` (:func:`open_places`).
    Without ``noise_spans`` (the search's grouping, which reads kept places, not the article's
    split) no added mention is flagged ``noise``."""
    if names.places:
        mentions = [
            replace(m, label=lk[0], key=lk[1]) if (lk := place_kind(m, names.places)) != (m.label, m.key) else m
            for m in mentions
        ]
    if names.retype:
        retype = names.retype
        mentions = [replace(m, label=got[0], key=got[1]) if (got := retyped(m, retype)) else m for m in mentions]
    added = (
        corpus_added(places, names, sorted(mentions, key=lambda m: m.start), SpanSet(noise_spans))
        if places and names.by_first
        else []
    )
    if not added:
        return mentions
    # The added mentions never overlap (corpus_added): one lookup a mention, where testing each
    # against every added one was ~0.4 million tests on the first matrix of 221 articles (s36-f).
    within = SpanSet((m.start, m.end) for m in added)
    # A mention without offsets (the search's kept mentions, all at 0–0: kept_mentions.decode_names)
    # lies under no added one: a name added at the article's very start (its title, "Rocío Alto
    # dam collapse: live updates") took every other mention of the article out of the grouping
    # that ``who:`` reads (t13p F12: who:"Hidroandina Energía S.A." missed the live blog that
    # writes "Hidroandina" alone, which who:Hidroandina found).
    kept = [m for m in mentions if m.end <= m.start or not within.covers(m.start, m.end)]
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
