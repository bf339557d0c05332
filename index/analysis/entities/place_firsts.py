"""Ports and islands named by their kind first ("Puerto Calder", "Isla Merced", "Isle of Wight",
"Ilha Grande"): places, never people (t13t F2). "Isla" and "Isle" are given names too ("Isla
Fisher said"), so a name they open is a place only where a place's preposition stands before it
("the ferry to Isla Merced", "between Puerto Calder and Isla Merced", "residents of Puerto
Esquivel and Isla Sombra") and no
person's cue (a speech verb, ", who") is near."""

from __future__ import annotations

import re
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import capitals, city_names, region_names
from waic_reader.index.analysis.entities.lexicons import SAINT_FIRSTS
from waic_reader.index.analysis.entities.mentions import entity_key, spans_take_over
from waic_reader.index.analysis.entities.surnames import person_cued
from waic_reader.index.analysis.entities.words import Cand
from waic_reader.index.corpus.letters import CAP, LOWER

# The kind words first that are given names as well (lexicons.PREFIX_CUES holds them all).
GIVEN_KIND_FIRSTS = frozenset({"Isla", "Isle"})

# A place's preposition right before the name, or before the name it is listed with ("between A
# and", "residents of A and").
_PREPOSITIONS = r"to|from|on|off|near|in|at|of|around|toward|towards|across|via|reach|reached|island|between"
_PLACE_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})(?: [^,.;:\n]{{1,40}} and)?\s+$", re.IGNORECASE)


def kind_first_place(text: str, first: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` opened by the place kind ``first`` (a key of
    lexicons.PREFIX_CUES) is the place: always, unless ``first`` is also a given name
    (:data:`GIVEN_KIND_FIRSTS`), which needs a place's preposition before it and no person's
    cue around it. "Port of X" is the port itself, no town ("Port of Baku")."""
    if first == "Port" and " of " in text[s:e]:
        return False  # "Port of Fremantle": the port, a FAC the other rules type
    if first not in GIVEN_KIND_FIRSTS:
        return True
    return bool(_PLACE_BEFORE.search(text, max(0, s - 60), s)) and not person_cued(text, s, e)


# A site's or a landform's word ending a name after a given name ("Alexandra Park", "James Bay",
# "the Steve Biko Centre"): the place, where a place's preposition or "the" stands right before it
# (heldout25, round s32-b: PERSONs "James Bay" and "Steve Biko Centre"); "analyst Lena Park", "Lena
# Park said", "at Lena Park's home" stay a person.
_SITE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|at|in|near|outside|inside|beside|behind|opposite|around|into|across|"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of) $"
)
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


def given_kind_last_place(text: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]``, a given name first and a place's kind word last, is the
    place: after "the", a place's preposition or a compass point's "of", not possessed and no
    person's cue around it."""
    if not _SITE_BEFORE.search(text, max(0, s - 12), s):
        return False
    return not _POSSESSIVE.match(text, e) and not person_cued(text, s, e)


# Words of travel to or from a place right before a name ("his first visit to", "the exile of the
# Garinagu from", "sailed from"), or a place's own preposition ("in", "near"): a saint's name there
# is the island or the town named after the saint.
_TRAVEL_TO_FROM = re.compile(
    r"(?:\b(?:visit|visits|visited|trip|trips|journey|journeys|flight|flights|ferry|ferries|exile|exiled|voyage|"
    r"return|returned|sailed|sailing|flew|flying|fled|moved|travelled|traveled|emigrated|deported|shipped|"
    r"migrated|migration) (?:\w+ ){0,4}?(?:to|from)|(?<![\w'’-])(?:[Ii]n|near|outside|around)) $"
)


def saint_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each PERSON opened by a saint's title (lexicons.SAINT_FIRSTS: "Saint
    Vincent", "St Kitts") typed a GPE where words of travel stand before it ("the exile from Saint
    Vincent to Roatán", "on his first visit to St Vincent", "sailed from Saint Thomas": round
    s34-c, heldout27's PERSONs), not possessed ("in Saint Paul's letters"); a saint prayed to or
    writing stays a person ("prayed to Saint Anthony", "a letter from Saint Jude")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split(" ")
        if (
            label == "PERSON"
            and len(words) in (2, 3)
            and words[0] in SAINT_FIRSTS
            and not _POSSESSIVE.match(text, e)
            and _TRAVEL_TO_FROM.search(text, max(0, s - 60), s) is not None
        ):
            out.append((s, e, "GPE", entity_key("GPE", text[s:e])))
            continue
        out.append((s, e, label, key))
    return out


# A place's preposition before a building's short name, or before the name it is listed with
# ("diverted to A and B", "at A or B", "from A, B and C").
_SITE_PREPOSITIONS = r"to|from|at|in|into|inside|outside|near|between|reach|reached|reaching"
_SITE_PLACE_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{_SITE_PREPOSITIONS})(?: [^,.;:\n]{{1,40}}(?:,| and| or))?\s+$", re.IGNORECASE
)
# Function words that may follow a building's short name; any other lower-case word after a
# saint's possessive is what the saint owns ("St Paul's letters").
_AFTER_SITE = r"and|or|in|on|at|for|to|from|where|which|when|while|after|before|until|with|by|last|this|since"
# A saint's name and its possessive, no noun after it: a church's, a hospital's or a school's short
# name ("St Aldhelm's", "St Thomas'", "Saint Mary's"), as OntoNotes types it, FAC.
_SAINT_POSSESSIVE = re.compile(
    rf"(?<![\w'’-])(?:St\.?|Saint|Ste\.?) {CAP}[\w-]*['’]s?(?![\w'’-])(?! {CAP})(?! (?!(?:{_AFTER_SITE})\b)[a-z])"
)
# The English offices styled "… General" (the Oxford English Dictionary's postpositive "general" in
# titles: Attorney General, Surgeon General, Secretary General, Governor General, Major General, …):
# "X General" is a hospital's short name only where X is no such office.
_GENERAL_OFFICES = frozenset(
    """Attorney Solicitor Surgeon Secretary Director Governor Inspector Consul Auditor Postmaster Accountant
    Registrar Adjutant Quartermaster Paymaster Receiver Vicar Major Lieutenant Brigadier Procurator Comptroller
    Advocate Commissary Judge Provost Captain Commandant Prosecutor Chaplain Counsel Controller Treasurer
    Agent Commissioner Postmistress Notary Visitor Colonel Army Air Fleet""".split()
)
# (Colonel, Army, Air, Fleet: the military ranks styled "… General" in the Russian, German and
# Chinese ranks, "Colonel General", "Army General": review s50-rv finding 22.) A rank's words
# before "X General": "promoted to", "rose to", "the rank of", "made".
_RANK_BEFORE = re.compile(
    r"(?<![\w'’-])(?:promoted to|promotion to|rose to|raised to|elevated to|rank of|made|appointed)(?: [^,.;:\n]{1,40}(?:,| and| or))?\s+$",
    re.IGNORECASE,
)
# The saint's word as the city and capital lists write it ("St. John's"), for a dot-free spelling.
_SAINT_WORD = re.compile(r"^(?:St|Saint|Ste)\.? ")
# A town's name and "General", no capitalised word after it: a general hospital's short name
# ("Brackenford General", "Southampton General", "Massachusetts General").
_TOWN_GENERAL = re.compile(
    rf"(?<![\w'’-])(?P<town>{CAP}[{LOWER}]+(?:[ -]{CAP}[{LOWER}]+)?) General(?![\w'’-])(?! {CAP})"
)


def site_short_names(
    text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None] = lambda _: None
) -> list[Cand]:
    """``chosen`` with a hospital's, a church's or a school's short name typed FAC, after a place's
    preposition ("diverted to", "at", "from"; perhaps after another name it is listed with): a
    saint's name and its possessive with no noun after it (:data:`_SAINT_POSSESSIVE`: "St
    Aldhelm's"), or a town's name and "General" (:data:`_TOWN_GENERAL`: "Brackenford General",
    never an office, :data:`_GENERAL_OFFICES`). A reported fault: "patients were diverted to St
    Aldhelm's and Brackenford General" named nothing. The spans it finds take over the names they
    overlap (:func:`mentions.spans_take_over`). A place the gazetteer knows by the words
    (``known``: name → (label, key) or None), a town of the city list ("from St. John's") or one
    read over them
    keeps them."""
    if "General" not in text and "St" not in text and "Saint" not in text:
        return chosen
    spans: list[tuple[int, int]] = []
    for m in _SAINT_POSSESSIVE.finditer(text):
        bare = re.sub(r"['’]s?$", "", m.group())
        dotted = _SAINT_WORD.sub("St. ", m.group())
        if any(n in city_names() or n in capitals() for n in (m.group(), dotted)):
            continue  # "from St. John's", "to St John's": the city list's town (review s50-rv 9)
        if any((k := known(n)) is not None and k[0] in ("GPE", "LOC") for n in (m.group(), bare)):
            continue
        if _SITE_PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            spans.append(m.span())
    for m in _TOWN_GENERAL.finditer(text):
        if m.group("town").split()[-1].split("-")[-1] in _GENERAL_OFFICES or m.group("town") in _GENERAL_OFFICES:
            continue
        if _RANK_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "promoted to Colonel General": a rank (review s50-rv finding 22)
        if _SITE_PLACE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            spans.append(m.span())
    if not spans:
        return chosen
    return spans_take_over(chosen, spans, "FAC", text)


# A stream named by its kind, "Creek", last: one or two capitalised words before it ("Mission
# Creek", "Lapwai Creek"); no capitalised word after it ("Creek Road" is the road's).
_CREEK = re.compile(rf"(?<![\w'’-])(?:{CAP}[{LOWER}'’-]+ ){{1,2}}Creek(?![\w'’-])(?! {CAP})")
# Words that set a creek's water before its name: on it, along it, over it, down it, or "the".
_ON_WATER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:on|along|across|over|into|up|down|beside|below|above|crossing|crosses|crossed|the"
    r"|between|dammed|fished|pumping from|flows? into|feeds?)\s+$",
    re.IGNORECASE,
)
_CREEK_WORD = re.compile(r"(?<![\w'’-])creeks?(?![\w'’-])")
# A town's words before its name: its people, its officers, its kind ("residents of", "the mayor
# of", "the town of"); a stream has none of them.
_TOWN_BEFORE = re.compile(
    r"(?<![\w'’-])(?:residents|people|mayor|council|town|city|village|sheriff|police|streets|schools) of\s+$",
    re.IGNORECASE,
)


def creeks(
    text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None] = lambda _: None
) -> list[Cand]:
    """``chosen`` with a stream named "… Creek" typed LOC (round s50-e: held-out 43's "Mission
    Creek", "Lapwai Creek", "Lolo Creek" were GPEs or nothing), where the article calls it a creek
    in lower case ("the creek falls below …") or sets it on water ("a bridge on Sweetwater Creek",
    "between Medicine Creek and …"). "Creek" also ends towns' names ("Battle Creek", "in Fish
    Creek"), so it is no LOC kind word (lexicons' cue words); a name the gazetteer knows
    (``known``: name → (label, key) or None) or one inside a longer name ("Rural Municipality of
    Fish Creek") keeps its reading."""
    if "Creek" not in text:
        return chosen
    water = _CREEK_WORD.search(text) is not None
    spans: list[tuple[int, int]] = []
    for m in _CREEK.finditer(text):
        a, b = m.span()
        if known(m.group()) is not None or any(s <= a and b <= e and (s, e) != (a, b) for s, e, _, _ in chosen):
            continue
        on_water = _ON_WATER_BEFORE.search(text, max(0, a - 16), a) is not None
        if not on_water and (
            m.group() in city_names() or m.group() in capitals() or _TOWN_BEFORE.search(text, max(0, a - 24), a)
        ):
            continue  # "Residents of Battle Creek", "schools in Walnut Creek": a town (review s50-rv 14)
        if water or on_water:
            spans.append((a, b))
    return spans_take_over(chosen, spans, "LOC", text) if spans else chosen


# A body's acts right after its name: speaking, suing, announcing; or its people and its shares
# after its possessive ("Patagonia's lawyers"). A natural place (LOC: a region, a range, a sea)
# does none of them; a name that does is the firm or body named after it.
_BODY_ACT_AFTER = re.compile(
    r"(?:\s+(?:said|says|sued|sues|announced|announces|told|reported|confirmed|denied|launched|"
    r"hired|sold|bought|recalled|posted|employs|agreed)\b"
    r"|['’]s\s+(?:lawyers?|chief executive|chief|founder|shares|stores?|shops?|spokes(?:man|woman|person)"
    r"|staff|employees|workers|profits?|sales|revenue|board|website|customers)\b)"
)


# A capitalised word right before a name (its name's start: "Cebu" of "Cebu Pacific").
_CAPITAL_WORD_BEFORE = re.compile(rf"{CAP}[\w'’.-]* $")


def acting_natural_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a natural place's name (LOC) that acts as a body somewhere in the article
    (:data:`_BODY_ACT_AFTER`: "Patagonia said on Monday it had sued", "Patagonia's lawyers") typed
    ORG at each of its mentions: the firm named after the region (review s50-rv finding 15: the
    clothing firm was an "Other place"). A region that only lies, joins or holds things ("when
    Patagonia was still joined to Antarctica") stays a place."""
    # (only a name standing alone: "Pacific" read inside "Cebu Pacific said" is the tail of a
    # longer name the later steps join, never a region that speaks)
    acting = {
        text[s:e]
        for s, e, label, _ in chosen
        if label == "LOC"
        and _BODY_ACT_AFTER.match(text, e) is not None
        and _CAPITAL_WORD_BEFORE.search(text[max(0, s - 40) : s]) is None
    }
    if not acting:
        return chosen
    return [
        (s, e, "ORG", entity_key("ORG", text[s:e])) if label == "LOC" and text[s:e] in acting else (s, e, label, key)
        for s, e, label, key in chosen
    ]


# The landform words that end towns' names as well as natural places' ("Cripple Creek", "Alert
# Bay", "Campbell River", "Grand Falls", "Walnut Creek"): the kind words of streams, bays and falls.
_LANDFORM_LASTS = frozenset("Creek River Bay Falls Lake Inlet Harbour Harbor Hills Valley Rapids".split())
# A town's state or province right after its name ("in Cripple Creek, Colorado,"): the comma and
# the region, ended by a comma, a full stop or the line.
_REGION_AFTER = re.compile(rf",\s+({CAP}[{LOWER}'’-]+(?: {CAP}[{LOWER}'’-]+)?)(?=[,.;:)\n]|$)")


# Words of a natural feature's water or shore in the sentence of a mention ("closed Crater Lake,
# Oregon, to swimmers", "water levels on the Red River"): a town's name takes none of them.
_WATER_WORDS = re.compile(
    r"(?<![\w'’-])(?:swim\w*|water\w*|shore\w*|banks?|flood\w*|fish\w*|boat\w*|kayak\w*|ice|"
    r"frozen|depth|deepest|level|levels|rising|flow\w*|current|upstream|downstream|spawn\w*)(?![\w'’-])",
    re.IGNORECASE,
)


def _natural_feature(text: str, name: str) -> bool:
    """Whether ``text`` writes the landform-ended ``name`` as the natural feature at any mention:
    after "the" ("the Red River, Manitoba", which a town so named rarely takes), or in a sentence
    with its landform's own word in lower case ("Crater Lake is the deepest lake") or a word of
    water or shore (:data:`_WATER_WORDS`). Review s51-rv F3: "Crater Lake, Oregon" and "the Red
    River, Manitoba" were typed towns by the region after the comma alone."""
    landform = name.rsplit(" ", 1)[-1].lower()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
        if text[max(0, m.start() - 4) : m.start()].lower() == "the ":
            return True
        a = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        b = min(x for x in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if x >= 0)
        sentence = text[a:b].replace(name, " ")
        if re.search(rf"(?<![\w'’-]){landform}s?(?![\w'’-])", sentence) or _WATER_WORDS.search(sentence):
            return True
    return False


def landform_towns(
    text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None] = lambda _: None
) -> list[Cand]:
    """``chosen`` with a name ending in a landform word (:data:`_LANDFORM_LASTS`) read as a natural
    place (LOC) typed GPE at each of its mentions where the article gives it as a town at one of
    them (read as a place of either kind there): a town's words before it ("the town of", "residents of", "the mayor of":
    :data:`_TOWN_BEFORE`) or its state or province after a comma ("in Cripple Creek, Colorado";
    a region the region list or the gazetteer knows as a GPE). Issue #16, round s51-e: "Cripple
    Creek" and held-out 44's "Alert Bay" and "Campbell River" were creeks, bays and rivers."""
    towns: set[str] = set()
    for s, e, label, _ in chosen:
        name = text[s:e]
        if label not in ("LOC", "GPE") or " " not in name or name.rsplit(" ", 1)[-1] not in _LANDFORM_LASTS:
            continue
        if _TOWN_BEFORE.search(text, max(0, s - 24), s):
            towns.add(name)
            continue
        m = _REGION_AFTER.match(text, e)
        if m is not None and not _natural_feature(text, name):
            region = m.group(1)
            hit = known(region)
            if region in region_names() or (hit is not None and hit[0] == "GPE"):
                towns.add(name)
    if not towns:
        return chosen
    return [
        (s, e, "GPE", entity_key("GPE", text[s:e])) if label == "LOC" and text[s:e] in towns else (s, e, label, key)
        for s, e, label, key in chosen
    ]
