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

This module holds the pass itself: gazetteer matching, the split and typing of capitalised runs
(:class:`Recognizer`), and the order the rules run in. The rules are in modules of their own, one
per capability (``words``, ``shouted``, ``persons``, ``firms``, ``places``, ``short_forms``, ...:
the package's docstring lists them); none of them imports this module.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.entities.branches import national_branches
from waic_reader.index.analysis.entities.common_nouns import common_noun_reading, portfolio_before_title
from waic_reader.index.analysis.entities.context import (
    GERMAN_CRAFT,
    GERMAN_CRAFT_BARE,
    GERMAN_CRAFT_GATE,
    OPENING_KINDS,
    context_candidates,
    echo_headlines,
    vessel_prefixes,
)
from waic_reader.index.analysis.entities.courtesy_titles import romance_titles
from waic_reader.index.analysis.entities.events import (
    RACE_WORDS,
    STORM_KIND,
    STORM_WORDS,
    meeting_forums,
    races,
    state_services,
    storms,
)
from waic_reader.index.analysis.entities.firms import (
    BRACKETED_FORM,
    COMMA_FORM_FIRM,
    COMMON_OPENER,
    LISTED_DEPARTMENT,
    LOWER_FORM,
    LOWER_SPACED,
    about_headings,
    acronym_firm,
    church_bodies,
    company_form,
    coordinated_firms,
    fused_trade_firm,
    institutions,
    listed_partners,
    newspaper_lines,
    outlet_pages,
    partners_firm,
    possessive_firms,
    possessive_outside,
    slash_forms,
)
from waic_reader.index.analysis.entities.gazetteer import (
    BUNDLED_GAZETTEER,
    USER_GAZETTEER_NAME,
    GazEntry,
    Gazetteer,
    Trie,
    city_names,
    elided_particle,
    glottal_free,
    is_acronym,
    is_cap,
    latin_letter,
    load_gazetteer,
    norm_token,
    parse_gazetteer,
    region_names,
)
from waic_reader.index.analysis.entities.german_nouns import (
    GERMAN_AREA_BODY,
    GERMAN_AREA_GATE,
    GERMAN_BODY,
    GERMAN_BODY_GATE,
    german_adjective_noun,
    german_body_span,
    german_common_noun,
    german_name_start,
    german_role_before,
)
from waic_reader.index.analysis.entities.given_names import given_names, place_given_names
from waic_reader.index.analysis.entities.given_words import (
    apposed_person,
    word_given_speaker,
)
from waic_reader.index.analysis.entities.grouping import entities_json, group
from waic_reader.index.analysis.entities.joins import (
    and_inside_name,
    and_place,
    and_the_portfolio,
    connector_ok,
    field_and_arms,
    join_department_lists,
    person_from_body,
    two_names,
)
from waic_reader.index.analysis.entities.languages import language_mentions, language_names
from waic_reader.index.analysis.entities.laws import case_names, law_heads, numbered_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    CONNECT,
    FEASTS,
    GIVEN,
    GIVEN_COMMON,
    HONORIFIC_DOT,
    HYPHEN_PREFIX,
    LEGAL_FORMS,
    LOWER_LEGAL_FORMS,
    LOWER_TITLES,
    MEDIA,
    NAME_PARTICLES,
    NUMBERED_NOUNS,
    OF_CUES,
    OIL_KINDS,
    OPENING_VERBS,
    PARTNER_CONJUNCTIONS,
    PREFIX_CUES,
    PREFIX_LEGAL_FORMS,
    SAINT_FIRSTS,
    SENTENCE_PREPOSITIONS,
    SHOUTED_LEGAL_FORMS,
    SPACED_LEGAL_FORMS,
    STOP_ACRONYMS,
    TAG_LABELS,
    TITLE_MOD,
    WEEKDAYS_MONTHS,
    bare_determiner,
    compound_title,
    job_word,
    legal_form,
    people_plural,
)
from waic_reader.index.analysis.entities.mentions import LABELS, NAME_LABELS, Entity, Mention, entity_key
from waic_reader.index.analysis.entities.one_names import named_as_one
from waic_reader.index.analysis.entities.patterns import (
    EXCHANGE_TICKER,
    FIGURE_PRIORITY,
    TICKER,
    blog_categories,
    byline_names,
    credit_lines,
    date_spans,
    dateline_names,
    figure_mentions,
    figure_name,
    figure_spans,
    foreign_by_word,
)
from waic_reader.index.analysis.entities.peoples import (
    compound_nationalities,
    currency_adjectives,
    listed_peoples,
    peoples_by_nouns,
    place_demonyms,
)
from waic_reader.index.analysis.entities.person_jobs import (
    JobPhrase,
    described_name,
    in_apposition,
    initial_job,
    job_before_name,
    title_office,
    vowel_final_given,
)
from waic_reader.index.analysis.entities.persons import (
    REGNAL_AT,
    bare_initials,
    based_bodies,
    brand_named_persons,
    coordinated_people,
    described_given_names,
    filial_names,
    institution_town_names,
    joined_surnames,
    lineup_names,
    lone_known_surnames,
    nicknamed_people,
    nicknames_alone,
    no_article_persons,
    number_word_surnames,
    other_bearers_surname,
    particle_names,
    regnal_numbers,
    spaced_initials,
    tabloid_titles,
    title_is_verb,
    titled_people,
    titled_place_surnames,
)
from waic_reader.index.analysis.entities.place_firsts import (
    acting_natural_places,
    creeks,
    given_kind_last_place,
    kind_first_place,
    landform_towns,
    saint_places,
    site_short_names,
)
from waic_reader.index.analysis.entities.places import (
    IN_PLACE_BEFORE,
    PARTY_HOME,
    ROAD,
    ROAD_WORDS,
    STATE_ABBREVIATIONS,
    TOWN_STATE,
    WATER_OF,
    WATER_OF_WORDS,
    australian_state,
    australian_text,
    city_airport_names,
    compass_places,
    constituency,
    hyphened_places,
    initialled_clubs,
    land_provinces,
    land_uses,
    landform_names,
    listed_places,
    on_places,
    opening_possessive_place,
    other_names,
    pass_context,
    persons_named_as_places,
    place_then_speaker,
    places_named_again,
    quote_tag_persons,
    speaking_places,
    time_zones,
)
from waic_reader.index.analysis.entities.products import (
    described_products,
    maker_models,
    medicine_initials,
    mixed_case_bodies,
    model_suffixes,
    theme_credits,
    versioned_products,
)
from waic_reader.index.analysis.entities.prompts import prompt_trimmed
from waic_reader.index.analysis.entities.short_forms import (
    acronym_named,
    bracketed_names,
    county_towns,
    defined_short_forms,
    kind_word_bodies,
    leading_name_parts,
    long_short_forms,
    resolve_short_forms,
    rivers_by_bare_name,
    spelt_long_forms,
)
from waic_reader.index.analysis.entities.shouted import (
    VOWEL,
    after_clock,
    clause_opening,
    copyright_notice,
    headline_connectors,
    headline_firm,
    in_capitals,
    kicker,
    line_in_capitals,
    line_labels,
    section_lines,
    service_code,
    shouted_firms,
    shouted_stretches,
    shouted_verb,
    surname_written,
    title_case,
    wire_slugs_as_spaces,
    zones_after_times_as_spaces,
)
from waic_reader.index.analysis.entities.span_choice import boilerplate_short_forms, marked_mentions, resolve_spans
from waic_reader.index.analysis.entities.surnames import (
    described_surnames,
    given_before_surnames,
    interview_speakers,
    joined_full_names,
    shouted_speakers,
    speaking_surnames,
)
from waic_reader.index.analysis.entities.teams import (
    country_codes,
    named_clubs,
    plural_clubs,
    team_label,
    town_named_clubs,
    town_teams,
)
from waic_reader.index.analysis.entities.unknown_stretch import AGE_AFTER, unknown_stretch
from waic_reader.index.analysis.entities.words import (
    CAP_NEXT,
    COMPASS,
    DOTTED,
    LOWER_WORD,
    NAME_SHAPED,
    PREV_CAP,
    TOWN_BEFORE,
    Cand,
    Unit,
    cue_label,
    form_with_dot,
    given_word,
    glottal_stops,
    is_title,
    of_label,
    syllable,
    word_given,
)
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.analysis.figures import tally_pair
from waic_reader.index.analysis.lexicon import MONTH_ABBREVIATIONS, NUMBER_WORDS, STOP_WORDS, WEEKDAYS, unread_language
from waic_reader.index.corpus.blocks import wraps_as_spaces
from waic_reader.index.corpus.bylines import FOREIGN_BY
from waic_reader.index.corpus.letters import CAP
from waic_reader.index.corpus.quote_marks import signature_line
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.tokens import ENTITY_TOKEN, fold, strip_accents

if TYPE_CHECKING:
    pass

# A preposition of where before a state's name ("in", "from", "across", "throughout", "of").
_IN_STATE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|from|across|throughout|of|into|to|near|northern|southern|eastern|western) $"
)


def _opens_other(starts: frozenset[int], at: int, word: str) -> bool:
    """Whether ``word`` at offset ``at`` opens a person's or a place's name: a candidate of those
    kinds starts there (``starts``) or the word is a given name (a German body's name ends before
    it: :func:`german_nouns.german_body_span`)."""
    return at in starts or word in given_names() or word in GIVEN


# ENTITY_VERSION: what the entity recogniser finds in an article: a change re-analyses every
# article's mentions.
# History of every number: index/VERSIONS.md (add a line there on each bump).
ENTITY_VERSION = 292
# A generational number after a person's name ("Preston Aldridge III", "Walter Jr." keeps its dot:
# lexicons.HONORIFIC_DOT).
_GENERATIONS = frozenset({"II", "III", "IV"})


# ---------------------------------------------------------------------------------------------
# The recogniser

_ADDRESS = re.compile(r"[\w.+-]+@[\w.-]+|(?:https?://|www\.)\S+")
_UNSEEN: Any = object()  # a token not yet looked up in the trie (Recognizer._first_nodes)
# Kind words of places that follow a title in the place's name ("Pope Glacier", "King Street",
# "Queen's Theatre"); none of them a common surname (not "Park", "Hall": "President Park").
_PLACE_KIND = frozenset(
    "Street Avenue Road Lane Glacier Icefield Theatre Theater Square Island Islands Mountains Sea River "
    "Bridge Station Airport Stadium Palace Cathedral Canal Strait Peninsula Valley Gardens Sound "
    # a market named after a ruler ("Oba Market" in Benin City: round s41-e, once "Oba" was a title)
    "Market".split()
)
_DIRECTIONS = frozenset("North South East West".split())
# Words after a town's name that name a part of it, a ward or a seat ("Aizawl North", "Hulhumalé Central").
_PART_AFTER = _DIRECTIONS | {"Central"}
# The head words of a military command named by its service and the area it covers after them
# ("Naval Forces Southern Luzon", "Marine Forces Pacific", "US Forces Korea", "Joint Task Force
# Bravo", "Naval Forces Central Command"), as the US and Philippine armed forces name theirs
# (their unified and area commands' published names; t13an N11, round s46-b: no entity, and the
# area's "Luzon" taken for the short form of another body).
_COMMAND_HEADS = frozenset("Forces Force Command Fleet".split())
# What a document, a study or a law named after a force is called by its last word (statistical
# offices' "Labour Force Survey", inquiries' "Task Force Report"): the kinds of work a name heads.
_DOCUMENT_NOUNS = frozenset("Survey Surveys Report Reports Review Index Study Census Act Bill Plan Strategy".split())


def _area_after_head(run: Sequence[Any]) -> bool:
    """Whether ``run`` (a run of capitalised units: ``text``) with a :data:`_COMMAND_HEADS` word inside
    is a command named by its area, not a document a force's name heads: its last word is no
    :data:`_DOCUMENT_NOUNS` word ("Quarterly Labour Force Survey", "Joint Task Force Report" are
    no bodies: the test of round s13 an area command's rule broke)."""
    return run[-1].text not in _DOCUMENT_NOUNS


# The compass words that are adjectives, describing a place named after them and naming none alone
# ("Southern Luzon", "Northern Mindanao"; words.COMPASS's nouns "North", "West" may name one alone).
_COMPASS_ADJECTIVES = frozenset(w for w in COMPASS if w.endswith(("ern", "al")))
_ROAD_KINDS = frozenset("Street Avenue Road Boulevard Drive Lane".split())
# Words before "Park" that make it a natural area, not a built one.
_NATURE_BEFORE = frozenset("National Marine Nature Forest Wildlife Conservation".split())
# Bodies a place's name before them makes that place's own ("Manhattan Supreme Court").
_SEATED_BODIES = frozenset("Court Council Assembly Tribunal".split())
# First words of a government's body a state's or a country's name before it makes that one's own
# ("Minnesota Department of Commerce", "Texas Department of Transportation", "Ohio Office of
# Budget": round s33-c, heldout26's GPE "Minnesota" and ORG "Department of Commerce", the
# gazetteer knowing the federal department).
_SEATED_BODY_HEADS = frozenset("Department Dept Office Bureau Board Commission Division".split())
# A broadcaster's channels and desks named after it ("CBC News", "BBC Two", "NHK World").
_BROADCAST_ARMS = frozenset("News Radio TV Television Sport Sports One Two Three Four World Online".split())
# An airline named "<initials, people or place> Air" ("EVA Air", "Korean Air", "Jeju Air"): "Air" is
# no cue alone ("Bel Air" a place, "Hot Air", "Open Air"), but after initials or a known people or
# place it closes a carrier's name (t13ai N7: ORG "EVA" and a PERSON "Air", a Person speaker "EVA Air").
_CARRIER_LAST = "Air"
# Titles that are adjectives too, or honorifics, and may open an organisation's name ("General
# Workers Union", "Ratu Kadavulevu School").
_ADJECTIVE_TITLES = frozenset("General Chief Tun Datuk Dato Datin Ratu Haji".split())
# An honorific only after another ("Datuk Seri"); inside a name otherwise ("Istana Seri Kinabalu").
_SECOND_HONORIFICS = frozenset({"Seri"})
# Malaysia's honorifics of two words ("Tan Sri", "Puan Sri", "Datuk Sri", "Toh Puan"): "Tan" and
# "Toh" alone are surnames, "Sri" a given name after any other word ("Ibu Sri Endah Lestari"; issue
# #16, round s41-e: "Tan Sri Muhyiddin Yassin said" named no one).
_PAIRED_HONORIFICS = frozenset(
    {("Tan", "Sri"), ("Tan", "Seri"), ("Puan", "Sri"), ("Datuk", "Sri"), ("Dato", "Sri"), ("Toh", "Puan")}
)
# Words before "Center" that make it an institution, not a building.
_INSTITUTION_BEFORE = frozenset("Medical Cancer Trauma Research Health Heart Children's".split())
# Words before "Centre" of a venue or a building where things are held ("Sabah International
# Convention Centre", "Morača Sports Centre", "Magnolia Civic Center"): a FAC; a centre of three
# words or more named by other words ("Finnish Forest Centre", "National Cyber Security Centre",
# "Tatarstan Hydrometeorological Centre") is a body, an ORG (round s32-b: FACs), unless a person's
# name opens it ("the Steve Biko Centre").
# A denomination's or a parish's word in a church's name ("Nazareth Baptist Church", "the Free
# Wesleyan Church", "Kilarrow Parish Church"): the congregation or the denomination, an ORG, not the
# building a saint's name gives ("St Martin's Church": FAC) (round s32-b: FACs).
_DENOMINATIONS = frozenset(
    "Baptist Methodist Wesleyan Presbyterian Lutheran Anglican Catholic Orthodox Pentecostal Evangelical "
    "Congregational Adventist Reformed Episcopal Apostolic Mennonite Moravian Unitarian Coptic Parish "
    "Christian Protestant Nazarene".split()
)
_VENUE_BEFORE = frozenset(
    "Convention Conference Exhibition Expo Exhibitions Civic Community Sports Leisure Shopping Trade Arts "
    "Cultural Culture Visitor Visitors Events Entertainment Aquatic Aquatics Fitness Recreation Government "
    "Business Performing Music Media Cruise Transport Transit Distribution Logistics Data Heritage".split()
)
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
# A verb of travel right before a place's name ("left Milan Malpensa", "landed at Paris Orly" is
# TOWN_BEFORE's "at").
_TRAVEL_BEFORE = re.compile(r"\b(?:left|leave|leaves|landed|departed|departing|flew|flying|via) $", re.I)
# A place's preposition, or a verb of going to or from a place, right before a name (not "to": "he
# spoke to La Toya Jackson").
_ARTICLE_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|from|into|reached|fled|visited|leaving|reaching) $", re.I
)

# A slash or a dollar sign, then an amount, right after a short capitalised word: the word is a
# currency's sign written with it ("S/ 10 million" and "S/. 40" Peruvian soles, "R$ 20" reais,
# "Bs/ 5"), no name (t13ah N7: a GPE "S").
_CURRENCY_SIGN_AFTER = re.compile(r"(?:/\.?|\$)\s?\d")

# The hyphens a name's words are joined by besides "-" (tokens._NAME_HYPHENS), read as "-".
_NAME_HYPHENS = {0x2010: "-", 0x2011: "-"}


def _syllable_joined(toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether the token before ``j`` is joined by a hyphen to a romanised syllable after it (a
    hyphenated given name: "Xi-ping", "Li-Qiang", "Soo-yeon"): the word goes on past a name that
    ends there ("Xi-led", "Biden-Harris": no syllable after the hyphen)."""
    return (
        j + 1 < len(toks)
        and toks[j][2] == "-"
        and toks[j][0] == toks[j - 1][1]
        and toks[j + 1][0] == toks[j][1]
        and syllable(toks[j + 1][2])
    )


def _known_then_surname(
    text: str, run: list[Unit], doc_lower: set[str] | frozenset[str], known_first: bool = True
) -> bool:
    """Whether ``run`` is two words one space apart, a gazetteer name of a name's shape (a place,
    a product: "Georgia", "Claude"; any word of a name's shape with ``known_first`` False) then a
    surname-shaped word no list knows, no kind word nor common word and never written in lower case
    in the article ("Lindqvist", "Feyder")."""
    return (
        len(run) == 2
        and (run[0].eid >= 0 or not known_first)
        and NAME_SHAPED.fullmatch(run[0].text) is not None
        and run[1].eid < 0
        and NAME_SHAPED.fullmatch(run[1].text) is not None
        and cue_label(run[1].text) is None
        and run[1].text.lower() not in COMMON_WORDS
        and run[1].text.lower() not in doc_lower
        and text[run[0].e : run[1].s] == " "
    )


def _given_then_place_surname(
    text: str, run: list[Unit], label_of: Callable[[int], str], doc_lower: set[str] | frozenset[str]
) -> bool:
    """Whether ``run`` is a given name no list holds as a place ("Marco") one space before one word
    the gazetteer holds as a place ("Lima", "Florence"): a person whose surname is written as a place
    is, unless a place's preposition or a verb of going stands before it ("in Marco Lima" is left
    to the place rules)."""
    if len(run) != 2 or run[0].eid >= 0 or run[1].eid < 0:
        return False
    first, last = run[0].text, run[1].text
    return (
        (first in given_names() or first in GIVEN)
        and first.lower() not in COMMON_WORDS
        and first.lower() not in doc_lower
        and label_of(run[1].eid) in ("GPE", "LOC")
        and NAME_SHAPED.fullmatch(last) is not None
        and text[run[0].e : run[1].s] == " "
        and TOWN_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
        and _ARTICLE_PLACE_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
        and _TRAVEL_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
    )


# The particles inside a hyphenated French place's name, written capitalised or not
# ("Saint-Aubrac-Des-Pins", "Villeneuve-lès-Avignon", "Sainte-Marie-aux-Mines", "Saint-Martin-Du-Var").
# The "of" of other languages between a title and the place it is of ("der Bürgermeister von
# Skardvik", "le maire de Tromvik", "il sindaco di Varnholm", "burgemeester van Oslo"), read after
# a determiner only (:meth:`Recognizer._classify`), where the particle opens no surname.
_OF_PARTICLES = frozenset({"von", "van", "de", "di", "da", "del", "du", "av"})
_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:der|die|des|dem|den|das|le|la|l['’]|el|il|lo|o|a|het|de|du|del|della|dello|do|da)\s+$", re.I
)
_PLACE_HYPHEN_PARTICLES = NAME_PARTICLES | frozenset({"les", "lès", "aux", "sur", "sous", "en", "l"})


_HYPHENED_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+){2,}")


def _headline_hyphened_places(text: str, chosen: list[Cand], heads: list[tuple[int, int, bool]]) -> list[Cand]:
    """``chosen`` with each hyphenated place name of a headline (:func:`_hyphened_place`:
    "Saint-Aubrac-Des-Pins", "Villeneuve-lès-Avignon") that no mention covers, a GPE: its own
    shape says what a headline's capitals do not (round s33-d: a headline naming the village alone
    gave no name)."""
    add: list[Cand] = []
    for a, b, _ in heads:
        for m in _HYPHENED_WORD.finditer(text, a, b):
            s, e = m.span()
            if _hyphened_place(m.group()) and not any(c[0] < e and s < c[1] for c in chosen):
                add.append((s, e, "GPE", entity_key("GPE", m.group())))
    return sorted(chosen + add) if add else chosen


def _hyphened_particles(toks: list[tuple[int, int, str]], i: int) -> int:
    """The index of the capitalised token after the hyphen ``toks[i]`` and one or more
    lower-case place particles each followed by a hyphen, all written together ("-des-Pins",
    "-de-la-Ruelle", "-lès-Avignon"); 0 when the hyphen is no such place's."""
    n = len(toks)
    k = i
    while (
        k + 2 < n
        and toks[k][2] == "-"
        and toks[k + 1][0] == toks[k][1]
        and toks[k + 1][2] in _PLACE_HYPHEN_PARTICLES
        and toks[k + 2][0] == toks[k + 1][1]
        and toks[k + 2][2] == "-"
    ):
        k += 2
    if k == i or k + 1 >= n or toks[k + 1][0] != toks[k][1] or not is_cap(toks[k + 1][2]):
        return 0
    return k + 1


def _hyphened_place(word: str) -> bool:
    """Whether ``word`` is one hyphenated place name by its shape alone: three parts or more, each
    capitalised or a particle, a particle inside it and none last ("Saint-Aubrac-Des-Pins",
    "Notre-Dame-de-Lorette", "Villeneuve-lès-Avignon"), or three parts or more after a saint's
    "Saint"/"Sainte" ("Saint-Jean-Pied-de-Port"). A given name first makes a given name, no place
    ("Jean-de-Dieu", "Marie-de-la-Croix": round s34-c, they were GPEs wherever they stood); two
    parts say nothing ("Saint-Tropez" is a town the lists may hold, "Saint-Exupéry" a person's
    name, "Jean-Luc" a given name)."""
    parts = word.split("-")
    if len(parts) < 3 or not all(parts) or not parts[0][:1].isupper():
        return False
    if not all(p[:1].isupper() or p.lower() in _PLACE_HYPHEN_PARTICLES for p in parts):
        return False
    if parts[-1].lower() in _PLACE_HYPHEN_PARTICLES:
        return False
    if parts[0] in ("Saint", "Sainte"):
        return True
    if parts[0] in given_names() or parts[0] in GIVEN:
        return False
    return any(p.lower() in _PLACE_HYPHEN_PARTICLES for p in parts[1:-1])


# Plural articles of French, Spanish, Italian and German opening a group's name ("Les Cigales",
# "Los Halcones", "Gli Azzurri", "Die Ärzte"): "Les" is a given name too ("Les Dennis").
_PLURAL_ARTICLES = frozenset("Les Los Las Gli Die".split())
# The particles between a plural noun and its complement in such a name ("Bateliers de la Rade",
# "Amis du Vieux Port", "Amigos del Parque").
_GROUP_PARTICLES = frozenset({"de", "de la", "du", "des", "del", "de los", "de las", "della", "dei", "degli"})


# Titles of those after whom hospitals, schools, bridges and airports are named (and the clergy's:
# "Bishop Murray Medical Centre", "Cardinal Otunga Hospital"; round s40-e, held-out 33's ORG
# "Murray Medical Centre").
_NAMING_TITLES = frozenset(
    "King Queen Prince Princess Sir Dame Lady Lord Sheikh Emir Sultan Pope President "
    "Bishop Archbishop Cardinal Imam Rabbi".split()
)


def _named_after_titled(text: str, run: list[Unit]) -> str | None:
    """The label of ``run`` when it is a body or a place named after a titled person: a naming
    title (:data:`_NAMING_TITLES`), one to three unknown words that are no title or cue, and a
    body's or a building's kind word last, one space apart ("Princess Margaret Hospital", "Queen
    Elizabeth Central Hospital", "Sir Seewoosagur Ramgoolam International Airport"): the kind
    word's label, ORG or FAC; else None. Without it the title opened a PERSON "Margaret
    Hospital", or the name left it out."""
    if not 3 <= len(run) <= 5 or run[0].eid >= 0 or run[0].text not in _NAMING_TITLES or run[-1].eid >= 0:
        return None
    kind = cue_label(run[-1].text)
    if kind not in ("ORG", "FAC") or any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run)):
        return None
    middle = run[1:-1]
    if any(u.eid >= 0 or is_title(u.text)[0] for u in middle) or cue_label(middle[0].text) is not None:
        return None
    if kind == "FAC" and run[-2].text in _INSTITUTION_BEFORE and run[-1].text in ("Center", "Centre"):
        return "ORG"  # "Bishop Murray Medical Centre": a hospital, as "Regional Medical Center" is
    return kind


def _two_word_surname(text: str, run: list[Unit]) -> bool:
    """Whether ``run`` is a person's name whose surname is two words, the second a known name (a
    firm's: "Shell", "Apple"), as Lakota surnames are made of English words: a given name the
    lists know, an unknown capitalised word and the known name ("Darrell Iron Shell"), the article
    writing the two words alone elsewhere too ("Iron Shell wrote"); or those two words alone where
    the article writes them after such a given name. One space apart; the unknown word no title,
    cue, stop or common word. Without it "Darrell Iron" was a person and "Shell" the firm."""
    if len(run) not in (2, 3) or run[-1].eid < 0 or any(u.eid >= 0 for u in run[:-1]):
        return False
    if any(text[a.e : b.s] != " " for a, b in itertools.pairwise(run)):
        return False
    word, known = run[-2].text, run[-1].text
    low = word.lower()
    if (
        not NAME_SHAPED.fullmatch(word)
        or low in STOP_WORDS
        or low in COMMON_WORDS
        or is_title(word)[0]
        or cue_label(word) is not None
    ):
        return False
    pair = f"{word} {known}"
    if len(run) == 3:
        if not given_word(run[0].text):
            return False
        # the pair alone elsewhere: not after this given name nor another capitalised word
        alone = re.compile(rf"(?<![\w'’-])(?<!{re.escape(run[0].text)} ){re.escape(pair)}(?![\w'’-])")
        return any(not PREV_CAP.search(text, max(0, m.start() - 30), m.start()) for m in alone.finditer(text))
    if PREV_CAP.search(text, max(0, run[0].s - 30), run[0].s):
        return False
    return any(
        given_word(m.group(1)) for m in re.finditer(rf"(?<![\w'’-])({CAP}[\w'’-]+) {re.escape(pair)}(?![\w'’-])", text)
    )


def _peoples_nation(text: str, run: list[Unit], label_of: Callable[[int], str]) -> int | None:
    """Where a nation named by its people starts, when ``run`` is a people's name and "Nation",
    one space apart: a language's name of the CLDR list (``languages.txt``: "Navajo", "Cherokee",
    "Cree", "Mohawk") or a gazetteer people (NORP) or language ("the Navajo Nation", "the
    Cherokee Nation": a GPE, its territory and polity; heldout25's "Navajo Nation" was no name);
    else None. Nothing else before "Nation" makes one ("Fast Food Nation", "Red Sox Nation",
    "Six Nations"), and a kind word after it makes a body's name ("the Navajo Nation Council")."""
    if run and run[0].eid < 0 and run[0].text in ("The", "THE"):
        run = run[1:]
    if len(run) != 2 or run[-1].text != "Nation" or run[-1].eid >= 0 or text[run[0].e : run[1].s] != " ":
        return None
    people = run[0]
    if people.eid >= 0:
        return people.s if label_of(people.eid) in ("NORP", "LANGUAGE") else None
    return people.s if people.text in language_names()[0] else None


def _verb_before_kind_first(text: str, run: list[Unit], doc_lower: set[str]) -> bool:
    """Whether the first word of ``run`` (opening a sentence) stands before a body named by its
    kind first in another language ("Grupo", "Banco", "Cooperativa": lexicons.PREFIX_CUES) as no
    part of its name: a sentence opened by a verb, as Spanish or Portuguese copy opens one
    ("Anuncia Grupo Bimbo nuevas inversiones", "Presenta Banco Azteca su informe"), where the
    kind word opens the name; the word is such a verb (lexicons.OPENING_VERBS), so the words that
    open such names ("Nuevo Banco", "Gran Teatro", "Pontificia Universidad") stay in it (round
    s39-e: a reported leftover, the verb glued to the firm; review s39-rv, 8). A firm with its
    legal form is named whole ("Tisza Energia Zrt"), and a word the article writes capitalised
    inside a sentence too is a name ("on the Tisza")."""
    if len(run) < 3 or run[0].eid >= 0 or run[1].eid >= 0 or PREFIX_CUES.get(run[1].text) != "ORG":
        return False
    if legal_form(run[-1].text):
        return False
    w = run[0].text
    low = w.lower()
    if re.search(rf"[\w,] {re.escape(w)}(?![\w'’-])", text) is not None:
        return False
    return (
        NAME_SHAPED.fullmatch(w) is not None
        # a verb's third person, present or past ("Anuncia", "Abre", "Anunció", "Anunciou"), known
        # as one: a name's word of the same shape ("Pontificia", "Caixa", "Evangelische") is none
        and low in OPENING_VERBS
        and w not in PREFIX_CUES
        and cue_label(w) is None
        and not is_title(w)[0]
        and not given_word(w)
        and low not in _ORG_OPENERS
        and low not in doc_lower
    )


def _plural_word(word: str) -> bool:
    """A capitalised word of a plural noun's shape ("Cigales", "Bateliers", "Chevaux"), no given
    name the lists know ("Carlos", "Dennis", "Andrés")."""
    return (
        len(word) > 3
        and word.endswith(("s", "x"))
        and word[:1].isupper()
        and not word.isupper()
        and word not in given_names()
        and word not in GIVEN
    )


def _plural_group(text: str, run: list[Unit]) -> str | None:
    """The label of a run of unknown words that names a group by a plural noun phrase, never a
    person: a plural article then plural nouns ("Les Cigales", "Les Mouettes Rieuses", "Los
    Halcones") or a plural noun then a particle and its complement with no given name before it
    ("Bateliers de la Rade", "Amis du Vieux Port"): a club, a band, an association (ORG), or a
    town the city list holds or written where a place stands (GPE: "Les Sables", "in Las
    Estancias"). None for another run (round s33-d: PERSONs)."""
    if len(run) < 2 or any(u.eid >= 0 for u in run):
        return None
    whole = text[run[0].s : run[-1].e]
    if run[0].text in _PLURAL_ARTICLES and text[run[0].e : run[1].s] == " ":
        nouns = [u.text for u in run[1:]]
        if not all(
            _plural_word(w) or (k and w[:1].isupper() and w.lower() not in COMMON_WORDS) for k, w in enumerate(nouns)
        ):
            return None
    elif not (_plural_word(run[0].text) and text[run[0].e : run[1].s].strip() in _GROUP_PARTICLES):
        return None
    if whole in city_names() or (
        run[0].text in _PLURAL_ARTICLES and IN_PLACE_BEFORE.search(text, max(0, run[0].s - 16), run[0].s)
    ):
        return (
            "GPE"  # "Les Sables", "in Las Estancias": a town or a neighbourhood ("Shares in Aceros del Bravo": a firm)
        )
    return "ORG"


def _handle_or_letter(text: str, cand: Cand) -> bool:
    """Whether a name candidate is part of a user handle, words joined by an underscore
    ("Mandy_K says:", "Tomas_B wrote", "@ade_okoro"), or a person of one letter: neither is
    anyone's name, whatever rule read it (the tokeniser splits at "_", so a handle's last letter
    was a PERSON "K"; t13z H5)."""
    s, e, label, _ = cand
    if label not in NAME_LABELS:
        return False
    if label == "PERSON" and e - s == 1:
        return True
    return "_" in text[s:e] or text[s - 1 : s] == "_" or text[e : e + 1] == "_"


# A capitalised word before a name, itself inside a sentence (a word, no stop before it), and no
# article: the name is the end of a longer one ("Canadian First Nation communities": "Nation"
# typed in "The Cree First Nation said" is no name there, review s52-rv #4).
_NAME_END_BEFORE = re.compile(rf"(?<=[\w,] )(?!(?:The|A|An) ){CAP}[\w'’-]* $")


def _inside_name_end(text: str, at: int) -> bool:
    """Whether the name at ``at`` closes a longer capitalised name mid-sentence (:data:`_NAME_END_BEFORE`)."""
    return _NAME_END_BEFORE.search(text, max(0, at - 40), at) is not None


class Recognizer:
    """Gazetteer + rules recogniser. Build once (``Recognizer.default()``) and reuse."""

    def __init__(
        self,
        user_path: Path | None = None,
        *,
        use_user: bool = True,
        bundled_path: Path = BUNDLED_GAZETTEER,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        """A recogniser over ``gazetteer``, else the bundled gazetteer with the user's (``user_path``,
        default the config folder's) merged over it (:class:`gazetteer.Gazetteer`)."""
        g = gazetteer or Gazetteer(user_path, use_user=use_user, bundled_path=bundled_path)
        self.gazetteer = g
        self.errors: list[str] = list(g.errors)
        self.user_path: Path | None = g.user_path
        self._trie, self._ents, self._shorts = g.trie, g.ents, g.shorts
        # A token's first node in ``_trie`` (None: no alias starts with it), filled as tokens are
        # met (:meth:`_gaz_matches`).
        self._first_nodes: dict[str, Trie | None] = {}
        # Changes whenever results could change: code version or either gazetteer's content.
        self.fingerprint: str = f"{ENTITY_VERSION}-{g.digest}"

    _default: Recognizer | None = None

    @classmethod
    def default(cls, refresh: bool = False) -> Recognizer:
        """The per-process recogniser (bundled + user gazetteer: :meth:`Gazetteer.default`), built
        on first use."""
        if cls._default is None or refresh:
            cls._default = cls(gazetteer=Gazetteer.default(refresh))
        return cls._default

    @classmethod
    def current(cls) -> Recognizer:
        """The per-process recogniser (:meth:`default`), made again over the gazetteer read anew
        when either gazetteer file changed since its own was read (a user editing
        ``gazetteer.yaml`` while the app runs): two ``stat`` calls when unchanged; the rules are
        shared, so a new one costs the gazetteer's reading only."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        held = cls.default()
        if held.gazetteer.stamp != gazetteer_stamp():
            held = cls._default = cls(gazetteer=Gazetteer.current())
        return held

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
            if strip_accents(glottal_free(got.replace("’", "'"))) == strip_accents(glottal_free(want)):
                continue  # "Hawaiʻi" fits "Hawaii": the ʻokina English drops (round s49-e)
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
            nodes[k] = trie.get(norm_token(tok))
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
                node = node.get(key) if (key := norm_token(toks[j][2])) else None
            if best and self._ents[best[1]][2] == "PERSON" and _syllable_joined(toks, best[0]):
                best = None  # "Zhao Xi-ping": a given name's syllable, no "Xi" of Xi Jinping (round s33-d)
            if best:
                out[i] = best
                i = best[0]
        return out

    # -- per article --------------------------------------------------------------------------

    def _firm_start(self, text: str, start: int, end: int) -> int:
        """Where a firm's name read back from its lower-case legal form (``text[start:end]``,
        :data:`LOWER_FORM`) starts: after a heading's or a list's common word ("About Norðurflug
        ehf.", "Sponsors Hafgola hf.") and a known name's possessive ("Iceland's Hafgola hf.",
        heldout20, session 27: both were taken in), keeping one word before the form."""
        words = list(re.finditer(r"\S+", text[start:end]))
        k = 0
        while k < len(words) - 2:
            w = words[k].group()
            owner = w[:-2] if w.endswith(("'s", "’s")) else None
            if w.lower() not in COMMON_WORDS and not (owner and self.canonical(owner) is not None):
                break
            k += 1
        return start + words[k].start()

    def known(self, name: str) -> tuple[str, str] | None:
        """(label, canonical name) of a gazetteer name or alias, None for another name."""
        return self.gazetteer.known(name)

    def _shouted_known(self, text: str, chosen: list[Cand]) -> list[Cand]:
        """A word in capitals typed an organisation, inside a line in mixed case, whose written
        form is a gazetteer name in mixed case only ("A BRIT couple", "A GERMAN tourist": a
        tabloid's shouted people, t13n F3) is that name (its NORP or place), no organisation."""
        out: list[Cand] = []
        for s, e, label, key in chosen:
            word = text[s:e]
            if label == "ORG" and " " not in word and in_capitals(word) and len(word) >= 3:
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

    def canonical(self, name: str) -> str | None:
        """The canonical name for a gazetteer name or alias ("WAIC" → "World Artificial ..."):
        its gazetteer's lookup (:meth:`Gazetteer.known`), the one there is."""
        known = self.gazetteer.known(name)
        return known[1] if known is not None else None

    def recognize(self, article: Article, noise_spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
        """All mentions in ``article``: sorted, non-overlapping, character offsets into its text.

        A Markdown article is read as the reader shows it (:mod:`corpus.markdown`: a link's
        text, never its URL; no emphasis or heading markers), so "[Alcobrena](https://…)",
        "**Quimibral**" and "# … the Alcobrena explosion" name what they show (t13n F8); the
        mentions' offsets are then mapped back into the article's text.

        An article written in a script the analyses do not read (``lexicon.unread_language``:
        Chinese, Japanese, Thai, …) has none: it is said "not analysed" for its entities, so no
        name or number of it is listed either (t13ai N16: "1141014" of a Chinese editor's line
        stood in the entity list beside the note that its entities were not analysed). So has an
        article written mostly in another script than Latin (``language.other_script``: Russian,
        Arabic, Greek), which ``workspace.not_analysed`` lists as not analysed for its entities
        too (t13at N12: a Russian article listed so had 12 entities, its dateline's "МАДРИД" and
        its numbers, and the library's Ent. column counted them)."""
        from waic_reader.index.analysis.language import other_script

        if unread_language(article.text) is not None or other_script(article.text) is not None:
            return []
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
        # A hyphen written as U+2010 or U+2011 (a non-breaking hyphen: "Jean‑Luc Moreau") joins a
        # name's words as "-" does, one character for one, offsets kept (round s33-d: "Jean" and
        # "Luc Moreau" were two people, and who:"Jean-Luc Moreau" found none of their articles)
        # (a wire's slug opening a headline, "UPDATE 4-", is no part of the name after it: s49-e)
        # (a zone after a time, "10:15 MSK", names nothing: review s52-rv finding 13)
        text = zones_after_times_as_spaces(wire_slugs_as_spaces(headline_connectors(article.text)))
        text = text.translate(_NAME_HYPHENS)
        if getattr(article, "format", "text") == "text":
            text = wraps_as_spaces(text, article.blocks)
        starts = {s.start for s in article.sentences}
        # (an e-mail address's or a URL's words are no words the article writes in lower case:
        # "press@sorvena.example" made "Sorvena" an ordinary word at a line's start; t13n F4)
        doc_lower = set(
            LOWER_WORD.findall(_ADDRESS.sub(" ", text) if "@" in text or "://" in text or "www." in text else text)
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
        prefixes = vessel_prefixes(text)  # "MV" of "MV Estrella": the vessel's prefix
        vessels = {b + 1 for _, b in prefixes}  # where the name after each starts
        for s, e, label in context_candidates(text):
            name = " ".join(text[s:e].split())
            if any(a <= s < b for a, b, _ in heads):
                continue  # capitals say nothing in a headline
            # a gazetteer name keeps its type, but after a ship's prefix the vessel is named after
            # it ("the USS Carney" is no Mark Carney: t13v F2, round s32-r), there alone
            known_name = self.canonical(name) is not None
            if known_name and not (label == "PRODUCT" and s in vessels):
                continue
            key = entity_key(label, name)
            cands.append((s, e, label, key, -1))  # before a same-length guess from the name's shape
            if label == "ORG":
                context_orgs.add(key)
            if not known_name:
                typed.setdefault(text[s:e], (label, key))
        # A name its context typed once is that name where the article repeats it ("their company,
        # Setu Pay, processes ..." then "Setu Pay signed up 200,000 merchants").
        for name, (label, key) in typed.items():
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                    # (not the start of a longer name: "Odra" typed once is not "Odra" in "Odra Wrocław")
                    if (
                        not any(a <= at < b for a, b, _ in heads)
                        and not CAP_NEXT.match(text, end)
                        and not _inside_name_end(text, at)
                    ):
                        cands.append((at, end, label, key, -1))
                at = text.find(name, end)
        agencies: dict[str, str] = {}  # a dateline's agency no gazetteer knows ("(dpa)"): its key
        for block in article.blocks:
            n = len(cands)
            dateline_names(text, block.start, block.end, cands)
            for i in range(n, len(cands)):  # "(AP)" is the "AP" of the text below: Associated Press
                a, b, label, key, pri = cands[i]
                if label != "ORG":
                    continue
                if (known := self.canonical(text[a:b])) is not None:
                    cands[i] = (a, b, label, entity_key(label, known), pri)
                else:
                    agencies.setdefault(text[a:b], cands[i][3])
            byline_names(text, block.start, block.end, cands)
            credit_lines(text, block.start, block.end, cands)
        # The agency that filed the story is that agency where the text names it again ("told dpa").
        for name, key in agencies.items():
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
                cands.append((m.start(), m.end(), "ORG", key, -1))
        if '"' in text or "“" in text or "'" in text or "‘" in text:  # single quotes too: "Marisol 'Sol' X"
            cands.extend(nicknamed_people(text))
        for s, e, label in date_spans(text, all_toks):
            cands.append((s, e, label, entity_key(label, figure_name(text[s:e])), 1 + FIGURE_PRIORITY[label]))
        for s, e, label, name in figure_mentions(text):
            cands.append((s, e, label, entity_key(label, name), 1 + FIGURE_PRIORITY[label]))
        listed = ("Ministry " in text or "Department " in text or "Secretariat " in text) and " and " in text
        for m in LISTED_DEPARTMENT.finditer(text) if listed else ():  # "Ministry of Economy, Trade and Industry"
            fields = re.split(r",? and |, ", m.group().split(" ", 2)[2])
            if any(" " in f and (cue_label(f.rsplit(" ", 1)[-1]) or is_title(f.rsplit(" ", 1)[-1])[0]) for f in fields):
                continue
            cands.append((m.start(), m.end(), "ORG", entity_key("ORG", " ".join(m.group().split())), -1))
        for m in BRACKETED_FORM.finditer(text) if "(P" in text else ():  # "Lankatea Brokers (Pvt) Ltd"
            cands.append((m.start(), m.end(), "ORG", entity_key("ORG", m.group()), -1))
        for m in COMMA_FORM_FIRM.finditer(text) if ", " in text else ():
            # "Quimibral – Química Industrial, Lda", "Ferragens Silva, Lda.": a firm's trade name, a
            # dash and its full name, a comma and its legal form, one ORG (t13n F3)
            if legal_form(m.group("form")) and not COMMON_OPENER.fullmatch(m.group(1)):
                name = " ".join(text[m.start() : m.end()].split())
                cands.append((m.start(), m.end(), "ORG", entity_key("ORG", name), -1))
        lower_forms = any(f" {w}" in text for w in (*LOWER_LEGAL_FORMS, *LOWER_SPACED))
        for m in LOWER_FORM.finditer(text) if lower_forms else ():
            s = self._firm_start(text, m.start(), m.end())
            cands.append((s, m.end(), "ORG", entity_key("ORG", text[s : m.end()]), -1))  # "Norrland Timber plc"
        # (Each of these patterns opens with \b or a lookbehind, so re tries it at every position
        # of the text: skipped, as the bracketed form above, when the words every match holds
        # are not in it.)
        for m in ROAD.finditer(text) if any(w in text for w in ROAD_WORDS) else ():  # "Highway 48", "Route 66"
            if tally_pair(text, m.start(), m.end()):
                continue  # "Eastfield 988 and Old Quay 731": a count by name (review s43-rv finding 10)
            cands.append((m.start(), m.end(), "FAC", entity_key("FAC", m.group()), -1))
        for m in WATER_OF.finditer(text) if any(w in text for w in WATER_OF_WORDS) else ():  # "Gulf of Aqaba"
            lead = PREV_CAP.search(text, max(0, m.start() - 40), m.start())
            if (lead is None or lead.group().strip().lower() in COMMON_WORDS) and self.canonical(m.group()) is None:
                cands.append((m.start(), m.end(), "LOC", entity_key("LOC", " ".join(m.group().split())), -1))
        if any(w in text for w in STORM_WORDS) and STORM_KIND.search(text):  # "Hurricane Ysolde", then "Ysolde"
            cands.extend(storms(text))
        if any(w in text for w in RACE_WORDS):  # "Tour du Rwanda", "Giro d'Italia"
            cands.extend(races(text))
        # (a gazetteer name keeps its own key: "World AI Conference (WAIC)")
        cands.extend(c for c in acronym_named(text, starts) if self.canonical(text[c[0] : c[1]]) is None)
        # "Sen. Arturo Velarde, D-Las Cruces,", "Rep. Ann Boyd (R-Ohio)": a legislator's party and
        # home: the place is a place, the party's letter no part of any name.
        for m in PARTY_HOME.finditer(text) if "D-" in text or "R-" in text or "I-" in text else ():
            cands[:] = [c for c in cands if not (c[0] < m.end("place") and m.start("party") < c[1])]
            place = m.group("place")
            known = self.canonical(place)
            cands.append((m.start("place"), m.end("place"), "GPE", entity_key("GPE", known or place), -2))
        for m in GERMAN_CRAFT.finditer(text) if GERMAN_CRAFT_GATE.search(text) else ():
            # "das Containerschiff Kestrel Bay", "des Frachtschiffs Nordic Swan": the German kind
            # noun (capitalised, as every German noun) is no word of the vessel's name (t13af N7)
            name, noun = m.group("name"), m.group("noun")
            if name in WEEKDAYS_MONTHS or self.canonical(name) is not None:
                continue
            if m.group("article") is None and any(noun.startswith(w) for w in GERMAN_CRAFT_BARE):
                continue  # a bare kind noun with no German article: maybe English ("Trawlers Association")
            a, b = m.start("noun"), m.end("name")
            cands[:] = [c for c in cands if not (c[0] < b and a < c[1])]
            cands.append((m.start("name"), b, "PRODUCT", entity_key("PRODUCT", name), -2))
        for m in GERMAN_AREA_BODY.finditer(text) if GERMAN_AREA_GATE.search(text) else ():
            # "Bergamt Süd", "Landesamt Nord": a body's regional office, one name (no person)
            a, b = m.span()
            cands[:] = [c for c in cands if not (c[0] < b and a < c[1])]
            cands.append((a, b, "ORG", entity_key("ORG", m.group()), -2))
        for m in GERMAN_BODY.finditer(text) if GERMAN_BODY_GATE.search(text) else ():
            # "Bundesstelle für Bahnunfalluntersuchung", "Verband der Automobilindustrie": a German
            # body's kind noun and its matter after "für"/"der"/"des" are one name, in any text (a
            # reported fault: the name was cut at "für", a half read as a person or nothing), ending
            # before a person's or a place's name written after it (review s50-rv finding 1)
            others = frozenset(c[0] for c in cands if c[2] in ("PERSON", "GPE", "LOC", "NORP"))
            span = german_body_span(m, partial(_opens_other, others))
            if span is None:
                continue  # "die Stelle des Bürgermeisters": a post, no body
            a, b = span
            name = " ".join(text[a:b].split())
            cands[:] = [c for c in cands if not (c[0] < b and a < c[1])]
            cands.append((a, b, "ORG", entity_key("ORG", self.canonical(name) or name), -2))
        for m in TOWN_STATE.finditer(text) if ", " in text else ():
            # "Pierre, S.D., and Devils Lake, N.D.", "from Rimouski, Que.,": the town's state or province
            a, b = m.span("state")
            cands[:] = [c for c in cands if not (c[0] < b and a < c[1])]
            state = STATE_ABBREVIATIONS[m.group("state")]
            cands.append((a, b, "GPE", entity_key("GPE", self.canonical(state) or state), -2))
        if ":" in text or "m." in text:
            # "6:40 AM NT", "11:30 a.m. NT", "6:15 p.m. AT": capitals right after a clock time are
            # its time zone, no organisation's name (whichever zone: "NT", "AT", "HST")
            cands = [c for c in cands if not (c[2] == "ORG" and after_clock(text, c[0], c[1]))]
        if any(c[2] == "ORG" and service_code(text, c[0], c[1]) for c in cands):
            # "IC 518", "TGV 6201": a train's or a flight's code before its number, no organisation
            cands = [c for c in cands if not (c[2] == "ORG" and service_code(text, c[0], c[1]))]
        if prefixes:  # "MV" of "MV Estrella": the vessel's prefix, no ORG
            cands = [c for c in cands if not (c[2] == "ORG" and (c[0], c[1]) in prefixes)]
        tickers = [m.span() for m in TICKER.finditer(text)]
        tickers += [m.span("code") for m in EXCHANGE_TICKER.finditer(text)]
        if tickers:  # "<ACME.T>", "(NHE.OL)": a listing code, not an organisation's name
            cands = [c for c in cands if not any(a <= c[0] < b for a, b in tickers)]
        if "/" in text or "$" in text:  # "S/ 10 million": a currency's sign, no name
            cands = [
                c
                for c in cands
                if not (c[2] in NAME_LABELS and c[1] - c[0] <= 3 and _CURRENCY_SIGN_AFTER.match(text, c[1]))
            ]
        if "Follow" in text or "Subscribe" in text or " on " in text:
            cands = prompt_trimmed(text, cands)
        # (a day of the week alone is a date, never a body or a person: "early on Saturday, the
        # company and emergency officials said" was an ORG "Saturday", t13au N6)
        cands = [c for c in cands if not (c[2] in NAME_LABELS and text[c[0] : c[1]].lower() in WEEKDAYS)]
        # (read in the article's own text: a zone after a time, "19:45 AWST", is blanked in ``text``)
        if australian_text(article.text):  # "WA Premier", "St John WA": an Australian state's code, a place
            cands = [
                (c[0], c[1], "GPE", entity_key("GPE", au_state), c[4])
                if c[2] == "ORG" and (au_state := australian_state(article.text, c[0], c[1])) is not None
                else c
                for c in cands
            ]
        chosen = hyphened_places(
            text, law_heads(text, coordinated_people(text, company_form(text, resolve_spans(cands))))
        )
        chosen = nicknames_alone(text, romance_titles(text, tabloid_titles(text, chosen)))
        chosen = particle_names(
            text,
            number_word_surnames(
                text,
                filial_names(
                    text,
                    possessive_firms(
                        text, coordinated_firms(text, titled_place_surnames(text, titled_people(text, chosen)))
                    ),
                ),
            ),
        )
        chosen = brand_named_persons(text, institution_town_names(text, lineup_names(text, chosen)))
        chosen = spelt_long_forms(text, described_given_names(text, chosen))  # (before short forms)
        chosen = defined_short_forms(text, chosen, singles, context_orgs, doc_lower, self.canonical)
        chosen = resolve_short_forms(text, chosen, singles, doc_lower, heads, self._shorts, self.canonical)
        chosen = lone_known_surnames(text, other_bearers_surname(text, chosen), self.known)
        chosen = shouted_speakers(text, joined_full_names(text, speaking_surnames(text, chosen)))
        chosen = interview_speakers(text, chosen)
        chosen = given_before_surnames(text, described_surnames(text, chosen), doc_lower)
        if heads and "-" in text:
            chosen = _headline_hyphened_places(text, chosen, heads)
        chosen = leading_name_parts(text, long_short_forms(text, chosen))
        chosen = spaced_initials(text, bare_initials(text, chosen))
        chosen = case_names(text, numbered_names(text, chosen))
        if REGNAL_AT.search(text):
            chosen = regnal_numbers(text, chosen, doc_lower)
        if heads:
            prose: dict[str, tuple[str, str]] = {}
            for s, e, label, key in chosen:
                if label in NAME_LABELS and not any(a <= s < b for a, b, _ in heads):
                    prose.setdefault(text[s:e], (label, key))
            names = sorted(((n, lk[0], lk[1]) for n, lk in prose.items()), key=lambda x: -len(x[0]))
            chosen = echo_headlines(text, chosen, heads, names)
        chosen = language_mentions(text, based_bodies(text, no_article_persons(text, joined_surnames(text, chosen))))
        chosen = peoples_by_nouns(text, chosen, self.canonical, doc_lower)
        chosen = place_demonyms(text, chosen, self.known, doc_lower)
        chosen = listed_places(text, chosen)
        chosen = listed_peoples(text, chosen)
        chosen = currency_adjectives(text, compound_nationalities(text, chosen))
        chosen = city_airport_names(text, time_zones(text, compass_places(text, chosen)))
        chosen = place_then_speaker(text, chosen, self.canonical)
        chosen = site_short_names(
            text, saint_places(text, quote_tag_persons(text, speaking_places(text, chosen))), self.known
        )
        chosen = landform_towns(text, acting_natural_places(text, creeks(text, chosen, self.known)), self.known)
        chosen = persons_named_as_places(text, places_named_again(text, chosen))
        # (after the places are typed: words read as places, used as one name, are a body's)
        chosen = named_as_one(text, chosen, self.canonical)
        chosen = other_names(text, land_uses(text, landform_names(text, on_places(text, chosen, self.canonical))))
        chosen = town_named_clubs(
            text, country_codes(text, plural_clubs(text, town_teams(text, named_clubs(text, chosen))))
        )
        chosen = initialled_clubs(text, chosen, self.known)
        chosen = bracketed_names(text, chosen, self.canonical)
        chosen = maker_models(text, chosen)
        chosen = described_products(text, model_suffixes(text, chosen), self.known)
        chosen = versioned_products(text, chosen, self.known)
        chosen = theme_credits(text, mixed_case_bodies(text, chosen, self.known))
        chosen = medicine_initials(text, chosen, self.known)
        chosen = field_and_arms(text, chosen, self.known)
        chosen = section_lines(text, line_labels(text, chosen, doc_lower, self.canonical), doc_lower, self.canonical)
        if categories := blog_categories(text):
            chosen = [c for c in chosen if not any(a <= c[0] and c[1] <= b for a, b in categories)]
        chosen = self._shouted_known(text, chosen)
        chosen = church_bodies(text, institutions(text, chosen))
        chosen = listed_partners(text, chosen)
        chosen = about_headings(text, national_branches(text, chosen, self.canonical))
        # (whatever rule read one: a determiner alone is never a name)
        # (nor is a title's office an organisation: "the Minister of Petroleum, X Y, said")
        chosen = [
            c
            for c in chosen
            if not bare_determiner(text[c[0] : c[1]])
            and not _handle_or_letter(text, c)
            and not (c[2] == "ORG" and title_office(text[c[0] : c[1]]))
            and not self._lone_compass(text[c[0] : c[1]], c[2])
            and not (
                c[2] in NAME_LABELS
                and german_common_noun(text, c[0], c[1], c[2])
                and self.canonical(text[c[0] : c[1]]) is None
            )
        ]
        # (a "Forum" no meeting's cue makes an EVENT is a body, before "the Forum" takes its key)
        chosen = meeting_forums(text, chosen, self.known)
        chosen = state_services(text, chosen)  # "Cal Fire": California's fire service, no fire
        # (last: "the Trust" takes the key the body's whole name ends with, once every rule typed it)
        chosen = kind_word_bodies(text, chosen)
        # (as late: "the Vessna" takes the river's key once every rule typed the words)
        chosen = rivers_by_bare_name(text, chosen, singles)
        chosen = county_towns(text, chosen, singles)  # ("Hollin" beside "Hollin County": the town)
        chosen = land_provinces(text, chosen)  # ("West Java": the province, its island a LOC)
        # (after every rule that gives a word a full name's key: a name written in full only in
        # the page's boilerplate claims no word of the article's text)
        chosen = newspaper_lines(
            text, outlet_pages(text, possessive_outside(text, chosen, self.canonical), self.canonical)
        )
        chosen = boilerplate_short_forms(text, chosen, noise_spans, self.canonical)
        if "\u202e" in text or "\u202d" in text:
            # letters inside a bidi override are shown in another order than stored ("DELKCOL ERA
            # SROOD" shows as "DOORS ARE LOCKED" reversed): what they store names nothing (t13ag N9)
            over = [m.span() for m in _BIDI_OVERRIDE.finditer(text)]
            chosen = [c for c in chosen if not any(a <= c[0] and c[1] <= b for a, b in over)]
        return marked_mentions(text, chosen, noise_spans)

    def _lone_compass(self, word: str, label: str) -> bool:
        """Whether ``word``, typed a place (``label`` GPE or LOC), is a compass adjective alone
        (:data:`_COMPASS_ADJECTIVES`) the gazetteer knows no place by: it only describes the place
        written after it ("in Southern" over "Luzon since 1998" when a wrapped line was cut off;
        t13an N11, round s46-b)."""
        return label in ("GPE", "LOC") and word in _COMPASS_ADJECTIVES and self.canonical(word) is None

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
        # The same tokens as entity_tokens(btext), offsets into the article (no pattern looks behind
        # its start, and ``endpos`` makes the block's end the end of the string), with a name's final
        # glottal stop kept on its word ("Bua' Layuk").
        toks = [(m.start(), m.end(), m.group()) for m in ENTITY_TOKEN.finditer(text, bstart, bend)]
        toks = slash_forms(glottal_stops(toks, text, bstart))
        if not toks:
            return toks
        n = len(toks)
        words_ = [t for _, _, t in toks if t[0].isalpha()]
        if len(words_) >= 2 and line_in_capitals(btext):
            block_mode = "caps"
        elif kind == "title" or (
            (kind == "heading" or title_case(words_, btext)) and not signature_line(text, bstart, bend)
        ):
            # (a quotation's signature under it, "— Tomas Eddery, Rail Accident Inquiry Office", is
            # a name and its organisation in capitals, no headline: read as the quotes read it;
            # t13ab L11: the speaker the Quotes screen listed was no entity)
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
                            given_word(lead[-2])
                            # "- Harbour Guard Per Tjelta: "I saw ..."": a job phrase's person
                            or (
                                len(lead) >= 3
                                and described_name(
                                    JobPhrase(
                                        lead[-4] if len(lead) >= 4 else "", lead[-3], lead[-2], lead[-1], doc_lower
                                    )
                                )
                            )
                        )
                        and k + 1 < n
                        and toks[k + 1][2][:1] in _OPEN_QUOTES
                    )
                    if lead and not bracketed and not speaker and all(is_cap(t) or t in CONNECT for t in lead):
                        modes[:k] = ["headline"] * k
                    break
        shout = kicker(toks, doc_lower) if block_mode != "caps" else range(0)
        if block_mode == "prose" and shout:
            modes[shout.start : shout.stop] = ["headline"] * len(shout)
        # A sentence or run in capitals inside the block ("OSLO (Wire) - VESTHAV SHIPPING AS HAS
        # SUSPENDED ALL SAILINGS."): its capitals say nothing, as an all-caps headline's (t13i F10)
        loud = shouted_stretches(toks, doc_lower) if block_mode != "caps" else []
        if block_mode == "caps":
            cands.extend(shouted_firms(toks, 0, n, doc_lower, text))  # "VESTHAV SHIPPING AS HALTS SAILINGS"
        for a, b in loud:
            modes[a:b] = ["caps"] * (b - a)
            heads.append((toks[a][0], toks[b - 1][1], True))
            cands.extend(shouted_firms(toks, a, b, doc_lower, text))
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
            _key, canonical, label = self._ents[gaz[k][1]]
            if common_noun_reading(label, canonical, toks[k][2], toks[k + 1][2]):
                del gaz[k]  # "Windows were shattered", "Labour inspectors said": the common noun
        for k in [k for k, (j, _eid) in gaz.items() if j == k + 1 and j < n and toks[j][0] == toks[k][1] + 1]:
            j, eid = gaz[k]
            label = self._ents[eid][2]
            if label == "ORG" and portfolio_before_title(toks[k][2], [t for _, _, t in toks[j : j + 4]]):
                del gaz[k]  # "Labour Minister Farida Chowdhury": a portfolio, no party (t13ag N8)
            elif self._given_of_another(toks[k][2], toks[j][2], eid, doc_lower, j in gaz):
                del gaz[k]  # "Anwar Kabir": another person of a known person's given name (t13ag N1)

        ents = self._ents
        categories = blog_categories(text, bstart, bend)
        runs: list[list[Unit]] = []
        cur: list[Unit] = []
        pending: list[str] = []
        i = 0
        while i < n:
            s, e, t = toks[i]
            if stamp is not None and s < stamp.end():
                i += 1  # the entry's stamp ("11:20 CET "): its zone is no word of a name (t13l F13)
                continue
            if categories and any(a <= s < b for a, b in categories):
                i += 1  # "Posted in News": a blog's section, no name nor a place's cue (t13q)
                continue
            g = gaz.get(i)
            if g is None and t in TAG_LABELS:
                if cur:
                    runs.append(cur)  # "Posted in News Tagged Grauhorn": the label ends the name
                cur, pending = [], []
                i += 1
                continue
            if (
                g is None
                and not cur
                and not (
                    t[0].isalpha() and (t[0].isupper() or t[1:2].isupper() or elided_particle(t)) and latin_letter(t[0])
                )
            ):
                i += 1  # most tokens: no name is open and none starts here (is_cap(t), inline)
                continue
            if g is not None and cur and cur[-1].e == s and text[cur[-1].s : s - 1] in HYPHEN_PREFIX:
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
                and is_cap(toks[g[0] + 1][2])
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
            if (
                g is None
                and t in _GENERATIONS
                and len(cur) >= 2
                and not pending
                and text[cur[-1].e : s] == " "
                and all(u.eid < 0 and NAME_SHAPED.fullmatch(u.text) is not None for u in cur[-2:])
                # never a place or body named after one ("Avenida Juan Pablo II")
                and not any(PREFIX_CUES.get(u.text) or cue_label(u.text) for u in cur)
                and not (i + 1 < n and toks[i + 1][0] == e + 1 and is_cap(toks[i + 1][2]))
            ):
                # "Preston Aldridge III", "Chet Brannigan III, 58,": a generational number after a
                # name of two words ends its run, so the name is judged alone and regnal_numbers joins
                # the number to the PERSON (round s37-e: heldout30's "Preston Aldridge III" was no name,
                # the numeral an acronym in the stretch)
                runs.append(cur)
                cur, pending = [], []
                i += 1
                continue
            if g is not None or (t[0].isalpha() and is_cap(t)):
                if (
                    cur
                    and not pending
                    and cur[-1].eid < 0
                    and form_with_dot(cur[-1].text)
                    and cur[-1].text != "Co."  # ("Hongfeng Co. Ltd", "GmbH & Co. KG": the form goes on)
                    and not legal_form(t)
                ):
                    # "… from Vela Kabel Inc. The firm said", "Anadolu Kablo A.Ş. Anadolu Kablo
                    # said": the dot of the form the name ends at ends the sentence too (t13l F1:
                    # the run went on into the next sentence and the firm was lost). A form's one
                    # dot is the sentence's ("Quinn Ltd. Sheriff X said": the firm "Quinn Ltd"),
                    # a dotted form's last dot its own ("A.Ş.").
                    if not DOTTED.fullmatch(cur[-1].text) and cur[-1].text not in SPACED_LEGAL_FORMS:
                        cur[-1].e, cur[-1].j = cur[-1].e - 1, cur[-1].j - 1  # (the dot was its own token)
                        cur[-1].text = cur[-1].text[:-1]
                    runs.append(cur)
                    cur = []
                    initial[i] = True
                j = g[0] if g else i + 1
                unit = Unit(s, toks[j - 1][1], i, j, g[1] if g else -1, text[s : toks[j - 1][1]])
                glue = bool(cur) and not pending and s - cur[-1].e == 0 and cur[-1].eid < 0 and unit.eid < 0
                # "and" joins only a last one-word conjunct ("Prevention and Control"), never two names.
                lone = g is None and not (j < n and toks[j][2][:1].isupper())
                if pending == ["on"] and (t in WEEKDAYS_MONTHS or t.lower() in MONTH_ABBREVIATIONS):
                    # "Velquist Systems on Monday", "… on Dec. 12": never part of the name
                    pending = ["on", "on"]
                if (
                    cur
                    and pending
                    and not connector_ok(cur, pending, text, lone)
                    and not (pending == ["and"] and and_inside_name(cur, toks, i, gaz, text))
                    and not (pending == ["and", "the"] and and_the_portfolio(cur, toks, i, gaz, text))
                    and not (
                        len(pending) == 1
                        and pending[0] in PARTNER_CONJUNCTIONS
                        and partners_firm(cur, toks, i, pending, gaz)
                    )
                ) or (
                    cur
                    and pending
                    and (
                        (pending in (["and"], ["&"]) and two_names(cur, toks, i, text))
                        or person_from_body(cur, pending, toks, i)
                    )
                ):
                    if (
                        len(pending) == 1
                        and pending[0] in PARTNER_CONJUNCTIONS
                        and (at := and_place(cur, text, toks[j - 1][1])) is not None
                        # (not "Town and Country Planning Act": a longer name goes on)
                        and not (j < n and is_cap(toks[j][2]) and toks[j][0] - toks[j - 1][1] == 1)
                    ):
                        # a body named by its kind first, then "de" and the place, is that body
                        # whole ("Junta de Castilla y León", "Consejo de Trinidad and Tobago": round
                        # s51-e, "La Junta" was a town), an article before it no part of it
                        kind_first = int(
                            at > 0
                            and PREFIX_CUES.get(cur[at - 1].text) == "ORG"
                            and text[cur[at - 1].e : cur[at].s].strip().lower() in _GROUP_PARTICLES
                        )
                        if at - kind_first:
                            runs.append(cur[: at - kind_first])  # "la Junta de": the words before the place
                        s0 = cur[at - 1].s if kind_first else cur[at].s
                        cur = cur[at:]
                        # "Newfoundland and Labrador", "Trinidad and Tobago": one region or country;
                        # so in its own language's "and" ("Castilla y León", "Emilia e Romagna":
                        # t13at N4, cut to the city "León")
                        whole = text[s0 : toks[j - 1][1]]
                        label = "ORG" if kind_first else "GPE"
                        cands.append((s0, toks[j - 1][1], label, entity_key(label, whole), 0))
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
            if t == "-" and cur and cur[-1].e == s and cur[-1].eid < 0 and (k := _hyphened_particles(toks, i)):
                # "Saint-Aubrac-des-Pins", "Saint-Jean-de-la-Ruelle": lower-case particles between
                # hyphens inside one place's name (round s33-d: cut at "des"); glued on the next
                # iteration to the capitalised part after them
                cur[-1].e = toks[k - 1][1]
                i = k
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
                and syllable(cur[-1].text)
                and syllable(toks[i + 1][2])
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
                and is_cap(toks[i + 1][2])
                and cur[-1].eid < 0
                # a known word after the hyphen joins a prefix ("Inter-American") or a surname
                # after a given name ("Fernando Araújo-Lima"), never a name of its own
                and ((i + 1) not in gaz or cur[-1].text in HYPHEN_PREFIX or (len(cur) >= 2 and not pending))
            ):
                cur[-1].e = e  # glued on the next iteration
                i += 1
                continue
            if t == "." and cur and cur[-1].eid < 0 and cur[-1].e == s and text[cur[-1].s : cur[-1].e] in HONORIFIC_DOT:
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
                and is_cap(toks[i + 1][2])
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
                and is_cap(toks[i + 1][2])
                and (
                    cur[-1].text in _POSSESSIVE_HEADS
                    # a plural noun for people ("Walcot Traders' Association", "Residents' Association",
                    # "Prosecutors' Office"; s28-e: no name, or the name cut at the possessive)
                    or (t in ("'", "’") and cur[-1].text.endswith("s") and people_plural(cur[-1].text.lower()))
                    or cur[0].text.rstrip(".") in ("St", "Saint")
                    # "King's Theatre", "Queen's Bridge": a title's possessive before a place's kind
                    or (len(cur) == 1 and is_title(cur[0].text)[1] and toks[i + 1][2] in _PLACE_KIND)
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
                and pending[-1] in NAME_PARTICLES
                and t in "'’"
                and i + 2 < n
                and toks[i + 1][2] == "t"
                and toks[i + 1][0] == e
                and is_cap(toks[i + 2][2])
            ):
                i += 2  # "Henk van 't Hof": the elided article belongs to the particle
                continue
            if cur and (t in CONNECT or t in PARTNER_CONJUNCTIONS) and len(pending) < 2:
                pending.append(t)
                i += 1
                continue
            if cur:
                runs.append(cur)
            cur, pending = [], []
            i += 1
        if cur:
            runs.append(cur)
        runs = join_department_lists(runs, text)

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
            if mode == "headline" and shouted_tail and all(in_capitals(u.text) and u.eid < 0 for u in run):
                continue  # "Odin Fisk ASA CUTS 200 JOBS": the tail goes on past a number
            shouted_tail = False
            if mode == "headline" and (firm := headline_firm(text, run, initial, doc_lower)) is not None:
                # "Copyright © Nordlys Kringkasting AS 2025": every word of the line capitalised, and
                # a legal form ends the firm's name as it does in prose (t13j F15; was an ORG "AS")
                s_, e_ = firm
                cands.append((s_, e_, "ORG", entity_key("ORG", text[s_:e_]), 0))
                run = [u for u in run if u.s >= e_]
                if not run or all(in_capitals(u.text) for u in run):
                    # words in capitals after the form: the headline's ("HALTS OUTPUT")
                    shouted_tail = bool(run) and shouted_verb(run[0].text, doc_lower)
                    continue
            if mode != "prose":
                joined_to = -1  # the end of an initialism joined by "&" ("PG&E") read at its start
                for u in run:
                    if u.s < joined_to:
                        continue
                    if (
                        u.eid < 0
                        and (amp := _AMPERSAND_INITIALISM.match(text, u.s)) is not None
                        and (u.s == 0 or not (text[u.s - 1].isalnum() or text[u.s - 1] == "&"))
                        and amp.group() not in STOP_ACRONYMS  # "Q&A", "R&D": no name
                    ):
                        # "PG&E equipment eyed", "AT&T lines cut": an initialism with "&" in a
                        # headline is one name as in prose (t13aw N8: the headline's "PG" alone)
                        cands.append((u.s, amp.end(), "ORG", entity_key("ORG", amp.group()), 0))
                        joined_to = amp.end()
                        continue
                    if u.eid >= 0:
                        key, _, label = ents[u.eid]
                        cands.append((u.s, u.e, label, key, 0))
                    elif (
                        mode == "headline"
                        and is_acronym(u.text)
                        and u.text.replace(".", "") not in STOP_ACRONYMS
                        # "TEA AUCTION: ...": a word the article writes in lower case is shouted, no
                        # acronym (a web address's "cbc.ca" is no such use)
                        and not (
                            u.text.lower() in doc_lower
                            and re.search(rf"(?<![\w'’./@-]){re.escape(u.text.lower())}(?![\w'’/@-]|\.\w)", text)
                        )
                        # "FULL TIME:", "HELD UP!": a kicker's words of four letters or more with a vowel
                        # ("NHRC", "NBA" stay acronyms)
                        and not (u.i in shout and len(shout) >= 2 and len(u.text) >= 4 and VOWEL.search(u.text))
                    ):
                        cands.append((u.s, u.e, "ORG", entity_key("ORG", u.text), 0))
                    elif u.eid < 0:
                        singles.append((u.s, u.e, u.text))
                continue
            self._classify(text, toks, run, initial, doc_lower, cands, singles)
        return toks

    def _classify(
        self,
        text: str,
        toks: list[tuple[int, int, str]],
        run: list[Unit],
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
                and not (label == "ORG" and text[s:e].rsplit(None, 1)[-1] in MEDIA and not initial[run[0].i])
            ):
                s += 4  # a leading "The" stays outside the name (not a newspaper's: "in The Evening Courier")
            elif text.startswith(("A ", "An "), s) and e - s > 4:
                s = text.index(" ", s) + 1  # "A High Court judge": nor does an article
            name = " ".join(text[s:e].split()) if written is None else written
            if bare_determiner(name):
                return  # "and The Gambia": the country's "The" alone is no name
            if label == "PERSON":
                name = surname_written(name)
            cands.append((s, e, label, entity_key(label, name), prio))

        def emit_gaz(u: Unit) -> None:
            key, _, label = ents[u.eid]
            cands.append((u.s, u.e, label, key, 0))

        if len(run) == 1 and run[0].eid < 0 and run[0].text in FEASTS:
            return  # "in Easter message", "during Ramadan": a feast, a time, no place nor person (t13ag N9)
        if len(run) == 1 and german_adjective_noun(text, run[0]):
            return  # "lange Schlangen": German capitalises a noun after its adjective, no name
        if (role_at := german_role_before(text, run)) is not None:
            # "sagte Feuerwehrkommandantin Siobhán Ní Bhriain", "AlpenRail-Chef Torvald Ødegaard":
            # German's role noun before a person's name, outside it (t13aq N8)
            emit(run[role_at].s, run[-1].e, "PERSON")
            return
        if (name_at := german_name_start(text, run)) is not None:
            # "nahe der Stadt La Oroya", "Der Bus des Unternehmens Transportes Andino Sur": German's
            # capitalised nouns before the name say what it is; a known name among them stands alone
            for unit in run[:name_at]:
                if unit.eid >= 0:
                    emit_gaz(unit)
            run = run[name_at:]
        if _two_word_surname(text, run):
            emit(run[0].s, run[-1].e, "PERSON")  # "Darrell Iron Shell", later "Iron Shell" (round s33-n)
            return
        if (nation := _peoples_nation(text, run, lambda eid: ents[eid][2])) is not None:
            emit(nation, run[-1].e, "GPE")  # "the Navajo Nation", "the Oneida Nation" (round s33-n)
            return
        if (team := team_label(text, run, self._known_word, lambda eid: ents[eid][2])) is not None:
            emit(run[0].s, run[-1].e, team)  # "Calgary Hitmen", "Toronto Maple Leafs"; "Dubai Sevens"
            return
        if (seat := constituency(text, run)) is not None:
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
        while len(run) >= 2 and run[0].eid < 0 and copyright_notice(text, run, initial):
            run = run[1:]
        if (
            len(run) >= 3
            and run[0].eid < 0
            and run[0].text in OPENING_KINDS
            and (cue_label(run[-1].text) == "ORG" or PREFIX_CUES.get(run[1].text) == "ORG")
            and clause_opening(toks, run[0].i, initial)
        ):
            # "Insurer Pacifico Seguros said", "Lender Banco Quillay said": a kind of body opening the sentence is outside the
            # firm's name, as before a name no word types (unknown_stretch; t13r F9)
            run = run[1:]
        if len(run) == 1 and run[0].eid < 0 and fused_trade_firm(run[0].text, doc_lower):
            emit(run[0].s, run[0].e, "ORG")  # "Taipower said": a firm's one word, wherever it stands
            return
        if len(run) == 1 and run[0].eid < 0 and _hyphened_place(run[0].text):
            # "Saint-Aubrac-Des-Pins", "Villeneuve-Les-Avignon": one place, wherever it stands (round s33-d)
            emit(run[0].s, run[0].e, "GPE")
            return
        # Sentence-initial capitals are not evidence of a name: drop a leading common word.
        while run and run[0].eid < 0 and initial[run[0].i]:
            w = run[0].text
            if len(run) == 1 and opening_possessive_place(toks, run[0].i):
                emit(run[0].s, run[0].e, "GPE")  # "Colorado's Division of Wildlife said": the state
                return
            low = w.lower()
            given_common = (
                w in GIVEN_COMMON and len(run) == 2 and run[1].eid < 0 and run[1].text.lower() not in COMMON_WORDS
            )
            # "National Highways said": an organisation's name may open with such a word
            org_opener = low in _ORG_OPENERS and len(run) >= 2 and cue_label(run[-1].text) == "ORG"
            if len(run) >= 3 and low in FOREIGN_BY and foreign_by_word(text, run[0].s):
                run = run[1:]  # "Von Jonas Weber": a byline's "by" in another language (t13z H22)
                continue
            if low in SENTENCE_PREPOSITIONS and len(run) >= 2:
                run = run[1:]  # "Vor Siemens Energy lag Nordex": a German preposition opening the sentence
                if (
                    len(run) >= 2
                    and run[0].eid < 0
                    and text[run[0].e : run[1].s] == " von "
                    and run[0].text not in given_names()
                    and run[0].text not in GIVEN
                ):
                    # "Nach Angaben von Jonas Weber": the preposition's noun and its "von" (no
                    # particle of a surname after a given name) are no name's (round s40-e, a
                    # leftover of held-out 32: the person was missed)
                    run = run[1:]
                continue
            if _verb_before_kind_first(text, run, doc_lower):
                run = run[1:]  # "Anuncia Grupo Bimbo nuevas inversiones": a verb opening the sentence
                continue
            if initial_job(run):
                break  # "Striker Emre Kaya", "Reviewer Hyo-bin Chae", "Widow Doreen": a job or kin before a name
            if job_before_name(text, run, doc_lower) is not None:
                break  # "Night Porter Even Stokke" beside "all night": the job phrase's words describe a person
            if word_given_speaker(text, toks, run, doc_lower):
                # "Even Husby said", "May Torp told the court": a given name that is a word, and a
                # surname that speaks (t13j F19); the rules below know no such given name
                emit(run[0].s, run[-1].e, "PERSON")
                return
            if low in NAME_PARTICLES and len(run) >= 2 and text[run[0].e : run[1].s].strip() in NAME_PARTICLES:
                break  # "De la Puente", "Van der Linden": a surname that opens with its particles
            if len(run) == 1 and low not in COMMON_WORDS and low not in doc_lower and apposed_person(toks, run[0].j):
                break  # "Ueda, the harbour master, said": a person's job in commas, then a speech verb
            if len(run) == 1 and low not in COMMON_WORDS and low not in doc_lower and AGE_AFTER.match(text, run[0].e):
                break  # "Omrypkir, 52, leads the patrol": a surname and an age (round s37-e, heldout30)
            if (
                low in NAME_PARTICLES
                and len(run) == 2
                and cue_label(run[1].text) is None
                and f" {low} {run[1].text}" in text  # (what every match holds: most texts are not searched)
                and re.search(rf"{CAP}[\w'’-]+ {low} {re.escape(run[1].text)}(?![\w'’-])", text)
            ):
                break  # "De Bruijn said" after "Gerrit-Jan de Bruijn": the surname's particle, capitalised
            if (
                len(run) == 3
                and all(u.eid < 0 for u in run)
                and w not in given_names()
                and w not in GIVEN
                and (run[1].text in given_names() or run[1].text in GIVEN)
                and cue_label(run[2].text) is None  # "Harrow Mills Ltd.": a firm, not "Mills Ltd."
                and text[run[0].e : run[1].s] == " "
                # "Fayaz Ahmad Lone, president of": a name described after it is whole (round s34-b)
                and not in_apposition(text, run[0].s, run[2].e, ages=False)
                # "Hlulani Vincent Baloyi, 51,": a first given name of a language whose names end in
                # a, i, o or u, as an English word describing a person seldom does (round s39-e)
                and not vowel_final_given(w, doc_lower)
            ):
                run = run[1:]  # "Feisty Doreen Pickersgill", "Regular Barry Quinlan": a word about the person
                break
            if (
                not given_common
                and not org_opener
                and (
                    low in COMMON_WORDS
                    or low in doc_lower
                    or low.endswith(("ing", "ly"))
                    or (len(run) == 1 and w not in GIVEN and not is_acronym(w))
                )
            ):
                singles.append((run[0].s, run[0].e, w))  # may still be a short form ("Li said")
                run = run[1:]
            else:
                break
        if not run:
            return
        if (
            len(run) in (2, 3)
            and run[0].text in place_given_names()
            and ents[run[0].eid][2] in ("GPE", "LOC", "NORP")
            and _known_then_surname(text, run[:2], doc_lower)
            # a second surname the same way ("By Christian Lukusa Mbuyi": round s37-e)
            and (len(run) == 2 or _known_then_surname(text, [run[1], run[2]], doc_lower, known_first=False))
            # "from Paris Orly", "left Milan Malpensa": a place's preposition or a verb of going
            and TOWN_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
            and _ARTICLE_PLACE_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
            and _TRAVEL_BEFORE.search(text, max(0, run[0].s - 12), run[0].s) is None
            and run[1].text.split("-", 1)[0] not in SAINT_FIRSTS  # "Paris Saint-Germain": a club
        ):
            # "Sofia Lindqvist said", "Paris Hilton", "Sydney Okafor": a place that is also a given
            # name (place_given_names.txt), then a surname no list knows, is a person's name
            # wherever it stands, as after a title (round s33-d: the place "Sofia"); so is a people
            # named so in many lands ("Christian Eriksen", "Finn Russell": round s37-e, a NORP)
            emit(run[0].s, run[-1].e, "PERSON")
            return
        if _given_then_place_surname(text, run, lambda eid: ents[eid][2], doc_lower):
            # "47.6% for Marco Lima", "Ana Florence said": a given name then one word a place's
            # name is written as is a person's surname (s43-rv finding 15: the city "Lima")
            emit(run[0].s, run[-1].e, "PERSON")
            return
        if len(run) == 1 and run[0].eid < 0 and _hyphened_place(run[0].text):
            emit(run[0].s, run[0].e, "GPE")  # "In Sainte-Marie-Aux-Mines,": the opening word dropped
            return
        if (group := _plural_group(text, run)) is not None:
            emit(run[0].s, run[-1].e, group)
            return
        if (named := _named_after_titled(text, run)) is not None:
            emit(run[0].s, run[-1].e, named)  # "Princess Margaret Hospital" (round s33-n)
            return
        if (job := job_before_name(text, run, doc_lower)) is not None:
            # "the first to arrive, Firefighter Nils Haug,", "Swedish Geologist Petra Lindqvist":
            # a capitalised job word before a given name and a surname describes the person
            # wherever it stands, and so do the words before it ("Head", "Former", "Local"); a
            # known name among them stands alone ("Swedish")
            for unit in run[:job]:
                if unit.eid >= 0:
                    emit_gaz(unit)
            emit(run[job + 1].s, run[-1].e, "PERSON")
            return
        if (
            len(run) == 2
            and run[1].eid < 0
            and initial_job(run)
            and cue_label(run[1].text) is None
            # a name word, no second word of a title ("Director General", "Surveyor General")
            and not is_title(run[1].text)[0]
            and not job_word(run[1].text)
            and run[1].text.lower() not in COMMON_WORDS
        ):
            # "…, Sheriff Mbeki-Krause said", "when Coroner Hale arrived": a job word the lexicon
            # knows (no name of its own, initial_job) before one name word inside a sentence, as
            # at its start: the surname is the person, who the article or the corpus names in
            # full ("Sheriff Dashiell Mbeki-Krause"; issue #16, round s48-n, t13ap N8: a second
            # person "Sheriff Mbeki-Krause")
            emit(run[1].s, run[1].e, "PERSON")
            return
        # Titles: the words after the last core title are a person ("Vice Foreign Minister Ma Zhaoxu").
        flags = [is_title(u.text) if u.eid < 0 else (False, False) for u in run]
        for k, word_unit in enumerate(run[:-1]):
            if (
                word_unit.eid < 0
                and not flags[k][0]
                and compound_title(word_unit.text.rsplit("-", 1)[-1])
                and not (k and given_word(run[k - 1].text))
            ):
                # "Polizeichef Jonas X", "Auch Geschäftsführerin Miriam X": a German, Dutch or
                # Scandinavian compound role before a name is its title (t13z H22), never a
                # surname after a given name ("Anke Wagenführer") nor a run's last word
                flags[k] = (True, True)
        for k, (first, second) in enumerate(itertools.pairwise(run)):
            if text[first.e : second.s] == " " and (
                (second.text in _SECOND_HONORIFICS and flags[k][0]) or (first.text, second.text) in _PAIRED_HONORIFICS
            ):
                # "Puan Sri X", "Tan Sri X": two words of one honorific, the name after both
                flags[k] = flags[k + 1] = (True, True)
        for k in range(len(run)):
            if not flags[k][0]:
                continue
            if k + 1 < len(run) and run[k + 1].text in _PLACE_KIND and text[run[k].e : run[k + 1].s] == " ":
                flags[k] = (False, False)  # "Pope Glacier", "Queen Street West": a place named after one
            elif (
                k + 1 < len(run)
                and PREFIX_CUES.get(run[k].text) == "LOC"
                and text[run[k].e : run[k + 1].s].strip() in NAME_PARTICLES | {"de la", "del", "de los", "de las"}
            ):
                flags[k] = (False, False)  # "Col du Bougnon", "Col de la Faucille": a pass, no colonel
            elif (
                k == 1
                and run[0].eid < 0
                and PREFIX_CUES.get(run[0].text) in ("FAC", "GPE", "LOC")
                and text[run[0].e : run[1].s] == " "
            ):
                # "Avenida Presidente Vargas", "Avenida General Justo", "Praça Marechal Deodoro": a
                # place's kind first, then the title of the one it is named after (round s32-i)
                flags[k] = (False, False)
            elif k and text[run[k - 1].e : run[k].s] == " of " and of_label(run[k - 1].text) in ("ORG", "FAC"):
                flags[k] = (False, False)  # "Superior Court of Justice": the name goes on
            elif k + 1 < len(run) and text[run[k].e : run[k + 1].s] == " and ":
                flags[k] = (False, False)  # "Justice and Development Party": "and" joined it inside a name
            elif run[k].text in _SECOND_HONORIFICS and (k == 0 or not flags[k - 1][0]):
                flags[k] = (False, False)  # "Istana Seri Kinabalu" (a palace), not "Datuk Seri X"
            elif (
                flags[k][0]
                and not flags[k][1]
                and k + 1 < len(run)
                and run[k].text in OF_CUES
                and of_label(run[k].text) is None  # "State of Hawaiʻi": a place's name goes on
                and text[run[k].e : run[k + 1].s] in (" of ", " for ")
            ):
                # "Head of Security Per Skaar", "Deputy Head of Safety Even Lie": a title's word
                # before "of" heads a title as "Director of" does; the department, then the person
                # (t13j F13)
                flags[k] = (True, True)
        if initial[run[0].i] and run[0].eid < 0 and initial_job(run):
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
                and all(u.eid < 0 and cue_label(u.text) is None for u in rest)
                and (rest[0].text in given_names() or rest[0].text in GIVEN)
                and not flags[-1][0]
                and text[run[k].e : rest[0].s] == " "
            ):
                core_at = k
        if 0 <= core_at == len(run) - 2 and run[-1].eid < 0 and cue_label(run[-1].text) in ("ORG", "EVENT"):
            if all(f[0] for f in flags[:-1]):  # "Premier League", "Chief Executives Council": one name
                emit(run[0].s, run[-1].e, cue_label(run[-1].text) or "ORG")
                return
        if (
            core_at == 0
            and len(run) >= 3
            and run[0].eid < 0
            and run[0].text in _ADJECTIVE_TITLES
            and run[-1].eid < 0
            and cue_label(run[-1].text) == "ORG"
            and not any(
                f[0] or u.eid >= 0 or u.text in given_names() or u.text in GIVEN
                for u, f in zip(run[1:-1], flags[1:-1], strict=True)
            )
            and all(text[a.e : b.s] == " " for a, b in itertools.pairwise(run))
        ):
            # "General Workers Union", "Chief Rabbinate Council": a title that is also an adjective
            # opens the organisation's name, no person after it
            emit(run[0].s, run[-1].e, "ORG")
            return
        if (
            core_at > 0
            and run[core_at].eid < 0
            and run[core_at].text in _ADJECTIVE_TITLES
            and run[-1].eid < 0
            and cue_label(run[-1].text) == "ORG"
            and core_at < len(run) - 1
            and not any(f[0] for f in flags[:core_at])
            and not any(
                f[0] or u.eid >= 0 or u.text in given_names() or u.text in GIVEN
                for u, f in zip(run[core_at + 1 : -1], flags[core_at + 1 : -1], strict=True)
            )
            and all(text[a.e : b.s] == " " for a, b in itertools.pairwise(run))
        ):
            # "Velmont General Hospital", "Okonjo District General Hospital": the adjective title
            # inside a run ending in an organisation's kind word is part of the name, and so are the
            # capitalised words before it, whatever they are (an invented town no list knows; t13z
            # H5: "General Hospital" was cut off and dropped, "Velmont" alone given to another body)
            emit(run[0].s, run[-1].e, "ORG")
            return
        if core_at >= 0:
            for unit in run[: core_at + 1]:
                if unit.eid >= 0:
                    emit_gaz(unit)  # "Google" in "Google CEO"; unknown words there belong to the title
            rest = run[core_at + 1 :]
            if (
                len(rest) >= 3
                and rest[-1].eid >= 0
                and ents[rest[-1].eid][2] == "GPE"
                and text[rest[-2].e : rest[-1].s] == " of "
                and all(u.eid < 0 for u in rest[:-1])
                and text[: rest[0].s].rstrip().rsplit(None, 1)[-1:] in (["of"], ["for"])
            ):
                # "Minister for Health Tomas Arvid of Sweden pledged aid": the country the person
                # serves after the department and the name is no part of either (t13p F8: no
                # PERSON, as "... Tomas Arvid said" gave one)
                emit_gaz(rest[-1])
                rest = rest[:-1]
            # "Minister for Health Tomas Arvid", "Secretary of State for Environment Ruth Okonjo":
            # after the title's last "of"/"for", the department, then the person (two words).
            if (
                len(rest) == 1
                and rest[0].eid < 0
                and text[run[core_at].e : rest[0].s].strip() in _OF_PARTICLES
                and _DETERMINER_BEFORE.search(text, max(0, run[0].s - 8), run[0].s)
            ):
                # "der Bürgermeister von Skardvik", "le maire de Tromvik", "de burgemeester van
                # Oslo": a title after its article, then the place it is of, no person (as "the
                # mayor of Skardvik"); "Bundespräsident von Weizsäcker", no article, stays the
                # person (t13af N7, N11: a PERSON "Skardvik" in a German article)
                singles.append((rest[0].s, rest[0].e, rest[0].text))
                return
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
                        if is_acronym(part.text) and part.text.replace(".", "") not in STOP_ACRONYMS:
                            emit(part.s, part.e, "ORG")
                        elif len(tail) == 1 and part.text not in TITLE_MOD and cue_label(part.text) is None:
                            singles.append((part.s, part.e, part.text))  # a short form may claim it
                if len(tail) >= 3 and cue_label(tail[-1].text) == "ORG" and cue_label(tail[0].text) is None:
                    # "Representative Director of Hayashida Marine Systems": a name word first and an
                    # organisation's kind word last is the body the title is of, no department
                    rest = tail
                    break
                rest = tail[-2:] if len(tail) >= 3 else []  # "Foreign Affairs Wang Yi": the last two
                # "Irrigation Deepa Shrestha Gurung": a given name two words before the end opens
                # a person's name of three
                if len(tail) >= 4 and given_word(tail[-3].text) and not given_word(tail[-4].text):
                    rest = tail[-3:]
                break
            given_first = bool(rest) and (
                rest[0].text in given_names() or rest[0].text in GIVEN or rest[0].syllabic or "-" in rest[0].text
            )
            # "Interior Minister Claude Feyder", "Mayor Georgia Lindqvist": after a title, one word
            # the gazetteer holds (a product, a place: the given-name lists leave such names out)
            # then a surname no list knows is the person's name, not a known name and a lone
            # surname (s30-l, heldout23: a PRODUCT "Claude", a PERSON "Feyder")
            known_given = _known_then_surname(text, rest, doc_lower)
            if (
                rest
                and (all(u.eid < 0 for u in rest) or known_given)
                and len(rest) <= 4
                and (
                    not cue_label(rest[-1].text)
                    or (given_first and len(rest) == 2 and cue_label(rest[-1].text) != "ORG")
                )
            ):
                emit(rest[0].s, rest[-1].e, "PERSON")
                return
            run = rest
            if not run:
                return
        last = run[-1]
        cue = cue_label(last.text) if last.eid < 0 else None
        if cue and last.text == "SE" and any(u.eid >= 0 and ents[u.eid][2] not in ("GPE", "LOC") for u in run[:-1]):
            # a model's "SE" after a known brand or product ("iPhone SE", "Apple Watch SE"); after a
            # place's name a firm's legal form ("Baltic Rail SE": t13j F18)
            cue = None
        if cue == "ORG" and last.text.lower() == "oil" and len(run) >= 2 and run[-2].text.capitalize() in OIL_KINDS:
            # "Crude Oil", "Palm Oil prices": a kind of oil, the commodity, not a firm named by its
            # trade ("Harlow Oil"; lexicons.OIL_KINDS)
            return
        if (
            len(run) == 2
            and run[0].eid < 0
            and run[0].text in NUMBERED_NOUNS
            and last.eid < 0
            and last.text in LEGAL_FORMS
            and len(last.text.replace("/", "")) <= 2
            and last.text.replace("/", "").isupper()
        ):
            # "a Grade A/S rating", "Class AB shares": the letters a grade or a class is named
            # by, not a firm's legal form (a firm is named before its form: "Vestby Shipping A/S")
            return
        if cue is None and last.text in _DIRECTIONS and len(run) >= 3 and run[-2].text in _ROAD_KINDS:
            cue = "FAC"  # "Queen Street West", "Bloor Avenue East"
        if (
            cue is None
            and len(run) >= 3
            and any(u.eid < 0 and u.text in _COMMAND_HEADS for u in run[1:-1])
            and all(text[a.e : b.s] == " " for a, b in itertools.pairwise(run))
            and _area_after_head(run)
        ):
            cue = "ORG"  # "Naval Forces Southern Luzon", "US Forces Korea": a military command by its area
        if (
            cue is None
            and len(run) >= 3
            and last.text == "Nation"
            and run[-2].text == "First"
            and run[-2].eid < 0
            and not all(u.eid >= 0 and ents[u.eid][2] in ("NORP", "GPE") for u in run[:-2])
        ):
            # "ʼNamgis First Nation", "Tsawout First Nation": a Canadian band government, as the
            # Indian Act's bands call themselves (issue #16, round s51-e, held-out 44's ORG was nothing);
            # a people's or a country's word before it is no band's name ("Canadian First Nation
            # communities": review s51-rv F14)
            cue = "ORG"
        if cue is None and any(u.eid < 0 and u.text in ("Bros", "Bros.") for u in run[1:]):
            cue = "ORG"  # "Coaker Bros. Transport", "Halden Bros": brothers' firm, whatever its last word
        if cue is None and any(
            u.eid < 0 and cue_label(u.text) == "ORG" and _AND_AFTER.match(text, u.e) for u in run[1:-1]
        ):
            cue = "ORG"  # "Fire Service and Civil Defence": a body's kind word, then a field "and" joined
        of_heads = [u for u in run[:-1] if u.eid < 0 and text[u.e : u.e + 4] in (" of ", " for", " on ")]
        of_cue = of_label(of_heads[0].text) if of_heads else None
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
            len(run) == 2
            and last.text == "State"
            and run[0].eid < 0
            and text[run[0].e : last.s] == " "
            and _IN_STATE_BEFORE.search(text, max(0, run[0].s - 12), run[0].s)
            and run[0].text[1:].islower()
            and run[0].text not in given_names()
            and run[0].text.lower() not in COMMON_WORDS
            and run[0].text.lower() not in STOP_WORDS
        ):
            # a state the lists do not hold, after a preposition of where ("floods in Mon State",
            # "people from Shan State", "across Kogi State": issue #16, round s47-e2, held-out 40's
            # "Mon State" was no name); not a university's team after a given name or a common word
            # ("Wayne State", "Ball State")
            emit(run[0].s, last.e, "GPE")
            return
        if (
            len(run) == 2
            and last.eid < 0
            and last.text in _PART_AFTER
            and text[run[0].e : last.s] == " "
            and run[0].text not in place_given_names()
            and (
                (run[0].eid >= 0 and ents[run[0].eid][2] == "GPE")
                or (run[0].eid < 0 and (run[0].text in city_names() or run[0].text in region_names()))
            )
        ):
            # "the Aizawl North branch", "the Mombasa Central ward": a town's part, a ward, a seat
            # named by the town and a compass word after it (round s34-c: heldout27's "Chanmari
            # West" was a GPE "Chanmari"); a place that is a given name may be a person's ("Jordan West")
            emit(run[0].s, last.e, "GPE")
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
                        (run[0].text not in GIVEN and run[0].text not in given_names())
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
        if (
            cue == "FAC"
            and last.text in ("Center", "Centre")
            and len(run) >= 3
            and run[-2].text not in _VENUE_BEFORE
            and run[0].text not in given_names()
            and run[0].text not in GIVEN
        ):
            cue = "ORG"  # "Finnish Forest Centre", "Lapland ELY Centre": a body named by its work
        if cue == "FAC" and last.text == "Church" and any(u.text in _DENOMINATIONS for u in run[:-1]):
            cue = "ORG"  # "Nazareth Baptist Church", "the Free Wesleyan Church": a congregation
        if cue == "FAC" and len(run) >= 2 and run[-2].text in _NATURE_BEFORE and last.text in ("Park", "Reserve"):
            cue = "LOC"  # "Kanangra National Park", "Huon Marine Park": land or sea, not a building
        if (
            len(run) >= 3
            and run[0].eid < 0
            and run[1].eid < 0
            and PREFIX_CUES.get(run[1].text) == "ORG"
            and run[0].text not in given_names()
            and run[0].text not in TITLE_MOD
            and not cue
        ):
            emit(run[0].s, last.e, "ORG")  # "Pontificia Universidad Católica del Perú": an adjective first
            return
        # a street's kind word after its article: "Le Chemin du Moulin" (round s40-e2: a PERSON)
        kind_word = (
            run[1]
            if len(run) >= 3 and run[0].text in _PLACE_ARTICLES and PREFIX_CUES.get(run[1].text) == "FAC"
            else run[0]
        )
        if (
            len(run) >= 2
            # a legal form first may be a gazetteer's acronym too ("SIA"): the firm's name follows
            and (kind_word.eid < 0 or kind_word.text in PREFIX_LEGAL_FORMS)
            and kind_word.text in PREFIX_CUES
            and not cue
            and not any(u.text in STOP_ACRONYMS for u in run[1:])  # "Real GDP"
            and kind_first_place(text, kind_word.text, kind_word.s, last.e)  # not "Isla Fisher said"
        ):
            label = PREFIX_CUES[kind_word.text]
            if (
                run[0].text == "Puerto"
                and text[run[0].e : run[1].s] in (" de ", " del ")
                and pass_context(text, run[0].s, last.e)
            ):
                # "crossed the Puerto de Navacerrada, a climb of 1,858 metres": a mountain pass; "shops in
                # Puerto de Sagunto" the town, listed or not (round s34-c)
                label = "LOC"
            emit(run[0].s, last.e, label)
            return
        if len(run) >= 2 and not cue and "&" in text[run[0].s : last.e]:
            emit(run[0].s, last.e, "ORG")
            return
        if cue in ("FAC", "LOC", "GPE") and 2 <= len(run) <= 3 and all(u.eid < 0 for u in run):
            i = run[0].i
            prev = toks[i - 1][2] if i else ""
            titled = prev.islower() and prev in LOWER_TITLES and not title_is_verb(toks, i - 1)
            # (a town's kind word, "Alice Springs", "Grace County", ends no person's name: issue #16,
            # round s41-e, a PERSON "Alice Springs" after "from")
            given = run[0].text in GIVEN and cue != "GPE"
            if titled or (given and not given_kind_last_place(text, run[0].s, last.e)):
                emit(run[0].s, last.e, "PERSON")  # "analyst Lena Park": a person, not a park
                return
        if (
            len(run) == 2
            and last.eid < 0
            and last.text in _BROADCAST_ARMS
            and is_acronym(run[0].text)
            and run[0].text not in STOP_ACRONYMS
            and text[run[0].e : last.s] == " "
        ):
            emit(run[0].s, last.e, "ORG")  # "CBC News", "BBC Two", "NHK World": a broadcaster's channel or desk
            return
        if (
            len(run) == 2
            and last.eid < 0
            and last.text == _CARRIER_LAST
            and text[run[0].e : last.s] == " "
            and (
                (is_acronym(run[0].text) and run[0].text not in STOP_ACRONYMS)
                or (run[0].eid >= 0 and ents[run[0].eid][2] in ("NORP", "GPE"))
            )
        ):
            emit(run[0].s, last.e, "ORG")  # "EVA Air", "Korean Air": a carrier
            return
        if len(run) >= 2 and (cue or of_cue):
            if not (
                cue
                and all(u.eid < 0 and is_acronym(u.text) for u in run[:-1])
                # (but a legal form in capitals ends the firm all written so: "HALDEN FUELS LIMITED")
                and last.text.rstrip(".") not in SHOUTED_LEGAL_FORMS
                and not acronym_firm(run, cue)
                # a building named by a body's initials ("the ANB Hall", "SSE Arena": round s37-e)
                and not (cue == "FAC" and len(run) == 2 and run[1].text[1:].islower())
            ):
                emit(run[0].s, last.e, cue or of_cue or "ORG")
                return
        if len(run) >= 2 and last.eid >= 0 and ents[last.eid][2] == "GPE" and text[run[-2].e : last.s] == " ":
            head = run[:-1]
            known_org = len(head) == 1 and head[0].eid >= 0 and ents[head[0].eid][2] == "ORG"
            acronym = len(head) == 1 and is_acronym(head[0].text) and head[0].text not in STOP_ACRONYMS
            kind = all(u.eid < 0 for u in head) and cue_label(head[-1].text) == "ORG" and len(head) >= 2
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
                and word not in GIVEN
                and not is_title(word)[0]
                # an organisation's kind or trade word is a body's arm there too ("Transport
                # Scotland", "Health Canada": round s34-b); a place's or a building's no arm
                and cue_label(word) in (None, "ORG")
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
            and (
                run[1].text.rsplit(None, 1)[-1] in _SEATED_BODIES or run[1].text.split(None, 1)[0] in _SEATED_BODY_HEADS
            )
            and text[run[0].e : run[1].s] == " "
        ):
            # "Manhattan Supreme Court", "UK Supreme Court": a court or council of that place;
            # "Texas Department of Transportation": a department of that state
            emit(run[0].s, run[1].e, "ORG")
            return
        if (
            2 <= len(run) <= 4
            and last.eid >= 0
            and ents[last.eid][2] == "EVENT"
            and all(u.eid < 0 for u in run[:-1])
            and all(text[a.e : b.s] == " " for a, b in itertools.pairwise(run))
            and not any(
                u.text.lower() in COMMON_WORDS or is_title(u.text)[0] or u.text in WEEKDAYS_MONTHS
                for u in run[:-1]
                if u.text not in ("The", "THE")
            )
            and not (initial[run[0].i] and run[0].text not in ("The", "THE"))
        ):
            # "the T20 World Cup", "the Canoe Sprint World Cup", "the Winter Olympics": unknown words
            # right before a known event name its edition or its sport (round s34-b: an EVENT "World
            # Cup" alone); a known place or a common word stays outside ("England World Cup winner")
            emit(run[0].s, last.e, "EVENT")
            return
        # Otherwise: known names stand alone; unknown stretches between them are typed by shape.
        stretch: list[Unit] = []
        lead = self._lead(text, toks, run[0])
        for u in [*run, None]:
            if u is not None and u.eid < 0:
                stretch.append(u)
                continue
            if stretch:
                unknown_stretch(text, toks, stretch, initial, doc_lower, emit, singles, lead)
                stretch = []
            if u is not None:
                emit_gaz(u)
            lead = ents[u.eid][2] == "NORP" if u is not None else False

    def _known_word(self, word: str) -> bool:
        """Whether ``word`` alone is a gazetteer name or alias ("Democrats", "Nordic")."""
        node: Trie | None = self._trie.get(norm_token(word))
        return bool(node) and "" in node  # type: ignore[operator]

    def _other_bearer(
        self, before: Unit, word: str, gaz: tuple[int, int], initial: list[bool], doc_lower: set[str]
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
        # (compared folded: "Emre Erdoğan" is another person than "Recep Tayyip Erdogan" as "Emre
        # Erdogan" is, t13q F1; a word of the known name before its surname is theirs, "Tayyip")
        name = fold(key.partition(":")[2]).split()
        if before.eid >= 0 or j != before.j + 1 or label != "PERSON" or len(name) < 2:
            return False
        if fold(word) != name[-1] or fold(before.text) in name[:-1]:
            return False
        if not given_word(before.text) and not given_word(strip_accents(before.text)):
            # ("Ayşe Erdoğan": the given names' list writes "Ayse"); a word no list knows, in mixed
            # case inside a sentence, no title nor common word, the article never writing it in
            # lower case, is a given name too ("Zorvath Netanyahu")
            if (
                initial[before.i]
                or not NAME_SHAPED.fullmatch(before.text)
                or is_title(before.text)[0]
                or word_given(before.text)
                or before.text.lower() in doc_lower
                or self._known_word(before.text)
            ):
                return False
        return not (initial[before.i] and before.text.lower() in doc_lower)

    def _given_of_another(self, word: str, after: str, eid: int, doc_lower: set[str], after_known: bool) -> bool:
        """Whether the gazetteer's one-word match ``word`` (entity ``eid``), the word ``after`` it
        one space on, is the given name of another person than the known one: the known person's
        first word ("Anwar" of "Anwar Ibrahim") before a surname-shaped word that is not theirs, no
        known name, title, kind word nor common word, never written in lower case in the article
        ("Anwar Kabir", "Anwar Hossain"). A full name the article writes is never the gazetteer's
        person; the mirror of :meth:`_other_bearer` (another given name before a known surname)."""
        key, _, label = self._ents[eid]
        name = fold(key.partition(":")[2]).split()
        if label != "PERSON" or len(name) < 2 or fold(word) != name[0] or fold(after) in name:
            return False
        return (
            not after_known
            and NAME_SHAPED.fullmatch(after) is not None
            and not is_title(after)[0]
            and cue_label(after) is None
            and after.lower() not in COMMON_WORDS
            and after.lower() not in doc_lower
        )

    def _lead(self, text: str, toks: list[tuple[int, int, str]], first: Unit) -> bool:
        """Whether a country's possessive stands right before a run ("Japan's Kenta Morishita")."""
        i = first.i
        if i < 2 or toks[i - 1][2] not in ("'s", "’s") or toks[i - 1][0] != toks[i - 2][1]:
            return False
        node: Trie | None = self._trie.get(norm_token(toks[i - 2][2]))
        ends: list[tuple[tuple[str, ...], int]] = node.get("", []) if node else []
        return bool(ends) and self._ents[ends[0][1]][2] == "GPE"


# A bidi override (U+202E right-to-left, U+202D left-to-right) to its end (U+202C) or the line's.
_BIDI_OVERRIDE = re.compile("[\u202d\u202e][^\u202c\n]*")
# An initialism whose letters "&" joins, written without spaces ("PG&E", "AT&T", "S&P", "M&S"):
# one name in a headline as in prose (joins.connector_ok keeps "&" inside a run).
_AMPERSAND_INITIALISM = re.compile(r"[A-Z]{1,4}&[A-Z]{1,4}(?![\w&])")
_AND_AFTER = re.compile(r"\s+and\s")  # "and" after a word inside one name (joins.and_inside_name)
_OPEN_QUOTES = "\"“‘'«"  # quote marks that open a quote after a speaker's colon

# Words of position or time before a place, which leave it a place ("Central Europe", "Rural Japan",
# "Old Delhi"): never an organisation's arm named after the place.
_NOT_ARMS = COMPASS | frozenset(
    "Inner Outer Upper Lower Greater Mainland Rural Urban Imperial Ancient Modern Medieval Colonial Communist "
    "Occupied Free Metropolitan Coastal Continental Old Little Downtown Uptown Suburban Postwar Prewar".split()
)


@dataclass(frozen=True, slots=True)
class _ShownArticle:
    """A Markdown article's shown text as the recogniser reads an article (see
    :meth:`Recognizer.recognize`)."""

    doc: str
    text: str
    blocks: list[Any]
    sentences: list[Any]


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
