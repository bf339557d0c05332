"""A German common noun before a name: "nahe der Stadt La Oroya", "des Unternehmens Transportes
Andino Sur", "der Firma Andes Logistik" (t13ah N15: no name found, or a PERSON "Firma Andes
Logistik"). German capitalises every noun, so the noun that says what the name is joins the run of
capitals in front of it; English writes it in lower case ("near the town of La Oroya").

So is a noun a number counts ("2,5 Millionen US-Dollar": an ORG "Millionen US"). The noun is read
off the words around it, not a German lexicon: a German article right before
it, and a word after it that opens a name on its own (a known name, a given name, a name-kind
word written first such as "Transportes" or "Carretera", a place's article "La"). A German
adjective inside a name ("der Deutschen Bank", "des Roten Kreuzes") stands before a word that
opens no name, so it stays. The rule is asked only of an article the one language identifier
(:func:`waic_reader.index.analysis.language.text_language`) reads as German: "die" and "den" are
English words too. A compound noun whose head names a body's kind ("Betreibergesellschaft",
"Energiekonzern": :func:`kind_compound`) is one before any name (t13ao N1).

Dutch writes a ministry's or a body's own name with a capital after the title's "van" / "voor"
("minister van Financiën Ilse Vroom", "staatssecretaris van Justitie Marco Dijkstra": t13al N3, a
PERSON "Financiën Ilse Vroom" shown for the whole corpus); the department is the title's, not the
person's. A capitalised article opens a German sentence ("Die Zentralbank De Nederlandsche Bank"),
and a Dutch article ("De", "Het") opens a body's name as a place's article does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from waic_reader.index.analysis.entities.gazetteer import capitals, country_names_any, nations, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import GIVEN, PREFIX_CUES, kind_of_word, legal_form
from waic_reader.index.analysis.entities.words import Unit
from waic_reader.index.analysis.language import text_language
from waic_reader.index.corpus.letters import CAP, LOWER

# German articles, and prepositions fused with one, right before a word (lower case before a
# run: a sentence's first word "Die" may open a name, "Die Linke").
_ARTICLES = frozenset("der die das des dem den ein eine einer eines einem einen zum zur vom beim im am".split())
_ARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(_ARTICLES))}) $")
# The same articles written first in a sentence ("Die Zentralbank …"): after a stop or a line's start.
_OPENING_ARTICLE_BEFORE = re.compile(rf"(?:^|[.!?:]\s+|\n)(?:{'|'.join(sorted(a.capitalize() for a in _ARTICLES))}) $")
# A place's article in the languages whose places German copy names ("La Oroya", "El Alto",
# "Los Mochis", "Le Havre").
_PLACE_ARTICLES = frozenset("La El Los Las Le Les De Het".split())
# A number right before a word: the noun it counts, capitalised in German ("2,5 Millionen
# US-Dollar": t13ah N7, an ORG "Millionen US").
_NUMBER_BEFORE = re.compile(r"\d $")
# Looked for before the language is asked: a German article before a capitalised word.
_GATE = re.compile(r"\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]ie|einer|eines|einem|zum|zur|vom|beim) [A-ZÄÖÜ]")
# Dutch: a lower-case title word, its "van"/"voor", then the department ("minister van Financiën");
# a capitalised word before "van" is a given name and "van" the surname's particle ("Jan van Dijk").
_DUTCH_TITLE_OF_BEFORE = re.compile(r"(?<![\w'’-])(\w[\w-]*) (?:van|voor) $")
_DUTCH_GATE = re.compile(r"[a-z] (?:van|voor) [A-Z]")


@lru_cache(maxsize=8)
def german_text(text: str) -> bool:
    """Whether ``text`` (an article's text) is German by the one language identifier; False
    at once for a text with no German article before a capital (an English corpus never loads
    the identifier)."""
    return _GATE.search(text) is not None and text_language(text) == "German"


@lru_cache(maxsize=8)
def dutch_text(text: str) -> bool:
    """Whether ``text`` (an article's text) is Dutch by the one language identifier; False at once
    for a text with no lower-case word, "van" or "voor" and a capital in a row."""
    return _DUTCH_GATE.search(text) is not None and text_language(text) == "Dutch"


# The heads of German compound nouns that name the kind of a body or a firm written right before
# its name ("die Betreibergesellschaft Castellane Infrastructure Group", "der Energiekonzern Nordwind
# Power AG", "die Aufsichtsbehörde …", "die Nachrichtenagentur …": t13ao N1, the noun glued to an
# ORG's name): Duden's heads of company and authority compounds (Gesellschaft, Firma, Konzern,
# Unternehmen, Behörde, Agentur) and of outlets (Sender, Zeitung, Magazin, Portal), each with its
# genitive "-s" where it takes one. Only compounds (a word before the head, "Energie|konzern"): a
# bare "Gesellschaft" or "Stiftung" opens names of their own ("Gesellschaft für Informatik").
# So are the agent nouns of trades that German business news sets before a firm's name as its
# kind ("der Autobauer Velmora Motors AG", "der Chiphersteller …", "der Netzbetreiber …": review
# s47-rv2 finding 7, the list held only the reported words): Hersteller, Bauer, Betreiber, Anbieter,
# Händler, Versicherer, Dienstleister, Zulieferer, Produzent, Entwickler, Versorger, and the
# shipping line's Reederei, each with its genitive. Heads that also open names of their own when
# compounded ("Landesbank …", "Mediengruppe …", "…verlag") are left out.
_KIND_HEADS = (
    "gesellschaft firma konzern konzerns unternehmen unternehmens behörde agentur sender senders "
    "zeitung magazin magazins portal portals "
    "hersteller herstellers bauer bauers betreiber betreibers anbieter anbieters händler händlers "
    "versicherer versicherers dienstleister dienstleisters zulieferer zulieferers produzent produzenten "
    "entwickler entwicklers versorger versorgers reederei"
).split()
_KIND_COMPOUND = re.compile(rf"{CAP}[{LOWER}]{{2,}}(?:{'|'.join(_KIND_HEADS)})")


def kind_compound(word: str) -> bool:
    """Whether ``word`` is a German compound noun naming the kind of a body, a firm or an outlet
    (:data:`_KIND_HEADS`: "Betreibergesellschaft", "Energiekonzern", "Aufsichtsbehörde"), never
    a word of the name after it, with or without an article before it."""
    return _KIND_COMPOUND.fullmatch(word) is not None


# The heads of German nouns naming a person's office or role, written right before the person's
# name with no article ("sagte Feuerwehrkommandantin Siobhán Ní Bhriain", "AlpenRail-Chef Torvald
# Ødegaard sagte", "Verkehrsministerin …": t13aq N8, no person, or an ORG "AlpenRail-Chef Torvald
# Ødegaard"): Duden's heads of office and role compounds (Chef, Kommandant, Sprecher, Minister,
# Direktor, Präsident, Leiter, Vorsitzender, Bürgermeister, Sekretär, Kanzler, Beauftragter,
# Ermittler, Staatsanwalt, Anwalt, Richter, Botschafter, Gouverneur, Geschäftsführer, Trainer,
# Experte, Vorstand), each in its feminine form "-in" (Duden's movierte Form) where it has one.
_ROLE_HEADS = (
    "chef chefin kommandant kommandantin sprecher sprecherin minister ministerin direktor direktorin "
    "präsident präsidentin leiter leiterin vorsitzende vorsitzender bürgermeister bürgermeisterin "
    "sekretär sekretärin kanzler kanzlerin beauftragte beauftragter ermittler ermittlerin staatsanwalt "
    "staatsanwältin anwalt anwältin richter richterin botschafter botschafterin gouverneur gouverneurin "
    "geschäftsführer geschäftsführerin trainer trainerin experte expertin vorstand"
).split()
# A compound of at least three letters before the head ("Feuerwehr|kommandantin"), or a name
# hyphened to the head ("AlpenRail-Chef", "ÖBB-Sprecherin"), or the head alone ("Sprecherin").
_ROLE_NOUN = re.compile(
    rf"(?:{CAP}[{LOWER}]{{2,}}(?:{'|'.join(_ROLE_HEADS)})"
    rf"|(?:[^\W\d_][\w.&]*-)?(?:{'|'.join(h.capitalize() for h in _ROLE_HEADS)}))"
)


def role_noun(word: str) -> bool:
    """Whether ``word`` is a German noun naming a person's office or role (:data:`_ROLE_HEADS`:
    "Feuerwehrkommandantin", "AlpenRail-Chef", "Sprecherin"), the words of which are never the
    name after it."""
    return _ROLE_NOUN.fullmatch(word) is not None


# The endings of a German adjective's inflected forms as the first word of a body's name
# ("Deutsche Bahn", "Europäische Zentralbank", "Kirchliche Hilfe", "Ständige Vertretung"): Duden's
# adjective suffixes -isch, -sch, -lich, -ig, -ige with the weak/strong endings -e/-en/-er/-es. A
# person's given name does not end so ("Fischer" is no -sch-e form; review s49-rv3 finding 1).
_ADJECTIVE_FORM = re.compile(rf"{CAP}[{LOWER}]*(?:isch|sch|lich|ig|ndig|tig)(?:e|en|es|er)")
# The words that open a German noun phrase, never a person's name ("Die Deutsche Bahn", "Am 14. Tag
# des Streiks"): the module's articles and article-prepositions, capitalised as a sentence opens.
_OPENERS = frozenset(a.capitalize() for a in _ARTICLES)


def german_person_shaped(words: list[str]) -> bool:
    """Whether ``words`` (a name's capitalised words, two or more, as written) read as a person's
    name in German copy: the first a given name the project knows (:func:`given_names`,
    ``GIVEN``), or else no word an article (:data:`_OPENERS`), a lower-case word of a genitive
    phrase ("Tag des Streiks"), a legal form, an organisation's or a place's kind word
    (``lexicons.kind_of_word``, :func:`kind_compound`), and the first no adjective's inflected
    form (:data:`_ADJECTIVE_FORM`: "Deutsche Telekom", "Europäische Zentralbank"). German writes
    bodies' names as capitalised noun phrases, so two capitalised words are no evidence of a person
    on their own (review s49-rv3 findings 1 and 2)."""
    if not words:
        return False
    if words[0] in given_names() or words[0] in GIVEN:
        return not any(legal_form(w) or kind_of_word(w) is not None or kind_compound(w) for w in words[1:])
    if words[0] in _OPENERS or _ADJECTIVE_FORM.fullmatch(words[0]) is not None:
        return False
    return not any(
        not w[:1].isupper() or legal_form(w) or kind_of_word(w) is not None or kind_compound(w) for w in words
    )


def german_role_before(text: str, run: list[Unit]) -> int | None:
    """The index in ``run`` (capitalised words, offsets into ``text``) of the person's name after a
    German role noun (:func:`role_noun`) when the run's words after it are two to four words the
    gazetteer does not know, one space apart ("Feuerwehrkommandantin Siobhán Ní Bhriain",
    "AlpenRail-Chef Torvald Ødegaard"), in a text the one language identifier reads as German;
    else None. A role noun comes before a body's name too ("Geschäftsführer Nordwind Logistik
    GmbH", "Trainer Union Berlin"), so the words after it must read as a person's
    (:func:`german_person_shaped`; review s49-rv3 finding 2)."""
    for k in range(len(run) - 2):
        rest = run[k + 1 :]
        if not role_noun(run[k].text) or not 2 <= len(rest) <= 4:
            continue
        if any(u.eid >= 0 for u in rest) or any(text[a.e : b.s] != " " for a, b in zip(run[k:], rest, strict=False)):
            continue
        if german_person_shaped([u.text for u in rest]) and german_text(text):
            return k + 1
    return None


def _opens_name(unit: Unit) -> bool:
    word = unit.text
    return unit.eid >= 0 or word in PREFIX_CUES or word in _PLACE_ARTICLES or word in given_names() or word in GIVEN


def german_name_start(text: str, run: list[Unit]) -> int | None:
    """Where the name starts in ``run`` (capitalised words, offsets into ``text``; a run may hold
    a German article between two of its words, "Bus des Unternehmens Transportes Andino Sur"),
    when a word of it is a German common noun naming the kind of the name after it: after a German
    article, in a German text, before a word that opens a name (the module's rule); or a compound
    naming a body's kind (:func:`kind_compound`), an article before it or none ("Laut
    Energiekonzern Nordwind Power AG"). None when no word is; the caller drops the words before
    the start."""
    for k in range(len(run) - 1):
        unit = run[k]
        if unit.eid >= 0 or unit.text in PREFIX_CUES or text[unit.e : run[k + 1].s] != " ":
            continue
        if k == 0 and _NUMBER_BEFORE.search(text, max(0, unit.s - 4), unit.s) is not None and german_text(text):
            return 1  # "2,5 Millionen US-Dollar", "52 Fahrgäste": the noun a number counts
        title = _DUTCH_TITLE_OF_BEFORE.search(text, max(0, unit.s - 40), unit.s)
        if title is not None and title.group(1) not in given_names() and title.group(1) not in GIVEN:
            if run[k + 1].text in given_names() and unit.text not in given_names() and dutch_text(text):
                return k + 1  # "(Minister) van Financiën Ilse Vroom": the title's department
        if k == 0:
            article = (
                _ARTICLE_BEFORE.search(text, max(0, unit.s - 7), unit.s) is not None
                or _OPENING_ARTICLE_BEFORE.search(text, max(0, unit.s - 9), unit.s) is not None
            )
        else:
            gap = text[run[k - 1].e : unit.s]
            article = (gap == " " and run[k - 1].text.lower() in _ARTICLES) or gap.strip() in _ARTICLES
        if article and _opens_name(run[k + 1]) and german_text(text):
            return k + 1
        if kind_compound(unit.text) and german_text(text):
            return k + 1  # "Laut Energiekonzern Nordwind Power AG": no article needed before a compound
    return None


# A lower-case German word with an adjective's ending right before a noun ("lange Schlangen",
# "langen Schlangen", "große Schlangen"); prepositions and articles before a place ("nach
# Schlangen", "in der") are none of them.
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’-])([a-zäöüß]+(?:e|en|er|es|em)) $")
_NOT_ADJECTIVES = _ARTICLES | frozenset(
    "in nach aus bei von vor zu über unter gegen hinter neben zwischen ohne durch für seine seiner seinen "
    "ihre ihrer ihren unsere wie aber oder sowie sie wir er es".split()
)


def german_adjective_noun(text: str, unit: Unit) -> bool:
    """Whether the one capitalised word ``unit`` (a run of one) is a German common noun after an
    adjective ("bildeten sich lange Schlangen": t13al N10, a GPE "Schlangen", a town of the city
    list), in a German text: a lower-case word with an adjective's ending right before it, no
    article or preposition. A capital city or a nation keeps its name ("das schöne Paris")."""
    before = _ADJECTIVE_BEFORE.search(text, max(0, unit.s - 30), unit.s)
    if before is None or before.group(1) in _NOT_ADJECTIVES:
        return False
    if unit.text in capitals() or unit.text in nations():
        return False
    return _GATE.search(text) is not None and german_text(text)


# The heads of German nouns naming a public body or an institution, alone or as a compound's last
# part ("Bundesstelle", "Bundesamt", "Landesanstalt", "Umweltbundesamt", "Verband"): Duden's
# institution nouns (Amt, Anstalt, Stelle, Behörde, Ministerium, Institut, Zentrum, Zentrale,
# Gesellschaft, Stiftung, Verband, Verein, Kammer, Gericht, Gerichtshof, Agentur, Akademie,
# Kommission, Hochschule, Universität, Direktion, Verwaltung, Dienst, Bund, Werk, Rat, Büro, Kasse),
# each with its plural or genitive ending where German writes one in a name.
_BODY_HEADS = (
    "amt amtes anstalt stelle behörde ministerium ministeriums institut instituts zentrum zentrums zentrale "
    "gesellschaft stiftung verband verbandes verein vereins kammer gericht gerichts gerichtshof agentur "
    "akademie kommission hochschule universität direktion verwaltung dienst dienstes bund bundes werk "
    "rat rates büro kasse"
).split()
_BODY_HEAD = (
    rf"(?:{CAP}[{LOWER}]+(?:{'|'.join(sorted(_BODY_HEADS, key=len, reverse=True))})"
    rf"|(?:{'|'.join(sorted((h.capitalize() for h in _BODY_HEADS), key=len, reverse=True))}))"
)
# A German noun written after the head's "für" / "der" / "des" / "zur" / "zum": a capitalised word
# (every German noun is), hyphened parts kept ("Kraftfahrt-Bundesamt"); joined by "und" or by a
# further "für", "in der", "der", "des" ("Bundesamt für Sicherheit in der Informationstechnik",
# "Bundesamt für Migration und Flüchtlinge"). English words after the name are lower case, so
# the name ends at the last capitalised noun.
_GERMAN_NOUN = rf"{CAP}[\w-]*[{LOWER}]"
_GERMAN_LINK = r"(?:für|der|des|zur|zum|für die|für den|für das|in der|im|und)"
#: A German body's name in any text: an optional adjective in its inflected form ("Deutsche",
#: "Physikalisch-Technische"), the body's kind noun (:data:`_BODY_HEADS`) and its matter after
#: "für", "der", "des", "zur" or "zum" ("Bundesstelle für Bahnunfalluntersuchung", "Verband der
#: Automobilindustrie", "Bundesministerium des Innern"): one ORG, read whole in an English text
#: too (a reported fault: cut at "für", its halves a PERSON or nothing).
GERMAN_BODY = re.compile(
    rf"(?<![\w'’-])(?:(?:{CAP}[{LOWER}]+-)?{_ADJECTIVE_FORM.pattern} )?"
    rf"(?P<head>(?:{CAP}[{LOWER}]+-){{0,2}}{_BODY_HEAD})"
    rf"(?: (?P<link>für|der|des|zur|zum|für die|für den|für das) (?P<matter>{_GERMAN_NOUN}))"
    rf"(?: {_GERMAN_LINK} {_GERMAN_NOUN}| {_GERMAN_NOUN})*"
    rf"(?![\w'’-])"
)
# The heads that are also German's everyday nouns for a post, a service, a works or an office
# (Duden: "Stelle" a job, "Dienst" service, "Werk" a plant or a work, "Amt" an office held, "Rat"
# a council or advice, "Bund" a league, "Kasse" a till, "Büro" an office room): alone, with a
# genitive article after ("die Stelle des Bürgermeisters", "im Dienst der Stadt", "das Werk der
# Firma"), they are a common noun phrase, no body (review s50-rv finding 1). As a compound's last
# part ("Bundesamt", "Kraftfahrt-Bundesamt") or with "für" ("Amt für Statistik") they name one.
_COMMON_HEADS = frozenset("Amt Amtes Stelle Dienst Dienstes Werk Rat Rates Bund Bundes Kasse Büro".split())
_GENITIVE_LINKS = frozenset(("der", "des"))
_NAME_WORD = re.compile(rf"{CAP}[\w-]*")


def german_body_span(m: re.Match[str], starts_other: Callable[[int, str], bool]) -> tuple[int, int] | None:
    """The span of the German body :data:`GERMAN_BODY` matched as ``m``, or None where it is none:
    a bare everyday head with a genitive article (:data:`_COMMON_HEADS`: "die Stelle des
    Bürgermeisters"). The name ends before the first capitalised word after its matter noun that
    ``starts_other(offset, word)`` says opens another name (a person's or a place's: "the
    Bundesamt für Verfassungsschutz Thomas Haldenwang said" names the body, then its head; review
    s50-rv finding 1; a word after a link word, "und Flüchtlinge", is the name's), and its link
    words left hanging then go too."""
    if m.group("link") in _GENITIVE_LINKS and m.group("head") in _COMMON_HEADS and m.start("head") == m.start():
        return None
    a, b = m.span()
    for w in _NAME_WORD.finditer(m.string, m.end("matter"), b):
        before = m.string[a : w.start()].rstrip().rsplit(" ", 1)[-1]
        if before not in _LINK_WORDS and starts_other(w.start(), w.group()):
            b = w.start()
            break
    head = m.string[a:b].rstrip()
    while head.rsplit(" ", 1)[-1] in _LINK_WORDS:
        head = head.rsplit(" ", 1)[0]
    return a, a + len(head)


# The link words of :data:`_GERMAN_LINK`, one by one (a cut name's hanging "für", "und").
_LINK_WORDS = frozenset("für der des zur zum die den das in im und".split())

# German compass nouns, as the regional offices of a state's body are named after the part of it
# they cover ("Bergamt Süd", "Landesamt Nord", "Polizeidirektion Ost"; Duden's "Nord", "Süd",
# "Ost", "West", "Mitte" and their compounds).
_GERMAN_COMPASS = "Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Mitte"
#: A German body's regional office: a compound of a body's head (:data:`_BODY_HEADS`, a word before
#: it: "Bergamt", "Landesamt", "Polizeidirektion") and a compass noun after it ("Bergamt Süd"): one
#: ORG in any text (issue #16, round s53-e2: "Bergamt Süd" was nothing, "vom Bergamt Ost" a PERSON).
GERMAN_AREA_BODY = re.compile(
    rf"(?<![\w'’-]){CAP}[{LOWER}]+(?:{'|'.join(sorted(_BODY_HEADS, key=len, reverse=True))}) "
    rf"(?:{_GERMAN_COMPASS})(?![\w'’-])"
)
#: Looked for before running GERMAN_AREA_BODY.
GERMAN_AREA_GATE = re.compile(rf" (?:{_GERMAN_COMPASS})\b")

#: Looked for before running GERMAN_BODY: a head's link word.
GERMAN_BODY_GATE = re.compile(r" (?:für|der|des|zur|zum) [A-ZÄÖÜ]")


# The suffixes German forms abstract and collective nouns with (Duden, "Wortbildung": -heit,
# -keit, -ung, -schaft, -ität, -nis, -tum): "Sicherheit", "Bereitschaft", "Beobachtung",
# "Ergebnis". No place's or person's name written alone ends so; the gazetteer's ("Tunis") are
# asked first.
_ABSTRACT_NOUN = re.compile(rf"{CAP}[{LOWER}]{{2,}}(?:heit|keit|ung|schaft|ität|nis|tum)")


# A noun's measure or manner phrase, its preposition before it and "von" after it: "in Höhe von 2,5
# Millionen", "in Form von", "im Laufe von", "auf Grund von" (Duden's prepositional phrases of the
# "in Höhe von" kind); a place is never written so.
_MEASURE_PHRASE_AFTER = re.compile(r" von\b")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:in|an|auf|aus|bei|mit|nach|unter|vor|zu) $")


def german_common_noun(text: str, start: int, end: int, label: str) -> bool:
    """Whether the one word ``text[start:end]``, typed ``label``, is a German common noun in a
    German article (:func:`german_text`), no name: an abstract noun by its suffix
    (:data:`_ABSTRACT_NOUN`: "wurden in Sicherheit gebracht" was a place "Sicherheit", t13as N5),
    or a person typed after a German article ("die Sprecherin der Behörde": a person "Behörde";
    a person's name takes no article in German news). The caller leaves out names the gazetteer
    knows."""
    word = text[start:end]
    if " " in word or not german_text(text):
        return False
    if _ABSTRACT_NOUN.fullmatch(word):
        # (German names end so too, "Hartung", "Dennis": a person's given name, or the surname of
        # a full name the article writes, "Klaus Hartung … Hartung sagte", is a name; review
        # s50-rv2 #12.)
        return label != "PERSON" or not (_given(word) or _surname_written(text, word))
    if label in ("GPE", "LOC"):
        # (a place no list knows, read off the word before it: "am Boden zerstört", "in Höhe von
        # 2,5 Millionen" were places, t13au N6; German writes every noun so, and a town takes no
        # article: "in Kalgoorlie", "in Wien" stay places). A country or region the gazetteer lists
        # is written with its article ("in der Schweiz", "im Irak", "im Wallis": review s52-rv #12),
        # so the article test leaves it alone; a town's homonym ("am Boden") is no exception.
        known = word in region_names() or word in country_names_any()
        return (not known and _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None) or (
            _PREPOSITION_BEFORE.search(text, max(0, start - 6), start) is not None
            and _MEASURE_PHRASE_AFTER.match(text, end) is not None
        )
    return label == "PERSON" and _ARTICLE_BEFORE.search(text, max(0, start - 6), start) is not None


def _given(word: str) -> bool:
    """Whether ``word`` is a given name the recogniser knows (``given_names``, ``GIVEN``)."""
    return word in given_names() or word in GIVEN


def _surname_written(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` after a known given name, as a full name's surname."""
    pattern = rf"(?<![\w-])({CAP}[\w-]*)\s+{re.escape(word)}(?![\w-])"
    return any(_given(m.group(1)) for m in re.finditer(pattern, text))
