"""Places: the words only a place takes around a name ("in", "near", "the seabed off X", "miles
west of X", "X-based"), a town's name used as a place or a water's, lists of places ("in Zhejiang
and Liaoning"), compass and hyphened places, a place in a speaker's apposition, a legislator's seat
and party home ("(R-Ohio)"), roads and waters named with "of" ("Gulf of Aqaba").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import capitals, city_names, nations, region_names
from waic_reader.index.analysis.entities.given_names import given_names, place_given_names
from waic_reader.index.analysis.entities.lexicons import (
    CLUB_INITIALS,
    COMMON_WORDS,
    FAMILY_FIRST,
    GIVEN,
    GIVEN_COMMON,
    JOURNEY_BOTH_ENDS,
    KIN,
    LEGAL_FORMS,
    LOWER_TITLES,
    MOTION,
    ON_FOOT,
    PERSON_NOUNS,
    PLACE_BEFORE,
    PLACE_KIND_AFTER,
    PLACE_OF,
    REACH,
    SAY,
    STOP_ACRONYMS,
    TRANSPORT,
    TRAVEL_FROM,
    WEEKDAYS_MONTHS,
    legal_form,
)
from waic_reader.index.analysis.entities.mentions import entity_key, spans_take_over
from waic_reader.index.analysis.entities.words import (
    CAP_AFTER,
    COMPASS,
    SPEECH_AFTER,
    Cand,
    Unit,
    cue_label,
    given_word,
    is_title,
)
from waic_reader.index.analysis.figures import UNITS
from waic_reader.index.corpus.letters import CAP, LETTER, LOWER
from waic_reader.index.corpus.tokens import fold

# A journey's end named: one to three capitalised words, whose letters run on across the marks
# written on them ("Behchokǫ̀", "Montre\u0301al": letters.LETTER; review s48-rve finding 7, a
# ``\w`` pattern stopped at the mark). The one pattern of both ends of "from X to Y".
_JOURNEY_END = rf"{CAP}(?:{LETTER}|['’-])*(?: {CAP}(?:{LETTER}|['’-])*){{0,2}}"
# "from <a place> to ": the words after "to" are a place too
# "flies daily from X to ", "the evening tram from X to ": either word before "from" may say how.
_FROM_TO = re.compile(rf"\b(?P<go>[A-Za-z]+)(?: (?P<go2>[a-z]+))? from (?P<origin>{_JOURNEY_END}) to $")
# A journey's destination after its origin: "from X to Dunmere", "from X to Dawson City".
_TO_NAMED = re.compile(rf" to (?P<dest>{_JOURNEY_END})(?!{LETTER}|['’-])")
# Nouns for a person in commas before the name: "Her Ugandan counterpart, Robinah X, is",
# "giving the narrator, Morag, three bodies".
# People who come from somewhere: "commuters from X", "farmers from X" (place_cue).
_PEOPLE_FROM = frozenset(
    """people residents families farmers fishermen workers commuters migrants refugees visitors tourists
    pilgrims villagers students pupils herders growers voters delegates herder grower villager
    passengers travellers travelers holidaymakers""".split()
)


# A word that puts a place after it ("in Lincoln", "from Hudson"): a surname there is the town.
# The kind of place an apposition names: "Brackwater, a town of 9,000 people" (place_cue).
_PLACE_NOUNS = frozenset(
    """town village city port suburb hamlet county municipality commune parish settlement island""".split()
)
_PLACE_NOUN_ENDS = frozenset("of in on near outside with that where whose which north south east west".split())


# The kind words German, Dutch and the Nordic languages write last in one word naming a street or a
# square ("Kornmarkt", "Alexanderplatz", "Kurfürstendamm", "Keizersgracht", "Leidseplein",
# "Drottninggatan", "Vesterbrogade", "Strøget" aside): such a word is the street or square, FAC.
_STREET_ENDINGS = (
    "straße strasse platz markt gasse allee damm ufer weg straat plein gracht kade steeg gatan gata gade vej "
    "vegen veien torget torv"
).split()


def street_word(word: str) -> bool:
    """Whether the one capitalised word ``word`` is a street's or a square's by its kind word last
    (:data:`_STREET_ENDINGS`: "Kornmarkt", "Schillerplatz", "Storgatan": round s34-c, heldout27's
    FAC "Kornmarkt" was no name), at least three letters before it, and no listed town ("Neumarkt")."""
    low = word.lower()
    return (
        word[:1].isupper()
        and any(low.endswith(end) and len(low) >= len(end) + 3 for end in _STREET_ENDINGS)
        and word not in city_names()
        and word not in region_names()
    )


# A legislator's title, then "for" and the seat: "MP for", "Member of Parliament for", "Member of
# the Legislative Assembly for".
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:MPs?|MEPs?|MSPs?|MLAs?|MLCs?|MPPs?|MNAs?|MHAs?)|\b[Mm]embers? of (?:the )?(?:"
    + CAP
    + r"[\w'’-]* )?(?:Parliament|Assembly|Congress|Senate|Legislature|Bundestag|Knesset|Dáil))$"
)


# A legislator's "member" in lower case ("Mohamed Shiyam, member for Hulhumalé Central", "its member
# for Villimalé"), or a party's letters in brackets after the legislator's name ("Mariyam Shazna
# Ali (MDP, Maafannu West)", "Rhodri Price (PC, Arfon)"): the seat after them (round s34-c,
# heldout27's seats were no name or a PERSON); a seat of words no common word, cue or title.
_MEMBER_BEFORE = re.compile(r"(?<![\w'’-])members?$")
_PARTY_SEAT_BEFORE = re.compile(rf"{CAP}[\w'’.-]* \((?P<party>[A-Z][A-Za-z]{{0,5}}), $")


def constituency(text: str, run: list[Unit]) -> int | None:
    """Where the seat starts in ``run`` when the run names a legislator's seat ("Member of
    Parliament for Kawempe North": the run may hold the legislature's word, then "for"; "MP for
    Ashcombe West": the run is the seat; "member for Hulhumalé Central", "(MDP, Maafannu West)"),
    or None. The seat is one to three words ending the run."""
    starts = [0] + [k + 1 for k in range(len(run) - 1) if text[run[k].e : run[k + 1].s] == " for "]
    for seat in starts:
        if not 1 <= len(run) - seat <= 3 or any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run[seat:])):
            continue
        before = text[max(0, run[seat].s - 60) : run[seat].s]
        plain = all(
            u.text.lower() not in COMMON_WORDS and cue_label(u.text) is None and not is_title(u.text)[0]
            for u in run[seat:]
        )
        if seat == 0 and plain and text.startswith(")", run[-1].e):
            party = _PARTY_SEAT_BEFORE.search(before)
            if (
                party is not None
                and not is_title(party.group("party"))[0]
                and party.group("party") not in STOP_ACRONYMS
            ):
                return seat
        if not before.endswith(" for "):
            continue
        if _SEAT_BEFORE.search(before[: -len(" for ")]) is not None:
            return seat
        if plain and _MEMBER_BEFORE.search(before[: -len(" for ")]) is not None:
            return seat
    return None


# A firm's lone leading word used as a place: after "near", "outside", "around", "in" (not
# "shares in", "investors in": the firm, ``_STAKE_WORDS``), "residents of", "voices from"
# ("Voices from Kvalsund"), or before a word of what happens at a place or of its parts ("the
# Kvalsund fire", "the Kvalsund area", "its Kvalsund plant": another firm's plant there); not glued
# to a capitalised word after it ("In the Kalinago Territory": a longer name) nor a possessive
# ("outside Starline's headquarters": the firm's). "at" and a bare "from" are left out: "an
# analyst at Oddo", "a statement from Dala" are the firm.
_PLACE_USE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:[Nn]ear|[Oo]utside|[Aa]round)"
    r"|(?<![\w'’-])(?:residents|inhabitants|town|village|city|mayor|streets|outskirts|suburbs|people"
    # "the port of Kvalsund", "the municipality of Brennøy": a place's own kind of place (t13k F9)
    r"|port|harbour|harbor|municipality|county|island|region|district|centre|center) of"
    r"|(?<![\w'’-])(?:[Vv]oices|residents|people|families|evacuees) from"
    # a compass adjective of the place's part ("Southern Luzon", "northern Kestrel") and "off" a
    # coast ("capsized off Marinduque"): no firm is written so (t13an N11, round s46-b: "Southern
    # Luzon" beside "Luzon News" was that outlet's short form)
    r"|(?<![\w'’-])(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Oo]ff))\s+(?:the\s+)?$"
)
# Where a place stands, right before a name: "in", "near", "outside", "around", "across", "into",
# "inside", "within", and a "the" ("in Las Estancias", "near Les Baux", "in the Kvalsund area"),
# never "from", "of" or "to", which a club's members and a firm's statements take too ("from Les
# Cigales", "of Les Cigales"). The word before it is group "before" (a caller reads it: "shares in
# X", "investors in X" own or back a firm). The one pattern of this (round s34-c: the recogniser's
# plural-group rule had one of its own).
IN_PLACE_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?P<before>\w+)\s+|^|(?<![\w'’-]))"
    r"(?P<prep>in|near|outside|around|across|into|inside|within)\s+(?:the\s+)?$",
    re.I,
)
_STAKE_WORDS = frozenset(
    "shares share stake stakes interest interests investment investments investors investor shareholders "
    "holdings holding confidence trust".split()
)
_PLACE_USE_AFTER = re.compile(r"\s+(?:fire|fires|blaze|explosion|area|region|district|municipality|residents)\b")
_PLANT_AFTER = re.compile(r"\s+(?:plant|site|works)\b")
_ITS_BEFORE = re.compile(r"(?<![\w'’-])(?:its|their)\s+$")


def place_use(text: str, s: int, e: int) -> bool:
    """Whether the word at ``text[s:e]`` is used as a place by the words around it
    (``_PLACE_USE_BEFORE``, ``_PLACE_USE_AFTER``; "plant", "site" or "works" after it only
    after "its" or "their")."""
    if CAP_AFTER.match(text, e):
        return False
    before = text[max(0, s - 24) : s]
    inside = IN_PLACE_BEFORE.search(before)
    return (
        _PLACE_USE_BEFORE.search(before) is not None
        # ("in" alone of its prepositions: "sources inside X", "a move into X" name the firm)
        or (
            inside is not None
            and inside.group("prep").lower() == "in"
            and (inside.group("before") or "").lower() not in _STAKE_WORDS
        )
        or _PLACE_USE_AFTER.match(text, e) is not None
        or (_PLANT_AFTER.match(text, e) is not None and _ITS_BEFORE.search(before) is not None)
    )


# "on the Tisza", "along the Tisza", "across the Drava", "the banks of the Tisza": a river's, a
# lake's or a landform's reading of a firm's leading word (LOC), unless a word of the firm's
# follows it ("a seat on the Tisza board", "across the Tisza group")
_WATER_USE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Oo]n|[Aa]long|[Aa]cross|[Uu]p|[Dd]own|[Oo]ver|[Bb]eside|[Bb]eyond"
    r"|(?:banks?|shores?|mouth|source|valley|waters) of)\s+the\s+$"
)
_FIRM_USE_AFTER = re.compile(
    r"\s+(?:board|boards|shares|share|stake|deal|payroll|team|staff|chief|boss|contract|plant|plants|site|"
    r"office|offices|headquarters|workers|brand|group|account|website|statement|spokesman|spokeswoman|"
    # a firm's fate and its people, no river's ("Notes on the Veltra failure": t13al N10, a LOC)
    r"failure|collapse|bankruptcy|insolvency|takeover|merger|bailout|rescue|customers|savers|depositors|"
    r"shareholders|executives|management|branches|earnings|profits?|losses)\b"
)


def firm_use_after(text: str, e: int) -> bool:
    """Whether a word of a firm's follows the name ending at offset ``e`` (:data:`_FIRM_USE_AFTER`:
    "Tisza board", "Halvorsen shares", "Okoro plant"): what a person or a place never has."""
    return _FIRM_USE_AFTER.match(text, e) is not None


def water_use(text: str, s: int, e: int) -> bool:
    """Whether the word at ``text[s:e]`` is used as a river, lake or landform is
    (:data:`_WATER_USE_BEFORE`): the place, whichever firm it leads (t13l F18: "on the Tisza"
    beside "Tisza Energia Zrt" was the firm)."""
    return (
        _WATER_USE_BEFORE.search(text, max(0, s - 24), s) is not None
        and CAP_AFTER.match(text, e) is None
        and _FIRM_USE_AFTER.match(text, e) is None
        and _PLACE_USE_AFTER.match(text, e) is None  # "on the Kvalsund fire": the town's
    )


_WORD = rf"{CAP}(?:{LETTER}|['’-])*"
# A member is one or two capitalised words, or a place named with a complement after a Spanish,
# Portuguese or Italian particle ("Villaseca de Arriba", "Castrillo de la Vega", "Reggio di
# Calabria": issue #16, round s51-e, the list's member was cut to "Villaseca").
_MEMBER = rf"{_WORD}(?: {_WORD}| (?:de(?: la| las| los)?|del|do|da|dos|das|di) {_WORD})?"
# A list of names after a preposition of place, or before a plural kind of place: "in Toledo,
# Maumee, Sylvania and Oregon", "across Java, Bali and Nusa Tenggara", "the Busia, Namayingo and
# Mayuge districts".
# Found by the preposition, or by the kind word and then read backwards: trying a list at
# every capital of the text was a tenth of the recogniser's time.
_LIST = rf"{_MEMBER}(?:, {_MEMBER})*,? (?:and|or) {_MEMBER}"
# (after at/to/towards/of only with a word of going or of a place's people before: :func:`_place_preposition`)
_PLACE_LIST = re.compile(
    rf"\b(?P<prep>in|across|near|outside|around|through|between|from|at|to|towards|of) (?:the )?(?P<list>{_LIST})"
)
_WHERE_PREPOSITIONS = frozenset("in across near outside around through between from".split())
# The two words before a preposition ("ferry runs to", "boats will call at", "The people of").
_TWO_BEFORE = re.compile(r"(?:(?P<w1>[A-Za-z]+) )?(?P<w2>[A-Za-z]+) $")
# A ship's, a train's or a plane's stop before "at": its verbs ("will call at Tonoas, Fefan and
# Guam") and the structures it stops at ("rebuilt the platforms at Somonino and Żukowo").
_STOP_AT = frozenset(
    """call calls called calling stop stops stopped stopping dock docks docked docking stations platforms
    ports harbours harbors airports""".split()
)
_PLACES_KIND = "districts provinces regions counties prefectures municipalities states".split()
# Plural kinds of natural feature after a list of their names ("the Attaran and Gyaing rivers",
# "the Kivu and Tanganyika lakes": round s47-e, held-out 40's rivers were no names or towns): each
# name is a LOC, OntoNotes' label for bodies of water and landforms. The kinds are the water and
# land features of lexicons.PREFIX_CUES' LOC kinds, written in the plural.
_FEATURES_KIND = "rivers lakes creeks streams islands hills mountains valleys bays".split()
# Nouns of what a place has before "of" and a list: its people and parts (lexicons.PLACE_OF, "the
# people of Borodam, Moghban and Rangamati"), the plural kinds of place and of natural feature
# ("the valleys of Bumburet, Rumbur and Birir", "the slopes of Taplejung, Panchthar and Ilam"), a
# town's mayors and schools ("the mayors of Frascineto, Lungro and …"); never what a firm, a club
# or a writer has ("Customers of Orange, …", "Supporters of Liverpool, …", "the writings of …").
_PLACES_OF = (
    PLACE_OF
    | frozenset(_PLACES_KIND + _FEATURES_KIND)
    | frozenset("people peoples villages towns cities slopes shores banks mayors schools".split())
)
_PLACES_KIND_AT = re.compile(rf" (?P<kind>{'|'.join(_PLACES_KIND + _FEATURES_KIND)})\b")
# (an article before the list is none of its names: "The Attaran and Gyaing rivers")
LIST_BEFORE = re.compile(rf"(?<![\w'’-])(?:[Tt]he )?(?P<list>{_LIST})$")
_IN_PLACE = re.compile(rf" (?:in|at) {CAP}")
MEMBER_SPLIT = re.compile(r",? (?:and|or) |, ")


def _states_named_by_feature(listed: str, kind: str) -> bool:
    """Whether a member of a list before a plural feature word makes, with the word, a country or
    territory the gazetteer knows (``nations``, ``region_names``): "the Solomon and Marshall
    islands" are Solomon Islands and Marshall Islands, GPEs (review s47-rv finding 12: LOC
    features "Solomon", "Marshall")."""
    regions = region_names()
    by_nation = nations()
    for member in MEMBER_SPLIT.split(listed):
        named = f"{member} {kind[:1].upper()}{kind[1:]}"
        if fold(named) in by_nation or named in regions:
            return True
    return False


def _place_preposition(text: str, m: re.Match[str]) -> bool:
    """Whether the preposition of the list match ``m`` puts places after it: "in", "across",
    "between" and the others of where something is always; "at", "to", "towards" only after a verb
    or a way of going or a stop ("flew to", "the ferry runs to", "boats will call at"); "of" only
    after a noun of a place's people or parts ("the people of", "the outskirts of"). Issue #16,
    round s48-e read at/to/on/of lists alone, and "lent money to Chelsea, Arsenal and Tottenham",
    "Customers of Orange, Vodafone and Telefonica" became places (review s48-rve finding 1)."""
    prep = m.group("prep")
    if prep in _WHERE_PREPOSITIONS:
        return True
    two = _TWO_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if two is None:
        return False
    words = (two.group("w2").lower(), (two.group("w1") or "").lower())
    if prep == "of":
        return words[0] in _PLACES_OF
    # the verb right before ("flew to", "call at"), or a way of going before it ("the ferry to",
    # "the ferry runs to"); not a verb further back ("sent letters to Wolves, Fulham and ...")
    verb, way = words
    return (
        verb in MOTION
        or verb in ON_FOOT
        or (prep == "at" and verb in _STOP_AT)
        or any(w in TRANSPORT or w in JOURNEY_BOTH_ENDS for w in (verb, way))
    )


def _listed_town(name: str) -> bool:
    """Whether ``name`` is a town or a region of the gazetteer's lists (``city_names``,
    ``region_names``), read as written and composed (NFC: "Montre\u0301al" written decomposed is
    the listed "Montréal"; review s48-rve finding 7)."""
    composed = unicodedata.normalize("NFC", name)
    return any(n in city_names() or n in region_names() for n in {name, composed})


def _no_body(name: str) -> bool:
    """Whether no word of ``name`` says it is an office, a body or a firm: a title, a body's kind
    word ("Parliament", "Council", "Party Secretary"), a company's legal form ("Ltd") or a club's
    initials ("FC"). The one test of a name at a list's or a journey's place that a place's cue
    would type GPE (rounds s48-e, s48-fx3)."""
    return not any(
        is_title(w)[0] or cue_label(w) in ("ORG", "PERSON") or legal_form(w) or w in CLUB_INITIALS for w in name.split()
    )


def listed_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with the names of a list of places typed places (GPE; LOC before a plural kind of
    natural feature), once one of them is a known place or a plural kind of place follows:
    "refiners in Zhejiang and Liaoning" (not a person, though "Liaoning added"), "in Toledo,
    Maumee, Sylvania and Oregon", "the Kwale and Ndogo lakes". The list is found after a
    preposition of where (:func:`_place_preposition`: "at", "to", "of" only with a word of going or
    of a place's people before) or before a plural kind of place. A list with a name typed
    otherwise (an organisation, a person's full name) or a member naming an office, body or firm
    (:func:`_no_body`) is left alone ("invested in Acme, Beta and Google"); so is a list before a
    people's noun ("in Nanai, Ulchi and Nivkh houses": peoples.py reads those names). Returns a
    new sorted list of (start, end, label, key); ``chosen`` itself when nothing changes."""
    if not chosen:
        return chosen
    starts = [c[0] for c in chosen]
    add: list[Cand] = []
    retype: dict[int, Cand] = {}
    # start: (the list, a kind of place after it, the label its kind gives its names)
    lists: dict[int, tuple[str, bool, str]] = {}
    from waic_reader.index.analysis.entities.peoples import PEOPLES_NOUN_AFTER  # (peoples.py imports this module)

    for m in _PLACE_LIST.finditer(text):
        if PEOPLES_NOUN_AFTER.match(text, m.end()) or not _place_preposition(text, m):
            # "in Nanai, Ulchi and Nivkh houses": peoples' words before their noun, no places
            # (peoples.peoples_by_nouns reads them, with the two nouns it asks: review s48-rve
            # finding 4); "lent money to Chelsea, Arsenal and Tottenham": no place's preposition
            continue
        if not _IN_PLACE.match(text, m.end()):  # "Maki Yoshida in Tokyo and Choi Ha-eun in Seoul": people
            lists[m.start("list")] = (m.group("list"), False, "GPE")
    for kw in _PLACES_KIND_AT.finditer(text):
        lo = max(0, kw.start() - 160)
        if (before := LIST_BEFORE.search(text, lo, kw.start())) is not None:
            label = "LOC" if kw.group("kind") in _FEATURES_KIND else "GPE"
            if label == "LOC" and _states_named_by_feature(before.group("list"), kw.group("kind")):
                continue  # "the Solomon and Marshall islands": two states, no features
            lists[before.start("list")] = (before.group("list"), True, label)
    for a, (listed, kind, label) in sorted(lists.items()):
        members: list[tuple[int, int]] = []
        for part in MEMBER_SPLIT.split(listed):
            at = text.index(part, a)
            members.append((at, at + len(part)))
            a = at + len(part)
        places = 0
        todo: list[tuple[int, int, int]] = []  # (start, end, index in chosen or -1)
        ok = True
        for ms, me in members:
            k = bisect_left(starts, ms)
            hit = [j for j in (k - 1, k, k + 1) if 0 <= j < len(chosen) and chosen[j][0] < me and ms < chosen[j][1]]
            if not hit:
                first = text[ms:me].split(maxsplit=1)[0]
                if (
                    text[ms:me] in WEEKDAYS_MONTHS
                    or first.lower() in COMMON_WORDS  # "in Dublin and An Lanntair": "An" opens no place
                    or first in FAMILY_FIRST
                    or first in GIVEN
                    or (" " in text[ms:me] and first in given_names())
                    # a title or a body's kind word: an office, no place ("served as Governor of
                    # Zhejiang and Party Secretary of Jiangsu"); a firm's legal form, a club's initials
                    or not _no_body(text[ms:me])
                ):
                    ok = False
                    break
                todo.append((ms, me, -1))
                continue
            c = chosen[hit[0]]
            if len(hit) > 1 or (c[0], c[1]) != (ms, me):
                ok = False
                break
            if c[2] in ("GPE", "LOC"):
                places += 1
                if label == "LOC" and c[2] == "GPE" and c[3] == entity_key("GPE", text[ms:me]):
                    todo.append((ms, me, hit[0]))  # "the Kwale and Ndogo lakes": no towns
            elif c[2] == "PERSON" and " " not in c[3] and " " not in text[ms:me]:
                todo.append((ms, me, hit[0]))  # "Liaoning added": one word a speech verb made a person
            else:
                ok = False
                break
        if not ok or not todo or not (places or kind):
            continue
        for ms, me, j in todo:
            cand = (ms, me, label, entity_key(label, text[ms:me]))
            if j >= 0:
                retype[j] = cand
            else:
                add.append(cand)
    if not add and not retype:
        return chosen
    out = [retype.get(j, c) for j, c in enumerate(chosen)]
    return sorted(out + add)


ANY_LIST = re.compile(_LIST)


def hyphened_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a place joined by a hyphen to the name after it taken into that name,
    a war, a line or a treaty between two places ("the Iran-Iraq War", "the Laos-China
    Railway", "the Ethiopia-Djibouti Railway": the run of capitals kept the known place before
    the hyphen apart, and the name began after it). The name keeps its label; a place alone
    after the hyphen ("the India-Pakistan border") stays two places."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if (
            out
            and label in ("EVENT", "FAC", "ORG", "LAW")
            and " " in text[s:e].strip()
            and out[-1][2] in ("GPE", "LOC")
            and out[-1][1] == s - 1
            and text[s - 1] == "-"
            and " " not in text[out[-1][0] : out[-1][1]]
        ):
            s = out.pop()[0]
            key = entity_key(label, " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


# A road, or a harbour's, a line's or an airport's structure, named by its kind word and a number
# ("Highway 48", "Route 66", "Pier 4", "Dock 7", "Quay 3", "Tunnel 2": t13aa K9, "Pier 4" was no
# entity; "Terminal 2": t13aj N10, a Number "2"): a FAC.
ROAD = re.compile(
    r"\b(?:Highway|Route|Interstate|State Route|County Road|Pier|Dock|Quay|Wharf|Berth|Jetty|Tunnel|Bridge|Terminal)"
    r"[ -]\d{1,4}\b(?![.,]\d)"
)
ROAD_WORDS = (
    *("Highway", "Route", "Interstate", "County Road"),
    *("Pier", "Dock", "Quay", "Wharf", "Berth", "Jetty", "Tunnel", "Bridge", "Terminal"),
)  # one is in every match


# Words of position that make one name with the place after them ("Central Europe", "East
# Greenland", "Inner Mongolia", "Greater Caucasus").
_PLACE_PARTS = COMPASS | frozenset("Inner Outer Upper Lower Greater".split())
_PLACE_PART_BEFORE = re.compile(rf"(?<![\w'’.-])({'|'.join(sorted(_PLACE_PARTS))}) $")


# A place's name before "Time" names a time zone ("West Africa Time", "Central European Summer Time").
_ZONE_AFTER = re.compile(r" (?:Standard |Summer |Daylight )?Time\b")


def time_zones(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` without the places named before "Time" (:data:`_ZONE_AFTER`): a time zone's name,
    no place ("Times are West Africa Time": round s34-c, heldout27's LOC)."""
    if " Time" not in text:
        return chosen
    return [c for c in chosen if not (c[2] in ("GPE", "LOC") and _ZONE_AFTER.match(text, c[1]))]


# The islands and deserts whose parts named by a compass point are provinces: Indonesia's (ISO
# 3166-2:ID: West Java, North Sumatra, South Sulawesi, East Kalimantan, West Papua, East Nusa
# Tenggara), Mongolia's aimags (ISO 3166-2:MN: South Gobi, East Gobi, Gobi-Altai), Malaysia's and the
# Philippines' island parts (North Borneo, Northern Mindanao). The land itself is a LOC
# (gazetteer.yaml); "West Java" is the province, GPE (round s50-e).
_PROVINCE_LANDS = frozenset(
    "Java Sumatra Sulawesi Kalimantan Borneo Papua Nusa Tenggara Gobi Mindanao Luzon Timor".split() + ["New Guinea"]
)
# Compass points as nouns or adjectives opening a province's name ("West Java", "Northern Mindanao").
_POINTS = frozenset(
    "North South East West Central Northeast Northwest Southeast Southwest North-East North-West South-East "
    "South-West Northern Southern Eastern Western".split()
)


def land_provinces(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a province named by a compass point and its island or desert
    (:data:`_PROVINCE_LANDS`, :data:`_POINTS`: "West Java", "South Gobi") typed GPE, whatever the
    land's own type (a LOC) made it. Linear in ``chosen``."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if label == "LOC" and len(words) >= 2 and words[0] in _POINTS and " ".join(words[1:]) in _PROVINCE_LANDS:
            out.append((s, e, "GPE", entity_key("GPE", " ".join(words))))
        else:
            out.append((s, e, label, key))
    return out


def compass_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """A word of position right before a place is part of its name ("Central Europe", not
    "Central" and "Europe"; "East Greenland"), whether the word stood alone or was a one-word guess
    of its own: a region as a whole (ISO 3166-2) or a part named "Inner"/"Outer" is GPE, any other
    part of a land LOC."""
    out: list[Cand] = []
    for c in chosen:
        s, e, label, _ = c
        m = _PLACE_PART_BEFORE.search(text, max(0, s - 12), s) if label in ("GPE", "LOC") else None
        if m is not None:
            a = m.start(1)
            prev = out[-1] if out else None
            if prev is not None and prev[1] > a and not (prev[0] == a and prev[1] == m.end(1)):
                out.append(c)  # the word is inside another name
                continue
            if prev is not None and prev[0] == a:
                out.pop()  # "Central" guessed a place alone: the whole is the name
            whole = " ".join(text[a:e].split())
            if label == "GPE" and not (whole in region_names() or m.group(1) in ("Inner", "Outer")):
                label = "LOC"
            out.append((a, e, label, entity_key(label, whole)))
            continue
        out.append(c)
    return out


# Where the article itself says a lone word is a place: "in X", "residents of X", "X, a town of
# 9,000 people" (speaking_places).
_PLACE_WORDS_BEFORE = r"(?:(?<![\w'’-])(?:[Ii]n|near|outside|around|(?:residents|inhabitants|town|village|city|mayor|streets|outskirts|suburbs) of) )"
# The last word of every match of _PLACE_WORDS_BEFORE, before its space.
_PLACE_CUE_ENDS = ("In", "in", "near", "outside", "around", "of")
_PLACE_APPOSITION = (
    r", (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:town|village|city|port|suburb|hamlet|county|municipality|commune|parish"
    r"|settlement|island)(?=[,.;:)—–]| (?:of|in|on|near|outside|with|that|where|whose|which|north|south|east|west)\b)"
)


def speaking_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """A lone word typed a person ("Brackwater said", "said Brackwater") that the article names
    as a place elsewhere (a place mention, "in Brackwater", "residents of Brackwater",
    "Brackwater, a town of 9,000 people") is that place speaking through its council, and so is
    every other mention of it: not a person, unless it is a given name or a word of a person's
    longer name in the article."""
    lone = {text[s:e] for s, e, label, _ in chosen if label == "PERSON" and " " not in text[s:e]}
    if not lone:
        return chosen
    in_names = {w for s, e, label, _ in chosen if label == "PERSON" and " " in text[s:e] for w in text[s:e].split()}
    places = {text[s:e]: (label, key) for s, e, label, key in chosen if label in ("GPE", "LOC")}
    retype: dict[str, tuple[str, str]] = {}
    for w in lone:
        if w in in_names or w in given_names() or w in GIVEN or not w[:1].isupper():
            continue
        if w in places:
            retype[w] = places[w]
            continue
        word = re.escape(w)
        # (each pattern tried only where the text holds what its every match ends or goes on with:
        # compiled per word and searched from every position, they were slow on long pages)
        if (
            any(f"{cue} {w}" in text for cue in _PLACE_CUE_ENDS)
            and re.search(rf"{_PLACE_WORDS_BEFORE}{word}(?![\w'’-])", text)
        ) or (f"{w}, " in text and re.search(rf"(?<![\w'’-]){word}{_PLACE_APPOSITION}", text)):
            retype[w] = ("GPE", entity_key("GPE", w))
    if not retype:
        return chosen
    out = [
        (s, e, *retype[text[s:e]]) if label == "PERSON" and text[s:e] in retype else (s, e, label, key)
        for s, e, label, key in chosen
    ]
    # its other mentions no rule typed ("Brackwater, a town ..." opening a sentence)
    for w, (label, key) in retype.items():
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", text):
            if not any(c[0] < m.end() and m.start() < c[1] for c in out):
                out.append((m.start(), m.end(), label, key))
    out.sort()
    return out


_SAYING = "|".join(sorted(SAY))
# A quotation's tag around one word: '"It was a hard week," Paris added.' (a closing mark after a
# comma, "?" or "!", the word, a speech verb) and '"…," said Paris.' (the verb first, the word
# closing the tag).
_TAG_BEFORE = re.compile(r"""[,?!…]\s*["”’']\s+$""")
_TAG_VERB_AFTER = re.compile(rf"\s+(?:{_SAYING})\b")
_TAG_VERB_BEFORE = re.compile(rf"""[,?!…]\s*["”’']\s+(?:{_SAYING})\s+$""")
_TAG_END_AFTER = re.compile(r"\s*(?:[.,;:!?]|$|\s+(?:on|in|at|late|early|last|this|yesterday|today)\b)")
# What makes a speaking place a body, no person: "it" or "its" for it in the rest of its sentence
# ('Paris said on Monday it would appeal', '…," Paris added, saying its offer stood'), or a body's
# own channel ("in a statement").
_BODY_SPEAKS = re.compile(
    r"\b(?:its|it (?:would|will|could|can|intends|intended|plans|planned|wants|wanted|had|has))\b"
    r"|\bin (?:a|an|its) (?:statement|communiqu[eé]|press release|note)\b"
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")


def _body_speaks(text: str, word: str) -> bool:
    """Whether ``text`` makes ``word`` speak as a body anywhere: a speech verb after it (or
    "said" before it) and, in the rest of that sentence, :data:`_BODY_SPEAKS`."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        verb = _TAG_VERB_AFTER.match(text, m.end())
        if verb is None and _TAG_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
            continue
        at = verb.end() if verb is not None else m.end()
        rest = _SENTENCE_REST.match(text, at)
        if rest is not None and _BODY_SPEAKS.search(rest.group()):
            return True
    return False


def _capital_governs(text: str, word: str) -> bool:
    """Whether ``word`` is a country's capital (:func:`gazetteer.capitals`) whose country or
    people ``text`` names too (:func:`gazetteer.nations`: "France", "French" beside "Paris"): the
    capital speaks for that government."""
    known = capitals().get(fold(word))
    if known is None:
        return False
    by_name = nations()
    country = by_name.get(fold(known[1]), known[1])
    names = [n for n, c in by_name.items() if c == country and n != fold(word)]
    folded = fold(text)
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded) for n in names)


def _in_quote_tag(text: str, s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is the subject of a quotation's tag ('"…," X added',
    '"…," said X')."""
    return (_TAG_BEFORE.search(text, max(0, s - 8), s) is not None and _TAG_VERB_AFTER.match(text, e) is not None) or (
        _TAG_VERB_BEFORE.search(text, max(0, s - 30), s) is not None and _TAG_END_AFTER.match(text, e) is not None
    )


def quote_tag_persons(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a one-word place that is also a given name people bear
    (:func:`given_names.place_given_names`: "Paris", "Denver", "Sofia"; or one the recogniser
    knows, :func:`words.given_word`) typed a person where it speaks in a quotation's tag ('"It was
    a hard week," Paris added.', '"…," said Denver.'): quoted words are a person's, a capital's
    only where the text gives that reading (round s38-x2: the capital Paris; s37-rv 17 read
    only given names the recogniser knows so, in the quotes alone). The place stays where the text
    reads it as a body: a country's name ("Jordan", "Israel": its government), a capital whose
    country or people the article names ("Paris" beside "France"), a word the article makes speak
    with "it" or "its" or "in a statement" ('Paris said on Monday it would appeal'), and every
    place where another place speaks in a tag too ('"…," Washington said. "…," Beijing said.':
    governments; round s38-z2). Its other mentions ("in Paris") stay places."""
    if '"' not in text and "”" not in text and "’" not in text and "'" not in text:
        return chosen
    verdict: dict[str, bool] = {}
    # places speaking in a tag: two different ones ('"…," Washington said. "…," Beijing said.',
    # '"…," Victoria said. "…," Queensland said.') are governments talking to each other
    # (round s38-z2, review s38-rv finding 9), never a person beside a place
    speaking = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC") and _in_quote_tag(text, s, e)}
    out: list[Cand] = []
    for c in chosen:
        s, e, label, _ = c
        word = text[s:e]
        if (
            label in ("GPE", "LOC")
            and " " not in word
            and (word in place_given_names() or given_word(word))
            and _in_quote_tag(text, s, e)
        ):
            if word not in verdict:
                country = fold(word) in nations() and fold(word) not in capitals()
                verdict[word] = not (
                    country or len(speaking) > 1 or _capital_governs(text, word) or _body_speaks(text, word)
                )
            if verdict[word]:
                c = (s, e, "PERSON", entity_key("PERSON", word))
        out.append(c)
    return out


# A legislator's party letter and home after the name, as US copy writes them: ", D-Las Cruces,",
# "(R-Roswell)", "(D-N.M.)".
PARTY_HOME = re.compile(
    rf"(?:(?<=, )|(?<=\())(?P<party>[DRI])-(?P<place>{CAP}[\w'’.]*(?: {CAP}[\w'’.]*){{0,2}})(?=[,)])"
)


# The US states' and Canada's provinces' abbreviations of the AP stylebook, written after a town
# and a comma ("Pierre, S.D.,", "Rimouski, Que.,"); the states of five letters or fewer are written
# in full ("Ohio", "Utah") and the two-letter postal codes are left out ("IN", "OR" are words).
# Australia's states and territories by their ISO 3166-2:AU codes, as Australian copy writes them
# alone ("WA Premier", "St John WA", "Tags: …, WA"; t13au N6: an ORG "WA"); "SA" and "ACT" are
# left out (a firm's legal form, an English word).
AUSTRALIAN_STATES = {
    "NSW": "New South Wales",
    "QLD": "Queensland",
    "VIC": "Victoria",
    "TAS": "Tasmania",
    "WA": "Western Australia",
    "NT": "Northern Territory",
}


# What makes an article Australian: the country's name or its people's ("Australia", "Australian"), a
# state's name in full, an Australian time zone (AWST, ACST, AEST and their daylight forms; the zones
# of the Australian Government's time zone list), or a state's or territory's capital written as a
# place (:data:`_AUSTRALIAN_CAPITAL`). A capital's word alone is no evidence: it is a given name
# ("Sydney Brooks"), a surname ("Charles Darwin"), a part of another town's name ("Perth Amboy") or
# a homonym town abroad ("Perth, Scotland", "Melbourne, Florida"): review s52-rv #1.
_AUSTRALIAN = re.compile(
    r"\bAustralians?\b|\bAustralia\b|New South Wales|Queensland|Tasmania|Northern Territory|\bA[WCE][SD]T\b"
)
_CAPITALS_AU = "Perth|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Darwin|Canberra"
# (a capital after a preposition of place, no capitalised word after it nor ", Region" other than
# Australia's; or a dateline's capitals at a line's start: "SYDNEY, March 14", "PERTH (Reuters)")
_AUSTRALIAN_CAPITAL = re.compile(
    rf"(?:(?<=\bin )|(?<=\bat )|(?<=\bnear )|(?<=\bfrom )|(?<=\baround )|(?<=\boutside ))(?:{_CAPITALS_AU})\b"
    r"(?![ -][A-Z])(?!, (?!Australia|Western Australia|South Australia|New South Wales|Queensland|Victoria|Tasmania|"
    r"Northern Territory|NSW|WA|QLD|VIC|TAS|NT|SA|ACT)[A-Z])"
    rf"|(?m:^(?:{_CAPITALS_AU.upper()})(?=,| \())"
)
# "WA" after a town of the gazetteer and a comma is a US postal address ("Seattle, WA", "Spokane,
# WA") unless the article names Australia itself: the capital or zone evidence alone does not
# make "Olympia, WA" Western Australia.
_TOWN_COMMA_BEFORE = re.compile(rf"(?<![\w'’-])(?P<town>{CAP}[\w'’-]*(?: {CAP}[\w'’-]*)?), $")


def australian_text(text: str) -> bool:
    """Whether ``text`` names Australia, its states or its time zones (:data:`_AUSTRALIAN`), or a
    state's capital written as a place (:data:`_AUSTRALIAN_CAPITAL`)."""
    return _AUSTRALIAN.search(text) is not None or _AUSTRALIAN_CAPITAL.search(text) is not None


def australian_state(text: str, s: int, e: int) -> str | None:
    """The state ``text[s:e]`` abbreviates (:data:`AUSTRALIAN_STATES`) in an article that is
    Australian by :func:`australian_text` ("in Perth", "19:45 AWST", "Western Australia"),
    else None: "WA" of a US address ("Seattle, WA": a listed town and a comma before it, in an
    article that does not name Australia) is Washington's, no Australian state."""
    state = AUSTRALIAN_STATES.get(text[s:e])
    if state is None or not australian_text(text):
        return None
    town = _TOWN_COMMA_BEFORE.search(text, max(0, s - 40), s)
    listed = town is not None and (town.group("town") in city_names() or town.group("town").title() in city_names())
    if listed and re.search(r"\bAustralia\b", text) is None:
        return None
    return state


STATE_ABBREVIATIONS = {
    abbr: name
    for line in """Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|Conn. Connecticut|
    Del. Delaware|Fla. Florida|Ga. Georgia|Ill. Illinois|Ind. Indiana|Kan. Kansas|Ky. Kentucky|La. Louisiana|
    Md. Maryland|Mass. Massachusetts|Mich. Michigan|Minn. Minnesota|Miss. Mississippi|Mo. Missouri|
    Mont. Montana|Neb. Nebraska|Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|
    N.Y. New York|N.C. North Carolina|N.D. North Dakota|Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|
    R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|Tenn. Tennessee|Vt. Vermont|Va. Virginia|
    Wash. Washington|W.Va. West Virginia|Wis. Wisconsin|Wyo. Wyoming|D.C. District of Columbia|
    Alta. Alberta|B.C. British Columbia|Man. Manitoba|N.B. New Brunswick|Nfld. Newfoundland and Labrador|
    N.S. Nova Scotia|Ont. Ontario|P.E.I. Prince Edward Island|Que. Quebec|Sask. Saskatchewan""".split("|")
    for abbr, _, name in [line.strip().partition(" ")]
}
TOWN_STATE = re.compile(
    rf"(?<![\w'’-]){CAP}[\w'’-]*, (?P<state>{'|'.join(re.escape(a) for a in sorted(STATE_ABBREVIATIONS, key=len, reverse=True))})(?!\w)"
)


# Words before "at" that make the name after it a place: a site ("the port at X", "the industrial
# belt at X", "fishing boats at X") or a verb of staying, docking or working land ("farmed at X",
# "ships will call at X"); never a verb of looking or aiming ("looked at X", "aimed at X"), nor
# "arrived at", which takes a firm or a decision as well.
_AT_PLACE = frozenset(
    """port ports harbour harbor terminal terminals depot plant plants mill mine mines site sites camp camps
    beach beaches border crossing checkpoint junction belt quay pier jetty wharf anchorage boats
    call calls called calling docked docks anchored berthed moored landed landing stopped stopping farmed
    farms farming settled buried born lived lives grew raised""".split()
)
# Words before "off" that make the name after it a coast's place: "the seabed off X", "sank off X".
_OFF_PLACE = frozenset(
    """seabed coast coastline waters shore anchored sank sunk capsized aground miles kilometres kilometers
    km nm moored fished fishing""".split()
)
_COMPASS_POINTS = frozenset(
    """north south east west northeast northwest southeast southwest north-east north-west south-east
    south-west""".split()
)
# Units of length (canonical, figures.UNITS) before a compass point: "40 km south of X" measures from a place.
_LENGTHS = frozenset({"km", "mi", "m", "ft"})
_NEARBY = frozenset("other nearby neighbouring neighboring surrounding adjacent outlying".split())
_PLACE_PLURALS = frozenset(
    """towns villages cities districts islands provinces regions communities suburbs municipalities
    counties upazilas parishes settlements""".split()
)


# A body of water or a cape named with "of" ("Gulf of Aqaba", "Straits of Tiran", "Cape of Good Hope"):
# one place, the name after "of" no place of its own; a name's words before it make another name.
# (a saint's name written short opens the water's name: "the Gulf of St. Lawrence", "Bay of St
# Malo": round s39-e, held-out 32's "Gulf of St" was cut at the dot)
WATER_OF = re.compile(
    rf"(?<![\w'’-])(?:Gulf|Bay|Straits?|Sea|Cape|Bight|Firth|Sound|Lake) of (?:the |(?:St|Ste|Sto|Sta)\.? )?"
    rf"{CAP}[{LOWER}'’-]+(?: {CAP}[{LOWER}'’-]+)?(?![\w'’-])"
)
WATER_OF_WORDS = tuple(f"{kind} of " for kind in "Gulf Bay Strait Straits Sea Cape Bight Firth Sound Lake".split())


def site_cue(toks: list[tuple[int, int, str]], stretch: list[Unit], initial: list[bool]) -> bool:
    """Words around an unknown name that only a place takes, whatever its words (a given name's
    too): "at X" after a site or a verb of staying or arriving ("the port at X", "farmed at X",
    "call directly at X"), "off X" after the sea or a wreck ("the seabed off X"), a compass
    point's "of" ("miles west of X"), "X and neighbouring villages". Never before a possessive
    ("east of Peter Hallworth's farm": a person's land); a given name and a surname after a
    compass point are a person unless a distance is measured from them ("40 km south of Mara
    Tolen") or a place word follows ("north of Maria Velden town")."""
    i, j = stretch[0].i, stretch[-1].j
    if initial[i] or i < 2:
        return False
    nxt = toks[j][2] if j < len(toks) else ""
    if nxt in ("'s", "’s"):
        return False
    prev, before = toks[i - 1][2], toks[i - 2][2].lower()
    if prev == "at" and before.endswith("ly") and i >= 3:
        before = toks[i - 3][2].lower()  # "call directly at X"
    if prev == "at" and before in _AT_PLACE:
        return True
    if prev == "off" and before in _OFF_PLACE:
        return True
    if prev == "of" and before in _COMPASS_POINTS:
        first = stretch[0].text
        if len(stretch) == 1 or not (first in GIVEN or first in GIVEN_COMMON or first in given_names()):
            return True
        distance = i >= 3 and UNITS.get(toks[i - 3][2].lower()) in _LENGTHS
        return distance or nxt in PLACE_OF or nxt in PLACE_KIND_AFTER
    if j + 2 < len(toks) and toks[j][2] == "and" and toks[j + 1][2] in _NEARBY and toks[j + 2][2] in _PLACE_PLURALS:
        return True
    # (a speaker is no listed place: "cities like Halvik, Anna Lindqvist told reporters")
    return nxt not in SAY and _listed_after_place_kind(toks, i)


def _listed_after_place_kind(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the name at token ``i`` is an item of a list after a plural place kind and "such
    as", "including" or "like" (:data:`_PLACE_PLURALS`: "villages such as Napaskiak, Kwethluk,
    Akiak and Tuluksak", "towns including Zorvanka, Pelturik and Mesgrad"; round s38-e, held-out
    31: no name), the items before it capitalised words, commas, "and" or "or" (at most twelve
    tokens back). A firm's list ("suppliers such as X") is context's (_KIND_LIST). The list ends
    at its "and"/"or" item: a name after a comma past that item is the sentence's next part ("cities
    like Halvik, Norden and Brask, Anna Lindqvist told reporters": the speaker; round s38-z2,
    review s38-rv finding 7), never one more item."""
    k = i - 1
    while k > i - 13 and k >= 0 and (toks[k][2] in (",", "and", "or") or toks[k][2][:1].isupper()):
        k -= 1
    if k < 1:
        return False
    # an "and"/"or" before the name's own joining word closed the list before it
    if any(t[2] in ("and", "or") for t in toks[k + 1 : i - 1]):
        return False
    w = toks[k][2]
    if w == "as" and toks[k - 1][2] == "such":
        k -= 1
    elif w not in ("including", "like"):
        return False
    kind = toks[k - 1][2] if toks[k - 1][2] != "," or k < 2 else toks[k - 2][2]
    return kind in _PLACE_PLURALS


# The account buttons of a page's top row ("Log in   Subscribe", "Sign in  Register"): the "in" of
# these verbs is no place's preposition (t13u F11: a GPE "Subscribe").
_BUTTON_IN_VERBS = frozenset("log sign opt".split())
# A number or a single letter after a word: what numbers a part of a site ("Gate 7", "Platform 4",
# "Stand B"; t13u F11: a GPE "Gate"), not a place's name.
_PART_NUMBER = re.compile(r"(?:\d{1,3}[A-Za-z]?|[A-Z])")


def furniture_or_numbered(toks: list[tuple[int, int, str]], stretch: list[Unit]) -> bool:
    """Whether the words around an unknown one-word name say it is no place whatever precedes it:
    a button after "Log in" / "Sign in" / "Opt in" ("Log in   Subscribe"), or a word numbered as
    a part of a site ("near Gate 7", "outside Platform 4", "at Stand B")."""
    if len(stretch) != 1:
        return False
    i, j = stretch[0].i, stretch[0].j
    if i >= 2 and toks[i - 1][2] == "in" and toks[i - 2][2].lower() in _BUTTON_IN_VERBS:
        return True
    if j < len(toks) and _PART_NUMBER.fullmatch(toks[j][2]) and toks[j][0] == stretch[0].e + 1:
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        # (not an initial or an abbreviation, "in Washington D.C.", nor a count after the place,
        # "in Harwick 3 days a week", "in Tarsk 40 km away", nor a score, "drew with Kobe 2-2")
        return not (
            (after == "." and toks[j][2].isalpha() and toks[j + 1][0] == toks[j][1])
            or (after.islower() and (after.endswith("s") or after in UNITS))
            or (after in ("-", "–") and toks[j + 1][0] == toks[j][1])
        )
    return False


# Where a place stands: "in", "near", "outside", "around" right before a name (heldout25, round
# s32-b: "shops in Fancy Bazar", "his school in Villa Adela", "farms around Can Tho" were PERSONs),
# unless the word before says a person or a firm ("believe in", "a role in", "shares in").
_IN_PLACE_WORDS = frozenset("in near outside around".split())
_PERSON_IN = frozenset(
    "believe believes believed believing belief faith trust confidence interest interested role starring "
    "star stars starred cast shares stake stakes invest invests invested investing investment investments "
    "holding holdings".split()
)


def placed_given_name(text: str, toks: list[tuple[int, int, str]], stretch: list[Unit]) -> bool:
    """Whether an unknown name of two or three words that opens with a given name ("Villa Adela",
    "Tom Price", "Santa Venera") is a place by where it stands: right after "in", "near",
    "outside" or "around" (or after such a word and a list of names: "in Belgrade and Novi Sad"),
    not possessed, no speech verb or ", who" after it."""
    if not 2 <= len(stretch) <= 3:
        return False
    i, j = stretch[0].i, stretch[-1].j
    k = i - 1
    listed = False
    if k >= 1 and toks[k][2] in ("and", "or") and toks[k - 1][2][:1].isupper():
        # "in Belgrade and Novi Sad", "near Ogre, Ikšķile and Salaspils": back over a list of names
        k -= 1
        listed = True
        while k > max(0, i - 12) and (toks[k][2][:1].isupper() or toks[k][2] == ","):
            k -= 1
    # "the river town of Harlow Bend", "residents of Harlow Bend", "the village of Marlene Hollow":
    # a place's noun and "of" (lexicons.PLACE_OF) say what the name is as "in" does (t13az N1: a
    # town of a given name and a word was a person, a quote's speaker)
    of_place = k >= 1 and toks[k][2] == "of" and toks[k - 1][2].lower() in PLACE_OF
    if k < 0 or (toks[k][2] not in _IN_PLACE_WORDS and not of_place):
        return False
    if listed and k >= 2 and toks[k - 1][2][:1].isupper() and toks[k - 2][2][:1].isupper():
        # "By Aline Uwase in Musanze and Patrick Kayitare on the moto": a full name before "in",
        # the name after "and" its like, a person (a byline's reporters; round s33-c: a GPE);
        # not "Traders in Tarija and Sierra Mojada"
        return False
    if k >= 1 and toks[k - 1][2].lower() in _PERSON_IN:
        return False
    if listed and _AFFILIATION_AFTER.match(text, stretch[-1].e):
        # "led by Ruth Amsel of the University of Lapland in Rovaniemi and Maria Okotetto of the
        # Arctic Research Centre": a name after "and" with its own body after "of" is a person
        # named as the first was, no place of the list (round s36-e, held-out 29: a GPE)
        return False
    nxt = toks[j][2] if j < len(toks) else ""
    if nxt in ("'s", "’s", "'", "’"):
        return False
    if not of_place and SPEECH_AFTER.match(text, stretch[-1].e) is not None:
        return False  # ("Residents of Harlow Bend said": the residents speak)
    return not (nxt == "," and j + 1 < len(toks) and toks[j + 1][2] in ("who", "whose"))


# A body a person belongs to, after the person's name: " of the Arctic Research Centre", " of Kestrel
# University".
_AFFILIATION_AFTER = re.compile(rf" of (?:the )?{CAP}")
# A preposition before "the" and a name: "in the Atacama", "on the Vakhsh", "across the Midlands".
_THE_PLACE_BEFORE = frozenset(
    "in on across along over through into from throughout beyond below above near around up down of".split()
)
# What may follow such a name when it ends its phrase (not "in the London market": an attribute).
_THE_PLACE_AFTER = frozenset(
    "and or but can could will would may might is was are were has have had where which that who in "
    "on at of for with from by since until as than say says said".split()
)


def the_listed_place(toks: list[tuple[int, int, str]], stretch: list[Unit]) -> bool:
    """Whether a one-word name the city or region lists hold is written after a preposition and
    a lower-case "the", ending its phrase ("one mine in the Atacama can", "stations on the
    Vakhsh and", "16 years in the Midlands."): a desert, a river, a range or a region, which
    take "the" (OntoNotes LOC), not the town of that name (heldout25, round s32-b: GPEs)."""
    if len(stretch) != 1:
        return False
    i, j = stretch[0].i, stretch[0].j
    if i < 2 or toks[i - 1][2] != "the" or toks[i - 2][2].lower() not in _THE_PLACE_BEFORE:
        return False
    name = stretch[0].text
    if not (name in city_names() or name in region_names()):
        return False
    nxt = toks[j][2] if j < len(toks) else ""
    after = toks[j + 1][2] if j + 1 < len(toks) else ""
    if nxt in ("and", "or", ",") and after[:1].isupper():
        return False  # "in the Shamakhi and Ismayilli districts": a list of names before their kind
    if nxt in ("-", "–") and toks[j][0] == stretch[0].e:
        return False  # "the Minneapolis-based company"
    return not nxt or not nxt[0].isalnum() or nxt in _THE_PLACE_AFTER


# Verbs of writing or reporting from a place ("Reader Delgir writes from Lagan:").
_SENT_FROM = frozenset("writes wrote writing reports reported reporting calls called".split())


def _where_from(text: str, toks: list[tuple[int, int, str]], stretch: list[Unit]) -> bool:
    """Whether an unknown name of one or two words says where someone is from or lives: in commas
    after a name, ", from X," and ", of X" closing a clause ("Brierley-Hoyle, from Stoke, was
    gracious", "his sister, Ida Kitka Paul, of Angoon."); after one of a people, "a Tsimshian from
    Metlakatla"; after a verb of writing, "writes from Lagan:". Issue #16, round s37-e: heldout30's
    towns there were no names."""
    i, j = stretch[0].i, stretch[-1].j
    if i < 2 or len(stretch) > 2:
        return False
    prev, before = toks[i - 1][2], toks[i - 2][2]
    nxt = toks[j][2] if j < len(toks) else ""
    if prev == "from" and before.lower() in _SENT_FROM:
        return True
    if prev not in ("from", "of"):
        return False
    if before == "," and i >= 3 and toks[i - 3][2][:1].isupper():
        # in commas after a name, the clause closed right after the place: one word, no given name
        # ("Another, from Achol Garang, a nurse": a person's letter)
        return (
            len(stretch) == 1
            and stretch[0].text not in given_names()
            and nxt in (",", ".", ";", ":", ")", "")
            and (prev == "from" or nxt != ",")
        )
    return (
        prev == "from"
        and i >= 3
        and before[:1].isupper()
        and before[1:].islower()  # one of a people ("a Tsimshian"), no initials ("a BOP from")
        and toks[i - 3][2] in ("a", "an")
        and text[toks[i - 3][1] : toks[i - 2][0]] == " "
    )


def opening_possessive_place(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the one capitalised word ``toks[i]``, opening a sentence, is a place by its
    possessive before a name: a city, state, province or county of the lists (GeoNames) with
    "'s" and a capitalised word after it ("Colorado's Division of Wildlife said", "Saskatchewan's
    Ministry of Environment"). Mid-sentence :func:`place_cue` reads a listed name so; at a
    sentence's start its capital says nothing, but an owner's "'s" before a name does (issue #16,
    round s43-e: the state was lost). Never a common word ("Today's Daily Mail"), nor before a
    person's given name ("Kettering's Lina Marsh said": review s44-rv finding 6, the firm's short
    name "Kettering" typed a place in every article; an employer's "'s" before a person is a firm's
    as often as a town's)."""
    if i + 2 >= len(toks) or toks[i + 1][2] not in ("'s", "’s") or not toks[i + 2][2][:1].isupper():
        return False
    after = toks[i + 2][2]
    if after in given_names() or after in GIVEN:
        return False
    word = toks[i][2]
    return word.lower() not in COMMON_WORDS and (word in city_names() or word in region_names())


# The kinds of place a name in commas after "the" names ("the capital, Aldmere", "the port city,
# Ostrany,"): the apposition's noun, last before the comma.
_APPOSED_KINDS = _PLACE_NOUNS | {"capital"}


def _apposed_place(toks: list[tuple[int, int, str]], i: int, j: int, stretch: list[Unit]) -> bool:
    """Whether the name ``toks[i:j]`` stands in apposition after "the" and a kind of place
    (:data:`_APPOSED_KINDS`), at most two lower-case words between ("the regional capital,
    Velmora"), and closes its phrase (a comma, a stop or a bracket after it: "In the capital,
    Johnson said" is a person's clause); never a given name."""
    if i < 3 or toks[i - 1][2] != "," or toks[i - 2][2] not in _APPOSED_KINDS:
        return False
    if j < len(toks) and toks[j][2] not in (",", ".", ";", ":", ")", "!", "?"):
        return False
    if stretch[0].text in given_names() or stretch[0].text in GIVEN:
        return False
    k = i - 3
    while k >= max(0, i - 5) and toks[k][2].islower() and toks[k][2] not in ("the", "its", "their"):
        k -= 1
    return k >= 0 and toks[k][2] in ("the", "its", "their")


# The lower-case words inside a hyphened town's name ("Clacton-on-Sea", "Stratford-upon-Avon",
# "Saint-Jean-sur-Richelieu", "Châlons-en-Champagne", "Kerrow-by-the-Water"): such a name's first
# part before them is still a place's.
_PLACE_NAME_PARTICLES = frozenset("on upon under by in next sur sous en le la les de du des lès am an".split())


def place_cue(text: str, toks: list[tuple[int, int, str]], stretch: list[Unit], initial: list[bool]) -> bool:
    """Evidence that an unknown name is a place: "in X", "near X", "X-based", a city of the
    world (GeoNames) written mid-sentence ("crews from Leeds")."""
    i, j = stretch[0].i, stretch[-1].j
    if furniture_or_numbered(toks, stretch):
        return False  # "reached Camp 1", "near Gate 7": a numbered part of a site, whatever precedes it
    name = text[stretch[0].s : stretch[-1].e]
    possessed = i > 0 and toks[i - 1][2] in ("'", "’", "'s", "’s")  # "the Cyclists' Union": a name's word
    if (
        not initial[i]
        and not possessed
        and name.lower() not in COMMON_WORDS
        and (name in city_names() or name in region_names())
    ):
        return True  # a city, or a state, province or county ("Nebraska", "Jharkhand")
    if j + 1 < len(toks) and toks[j][2] == "-" and toks[j + 1][2].lower() == "based":
        return True
    if j < len(toks) and toks[j][2] in PLACE_KIND_AFTER:
        return True  # "China's Guangxi region", "in Quang Ninh province"
    if j + 2 < len(toks) and toks[j][2] == "," and toks[j + 1][2] in ("a", "an", "the"):
        # "Brackwater, a town of 9,000 people,", "Keldholm, the small fishing port": an
        # apposition naming a kind of place (not "Mwale, a farmer")
        k = j + 2
        while k < min(len(toks), j + 5) and toks[k][2] not in _PLACE_NOUNS and toks[k][2].islower():
            k += 1
        nxt_word = toks[k + 1][2] if k + 1 < len(toks) else ""
        if nxt_word and toks[k][2] in _PLACE_NOUNS and (not nxt_word.isalpha() or nxt_word in _PLACE_NOUN_ENDS):
            return True  # the noun ends its phrase ("a town of", "a port,"; not "a district officer")
    if initial[i]:
        return False
    prev = toks[i - 1][2] if i else ""
    before = toks[i - 2][2] if i >= 2 else ""
    if prev == "," and _apposed_place(toks, i, j, stretch):
        return True  # "north of the capital, Aldmere.", "the port city, Ostrany, was" (t13ak N10)
    if prev == "of" and before == "," and i >= 3 and toks[i - 3][2].isdigit():
        return True  # "Gareth Pryce, 58, of Penarth": where a person named with an age lives
    legal = toks[i - 3][2] if before == "." and i >= 3 else before
    if prev == "of" and legal in LEGAL_FORMS and i >= 3:
        return True  # "Halden Peripherals Ltd of Reading", "Trillium Asphalt Ltd. of Vaughan"
    if (prev == "to" and before.lower() in MOTION) or (prev == "from" and before.lower() in TRAVEL_FROM):
        return True  # "flew to Halvik", "retired to Tadcaster", "flies from Lorne", "fled from Ardmoy"
    if prev in ("to", "from") and before.lower() in TRANSPORT:
        return True  # "the six-hour trip to Pakbeng", "the last bus from Ardmoy"
    nxt = toks[j][2] if j < len(toks) else ""
    if prev == "of" and before.lower() in PLACE_OF and len(stretch) <= 3 and nxt not in ("'s", "’s"):
        return True  # "the district headquarters of Tolamba" (not "of Yoon's party")
    if prev.lower() in REACH or (prev == "into" and before.lower() in REACH):
        return True  # "I reached Pakbeng", "crossed into Laos"
    if prev == "from" and (dest := _TO_NAMED.match(text, stretch[-1].e)) is not None:
        go = before.lower()
        if go in JOURNEY_BOTH_ENDS:
            return True  # "the 06:12 service from Kerrow to Dunmere": a journey's origin (t13ab L14)
        if go in ON_FOOT and _no_body(dest.group("dest")):
            return True  # "rode from Kalvik to Orsund", not "walks from X to Parliament" (round s48-e)
        if go in MOTION and _listed_town(dest.group("dest")):
            # "moved from Ust-Dzheguta to Konya": a verb of going from a place to a listed town
            # (issue #16, round s48-e). Never "from X to <town>" alone: a transfer, a switch of
            # supplier, a hand-over ("transferred from Celtic to Barcelona", "switched from
            # Vodafone to Orange": review s48-rve finding 2).
            return True
    if prev == "to" and (m := _FROM_TO.search(text, max(0, toks[i - 1][0] - 80), toks[i - 1][0] + 3)):
        gos = (m.group("go").lower(), m.group("go2") or "")
        if any(go in MOTION or go in TRANSPORT or go in JOURNEY_BOTH_ENDS for go in gos):
            return True  # "flies daily from Hanoi to Sơn La" (not "switching from XEmacs to ...")
        if any(go in ON_FOOT for go in gos) and _no_body(name):
            return True  # "walked from Gamètì to Behchokǫ̀" (round s48-e), not "… to Parliament"
        if _listed_town(m.group("origin")):
            return True  # "families from Los Angeles to Livingston": from a listed town to another (round s34-c)
    if (
        prev == "from"
        and (
            before in LOWER_TITLES
            or before in PERSON_NOUNS
            or before.lower() in _PEOPLE_FROM  # "Passengers from Kerrow" opening a sentence too
            # people named by their kin or role, plural ("the grandmothers from Buranovo": round s34-c)
            or (before.endswith("s") and (before[:-1] in KIN or before[:-1] in PERSON_NOUNS))
        )
    ):
        return True  # "a teacher from Kampung Bongol", "commuters from Franche-Comté"
    if (
        prev == "from"
        and len(stretch) == 1
        and before in given_names()
        and stretch[0].text not in given_names()
        and cue_label(stretch[0].text) is None
    ):
        return True  # "Karim from Mirpur says": a person by their given name, where they are from (t13ag N9)
    if prev in ("and", "or") and (before in city_names() or before in region_names()) and len(stretch) == 1:
        return True  # "from Leeds and Hull": a place coordinated with a known city
    if _where_from(text, toks, stretch):
        return True  # "Brierley-Hoyle, from Stoke, was", "his sister, Ida Paul, of Angoon."
    if (
        j + 1 < len(toks)
        and toks[j] == (stretch[-1].e, stretch[-1].e + 1, "-")
        and toks[j + 1][2][:1].islower()
        and toks[j + 1][2] not in _PLACE_NAME_PARTICLES
    ):
        # an unknown name the lists do not hold joined to a lower-case word: the first part of a
        # longer name or a compound ("talks held in Innu-aimun", "songs in Nuu-chah-nulth",
        # "in Sámi-owned firms"), no place a preposition's cue reads (issue #16, round s47-e2: the
        # article's other mentions of the people "Innu" followed a GPE so read)
        return False
    return prev in PLACE_BEFORE or site_cue(toks, stretch, initial)


# A place's other name right after it: after a slash, no space ("Bautzen/Budyšin", a Sorbian town's
# German and Sorbian names), or in brackets ("the Republic of Sakha (Yakutia)", "Chemnitz
# (Karl-Marx-Stadt)"): one to three capitalised words, none in capitals (an agency, a currency,
# a state's code: "LONDON (AP)", "Oslo (NOK)").
_OTHER_NAME = re.compile(
    rf"(?:/(?P<slashed>{CAP}[{LOWER}][\w'’-]*)(?![\w'’/-])"
    rf"| \((?P<bracketed>{CAP}[{LOWER}][\w'’-]*(?: {CAP}[{LOWER}][\w'’-]*){{0,2}})\))"
)


def other_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a place's other name after it (:data:`_OTHER_NAME`) that no mention covers
    typed as the place is ("Bautzen/Budyšin", "Cottbus/Chóśebuz", "the Republic of Sakha
    (Yakutia)": round s34-c, heldout27's Sorbian and Yakut names were no names); a name the lists
    know as a common word is none ("Leeds (Home)")."""
    if "/" not in text and " (" not in text:
        return chosen
    add: list[Cand] = []
    for s, e, label, _ in chosen:
        if label not in ("GPE", "LOC") or (m := _OTHER_NAME.match(text, e)) is None:
            continue
        name = m.group("slashed") or m.group("bracketed")
        a = m.start("slashed") if m.group("slashed") else m.start("bracketed")
        b = a + len(name)
        if any(w.lower() in COMMON_WORDS for w in name.split()) or any(c[0] < b and a < c[1] for c in chosen):
            continue
        add.append((a, b, label, entity_key(label, name)))
    return sorted(chosen + add) if add else chosen


# "On Terschelling, where ...", "charging stations on Grímsey", "a bridge to ... on Mactan": a place
# one is "on" (an island, a mountain), not "in"; never "on Seoul's KOSDAQ", "on Brazil's border".
_ON_BEFORE = re.compile(r"(?<![\w'’-])[Oo]n $")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|['’](?=\s)")


# Lower-case kinds of landform and water after a name that make it that landform (OntoNotes LOC),
# whatever the name alone was read as: "the Kirthar range" beside the firm "Kirthar Cement", "the
# Taal volcano", "the Virunga volcanoes", "the Gran Sasso massif", "the Zala river" (round s33-c:
# heldout26's ORG "Kirthar", no name "Taal", "Virunga"; "the Harlow Ridge foothills", round s48-n,
# t13ap N13: a person). Not "hills", "valley", "coast", "island",
# "lake": places of people too ("the Nilgiri hills" district, "Napa Valley").
LANDFORM_KINDS = frozenset("range ranges volcano volcanoes massif escarpment".split())
_LANDFORM_AFTER = re.compile(
    r" (?:range|ranges|volcano|volcanoes|massif|escarpment|river|delta|glacier|gorge|plateau|estuary|foothills)\b(?![-'’])"
    r"(?! of\b)"  # "the Dahi Dhara range of curd": a firm's products
)


# What a sentence says of a mountain pass: the pass itself, its climb, summit or hairpins, the
# mountains and their snow, an altitude ("1,858 metres", "1,830m", "6,000 ft above sea level").
_PASS_CONTEXT = re.compile(
    r"(?<![\w'’-])(?:pass|passes|col|climb|climbs|climbed|climbing|summit|summits|ascent|descent|hairpins?|"
    r"switchbacks?|gradient|altitude|elevation|above sea level|mountains?|peaks?|snow|snowfall|avalanches?|"
    r"ski|skiers?)(?![\w'’-])"
    r"|\d[\d,.]*\s?(?:m|metres|meters|ft|feet)(?![\w'’-])",
    re.I,
)


def pass_context(text: str, s: int, e: int) -> bool:
    """Whether the sentence holding ``text[s:e]`` speaks of a mountain pass (:data:`_PASS_CONTEXT`):
    "Puerto de X", a pass in Spain's mountains and a town's name on its coast, is the pass there
    ("crossed the Puerto de Navacerrada, a climb of 1,858 metres": LOC) and the town elsewhere
    ("shops in Puerto de Sagunto": GPE; round s34-c, both were LOCs for want of the town in the
    city list)."""
    a = max(text.rfind(c, 0, s) for c in ".!?\n") + 1
    ends = [k for c in ".!?\n" if (k := text.find(c, e)) >= 0]
    b = min(ends) if ends else len(text)
    return _PASS_CONTEXT.search(text, a, s) is not None or _PASS_CONTEXT.search(text, e, b) is not None


def landform_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each one- or two-word name typed a place, an organisation or a person that
    a lower-case landform's or a river's kind follows (:data:`_LANDFORM_AFTER`) typed LOC instead:
    the landform of that name ("the Kirthar range", "the Zala river")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if label in ("GPE", "ORG", "PERSON") and text.count(" ", s, e) <= 1 and _LANDFORM_AFTER.match(text, e):
            label, key = "LOC", entity_key("LOC", text[s:e])
        out.append((s, e, label, key))
    return out


_LAND_NAME = rf"(?P<name>{CAP}[{LOWER}][\w'’-]*(?: {CAP}[{LOWER}][\w'’-]*)?)"
# What only a river, a desert or a mountain takes around its name (round s34-c: heldout27's
# "its tributary the Lidder", "The Saru flows", "the banks of the Belaya", "the edge of the
# Sahara", "climbed Everest", "Ama Dablam, the needle-shaped mountain" were ORGs, PERSONs or no name).
_LAND_USES = (
    # a tributary's apposition; a water's, a bank's or an edge's "of the"; "down" or "up" the river
    re.compile(
        rf"(?<![\w'’-])(?:tributary,? the|(?:[Bb]anks?|[Ss]hores?|[Mm]outh|[Ss]ource|[Hh]eadwaters|[Ee]dge|"
        rf"[Ff]ringes?) of the|(?:floated|flowed|sailed|paddled|rowed|drifted) (?:down|up) the) {_LAND_NAME}(?![\w'’-])"
    ),
    # a water's verb after "The X" opening a sentence
    re.compile(
        rf"(?:^|(?<=[.!?]\s)|(?<=\n))The {_LAND_NAME} (?:flows|flowed|drains|drained|empties|emptied|meanders|meandered)\b"
    ),
    # a verb of climbing a mountain ("climbed Everest nine times"), not of a figure's rise ("climbed 4%")
    re.compile(rf"(?<![\w'’-])(?:climbed|climbing|scaled|scaling|summited|summiting|ascended) {_LAND_NAME}(?![\w'’-])"),
    # an apposition naming the landform ("Ama Dablam, the needle-shaped mountain", "the Saru, a river")
    re.compile(
        rf"(?<![\w'’-]){_LAND_NAME}, (?:the|a|an) (?:[\w'’-]+ ){{0,2}}?(?:mountain|peak|volcano|river|glacier|desert)"
        rf"(?=[,.;:)—–]| (?:a|an|of|in|on|near|north|south|east|west|above|below|that|which|where)\b)"
    ),
)
_LAND_USE_WORDS = (
    "tributary",
    " of the ",
    "down the",
    "up the",
    "flow",
    "drain",
    "empt",
    "meander",
    "climb",
    "scal",
    "summit",
    "ascend",
    "mountain",
    "peak",
    "volcano",
    "river",
    "glacier",
    "desert",
)


def land_uses(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each name of one or two words that :data:`_LAND_USES` says is a river, a
    desert or a mountain typed LOC: a mention of exactly that name retyped (an ORG, a PERSON, a GPE),
    one added where no mention covers it; a name inside a longer mention, a weekday's, a month's or
    a common word's is left alone."""
    if not any(w in text for w in _LAND_USE_WORDS):
        return chosen
    spans: set[tuple[int, int]] = set()
    for pattern in _LAND_USES:
        for m in pattern.finditer(text):
            words = m.group("name").split(" ")
            if any(w.lower() in COMMON_WORDS or w in WEEKDAYS_MONTHS for w in words):
                continue
            if _POSSESSIVE_AFTER.match(text, m.end("name")):
                continue  # "climbed Tesco's rankings"
            if fold(m.group("name")) in nations():
                continue  # "the central bank of the Netherlands": a country, no river's bank (t13al N10)
            spans.add(m.span("name"))
    if not spans:
        return chosen
    out = list(chosen)
    for s, e in sorted(spans):
        here = [k for k, c in enumerate(out) if c[0] < e and s < c[1]]
        if any((out[k][0], out[k][1]) != (s, e) for k in here):
            continue  # inside a longer name, or holding another
        cand = (s, e, "LOC", entity_key("LOC", text[s:e]))
        if here:
            out[here[0]] = cand
        else:
            out.append(cand)
    out.sort()
    return out


def on_places(text: str, chosen: list[Cand], known: Callable[[str], object]) -> list[Cand]:
    """A place typed GPE that no gazetteer knows (``known`` returns None for it), written right
    after "on" ("On Terschelling, where about 4,900 people live", "charging stations on Grímsey")
    is an island or a mountain (OntoNotes LOC), unless it is a listed town or region (``city_names``,
    ``region_names``: "snow falling on Bishkek"), and so is every other mention of it in the article
    typed GPE (one sense per article); towns are "in" a place ("in Harlingen")."""
    islands: set[str] = set()
    for s, e, label, _ in chosen:
        if label != "GPE" or not _ON_BEFORE.search(text, max(0, s - 4), s):
            continue
        name = text[s:e]
        if _POSSESSIVE_AFTER.match(text, e) or CAP_AFTER.match(text, e):
            continue
        if known(name) is not None or name in city_names() or name in region_names():
            continue  # "snow falling on Bishkek": a town
        islands.add(name)
    if not islands:
        return chosen
    return [
        (s, e, "LOC", entity_key("LOC", text[s:e])) if label == "GPE" and text[s:e] in islands else (s, e, label, key)
        for s, e, label, key in chosen
    ]


# A club named by its initials and its town in a match report ("NSÍ Runavík beat KÍ Klaksvík 2-1",
# "HJK Helsinki", "PSV Eindhoven"); a score somewhere in the article says it is one.
_INITIALLED_CLUB = re.compile(
    rf"(?<![\w'’./-])(?P<initials>{CAP}{{2,4}}) (?P<town>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-])"
    # a second word of the club's name after a football club's initials (lexicons.CLUB_INITIALS:
    # "FC Mokili Matadi", "AS Simba Kolwezi"), its nickname or sponsor's word before the town
    rf"(?: (?P<more>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-]))?"
)
_SCORE = re.compile(r"(?<![\w.-])\d{1,2}[-–]\d{1,2}(?![\w.-])")
_TOWN_PLACE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Tt]o|[Ff]rom|[Aa]t|[Nn]ear|of|[Oo]utside|[Aa]round|[Ii]nto) $")


def initialled_clubs(text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None]) -> list[Cand]:
    """In an article giving a score, a team's initials before a town's name are one club (ORG:
    "NSÍ Runavík beat champions KÍ Klaksvík 2-1" was two ORGs "NSÍ", "KÍ" and no town), and the
    town's name alone elsewhere is the club ("Klaksvík, who played in the Conference League"),
    except after a preposition of place ("can go to Klaksvík and buy his coffee": the town).
    Initials that are a title ("MP"), a common acronym ("NGO") or a gazetteer place ("US") open no
    club. A football club's initials (:data:`lexicons.CLUB_INITIALS`) may open a name of two words
    ("FC Mokili Matadi", "AS Simba Kolwezi": round s37-e, heldout30's ORGs "FC", "AS" and "Mokili
    Matadi"), whose first word alone is the club elsewhere ("Mokili had led 2-0")."""
    if not _SCORE.search(text) or not _INITIALLED_CLUB.search(text):
        return chosen
    clubs: list[tuple[int, int]] = []
    towns: set[str] = set()
    for m in _INITIALLED_CLUB.finditer(text):
        initials, town = m.group("initials"), m.group("town")
        initials_known, town_known = known(initials), known(town)
        if initials.upper() in STOP_ACRONYMS or is_title(initials)[0]:
            continue
        if initials_known is not None and initials_known[0] in ("GPE", "LOC", "NORP"):
            continue
        if is_title(town)[0] or town.lower() in COMMON_WORDS or (town_known is not None and town_known[0] != "GPE"):
            continue
        end = m.end("town")
        more = m.group("more")
        if (
            more is not None
            and initials in CLUB_INITIALS
            and not is_title(more)[0]
            and more.lower() not in COMMON_WORDS
            and more not in WEEKDAYS_MONTHS
            and ((more_known := known(more)) is None or more_known[0] == "GPE")
        ):
            end = m.end("more")
        here = [c for c in chosen if c[0] < end and m.start() < c[1]]
        if any(c[2] not in ("ORG", "GPE") or c[0] < m.start() or c[1] > end for c in here):
            continue  # part of a longer name, or a person's
        clubs.append((m.start(), end))
        towns.add(town)
    if not clubs:
        return chosen
    out = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e in clubs)]
    out.extend((s, e, "ORG", entity_key("ORG", text[s:e])) for s, e in clubs)
    for town in towns:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(town)}(?![\w'’-])", text):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in clubs) or _TOWN_PLACE_BEFORE.search(text, max(0, s - 8), s):
                continue
            here = [c for c in out if c[0] < e and s < c[1]]
            if any((c[0], c[1]) != (s, e) or c[2] not in ("ORG", "GPE") for c in here):
                continue
            for c in here:
                out.remove(c)
            out.append((s, e, "ORG", entity_key("ORG", town)))
    out.sort()
    return out


# An airport named by its city, the kind word and its own name: "Oslo Airport Gardermoen",
# "Bergen Airport Flesland", "Stavanger Airport Sola", "Flughafen"/"Lufthavn" written so too (t13af
# N27: the city alone, or nothing). The name after is one capitalised word, no common word, weekday,
# month nor a body's or place's kind word ("Bergen Airport Police").
_CITY_AIRPORT_NAME = re.compile(
    rf"(?<![\w'’-])(?:{CAP}[{LOWER}][\w'’-]*(?: {CAP}[{LOWER}][\w'’-]*)?) "
    rf"(?:Airport|Lufthavn|Flughafen|Flygplats|Lentoasema) (?P<name>{CAP}[{LOWER}][\w'’-]*)(?![\w'’-]| {CAP})"
)


def city_airport_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each airport named "CITY Airport NAME" one FAC (:data:`_CITY_AIRPORT_NAME`),
    the candidates inside it (the city, "CITY Airport") given way. Linear in the matches and
    ``chosen``."""
    if "Airport " not in text and "lufthavn " not in text.lower() and "Flughafen " not in text:
        return chosen
    spans = []
    for m in _CITY_AIRPORT_NAME.finditer(text):
        name = m.group("name")
        if name.lower() in COMMON_WORDS or name in WEEKDAYS_MONTHS or cue_label(name) is not None:
            continue
        a, b = m.span()
        if all(a <= c[0] and c[1] <= b for c in chosen if c[0] < b and a < c[1]):
            spans.append((a, b))
    if not spans:
        return chosen
    return spans_take_over(chosen, spans, "FAC", text)


# Between a place's name and another name of it: ", also called ", ", known as ", ", known in
# English as ", ", known to Arrernte people as ", ", locally called ", ", formerly ".
_NAMED_AGAIN = re.compile(
    r",? (?:(?:also|locally|now|once|officially|formerly|previously|often|commonly) )?"
    r"(?:called|named|known (?:(?:in|to|by|locally) (?:[\w'’-]+ ){0,3})?as)"
    r" |,? (?:formerly|previously|once|or) "
)
_PLACE_LABELS = ("GPE", "LOC", "FAC")


def places_named_again(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a PERSON that names a place again, beside it and joined by "also called",
    "known as" or "formerly" (:data:`_NAMED_AGAIN`), typed as that place ("a ranger from
    Ltyentye Apurte, also called Santa Teresa", "Mparntwe, known in English as Alice Springs";
    round s40-e, held-out 33's PERSON "Santa Teresa"); either may come first. Linear in
    ``chosen`` (each name beside the next one after the joining words)."""
    out = list(chosen)
    for k in range(len(out) - 1):
        a = out[k]
        m = _NAMED_AGAIN.match(text, a[1])
        if m is None:
            continue
        # the next name after the words between ("English" of "known in English as" inside them)
        n = k + 1
        while n < len(out) and out[n][1] <= m.end():
            n += 1
        if n == len(out) or out[n][0] != m.end():
            continue
        b = out[n]
        if a[2] in _PLACE_LABELS and b[2] == "PERSON":
            out[n] = (b[0], b[1], a[2], entity_key(a[2], " ".join(text[b[0] : b[1]].split())))
        elif b[2] in _PLACE_LABELS and a[2] == "PERSON":
            out[k] = (a[0], a[1], b[2], entity_key(b[2], " ".join(text[a[0] : a[1]].split())))
    return out


# A place phrase opening a clause: "In", "in" or "at" at a sentence's or a line's start, after a
# comma or a conjunction ("while in"), or after a verb of speaking ("Speaking in"); not after a
# noun ("officials in Porto Verde said": there the place ends the subject).
_OPENING_IN = re.compile(
    r"(?:^|[.!?;:,]\s+|\n|(?<![\w'’-])(?:while|whereas|but|and|when|[Ss]peaking|[Ww]riting|[Tt]alking)\s+)"
    r"(?:[Ii]n|[Aa]t) $"
)
# A speech verb right after a name, no comma between: the name is its subject.
_SAID_AFTER = re.compile(r" (?:said|says|told|added|explained|replied|insisted|warned)\b")


def opening_place_phrase(text: str, s: int) -> bool:
    """Whether the name starting at offset ``s`` follows a clause-opening "in" or "at"
    (:data:`_OPENING_IN`: "In Porto Verde Souza said", "while in Bristol Avery said")."""
    return _OPENING_IN.search(text[max(0, s - 24) : s]) is not None


def place_then_speaker(text: str, chosen: list[Cand], canonical: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with a place of two or more words that opens a clause after "in" or "at" and is
    the subject of a speech verb ("In Porto Verde Souza said", "while in Bristol Avery said": one
    GPE "Porto Verde Souza", s43-rv finding 15) split into the place and the speaker, who is its
    last word, or its last two when the one before the last is a given name ("In Porto Verde Ana
    Souza said"). A place the gazetteer knows whole, or a speaker's word that is a common word or
    an organisation's or place's kind word, is left as it is. ``canonical``: the gazetteer's name of
    a name it knows, else None."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        name = text[s:e]
        words = name.split(" ")
        if (
            label not in ("GPE", "LOC")
            or len(words) < 2
            or _SAID_AFTER.match(text, e) is None
            or not opening_place_phrase(text, s)
            or canonical(name) is not None
        ):
            out.append((s, e, label, key))
            continue
        # (the curated given names only: the long list holds place words too, "Verde", "Nova")
        first = len(words) - 2 if len(words) >= 3 and words[-2] in GIVEN else len(words) - 1
        person = words[first:]
        if any(w.lower() in COMMON_WORDS or cue_label(w) is not None or not w[:1].isupper() for w in person):
            out.append((s, e, label, key))
            continue
        place_end = s + len(" ".join(words[:first]))
        person_start = place_end + 1
        place = text[s:place_end]
        out.append((s, place_end, label, entity_key(label, canonical(place) or place)))
        out.append((person_start, e, "PERSON", entity_key("PERSON", text[person_start:e])))
    return out


# A title or a person's word right before a name: "Mr Harlow Bend", "Dr. Grace Harbour".
_TITLE_BEFORE = re.compile(r"([\w.]+)\s+$")


def persons_named_as_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a PERSON of two words or more typed as the place the article names by the
    same words elsewhere (its dateline's "HARLOW BEND, Ontario, Nov 17", "the river town of Harlow
    Bend", "in Harlow Bend": a GPE or LOC mention, compared folded, line breaks as spaces), unless
    a title stands right before it ("Mr Harlow Bend": a person then). A town opening with a given
    name is typed a person wherever no cue stands beside it ("Officials in Harlow Bend said",
    "evacuated from Harlow Bend"), while the article itself says what it is (t13az N1: one town a
    place in the dateline and a person in the prose, then a quote's speaker). Linear in
    ``chosen``."""
    places: dict[str, str] = {}
    for s, e, label, _key in chosen:
        if label in ("GPE", "LOC"):
            words = text[s:e].split()
            if len(words) >= 2:
                places.setdefault(fold(" ".join(words)), label)
    if not places:
        return chosen
    out = list(chosen)
    for n, (s, e, label, _key) in enumerate(out):
        if label != "PERSON":
            continue
        words = text[s:e].split()
        place = places.get(fold(" ".join(words))) if len(words) >= 2 else None
        if place is None:
            continue
        before = _TITLE_BEFORE.search(text, max(0, s - 24), s)
        if before is not None and is_title(before.group(1).rstrip("."))[0]:
            continue
        out[n] = (s, e, place, entity_key(place, " ".join(words)))
    return out
