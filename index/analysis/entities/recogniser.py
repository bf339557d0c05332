"""Named-entity recognition from a YAML gazetteer plus rules (no statistical model).

Labels follow OntoNotes (the scheme spaCy/displaCy use). Recognition per article:

1. tokens are matched against a token trie of gazetteer aliases (longest match);
2. runs of capitalised tokens that the gazetteer does not cover are split into titles,
   known names and unknown names; unknown names are typed by cues (a title before them means
   PERSON, "Ministry"/"Inc." means ORG, "River" means LOC, ...);
3. the figure recogniser (``analysis/figures.py``, shared with the fact sheet) finds MONEY,
   PERCENT, QUANTITY and CARDINAL spans; ``patterns.py`` finds DATE spans, datelines and bylines;
4. all candidates compete, longest span wins; then short forms ("Li" after "Li Qiang") and
   repeats of names found by rule are resolved against the names already seen in the article.

Headlines in title case or all caps, and the first word of a sentence, are capitalised for
reasons other than being names, so there only the gazetteer and strong cues are trusted.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from waic_reader.index.analysis.entities.branches import national_branches
from waic_reader.index.analysis.entities.context import context_candidates, echo_headlines
from waic_reader.index.analysis.entities.gazetteer import (
    _TOKEN,
    BUNDLED_GAZETTEER,
    USER_GAZETTEER_NAME,
    GazEntry,
    _build_trie,
    _is_acronym,
    _is_cap,
    _norm,
    _tokens,
    _Trie,
    city_names,
    load_gazetteer,
    parse_gazetteer,
    region_names,
)
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.grouping import (
    LABELS,
    NAME_LABELS,
    Entity,
    Mention,
    entities_json,
    entity_key,
    firm_heads,
    group,
    leads_firm,
)
from waic_reader.index.analysis.entities.languages import attributive_spans, language_spans, used_as_language
from waic_reader.index.analysis.entities.lexicons import (
    _APPOSITION,
    _BRACKETED_LEGAL,
    _COMMA_LEGAL_FORMS,
    _COMMON,
    _CONNECT,
    _CUES,
    _FAMILY_FIRST,
    _FORM_SPELLING,
    _GIVEN,
    _GIVEN_COMMON,
    _HONORIFIC_DOT,
    _HYPHEN_PREFIX,
    _KIN,
    _LEGAL_FORMS,
    _LOWER_LEGAL_FORMS,
    _LOWER_TITLES,
    _MEDIA,
    _MOTION,
    _NAME_PARTICLES,
    _NUMBERED_NOUNS,
    _OF_CUES,
    _PLACE_BEFORE,
    _PLACE_KIND_AFTER,
    _PLACE_OF,
    _PREFIX_CUES,
    _REACH,
    _SAY,
    _SHOUTED_LEGAL_FORMS,
    _STOP_ACRONYMS,
    _TITLE_CORE,
    _TITLE_MOD,
    _TRANSPORT,
    _TRAVEL_FROM,
    _WEEKDAYS_MONTHS,
    DOTTED_LEGAL_FORMS,
    INSTITUTION_NOUNS,
    PARTNER_CONJUNCTIONS,
    PARTNER_WORDS,
    PERSON_NOUNS,
    SHOUTED_DOTTED_FORMS,
    SPACED_LEGAL_FORMS,
    SPOKE_TO,
    firm_core,
    job_word,
    legal_form,
    people_plural,
    title_cased,
)
from waic_reader.index.analysis.entities.patterns import (
    _PRIORITY,
    _TICKER,
    EXCHANGE_TICKER,
    _byline,
    _dateline,
    _dates,
    credit_lines,
    figure_spans,
)
from waic_reader.index.analysis.entities.surnames import (
    cued_anywhere,
    joined_full_names,
    shouted_speakers,
    speaking_surnames,
)
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.figures import UNITS
from waic_reader.index.analysis.lexicon import NUMBER_WORDS, STOP_WORDS
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.letters import CAP, LETTER, LOWER
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.spans import SpanSet
from waic_reader.index.corpus.tokens import strip_accents
from waic_reader.index.paths import config_dir

# ENTITY_VERSION: what the entity recogniser finds in an article: a change re-analyses every
# article's mentions.
# History of every number: index/VERSIONS.md (add a line there on each bump).
ENTITY_VERSION = 73
# 18: names of the fifth round (issue #16, heldout5): "and" inside a name that ends in its kind word
# ("Search and Rescue Agency") and a ministry named by a list of fields; firms named by their trade
# ("Kafue Copper", "Calder Ratings") or a foreign legal form ("BV"), "Ltd of Reading" (a legal form takes no "of"); a title word naming a
# place ("Pope Glacier", "Queen Street West", "King's Theatre"), "Court of Justice", Theatre/Library/Glacier kinds; people: a word about
# the person before the name ("Feisty Doreen X", "Widow Doreen"), "bin" patronymics, "Van der X", "van 't X", "S. X",
# "Gloria Washington-Reyes", a given name and a kind word after a job ("Designer Jun-ho Park"); the names of a list of
# places after "in"/"across" with a known place among them, or before "districts" ("in Zhejiang and Liaoning"); newspapers and
# broadcasters ("told The Sun", "Kompas TV", "the journal X", "By A | The X Courier"; a paper's title keeps its "The"); people's
# short forms and cues ("Céspedes" after "Álvaro Céspedes Villanueva", a one-word name typed once then repeated,
# "counterpart, X,", "Sorley MacLean"; an organisation's other names (", or Basarnas,",
# "Frente Andino Popular", "Pontificia Universidad X", "owned by China's MMG" → "MMG"; a law's year ("Medical
# Act 1983"), "Criminal Code", "Ondo State"; products by a model's shape
# ("CryoSat-2", "Qualcomm's Snapdragon AR1") or a craft's kind ("the research vessel Tangaroa")
# 19: names of the sixth round (issue #16, heldout6): an organisation named by its officer right after it
# ("Vorlund chief executive Mira Stoltvik", "by Golden Oaks chairman X" whatever its words); Nordic,
# post-Soviet, Latin and South-East Asian legal forms end a firm's name ("Vorlund Forsikring ASA", "Tamir Gas JSC");
# short forms of several words take their long form's type at every other mention (a surname after the given
# names, "Ó Dúnlaing"; a firm without its legal form, "Tam Long Sao"), a club's name after its designator ("KV X" ... "X");
# credit lines: each author "in" a city (the city a GPE), a photo's credit "(Photo: A/Outlet)" a PERSON and an ORG
# a person's full name of four or five words: two given names or a surname's particle ("Juan Ignacio Pérez Lindo")
# a syllabic acronym defined in brackets is the body later ("Board on Transport (Botrans)" ... "Botrans")
# a nickname in quotes inside a person's name, "Jr." after it ('Mayor Eduardo "Eddie" Banaag Jr.'), the surname alone later
# LANGUAGE by the words after it: "the Welsh language", "Basque-speaking", "Gujarati as their mother tongue"
# kind words (United, Rovers, Wanderers, Athletic, Management, Ensemble; Series; Crescent, Terrace) and kind nouns
# before a name ("Premier League side X", "Accra-based X")
# a capitalised "Region" is an administrative one (GPE: "Zhambyl Region"); a "National Park" or "Marine Park" is LOC
# nationalities of two parts ("Korean-Canadian", "West African"; "a Saudi-Dutch consortium" stays two)
# a maker's name and a model's code are a PRODUCT ("Aerovia A350-1000"), the code alone later too
# organisations by a listing code after them ("X <2391.TW>"), a list after their kind ("brands such as X and Y"),
# "printer maker X"
# bylines: a title before the author is no part of the name ("By Dr X"), a venue after ("By X at the Y Stadium")
# things named by their kind: "KORVA-3, a detector holding", "the QZ experiment", "a tanker, the Lesso Star, before"
# a team named by its captain, coach or manager; a name typed once is not cut out of a longer one ("Odrava Wrocław")
# a region whose words the gazetteer knows apart is the whole region ("New South Wales", "Western Australia")
# 20: names of the seventh round (issue #16, heldout7): any word of a person's full name written alone is
# that person (not only the last: "Ong" after "Ong Kah Seng", "Meron" after "Meron Tesfaye"), and wins
# over a relation's guess of an organisation ("owned by Otgonbayar"); bare initials of results lines
# ("F Ghebremedhin"); a surname's particle capitalised at a sentence's start ("De Bruijn said"); "a man named X";
# LANGUAGE after "translated from the", and a word the article uses as a language is that language or,
# before a noun, its people at its other mentions ("a Tamil family saga"), never a place
# "and" inside a body's name between fields of activity ("Planning and Budget Committee", "Justice and
# Development Party"), a ministry's fields of two words ("Ministry of Infrastructure and Water Management")
# bylines: a name in capitals then its outlet ("By ANNA LIND Associated Press"), "From NAME in Place";
# military and police ranks are titles ("said Colonel X", "Detective Inspector X")
# a ruler's number is part of the name ("Ramses II", "Louis XIV"), a Roman number never an organisation
# a bill's or a station's number is part of its name ("House Bill 1", "BBC Radio 4")
# kind words: Highlands, Heights, Hills (LOC); Place, Quay, Wharf, Checkpoint (FAC): "Genting Highlands" is no person
# an acronym in its own language's order defines only the body after "of (the)" ("Elena X of the Social
# Democratic Party (PSD)"); a possessive ends a name a context cue reads ("Bank X's Singapore branch")
# a shouted word of a headline or run-in label is no acronym where the article writes it in lower case ("TEA AUCTION:")
# a firm's short name leaves out its trade and legal forms ("Meridian Palm" after "Meridian Palm Trading Pte Ltd"),
# a bracketed legal form ends a firm's name ("Lankatea Brokers (Pvt) Ltd")
# a legislator's party letter and home (", D-Las Cruces,", "(R-Ohio)") is a place; so is a state's initials in a dateline ("SANTA FE, N.M. (AP)")
# 21: names of the eighth round (issue #16, heldout8):
# a storm after its kind is an EVENT ("Hurricane Ysolde"), its name alone later too ("after Ysolde")
# a body of water or a cape named with "of" is one place ("Gulf of Aqaba", "Straits of Tiran")
# a ship by its flag or "Maru" is a PRODUCT at every mention ("the Panama-flagged Cape Orinoco", "X Maru No. 7")
# LANGUAGE before a noun only a language takes ("English and French subtitles"), in a comparison
# ("more English than Inuktitut"), in a list before a preposition ("in Basque and Spanish outside")
# a shouted kicker at a block's start is no organisation ("9.41pm - FULL TIME:", "HELD UP!", "TRY Samoa.")
# a name where only a place goes is a place before any given-name guess ("farmed at X", "the seabed off
# X", "miles west of Cap Gris-Nez", "X and neighbouring villages")
# a people by the nouns after it ("indigenous Kalinago people", "Sámi singer" and "Sámi families"), every mention
# one word after "of" before a speech verb is an organisation, never a person ("Inspector General of Police said")
# a list of peoples shares its type ("Albanians, Turks, Vlachs, Serbs and Roma": "Vlachs" and "Roma" NORP)
# "and" between fields inside a public body's name takes -age and -ime fields ("Water and Sewerage Company",
# "the Maritime and Coastguard Agency"), never between two firms ("Hatsun Agro and Heritage Foods")
# 22: review of round 8's rules: a relative's or a person's "of X" before a speech verb is a person ("a cousin of
# X said", "the mother of X said"), only a title's, a job's or a name's is the body the speaker is of
# no site cue before a possessive ("east of Peter Hallworth's farm" is a person's); a given name and a surname after
# a compass point are a person unless a distance is measured from them or a place word follows ("40 km south of X")


# ---------------------------------------------------------------------------------------------
# The recogniser

_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+")
_LOWER_WORD = re.compile(rf"(?<![\w'’])[{LOWER}][{LOWER}'’-]*\b")
_Cand = tuple[int, int, str, str]  # (start, end, label, key)
_UNSEEN: Any = object()  # a token not yet looked up in the trie (Recognizer._first_nodes)
_CAP_NEXT = re.compile(rf" {CAP}[{LOWER}]")
_PREV_CAP = re.compile(rf"{CAP}[\w'’-]* $")  # a capitalised word right before


@dataclass(slots=True)
class _Unit:
    s: int  # char offsets into the article
    e: int
    i: int  # token index range in the block
    j: int
    eid: int  # gazetteer entity id, -1 for an unknown capitalised word
    text: str
    syllabic: bool = False  # a hyphenated given name of two syllables ("Soo-yeon", "Ching-te")


_CHAIN = re.compile(r"\s(?:of|for)\s")
# "from <a place> to ": the words after "to" are a place too
_FROM_TO = re.compile(rf"\b(?P<go>[a-z]+)(?: [a-z]+)? from {CAP}[\w'’-]*(?: {CAP}[\w'’-]*){{0,2}} to $")
# Nouns for a person before "named": "a man named ...", "a girl named ...".
_PERSON_NOUNS = PERSON_NOUNS
# Nouns for a person in commas before the name: "Her Ugandan counterpart, Robinah X, is",
# "giving the narrator, Morag, three bodies".
# People who come from somewhere: "commuters from X", "farmers from X" (_place_cue).
_PEOPLE_FROM = frozenset(
    """people residents families farmers fishermen workers commuters migrants refugees visitors tourists
    pilgrims villagers students pupils herders growers voters delegates herder grower villager""".split()
)
_PERSON_APPOSITION = frozenset("counterpart colleague successor predecessor narrator heroine hero protagonist".split())
# A Gaelic or Irish surname by its shape: "Sorley MacLean", "Aine McGrory", "Cian O'Dowd".
_GAELIC_SURNAME = re.compile(rf"(?:Mac|Mc|O['’]){CAP}[{LOWER}]+")
# One romanised syllable of Korean, Chinese or Vietnamese ("soo", "yeon", "hyun", "ching"):
# consonant onset, one to three vowels, a nasal or stop coda. Given names of two such syllables
# are written with a hyphen and a lower-case second part ("Kim Soo-yeon", "Min-jun Park").
_SYLLABLE = re.compile(
    r"(?:ch|sh|ts|hs|tz|sz|kk|tt|pp|ss|jj|[bcdfghjklmnprstwy])?[wy]?[aeiouy]{1,3}(?:ng|[nmlkpt]|(?<=i)h)?"
)
_SYLLABIC_GIVEN = re.compile(rf"{_SYLLABLE.pattern}-{_SYLLABLE.pattern}", re.I)


def _syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(word.lower()) is not None


# Kind words of places that follow a title in the place's name ("Pope Glacier", "King Street",
# "Queen's Theatre"); none of them a common surname (not "Park", "Hall": "President Park").
_PLACE_KIND = frozenset(
    "Street Avenue Road Lane Glacier Icefield Theatre Theater Square Island Islands Mountains Sea River "
    "Bridge Station Airport Stadium Palace Cathedral Canal Strait Peninsula Valley Gardens Sound".split()
)
# Kind words that also name a field of work, the tail of a body's "for X and Y".
_FIELDS = frozenset("Engineering Research Technology Energy Health Water Power Manufacturing Mining Logistics".split())
_DIRECTIONS = frozenset("North South East West".split())
# Lower-case kinds of water and land after a name: "the Zala river", "the Okavango delta" (LOC).
_NATURE_KIND_AFTER = frozenset(
    "river rivers delta estuary basin valley mountains peninsula plateau desert glacier lagoon gorge wetland".split()
)
# A club's plural nickname after its town ("Oilers", "Maple Leafs", "Hitmen"; Recognizer._team):
# not "-ss", "-us", "-is" nor a possessive.
_TEAM_PLURAL = re.compile(rf"{CAP}[{LOWER}]*(?:[^sui'’\W]s|men)")
_ROAD_KINDS = frozenset("Street Avenue Road Boulevard Drive Lane".split())
# Words before "Park" that make it a natural area, not a built one.
_NATURE_BEFORE = frozenset("National Marine Nature Forest Wildlife Conservation".split())
# Words before "Center" that make it an institution, not a building.
# Title modifiers that name a field of government ("Health Minister"), and so may open an
# organisation's name joined by "and" ("Health and Safety Inspectorate").
_FIELD_MODS = frozenset(
    "Foreign Defence Defense Commerce Trade Finance Interior Health Energy Science Technology Industry".split()
)
# Titles that are adjectives too, or honorifics, and may open an organisation's name ("General
# Workers Union", "Ratu Kadavulevu School").
# Bodies a place's name before them makes that place's own ("Manhattan Supreme Court").
_SEATED_BODIES = frozenset("Court Council Assembly Tribunal".split())
# A broadcaster's channels and desks named after it ("CBC News", "BBC Two", "NHK World").
_BROADCAST_ARMS = frozenset("News Radio TV Television Sport Sports One Two Three Four World Online".split())
_ADJECTIVE_TITLES = frozenset("General Chief Tun Datuk Dato Datin Ratu Haji".split())
# An honorific only after another ("Datuk Seri", "Tan Sri"); inside a name otherwise ("Istana Seri Kinabalu").
_SECOND_HONORIFICS = frozenset({"Seri"})
_INSTITUTION_BEFORE = frozenset("Medical Cancer Trauma Research Health Heart Children's".split())
# Possessors that name a group inside an organisation's or a building's name ("People's Party").
_POSSESSIVE_HEADS = frozenset(
    "People Women Children Men Workers Farmers Citizens Veterans Teachers Nurses "
    # an officer's office: "Harlan County Sheriff's Office", "the District Attorney's Office"
    "Sheriff Attorney Coroner Prosecutor Mayor Marshal Comptroller Auditor".split()
)
# Common words that open organisations' names at a sentence's start ("National Highways said").
_ORG_OPENERS = frozenset("national international global new first central federal united general royal".split())


# A place's preposition right before a city of several words that opens with a given name, or a
# firm's legal form and "of" ("a firm in Novi Sad", "Čelik Skele d.o.o. of Novi Sad"; heldout20,
# session 27: a PERSON): the city, not a person ("Vasco da Gama" alone, a city too, is the person).
_CITY_BEFORE = re.compile(
    r"(?:\b(?:in|near|outside|around|across|from)|(?:\b(?:Ltd|Inc|plc|LLC|AG|GmbH|SA|AS|AB)\.?|\.[a-z]\.|\w\.),? of) $"
)


# The articles places are named with in French, Spanish, Italian and Arabic ("Le Locle", "La
# Chaux-de-Fonds", "El Geneina", "Los Mochis"); "Al" and "Les", given names too, are left out.
_PLACE_ARTICLES = frozenset("Le La El Los Las".split())
# A place's preposition, or a verb of going to or from a place, right before a name (not "to": "he
# spoke to La Toya Jackson").
_ARTICLE_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|from|into|reached|fled|visited|leaving|reaching) $", re.I
)


def _legal_form(word: str) -> bool:
    """Whether ``word`` (one token) is a firm's legal form, with or without its dots ("Inc",
    "Inc.", "S.A.", "A.Ş.", "Sp. z o.o.", "A/S")."""
    return (
        word.rstrip(".") in _LEGAL_FORMS
        or word in SPACED_LEGAL_FORMS
        or (word.isupper() and word in SHOUTED_DOTTED_FORMS)
        or bool(_DOTTED.fullmatch(word) and word.replace(".", "") in _LEGAL_FORMS | DOTTED_LEGAL_FORMS)
    )


def _form_with_dot(word: str) -> bool:
    """Whether ``word`` is a legal form ending in a dot ("Inc.", "Kft.", "A.Ş.", "s.r.o."), which
    a firm's name ends at: a capital after it opens the next sentence or another name."""
    return word.endswith(".") and _legal_form(word)


def _cue_label(word: str) -> str | None:
    label = _CUES.get(word.rstrip("."))
    if label is None and _DOTTED.fullmatch(word) and word.replace(".", "") in _LEGAL_FORMS | DOTTED_LEGAL_FORMS:
        return "ORG"  # "S.A.", "N.V.", "S.A.B. de C.V.": a legal form written with dots ends a firm's name
    if label is None and (word in SPACED_LEGAL_FORMS or (word.isupper() and word in SHOUTED_DOTTED_FORMS)):
        return "ORG"  # "Sp. z o.o.", "S.à r.l." (one token: _slash_forms); "OCELMOST S.R.O." in capitals
    if label is None and "/" in word and word in _LEGAL_FORMS:
        return "ORG"  # "A/S" (one token: _slash_forms), unlike "AS", never a person's initials
    if label is None and word.rstrip(".") in _SHOUTED_LEGAL_FORMS:
        return "ORG"  # "KVITRA SHIPPING LTD": a firm written in capitals ends at its legal form too
    return label


# A form written with dots ("S.A.", "A.E.", "S.E.N.C.R.L."); those only read so: lexicons.DOTTED_LEGAL_FORMS
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){2,}")


def _of_label(word: str) -> str | None:
    if word in ("Republic", "Kingdom", "State", "States"):
        return "GPE"
    if word in ("Isle",):
        return "LOC"
    if word in ("House", "Museum", "Centre", "Center"):
        return "ORG"
    if word == "Battle":
        return "EVENT"
    if word == "Friends":
        return "ORG"  # "Friends of Millbrook Library": a charity, whatever it supports
    return _CUES.get(word)


def _is_title(text: str) -> tuple[bool, bool]:
    """(is a title word, is a core title) for a capitalised unit such as "Vice" or "Secretary-General"."""
    word = text.rstrip(".")
    last = word.rsplit("-", 1)[-1]
    core = word in _TITLE_CORE or last in _TITLE_CORE
    return core or word in _TITLE_MOD, core


class Recognizer:
    """Gazetteer + rules recogniser. Build once (``Recognizer.default()``) and reuse."""

    def __init__(
        self, user_path: Path | None = None, *, use_user: bool = True, bundled_path: Path = BUNDLED_GAZETTEER
    ) -> None:
        entries, errors, _, digest = load_gazetteer(bundled_path)
        self.errors: list[str] = list(errors)
        by_name: dict[str, GazEntry] = {}
        for entry in entries:
            by_name[entry.name] = entry
        user_digest = ""
        self.user_path: Path | None = None
        if use_user:
            self.user_path = user_path or (config_dir() / USER_GAZETTEER_NAME)
            u_entries, u_errors, removed, user_digest = load_gazetteer(self.user_path)
            self.errors.extend(u_errors)
            for name in removed:
                by_name.pop(name, None)
            for entry in u_entries:
                by_name.pop(entry.name, None)  # re-insert last so its aliases win ties
                by_name[entry.name] = entry
        self._trie, self._ents, self._shorts = _build_trie(list(by_name.values()))
        # A token's first node in ``_trie`` (None: no alias starts with it), filled as tokens are
        # met (:meth:`_gaz_matches`).
        self._first_nodes: dict[str, _Trie | None] = {}
        # Changes whenever results could change: code version or either gazetteer's content.
        self.fingerprint: str = f"{ENTITY_VERSION}-{digest}-{user_digest}"

    _default: Recognizer | None = None

    @classmethod
    def default(cls, refresh: bool = False) -> Recognizer:
        """The per-process recogniser (bundled + user gazetteer), built on first use."""
        if cls._default is None or refresh:
            cls._default = cls()
        return cls._default

    # -- gazetteer matching -------------------------------------------------------------------

    def _fits(
        self, surface: tuple[str, ...], toks: list[tuple[int, int, str]], i: int, mode: str, initial: bool
    ) -> bool:
        if mode == "caps" and all(w.isupper() or not w.isalpha() for w in surface):
            return False  # an all-caps alias ("US", "WHO") is indistinguishable from a shouted word
        for k, want in enumerate(surface):
            got = toks[i + k][2]
            if got == want or got.replace("’", "'") == want.replace("’", "'"):
                continue
            if strip_accents(got) == strip_accents(want):  # "Zürich" fits "Zurich", case kept
                continue
            if mode == "caps":
                if got.lower() != want.lower():
                    return False
                continue
            if want.islower() and got == want[:1].upper() + want[1:] and (k > 0 or initial or mode == "headline"):
                continue
            return False
        return True

    def _gaz_matches(
        self, toks: list[tuple[int, int, str]], modes: list[str], initial: list[bool]
    ) -> dict[int, tuple[int, int]]:
        """Longest gazetteer match starting at each token: {i: (j, entity id)}."""
        out: dict[int, tuple[int, int]] = {}
        trie = self._trie
        n = len(toks)
        # Each token's first trie node, looked up once per distinct token in the process (most
        # tokens start no alias: None); then only the tokens that start one are visited, where
        # normalising and looking up every token in the loop below was most of its cost.
        first = self._first_nodes
        nodes = [first.get(t, _UNSEEN) for _, _, t in toks]
        for k in [k for k, node in enumerate(nodes) if node is _UNSEEN]:
            tok = toks[k][2]
            nodes[k] = trie.get(_norm(tok))
            if len(first) < 200_000:
                first[tok] = nodes[k]
        i = 0  # the first token no match found so far covers
        for start in [k for k, node in enumerate(nodes) if node is not None]:
            if start < i:
                continue  # inside the longest match found at an earlier token
            i = start
            node = nodes[i]
            best: tuple[int, int] | None = None
            j = i
            while node is not None:
                j += 1
                ends = node.get("")
                if ends:
                    for surface, eid in reversed(ends):
                        if self._fits(surface, toks, i, modes[i], initial[i]):
                            best = (j, eid)
                            break
                if j >= n or toks[j][0] - toks[j - 1][1] > 1:
                    break  # an alias never spans more than one space
                # (a token folding to "", a soft hyphen or a lone combining mark, continues no
                # alias: "" is the key of a node's ends)
                node = node.get(key) if (key := _norm(toks[j][2])) else None
            if best:
                out[i] = best
                i = best[0]
        return out

    # -- per article --------------------------------------------------------------------------

    def _firm_start(self, text: str, start: int, end: int) -> int:
        """Where a firm's name read back from its lower-case legal form (``text[start:end]``,
        :data:`_LOWER_FORM`) starts: after a heading's or a list's common word ("About Norðurflug
        ehf.", "Sponsors Hafgola hf.") and a known name's possessive ("Iceland's Hafgola hf.",
        heldout20, session 27: both were taken in), keeping one word before the form."""
        words = list(re.finditer(r"\S+", text[start:end]))
        k = 0
        while k < len(words) - 2:
            w = words[k].group()
            owner = w[:-2] if w.endswith(("'s", "’s")) else None
            if w.lower() not in _COMMON and not (owner and self.canonical(owner) is not None):
                break
            k += 1
        return start + words[k].start()

    def known(self, name: str) -> tuple[str, str] | None:
        """(label, canonical name) of a gazetteer name or alias, None for another name."""
        node: _Trie | None = self._trie
        for _, _, tok in _tokens(name):
            key = _norm(tok)
            node = node.get(key) if node is not None and key else None
        if not node or "" not in node:
            return None
        ent = self._ents[node[""][0][1]]
        return ent[2], ent[1]

    def _shouted_known(self, text: str, chosen: list[_Cand]) -> list[_Cand]:
        """A word in capitals typed an organisation, inside a line in mixed case, whose written
        form is a gazetteer name in mixed case only ("A BRIT couple", "A GERMAN tourist": a
        tabloid's shouted people, t13n F3) is that name (its NORP or place), no organisation."""
        out: list[_Cand] = []
        for s, e, label, key in chosen:
            word = text[s:e]
            if label == "ORG" and " " not in word and _loud(word) and len(word) >= 3:
                line_start = text.rfind("\n", 0, s) + 1
                line_end = text.find("\n", e)
                line = text[line_start : line_end if line_end >= 0 else len(text)]
                found = None
                if any(c.islower() for c in line):  # (its plural for a singular: "BRIT" of "Brits")
                    found = self.known(word.capitalize()) or self.known(word.capitalize() + "s")
                if found is not None and found[0] in ("NORP", "GPE", "LOC"):
                    out.append((s, e, found[0], entity_key(found[0], found[1])))
                    continue
            out.append((s, e, label, key))
        return out

    @staticmethod
    def _institutions(text: str, chosen: list[_Cand]) -> list[_Cand]:
        """A name between "the" and a lower-case noun of an institution (lexicons.INSTITUTION_NOUNS)
        is that institution, ORG, whatever its words looked like ("the Santa Luzia hospital" was a
        person; "the São Bento clinic", "the Nossa Senhora school"; t13n F3)."""
        out: list[_Cand] = []
        for s, e, label, key in chosen:
            if label in ("PERSON", "GPE", "LOC", "NORP") and text[max(0, s - 4) : s] == "the ":
                after = _NEXT_LOWER.match(text, e)
                if after is not None and after.group(1) in INSTITUTION_NOUNS:
                    name = " ".join(text[s:e].split())
                    out.append((s, e, "ORG", entity_key("ORG", name)))
                    continue
            out.append((s, e, label, key))
        return out

    def canonical(self, name: str) -> str | None:
        """The canonical name for a gazetteer name or alias ("WAIC" → "World Artificial ...")."""
        node: _Trie | None = self._trie
        for _, _, tok in _tokens(name):
            key = _norm(tok)  # ("" is the key of a node's ends: no token's)
            node = node.get(key) if node is not None and key else None
        if not node or "" not in node:
            return None
        canonical: str = self._ents[node[""][0][1]][1]
        return canonical

    def recognize(self, article: Article, noise_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """All mentions in ``article``: sorted, non-overlapping, character offsets into its text.

        A Markdown article is read as the reader shows it (:mod:`corpus.markdown`: a link's
        text, never its URL; no emphasis or heading markers), so "[Alcobrena](https://…)",
        "**Quimibral**" and "# … the Alcobrena explosion" name what they show (t13n F8); the
        mentions' offsets are then mapped back into the article's text."""
        if getattr(article, "format", "text") == "markdown" and article.blocks:
            return self._recognize_shown(article, noise_spans)
        return self._recognize(article, noise_spans)

    def _recognize_shown(self, article: Article, noise_spans: Sequence[tuple[int, int]]) -> list[Mention]:
        """:meth:`recognize` of a Markdown ``article``: on its shown text, offsets mapped back."""
        from waic_reader.index.corpus.blocks import Block, sentences_of
        from waic_reader.index.corpus.markdown import shown_article

        shown = shown_article(article.text, [(b.start, b.end) for b in article.blocks])
        if shown.text == article.text:
            return self._recognize(article, noise_spans)
        blocks = []
        for b in article.blocks:
            a, e = shown.to_shown(b.start), shown.to_shown(b.end)
            blocks.append(Block(a, e, b.kind, shown.text[a:e]))
        view = _ShownArticle(article.doc, shown.text, blocks, sentences_of(blocks))
        noise = [(shown.to_shown(a), shown.to_shown(b)) for a, b in noise_spans]
        out: list[Mention] = []
        for m in self._recognize(view, noise):  # type: ignore[arg-type]
            ((s, e),) = shown.back([(m.start, m.end)])
            out.append(Mention(s, e, article.text[s:e], m.label, m.key, m.noise))
        return out

    def _recognize(self, article: Article, noise_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        text = _headline_connectors(article.text)
        starts = {s.start for s in article.sentences}
        # (an e-mail address's or a URL's words are no words the article writes in lower case:
        # "press@sorvena.example" made "Sorvena" an ordinary word at a line's start; t13n F4)
        doc_lower = set(
            _LOWER_WORD.findall(_ADDRESS.sub(" ", text) if "@" in text or "://" in text or "www." in text else text)
        )
        cands: list[tuple[int, int, str, str, int]] = []
        singles: list[tuple[int, int, str]] = []  # capitalised words a short form may claim
        all_toks: list[tuple[int, int, str]] = []
        heads: list[tuple[int, int, bool]] = []  # headline blocks: (start, end, all caps)
        for block in article.blocks:
            all_toks.extend(
                self._block(text, block.start, block.end, block.kind, starts, doc_lower, cands, singles, heads)
            )
        context_orgs: set[str] = set()
        typed: dict[str, tuple[str, str]] = {}
        for s, e, label in context_candidates(text):
            name = " ".join(text[s:e].split())
            if any(a <= s < b for a, b, _ in heads) or self.canonical(name) is not None:
                continue  # capitals say nothing in a headline; a gazetteer name keeps its type
            key = entity_key(label, name)
            cands.append((s, e, label, key, -1))  # before a same-length guess from the name's shape
            if label == "ORG":
                context_orgs.add(key)
            typed.setdefault(text[s:e], (label, key))
        # A name its context typed once is that name where the article repeats it ("their company,
        # Setu Pay, processes ..." then "Setu Pay signed up 200,000 merchants").
        for name, (label, key) in typed.items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                    # (not the start of a longer name: "Odra" typed once is not "Odra" in "Odra Wrocław")
                    if not any(a <= at < b for a, b, _ in heads) and not _CAP_NEXT.match(text, end):
                        cands.append((at, end, label, key, -1))
                at = text.find(name, end)
        agencies: dict[str, str] = {}  # a dateline's agency no gazetteer knows ("(dpa)"): its key
        for block in article.blocks:
            n = len(cands)
            _dateline(text, block.start, block.end, cands)
            for i in range(n, len(cands)):  # "(AP)" is the "AP" of the text below: Associated Press
                a, b, label, key, pri = cands[i]
                if label != "ORG":
                    continue
                if (known := self.canonical(text[a:b])) is not None:
                    cands[i] = (a, b, label, entity_key(label, known), pri)
                else:
                    agencies.setdefault(text[a:b], cands[i][3])
            _byline(text, block.start, block.end, cands)
            credit_lines(text, block.start, block.end, cands)
        # The agency that filed the story is that agency where the text names it again ("told dpa").
        for name, key in agencies.items():
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                cands.append((m.start(), m.end(), "ORG", key, -1))
        if '"' in text or "“" in text:
            cands.extend(_nicknamed_people(text))
        for s, e, label in _dates(text, all_toks) + figure_spans(text):
            cands.append((s, e, label, entity_key(label, " ".join(text[s:e].split())), 1 + _PRIORITY[label]))
        listed = ("Ministry " in text or "Department " in text or "Secretariat " in text) and " and " in text
        for m in _LISTED_DEPARTMENT.finditer(text) if listed else ():  # "Ministry of Economy, Trade and Industry"
            fields = re.split(r",? and |, ", m.group().split(" ", 2)[2])
            if any(
                " " in f and (_cue_label(f.rsplit(" ", 1)[-1]) or _is_title(f.rsplit(" ", 1)[-1])[0]) for f in fields
            ):
                continue
            cands.append((m.start(), m.end(), "ORG", entity_key("ORG", " ".join(m.group().split())), -1))
        for m in _BRACKETED_FORM.finditer(text) if "(P" in text else ():  # "Lankatea Brokers (Pvt) Ltd"
            cands.append((m.start(), m.end(), "ORG", entity_key("ORG", m.group()), -1))
        for m in _COMMA_FORM_FIRM.finditer(text) if ", " in text else ():
            # "Quimibral – Química Industrial, Lda", "Ferragens Silva, Lda.": a firm's trade name, a
            # dash and its full name, a comma and its legal form, one ORG (t13n F3)
            if legal_form(m.group("form")) and not _COMMON_OPENER.fullmatch(m.group(1)):
                name = " ".join(text[m.start() : m.end()].split())
                cands.append((m.start(), m.end(), "ORG", entity_key("ORG", name), -1))
        lower_forms = any(f" {w}" in text for w in (*_LOWER_LEGAL_FORMS, *_LOWER_SPACED))
        for m in _LOWER_FORM.finditer(text) if lower_forms else ():
            s = self._firm_start(text, m.start(), m.end())
            cands.append((s, m.end(), "ORG", entity_key("ORG", text[s : m.end()]), -1))  # "Norrland Timber plc"
        # (Each of these patterns opens with \b or a lookbehind, so re tries it at every position
        # of the text: skipped, as the bracketed form above, when the words every match holds
        # are not in it.)
        for m in _ROAD.finditer(text) if any(w in text for w in _ROAD_WORDS) else ():  # "Highway 48", "Route 66"
            cands.append((m.start(), m.end(), "FAC", entity_key("FAC", m.group()), -1))
        for m in _WATER_OF.finditer(text) if any(w in text for w in _WATER_OF_WORDS) else ():  # "Gulf of Aqaba"
            lead = _PREV_CAP.search(text, max(0, m.start() - 40), m.start())
            if (lead is None or lead.group().strip().lower() in _COMMON) and self.canonical(m.group()) is None:
                cands.append((m.start(), m.end(), "LOC", entity_key("LOC", " ".join(m.group().split())), -1))
        if any(w in text for w in _STORM_WORDS) and _STORM_KIND.search(text):  # "Hurricane Ysolde", then "Ysolde"
            cands.extend(_storms(text))
        # (a gazetteer name keeps its own key: "World AI Conference (WAIC)")
        cands.extend(c for c in _acronym_named(text, starts) if self.canonical(text[c[0] : c[1]]) is None)
        # "Sen. Arturo Velarde, D-Las Cruces,", "Rep. Ann Boyd (R-Ohio)": a legislator's party and
        # home: the place is a place, the party's letter no part of any name.
        for m in _PARTY_HOME.finditer(text) if "D-" in text or "R-" in text or "I-" in text else ():
            cands[:] = [c for c in cands if not (c[0] < m.end("place") and m.start("party") < c[1])]
            place = m.group("place")
            known = self.canonical(place)
            cands.append((m.start("place"), m.end("place"), "GPE", entity_key("GPE", known or place), -2))
        for m in _TOWN_STATE.finditer(text) if ", " in text else ():
            # "Pierre, S.D., and Devils Lake, N.D.", "from Rimouski, Que.,": the town's state or province
            a, b = m.span("state")
            cands[:] = [c for c in cands if not (c[0] < b and a < c[1])]
            state = _STATE_ABBREVIATIONS[m.group("state")]
            cands.append((a, b, "GPE", entity_key("GPE", self.canonical(state) or state), -2))
        if ":" in text or "m." in text:
            # "6:40 AM NT", "11:30 a.m. NT", "6:15 p.m. AT": capitals right after a clock time are
            # its time zone, no organisation's name (whichever zone: "NT", "AT", "HST")
            cands = [c for c in cands if not (c[2] == "ORG" and _after_clock(text, c[0], c[1]))]
        tickers = [m.span() for m in _TICKER.finditer(text)]
        tickers += [m.span("code") for m in EXCHANGE_TICKER.finditer(text)]
        if tickers:  # "<ACME.T>", "(NHE.OL)": a listing code, not an organisation's name
            cands = [c for c in cands if not any(a <= c[0] < b for a, b in tickers)]
        chosen = _hyphened_places(
            text, _law_heads(text, _coordinated_people(text, _company_form(text, _resolve(cands))))
        )
        chosen = _coordinated_firms(text, _titled_place_surnames(text, _titled_people(text, chosen)))
        chosen = _defined_short_forms(text, chosen, singles, context_orgs, doc_lower, self.canonical)
        chosen = self._short_forms(text, chosen, singles, doc_lower, heads)
        chosen = _other_bearers_surname(text, chosen)
        chosen = shouted_speakers(text, joined_full_names(text, speaking_surnames(text, chosen)))
        chosen = _long_short_forms(text, chosen)
        chosen = _bare_initials(text, chosen)
        chosen = _numbered_names(text, chosen)
        if _REGNAL_AT.search(text):
            chosen = _regnal_numbers(text, chosen, doc_lower)
        if heads:
            prose: dict[str, tuple[str, str]] = {}
            for s, e, label, key in chosen:
                if label in NAME_LABELS and not any(a <= s < b for a, b, _ in heads):
                    prose.setdefault(text[s:e], (label, key))
            names = sorted(((n, lk[0], lk[1]) for n, lk in prose.items()), key=lambda x: -len(x[0]))
            chosen = echo_headlines(text, chosen, heads, names)
        chosen = _languages(text, chosen)
        chosen = _peoples(text, chosen, self.canonical, doc_lower)
        chosen = _listed_places(text, chosen)
        chosen = _listed_peoples(text, chosen)
        chosen = _compound_nationalities(text, chosen)
        chosen = _compass_places(text, chosen)
        chosen = _speaking_places(text, chosen)
        chosen = _bracketed_names(text, chosen, self.canonical)
        chosen = _maker_models(text, chosen)
        chosen = _model_suffixes(text, chosen)
        chosen = _line_labels(text, chosen, doc_lower, self.canonical)
        chosen = self._shouted_known(text, chosen)
        chosen = self._institutions(text, chosen)
        chosen = national_branches(text, chosen, self.canonical)
        return _mark_noise(text, chosen, noise_spans)

    def _block(
        self,
        text: str,
        bstart: int,
        bend: int,
        kind: str,
        starts: set[int],
        doc_lower: set[str],
        cands: list[tuple[int, int, str, str, int]],
        singles: list[tuple[int, int, str]],
        heads: list[tuple[int, int, bool]],
    ) -> list[tuple[int, int, str]]:
        btext = text[bstart:bend]
        # The same tokens as _tokens(btext), offsets into the article (no pattern looks behind
        # its start, and ``endpos`` makes the block's end the end of the string).
        toks = _slash_forms([(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, bstart, bend)])
        if not toks:
            return toks
        n = len(toks)
        words_ = [t for _, _, t in toks if t[0].isalpha()]
        if len(words_) >= 2 and btext.upper() == btext and any(c.isalpha() for c in btext):
            block_mode = "caps"
        elif kind in ("title", "heading") or _title_case(words_, btext):
            block_mode = "headline"
        else:
            block_mode = "prose"
        modes = [block_mode] * n
        if block_mode != "prose":
            heads.append((bstart, bend, block_mode == "caps"))
        if block_mode == "prose":
            # A run-in label ("DeepSeek Success: China's ...") is a headline inside prose.
            for k in range(min(n, 9)):
                if toks[k][2] == ":":
                    lead = [t for _, _, t in toks[:k] if t[0].isalpha()]
                    bracketed = any(t == "(" for _, _, t in toks[:k])  # "Veltrix (NASDAQ: VLTX)": a ticker
                    # "Retired Teacher Bente Liabø: "I have never ..."": a speaker's name (a given
                    # name and one more word last) before a quote is no label
                    speaker = (
                        len(lead) >= 2
                        and (
                            _given_word(lead[-2])
                            # "- Harbour Guard Per Tjelta: "I saw ..."": a job phrase's person
                            or (
                                len(lead) >= 3
                                and _described_name(
                                    lead[-4] if len(lead) >= 4 else "", lead[-3], lead[-2], lead[-1], doc_lower
                                )
                            )
                        )
                        and k + 1 < n
                        and toks[k + 1][2][:1] in _OPEN_QUOTES
                    )
                    if lead and not bracketed and not speaker and all(_is_cap(t) or t in _CONNECT for t in lead):
                        modes[:k] = ["headline"] * k
                    break
        shout = _kicker(toks, doc_lower) if block_mode != "caps" else range(0)
        if block_mode == "prose" and shout:
            modes[shout.start : shout.stop] = ["headline"] * len(shout)
        # A sentence or run in capitals inside the block ("OSLO (Wire) - VESTHAV SHIPPING AS HAS
        # SUSPENDED ALL SAILINGS."): its capitals say nothing, as an all-caps headline's (t13i F10)
        loud = _shouted_stretches(toks, doc_lower) if block_mode != "caps" else []
        if block_mode == "caps":
            cands.extend(_shouted_firms(toks, 0, n, doc_lower, text))  # "VESTHAV SHIPPING AS HALTS SAILINGS"
        for a, b in loud:
            modes[a:b] = ["caps"] * (b - a)
            heads.append((toks[a][0], toks[b - 1][1], True))
            cands.extend(_shouted_firms(toks, a, b, doc_lower, text))
        initial = [False] * n
        at_start = True
        # "**11:20** Morvik said ...": a live blog's time stamp opens the block, and the sentence
        # starts after it, its first capital no evidence of a name (t13j F1)
        stamp = ENTRY_STAMP.match(text, bstart, bend)
        for k, (s, _, t) in enumerate(toks):
            if s in starts or (k and toks[k - 1][2] == ":") or (stamp is not None and s == stamp.end()):
                at_start = True
            if t[0].isalnum():
                initial[k] = at_start
                at_start = False
        gaz = self._gaz_matches(toks, modes, initial)
        for k in [k for k, (j, eid) in gaz.items() if initial[k] and j == k + 1 and j < n]:
            if self._ents[gaz[k][1]][2] == "PRODUCT" and toks[k + 1][2].lower() in _PLURAL_VERBS:
                # "Windows were shattered": a product is one thing; a plural verb after a capital
                # at a sentence's start says it is the common noun
                del gaz[k]

        ents = self._ents
        runs: list[list[_Unit]] = []
        cur: list[_Unit] = []
        pending: list[str] = []
        i = 0
        while i < n:
            s, e, t = toks[i]
            if stamp is not None and s < stamp.end():
                i += 1  # the entry's stamp ("11:20 CET "): its zone is no word of a name (t13l F13)
                continue
            g = gaz.get(i)
            if g is None and not cur and not (t[0].isalpha() and _is_cap(t)):
                i += 1  # most tokens: no name is open and none starts here
                continue
            if g is not None and cur and cur[-1].e == s and text[cur[-1].s : s - 1] in _HYPHEN_PREFIX:
                g = None  # "Inter-American": the prefix and the known name make one word
            elif g is not None and len(cur) >= 2 and cur[-1].e == s and text[s - 1] == "-" and not pending:
                g = None  # "Fernando Araújo-Lima": a surname's part, not the place
            elif (
                g is not None
                and cur
                and not pending
                and g[0] == i + 1
                and cur[-1].eid < 0
                and cur[-1].text in given_names()
                and g[0] + 1 < n
                and toks[g[0]][2] == "-"
                and toks[g[0]][0] == e
                and toks[g[0] + 1][0] == e + 1
                and _is_cap(toks[g[0] + 1][2])
            ):
                g = None  # "Gloria Washington-Reyes": a given name, then a double surname
            elif (
                g is not None
                and cur
                and not pending
                and text[cur[-1].e : s] == " "
                and self._other_bearer(cur[-1], t, g, initial, doc_lower)
            ):
                g = None  # "Hunter Biden", "Jill Biden": another person of a known person's surname
            if g is not None or (t[0].isalpha() and _is_cap(t)):
                if (
                    cur
                    and not pending
                    and cur[-1].eid < 0
                    and _form_with_dot(cur[-1].text)
                    and cur[-1].text != "Co."  # ("Hongfeng Co. Ltd", "GmbH & Co. KG": the form goes on)
                    and not _legal_form(t)
                ):
                    # "… from Vela Kabel Inc. The firm said", "Anadolu Kablo A.Ş. Anadolu Kablo
                    # said": the dot of the form the name ends at ends the sentence too (t13l F1:
                    # the run went on into the next sentence and the firm was lost). A form's one
                    # dot is the sentence's ("Quinn Ltd. Sheriff X said": the firm "Quinn Ltd"),
                    # a dotted form's last dot its own ("A.Ş.").
                    if not _DOTTED.fullmatch(cur[-1].text) and cur[-1].text not in SPACED_LEGAL_FORMS:
                        cur[-1].e, cur[-1].j = cur[-1].e - 1, cur[-1].j - 1  # (the dot was its own token)
                        cur[-1].text = cur[-1].text[:-1]
                    runs.append(cur)
                    cur = []
                    initial[i] = True
                j = g[0] if g else i + 1
                unit = _Unit(s, toks[j - 1][1], i, j, g[1] if g else -1, text[s : toks[j - 1][1]])
                glue = bool(cur) and not pending and s - cur[-1].e == 0 and cur[-1].eid < 0 and unit.eid < 0
                # "and" joins only a last one-word conjunct ("Prevention and Control"), never two names.
                lone = g is None and not (j < n and toks[j][2][:1].isupper())
                if pending == ["on"] and t in _WEEKDAYS_MONTHS:
                    pending = ["on", "on"]  # "Velquist Systems on Monday": never part of the name
                if (
                    cur
                    and pending
                    and not self._connector_ok(cur, pending, text, lone)
                    and not (pending == ["and"] and _and_inside_name(cur, toks, i, gaz, text))
                    and not (
                        len(pending) == 1
                        and pending[0] in PARTNER_CONJUNCTIONS
                        and _partners_firm(cur, toks, i, pending, gaz)
                    )
                ) or (cur and pending in (["and"], ["&"]) and _two_names(cur, toks, i, text)):
                    if (
                        pending == ["and"]
                        and _and_place(cur, text, toks[j - 1][1])
                        # (not "Town and Country Planning Act": a longer name goes on)
                        and not (j < n and _is_cap(toks[j][2]) and toks[j][0] - toks[j - 1][1] == 1)
                    ):
                        # "Newfoundland and Labrador", "Trinidad and Tobago": one region or country
                        whole = text[cur[0].s : toks[j - 1][1]]
                        cands.append((cur[0].s, toks[j - 1][1], "GPE", entity_key("GPE", whole), 0))
                        cur, pending = [], []
                        i = j
                        continue
                    runs.append(cur)
                    cur, pending = [], []
                if glue:  # "Jean-Pierre": a hyphen between capitalised parts keeps one word
                    cur[-1].e, cur[-1].j = unit.e, unit.j
                    cur[-1].text = text[cur[-1].s : unit.e]
                else:
                    cur.append(unit)
                pending = []
                i = j
                continue
            if (
                t == "-"
                and cur
                and i + 1 < n
                and cur[-1].eid < 0
                and cur[-1].e == s
                and toks[i + 1][0] == e
                and toks[i + 1][2].islower()
                and "-" not in cur[-1].text
                and _syllable(cur[-1].text)
                and _syllable(toks[i + 1][2])
                and not (i + 2 < n and toks[i + 2][0] == toks[i + 1][1] and toks[i + 2][2] == "-")
            ):
                # "Soo-yeon": a two-syllable given name, its second part in lower case
                cur[-1].e, cur[-1].j = toks[i + 1][1], i + 2
                cur[-1].text = text[cur[-1].s : cur[-1].e]
                cur[-1].syllabic = True
                i += 2
                continue
            if (
                t == "-"
                and cur
                and i + 1 < n
                and cur[-1].e == s
                and toks[i + 1][0] == e
                and _is_cap(toks[i + 1][2])
                and cur[-1].eid < 0
                # a known word after the hyphen joins a prefix ("Inter-American") or a surname
                # after a given name ("Fernando Araújo-Lima"), never a name of its own
                and ((i + 1) not in gaz or cur[-1].text in _HYPHEN_PREFIX or (len(cur) >= 2 and not pending))
            ):
                cur[-1].e = e  # glued on the next iteration
                i += 1
                continue
            if (
                t == "."
                and cur
                and cur[-1].eid < 0
                and cur[-1].e == s
                and text[cur[-1].s : cur[-1].e] in _HONORIFIC_DOT
            ):
                cur[-1].e, cur[-1].j = e, i + 1
                cur[-1].text = text[cur[-1].s : e]
                i += 1
                continue
            if (
                t == "."
                # "officer S. Raghunathan": an initial opens a name after a lower-case word
                and (len(cur) >= 2 or (cur and cur[0].i > 0 and toks[cur[0].i - 1][2].islower()))
                and cur[-1].eid < 0
                and cur[-1].e == s
                and len(cur[-1].text) == 1
                and cur[-1].text.isupper()
                and i + 1 < n
                and toks[i + 1][0] == e + 1
                and toks[i + 1][0] not in starts
                and _is_cap(toks[i + 1][2])
            ):
                # "Dana K. Morrow": a middle initial keeps the name going
                cur[-1].e, cur[-1].j = e, i + 1
                cur[-1].text = text[cur[-1].s : e]
                i += 1
                continue
            if (
                t[0] in "'’"
                and cur
                and not pending
                and cur[-1].eid < 0
                and cur[-1].e == s
                and i + 1 < n
                and _is_cap(toks[i + 1][2])
                and (
                    cur[-1].text in _POSSESSIVE_HEADS
                    or cur[0].text.rstrip(".") in ("St", "Saint")
                    # "King's Theatre", "Queen's Bridge": a title's possessive before a place's kind
                    or (len(cur) == 1 and _is_title(cur[0].text)[1] and toks[i + 1][2] in _PLACE_KIND)
                )
            ):
                # "Polish People's Party", "St Mary's Primary School": the possessive is inside the name
                cur[-1].e, cur[-1].j = e, i + 1
                cur[-1].text = text[cur[-1].s : e]
                i += 1
                continue
            if (
                cur
                and pending
                and pending[-1] in _NAME_PARTICLES
                and t in "'’"
                and i + 2 < n
                and toks[i + 1][2] == "t"
                and toks[i + 1][0] == e
                and _is_cap(toks[i + 2][2])
            ):
                i += 2  # "Henk van 't Hof": the elided article belongs to the particle
                continue
            if cur and (t in _CONNECT or t in PARTNER_CONJUNCTIONS) and len(pending) < 2:
                pending.append(t)
                i += 1
                continue
            if cur:
                runs.append(cur)
            cur, pending = [], []
            i += 1
        if cur:
            runs.append(cur)
        runs = _join_department_lists(runs, text)

        for a, b in loud:
            # a run in capitals starts and ends a run: "Reuters VESTHAV SHIPPING …" is two
            runs = [
                part
                for r in runs
                for part in (
                    [u for u in r if u.i < a],
                    [u for u in r if a <= u.i < b],
                    [u for u in r if u.i >= b],
                )
                if part
            ]
        if shout and any(r[0].i < shout.stop <= r[-1].i for r in runs):
            # a kicker ends its run: "TRY Iosefa Leapai" is a person after the shouted word
            runs = [
                part
                for r in runs
                for part in ([u for u in r if u.i < shout.stop], [u for u in r if u.i >= shout.stop])
                if part
            ]
        shouted_tail = False  # a headline's words in capitals after its firm ("… AS HALTS OUTPUT")
        for run in runs:
            mode = modes[run[0].i]
            if mode == "headline" and shouted_tail and all(_loud(u.text) and u.eid < 0 for u in run):
                continue  # "Odin Fisk ASA CUTS 200 JOBS": the tail goes on past a number
            shouted_tail = False
            if mode == "headline" and (firm := _headline_firm(text, run, initial, doc_lower)) is not None:
                # "Copyright © Nordlys Kringkasting AS 2025": every word of the line capitalised, and
                # a legal form ends the firm's name as it does in prose (t13j F15; was an ORG "AS")
                s_, e_ = firm
                cands.append((s_, e_, "ORG", entity_key("ORG", text[s_:e_]), 0))
                run = [u for u in run if u.s >= e_]
                if not run or all(_loud(u.text) for u in run):
                    # words in capitals after the form: the headline's ("HALTS OUTPUT")
                    shouted_tail = bool(run) and _shouted_verb(run[0].text, doc_lower)
                    continue
            if mode != "prose":
                for u in run:
                    if u.eid >= 0:
                        key, _, label = ents[u.eid]
                        cands.append((u.s, u.e, label, key, 0))
                    elif (
                        mode == "headline"
                        and _is_acronym(u.text)
                        and u.text.replace(".", "") not in _STOP_ACRONYMS
                        # "TEA AUCTION: ...": a word the article writes in lower case is shouted, no
                        # acronym (a web address's "cbc.ca" is no such use)
                        and not (
                            u.text.lower() in doc_lower
                            and re.search(rf"(?<![\w'’./@-]){re.escape(u.text.lower())}(?![\w'’/@-]|\.\w)", text)
                        )
                        # "FULL TIME:", "HELD UP!": a kicker's words of four letters or more with a vowel
                        # ("NHRC", "NBA" stay acronyms)
                        and not (u.i in shout and len(shout) >= 2 and len(u.text) >= 4 and _VOWEL.search(u.text))
                    ):
                        cands.append((u.s, u.e, "ORG", entity_key("ORG", u.text), 0))
                    elif u.eid < 0:
                        singles.append((u.s, u.e, u.text))
                continue
            self._classify(text, toks, run, initial, doc_lower, cands, singles)
        return toks

    @staticmethod
    def _connector_ok(cur: list[_Unit], pending: list[str], text: str = "", unknown_next: bool = False) -> bool:
        first = pending[0]
        head = cur[-1].text or ""
        # Inside a name already joined by "of"/"for" ("Court of Arbitration for Sport",
        # "Centre for Disease Prevention and Control") further connectors keep the name going.
        chained = len(cur) >= 2 and _CHAIN.search(text, cur[0].s, cur[-1].s) is not None
        if pending == ["on", "on"]:
            return False
        if first in ("of", "for", "on"):
            if head.rstrip(".") in _LEGAL_FORMS:
                return False  # "Halden Peripherals Ltd of Reading": the firm's town, not its name
            return head.rstrip(".") in _OF_CUES or _of_label(head) is not None or (chained and first != "on")
        if first == "&":
            return True
        if first == "and":
            # a title's person before "and" ends the name ("Chief of Staff Will Brekk and Head of
            # Security May Solum": two persons, t13k F13)
            return chained and len(pending) == 1 and unknown_next and cur[-1].eid < 0 and not _titled_person(cur)
        if first in _NAME_PARTICLES:
            return cur[-1].eid < 0
        return False

    def _classify(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        run: list[_Unit],
        initial: list[bool],
        doc_lower: set[str],
        cands: list[tuple[int, int, str, str, int]],
        singles: list[tuple[int, int, str]],
    ) -> None:
        ents = self._ents

        def emit(s: int, e: int, label: str, prio: int = 0, written: str | None = None) -> None:
            # ``written``: the name as prose writes it, when the text's letters are not ("EVEN HAUGLAND")
            if (
                text.startswith(("The ", "THE "), s)
                and e - s > 4
                and not (label == "ORG" and text[s:e].rsplit(None, 1)[-1] in _MEDIA and not initial[run[0].i])
            ):
                s += 4  # a leading "The" stays outside the name (not a newspaper's: "in The Evening Courier")
            elif text.startswith(("A ", "An "), s) and e - s > 4:
                s = text.index(" ", s) + 1  # "A High Court judge": nor does an article
            name = " ".join(text[s:e].split()) if written is None else written
            if label == "PERSON":
                name = _surname_written(name)
            cands.append((s, e, label, entity_key(label, name), prio))

        def emit_gaz(u: _Unit) -> None:
            key, _, label = ents[u.eid]
            cands.append((u.s, u.e, label, key, 0))

        if (team := self._team(text, run)) is not None:
            emit(run[0].s, run[-1].e, team)  # "Calgary Hitmen", "Toronto Maple Leafs"; "Dubai Sevens"
            return
        if (seat := _constituency(text, run)) is not None:
            # "the Member of Parliament for Kawempe North", "the MP for Ashcombe West": the seat
            # a legislator holds is a place, the legislature's word no organisation there
            if all(u.eid < 0 for u in run[seat:]):
                emit(run[seat].s, run[-1].e, "GPE")
            else:
                for place in run[seat:]:
                    if place.eid >= 0:
                        emit_gaz(place)
            return
        # A copyright notice's word opens no name ("Copyright Tennfjord Chemicals. All rights
        # reserved.": t13i F7), unless it is the body's own word ("the Copyright Office")
        while len(run) >= 2 and run[0].eid < 0 and _copyright_notice(text, run, initial):
            run = run[1:]
        # Sentence-initial capitals are not evidence of a name: drop a leading common word.
        while run and run[0].eid < 0 and initial[run[0].i]:
            w = run[0].text
            low = w.lower()
            given_common = (
                w in _GIVEN_COMMON and len(run) == 2 and run[1].eid < 0 and run[1].text.lower() not in _COMMON
            )
            # "National Highways said": an organisation's name may open with such a word
            org_opener = low in _ORG_OPENERS and len(run) >= 2 and _cue_label(run[-1].text) == "ORG"
            if _initial_job(run):
                break  # "Striker Emre Kaya", "Reviewer Hyo-bin Chae", "Widow Doreen": a job or kin before a name
            if _job_before_name(text, run, doc_lower) is not None:
                break  # "Night Porter Even Stokke" beside "all night": the job phrase's words describe a person
            if _word_given_speaker(text, toks, run, doc_lower):
                # "Even Husby said", "May Torp told the court": a given name that is a word, and a
                # surname that speaks (t13j F19); the rules below know no such given name
                emit(run[0].s, run[-1].e, "PERSON")
                return
            if low in _NAME_PARTICLES and len(run) >= 2 and text[run[0].e : run[1].s].strip() in _NAME_PARTICLES:
                break  # "De la Puente", "Van der Linden": a surname that opens with its particles
            if len(run) == 1 and low not in _COMMON and low not in doc_lower and _apposed_person(toks, run[0].j):
                break  # "Ueda, the harbour master, said": a person's job in commas, then a speech verb
            if (
                low in _NAME_PARTICLES
                and len(run) == 2
                and _cue_label(run[1].text) is None
                and re.search(rf"{CAP}[\w'’-]+ {low} {re.escape(run[1].text)}(?![\w'’-])", text)
            ):
                break  # "De Bruijn said" after "Gerrit-Jan de Bruijn": the surname's particle, capitalised
            if (
                len(run) == 3
                and all(u.eid < 0 for u in run)
                and w not in given_names()
                and w not in _GIVEN
                and (run[1].text in given_names() or run[1].text in _GIVEN)
                and _cue_label(run[2].text) is None  # "Harrow Mills Ltd.": a firm, not "Mills Ltd."
                and text[run[0].e : run[1].s] == " "
            ):
                run = run[1:]  # "Feisty Doreen Pickersgill", "Regular Barry Quinlan": a word about the person
                break
            if (
                not given_common
                and not org_opener
                and (
                    low in _COMMON
                    or low in doc_lower
                    or low.endswith(("ing", "ly"))
                    or (len(run) == 1 and w not in _GIVEN and not _is_acronym(w))
                )
            ):
                singles.append((run[0].s, run[0].e, w))  # may still be a short form ("Li said")
                run = run[1:]
            else:
                break
        if not run:
            return
        if (job := _job_before_name(text, run, doc_lower)) is not None:
            # "the first to arrive, Firefighter Nils Haug,", "Swedish Geologist Petra Lindqvist":
            # a capitalised job word before a given name and a surname describes the person
            # wherever it stands, and so do the words before it ("Head", "Former", "Local"); a
            # known name among them stands alone ("Swedish")
            for unit in run[:job]:
                if unit.eid >= 0:
                    emit_gaz(unit)
            emit(run[job + 1].s, run[-1].e, "PERSON")
            return
        # Titles: the words after the last core title are a person ("Vice Foreign Minister Ma Zhaoxu").
        flags = [_is_title(u.text) if u.eid < 0 else (False, False) for u in run]
        for k in range(len(run)):
            if not flags[k][0]:
                continue
            if k + 1 < len(run) and run[k + 1].text in _PLACE_KIND and text[run[k].e : run[k + 1].s] == " ":
                flags[k] = (False, False)  # "Pope Glacier", "Queen Street West": a place named after one
            elif k and text[run[k - 1].e : run[k].s] == " of " and _of_label(run[k - 1].text) in ("ORG", "FAC"):
                flags[k] = (False, False)  # "Superior Court of Justice": the name goes on
            elif k + 1 < len(run) and text[run[k].e : run[k + 1].s] == " and ":
                flags[k] = (False, False)  # "Justice and Development Party": "and" joined it inside a name
            elif run[k].text in _SECOND_HONORIFICS and (k == 0 or not flags[k - 1][0]):
                flags[k] = (False, False)  # "Istana Seri Kinabalu" (a palace), not "Datuk Seri X"
            elif (
                flags[k][0]
                and not flags[k][1]
                and k + 1 < len(run)
                and run[k].text in _OF_CUES
                and _of_label(run[k].text) is None  # "State of Hawaiʻi": a place's name goes on
                and text[run[k].e : run[k + 1].s] in (" of ", " for ")
            ):
                # "Head of Security Per Skaar", "Deputy Head of Safety Even Lie": a title's word
                # before "of" heads a title as "Director of" does; the department, then the person
                # (t13j F13)
                flags[k] = (True, True)
        if initial[run[0].i] and run[0].eid < 0 and _initial_job(run):
            flags[0] = (True, True)
        core_at = max((k for k, f in enumerate(flags) if f[1]), default=-1)
        if core_at < 0 and len(run) >= 3:
            # "Manhattan District Attorney Lorraine Okafor": a title word that is no core title
            # alone ("Attorney", a modifier in "Attorney General") is one before a given name and
            # a surname that end the run
            k = max((k for k, f in enumerate(flags) if f[0]), default=-1)
            rest = run[k + 1 :]
            if (
                k >= 0
                and len(rest) == 2
                and all(u.eid < 0 and _cue_label(u.text) is None for u in rest)
                and (rest[0].text in given_names() or rest[0].text in _GIVEN)
                and not flags[-1][0]
                and text[run[k].e : rest[0].s] == " "
            ):
                core_at = k
        if 0 <= core_at == len(run) - 2 and run[-1].eid < 0 and _cue_label(run[-1].text) in ("ORG", "EVENT"):
            if all(f[0] for f in flags[:-1]):  # "Premier League", "Chief Executives Council": one name
                emit(run[0].s, run[-1].e, _cue_label(run[-1].text) or "ORG")
                return
        if (
            core_at == 0
            and len(run) >= 3
            and run[0].eid < 0
            and run[0].text in _ADJECTIVE_TITLES
            and run[-1].eid < 0
            and _cue_label(run[-1].text) == "ORG"
            and not any(
                f[0] or u.eid >= 0 or u.text in given_names() or u.text in _GIVEN
                for u, f in zip(run[1:-1], flags[1:-1], strict=True)
            )
            and all(text[a.e : b.s] == " " for a, b in itertools.pairwise(run))
        ):
            # "General Workers Union", "Chief Rabbinate Council": a title that is also an adjective
            # opens the organisation's name, no person after it
            emit(run[0].s, run[-1].e, "ORG")
            return
        if core_at >= 0:
            for unit in run[: core_at + 1]:
                if unit.eid >= 0:
                    emit_gaz(unit)  # "Google" in "Google CEO"; unknown words there belong to the title
            rest = run[core_at + 1 :]
            # "Minister for Health Tomas Arvid", "Secretary of State for Environment Ruth Okonjo":
            # after the title's last "of"/"for", the department, then the person (two words).
            while (
                rest
                and all(u.eid < 0 for u in rest)  # "Secretary of Shanghai": a known place stays one
                and text[: rest[0].s].rstrip().rsplit(None, 1)[-1:] in (["of"], ["for"])
            ):
                tail = rest
                cut = next(
                    (k for k in range(1, len(tail)) if text[tail[k - 1].e : tail[k].s].strip() in ("of", "for")), 0
                )
                if cut:
                    rest = tail[cut:]
                    continue
                if len(tail) < 3:
                    for part in tail:  # "Director of VIPH", "Chief Executive Officer of Veltrix"
                        if _is_acronym(part.text) and part.text.replace(".", "") not in _STOP_ACRONYMS:
                            emit(part.s, part.e, "ORG")
                        elif len(tail) == 1 and part.text not in _TITLE_MOD and _cue_label(part.text) is None:
                            singles.append((part.s, part.e, part.text))  # a short form may claim it
                if len(tail) >= 3 and _cue_label(tail[-1].text) == "ORG" and _cue_label(tail[0].text) is None:
                    # "Representative Director of Hayashida Marine Systems": a name word first and an
                    # organisation's kind word last is the body the title is of, no department
                    rest = tail
                    break
                rest = tail[-2:] if len(tail) >= 3 else []  # "Foreign Affairs Wang Yi": the last two
                # "Irrigation Deepa Shrestha Gurung": a given name two words before the end opens
                # a person's name of three
                if len(tail) >= 4 and _given_word(tail[-3].text) and not _given_word(tail[-4].text):
                    rest = tail[-3:]
                break
            given_first = bool(rest) and (
                rest[0].text in given_names() or rest[0].text in _GIVEN or rest[0].syllabic or "-" in rest[0].text
            )
            if (
                rest
                and all(u.eid < 0 for u in rest)
                and len(rest) <= 4
                and (
                    not _cue_label(rest[-1].text)
                    or (given_first and len(rest) == 2 and _cue_label(rest[-1].text) != "ORG")
                )
            ):
                emit(rest[0].s, rest[-1].e, "PERSON")
                return
            run = rest
            if not run:
                return
        last = run[-1]
        cue = _cue_label(last.text) if last.eid < 0 else None
        if cue and last.text == "SE" and any(u.eid >= 0 and ents[u.eid][2] not in ("GPE", "LOC") for u in run[:-1]):
            # a model's "SE" after a known brand or product ("iPhone SE", "Apple Watch SE"); after a
            # place's name a firm's legal form ("Baltic Rail SE": t13j F18)
            cue = None
        if (
            len(run) == 2
            and run[0].eid < 0
            and run[0].text in _NUMBERED_NOUNS
            and last.eid < 0
            and last.text in _LEGAL_FORMS
            and len(last.text.replace("/", "")) <= 2
            and last.text.replace("/", "").isupper()
        ):
            # "a Grade A/S rating", "Class AB shares": the letters a grade or a class is named
            # by, not a firm's legal form (a firm is named before its form: "Vestby Shipping A/S")
            return
        if cue is None and last.text in _DIRECTIONS and len(run) >= 3 and run[-2].text in _ROAD_KINDS:
            cue = "FAC"  # "Queen Street West", "Bloor Avenue East"
        if cue is None and any(u.eid < 0 and u.text in ("Bros", "Bros.") for u in run[1:]):
            cue = "ORG"  # "Coaker Bros. Transport", "Halden Bros": brothers' firm, whatever its last word
        of_heads = [u for u in run[:-1] if u.eid < 0 and text[u.e : u.e + 4] in (" of ", " for", " on ")]
        of_cue = _of_label(of_heads[0].text) if of_heads else None
        if of_heads and of_heads[0] is run[0] and of_cue == "ORG" and run[0].text == "Friends":
            emit(run[0].s, last.e, "ORG")
            return
        whole = text[run[0].s : last.e]
        if (
            len(run) == 2
            and last.text == "State"
            and (
                (run[0].eid >= 0 and ents[run[0].eid][2] == "GPE")
                or (run[0].eid < 0 and (run[0].text in region_names() or run[0].text in city_names()))
            )
        ):
            emit(run[0].s, last.e, "GPE")  # "Ondo State", "Lagos State": a state named by its place
            return
        if (
            len(run) >= 2
            # (a region whose last words the gazetteer knows alone: "New South Wales", not "Wales")
            and (all(u.eid < 0 for u in run) or whole in region_names())
            # a province ("Hà Giang"), or a city that opens with no given name ("Vasco da Gama",
            # a city too, is a person)
            and (
                whole in region_names()
                or (
                    whole in city_names()
                    and (
                        (run[0].text not in _GIVEN and run[0].text not in given_names())
                        or _CITY_BEFORE.search(text, max(0, run[0].s - 40), run[0].s) is not None
                    )
                )
                # a place named with its article after a place's preposition ("in Le Locle", "fled
                # El Geneina"; heldout20, session 27: a PERSON)
                or (
                    run[0].text in _PLACE_ARTICLES
                    and len(run) == 2
                    and all(u.eid < 0 for u in run)
                    and _ARTICLE_PLACE_BEFORE.search(text, max(0, run[0].s - 40), run[0].s) is not None
                )
            )
        ):
            emit(run[0].s, last.e, "GPE")  # "Thunder Bay", "Cape Coast": a city, whatever its last word
            return
        if cue == "FAC" and len(run) >= 2 and run[-2].text in _INSTITUTION_BEFORE and last.text in ("Center", "Centre"):
            cue = "ORG"  # "Regional Medical Center": a hospital, an institution
        if cue == "FAC" and len(run) >= 2 and run[-2].text in _NATURE_BEFORE and last.text in ("Park", "Reserve"):
            cue = "LOC"  # "Kanangra National Park", "Huon Marine Park": land or sea, not a building
        if (
            len(run) >= 3
            and run[0].eid < 0
            and run[1].eid < 0
            and _PREFIX_CUES.get(run[1].text) == "ORG"
            and run[0].text not in given_names()
            and run[0].text not in _TITLE_MOD
            and not cue
        ):
            emit(run[0].s, last.e, "ORG")  # "Pontificia Universidad Católica del Perú": an adjective first
            return
        if (
            len(run) >= 2
            and run[0].eid < 0
            and run[0].text in _PREFIX_CUES
            and not cue
            and not any(u.text in _STOP_ACRONYMS for u in run[1:])  # "Real GDP"
        ):
            emit(run[0].s, last.e, _PREFIX_CUES[run[0].text])
            return
        if len(run) >= 2 and not cue and "&" in text[run[0].s : last.e]:
            emit(run[0].s, last.e, "ORG")
            return
        if cue in ("FAC", "LOC", "GPE") and 2 <= len(run) <= 3 and all(u.eid < 0 for u in run):
            i = run[0].i
            prev = toks[i - 1][2] if i else ""
            if run[0].text in _GIVEN or (prev.islower() and prev in _LOWER_TITLES):
                emit(run[0].s, last.e, "PERSON")  # "analyst Lena Park": a person, not a park
                return
        if (
            len(run) == 2
            and last.eid < 0
            and last.text in _BROADCAST_ARMS
            and _is_acronym(run[0].text)
            and run[0].text not in _STOP_ACRONYMS
            and text[run[0].e : last.s] == " "
        ):
            emit(run[0].s, last.e, "ORG")  # "CBC News", "BBC Two", "NHK World": a broadcaster's channel or desk
            return
        if len(run) >= 2 and (cue or of_cue):
            if not (
                cue
                and all(u.eid < 0 and _is_acronym(u.text) for u in run[:-1])
                # (but a legal form in capitals ends the firm all written so: "HALDEN FUELS LIMITED")
                and last.text.rstrip(".") not in _SHOUTED_LEGAL_FORMS
                and not _acronym_firm(run, cue)
            ):
                emit(run[0].s, last.e, cue or of_cue or "ORG")
                return
        if len(run) >= 2 and last.eid >= 0 and ents[last.eid][2] == "GPE" and text[run[-2].e : last.s] == " ":
            head = run[:-1]
            known_org = len(head) == 1 and head[0].eid >= 0 and ents[head[0].eid][2] == "ORG"
            acronym = len(head) == 1 and _is_acronym(head[0].text) and head[0].text not in _STOP_ACRONYMS
            kind = all(u.eid < 0 for u in head) and _cue_label(head[-1].text) == "ORG" and len(head) >= 2
            # "Statistics Canada", "Safaricom Ethiopia", "Parks Australia": one unknown word (no
            # given name, title, place or word of position: "Central Europe", "Rural Japan") before a
            # known place names a body or a firm's arm there
            word = head[0].text if len(head) == 1 else ""
            arm = (
                bool(word)
                and head[0].eid < 0
                and not initial[head[0].i]
                and word not in _NOT_ARMS
                # an adjective or a gerund describes the place ("Essential California", "Killing Gaza")
                and not word.endswith(("ing", "al", "ive", "ous", "ful", "less", "ish"))
                and word.lower() not in NUMBER_WORDS  # "— Two Ontario paving firms"
                and word.lower() not in STOP_WORDS
                and word.lower() not in doc_lower
                and word not in given_names()
                and word not in _GIVEN
                and not _is_title(word)[0]
                and _cue_label(word) is None
                and word not in city_names()
                and word not in region_names()
            )
            if known_org or acronym or kind or arm:
                # "NHS England", "Public Health Scotland", "Imperial College London": an
                # organisation's arm or seat named after the place is one name
                emit(run[0].s, last.e, "ORG")
                return
        if (
            len(run) == 2
            and (
                (run[0].eid >= 0 and ents[run[0].eid][2] == "GPE")
                or (run[0].eid < 0 and (run[0].text in city_names() or run[0].text in region_names()))
            )
            and run[1].eid >= 0
            and ents[run[1].eid][2] == "ORG"
            and run[1].text.rsplit(None, 1)[-1] in _SEATED_BODIES
            and text[run[0].e : run[1].s] == " "
        ):
            # "Manhattan Supreme Court", "UK Supreme Court": a court or council of that place
            emit(run[0].s, run[1].e, "ORG")
            return
        # Otherwise: known names stand alone; unknown stretches between them are typed by shape.
        stretch: list[_Unit] = []
        lead = self._lead(text, toks, run[0])
        for u in [*run, None]:
            if u is not None and u.eid < 0:
                stretch.append(u)
                continue
            if stretch:
                self._unknown(text, toks, stretch, initial, doc_lower, emit, singles, lead)
                stretch = []
            if u is not None:
                emit_gaz(u)
            lead = ents[u.eid][2] == "NORP" if u is not None else False

    def _known_word(self, word: str) -> bool:
        """Whether ``word`` alone is a gazetteer name or alias ("Democrats", "Nordic")."""
        node: _Trie | None = self._trie.get(_norm(word))
        return bool(node) and "" in node  # type: ignore[operator]

    def _other_bearer(
        self, before: _Unit, word: str, gaz: tuple[int, int], initial: list[bool], doc_lower: set[str]
    ) -> bool:
        """Whether the gazetteer match ``gaz`` ((token end, entity id)) of the one token ``word``,
        one space after the capitalised word ``before``, is the surname of another person than the
        known one: the known person's surname alone (the last word of their name: "Biden" of "Joe
        Biden") after a known given name that is not theirs ("Hunter Biden", "Jill Biden", "Melania
        Trump"). A given name that is also a common word ("Hunter", "Will") counts at a sentence's
        start only when the article never writes it in lower case ("Will Trump sign it?" stays
        Trump)."""
        j, eid = gaz
        key, _, label = self._ents[eid]
        name = key.partition(":")[2].split()
        if before.eid >= 0 or j != before.j + 1 or label != "PERSON" or len(name) < 2:
            return False
        if word != name[-1] or before.text == name[0] or not _given_word(before.text):
            return False
        return not (initial[before.i] and before.text.lower() in doc_lower)

    def _team(self, text: str, run: list[_Unit]) -> str | None:
        """ "ORG" when ``run`` is a club named by its town and a plural nickname ("Calgary Hitmen",
        "Toronto Maple Leafs"): a known place (a gazetteer GPE, or a city of the city list), then
        one to three unknown capitalised words, one space apart, the last a plural ("-s", "-men")
        that is no kind word ("Heights", "Games", "Accords"), no gazetteer name alone ("Democrats")
        and not shouted; "EVENT" when that plural is a number's, a tournament's format ("Dubai
        Sevens"); else None. Without it the town stood alone and the nickname was dropped or read
        as a person's surname."""
        if run and run[0].eid < 0 and run[0].text in ("The", "THE"):
            run = run[1:]  # "The Saskatoon Blades beat ...": the article stays outside (emit)
        if not run:
            return None
        last = run[-1]
        word = last.text
        if (
            len(run) < 2
            or last.eid >= 0
            or not _TEAM_PLURAL.fullmatch(word)
            or _cue_label(word) is not None
            or _cue_label(word[:-1]) is not None
            or self._known_word(word)
            or self._known_word(word[:-1])
        ):
            return None
        label = "EVENT" if word[:-1].lower() in NUMBER_WORDS else "ORG"  # "Dubai Sevens": a tournament
        if any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run)):
            return None
        for k in range(1, min(len(run), 4)):
            head, nick = run[:k], run[k:]
            if len(nick) > 3 or any(u.eid >= 0 or _is_title(u.text)[0] for u in nick):
                continue
            if k == 1 and head[0].eid >= 0:
                if self._ents[head[0].eid][2] == "GPE":
                    return label
            elif all(u.eid < 0 for u in head) and text[head[0].s : head[-1].e] in city_names():
                return label
        return None

    def _lead(self, text: str, toks: list[tuple[int, int, str]], first: _Unit) -> bool:
        """Whether a country's possessive stands right before a run ("Japan's Kenta Morishita")."""
        i = first.i
        if i < 2 or toks[i - 1][2] not in ("'s", "’s") or toks[i - 1][0] != toks[i - 2][1]:
            return False
        node: _Trie | None = self._trie.get(_norm(toks[i - 2][2]))
        ends: list[tuple[tuple[str, ...], int]] = node.get("", []) if node else []
        return bool(ends) and self._ents[ends[0][1]][2] == "GPE"

    @staticmethod
    def _unknown(
        text: str,
        toks: list[tuple[int, int, str]],
        stretch: list[_Unit],
        initial: list[bool],
        doc_lower: set[str],
        emit: Any,
        singles: list[tuple[int, int, str]],
        lead: bool = False,
    ) -> None:
        """Type a stretch of unknown capitalised words. ``lead``: a nationality or a country's
        possessive stands right before it ("Ethiopian Tesfaye Alemu", "Japan's Kenta Morishita")."""
        words_ = [u.text for u in stretch]
        while words_ and words_[0].replace(".", "") in _STOP_ACRONYMS:
            stretch, words_ = stretch[1:], words_[1:]
        while words_ and words_[-1].replace(".", "") in _STOP_ACRONYMS:
            stretch, words_ = stretch[:-1], words_[:-1]
        if not stretch:
            return
        if (
            stretch[-1].j < len(toks)
            and toks[stretch[-1].j][2] in _NATURE_KIND_AFTER
            and not any(_is_acronym(w) or w in _WEEKDAYS_MONTHS for w in words_)
        ):
            emit(stretch[0].s, stretch[-1].e, "LOC")  # "the Zala river", "the Orvo delta": a river, a landform
            return
        if len(stretch) == 1:
            u = stretch[0]
            w = u.text
            if _is_acronym(w):
                if not re.match(r"-\d", text[u.e : u.e + 2]):  # "EF-2", "SR-71": a grade or a model
                    emit(u.s, u.e, "ORG")
                return
            if w in _WEEKDAYS_MONTHS:
                return
            nxt = toks[u.j][2] if u.j < len(toks) else ""
            after = toks[u.j + 1][2] if u.j + 1 < len(toks) else ""
            if Recognizer._place_cue(text, toks, stretch, initial):
                emit(u.s, u.e, "GPE")
                return
            prev = toks[u.i - 1][2].lower() if u.i else ""
            if prev == "the" and _cue_label(w) == "ORG":
                emit(u.s, u.e, "ORG")  # "the Agency said": a short form of an organisation named before
                return
            if (nxt in _SAY or (nxt == "," and after in _SAY)) and prev != "of" and _cue_label(w) == "ORG":
                return  # "Police said", "Hospitals said": a body by its kind word alone, no name
            if _apposed_person(toks, u.j) and w.lower() not in _COMMON and _cue_label(w) != "ORG":
                emit(u.s, u.e, "PERSON")  # "Ueda, the harbour master, said": a person's job in commas
                return
            if (nxt in _SAY or (nxt == "," and after in _SAY)) and _group_of_people(text, w):
                return  # "… (AP) - Women said", '"…," Engineers said': a group of people, no name (t13m F1)
            if nxt in _SAY or (nxt == "," and after in _SAY):
                # "the Inspector General of Police said", "Marcus Tan of Bernstein said", "the chairman
                # of X said": the body the speaker (a title, a job or a name) is of, no person; but
                # "a cousin of X said", "the mother of X said": a relative's X is a person
                speaker = toks[u.i - 2][2] if prev == "of" and u.i >= 2 else ""
                body = (speaker[:1].isupper() or speaker in _LOWER_TITLES) and (
                    speaker.lower() not in _KIN and speaker.lower() not in _PERSON_NOUNS
                )
                emit(u.s, u.e, "ORG" if body else "PERSON")
                return
            if (
                prev == "named"
                and u.i >= 2
                and (toks[u.i - 2][2] in _PERSON_NOUNS or toks[u.i - 2][2] in _LOWER_TITLES)
            ):
                emit(u.s, u.e, "PERSON")  # "belonged to a man named Khaemwaset": one name, as "a man named X Y"
                return
            if (
                prev == ","
                and nxt == ","
                and u.i >= 2
                and toks[u.i - 2][2] in _PERSON_APPOSITION
                and w.lower() not in _COMMON
            ):
                emit(u.s, u.e, "PERSON")  # "giving the narrator, Morag, three bodies"
                return
            if not initial[u.i] and w.lower() not in _COMMON and (prev in _LOWER_TITLES or prev in _KIN):
                if toks[u.i - 1][2].islower():
                    emit(u.s, u.e, "PERSON")  # "coach Hakan", "her daughter Lucía": a first name
                    return
            singles.append((u.s, u.e, w))
            return
        joins = [text[a.e : b.s].strip() for a, b in zip(stretch, stretch[1:], strict=False)]
        if (
            len(stretch) <= 5
            and any(j in ("bin", "bint", "ibn") for j in joins)
            and not any(_cue_label(w) for w in words_)
        ):
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Faisal bin Hamad Al Busaidi": a patronymic
            return
        if (
            len(stretch) == 2
            and _GAELIC_SURNAME.fullmatch(words_[1])
            and not _cue_label(words_[0])
            and not _is_title(words_[0])[0]
        ):
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Sorley MacLean": a surname by its shape
            return
        if len(stretch) == 2 and words_[0].lower() in _NAME_PARTICLES and joins[0] in _NAME_PARTICLES:
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Van der Linden", "De la Puente"
            return
        if len(stretch) == 2 and any(u.syllabic for u in stretch) and all(_syllable(w.split("-")[0]) for w in words_):
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Bae Dong-hyun", "Min-jun Park"
            return
        if (
            len(stretch) == 2
            and all(u.eid < 0 for u in stretch)
            and joins[0] == ""
            and (
                _given_word(words_[0])
                # a given name that is a word ("Will TANGEN", "Even HUSBY"): a name where no
                # sentence's start capitalises it, or where it speaks (t13j F17)
                or (
                    _word_given(words_[0])
                    and (not initial[stretch[0].i] or _SPEECH_AFTER.match(text, stretch[-1].e) is not None)
                )
            )
            and not words_[0].isupper()
            and _shouted_surname(words_[1])
            and words_[1] not in _STOP_ACRONYMS
            and words_[1].lower() not in doc_lower
        ):
            # "The mayor, Trine HOLMEN, visited": a surname in capitals after a given name, as
            # some outlets and official lists write it; keyed as prose writes it (t13i F10)
            emit(stretch[0].s, stretch[-1].e, "PERSON")
            return
        if len(stretch) == 2 and joins[0] == "" and _shouted_person(text, toks, stretch, doc_lower):
            # "Later EVEN HAUGLAND spoke", "heard from MAY OSEN, who chairs": a person's name fully
            # in capitals inside prose, keyed as prose writes it (t13k F4: an ORG "EVEN", "MAY")
            emit(stretch[0].s, stretch[-1].e, "PERSON", written=title_cased(" ".join(words_)))
            return
        if len(stretch) == 2 and joins[0] == "" and _word_given_inside(text, toks, stretch, initial, doc_lower):
            # "thanked Even Husby on Sunday", "met May Strand": a given name that is a word, inside
            # a sentence after a word in lower case (t13j F17/F19)
            emit(stretch[0].s, stretch[-1].e, "PERSON")
            return
        if any(_is_acronym(w) or w.lower() in _COMMON or _is_title(w)[0] for w in words_):
            for u in stretch:
                if _is_acronym(u.text) and u.text.replace(".", "") not in _STOP_ACRONYMS:
                    emit(u.s, u.e, "ORG")
                else:
                    singles.append((u.s, u.e, u.text))
            return
        if any(w in _WEEKDAYS_MONTHS for w in words_):
            return
        if stretch[-1].j < len(toks) and toks[stretch[-1].j][2] in _PLACE_KIND_AFTER:
            emit(stretch[0].s, stretch[-1].e, "GPE")  # "Quang Ninh province": before any given name
            return
        if len(stretch) <= 3 and Recognizer._site_cue(toks, stretch, initial):
            emit(stretch[0].s, stretch[-1].e, "GPE")  # "boats at Salybia", "west of Cap Gris-Nez": before a given name
            return
        if len(stretch) >= 2 and _modal_question(text, toks, stretch, initial):
            # "Will Lyng resign?": the modal opening a question, the name after it on its own
            # (t13k F13: a PERSON "Will Lyng")
            Recognizer._unknown(text, toks, stretch[1:], initial, doc_lower, emit, singles, lead)
            return
        if (
            len(stretch) <= 3
            and (
                words_[0] in _GIVEN
                or words_[0] in _FAMILY_FIRST
                or words_[0] in _GIVEN_COMMON
                # A given name of any language before a surname ("Agata Kowalczyk"), unless the
                # article also writes it as a word ("Summer Palace" beside "last summer").
                or (
                    len(stretch) >= 2
                    and words_[0] in given_names()
                    and words_[0].lower() not in doc_lower
                    and not any(_cue_label(w) for w in words_[1:])  # "Trinity College" is no person
                )
            )
        ):
            emit(stretch[0].s, stretch[-1].e, "PERSON")
        elif (
            4 <= len(stretch) <= 5
            and (words_[0] in given_names() or words_[0] in _GIVEN or words_[0] in _FAMILY_FIRST)
            and words_[0].lower() not in doc_lower
            # a second given name ("Juan Ignacio Pérez Aldao") or a surname's particle ("Raimundo
            # Nonato dos Santos Barreto"): a person named in full, not a firm of four words
            and (words_[1] in given_names() or words_[1] in _GIVEN or any(j in _NAME_PARTICLES for j in joins))
            and not any(_cue_label(w) or w in _WEEKDAYS_MONTHS for w in words_)
        ):
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # a person's full name of four or five words
        elif Recognizer._place_cue(text, toks, stretch, initial):
            emit(stretch[0].s, stretch[-1].e, "GPE")
        elif len(stretch) == 2 and all(u.eid < 0 for u in stretch) and _family_firm(text, words_):
            # "Falkum Entreprenør said it ..." beside "Falkum said she ...": a firm named after a
            # family the article names a person of (t13j F2; was a person taking her words)
            emit(stretch[0].s, stretch[-1].e, "ORG")
        elif len(stretch) <= 3 and Recognizer._person_cue(toks, stretch, words_, weak=True):
            emit(stretch[0].s, stretch[-1].e, "PERSON")
        elif lead and len(stretch) == 2 and not initial[stretch[0].i] and not any(_cue_label(w) for w in words_):
            emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Ethiopian Tesfaye Alemu"
        else:
            for u in stretch:
                singles.append((u.s, u.e, u.text))

    @staticmethod
    def _person_cue(
        toks: list[tuple[int, int, str]], stretch: list[_Unit], words_: list[str], weak: bool = False
    ) -> bool:
        """Evidence that an unknown name is a person: a known given name, a speech verb or "by"
        next to it, or an apposition ("Name, a researcher"). ``weak`` allows the apposition
        and reporting-credit cues only."""
        i, j = stretch[0].i, stretch[-1].j
        prev = toks[i - 1][2].lower() if i else ""
        nxt = toks[j][2] if j < len(toks) else ""
        after = toks[j + 1][2] if j + 1 < len(toks) else ""
        if not weak and (words_[0] in _GIVEN or words_[0] in _FAMILY_FIRST):
            return True
        if prev in _SAY or nxt in _SAY or (nxt == "," and after in _SAY):
            return True
        if prev == "by" or (nxt == "," and (after in _APPOSITION or after.isdigit())):
            return True
        if prev in ("to", "with") and i >= 2 and toks[i - 2][2] in SPOKE_TO and len(stretch) >= 2:
            return True  # "She spoke to Hodan Warsame of the Review", "talking with Ines Maro"
        if nxt == "," and after == "the" and j + 2 < len(toks) and toks[j + 2][2] in _LOWER_TITLES:
            return True  # "Will Carrow, the director, said"
        if (prev in _LOWER_TITLES or prev in _KIN) and i and toks[i - 1][2].islower():
            return True
        if prev in ("designate", "elect") and i >= 2 and toks[i - 2][2] == "-":
            return True  # "Chancellor-designate Friedrich Albrecht", "President-elect Talia Brenner"
        if (
            prev == ","
            and nxt == ","
            and i >= 2
            and (toks[i - 2][2] in _LOWER_TITLES or toks[i - 2][2] in _KIN or toks[i - 2][2] in _PERSON_APPOSITION)
        ):
            return True  # "Its founder, Cody Brandt, watched", "His wife, Ines Maro, runs"
        if prev == "," and nxt in (",", ".") and len(stretch) >= 2 and Recognizer._role_before(toks, i - 1):
            return True  # "the mayor of Oiapoque, Edvaldo Picanço,", "The MP for the constituency, X,"
        if prev == "named" and i >= 2 and (toks[i - 2][2] in _LOWER_TITLES or toks[i - 2][2] in _PERSON_NOUNS):
            return True  # "a shop owner named Tavi Renko", "a man named Oru Bello"
        return False

    @staticmethod
    def _role_before(toks: list[tuple[int, int, str]], comma: int) -> bool:
        """Whether the clause before the comma at ``comma`` is a role with its determiner and what
        it is of or for: "the mayor of Oiapoque", "The MP for the constituency", "its chief
        executive at the time" (at most eight words back, no other punctuation)."""
        k = comma - 1
        seen_title = False
        for _ in range(8):
            if k < 0:
                return False
            w = toks[k][2]
            if not any(ch.isalnum() for ch in w):
                return False
            low = w.lower()
            if seen_title and low in ("the", "its", "his", "her", "their", "our"):
                return True
            seen_title = seen_title or low in _LOWER_TITLES
            k -= 1
        return False

    @staticmethod
    def _site_cue(toks: list[tuple[int, int, str]], stretch: list[_Unit], initial: list[bool]) -> bool:
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
            if len(stretch) == 1 or not (first in _GIVEN or first in _GIVEN_COMMON or first in given_names()):
                return True
            distance = i >= 3 and UNITS.get(toks[i - 3][2].lower()) in _LENGTHS
            return distance or nxt in _PLACE_OF or nxt in _PLACE_KIND_AFTER
        return (
            j + 2 < len(toks) and toks[j][2] == "and" and toks[j + 1][2] in _NEARBY and toks[j + 2][2] in _PLACE_PLURALS
        )

    @staticmethod
    def _place_cue(text: str, toks: list[tuple[int, int, str]], stretch: list[_Unit], initial: list[bool]) -> bool:
        """Evidence that an unknown name is a place: "in X", "near X", "X-based", a city of the
        world (GeoNames) written mid-sentence ("crews from Leeds")."""
        i, j = stretch[0].i, stretch[-1].j
        name = text[stretch[0].s : stretch[-1].e]
        possessed = i > 0 and toks[i - 1][2] in ("'", "’", "'s", "’s")  # "the Cyclists' Union": a name's word
        if (
            not initial[i]
            and not possessed
            and name.lower() not in _COMMON
            and (name in city_names() or name in region_names())
        ):
            return True  # a city, or a state, province or county ("Nebraska", "Jharkhand")
        if j + 1 < len(toks) and toks[j][2] == "-" and toks[j + 1][2].lower() == "based":
            return True
        if j < len(toks) and toks[j][2] in _PLACE_KIND_AFTER:
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
        if prev == "of" and before == "," and i >= 3 and toks[i - 3][2].isdigit():
            return True  # "Gareth Pryce, 58, of Penarth": where a person named with an age lives
        legal = toks[i - 3][2] if before == "." and i >= 3 else before
        if prev == "of" and legal in _LEGAL_FORMS and i >= 3:
            return True  # "Halden Peripherals Ltd of Reading", "Trillium Asphalt Ltd. of Vaughan"
        if (prev == "to" and before.lower() in _MOTION) or (prev == "from" and before.lower() in _TRAVEL_FROM):
            return True  # "flew to Halvik", "retired to Tadcaster", "flies from Lorne", "fled from Ardmoy"
        if prev in ("to", "from") and before.lower() in _TRANSPORT:
            return True  # "the six-hour trip to Pakbeng", "the last bus from Ardmoy"
        nxt = toks[j][2] if j < len(toks) else ""
        if prev == "of" and before.lower() in _PLACE_OF and len(stretch) <= 3 and nxt not in ("'s", "’s"):
            return True  # "the district headquarters of Tolamba" (not "of Yoon's party")
        if prev.lower() in _REACH or (prev == "into" and before.lower() in _REACH):
            return True  # "I reached Pakbeng", "crossed into Laos"
        if prev == "to" and (m := _FROM_TO.search(text, max(0, toks[i - 1][0] - 80), toks[i - 1][0] + 3)):
            if m.group("go") in _MOTION or m.group("go") in _TRANSPORT:
                return True  # "flies daily from Hanoi to Sơn La" (not "switching from XEmacs to ...")
        if prev == "from" and (before in _LOWER_TITLES or before in _PERSON_NOUNS or before in _PEOPLE_FROM):
            return True  # "a teacher from Kampung Bongol", "commuters from Franche-Comté"
        if prev in ("and", "or") and (before in city_names() or before in region_names()) and len(stretch) == 1:
            return True  # "from Leeds and Hull": a place coordinated with a known city
        return prev in _PLACE_BEFORE or Recognizer._site_cue(toks, stretch, initial)

    # -- short forms --------------------------------------------------------------------------

    def _short_forms(
        self,
        text: str,
        chosen: list[_Cand],
        singles: list[tuple[int, int, str]],
        doc_lower: set[str],
        heads: Sequence[tuple[int, int, bool]] = (),
    ) -> list[_Cand]:
        """Resolve "Li" after "Li Qiang" and "Premier Li" to the full name seen in the article."""
        firms = firm_heads((key for _, _, _, key in chosen), _given_first)
        if firms:
            # "Kestrel Hydro said" after "Kestrel Hydro Holdings": the firm, not a person
            chosen = [(s, e, "ORG", firms[key]) if key in firms else (s, e, lb, key) for s, e, lb, key in chosen]
        shorts: dict[str, str] = {}
        first_names: dict[str, str] = {}
        single: dict[str, str] = {}
        # Any other word of a full name written alone is that person too, whatever the naming
        # order ("Ong" after "Ong Kah Seng", "Ruiz" after "Brayan Stiven Ruiz Cárdenas", "Meron"
        # after "Meron Tesfaye"), unless two people of the article share it or the article uses
        # it as a word.
        parts_of: dict[str, set[str]] = {}
        surnames: dict[str, set[str]] = {}  # the last word of each full name: the people it names
        places = {text[s:e] for s, e, label, _ in chosen if label == "GPE" and " " not in text[s:e]}
        bodies: set[str] = set()
        # where each person is named in full, by the given name and the surname written there
        bearers: dict[str, list[tuple[int, str]]] = {}
        for s, e, label, key in chosen:
            if label != "PERSON":
                continue
            name = key.split(":", 1)[1]
            parts = name.split()
            written = text[s:e].split()
            if len(parts) >= 2 and len(written) >= 2:
                for word in {parts[-1], parts[0]} if _given_first(parts[0]) else {parts[-1]}:
                    bearers.setdefault(word, []).append((s, key))
            if (
                len(parts) == 2
                and parts[1] in places
                and not _given_first(parts[0])
                and not cued_anywhere(text, parts[1])
            ):
                # "Greenwatch Portmere said": no given name before a word the article names a
                # place by ("PORTMERE (DW) -", "in Portmere") is a body of that place, as "Safaricom
                # Ethiopia" is; the place written alone stays the place (but a word the article
                # uses alone as a person's, "Eide, who led", "Eide said", is the person's surname)
                bodies.add(key)
                continue
            if _firm_shaped(parts):
                # "Halvik Shipping Yards said": a firm named by its trade, not a person whose
                # words alone ("Shipping", "Yards") would each be that person
                bodies.add(key)
                continue
            for short in self._shorts.get(key, ()):
                shorts.setdefault(short, key)
            if len(parts) >= 2 and text[s:e] == name:
                for part in parts:
                    if len(part) > 2 and part[:1].isupper() and not part.isupper() and part.lower() not in _COMMON:
                        parts_of.setdefault(part, set()).add(key)
            if len(parts) >= 2:
                shorts.setdefault(parts[-1], key)
                surnames.setdefault(parts[-1], set()).add(key)
                if parts[0] in given_names() or parts[0] in _GIVEN:
                    first_names.setdefault(parts[0], key)  # "Emre" after "Emre Kaya"
                if parts[0] in _FAMILY_FIRST or (len(parts) == 2 and _SYLLABIC_GIVEN.fullmatch(parts[1])):
                    shorts.setdefault(parts[0], key)  # "Bae" after "Bae Dong-hyun": the family name
                if (
                    len(parts) == 3
                    and (parts[0] in given_names() or parts[0] in _GIVEN)
                    and parts[1] not in given_names()
                    and parts[1] not in _GIVEN
                    and parts[1][:1].isupper()
                ):
                    shorts.setdefault(parts[1], key)  # "Céspedes" after "Álvaro Céspedes Villanueva"
            elif text[s:e] == name and name.lower() not in _COMMON:
                single.setdefault(name, key)  # "Morag" again, once a rule typed it a person
        for name, key in first_names.items():
            shorts.setdefault(name, key)  # a surname wins over a first name
        for name, key in single.items():
            shorts.setdefault(name, key)
        lowered = {w.lower() for w in doc_lower}  # (doc_lower: _LOWER_WORD's words of the text)
        person_spans = [(s, e) for s, e, label, _ in chosen if label == "PERSON"]
        part_keys = {
            part: next(iter(keys))
            for part, keys in parts_of.items()
            if len(keys) == 1
            and part.lower() not in lowered
            and self.canonical(part) is None
            and not _in_other_names(text, part, person_spans, next(iter(keys)).split(":", 1)[1].split())
        }
        base = set(shorts)  # the short forms of before: surnames, given names, gazetteer shorts
        for part, key in part_keys.items():
            shorts.setdefault(part, key)
        out = []
        if bodies:
            chosen = [
                (s, e, "ORG", entity_key("ORG", key.split(":", 1)[1]))
                if label == "PERSON" and key in bodies
                else (s, e, label, key)
                for s, e, label, key in chosen
            ]
        if not shorts:
            return chosen
        shared = {w: at for w, at in bearers.items() if len({k for _, k in at}) >= 2}
        for s, e, label, key in chosen:
            if label == "PERSON" and " " not in key and key.split(":", 1)[1] in shared:
                key = _nearest_bearer(text, s, shared[key.split(":", 1)[1]]) or key
            elif label == "PERSON" and " " not in key and key.split(":", 1)[1] in shorts:
                key = shorts[key.split(":", 1)[1]]
            elif label == "ORG" and key == f"ORG:{text[s:e]}" and text[s:e] in part_keys:
                # "owned by Otgonbayar and his brother": a relation typed the word an organisation,
                # but the article names a person by it ("Ganbold Otgonbayar told reporters")
                label, key = "PERSON", part_keys[text[s:e]]
            elif (
                label == "GPE"
                and len(surnames.get(text[s:e], ())) == 1
                and self.canonical(text[s:e]) is None
                and not _TOWN_BEFORE.search(text, max(0, s - 8), s)
            ):
                # "Castillejos's camp" after "Mayor Rodolfo Castillejos": the surname of the
                # article's one person of that name, though a town of the city list bears it
                # (never a gazetteer place, nor after "in", "from", "near").
                label, key = "PERSON", next(iter(surnames[text[s:e]]))
            out.append((s, e, label, key))
        taken = [(s, e) for s, e, _, _ in out]
        starts = [s for s, _ in taken]
        for s, e, w in singles:
            if w in shared:
                # a person still ("the younger Santangelo's phone", "the Marchetti family"), of
                # the bearers the one a reader takes, else unresolved: the word alone
                alias: str | None = _nearest_bearer(text, s, shared[w]) or entity_key("PERSON", w)
            else:
                alias = shorts.get(w)
            if alias is None or _other_surname_after(text, e, w, alias) or _other_given_before(text, s, w, alias):
                continue
            if w not in base and any(a <= s < b for a, b, _ in heads):
                continue  # a word of a name in a headline's capitals says nothing ("Summer Reading")
            k = bisect_left(starts, s)
            if (k < len(taken) and taken[k][0] < e) or (k and taken[k - 1][1] > s):
                continue
            out.append((s, e, "PERSON", alias))
        out.sort()
        return out


# The end of a sentence or a paragraph between two full names
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")


def _nearest_bearer(text: str, pos: int, named: list[tuple[int, str]]) -> str | None:
    """The person a given name or surname written alone at ``pos`` refers to, when the article
    names two people or more in full by it (``named``: where each full mention starts, and its
    person's key): the one named in full last before it. A reader takes a lone "Anna" after "Anna
    Berg ... Anna Lunde ..." as the person just introduced (the writer would say otherwise), never
    as the first named. None when no reader could tell: two of them last named in one sentence
    ("Anna Berg and Anna Lunde met. Anna said"), or none named before it."""
    before = sorted((s, k) for s, k in named if s < pos)
    if not before:
        return None
    last_at, last = before[-1]
    others = [s for s, k in before if k != last]
    if others and _SENTENCE_BREAK.search(text, others[-1], last_at) is None:
        return None
    return last


# The shape of an English noun naming a field of activity ("Planning", "Development",
# "Urbanisation", "Infrastructure", "Forestry"): never a firm's made-up name.
_FIELD_SHAPE = re.compile(r"(?:ing|ment|tion|sion|ance|ence|ity|ure|ness|ism|ics|ogy|try|ery)$")
# Shapes of fields that also end other words ("Heritage Foods", a firm; "Maritime"): a field only
# in a public body's or a utility's name, beside another field or an organisation's kind word
# ("Water and Sewerage Company", "the Maritime and Coastguard Agency"), never two firms ("Hatsun
# Agro and Heritage Foods").
_WEAK_FIELD_SHAPE = re.compile(r"(?:age|ime)$")
# Kind words of a public body or a utility, not of a trade ("Foods", "Motors" name firms).
_BODY_WORDS = frozenset(
    "Company Corporation Agency Authority Board Commission Council Department Ministry Service Trust "
    "Association Institute Office Directorate".split()
)


# A word that puts a place after it ("in Lincoln", "from Hudson"): a surname there is the town.
# The kind of place an apposition names: "Brackwater, a town of 9,000 people" (_place_cue).
_PLACE_NOUNS = frozenset(
    """town village city port suburb hamlet county municipality commune parish settlement island""".split()
)
_PLACE_NOUN_ENDS = frozenset("of in on near outside with that where whose which north south east west".split())
_TOWN_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|outside|across|around|into|via)\s+$", re.I)


_COPYRIGHT = frozenset({"Copyright", "COPYRIGHT"})


def _acronym_firm(run: list[_Unit], cue: str | None) -> bool:
    """Whether ``run`` is a firm's acronym and one trade word of its own written in lower case
    after a capital ("EDP Distribuição", "KGHM Energia", "TAP Transportes"): the firm's arm, one
    name (s28-e, t13n F24: the acronym alone was the ORG)."""
    return (
        cue == "ORG"
        and len(run) == 2
        and run[0].eid < 0
        and len(run[0].text) >= 3
        and run[0].text.isalpha()
        and run[0].text not in _STOP_ACRONYMS
        and run[1].text[1:].islower()
    )


def _copyright_notice(text: str, run: list[_Unit], initial: list[bool]) -> bool:
    """Whether the first word of ``run`` (two words or more) is a copyright notice's
    "Copyright": at a sentence's or line's start or after "©" / "(c)", before the holder's name,
    not before a body's last word alone ("Copyright Office said", "Copyright Tribunal")."""
    if run[0].text not in _COPYRIGHT:
        return False
    if len(run) == 2 and _cue_label(run[1].text) == "ORG" and not legal_form(run[1].text):
        return False
    before = text[max(0, run[0].s - 5) : run[0].s].rstrip()
    return initial[run[0].i] or before.endswith(("©", "(c)", "(C)"))


def _headline_firm(
    text: str, run: list[_Unit], initial: list[bool], doc_lower: set[str] | frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The span of a firm's name that a run of a line with every word capitalised (a headline, a
    footer) is: words unknown to the gazetteer, one space apart, ending in a legal form as firms
    write it ("Nordlys Kringkasting AS", "Baltic Rail SE"), after a copyright notice's word if any
    (:func:`_copyright_notice`); else None. The form is evidence the capitals of such a line are
    not."""
    while len(run) >= 2 and run[0].eid < 0 and _copyright_notice(text, run, initial):
        run = run[1:]
    while len(run) >= 2 and _loud(run[0].text) and not legal_form(run[0].text):
        run = run[1:]  # "SOURCE Mtsvane Estates JSC": a label in capitals before the firm
    tail = next(
        (
            k
            for k in range(len(run) - 1, 1, -1)
            if legal_form(run[k - 1].text.rstrip(".,"))
            and all(_loud(u.text) and u.eid < 0 for u in run[k:])
            and _shouted_verb(run[k].text, doc_lower)
        ),
        0,
    )
    if tail and not _loud(run[0].text):
        # "Vela Kabel AS HALTS OUTPUT": a headline's verb and words in capitals after the form
        # end the firm there, and name nothing
        run = run[:tail]
    elif not _loud(run[0].text):
        # "McAteer and Quinn Ltd Fined Over Crane Collapse": the last legal form ends the firm,
        # the headline's words go on after it
        last = max((k for k, u in enumerate(run) if k and legal_form(u.text.rstrip(".,"))), default=0)
        run = run[: last + 1] if last else run
    if len(run) < 2 or not legal_form(run[-1].text.rstrip(".,")) or run[-1].text[:1].islower():
        return None
    if any(u.eid >= 0 or legal_form(u.text) for u in run[:-1]):
        return None
    if any(text[a.e : b.s] not in _HEADLINE_FIRM_JOINS for a, b in zip(run, run[1:], strict=False)):
        return None
    return run[0].s, run[-1].e


# What may stand between a headline firm's words: a space, or a partners' "and" ("McAteer and
# Quinn Ltd", "Szabó és Társa Zrt"; the run holds one only where they are one firm's).
_HEADLINE_FIRM_JOINS = frozenset({" ", " & "} | {f" {c} " for c in PARTNER_CONJUNCTIONS})


def _initial_job(run: list[_Unit]) -> bool:
    """Whether a run of capitals at a sentence's start opens with a job or kinship word that
    describes the person named after it ("Striker Emre Kaya", "Widow Doreen", "Fisherman Olav
    Brekke"). A job word that is also a name ("Baker", "Mason", "Hunter": a given name or a
    surname) is one only before a full name, a given name and more ("Baker Ingrid Sorvaag"):
    "Baker Hughes" and "Baker said" stay names."""
    first = run[0].text
    low = first.lower()
    if len(run) < 2 or not (low in _LOWER_TITLES or (low in _KIN and low != "son")):
        return False
    if first in given_names() or first in _GIVEN:
        nxt = run[1].text
        return len(run) >= 3 and run[1].eid < 0 and (nxt in given_names() or nxt in _GIVEN)
    return True


def _other_bearers_surname(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with a person's surname alone keyed as the one other person of that surname
    the article names in full when the person it is keyed as (a known person: the gazetteer's
    "Biden" is Joe Biden) is never named in full there: "Hunter Biden said ... Biden added" is
    Hunter Biden. Two such people named in full, or the known person too: left as it is."""
    holders: dict[str, set[str]] = {}
    in_full: set[str] = set()
    for s, e, label, key in chosen:
        words = key.partition(":")[2].split()
        if label == "PERSON" and len(words) >= 2:
            holders.setdefault(words[-1], set()).add(key)
            if len(text[s:e].split()) >= 2:
                in_full.add(key)
    if not holders:
        return chosen
    out = []
    for c in chosen:
        s, e, label, key = c
        word = text[s:e]
        if label == "PERSON" and key not in in_full and key.partition(":")[2] != word:
            others = holders.get(word, set()) - {key}
            if len(others) == 1 and others <= in_full:
                c = (s, e, label, next(iter(others)))
        out.append(c)
    return out


def _job_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a job word or its plural
    (:func:`~waic_reader.index.analysis.entities.lexicons.job_word`), or a scientist's field word
    ("Hydrologist", "Seismologist": any "-ologist")."""
    low = word.lower()
    return job_word(word) or (low.endswith("ologist") and len(low) > len("ologist"))


# Endings of nouns naming a person by what they do, the lexicon's job words' own ("Operator",
# "Guard", "Storeman", "Geochemist", "Attendant", "Agent", "Electrician", "Sommelier", "Chauffeur"):
# a job word the lexicon may lack, and only right before a given name and a surname.
_JOB_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ard", "man", "eur", "smith", "wright")
# Job words of the lexicon that end a compound job word ("Stonemason", "Tourguide", "Sheepfarmer"
# has an ending already): those of five letters or more the endings above miss.
_COMPOUND_JOBS = tuple(sorted(w for w in _LOWER_TITLES if len(w) >= 5 and not w.endswith(_JOB_ENDINGS)))
_JOB_TAILS = _JOB_ENDINGS + _COMPOUND_JOBS


def _job_shaped(word: str) -> bool:
    """Whether a capitalised ``word`` (or its plural: "Operators", "Storemen") has a job word's
    ending (:data:`_JOB_ENDINGS`; no "-ment") or ends in a job word of the lexicon
    (:data:`_COMPOUND_JOBS`: "Stonemason"), is written as a common noun is (a capital, then lower
    case), and is no month ("September"), common word ("Other"), town ("Denver") nor kind word of
    a place or a building ("Center", "Tower"). Whether it is a name too ("Javier", "Porter") is the
    caller's (:func:`_described_name`)."""
    low = word.lower()
    if low.endswith("men"):
        low = low[:-3] + "man"  # "Storemen"
    elif low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]  # "Operators", "Guards"
    return (
        low.endswith(_JOB_TAILS)
        and not low.endswith("ment")  # "Payment", "Settlement": a thing, never a person
        and len(low) > 4
        and word[1:].islower()
        # a common word ("Other", "Under") or a town ("Denver", "Manchester") describes no one by
        # their work
        and low not in _COMMON
        and low not in STOP_WORDS
        and word not in city_names()
        and word not in region_names()
        and word not in _WEEKDAYS_MONTHS
        # a kind word of a place, a building, a law or an event ends a name ("Center", "Tower",
        # "Charter"); an organisation's may be a job too ("Guard": "Security Guard Will Hansen")
        and _cue_label(word) in (None, "ORG")
    )


def _unlisted_given(given: str, surname: str, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``given`` and ``surname`` after a job word are a given name the name lists leave out
    and a surname, by their shape: "Engineer Per Rosvoll", "Watchman Even Kolstø", "Guard Will
    Berge" (given names that are also English words, "per", "even", "will"). Both words capitalised
    letters, the surname no word the text writes in lower case ("Nurse Practitioner Program") nor
    a common word ("Engineer Even More"), the given name no kind word nor number ("May", a month
    too, is a given name there: "Forklift Operator May Lund")."""
    return (
        _NAME_SHAPED.fullmatch(given) is not None
        # a surname as prose writes it, or in capitals as lists do ("Train Driver Even HUSBY")
        and (_NAME_SHAPED.fullmatch(surname) is not None or _shouted_surname(surname))
        and len(given) >= 3  # "Reader Pg Hairul": two letters are an abbreviation ("Pg", "Dr", "St")
        and surname.lower() not in doc_lower
        and surname.lower() not in _COMMON
        and _cue_label(given) is None
        and given.lower() not in NUMBER_WORDS
    )


_NAME_SHAPED = re.compile(rf"{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?")


def _job_before_name(text: str, run: list[_Unit], doc_lower: set[str] | frozenset[str] = frozenset()) -> int | None:
    """The index in ``run`` of the last word of a job phrase that the run's last two words, a given
    name and a surname, follow (:func:`_described_name`): "Boiler Operator Tor Grimstad", "Security
    Guard Linn Dahle", "Icelandic Geochemist Per Hallsson", "Night Porter Even Stokke" (index 1 in
    each); else None. The words before the given name describe the person, no part of the name
    (the caller keeps a gazetteer name among them, "Icelandic", on its own). The three words are
    unknown to the gazetteer and one space apart, the word before them (if any) one space before
    ("Salim bin Nasser Al Harthy", "Minister for Health X Y": a name's or a title's joins), and the
    surname no title nor kind word ("Driver Anne Systems"). ``doc_lower``: the words the article
    writes in lower case."""
    if len(run) < 3:
        return None
    k = len(run) - 3
    job, given, surname = run[k:]
    if (
        job.eid >= 0
        or given.eid >= 0
        or surname.eid >= 0
        or _is_title(given.text)[0]
        or _is_title(surname.text)[0]
        or _cue_label(surname.text) is not None
        or text[job.e : given.s] != " "
        or text[given.e : surname.s] != " "
        or (k and text[run[k - 1].e : job.s] != " ")
    ):
        return None
    prev = run[k - 1].text if k else ""
    # the word before the run's first: a title or job there ("president Edem Kwasi Dzokoto")
    # holds the title slot already
    before = _WORD_BEFORE.search(text, max(0, run[0].s - 40), run[0].s)
    lead = before.group(1) if before is not None else ""
    known = bool(k) and run[k - 1].eid >= 0
    return k if _described_name(prev, job.text, given.text, surname.text, doc_lower, lead, known) else None


# A title word, then a connector in a headline's capital ("Head Of Security", "Minister For
# Health"), then a capitalised word
_TITLE_CONNECTOR = re.compile(rf"(?<![\w'’-])({CAP}[\w'’-]*) (Of|For) (?={CAP})")


def _headline_connectors(text: str) -> str:
    """``text`` with a connector that a headline's case capitalises after a title word written in
    lower case, as prose writes it: "Head Of Security Per Skaar", "Chief Of Staff Will Berge" read
    as "Head of Security Per Skaar" (a department, then the person), "Minister For Health" as
    "Minister for Health". Same length and offsets as ``text``; other capital "Of"s stay ("Bank Of
    America": no title word before)."""
    if " Of " not in text and " For " not in text:
        return text
    chars = list(text)
    for m in _TITLE_CONNECTOR.finditer(text):
        if _is_title(m.group(1))[0]:
            chars[m.start(2)] = chars[m.start(2)].lower()
    return "".join(chars)


def _described_name(
    prev: str,
    job: str,
    given: str,
    surname: str,
    doc_lower: set[str] | frozenset[str],
    lead: str = "",
    prev_known: bool = False,
) -> bool:
    """Whether the capitalised words ``job``, ``given``, ``surname`` are the last word of a job
    phrase and a person's given name and surname ("Operator Tor Grimstad"); ``prev``: the word of
    the phrase before ``job`` ("Boiler"), or "". One rule, by evidence on each side:

    - the job word: a job word of the lexicon or its plural (:func:`_job_word`), or a word with a
      job word's ending (:func:`_job_shaped`: "Operator", "Guard", "Storeman", "Stonemason"), or
      else a plain capitalised word that is no name the lists know (:func:`_plain_describer`:
      "Boatswain", "Stevedore", "Coxswain": a job the lexicon lacks and no ending shows) before a
      given name and a surname that are no two given names;
    - the given name: a given name the lists know; after a job word of the lexicon, any pair of a
      name's shape (:func:`_unlisted_given`: "Engineer Per Rosvoll", "Diver Trygve Aas"); after
      any other job word, a given name the lists leave out as an English word
      (:func:`_word_given`: "Operator Per Rød", "Guard Will Berge", "Steward Even Moen",
      "Boatswain Even Kvam"), not any word ("Border Security Command", "Hyper Light Drifter",
      "Laser Guided Bombs" are no person).

    A job word that is also a name ("Baker", "Porter", "Steward"; "Javier", "Peter" have a job
    word's ending) is one before a given name the lists know when the lexicon has it ("Baker
    Ingrid Sorvaag"), or when the article writes it in lower case, or after a word of the job
    phrase that is no title or job itself ("Night Porter Even Stokke", "Ship Steward Even Moen"),
    or after a title's modifier that wants a head noun ("Chief Steward Liv Aasen", "Head Porter
    Per Dahl"): "Baker Hughes", "Hunter Biden", "Javier Ana Lopez", "MP Peter Githinji Maina" and
    "Baker Per Olsen" stay names; and never after a given name ("Mary Baker Eddy Smith": a middle
    name).
    ``lead``: the word before the phrase in the text, if any (a title or a job word there holds the
    title slot: "singer Djamila Tavares Lopes", "Mr. Sandeep Kumar Yadav" are three words of a
    name); ``prev_known``: ``prev`` is a gazetteer name ("Norwegian")."""
    named = _given_first(job)
    if prev and named and _given_word(prev):
        return False
    lexicon = _job_word(job)
    shaped = lexicon or _job_shaped(job)
    if not shaped and not _plain_describer(prev, job, given, surname, doc_lower, lead, prev_known):
        return False
    listed = _given_word(given)
    # after a plain word, a given name that is a stop word is a short one ("Per", "Even", "Will",
    # "May"); a longer one is a preposition inside a body's name ("Action Against Hunger")
    worded = _word_given(given) and (shaped or given in _GIVEN_COMMON or len(given) <= 4)
    unlisted = _unlisted_given(given, surname, doc_lower) and (lexicon or worded)
    if named:
        # a modifier of a title ("Chief", "Head", "Senior") is no title alone before a word that
        # is a job too: the job is its head noun, so the given name follows ("Chief Steward Liv
        # Aasen"); a core title alone ("MP") stays before the given name ("MP Peter Githinji"),
        # and so does a common given name of the hand list ("Chief Peter Obi Okafor")
        head = bool(prev) and (
            (prev in _TITLE_MOD and job not in _GIVEN)
            or (not _is_title(prev)[0] and not _job_word(prev) and not _job_shaped(prev))
        )
        return (lexicon and listed) or ((head or job.lower() in doc_lower) and (listed or unlisted))
    # a title's modifier ("Former", "Assistant") heads a job phrase ("Lab Assistant Even Brekke");
    # alone, only before a given name the lists know ("Former Black Stars captain")
    modifier = job in _TITLE_MOD and not lexicon and not prev
    return listed or (not modifier and unlisted)


def _plain_describer(
    prev: str,
    job: str,
    given: str,
    surname: str,
    doc_lower: set[str] | frozenset[str],
    lead: str = "",
    prev_known: bool = False,
) -> bool:
    """Whether ``job``, a capitalised word that neither the job lexicon nor a job word's ending
    marks, describes the person named after it by the evidence of the slot it stands in: before a
    given name and a surname, where a title or a job stands ("Boatswain Arne Kvam", "Stevedore
    Will Berg", "Coxswain May Hauge"), and no name itself. The word is written as a common noun is
    (a capital, then lower case; no initial nor acronym), is no given name the lists know nor a
    family name written first (then it opens the name: "Maria Ana Lopez"), no name particle,
    common or stop word, month, town, region, nor kind word of a place or a body ("Harbour",
    "Police": a name's last word), and the word before it (``prev``) no given name ("Sarah Jessica
    Parker": a middle name). The slot is a title's only when no title holds it already: the word
    before it in the phrase is none, a gazetteer name (``prev_known``: "Norwegian"), a title's
    modifier that wants the word as its head ("Chief", "Senior") or a job word, not a core title
    ("Mr. Sandeep Kumar Yadav", "Captain Towhid Hasan Rony") nor an unknown word; nor is a title or
    job word in lower case before the phrase (``lead``: "president Edem Kwasi Dzokoto", "singer
    Djamila Tavares Lopes"). The surname is no common given name (:data:`_GIVEN`) nor a word the
    article writes in lower case (``doc_lower``: "Thar Rice Mill", "Action Against Hunger"): "Abiy
    Ahmed Ali" is three words of one name, not a word and two. A gazetteer name among the words is
    the caller's to rule out (:func:`_job_before_name`)."""
    low = job.lower()
    return (
        _NAME_SHAPED.fullmatch(job) is not None
        and len(job) >= 3
        and not _given_first(job)
        and not (prev and _given_first(prev))
        # a common given name last is a name's third word; the long lists hold surnames too
        # ("Berg", "Holm", "Lien" are given names somewhere)
        and surname not in _GIVEN
        and surname.lower() not in doc_lower
        # the word before it in the phrase describes too (a nationality, a title's modifier, a
        # job: "Norwegian Coxswain", "Senior Boatswain", "Ship Stevedore" has no such word) or
        # there is none; an unknown word before it makes a longer name ("Shwe Pyi Thar Rice
        # Mill"), and a core title holds the slot ("Captain Towhid Hasan Rony")
        and (
            not prev
            or prev_known
            or prev in _TITLE_MOD
            or ((_job_word(prev) or _job_shaped(prev)) and not _is_title(prev)[1])
        )
        and not (
            lead.islower() and (_job_word(lead) or _job_shaped(lead.capitalize()) or _is_title(lead.capitalize())[0])
        )
        and low not in _NAME_PARTICLES
        and low not in _COMMON
        and low not in STOP_WORDS
        and not low.endswith("ly")  # "Lately", "Previously": an adverb opens the sentence
        and job not in _WEEKDAYS_MONTHS
        and job not in city_names()
        and job not in region_names()
        and _cue_label(job) is None
    )


def _word_given(word: str) -> bool:
    """Whether ``word`` is an English word that is also a given name, which the name lists leave
    out for that (given_names.py): a stop or common word ("Per", "Even", "Will", "May") or a given
    name of the common words' list ("Hope", "Grant", "Rose": lexicons._GIVEN_COMMON)."""
    low = word.lower()
    return word in _GIVEN_COMMON or low in STOP_WORDS or low in _COMMON


def _word_given_speaker(
    text: str, toks: list[tuple[int, int, str]], run: list[_Unit], doc_lower: set[str] | frozenset[str]
) -> bool:
    """Whether a run of two words at a sentence's start is a given name that is an English word
    (:func:`_word_given`: "Even", "May", "Per") and a surname that speaks: "Even Husby said the
    brakes held", "May Torp told the court", "Even Husby, the driver, said". The second word is
    unknown to the gazetteer, has a name's shape, is no common word, kind word nor a word the
    article writes in lower case, and a speech verb follows it (or a job in commas and one):
    evidence of a person the word alone ("Even", an adverb; "May", a month) does not give ("Even
    Norway said": a known place; "Even Husby residents said": no speaker)."""
    if len(run) != 2 or run[0].eid >= 0 or run[1].eid >= 0 or not _word_given(run[0].text):
        return False
    if run[0].text.lower() in _NO_GIVEN:
        return False  # "But Williams said": a conjunction opening the sentence, no given name (t13l F5)
    given, surname = run
    return (
        text[given.e : surname.s] == " "
        and (_NAME_SHAPED.fullmatch(surname.text) is not None or _shouted_surname(surname.text))
        and surname.text.lower() not in _COMMON
        and surname.text.lower() not in doc_lower
        and _cue_label(surname.text) is None
        and not _is_title(surname.text)[0]
        and (
            _SPEECH_AFTER.match(text, surname.e) is not None
            or _apposed_person(toks, surname.j)
            # weaker evidence for a given name people bear ("Even", "Per", "May", "Will", "Hope";
            # not "If Avonvale appeals"):
            or (
                given.text in _WORD_GIVEN_NAMES
                # "Will Lyng resign?": a modal opening a question (:func:`_modal_question`)
                and not (given.text in _MODAL_GIVEN and _QUESTION_END.match(text, surname.e) is not None)
                and (
                    # "Even Kertész later said", "Will Okafor, who runs the mine, told …": a
                    # speech verb after an adverb or a relative clause in commas
                    _SPEECH_LATER.match(text, surname.e) is not None
                    # "Even Kertész thinks …" where the article writes "Kertész said" or "Mr
                    # Kertész": the surname alone is a person's elsewhere (no group after the
                    # pair: "Even Husby residents")
                    or (not _group_after(text, surname.e) and _surname_alone(text, surname.text, surname.s))
                )
            )
        )
    )


# Given names that are English words, which people bear (the name lists leave them out): the
# evidence of a person after them may be weaker than a speech verb right after the surname.
_WORD_GIVEN_NAMES = _GIVEN_COMMON | frozenset("Even Per May Will Else June April Don Bo".split())


# A speech verb after an adverb ("Even Kertész later said") or a relative clause in commas ("May
# Osen, who chairs the board, said") after a name.
_SPEECH_LATER = re.compile(
    r"(?:\s+(?:also|later|then|again|once|previously|earlier|first|[a-z]+ly)"
    r"|,\s+(?:who|whose)\b[^.!?\n,]{1,80},)"
    r"\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote)\b"
)
# After a surname alone, what a person does ("Kertész said", "Kertész has run it", "Kertész, 54,")
# or, before it, what names a person ("Mr Kertész", "said Kertész", "according to Kertész").
_PERSON_AFTER = re.compile(
    r",?\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote|has|had|was|is|will|would|did|"
    r"herself|himself)\b|,\s+\d{1,3},"
)
_PERSON_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|\b(?:said|says|told|asked|thanked|according to))\s+$"
)
# Lower-case words after two capitals that make them a place's or a body's, no person's ("Even
# Husby residents said").
_GROUP_AFTER = re.compile(
    r"\s+(?:residents|inhabitants|locals|people|officials|authorities|council|police|voters|families|"
    r"workers|fans|supporters|area|town|village|region|plant|site|mine|port)\b"
)


def _group_after(text: str, at: int) -> bool:
    """Whether a word of a group or a place follows ``at`` (:data:`_GROUP_AFTER`)."""
    return _GROUP_AFTER.match(text, at) is not None


def _surname_alone(text: str, surname: str, own: int) -> bool:
    """Whether ``text`` writes ``surname`` alone elsewhere than at ``own`` (after the given
    name), as a person's (:data:`_PERSON_AFTER`, :data:`_PERSON_BEFORE`): "Kertész said",
    "Mr Kertész"; not inside a longer name ("Kertész Energia") nor after a place's word ("in
    Kertész")."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
        if m.start() == own or _CAP_AFTER.match(text, m.end()):
            continue
        before = text[max(0, m.start() - 16) : m.start()]
        if _TOWN_BEFORE.search(before) or (_PREV_CAP.search(before) and not _PERSON_BEFORE.search(before)):
            continue  # "in Kertész"; "Gunnar Lyng was": another person's surname
        if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(text, m.end()):
            return True
    return False


# Words a month's name follows as a date ("in May", "since May"), not a person's given name
_MONTH_BEFORE = frozenset(
    "in since by until till from during of last next early late mid on through before after".split()
)
# Function words that are no one's given name though capitalised inside a sentence, where they
# open a title of a work or a body's name ("read The Husby Post", "for Most Wanted", "Every Breath")
_NO_GIVEN = frozenset(
    """the a an of in on at to for and or but nor so yet by with from most every each some many more all any no
    such only other another both few much very this that these those what which our your their his
    her its my""".split()
)


def _word_given_inside(
    text: str,
    toks: list[tuple[int, int, str]],
    stretch: list[_Unit],
    initial: list[bool],
    doc_lower: set[str] | frozenset[str],
) -> bool:
    """Whether two unknown words, one space apart, are a given name that is an English word
    (:func:`_word_given`: "Even", "Per", "May") and a surname, inside a sentence: "thanked Even
    Husby on Sunday", "met May Strand". The capital inside prose is the evidence: the word before
    is in lower case or a comma (no headline's capitals), the first no article nor preposition
    ("read The Husby") nor a month after a date's word ("in May Lunde": "in May"), the second a
    name's shape (or a surname in capitals, "Even HUSBY") and no given name, common, kind or
    title word nor a word the article writes in lower case."""
    given, surname = stretch
    i = given.i
    prev = toks[i - 1][2] if i else ""
    return (
        given.eid < 0
        and surname.eid < 0
        and not initial[i]
        and (
            prev.islower()
            or prev == ","
            # '"It is safe," Even Kertész said': after a quote closed by its comma, a speech verb
            or (
                prev in '"”’'
                and i >= 2
                and toks[i - 2][2] in (",", "!", "?")
                and _SPEECH_AFTER.match(text, surname.e) is not None
            )
        )
        and _word_given(given.text)
        and not _given_word(given.text)
        and given.text[1:].islower()
        and given.text.lower() not in _NO_GIVEN
        and given.text.lower() not in NUMBER_WORDS  # "the Six Nations", "Nine Winters": a count
        and not (given.text in _WEEKDAYS_MONTHS and prev in _MONTH_BEFORE)
        and (_NAME_SHAPED.fullmatch(surname.text) is not None or _shouted_surname(surname.text))
        and surname.text.lower() not in _COMMON
        and surname.text.lower() not in doc_lower
        and _cue_label(surname.text) is None
        and not _is_title(surname.text)[0]
        and surname.text not in _WEEKDAYS_MONTHS
        and not _given_word(surname.text)  # "Even Steven": a saying; a given name's pair is no surname
    )


# Modal verbs that are given names too, opening a question ("Will Lyng resign?", "May Osen stay?")
_MODAL_GIVEN = frozenset({"Will", "May"})
_QUESTION_END = re.compile(r"[^.!?\n]*\?")


def _titled_person(run: list[_Unit]) -> bool:
    """Whether ``run`` is a title joined by "of"/"for" and a person's given name and surname last:
    "Chief of Staff Will Brekk", "Director of Finance Per Moen" (a core title first, a given name,
    or one that is a word, before a surname's shape last)."""
    return (
        len(run) >= 4
        and _is_title(run[0].text)[0]
        and (_given_word(run[-2].text) or _word_given(run[-2].text))
        and _NAME_SHAPED.fullmatch(run[-1].text) is not None
        and run[-1].text.lower() not in _COMMON
    )


def _modal_question(text: str, toks: list[tuple[int, int, str]], stretch: list[_Unit], initial: list[bool]) -> bool:
    """Whether ``stretch`` opens a question with a modal verb that is a given name too ("Will
    Lyng resign?", "Will Nordby survive the vote?"): its first word is "Will" or "May" at a
    sentence's start, a word in lower case (the bare verb) follows the stretch, the sentence ends
    in "?", and the article never writes the words as a name elsewhere ("Will Sletten spoke
    first. Will Sletten resign?" is the person)."""
    first, last = stretch[0], stretch[-1]
    if first.text not in _MODAL_GIVEN or first.eid >= 0 or not initial[first.i] or last.j >= len(toks):
        return False
    if not toks[last.j][2].isalpha() or not toks[last.j][2].islower():
        return False
    if _QUESTION_END.match(text, last.e) is None:
        return False
    written = text[first.s : last.e]
    return text.count(written) == 1


def _shouted_person(
    text: str, toks: list[tuple[int, int, str]], stretch: list[_Unit], doc_lower: set[str] | frozenset[str]
) -> bool:
    """Whether two unknown words in capitals, one space apart, with no word in capitals on either
    side (prose around them, no shouted run), are a person's given name and surname written in
    capitals: "Later EVEN HAUGLAND spoke", "heard from MAY OSEN, who chairs", "KARI VIK said".
    The first is a given name (:func:`_given_word`) or one that is an English word
    (:func:`_word_given`: "EVEN", "WILL", "MAY"); the second a surname's letters (four or more, a
    vowel, no Roman number) that is no common, stop, kind or title word, no acronym the recogniser
    knows to skip nor a word the article writes in lower case. After a given name that is a word,
    a surname of four letters, which an acronym may be, needs evidence the capitals alone do not
    give ("The UN MAY OUST"): the article writes it in mixed case ("Osen said"), a word in lower
    case or a comma stands before the name, or a speech verb or ", who" follows it."""
    given, surname = stretch
    g, f = given.text, surname.text
    if given.eid >= 0 or surname.eid >= 0 or not (_loud(g) and _loud(f) and g.isalpha() and f.isalpha()):
        return False
    i, j = given.i, surname.j
    if (i and _loud(toks[i - 1][2])) or (j < len(toks) and _loud(toks[j][2])) or text[given.e : surname.s] != " ":
        return False
    low = f.lower()
    if (
        len(f) < 4
        or not _VOWEL.search(f)
        or _ROMAN.fullmatch(f)
        or low in _NOT_FIRM_WORDS
        or low in doc_lower
        or f in _STOP_ACRONYMS
        or _cue_label(f.title()) is not None
        or _is_title(f.title())[0]
        or f.title() in _WEEKDAYS_MONTHS
    ):
        return False
    if _given_word(g.title()):
        return True
    if not _word_given(g.title()) or g.lower() in _NO_GIVEN or g.lower() in NUMBER_WORDS:
        return False
    prev = toks[i - 1][2] if i else ""
    return (
        _shouted_surname(f)  # five letters or more: no acronym ("Later EVEN HAUGLAND spoke")
        or re.search(rf"\b{re.escape(f.title())}\b", text) is not None
        or prev.islower()
        or prev == ","
        or _SPEECH_AFTER.match(text, surname.e) is not None
        or text.startswith(", who ", surname.e)
    )


def _group_of_people(text: str, word: str) -> bool:
    """Whether a capitalised word alone before a speech verb is a plural noun for people ("Women",
    "Children", "Firemen", "Midwives", "Engineers", "Residents": :func:`lexicons.people_plural`),
    no person's name: an irregular plural always, a plural in "-s" unless it is a given name or
    the text writes it after a capitalised word ("Tom Rogers", "… said Ines Sanders") (t13m F1: a
    PERSON "Women" after a dateline or a quote)."""
    low = word.lower()
    if not people_plural(low) or word in _GIVEN or word in given_names():
        return False
    if not low.endswith("s") or low.endswith("ves"):
        return True
    return re.search(rf"{CAP}[{LOWER}]+\s+{re.escape(word)}\b", text) is None


def _apposed_person(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the tokens from ``j`` are a person's job in commas and a speech verb: ", the harbour
    master, said", ", a volunteer adviser, told" (at most two words before the job word)."""
    if j + 3 >= len(toks) or toks[j][2] != "," or toks[j + 1][2].lower() not in ("the", "a", "an"):
        return False
    k = j + 2
    while k < len(toks) and k <= j + 4 and toks[k][2].islower() and toks[k][2] != ",":
        k += 1
    return (
        k > j + 2
        and k + 1 < len(toks)
        and toks[k - 1][2] in _LOWER_TITLES
        and toks[k][2] == ","
        and toks[k + 1][2] in _SAY
    )


def _other_surname_after(text: str, end: int, word: str, key: str) -> bool:
    """Whether ``word`` (ending at ``end``) is the given name of the person ``key`` written before
    another capitalised word than the person's own: "Tor Sandvold" is not "Tor Ekeberg", whose
    given name it shares (a given name with someone else's surname is someone else)."""
    own = key.split(":", 1)[1].split()
    if len(own) < 2 or own[0] != word:
        return False
    after = _CAP_WORD_AFTER.match(text, end)
    return after is not None and after.group(1) not in own


def _other_given_before(text: str, start: int, word: str, key: str) -> bool:
    """Whether ``word``, a surname alone at ``start``, follows another given name than that of the
    person ``key`` it would be the short form of: "Boatswain Ivar Stokke" is not Kai Stokke, "Bruce
    Jenner" not Kylie Jenner (the mirror of :func:`_other_surname_after`). Only a given name the
    lists know counts ("Channelling Churchill", "Once Simmons" stay the person's)."""
    own = key.split(":", 1)[1].split()
    if len(own) < 2 or own[-1] != word:
        return False
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in own and _given_first(before.group(1))


def _firm_shaped(parts: Sequence[str]) -> bool:
    """Whether a person-looking name's words (three or more) are a firm's: no given name first and
    an organisation word (the ORG cues, :func:`_cue_label`) inside it, "Halvik Shipping Yards",
    "Dornel Steel Mills" (a name ending in one is already an organisation: "Dornel Steel")."""
    return len(parts) >= 3 and not _given_first(parts[0]) and any(_cue_label(w) == "ORG" for w in parts[1:-1])


def _given_first(word: str) -> bool:
    """Whether ``word`` can open a person's name: a given name of any language, or a family name
    written first ("Bae Dong-hyun")."""
    return word in given_names() or word in _GIVEN or word in _FAMILY_FIRST or word in _GIVEN_COMMON


def _in_other_names(text: str, word: str, people: list[tuple[int, int]], own: list[str]) -> bool:
    """Whether ``word`` is written beside another capitalised word (or a number) outside the
    people's names, a word of the person's own name or an initial aside ("Magnum" in "Blizzard
    Magnum" and in "the Magnum 108"): a word of several names, no one's."""
    # The word's whole-word occurrences, as ``(?<![\w'’-])word(?![\w'’-])`` finds them: found by
    # str.find (that pattern, new for each word, was tried at every position of the text).
    end = 0
    at = text.find(word)
    while at >= 0:
        start, stop = at, at + len(word)
        at = text.find(word, at + 1)
        if start < end or (start and _WORD_EDGE.match(text, start - 1)) or _WORD_EDGE.match(text, stop):
            continue
        end = stop
        if any(a <= start < b for a, b in people):
            continue
        before = _CAP_WORD_BEFORE.search(text[max(0, start - 30) : start])
        after = _CAP_WORD_AFTER.match(text[stop : stop + 30])
        if any(n is not None and n.group(1) not in own for n in (before, after)):
            return True
    return False


_WORD_EDGE = re.compile(r"[\w'’-]")
_CAP_WORD_BEFORE = re.compile(rf"(?:^|[^\w'’-])({CAP}[\w'’-]+) $")
_CAP_WORD_AFTER = re.compile(rf" ({CAP}[\w'’-]+|\d)")


# A legislator's title, then "for" and the seat: "MP for", "Member of Parliament for", "Member of
# the Legislative Assembly for".
_SEAT_BEFORE = re.compile(
    r"(?:\b(?:MPs?|MEPs?|MSPs?|MLAs?|MLCs?|MPPs?|MNAs?|MHAs?)|\b[Mm]embers? of (?:the )?(?:"
    + CAP
    + r"[\w'’-]* )?(?:Parliament|Assembly|Congress|Senate|Legislature|Bundestag|Knesset|Dáil))$"
)


def _constituency(text: str, run: list[_Unit]) -> int | None:
    """Where the seat starts in ``run`` when the run names a legislator's seat ("Member of
    Parliament for Kawempe North": the run may hold the legislature's word, then "for"; "MP for
    Ashcombe West": the run is the seat), or None. The seat is one to three words ending the run."""
    starts = [0] + [k + 1 for k in range(len(run) - 1) if text[run[k].e : run[k + 1].s] == " for "]
    for seat in starts:
        before = text[max(0, run[seat].s - 60) : run[seat].s]
        if not before.endswith(" for "):
            continue
        if not 1 <= len(run) - seat <= 3 or any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run[seat:])):
            continue
        if _SEAT_BEFORE.search(before[: -len(" for ")]) is not None:
            return seat
    return None


def _given_word(word: str) -> bool:
    """Whether ``word`` is a given name the recogniser knows."""
    return word in given_names() or word in _GIVEN


def _join_department_lists(runs: list[list[_Unit]], text: str) -> list[list[_Unit]]:
    """The runs with a title's department list joined into the title's run: "Minister for Energy,
    Water Resources and Irrigation Deepa Gurung" is one title (its fields listed with commas and a
    last "and") before a person, not an organisation "Minister for Energy", another "Water
    Resources" and a person "Irrigation Deepa Gurung". The title's rule then takes the last two
    words as the person, as it does after one field ("Minister for Health Tomas Arvid")."""
    out: list[list[_Unit]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        # a core title, then "of"/"for" and its first field, all unknown words
        titled = any(
            u.eid < 0 and _is_title(u.text)[1] and text[u.e : v.s] in (" of ", " for ")
            for u, v in itertools.pairwise(run)
        )
        end = k
        if titled and all(u.eid < 0 for u in run):
            # more fields after ", ", the last one after " and " (", and " too), then the person
            m = k + 1
            while m < len(runs) and text[runs[m - 1][-1].e : runs[m][0].s] == ", ":
                m += 1
            last = m
            if (
                m > k + 1
                and m < len(runs)
                and text[runs[m - 1][-1].e : runs[m][0].s] in (" and ", ", and ")
                and len(runs[m]) >= 3
            ):
                last = m
            else:
                last = -1
            fields = runs[k + 1 : last + 1] if last > 0 else []
            # fields are unknown words, no title ("Water Resources": a field may end in a kind
            # word) nor a given name ("the Minister for Health, Anna Kell, and ..." is apposition)
            head = fields[-1] if fields else []
            given = next((n for n, u in enumerate(head) if n and _given_word(u.text)), len(head) - 2)
            listed = [u for r in fields[:-1] for u in r] + head[:given]
            if fields and all(
                u.eid < 0 and not _is_title(u.text)[1] and u.text not in given_names() and u.text not in _GIVEN
                for u in listed
            ):
                end = last
        if end > k:
            out.append([u for r in runs[k : end + 1] for u in r])
        else:
            out.append(run)
        k = end + 1
    return out


def _and_inside_name(
    cur: list[_Unit], toks: list[tuple[int, int, str]], i: int, gaz: dict[int, tuple[int, int]], text: str
) -> bool:
    """Whether the "and" before token ``i`` is inside one name: the words after it end in a kind
    word of an organisation or a building ("National Search and Rescue Agency", "Securities and
    Exchange Board of India", "Convention and Exhibition Centre"), or close a name joined by "for"
    or "of" ("Institute for Applied Optics and Precision Engineering in Jena")."""
    last = cur[-1]
    if last.eid >= 0 or any(u.text[:1].isdigit() for u in cur):
        return False
    after: list[str] = []
    head = cur[1] if len(cur) >= 2 and cur[0].text in ("The", "THE") else cur[0]
    if _is_title(head.text)[1] and _CHAIN.search(text, head.s, last.s + 1) is not None:
        # "Minister of Mines and Energy Tangeni Haufiku": a title's department joined by "and",
        # then a person's two words, no kind word, title or common word (the title's rule takes the
        # last two words as the person)
        words = [t for _, _, t in toks[i : i + 4]]
        if (
            len(words) >= 3
            and all(w[:1].isupper() and w.isalpha() for w in words[:3])
            and all(toks[i + n + 1][0] - toks[i + n][1] == 1 for n in range(2))
            and (len(words) == 3 or not _is_cap(words[3]))
            and not any(_cue_label(w) or _is_title(w)[0] or w.lower() in _COMMON for w in words[1:3])
            and words[0] not in given_names()
        ):
            return True
    k = i
    while k < len(toks) and len(after) < 4:
        w = toks[k][2]
        if not (w[0].isalpha() and _is_cap(w)) or k in gaz or (after and toks[k][0] - toks[k - 1][1] != 1):
            break
        after.append(w)
        k += 1
    # "Development Party": a field of activity, then an organisation's kind word (a title's too)
    field = (
        len(after) == 2
        and _cue_label(after[-1]) in ("ORG", "FAC")
        and (
            _FIELD_SHAPE.search(after[0]) is not None
            or (
                _WEAK_FIELD_SHAPE.search(after[0]) is not None
                and after[-1] in _BODY_WORDS
                and (_cue_label(last.text) is not None or _FIELD_SHAPE.search(last.text) is not None)
            )
        )
    )
    # "the Maritime and Coastguard Agency": one word of a weak field's shape alone before "and"
    if len(after) < 2:
        return False  # no name's tail after "and" (the run stops at once: "… and the")
    weak_before = len(cur) == 1 and _WEAK_FIELD_SHAPE.search(last.text) is not None and after[-1] in _BODY_WORDS
    if any((_is_title(w)[0] and not field) or _is_acronym(w) for w in after):
        return False
    # "Health and Safety Inspectorate", "Energy and Water Regulator": a field a minister has
    # (a title's modifier, no title itself) before "and", an organisation's kind word last
    # (a sentence's "The" may open the run: "The Health and Safety Inspectorate said")
    field_mod = (
        (len(cur) == 1 or (len(cur) == 2 and cur[0].text in ("The", "THE")))
        and last.text in _FIELD_MODS
        and len(after) == 2
        and _cue_label(after[-1]) == "ORG"
    )
    if _is_title(last.text)[0] and not field and not field_mod:
        return False  # "Justice and Development Party" is one name, a title before "and" none
    if k < len(toks) and _is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1:
        return False  # a longer run of capitals than the name's tail
    chained = len(cur) >= 2 and _CHAIN.search(text, cur[0].s, last.s) is not None
    if _cue_label(after[-1]) in ("ORG", "FAC"):
        if len(after) == 2 and (field or weak_before or _FIELD_SHAPE.search(last.text)):
            # "Planning and Budget Committee", "Justice and Development Party": a field of
            # activity on either side of "and" is no firm's name
            return True
        if len(cur) == 1 or (head is last and _cue_label(last.text) is not None):
            # "Securities and Exchange Board": one word before "and" is a kind of thing, not a
            # name of its own ("owned by Estgrid and Latvenergo Transmission": two firms); a
            # sentence's "The" before it too ("The Marine and Freshwater Research Institute")
            return _cue_label(last.text) is not None or field_mod
        if not chained:
            # "Acme Systems and Beta Agency", "the Telford River and Aldmoor Airport": a name of
            # its own before "and" is two names
            return field_mod or _cue_label(last.text) not in ("ORG", "FAC", "LOC", "GPE")
    return (
        chained
        and len(after) == 2
        and not any(w in given_names() or w in _GIVEN for w in after)
        # "Ministry of Ocean Affairs and Marwick University": a body of its own after "and"; a
        # field's name is no body ("Institute for Applied Optics and Precision Engineering")
        and (_cue_label(after[-1]) is None or after[-1] in _FIELDS)
        and (k >= len(toks) or toks[k][2].islower())
    )


def _partners_firm(
    cur: list[_Unit], toks: list[tuple[int, int, str]], i: int, pending: list[str], gaz: dict[int, tuple[int, int]]
) -> bool:
    """Whether the "and" before token ``i``, or another language's (``PARTNER_CONJUNCTIONS``:
    "et", "és", "und", "y", "e", "i", "og", "och", "en"), joins the names of one firm's partners:
    one word after it and then the firm's legal form ("Parry and Glyn LLP", "McAteer and Quinn
    Ltd", "Génie Bérubé et Fils Inc.", "Huilerie Trabelsi et Fils S.A.R.L."), or a word for the
    partners (``PARTNER_WORDS``), with or without the form: "Smith and Partners Ltd", "Szabó és
    Társa Zrt", "Müller und Söhne", "Ferraro e Figli" (t13l/t13m F18: "Partners Ltd", "Társa
    Zrt" and "Söhne GmbH" were the firm). A partner word needs the run before it to be no
    firm of its own (a legal form or kind word last) and takes one known word ("Smith", a town
    too) or a person's two before it. Otherwise only one word before "and" too: a longer run
    before it is as often a name of its own ("Maasvlakte Container Terminals and Hanzeport BV":
    two firms); so are two words after it ("Kazatomprom and Kurosaki Trading Co Ltd"), a legal
    form or kind word before it ("Acme Ltd and Beta LLP", "Kestrel Hydro and Borealis Ltd") or a
    known name ("Microsoft and Apple Inc.")."""
    last = cur[-1]
    if i >= len(toks) or i in gaz or _legal_form(last.text) or _is_acronym(last.text):
        return False
    word = toks[i][2]
    form = toks[i + 1][2] if i + 1 < len(toks) and toks[i + 1][0] - toks[i][1] == 1 else ""
    if word in PARTNER_WORDS:
        # "Smith and Partners", "Szabó és Társa": the form may follow; the partner word ends the
        # name unless it does ("Smith and Sons Haulage" is no partners' firm of this shape)
        if form[:1].isupper() and not _legal_form(form):
            return False
        if _cue_label(last.text) is not None or any(u.eid >= 0 for u in cur[:-1]):
            return False
        # "Huilerie Ben Salah et Frères S.A.": before the form, as many words as another
        # language's partners take; two before "and" ("John Lewis and Partners")
        return len(cur) <= 2 or (_legal_form(form) and pending != ["and"])
    if last.eid >= 0 or _cue_label(last.text) is not None:
        return False
    if pending == ["and"] and (len(cur) > 1 or " " in last.text):
        return False
    # the partner's one word, then at once the form ("Glyn LLP"; "Inc" of "Inc.": its dot its own token)
    return (
        word[:1].isalpha()
        and _is_cap(word)
        and _cue_label(word) is None
        and not _is_title(word)[0]
        and not _legal_form(word)
        and _legal_form(form)
    )


def _and_place(cur: list[_Unit], text: str, end: int) -> bool:
    """Whether the run so far (one name), "and" and the name ending at ``end`` are one region or
    country of the place lists ("Newfoundland and Labrador", "Trinidad and Tobago")."""
    whole = text[cur[0].s : end]
    return len(cur) == 1 and (whole in region_names() or whole in city_names())


def _two_names(cur: list[_Unit], toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether the "and" or "&" before token ``i`` joins two names, each whole on its own side:
    both sides of two words or more, each its own name word before its own organisation's kind
    word ("Kestrel Aviation and Kestrel Hydro", "Northwind Aviation & Borealis Hydro"), or both
    opening with the same word, as many words on each side ("Kestrel Grain and Kestrel Shipping":
    two firms of one brand). One word on a side ("Harbor & Sons", "Procter & Gamble", "Planning
    and Budget Committee") or a name joined by "of"/"for" ("Department of Health and Social
    Care") is one name, left to ``_and_inside_name`` and ``_connector_ok``."""
    if len(cur) < 2 or _CHAIN.search(text, cur[0].s, cur[-1].s) is not None:
        return False
    after: list[str] = []
    k = i
    while k < len(toks) and len(after) < 4:
        w = toks[k][2]
        if not (w[0].isalpha() and _is_cap(w)) or (after and toks[k][0] - toks[k - 1][1] != 1):
            break
        after.append(w)
        k += 1
    if len(after) < 2 or (k < len(toks) and _is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1):
        return False  # one word after the connector, or a longer run than a name's tail

    def own_name(first: str, last: str) -> bool:
        # a name word (no kind word, field, title or acronym) before an organisation's kind word
        return (
            _cue_label(last) in ("ORG", "FAC")
            and _cue_label(first) is None
            and _FIELD_SHAPE.search(first) is None
            and _WEAK_FIELD_SHAPE.search(first) is None  # "Water and Sewerage Company": a field
            and not _is_title(first)[0]
            and not _is_acronym(first)
            and first.lower() not in _COMMON
        )

    words = [u.text for u in cur]
    if own_name(words[0], words[-1]) and own_name(after[0], after[-1]):
        return True
    return after[0] == words[0] and len(after) == len(words) and _cue_label(words[0]) is None


# A person's name with a nickname in quotes after the given names and, maybe, a generation
# suffix: 'Rodolfo "Jun" Castillejos Jr.', 'Ma. Teresita "Tess" Alcala-Dimaano'.
_NAME_WORD = rf"{CAP}[\w'’-]*[\w]"
_PARTICLES = rf"(?:(?:{'|'.join(sorted(_NAME_PARTICLES))}) )"
_NICKNAMED = re.compile(
    rf"(?<![\w'’.-])(?P<given>(?:{CAP}[{LOWER}]{{0,3}}\. )?{_NAME_WORD}(?: {_NAME_WORD})?)"
    rf' (?P<nick>["“]{_NAME_WORD}(?: {_NAME_WORD})?["”])'
    rf" (?P<surname>{_PARTICLES}{{0,2}}{_NAME_WORD}(?: {_PARTICLES}{{0,2}}(?!(?:Jr|Sr|II|III|IV)\b){_NAME_WORD})?)"
    r"(?P<suffix>,? (?:Jr|Sr)\.|,? (?:Jr|Sr)\b|,? (?:II|III|IV)\b)?"
)


def _nicknamed_people(text: str) -> list[tuple[int, int, str, str, int]]:
    """People named with a nickname in quotes between their given names and their surname; the
    entity is the name without the nickname and the suffix, so the surname alone is it later."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _NICKNAMED.finditer(text):
        given = m.group("given").split()
        start = m.start()
        if len(given) == 2 and not given[0].endswith(".") and given[0] not in given_names() and given[0] not in _GIVEN:
            start = m.start() + len(given[0]) + 1  # "Mayor Rodolfo "Jun" ...": a title before the name
            given = given[1:]
        first = given[-1] if given[0].endswith(".") else given[0]
        titled = (t := re.search(r"(\S+) $", text[max(0, start - 30) : start])) is not None and _is_title(t.group(1))[0]
        if not (first in given_names() or first in _GIVEN or titled):
            continue  # "Mayor Marites "Tess" X": a title before it is evidence too
        if any(_cue_label(w) for w in (*given, *m.group("surname").split())):
            continue
        name = " ".join([*given, m.group("surname")])
        out.append((start, m.end(), "PERSON", entity_key("PERSON", name), -1))
    return out


def _syllabic_short(short: str, words: list[str], used: int = 0) -> bool:
    """Whether ``short`` is made of the openings (two letters or more) of ``words`` in order, two
    words or more: a syllabic acronym such as "comelec" (Commission on Elections), "ofcom"
    (Office of Communications), "basarnas" (Badan SAR Nasional)."""
    if not short:
        return used >= 2
    if not words or not short.isalpha():
        return False
    first, rest = words[0], words[1:]
    k = 0
    while k < min(len(first), len(short)) and first[k] == short[k]:
        k += 1
    # the first word always gives the short form its opening; later words may be skipped ("on")
    if any(_syllabic_short(short[n:], rest, used + 1) for n in range(k, 1, -1)):
        return True
    return used > 0 and _syllabic_short(short, rest, used)


# A one-word name an organisation goes by, after its full name: ", or Basarnas,".
_OR_ALIAS = re.compile(rf", or ({CAP}(?:{LETTER})+),")
_DEFINED = re.compile(rf"\s\(({CAP}(?:{LETTER}|[&.]){{1,9}})\)")


def _dateline_agency(text: str, at: int, span: tuple[int, int]) -> bool:
    """Whether ``span`` is the agency in brackets of a wire dateline on the line holding ``at``
    ("KESTREL BAY (AP) —", "SAN SALVADOR, El Salvador (AFP) -"): every agency alike, whatever
    its name looks like (an acronym "AP", "AFP", or a word "Reuters", "Xinhua")."""
    wire = dateline.match(text, text.rfind("\n", 0, at) + 1)
    return wire is not None and wire.agency == span


def _defined_short_forms(
    text: str,
    chosen: list[_Cand],
    singles: list[tuple[int, int, str]],
    context_orgs: set[str] | frozenset[str] = frozenset(),
    doc_lower: set[str] | frozenset[str] = frozenset(),
    known: Callable[[str], str | None] = lambda _name: None,
) -> list[_Cand]:
    """Reuse a multi-word name for its later short forms: an acronym defined in brackets
    ("International Cycling Union (UCI)") and the first word of a company name found by a
    suffix cue ("Quillfen Systems" ... "Quillfen") or by its context (``context_orgs``:
    "Acme Analytica, the data firm" ... "Acme"). ``known``: a gazetteer name's canonical form
    (None for a name the gazetteer does not know)."""
    short: dict[str, tuple[str, str]] = {}
    # A word the article itself names as a place is no company's short form ("Valdmark" in
    # "Valdmark Meteorological Agency"); a name typed once is that name again when repeated.
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC", "NORP")}
    # Towns only the city list knows, never after "in", "from", "near": a firm named by its kind
    # first may bear one ("Brauerei Hollfeld" ... "like Hollfeld": the firm, as a surname is its person)
    towns = {
        text[s:e]
        for s, e, label, _ in chosen
        if label == "GPE" and " " not in text[s:e] and text[s:e] in city_names() and known(text[s:e]) is None
    }
    towns -= {text[s:e] for s, e, label, _ in chosen if label == "GPE" and _TOWN_BEFORE.search(text, max(0, s - 8), s)}
    tails: set[str] = set()  # short forms that are a name's last word ("Hollfeld")
    for s, e, label, key in chosen:
        if label in ("GPE", "LOC") and " " not in text[s:e]:
            short.setdefault(text[s:e], (label, key))
            if text[s:e].isupper():  # a dateline's "HALVIK" is "Halvik" in the text below
                short.setdefault(text[s:e].capitalize(), (label, key))
    for s, e, label, key in chosen:
        if label not in NAME_LABELS or label == "PERSON" or " " not in text[s:e]:
            continue
        m = _DEFINED.match(text, e)
        if m and _dateline_agency(text, s, m.span(1)):
            m = None  # "KESTREL BAY (AP) —": the agency that filed the story, no short form of its place
        if m and (
            _is_acronym(m.group(1))
            or (
                m.group(1).lower() not in _COMMON
                and m.group(1) not in places
                and _syllabic_short(m.group(1).lower(), [w.lower() for w in text[s:e].split() if _is_cap(w)])
            )
        ):
            short.setdefault(m.group(1), (label, key))
        elif (
            label == "ORG"
            and (m := _OR_ALIAS.match(text, e)) is not None
            and m.group(1).lower() not in _COMMON
            and m.group(1).lower() not in doc_lower  # ", or Volunteers," where the text has "volunteers"
        ):
            short.setdefault(m.group(1), (label, key))  # "the National Search and Rescue Agency, or Basarnas,"
        first, _, tail = text[s:e].partition(" ")
        last = tail.rsplit(" ", 1)[-1]
        if first in ("PT", "CV") and " " in tail:
            first = tail.split(" ", 1)[0]  # "PT Sawitama Agro Lestari Tbk" ... "Sawitama"
        if (
            label == "ORG"
            and _PREFIX_CUES.get(first) == "ORG"
            and " " not in tail
            and tail[:1].isupper()
            and tail.lower() not in _COMMON
            and (tail not in places or tail in towns)
            and tail not in _CUES
        ):
            if tail in towns:
                short[tail] = (label, key)  # the firm, not the town the city list knows
            short.setdefault(tail, (label, key))  # "Brauerei Hollfeld" ... "Hollfeld"
            tails.add(tail)
        if (
            label == "ORG"
            and (_CUES.get(last.rstrip(".")) == "ORG" or key in context_orgs)  # "Inc." as "Inc"
            and first[:1].isupper()
            and first.lower() not in _COMMON
            and first not in _CUES
            and first not in _TITLE_CORE
            and first not in _TITLE_MOD
            and first not in places
        ):
            if firm_core(text[s:e]).rsplit(" ", 1)[-1] not in _MEDIA:
                short.setdefault(first, (label, key))
            elif first not in _WEEKDAYS_MONTHS and len(firm_core(text[s:e]).split()) == 2:
                # "Lorne Gazette" ... "from Lorne": a newspaper is named after its town, and its
                # first word alone is that town, never the paper (which is "the Gazette"); so with
                # its legal form ("Hallvik Avis AS" ... "# Hallvik counts the cost"; t13k F9)
                short.setdefault(first, ("GPE", entity_key("GPE", first)))
    if not short:
        return chosen
    # "Margit Halvorsen" beside "Halvorsen Chemicals": the surname of the article's one person
    # of that name, saying something ('"I am devastated," Halvorsen said'), is that person.
    surnames: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        if label == "PERSON" and " " in text[s:e] and text[s:e].rsplit(" ", 1)[-1] in short:
            surnames.setdefault(text[s:e].rsplit(" ", 1)[-1], set()).add(key)
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        hit = _town_of_firm(text, s, e, short.get(text[s:e]))
        if text[s:e] in tails and label == "PERSON" and " " in key:
            hit = None  # "Lula", the gazetteer's Luiz Inacio Lula da Silva, is no "Instituto Lula"
        if hit and len(surnames.get(text[s:e], ())) == 1 and _speaks(text, s, e):
            hit = ("PERSON", next(iter(surnames[text[s:e]])))
        elif hit and hit[0] == "ORG" and _speaks_as_person(text, e):
            hit = ("PERSON", entity_key("PERSON", text[s:e]))
        if (
            hit
            and " " not in text[s:e]
            and (label in ("ORG", "PERSON") or (label == "GPE" and text[s:e] in tails and text[s:e] in towns))
            and hit[1] != key
        ):
            label, key = hit
        out.append((s, e, label, key))
    starts = [s for s, _, _, _ in out]
    for s, e, w in singles:
        hit = _town_of_firm(text, s, e, short.get(w))
        if hit is None:
            continue
        if len(surnames.get(w, ())) == 1 and _speaks(text, s, e):
            hit = ("PERSON", next(iter(surnames[w])))
        elif hit[0] == "ORG" and _speaks_as_person(text, e):
            hit = ("PERSON", entity_key("PERSON", w))
        k = bisect_left(starts, s)
        if (k < len(out) and out[k][0] < e) or (k and out[k - 1][1] > s):
            continue
        out.insert(k, (s, e, hit[0], hit[1]))
        starts.insert(k, s)
    return out


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
    r"|(?<![\w'’-])(?:[Vv]oices|residents|people|families|evacuees) from)\s+(?:the\s+)?$"
)
# "in X" with no word of owning or backing a firm before it ("shares in X", "investors in X").
_IN_PLACE_BEFORE = re.compile(r"(?:(?<![\w'’-])(\w+)\s+|^)[Ii]n\s+(?:the\s+)?$")
_STAKE_WORDS = frozenset(
    "shares share stake stakes interest interests investment investments investors investor shareholders "
    "holdings holding confidence trust".split()
)
_PLACE_USE_AFTER = re.compile(r"\s+(?:fire|fires|blaze|explosion|area|region|district|municipality|residents)\b")
_PLANT_AFTER = re.compile(r"\s+(?:plant|site|works)\b")
_ITS_BEFORE = re.compile(r"(?<![\w'’-])(?:its|their)\s+$")
_CAP_AFTER = re.compile(rf"\s+{CAP}|['’]s\b")


def _place_use(text: str, s: int, e: int) -> bool:
    """Whether the word at ``text[s:e]`` is used as a place by the words around it
    (``_PLACE_USE_BEFORE``, ``_PLACE_USE_AFTER``; "plant", "site" or "works" after it only
    after "its" or "their")."""
    if _CAP_AFTER.match(text, e):
        return False
    before = text[max(0, s - 24) : s]
    inside = _IN_PLACE_BEFORE.search(before)
    return (
        _PLACE_USE_BEFORE.search(before) is not None
        or (inside is not None and (inside.group(1) or "").lower() not in _STAKE_WORDS)
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
    r"office|offices|headquarters|workers|brand|group|account|website|statement|spokesman|spokeswoman)\b"
)


def _water_use(text: str, s: int, e: int) -> bool:
    """Whether the word at ``text[s:e]`` is used as a river, lake or landform is
    (:data:`_WATER_USE_BEFORE`): the place, whichever firm it leads (t13l F18: "on the Tisza"
    beside "Tisza Energia Zrt" was the firm)."""
    return (
        _WATER_USE_BEFORE.search(text, max(0, s - 24), s) is not None
        and _CAP_AFTER.match(text, e) is None
        and _FIRM_USE_AFTER.match(text, e) is None
        and _PLACE_USE_AFTER.match(text, e) is None  # "on the Kvalsund fire": the town's
    )


def _town_of_firm(text: str, s: int, e: int, hit: tuple[str, str] | None) -> tuple[str, str] | None:
    """``hit`` (the (label, key) a short form gives the word at ``text[s:e]``), or, when it is
    a firm the word only leads (grouping.leads_firm: "Kvalsund" of "Kvalsund Polymers Ltd") and
    the word is used as a place there (:func:`_place_use`: "the Kvalsund fire"), the place of
    that name: a firm named after its town, the town written alone (t13i F3); used as a river or
    landform (:func:`_water_use`: "on the Tisza"), that place (LOC)."""
    if hit is not None and hit[0] == "ORG" and leads_firm(text[s:e], hit[1]):
        if _water_use(text, s, e):
            return ("LOC", entity_key("LOC", text[s:e]))
        if _place_use(text, s, e):
            return ("GPE", entity_key("GPE", text[s:e]))
    return hit


_OPEN_QUOTES = "\"“‘'«"  # quote marks that open a quote after a speaker's colon

# Verbs whose subject is plural: "Windows were", "Windows have been".
_PLURAL_VERBS = frozenset("were are have".split())

# A speech verb of a person (not "announced", "reported": firms do that) right after a name or
# right before it ("said Halvorsen").
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|replied|asked|wrote)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|explained|recalled|replied|asked)\s+$")


def _speaks(text: str, s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is the subject of a speech verb next to it."""
    return _SPEECH_AFTER.match(text, e) is not None or _SPEECH_BEFORE.search(text, max(0, s - 12), s) is not None


# A person's speech verb and a personal pronoun after a name: "Haldor said she had warned".
_SPEECH_AS_PERSON = re.compile(r",?\s+(?:said|says|told|added|explained|recalled|replied|wrote)\s+(?:she|he)\b")


def _family_firm(text: str, words: list[str]) -> bool:
    """Whether two unknown capitalised ``words`` are a firm named after a family ("Falkum
    Entreprenør", "Lyngdal Bygg") by the article's own evidence: the first word, no given name,
    is a person's surname alone elsewhere in ``text``, speaking of herself or himself ("Falkum
    said she had warned the council": :data:`_SPEECH_AS_PERSON`), and the second is no given
    name, so the pair is no person's given name and surname ("Ingrid Falkum"), surname first."""
    first, second = words
    if _given_first(first) or _word_given(first) or _given_first(second) or _word_given(second):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(first)}(?={_SPEECH_AS_PERSON.pattern})", text) is not None


def _speaks_as_person(text: str, e: int) -> bool:
    """Whether the name ending at ``e`` says something of "she" or "he" ("Haldor said she had
    warned the council"): a person speaking of herself or himself, no firm, though the name opens a
    firm's ("Haldor Bygg Ltd"); its surname then joins the one person of that name (grouping)."""
    return _SPEECH_AS_PERSON.match(text, e) is not None


# Irish and Scottish surname particles, written capitalised ("Ó Súilleabháin", "Mac Giolla Phádraig").
_GAELIC_PARTICLES = frozenset("Ó O Ní Nic Mac Mc Ua Uí".split())


# Words of a firm's trade before its legal form that its short name leaves out ("Meridian Palm
# Trading Pte Ltd" is "Meridian Palm"), and those joined by a conjunction ("Amazônia Amidos
# Indústria e Comércio Ltda" is "Amazônia Amidos").
_TRADE_WORDS = frozenset(
    "Trading Traders Brokers Holdings Group Industries Enterprises Co Indústria Industria Comércio Comercio".split()
)


def _long_short_forms(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A short form of several words takes its long form's type and entity at the article's
    other mentions, whatever those were read as: a person's surname of more than one word after
    the given names ("Ó Cearbhaill" after "Niamh Ó Cearbhaill", "Pérez Lindo" after "Juan Ignacio
    Pérez Lindo"), a firm's name without its legal form ("Tam Long Electronics" after "Tam Long
    Electronics JSC"). A mention inside a longer name is left alone."""
    short: dict[str, tuple[str, str]] = {}
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC", "NORP")}
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if label == "PERSON" and len(words) >= 3:
            k = 0
            while k < len(words) - 2 and (words[k] in given_names() or words[k] in _GIVEN):
                k += 1
            tail = words[k:]
            if k and len(tail) >= 2:
                short.setdefault(" ".join(tail), (label, key))
        elif label == "ORG" and len(words) >= 3 and legal_form(words[-1]) and " ".join(words[:-1]) not in places:
            short.setdefault(" ".join(words[:-1]).rstrip(","), (label, key))
            # without its legal forms and the words of its trade after them: "Meridian Palm" and
            # "Lankatea" after "Meridian Palm Trading Pte Ltd", "Lankatea Brokers (Pvt) Ltd"
            core = firm_core(" ".join(words)).split()
            while len(core) > 1 and (
                _cue_label(core[-1]) == "ORG" or core[-1] in _TRADE_WORDS or core[-1] in PARTNER_CONJUNCTIONS
            ):
                core.pop()
            if core and len(core) < len(words) - 1 and all(_is_cap(w) for w in core):
                name = " ".join(core)
                if len(core) >= 2 or (
                    name.lower() not in _COMMON
                    and name not in given_names()
                    and name not in places
                    and name not in city_names()
                    and name.lower() not in _LOWER_WORD.findall(text)
                ):
                    short.setdefault(name, (label, key))
        elif (
            label == "ORG"
            and len(words) == 2
            and 2 <= len(words[0]) <= 3
            and _is_acronym(words[0])
            and words[0] not in _STOP_ACRONYMS
            and words[1][:1].isupper()
            and not _is_acronym(words[1])
            and words[1] not in places
            and words[1] not in city_names()
            and words[1].lower() not in _COMMON
        ):
            short.setdefault(words[1], (label, key))  # a club's designator first: "Oostvliet" after "KV Oostvliet"
    if not short:
        return chosen
    out = list(chosen)
    for name, (label, key) in short.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                k = bisect_left(out, (at,))
                lo = k - 1 if k and out[k - 1][1] > at else k
                hi = lo
                while hi < len(out) and out[hi][0] < end:
                    hi += 1
                here = out[lo:hi]
                if all(at <= c[0] and c[1] <= end and c[2] in NAME_LABELS for c in here) and not any(
                    (c[0], c[1], c[2]) == (at, end, label) for c in here
                ):
                    out[lo:hi] = [(at, end, label, key)]
            at = text.find(name, end)
    return out


# Lower-case words inside a long name ("Department of Health and Social Care").
_INNER = frozenset("of for on and & the de des du la le di del".split())
_TRAILING_PUNCT = re.compile(r"[,;:!?\"“”()\[\]]|\.$|['’]s$")


def _acronym_named(text: str, starts: set[int]) -> list[tuple[int, int, str, str, int]]:
    """A name defined by the acronym in brackets after it is the whole run of capitalised words
    (and the "of", "for", "and" inside it) before the bracket: "Joint Committee on Grain and
    Seed Safety (JCGSS)", "Office of Roads and Drainage (ORD)". Where the acronym's letters are
    the initials of the run's last words, the name starts there ("Yesterday Acme Systems (AS)");
    a run that opens a sentence and fits no initials is left alone (its first word may be any
    word)."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _DEFINED.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        if not _is_acronym(acr) or acr.replace(".", "") in _STOP_ACRONYMS:
            continue  # "(TheStreet)", "(AI)": no acronym defined
        words = [
            (w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", text[max(0, m.start() - 240) : m.start()])
        ]
        base = max(0, m.start() - 240)
        run: list[tuple[int, int, str]] = []
        for a, b, w in reversed(words):
            if _TRAILING_PUNCT.search(w):
                break  # "said," or "Britain's": the name starts after it
            if w in _INNER and run:
                run.insert(0, (base + a, base + b, w))
                continue
            if not _is_cap(w):
                break
            run.insert(0, (base + a, base + b, w))
            if base + a in starts:
                break
        while run and run[0][2] in _INNER:
            run.pop(0)
        caps = [k for k, (_, _, w) in enumerate(run) if w not in _INNER]
        if len(caps) < 2 or run[0][2] in ("The", "A", "An"):
            if len(caps) >= 3 and run[0][2] in ("The", "A", "An"):
                run = run[1:]
                caps = [k - 1 for k in caps[1:]]
            else:
                continue
        first = next(
            (k for k in caps if [run[c][2][0] for c in caps if c >= k] == letters),
            None,
        )
        if first is None:
            # letters of the name in its own language, in another order, after "of (the)":
            # "senator Elena Moga of the Social Democratic Party (PSD)" defines the party alone
            first = next(
                (
                    k
                    for k in caps
                    if k and run[k - 1][2] in _INNER and sorted(run[c][2][0] for c in caps if c >= k) == sorted(letters)
                ),
                None,
            )
        if first is None:
            # letters of another language's name ("... Electricity and Drinking Water (ONEE)"):
            # only a long name, or one its own "of"/"and" holds together
            long_name = len(caps) >= 3 or any(w in _INNER for _, _, w in run)
            if long_name and (run[0][2][0] == letters[0] or run[0][0] not in starts):
                first = 0
            else:
                continue
        s, e = run[first][0], run[-1][1]
        if sum(1 for c in caps if c >= first) < 2:
            continue
        label = _cue_label(run[-1][2]) or "ORG"
        # "All Progressives Congress (APC)", "World Policy Forum (WPF)": a body with an acronym
        if label not in ("ORG", "LAW", "EVENT", "FAC") or run[-1][2] in ("Congress", "Forum"):
            label = "ORG"
        out.append((s, e, label, entity_key(label, " ".join(text[s:e].split())), -1))
    return out


_PAIR = rf"{CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)? {CAP}[{LOWER}]+(?:-{CAP}[{LOWER}]+)?"
_AND_PAIR_AFTER = re.compile(rf" and (?P<name>{_PAIR})(?![\w'’-]| {CAP})")
_PAIR_AND_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<name>{_PAIR}) and $")


def _coordinated_people(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """An unknown pair of capitalised words joined by "and" to a person's full name is a person
    too ("When Meera Krishnan and Rohit Deshpande left"), unless a word of it types it otherwise."""
    add: list[_Cand] = []
    for k, (s, e, label, key) in enumerate(chosen):
        if label != "PERSON" or " " not in key:
            continue
        found = [_AND_PAIR_AFTER.match(text, e)]
        if s >= 5 and text.startswith(" and ", s - 5):
            found.append(_PAIR_AND_BEFORE.search(text, max(0, s - 60), s))
        for m in found:
            if m is None:
                continue
            a, b = m.span("name")
            words = text[a:b].split()
            before = re.search(rf"({CAP}\S*) $", text[max(0, a - 30) : a])
            if before and before.group(1).lower() not in _COMMON:
                continue  # a third capitalised word: a longer name than a pair
            if any(w.lower() in _COMMON or _cue_label(w) or _is_title(w)[0] for w in words):
                continue
            if any(c[0] < b and a < c[1] for c in chosen) or any(c[0] < b and a < c[1] for c in add):
                continue
            add.append((a, b, "PERSON", entity_key("PERSON", " ".join(words))))
    return sorted(chosen + add) if add else chosen


_WORD_BEFORE = re.compile(r"([\w.-]+) $")


def _titled_people(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A given name and a surname that is also an organisation word, right after a core title,
    is a person: "Ambassador Samantha Power", "Governor Janet Banks" (the last word alone made
    them organisations). Each name looks at the word before it only."""
    out = list(chosen)
    for k, (s, e, label, key) in enumerate(out):
        if label != "ORG":
            continue
        words = text[s:e].split()
        if len(words) != 2 or not _given_first(words[0]) or _cue_label(words[-1]) != "ORG":
            continue
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if before is None or not _is_title(before.group(1))[1]:
            continue
        out[k] = (s, e, "PERSON", entity_key("PERSON", " ".join(words)))
    return out


# A title, a given name and a capitalised word: "Prime Minister Luís Montenegro".
_TITLED_GIVEN = re.compile(rf"([\w.-]+) ({CAP}{LETTER}+) $")


def _titled_place_surnames(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A place's name right after a given name that follows a core title is that person's
    surname, the two words a PERSON: "Prime Minister Luís Montenegro", "Minister Ana Jordan",
    "Senator Paul Kenya" (the surname alone was the country, GPE; t13n F3). The given name must be
    no name of its own among ``chosen``. Each place looks at the two words before it only."""
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        if label in ("GPE", "LOC") and " " not in text[s:e]:
            m = _TITLED_GIVEN.search(text, max(0, s - 60), s)
            if (
                m is not None
                and _given_first(m.group(2))
                and _is_title(m.group(1))[1]
                and not (out and out[-1][1] > m.start(2))
            ):
                name = f"{m.group(2)} {text[s:e]}"
                out.append((m.start(2), e, "PERSON", entity_key("PERSON", name)))
                continue
        out.append((s, e, label, key))
    return out


def _coordinated_firms(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A person-looking name of two or three words joined by "and" to a firm named by its trade
    (its last word an ORG cue: "Ostrava Freight") is a firm too, its whole name kept, when no
    given name opens it: "Ostrava Freight and Corvel Haulage said", "Corvel Haulage and Ostrava
    Freight"; its other mentions in the article with it. Linear in the chosen names (each looks
    at its neighbours only)."""
    out = list(chosen)
    firms: dict[str, str] = {}  # person key → the firm's key
    for k in range(len(out) - 1):
        e1, l1, s2, l2 = out[k][1], out[k][2], out[k + 1][0], out[k + 1][2]
        if text[e1:s2] != " and " or {l1, l2} != {"ORG", "PERSON"}:
            continue
        org, (ps, pe, _pl, _pk), at = (out[k], out[k + 1], k + 1) if l1 == "ORG" else (out[k + 1], out[k], k)
        org_words = text[org[0] : org[1]].split()
        if len(org_words) < 2 or _cue_label(org_words[-1]) != "ORG":
            continue
        words = text[ps:pe].split()
        if not 2 <= len(words) <= 3 or _given_first(words[0]) or any(_is_title(w)[0] for w in words):
            continue
        out[at] = (ps, pe, "ORG", entity_key("ORG", " ".join(words)))
        firms[entity_key("PERSON", " ".join(words))] = out[at][3]
    if firms:  # the firm's other mentions in the article ("Brightwater Yards said" later)
        out = [(s, e, "ORG", firms[key]) if key in firms else (s, e, label, key) for s, e, label, key in out]
    return out


_WORD = rf"{CAP}(?:{LETTER}|['’-])*"
_MEMBER = rf"{_WORD}(?: {_WORD})?"
_PLACES_KIND = "districts provinces regions counties prefectures municipalities states".split()
# A list of names after a preposition of place, or before a plural kind of place: "in Toledo,
# Maumee, Sylvania and Oregon", "across Java, Bali and Nusa Tenggara", "the Busia, Namayingo and
# Mayuge districts".
# Found by the preposition, or by the kind word and then read backwards: trying a list at
# every capital of the text was a tenth of the recogniser's time.
_LIST = rf"{_MEMBER}(?:, {_MEMBER})*,? (?:and|or) {_MEMBER}"
_PLACE_LIST = re.compile(rf"\b(?:in|across|near|outside|around|through|between) (?:the )?(?P<list>{_LIST})")
_PLACES_KIND_AT = re.compile(rf" (?:{'|'.join(_PLACES_KIND)})\b")
_LIST_BEFORE = re.compile(rf"(?<![\w'’-])(?P<list>{_LIST})$")
_IN_PLACE = re.compile(rf" (?:in|at) {CAP}")
_MEMBER_SPLIT = re.compile(r",? (?:and|or) |, ")


def _listed_places(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """The names of a list of places are places, once one of them is a known place or a plural
    kind of place follows: "refiners in Zhejiang and Liaoning" (not a person, though "Liaoning
    added"), "in Toledo, Maumee, Sylvania and Oregon". A list with a name typed otherwise (an
    organisation, a person's full name) is left alone ("invested in Acme, Beta and Google")."""
    if not chosen:
        return chosen
    starts = [c[0] for c in chosen]
    add: list[_Cand] = []
    retype: dict[int, _Cand] = {}
    lists: dict[int, tuple[str, bool]] = {}  # start: (the list, a kind of place after it)
    for m in _PLACE_LIST.finditer(text):
        if not _IN_PLACE.match(text, m.end()):  # "Maki Yoshida in Tokyo and Choi Ha-eun in Seoul": people
            lists[m.start("list")] = (m.group("list"), False)
    for kw in _PLACES_KIND_AT.finditer(text):
        lo = max(0, kw.start() - 160)
        if (before := _LIST_BEFORE.search(text, lo, kw.start())) is not None:
            lists[before.start("list")] = (before.group("list"), True)
    for a, (listed, kind) in sorted(lists.items()):
        members: list[tuple[int, int]] = []
        for part in _MEMBER_SPLIT.split(listed):
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
                    text[ms:me] in _WEEKDAYS_MONTHS
                    or first.lower() in _COMMON  # "in Dublin and An Lanntair": "An" opens no place
                    or first in _FAMILY_FIRST
                    or first in _GIVEN
                    or (" " in text[ms:me] and first in given_names())
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
            elif c[2] == "PERSON" and " " not in c[3] and " " not in text[ms:me]:
                todo.append((ms, me, hit[0]))  # "Liaoning added": one word a speech verb made a person
            else:
                ok = False
                break
        if not ok or not todo or not (places or kind):
            continue
        for ms, me, j in todo:
            cand = (ms, me, "GPE", entity_key("GPE", text[ms:me]))
            if j >= 0:
                retype[j] = cand
            else:
                add.append(cand)
    if not add and not retype:
        return chosen
    out = [retype.get(j, c) for j, c in enumerate(chosen)]
    return sorted(out + add)


_ANY_LIST = re.compile(_LIST)


def _listed_peoples(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """The names of a list of peoples are peoples: "Albanians, Turks, Vlachs, Serbs and Roma" once
    two or more of its members, and at least half, are known peoples (NORP) and the rest one-word
    names nothing typed. A member typed otherwise ("Kestrel Robotics", "Google") leaves the list
    alone."""
    norp = [c for c in chosen if c[2] == "NORP"]
    if len(norp) < 2:
        return chosen
    starts = [c[0] for c in chosen]
    add: list[_Cand] = []
    done = -1
    for c in norp:
        if c[0] < done or text[max(0, c[0] - 2) : c[0]] == ", ":
            continue  # inside a list already read, or not its first member
        m = _ANY_LIST.match(text, c[0])
        if m is None:
            continue
        done = m.end()
        members: list[tuple[int, int]] = []
        a = m.start()
        for part in _MEMBER_SPLIT.split(m.group()):
            at = text.index(part, a)
            members.append((at, at + len(part)))
            a = at + len(part)
        peoples = 0
        todo: list[tuple[int, int, int]] = []
        ok = True
        for ms, me in members:
            k = bisect_left(starts, ms)
            hit = [j for j in (k - 1, k, k + 1) if 0 <= j < len(chosen) and chosen[j][0] < me and ms < chosen[j][1]]
            if not hit:
                if " " in text[ms:me] or text[ms:me].lower() in _COMMON or text[ms:me] in _WEEKDAYS_MONTHS:
                    ok = False
                    break
                todo.append((ms, me, -1))
                continue
            h = chosen[hit[0]]
            if len(hit) > 1 or (h[0], h[1]) != (ms, me):
                ok = False
                break
            if h[2] != "NORP":
                ok = False  # "Britons, Americans, Google and Apple": a list of another kind
                break
            peoples += 1
        if ok and todo and peoples >= 2 and peoples >= len(todo):
            add.extend((ms, me, "NORP", entity_key("NORP", text[ms:me])) for ms, me, _ in todo)
    return sorted(chosen + add) if add else chosen


# The word before a law's name and the word joining them: "of", "on", "for" ("the Proceeds of
# Crime Act"), or "and", "at" inside a short title ("the Town and Country Planning Act", "the
# Health and Safety at Work Act 2015"; s26-i).
_LAW_HEAD = re.compile(rf"(?<![\w'’.-])(?P<head>{CAP}[{LOWER}]+) (?:(?:of|on|for) (?:the )?|(?:and|at) )$")
# A short title with a bracketed part before its kind word, the jurisdiction or the matter:
# "the Planning (Wales) Act 2015", "the Children (Scotland) Act 1995", "the Criminal Justice
# (Miscellaneous Provisions) Act" (s26-i: the run of capitals stopped at the bracket, and the
# place inside was read alone).
_BRACKETED_LAW = re.compile(
    rf"(?<![\w'’.-])(?P<words>(?:{CAP}[{LOWER}]+ )+)\((?:{CAP}[\w'’-]*)(?: (?:and )?{CAP}[\w'’-]*)*\) "
    r"(?:Act|Bill|Measure|Order|Regulations)\b"
)


def _law_heads(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A law's name takes in the words before its "of" ("the Proceeds of Crime Act", "the
    Representation of the People Act"), its "and" or "at" ("the Health and Safety at Work
    Act"), which the run of capitals left out, a bracketed part ("the Planning (Wales) Act":
    :data:`_BRACKETED_LAW`, a place's name inside no name of its own) and the year after it
    ("the Medical Act 1983": the year is part of a British or Irish act's short title)."""
    chosen = _bracketed_laws(text, chosen)
    out: list[_Cand] = []
    skip_to = -1
    for s, e, label, key in chosen:
        if s < skip_to:
            continue  # the year, now inside the law's name
        while label == "LAW" and (m := _LAW_HEAD.search(text, max(0, s - 40), s)) is not None:
            head = m.group("head")
            a = m.start("head")
            # a title's word before "of" is a title ("Secretary of State"); before "and" or "at"
            # inside a short title one of the law's matters ("the Health and Safety at Work Act",
            # "the Justice and Security Act 2013")
            joined = text[m.end("head") + 1 : s].startswith(("and ", "at "))
            if (_is_title(head)[0] and not joined) or head.lower() in _COMMON or _cue_label(head) == "LAW":
                break
            if out and out[-1][1] > a:
                if (out[-1][0], out[-1][1]) != (a, m.end("head")) or out[-1][2] in ("GPE", "LAW"):
                    break
                out.pop()  # "Health" read alone (an ORG) opens "the Health and Safety at Work Act"
            s = a
            key = entity_key("LAW", " ".join(text[s:e].split()))
        if label == "LAW" and (y := _LAW_YEAR.match(text, e)) is not None:
            e = skip_to = y.end()
            key = entity_key("LAW", " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


def _hyphened_places(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with a place joined by a hyphen to the name after it taken into that name,
    a war, a line or a treaty between two places ("the Iran-Iraq War", "the Laos-China
    Railway", "the Ethiopia-Djibouti Railway": the run of capitals kept the known place before
    the hyphen apart, and the name began after it). The name keeps its label; a place alone
    after the hyphen ("the India-Pakistan border") stays two places."""
    out: list[_Cand] = []
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


def _bracketed_laws(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """``chosen`` with each law of :data:`_BRACKETED_LAW` in ``text`` one LAW, in place of the
    names found inside it ("Wales" of "the Planning (Wales) Act"). A sentence's opening word,
    a common word or a title before the law's own words stays outside ("Under the ...")."""
    laws: list[tuple[int, int]] = []
    for m in _BRACKETED_LAW.finditer(text):
        s = m.start()
        for word in m.group("words").split():
            if not (word.lower() in _COMMON or _is_title(word)[0]):
                break
            s += len(word) + 1
        if s < m.start("words") + len(m.group("words")):
            laws.append((s, m.end()))
    if not laws:
        return chosen
    kept = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e in laws)]
    added = [(s, e, "LAW", entity_key("LAW", " ".join(text[s:e].split()))) for s, e in laws]
    return sorted(kept + added)


_LAW_YEAR = re.compile(r" (?:1[6-9]|20)\d\d\b(?![.,]\d)")


# A ministry or department named by a list of its fields, a field of one or two words:
# "Ministry of Economy, Trade and Industry", "Department of Health, Labour and Welfare",
# "Ministry of Infrastructure and Water Management" (never "... and Industry Minister", nor
# "Ministry of Defence and Home Office": a body of its own after "and").
_FIELD = rf"{CAP}[{LOWER}]+(?: {CAP}[{LOWER}]+)?"
_LISTED_DEPARTMENT = re.compile(
    rf"\b(?:Ministry|Department|Secretariat) (?:of|for) {_FIELD}(?:, {_FIELD})*,? and {_FIELD}"
    rf"(?![\w'’-]| {CAP})"
)
# A legal form with its bracketed word, as South Asian and southern African firms write it:
# "Lankatea Brokers (Pvt) Ltd", "Karoo Fibre (Pty) Ltd", "Ceylon Leaf (Private) Limited".
_BRACKETED_WORDS = "|".join(sorted(_BRACKETED_LEGAL))
# Capitalised words (and "de", "do", "da", "dos", "das", "e", "&" between them), optionally a
# dash and more such words, then a comma and a legal form: "Quimibral – Química Industrial, Lda".
_FIRM_WORDS = rf"{CAP}[\w'’.&-]*(?: (?:(?:de|do|da|dos|das|e|&) )?{CAP}[\w'’&-]*){{0,5}}"
_COMMA_FORM_FIRM = re.compile(
    rf"(?<![\w'’-])({CAP}[\w'’&-]*)(?: (?:(?:de|do|da|dos|das|e|&) )?{CAP}[\w'’&-]*){{0,5}}"
    rf"(?: [–—-] {_FIRM_WORDS})?, (?P<form>[A-Z][A-Za-z]*\.?(?:[A-Za-z]+\.)*)(?![\w'’-]| {CAP})"
)
# A sentence's opening word is no firm's first ("The", "A", "In"): left to the other rules.
_COMMON_OPENER = re.compile(r"The|A|An|In|At|On|By|For|From|With|And|But|Of")
_BRACKETED_FORM = re.compile(
    rf"(?<![\w'’-]){CAP}[\w'’&-]*(?: {CAP}[\w'’&-]*){{0,4}} \((?:{_BRACKETED_WORDS})\) (?:Ltd(?:\.(?=,|\s+[a-z]))?|Limited)(?![\w'’-])"
)
# Capitals before a lower-case legal form name a firm whatever their words ("Norrland Timber plc",
# "Harrow Mills ltd"); a sentence's "The" or "A" before them stays outside.
_LOWER_FORM_WORDS = "|".join(sorted(_LOWER_LEGAL_FORMS))
# ... and a lower-case form of several words ("Wiśniewski Budowa sp. z o.o."), which ends in a dot
_LOWER_SPACED = sorted(f for f in SPACED_LEGAL_FORMS if f[0].islower())
_LOWER_FORM = re.compile(
    rf"(?<![\w'’-])(?!(?:The|A|An) ){CAP}[\w'’&-]*(?: {CAP}[\w'’&-]*){{0,4}} "
    rf"(?:(?:{_LOWER_FORM_WORDS})(?![\w'’.-])|(?:{'|'.join(re.escape(f) for f in _LOWER_SPACED)})(?![\w'’-]))"
)
_ROAD = re.compile(r"\b(?:Highway|Route|Interstate|State Route|County Road)[ -]\d{1,4}\b")
_ROAD_WORDS = ("Highway", "Route", "Interstate", "County Road")  # one is in every match

# A company's legal form after a comma: "Veltrix Systems, Inc.", "Harrow Mills, LLC".
# (A lower-case form needs no comma: "Skerrow Petroleum plc", "Harrow Mills ltd".)
_COMMA_FORM_WORDS = "|".join(re.escape(f) for f in sorted(_COMMA_LEGAL_FORMS, key=lambda f: (-len(f), f)))
_COMPANY_FORM = re.compile(rf",\s(?:{_COMMA_FORM_WORDS})\b\.?| (?:{_LOWER_FORM_WORDS})\b(?![\w'’-])")


def text_of(toks: list[tuple[int, int, str]]) -> str:
    """Contiguous tokens as one word ("Co", "-", "operative" → "Co-operative")."""
    return "".join(t for _, _, t in toks)


def _slash_forms(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``toks`` (start, end, text) with a legal form written in several tokens made one token:
    "A", "/", "S" written together is "A/S" (split at the slash, "Lindeberg Kran A/S" was a person
    "S": t13g F2c), "Sp", ".", "z", "o.o." is "Sp. z o.o." and "S", ".", "à", "r.l." is "S.à r.l."
    (:data:`SPACED_LEGAL_FORMS`: "Kowalski Stal Sp. z o.o." was a person "Kowalski Stal"), so that
    the firm's run takes the form in (lexicons.legal_form). Other tokens as given."""
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        three = toks[i : i + 3]
        if [t for _, _, t in three] == ["A", "/", "S"] and three[0][1] == three[1][0] and three[1][1] == three[2][0]:
            out.append((three[0][0], three[2][1], "A/S"))
            i += 3
            continue
        if (
            toks[i][2] == "Co"
            and [t for _, _, t in three[1:]] in (["-", "operative"], ["-", "Operative"], ["-", "op"], ["-", "Op"])
            and three[0][1] == three[1][0]
            and three[1][1] == three[2][0]
        ):
            # "Déise Dairy Co-operative Society Ltd", "Kilkenny Co-op": a co-operative, no form "Co"
            # that ends the name (heldout20, session 27: "Déise Dairy Co" and "Society Ltd")
            out.append((three[0][0], three[2][1], text_of(three)))
            i += 3
            continue
        if toks[i][2] in _SPACED_FIRST and (j := _spaced_form_end(toks, i)):
            out.append((toks[i][0], toks[j - 1][1], _spaced_text(toks, i, j)))
            i = j
            continue
        out.append(toks[i])
        i += 1
    return out


# The first token of each of SPACED_LEGAL_FORMS ("Sp" of "Sp. z o.o.", "S" of "S.à r.l.")
_SPACED_FIRST = frozenset(_TOKEN.findall(f)[0] for f in SPACED_LEGAL_FORMS)
_SPACED_TOKENS = max(len(_TOKEN.findall(f)) for f in SPACED_LEGAL_FORMS)


def _spaced_text(toks: list[tuple[int, int, str]], i: int, j: int) -> str:
    """``toks[i:j]`` as written, one space where the text has a gap between two tokens."""
    return "".join((" " if k > i and toks[k][0] > toks[k - 1][1] else "") + toks[k][2] for k in range(i, j))


def _spaced_form_end(toks: list[tuple[int, int, str]], i: int) -> int:
    """The end (exclusive token index) of a legal form of :data:`SPACED_LEGAL_FORMS` opening at
    token ``i``, each gap one space at most; 0 when none opens there."""
    for j in range(i + 2, min(len(toks), i + _SPACED_TOKENS) + 1):
        if toks[j - 1][0] - toks[j - 2][1] > 1:
            return 0
        if _spaced_text(toks, i, j) in SPACED_LEGAL_FORMS:
            return j
    return 0


def _company_form(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """An organisation's span takes in the legal form written after it with a comma, or a
    lower-case one after a space ("Skerrow Petroleum plc")."""
    out: list[_Cand] = []
    skip_to = -1
    for s, e, label, key in chosen:
        if s < skip_to:
            continue  # the legal form, now inside the name before it
        if label in ("ORG", "PERSON") and (m := _COMPANY_FORM.match(text, e)) is not None:
            e = skip_to = m.end()  # "signed by Harrow Mills, LLC": the legal form says company
            label, key = "ORG", entity_key("ORG", " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


def _languages(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A language name used as a language ("spoke Hmong", "in Urdu, Punjabi and Somali") is a
    LANGUAGE, whatever the word was typed as (a nationality, a place); one inside a longer name
    ("the Irish Times") is left alone."""
    spans = language_spans(text)
    out = list(chosen)
    # A core language before a lower-case noun no rule named is the people who speak it ("a Tamil
    # acoustician", "Bengali wives"; heldout20, session 27: nothing), as a demonym is; not where
    # the article uses the word as a language (one sense per article, below).
    as_language = {text[s:e] for s, e in spans}
    for s, e in attributive_spans(text):
        if text[s:e] in as_language:
            continue
        k = bisect_left(out, (s,))
        if not any(c[0] < e and s < c[1] for c in out[max(0, k - 1) : k + 1]):
            out.insert(k, (s, e, "NORP", entity_key("NORP", text[s:e])))
    if not spans:
        return out
    for s, e in spans:
        k = bisect_left(out, (s,))
        here = [c for c in out[max(0, k - 1) : k + 2] if c[0] < e and s < c[1]]
        if any((c[0], c[1]) != (s, e) for c in here):
            continue  # part of a longer name
        for c in here:
            out.remove(c)
        k = bisect_left(out, (s,))
        out.insert(k, (s, e, "LANGUAGE", entity_key("LANGUAGE", text[s:e])))
    # One sense per article: a word the article uses as a language is that language at its
    # other mentions too ("Novels from Hungarian, Tamil and Georgian", beside "translated from
    # the Tamil"), or, before a noun, the people who speak it ("a Tamil family saga"), never a
    # place that "in Tamil" made of it.
    used = {text[s:e] for s, e in spans}
    for k, (s, e, label, key) in enumerate(out):
        if label in ("NORP", "GPE", "LOC") and text[s:e] in used and text[s - 1 : s] != "-" and text[e : e + 1] != "-":
            label = "LANGUAGE" if used_as_language(text, e) else "NORP"
            out[k] = (s, e, label, entity_key(label, text[s:e]))
    return out


# A model's code after its maker's name: "A350-1000", "787-9", "777X", "A321neo", "X5": digits with a
# letter before or after them or a dash and a variant's number; never a bare number or a year.
_MODEL_CODE = re.compile(
    r" (?!(?:Q[1-4]|H[12]|FY\d*|[A-Z]\d{1,2}[A-Z]?)\b)(?P<code>(?:[A-Z]{1,3}\d{1,4}(?:-\d{1,4})?[A-Za-z]{0,3}|\d{2,4}(?:-\d{1,4}[A-Za-z]{0,2}|[A-Z]{1,2}|neo)))"
    r"(?![\w/-]|[.,]\d)"
)


def _maker_models(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """An organisation's name and a model's code right after it are one PRODUCT ("an order for 40
    Aerix A350-1000 jets", "its Boeing 777X"), and the code alone elsewhere in the article is that
    product ("the 777X programme")."""
    out: list[_Cand] = []
    codes: dict[str, str] = {}
    skip_to = -1
    for k, (s, e, label, key) in enumerate(chosen):
        if s < skip_to:
            continue
        m = _MODEL_CODE.match(text, e) if label == "ORG" and " " not in text[s:e] else None
        if m is not None:
            end = m.end("code")
            name = text[s:end]
            out.append((s, end, "PRODUCT", entity_key("PRODUCT", name)))
            codes.setdefault(m.group("code"), entity_key("PRODUCT", name))
            skip_to = end  # a figure read in the code ("777", "1000") is part of the name
            continue
        out.append((s, e, label, key))
    if not codes:
        return chosen
    for code, key in codes.items():
        for m in re.finditer(rf"(?<![\w.,/-]){re.escape(code)}(?![\w/-]|[.,]\d)", text):
            a, b = m.span()
            k = bisect_left(out, (a,))
            lo = k - 1 if k and out[k - 1][1] > a else k
            hi = lo
            while hi < len(out) and out[hi][0] < b:
                hi += 1
            if any(c[2] in NAME_LABELS for c in out[lo:hi]):
                continue  # inside a name (the maker's product itself, or another)
            out[lo:hi] = [(a, b, "PRODUCT", key)]  # a figure read in it goes
    return out


# A model's suffix in capitals ("SE", "FE", "XL", "VI"): as short as a legal form, which a lone
# "SE" would otherwise be read as
_MODEL_SUFFIX = re.compile(r"[A-Z]{2}|[IVX]{1,4}")
# A model's name and code before the suffix: "Galaxy S24 ", "Xperia 10 ", "Pixel 8 "
_MODEL_BEFORE = re.compile(rf"(?<![\w'’-])({CAP}[{LOWER}]+|[{LOWER}]+{CAP}[\w]*) ([A-Z]{{0,2}}\d{{1,4}}[a-z]?) $")
_YEAR_CODE = re.compile(r"1[89]\d\d|20\d\d")


def _model_suffixes(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A lone organisation of two capitals (or a Roman numeral) right after a product ("iPhone
    SE") or a model's name and code ("Galaxy S24 FE", "Xperia 10 VI") is the model's suffix, no
    firm: the product goes on to it (a PRODUCT "iPhone SE", "Galaxy S24 FE"). A legal form that
    ends a firm's name is a part of that name already ("Baltic Rail SE") and stays."""
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        # only an organisation read from the word's shape (a known one, "EU", "UN", stays)
        if label == "ORG" and _MODEL_SUFFIX.fullmatch(text, s, e) and key == entity_key("ORG", text[s:e]):
            if out and out[-1][2] == "PRODUCT" and text[out[-1][1] : s] == " ":
                start = out.pop()[0]
                out.append((start, e, "PRODUCT", entity_key("PRODUCT", text[start:e])))
                continue
            m = _MODEL_BEFORE.search(text, max(0, s - 40), s)
            if (
                m is not None
                # a date ("March 2024") or a numbered place, road or body ("Route 66", "Flight
                # 370") is no model's name and code
                and m.group(1) not in _WEEKDAYS_MONTHS
                and _cue_label(m.group(1)) is None
                and not _YEAR_CODE.fullmatch(m.group(2))
            ):
                start = m.start(1)
                while out and out[-1][1] > start:
                    if out[-1][2] in NAME_LABELS and out[-1][0] < start:
                        break  # a name the model's name is the last word of: leave both
                    out.pop()  # a figure read in the code ("10")
                else:
                    out.append((start, e, "PRODUCT", entity_key("PRODUCT", text[start:e])))
                    continue
        out.append((s, e, label, key))
    return out


_COMPASS = frozenset(
    "West East North South Central Southeast Southwest Northeast Northwest Western Eastern Northern Southern".split()
)
# Words of position or time before a place, which leave it a place ("Central Europe", "Rural Japan",
# "Old Delhi"): never an organisation's arm named after the place.
_NOT_ARMS = _COMPASS | frozenset(
    "Inner Outer Upper Lower Greater Mainland Rural Urban Imperial Ancient Modern Medieval Colonial Communist "
    "Occupied Free Metropolitan Coastal Continental Old Little Downtown Uptown Suburban Postwar Prewar".split()
)


# Nouns of what two nations do together: "a Japanese-Chinese collaboration", "a Saudi-Dutch consortium".
_BETWEEN_NATIONS = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:collaborations?|consortium|consortia|venture|joint|partnerships?|border|relations|"
    r"talks|deal|agreements?|alliance|team|project|war|summit|treaty|pact|rivalry|match|friendship|cooperation|"
    r"co-operation|trade|dialogue|commission|initiative|programme|program|study|research|expedition|mission)\b"
)


def _compound_nationalities(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Two nationalities joined by a hyphen are one ("Korean-American", "Japanese-Brazilian"),
    unless what follows is something two nations do together ("a Saudi-Dutch consortium": two);
    a point of the compass before one is part of it ("West African", "Central Asian")."""
    if not any(c[2] == "NORP" for c in chosen):
        return chosen
    out: list[_Cand] = []
    for c in chosen:
        s, e, label, _ = c
        prev = out[-1] if out else None
        if (
            label == "NORP"
            and prev is not None
            and prev[2] == "NORP"
            and text[prev[1] : s] == "-"
            and not _BETWEEN_NATIONS.match(text, e)
        ):
            out[-1] = (prev[0], e, "NORP", entity_key("NORP", text[prev[0] : e]))
            continue
        if label == "NORP" and (
            m := re.search(rf"(?<![\w'’-])({'|'.join(sorted(_COMPASS))}) $", text[max(0, s - 12) : s])
        ):
            a = s - len(m.group(1)) - 1
            if not (prev is not None and prev[1] > a):
                out.append((a, e, "NORP", entity_key("NORP", text[a:e])))
                continue
        out.append(c)
    return out


# Words of position that make one name with the place after them ("Central Europe", "East
# Greenland", "Inner Mongolia", "Greater Caucasus").
_PLACE_PARTS = _COMPASS | frozenset("Inner Outer Upper Lower Greater".split())
_PLACE_PART_BEFORE = re.compile(rf"(?<![\w'’.-])({'|'.join(sorted(_PLACE_PARTS))}) $")


def _compass_places(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A word of position right before a place is part of its name ("Central Europe", not
    "Central" and "Europe"; "East Greenland"), whether the word stood alone or was a one-word guess
    of its own: a region as a whole (ISO 3166-2) or a part named "Inner"/"Outer" is GPE, any other
    part of a land LOC."""
    out: list[_Cand] = []
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
# 9,000 people" (_speaking_places).
_PLACE_WORDS_BEFORE = r"(?:(?<![\w'’-])(?:[Ii]n|near|outside|around|(?:residents|inhabitants|town|village|city|mayor|streets|outskirts|suburbs) of) )"
_PLACE_APPOSITION = (
    r", (?:a|an|the) (?:[a-z-]+ ){0,3}?(?:town|village|city|port|suburb|hamlet|county|municipality|commune|parish"
    r"|settlement|island)(?=[,.;:)—–]| (?:of|in|on|near|outside|with|that|where|whose|which|north|south|east|west)\b)"
)


def _speaking_places(text: str, chosen: list[_Cand]) -> list[_Cand]:
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
        if w in in_names or w in given_names() or w in _GIVEN or not w[:1].isupper():
            continue
        if w in places:
            retype[w] = places[w]
            continue
        word = re.escape(w)
        if re.search(rf"{_PLACE_WORDS_BEFORE}{word}(?![\w'’-])", text) or re.search(
            rf"(?<![\w'’-]){word}{_PLACE_APPOSITION}", text
        ):
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


# A name in brackets right after an organisation's: its own name in its language or its short
# form ("the Sámi Parliament (Sámediggi)", "the Union of Water Boards (Unie van Waterschappen)",
# "the Court of Accounts (Sayıştay)"). One to six words, the first capitalised, nothing after the
# bracket but the sentence going on.
_BRACKETED_NAME = re.compile(rf" \(({CAP}[\w'’.+-]*(?: [\w'’.+-]+){{0,5}})\)(?! ?{CAP})")


def _bracketed_names(text: str, chosen: list[_Cand], known: Callable[[str], str | None]) -> list[_Cand]:
    """The name in brackets after an organisation's is that organisation (its key), unless it is
    a name of its own the gazetteer knows or a place ("Bancoval (Colombia)"), a listing code or an
    acronym (read by :func:`_defined_short_forms`)."""
    if " (" not in text:
        return chosen
    out = list(chosen)
    added = False
    for s, e, label, key in chosen:
        if label != "ORG":
            continue
        m = _BRACKETED_NAME.match(text, e)
        if m is None:
            continue
        name = m.group(1)
        a, b = m.span(1)
        if (
            _is_acronym(name)
            or known(name) is not None
            or name in city_names()
            or name in region_names()
            or name.split(" ", 1)[0] in _TITLE_CORE
            or any(ch.isdigit() for ch in name)
            # one plain word may be where the body is ("The Board on Transport (Halvik)"); its
            # own name is in its language ("Sayıştay", "Sámediggi") or of mixed case ("PvdA")
            or (" " not in name and name.isascii() and name[1:].islower())
        ):
            continue
        inside = [c for c in out if a < c[1] and c[0] < b]
        if any(c[2] != "ORG" and (c[0], c[1]) == (a, b) for c in inside) and any(
            c[2] in ("GPE", "LOC", "NORP", "PERSON") and known(text[c[0] : c[1]]) is not None for c in inside
        ):
            continue
        if any(c[2] in ("GPE", "LOC") and (c[0], c[1]) == (a, b) for c in inside):
            continue  # "Bancoval (Colombia)": where it is from
        out = [c for c in out if not (a < c[1] and c[0] < b)]
        out.append((a, b, "ORG", key))
        added = True
    if added:
        out.sort()
    return out


def _title_case(words_: list[str], btext: str) -> bool:
    if len(words_) > 20 or btext.rstrip().endswith("."):
        return False  # (as the last test below says: decided before reading every word of prose)
    content = [
        w
        for w in words_
        if w.lower() not in _CONNECT
        and w.lower() not in ("a", "an", "to", "at", "in", "by", "with", "from", "as", "is", "vs")
    ]
    if len(content) < 3 or (btext.rstrip().endswith((".", "!")) and len(words_) > 14):
        return False
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps >= 0.85 * len(content) and len(words_) <= 20 and not btext.rstrip().endswith(".")


# A legislator's party letter and home after the name, as US copy writes them: ", D-Las Cruces,",
# "(R-Roswell)", "(D-N.M.)".
_PARTY_HOME = re.compile(
    rf"(?:(?<=, )|(?<=\())(?P<party>[DRI])-(?P<place>{CAP}[\w'’.]*(?: {CAP}[\w'’.]*){{0,2}})(?=[,)])"
)


# The US states' and Canada's provinces' abbreviations of the AP stylebook, written after a town
# and a comma ("Pierre, S.D.,", "Rimouski, Que.,"); the states of five letters or fewer are written
# in full ("Ohio", "Utah") and the two-letter postal codes are left out ("IN", "OR" are words).
_STATE_ABBREVIATIONS = {
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
_TOWN_STATE = re.compile(
    rf"(?<![\w'’-]){CAP}[\w'’-]*, (?P<state>{'|'.join(re.escape(a) for a in sorted(_STATE_ABBREVIATIONS, key=len, reverse=True))})(?!\w)"
)


# Kind words a name's number follows: "House Bill 2", "Senate Bill 17", "BBC Radio 4", "Channel 5".
_NUMBERED_KINDS = frozenset("Bill Radio Channel".split())
_NAME_NUMBER = re.compile(r" \d{1,4}(?![\w%]|[.,:/-]\d| (?:million|billion|trillion|percent|per\b))")


def _numbered_names(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A bill's or a station's number is part of its name ("House Bill 1", "BBC Radio 4")."""
    out: list[_Cand] = []
    taken = -1  # the end of a name that took the number after it
    for s, e, label, key in chosen:
        if s < taken:
            continue  # the number, as a CARDINAL: now the name's
        if label in ("LAW", "ORG") and text[s:e].rsplit(None, 1)[-1] in _NUMBERED_KINDS:
            m = _NAME_NUMBER.match(text, e)
            if m is not None:
                e = taken = m.end()
                key = entity_key(label, " ".join(text[s:e].split()))
        out.append((s, e, label, key))
    return out


# A ruler's or a pope's number after the name: "Ramses II", "Louis XIV", "Charles III" (not I, V
# or X alone, which are also letters).
_REGNAL = r"(?:XX|XI{1,3}|XIV|XVI{0,3}|XIX|IX|IV|VI{1,3}|II{1,2})"
_REGNAL_AT = re.compile(rf" {_REGNAL}(?![\w'’-])")
_REGNAL_NAME = re.compile(rf"(?<![\w'’-])(?P<name>{CAP}[{LOWER}][\w'’-]*) (?P<num>{_REGNAL})(?![\w'’-])")
# Titles of rulers before such a name (nouns that take a Roman number without being anyone,
# "Title IX", "Phase II": lexicons._NUMBERED_NOUNS).
_RULERS = frozenset("King Queen Pope Emperor Empress Tsar Tsarina Sultan Pharaoh Prince Princess Shah Kaiser".split())


def _regnal_numbers(text: str, chosen: list[_Cand], doc_lower: set[str]) -> list[_Cand]:
    """A Roman number after a person's name is part of it ("Ramses II"), never an organisation."""
    out = list(chosen)
    for m in _REGNAL_NAME.finditer(text):
        (ns, ne), (rs, re_) = m.span("name"), m.span("num")
        name = m.group("name")
        at = [c for c in out if c[0] < re_ and ns < c[1]]
        if any(c[0] <= ns and c[1] >= re_ for c in at):
            continue  # "World War II", "King Charles III": named whole already
        owner = [c for c in at if c[1] == ne]
        if any(c[0] < rs for c in at if c not in owner):
            continue
        before = text[max(0, ns - 16) : ns].split()
        person = (
            (owner and owner[0][2] == "PERSON")
            or (not owner and name in given_names())
            or (not owner and bool(before) and before[-1] in _RULERS)
            or (
                # "served under Ramses II", "the reign of Tahmuret IX": a ruler's word before it
                not owner
                and bool(before)
                and (before[-1] == "under" or before[-2:] == ["reign", "of"])
                and name.lower() not in doc_lower
                and name not in _NUMBERED_NOUNS
                and _cue_label(name) is None
                and not _is_title(name)[0]
            )
        )
        numeral = [c for c in at if (c[0], c[1]) == (rs, re_)]
        for c in numeral:
            out.remove(c)  # a Roman number is no organisation's name
        if person:
            start = owner[0][0] if owner else ns
            key = owner[0][3] if owner else entity_key("PERSON", f"{name} {m.group('num')}")
            for c in owner:
                out.remove(c)
            out.append((start, re_, "PERSON", key))
    out.sort()
    return out


# Initials without their full stops before a surname, as results lines and tables write them:
# "1 F Ghebremedhin (Eritrea)", "2 B S Ruiz Cárdenas". A lone "A" or "I" is a word, not an initial.
_BARE_INITIALS = re.compile(rf"(?<![\w.'’&-])(?:{CAP} ){{1,3}}$")


def _bare_initials(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """A person's name takes the bare initials written right before it ("F Ghebremedhin")."""
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        if label == "PERSON":
            m = _BARE_INITIALS.search(text, max(0, s - 6), s)
            prev_end = out[-1][1] if out else -1
            if m is not None and m.start() >= prev_end and m.group() not in ("A ", "I "):
                s = m.start()
        out.append((s, e, label, key))
    return out


_VOWEL = re.compile(r"[AEIOUY]")
_CLOCK = frozenset({"am", "pm", "a.m", "p.m", "GMT", "BST", "CET", "ET"})


# Shortest run of words in capitals read as shouted text, and how many of them must be ordinary words
_SHOUTED_WORDS = 4
_SHOUTED_ORDINARY = 2
# Signs that may stand between the words of a run in capitals ("SAILINGS. VESTHAV", "PORT, WHICH")
_SHOUTED_GLUE = frozenset(".,;:-–—&'’!?")
# Every legal form as written in capitals, the two-letter ones too ("AS", "OY", "GMBH")
_UPPER_FORMS = frozenset(_FORM_SPELLING)
# Words a firm's name in capitals is not made of: the ordinary ones a shouted sentence is made of
_NOT_FIRM_WORDS = STOP_WORDS | _COMMON | frozenset(NUMBER_WORDS)


def _surname_written(name: str) -> str:
    """A person's ``name`` whose last word, a surname in capitals (:func:`_shouted_surname`),
    follows words in mixed case, with that word as prose writes it ("Trine HOLMEN" → "Trine
    Holmen", "Lars BERGSTRØM" → "Lars Bergstrøm": :func:`title_cased`), so that the person is the
    one other articles name; any other name as written ("Benedict XVI", "NASCAR O'Reilly")."""
    words = name.split()
    if len(words) < 2 or not _shouted_surname(words[-1]) or any(_loud(w) for w in words[:-1]):
        return name
    return " ".join([*words[:-1], title_cased(words[-1])])


_ROMAN = re.compile(r"[IVXLCDM]+")


def _shouted_surname(word: str) -> bool:
    """Whether ``word`` may be a surname written in capitals ("HOLMEN", "BRÆKKE"): letters only,
    five or more, a vowel among them, no Roman number ("XVIII"); a shorter one ("NFL", "QST",
    "LII", "IMAP") is an acronym or a model's letters as often."""
    return (
        len(word) >= 5
        and word.isalpha()
        and word.isupper()
        and bool(_VOWEL.search(word))
        and not _ROMAN.fullmatch(word)
    )


def _loud(tok: str) -> bool:
    """Whether ``tok`` is a word in capitals (a letter first, no lower-case letter)."""
    return tok[0].isalpha() and tok.isupper()


def _ordinary(word: str, doc_lower: set[str]) -> bool:
    """Whether ``word`` (in capitals) is an ordinary word, no name: its lower-case form is a
    function or common word (lexicon.STOP_WORDS, lexicons._COMMON, a number word) or one the
    article writes in lower case (``doc_lower``)."""
    low = word.lower()
    return low in _NOT_FIRM_WORDS or low in doc_lower


_SHOUTED_NUMBER = re.compile(r"\d[\d.,]*|[%£$€¥]")  # ("CUTS 1,200 JOBS", "FINED £1.2M")


def _shouted_gap(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether ``toks[j]`` opens signs and numbers between words in capitals, up to three tokens
    before the next ("SAILINGS. VESTHAV", "WILL CUT 80 JOBS", "BY 2026, THE COMPANY SAID",
    "CUTS 1,200 JOBS"): a lede in capitals goes on over them (t13k F3: "2026," ended it, and
    "THE COMPANY SAID" alone was too short a stretch, its words organisations)."""
    for k in range(j, min(j + 3, len(toks))):
        tok = toks[k][2]
        if _loud(tok):
            return k > j
        if tok not in _SHOUTED_GLUE and not _SHOUTED_NUMBER.fullmatch(tok):
            return False
    return False


def _shouted_stretches(toks: list[tuple[int, int, str]], doc_lower: set[str]) -> list[tuple[int, int]]:
    """The token ranges [a, b) of ``toks`` (one block's) written in capitals as a sentence is, not
    as a name is: :data:`_SHOUTED_WORDS` words in capitals or more with only signs between them
    (:data:`_SHOUTED_GLUE`) or numbers ("WILL CUT 80 JOBS"), :data:`_SHOUTED_ORDINARY` of them ordinary words (:func:`_ordinary`:
    "HAS", "THE", "SAID"), which no name of that length holds ("NORTH ATLANTIC TREATY
    ORGANIZATION" is a name). A word or a bracket in lower case ends a stretch."""
    out: list[tuple[int, int]] = []
    k, n = 0, len(toks)
    while k < n:
        if not _loud(toks[k][2]):
            k += 1
            continue
        a = j = k
        words = ordinary = 0
        while j < n and (_loud(toks[j][2]) or _shouted_gap(toks, j)):
            if _loud(toks[j][2]):
                words += 1
                ordinary += _ordinary(toks[j][2], doc_lower) and not legal_form(toks[j][2])
                k = j + 1
            j += 1
        if (words >= _SHOUTED_WORDS and ordinary >= _SHOUTED_ORDINARY) or (
            words >= 3 and _shouted_form_verb(toks, a, k, doc_lower)
        ):
            out.append((a, k))
        k = max(k, a + 1)
    return out


# A headline's or an all-caps lede's verb right after a firm's name: "X AS WILL CUT", "X AS HAS
# SUSPENDED", "X AS TO SHED", "X AS SAYS", "X AS PLANS" (never a clause's subject after "as").
_SHOUTED_VERBS = frozenset(
    """WILL WOULD HAS HAD IS WAS TO SAID SAYS PLANS CUTS SHEDS SLASHES WARNS POSTS REPORTS
    AGREES BUYS SELLS CLOSES OPENS SUSPENDS HALTS FILES WINS LOSES RAISES SHUTS STOPS AXES
    FREEZES DELAYS RECALLS SCRAPS PAUSES RESUMES ENDS DROPS QUITS EXPANDS LAYS HIRES FIRES
    NAMES APPOINTS LAUNCHES DENIES CONFIRMS EXPECTS SEEKS FACES MOVES LIFTS HIKES BOOSTS""".split()
)


def _shouted_verb(word: str, doc_lower: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether ``word`` in capitals may be a headline's verb after a firm's name: a listed one
    (:data:`_SHOUTED_VERBS`) or a word in -S whose stem the article writes in lower case
    ("HALTS" beside "would halt output")."""
    w = word.rstrip(".,;:!?")
    if w in _SHOUTED_VERBS:
        return True
    low = w.lower()
    return (
        len(low) >= 4
        and low.endswith("s")
        and not low.endswith("ss")
        and (low[:-1] in doc_lower or (low.endswith("es") and low[:-2] in doc_lower))
    )


def _shouted_form_verb(toks: list[tuple[int, int, str]], a: int, b: int, doc_lower: set[str]) -> bool:
    """Whether the words in capitals ``toks[a:b]`` are a firm's name in capitals, its legal form
    and a headline's verb after it ("VELA KABEL AS HALTS OUTPUT", "ODIN FISK ASA CUTS 200 JOBS",
    "BARNAMET KFT SHUTS PLANT"): a sentence in capitals however few of its words are ordinary."""
    return any(
        _loud(toks[x - 1][2])
        and _loud(toks[x][2])
        and (legal_form(toks[x][2].rstrip(".,")) or toks[x][2].upper() in _UPPER_FORMS)
        and _loud(toks[x + 1][2])
        and _shouted_verb(toks[x + 1][2], doc_lower)
        for x in range(a + 1, b - 1)
    )


def _shouted_firms(
    toks: list[tuple[int, int, str]], a: int, b: int, doc_lower: set[str], text: str = ""
) -> list[tuple[int, int, str, str, int]]:
    """The firms in the run in capitals ``toks[a:b]``: words in capitals ending in a legal form
    ("VESTHAV SHIPPING AS", "HALDEN FUELS GMBH"), back from the form over words spaced by one
    space that are no ordinary word (:func:`_ordinary`) but a firm's trade word ("SHIPPING"), one
    of them at least no such word; a form of two letters ("AS", "SA") only after a trade word or
    words the article ``text`` writes in mixed case too ("POLARIS FISK AS" beside "Polaris Fisk
    said").
    Each as a candidate (start, end, "ORG", key, -1), keyed as prose writes the name
    (:func:`title_cased`: "ORG:Vesthav Shipping AS"), so that the firm is the one other articles
    write in mixed case."""
    out: list[tuple[int, int, str, str, int]] = []
    for k in range(a + 1, b):
        if not legal_form(toks[k][2].rstrip(".,")) and toks[k][2].rstrip(".,").upper() not in _UPPER_FORMS:
            continue
        first = k
        while (
            first > a
            and _loud(toks[first - 1][2])
            and toks[first][0] - toks[first - 1][1] == 1
            and not legal_form(toks[first - 1][2])
            and (not _ordinary(toks[first - 1][2], doc_lower) or _cue_label(toks[first - 1][2].title()) == "ORG")
        ):
            first -= 1
        if (
            first - 2 >= a
            and (k - first == 1 or toks[first][2].title() in PARTNER_WORDS)
            and (toks[first - 1][2].lower() in PARTNER_CONJUNCTIONS or toks[first - 1][2] == "&")
            and _loud(toks[first - 2][2])
            and not legal_form(toks[first - 2][2])
            and not _ordinary(toks[first - 2][2], doc_lower)
        ):
            first -= 2  # "MCATEER AND QUINN LTD", "SZABÓ ÉS TÁRSA ZRT": a firm of partners (recogniser._partners_firm)
        own = [t for _, _, t in toks[first:k] if not _ordinary(t, doc_lower) and _cue_label(t.title()) is None]
        # a form of two letters in capitals is as often a word ("FURY AS FANS …", "RIBERA STUN
        # NACIONAL AS …"): a firm only after a trade word ("VESTHAV SHIPPING AS")
        short = toks[k][2].rstrip(".,") not in _SHOUTED_LEGAL_FORMS
        trade = any(_cue_label(t.title()) == "ORG" for _, _, t in toks[first:k])
        prose = bool(text) and first < k and _written_in_prose(text, [t for _, _, t in toks[first:k]])
        # "BRATTLI SAG AS WILL CUT 140 JOBS": a verb of the lede right after the form makes the
        # words before it its subject, a firm ("FURY AS FANS RIOT": no verb after "AS"; t13k F2)
        verb = k + 1 < b and _shouted_verb(toks[k + 1][2])  # (listed only: "FURY AS FANS RIOT" beside "fan")
        if first < k and own and (trade or not short or prose or verb):
            s, e = toks[first][0], toks[k][1]
            name = " ".join(t for _, _, t in toks[first : k + 1])
            out.append((s, e, "ORG", entity_key("ORG", title_cased(name)), -1))
    return out


def _written_in_prose(text: str, words: list[str]) -> bool:
    """Whether ``text`` writes the words in capitals ``words`` as a name in mixed case too, whole
    words ("POLARIS FISK" and "Polaris Fisk said"): the article's own evidence that they name
    something."""
    name = title_cased(" ".join(words))
    return re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text) is not None


def _kicker(toks: list[tuple[int, int, str]], doc_lower: set[str]) -> range:
    """The token indices of a shouted kicker at a block's start, after a time stamp if any ("9.41pm
    - FULL TIME: Tonga 26", "HELD UP! Samoa throw", "TRY Samoa."): words in capitals before the
    block goes on in mixed case. Two or more such words are a kicker; one only where the article
    writes it in lower case ("no try was scored"), else it may be an acronym ("NATO said")."""
    n = len(toks)
    k = 0
    while k < min(n, 6) and (not toks[k][2][0].isalpha() or toks[k][2] in _CLOCK):
        k += 1  # "9.41pm -", "21:05 –"
    first = k
    while k < n and toks[k][2].isalpha() and toks[k][2].isupper() and len(toks[k][2]) >= 2:
        k += 1
    if (
        k == first
        or k >= n
        or toks[k][2] in ("&", "/", "-")
        or not any(t[0].isalpha() and not t.isupper() for _, _, t in toks[k:])
        or toks[k - 1][2] in _SHOUTED_LEGAL_FORMS  # "KVITRA SHIPPING LTD said": a firm in capitals
    ):
        return range(0)
    if k - first == 1 and toks[first][2].lower() not in doc_lower:
        return range(0)
    return range(first, k)


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


# Nouns of a people after its name: "indigenous Kalinago people", "of Tavuri descent" say it alone;
# the others ("Sámi singer", "Sámi families", "Sámi activists") when the article puts two of them
# after the name (a firm or a town is seldom before two).
_PEOPLE_STRONG = frozenset(
    "people peoples descent ancestry tribe tribes clan clans elders herders nomads diaspora".split()
)
# Members of a people and its villages ("Murut voters", "Masalit women", "a Zapotec poet", "a
# Maasai village", "Rungus longhouse communities"); after "the", a family's ("the Hessler children").
_PEOPLE_MEMBERS = frozenset(
    "women men children voters refugees villagers fishermen farmers schoolboys schoolgirls poet poets "
    "novelist novelists village villages longhouse longhouses".split()
)
_FAMILY_MEMBERS = frozenset("women men children".split())
_PEOPLE_NOUNS = (
    _PEOPLE_STRONG
    | _PEOPLE_MEMBERS
    | frozenset(
        "families activists singer singers artists villagers communities community culture heritage identity leaders "
        "homeland youth".split()
    )
)
_PEOPLE_WORD = re.compile(
    rf"(?<![\w'’-])(?:(?P<adj>indigenous|ethnic|native|aboriginal|tribal) )?(?P<name>{CAP}[{LOWER}'’]*[{LOWER}])"
    r" (?P<noun>[a-z]+)\b"
)


_SENTENCE_START = re.compile(r"(?:^|[.!?:—–]\s*[\"“‘']?\s*|\n\s*[\"“‘']?)$")  # a dateline's dash too


def _name_word_before(text: str, at: int) -> bool:
    """Whether a capitalised word other than a sentence's "The", "Many"... comes right before ``at``."""
    m = _PREV_CAP.search(text, max(0, at - 40), at) if at else None
    return m is not None and m.group().strip().lower() not in _COMMON


def _peoples(
    text: str, chosen: list[_Cand], canonical: Callable[[str], str | None], doc_lower: set[str]
) -> list[_Cand]:
    """A word the gazetteer does not know, written before the nouns of a people ("indigenous
    Kalinago people", "Sámi families" and "Sámi activists"), is that people (NORP) at every mention
    it stands alone at, whatever the word was guessed to be (an organisation, a place)."""
    nouns: dict[str, set[str]] = {}
    strong: set[str] = set()
    members: set[str] = (
        set()
    )  # before a member's noun only ("Masalit women"): a place's people too ("Igloolik children")
    for m in _PEOPLE_WORD.finditer(text):
        noun = m.group("noun")
        if noun not in _PEOPLE_NOUNS:
            continue
        name = m.group("name")
        if _name_word_before(text, m.start("name")) or _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
            continue  # a longer name's last word; a sentence's first word ("Young people ...")
        if name.endswith(("'s", "’s")):
            continue  # a place's or a person's: "Yunnan’s villages"
        if noun in _FAMILY_MEMBERS and text.endswith(("the ", "The "), 0, m.start("name")):
            continue  # a family: "the Hessler children"
        nouns.setdefault(name, set()).add(noun)
        if m.group("adj") or noun in _PEOPLE_STRONG:
            strong.add(name)
        elif noun in _PEOPLE_MEMBERS:
            members.add(name)
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC")} if members else set()
    peoples = [
        n
        for n, found in nouns.items()
        if (n in strong or len(found) >= 2 or (n in members and n not in places))
        and n.lower() not in _COMMON
        and n.lower() not in doc_lower  # "Young people" beside "young"
        and canonical(n) is None
    ]
    if not peoples:
        return chosen
    out = list(chosen)
    for name in peoples:
        if any(
            (label == "PERSON" and name in text[s:e].split())
            or (text[s:e] == name and label not in ("ORG", "GPE", "LOC", "NORP"))
            for s, e, label, _ in out
        ):
            continue  # a person's name ("the Okafor family"); a language, a number ("Sixteen people")
        key = entity_key("NORP", name)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            a, b = m.span()
            if _CAP_NEXT.match(text, b) or _name_word_before(text, a):
                continue  # inside a longer name ("Kalinago Council")
            k = bisect_left(out, (a,))
            here = [c for c in out[max(0, k - 1) : k + 2] if c[0] < b and a < c[1]]
            if any((c[0], c[1]) != (a, b) for c in here):
                continue
            for c in here:
                out.remove(c)
            out.insert(bisect_left(out, (a,)), (a, b, "NORP", key))
    return out


# A body of water or a cape named with "of" ("Gulf of Aqaba", "Straits of Tiran", "Cape of Good Hope"):
# one place, the name after "of" no place of its own; a name's words before it make another name.
_WATER_OF = re.compile(
    rf"(?<![\w'’-])(?:Gulf|Bay|Straits?|Sea|Cape|Bight|Firth|Sound|Lake) of (?:the )?"
    rf"{CAP}[{LOWER}'’-]+(?: {CAP}[{LOWER}'’-]+)?(?![\w'’-])"
)
_WATER_OF_WORDS = tuple(f"{kind} of " for kind in "Gulf Bay Strait Straits Sea Cape Bight Firth Sound Lake".split())


# A storm named after its kind ("Hurricane Ysolde", "Typhoon X", "Tropical Storm X", "Storm X"): one
# name, not a person's; a name that another capitalised word follows is not one.
_STORM_KIND = re.compile(
    r"\b(?:(?:Super )?Typhoon|Hurricane|(?:Tropical |Severe Tropical |Post-Tropical )?(?:Storm|Cyclone)"
    r"|Tropical Depression)\s"
)
_STORM_WORDS = ("Typhoon", "Hurricane", "Storm", "Cyclone", "Tropical Depression")  # one is in every match
_STORM = re.compile(rf"(?<![\w'’-]){_STORM_KIND.pattern}(?P<name>{CAP}[{LOWER}]+)(?![\w'’-]|\s{CAP})")


def _storms(text: str) -> list[tuple[int, int, str, str, int]]:
    """A storm and its kind are an EVENT ("Hurricane Ysolde"), and so is its name written alone
    elsewhere in the article ("after Ysolde"), unless beside other capitalised words ("Maren
    Olsby", a person who shares the name)."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _STORM.finditer(text):
        if m.start() and _PREV_CAP.search(text, max(0, m.start() - 40), m.start()):
            continue  # the kind word inside a longer name
        key = entity_key("EVENT", " ".join(m.group().split()))
        out.append((m.start(), m.end(), "EVENT", key, -2))
        name = m.group("name")
        for n in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if n.start() == m.start("name") or _CAP_NEXT.match(text, n.end()):
                continue
            if n.start() and _PREV_CAP.search(text, max(0, n.start() - 40), n.start()):
                continue
            out.append((n.start(), n.end(), "EVENT", key, -2))
    return out


_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d(?: ?(?:[AaPp]\.?[Mm]\.?))? $|\b\d{1,2} ?(?:[ap]\.m\.|[AP]M) $")


def _after_clock(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is two to five capitals right after a clock time ("6:40 AM NT")."""
    return (
        2 <= e - s <= 5
        and text[s:e].isupper()
        and text[s:e].isalpha()
        and _CLOCK_BEFORE.search(text, max(0, s - 14), s) is not None
    )


def _resolve(cands: list[tuple[int, int, str, str, int]]) -> list[_Cand]:
    """Non-overlapping subset, longest span first, then priority (gazetteer/names before numbers)."""
    cands.sort(key=lambda c: (c[0] - c[1], c[4], c[0]))
    starts: list[int] = []
    spans: list[tuple[int, int, str, str]] = []
    for s, e, label, key, _ in cands:
        k = bisect_left(starts, s)
        if (k < len(spans) and spans[k][0] < e) or (k and spans[k - 1][1] > s):
            continue
        starts.insert(k, s)
        spans.insert(k, (s, e, label, key))
    return spans


# A label in capitals opening a line before a name, as wire furniture writes it: PR Newswire's
# "SOURCE Sorvena Químicos S.A.", "CONTACT Marta Vilaça" (t13n F2). (Ordinary words in capitals are
# such labels too: :func:`_ordinary`.)
_LINE_LABELS = frozenset({"SOURCE", "CONTACT", "CONTACTS", "CREDIT", "PHOTO", "PHOTOS", "ISSUER", "ISSUED"})


def _line_labels(
    text: str, chosen: list[_Cand], doc_lower: set[str], canonical: Callable[[str], str | None]
) -> list[_Cand]:
    """``chosen`` with a label in capitals that opens a line before a name in mixed case left out
    of the name ("SOURCE Sorvena Químicos S.A." is the firm "Sorvena Químicos S.A."; t13n F2): a
    word of three letters or more in capitals, an ordinary word (:func:`_ordinary`) or a wire's
    label (``_LINE_LABELS``), no legal form, no name the gazetteer knows ("NATO Secretary ...")."""
    out: list[_Cand] = []
    for s, e, label, key in chosen:
        m = _LINE_LABEL.match(text, s, e)
        if (
            m is not None
            and label in NAME_LABELS
            and (s == 0 or text[s - 1] == "\n")
            and (m.group(1) in _LINE_LABELS or _ordinary(m.group(1), doc_lower))
            and not legal_form(m.group(1))
            and canonical(m.group(1)) is None
        ):
            s = m.end()
            name = key.partition(":")[2]
            rest = name[len(m.group(1)) :].lstrip() if name.startswith(m.group(1) + " ") else text[s:e]
            key = entity_key(label, rest)
        out.append((s, e, label, key))
    return out


_NEXT_LOWER = re.compile(r" ([a-z]+)\b")
# A word in capitals, then a space and a capitalised word with a lower-case letter ("SOURCE Sorvena").
_LINE_LABEL = re.compile(r"([A-Z]{3,})[ \t]+(?=[A-ZÀ-Þ][a-zß-ÿ])")


@dataclass(frozen=True, slots=True)
class _ShownArticle:
    """A Markdown article's shown text as the recogniser reads an article (see
    :meth:`Recognizer.recognize`)."""

    doc: str
    text: str
    blocks: list[Any]
    sentences: list[Any]


def _mark_noise(text: str, chosen: list[_Cand], noise_spans: Sequence[tuple[int, int]]) -> list[Mention]:
    noise = SpanSet(noise_spans)
    return [Mention(s, e, text[s:e], label, key, noise.covers(s, e)) for s, e, label, key in chosen]


__all__ = [
    "BUNDLED_GAZETTEER",
    "ENTITY_VERSION",
    "LABELS",
    "NAME_LABELS",
    "USER_GAZETTEER_NAME",
    "Entity",
    "GazEntry",
    "Mention",
    "Recognizer",
    "city_names",
    "entities_json",
    "entity_key",
    "figure_spans",
    "group",
    "load_gazetteer",
    "parse_gazetteer",
]
