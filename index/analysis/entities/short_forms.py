"""Short forms of names: forms defined in brackets or with "or" ("Board on Transport
(Botrans)", ", or Basarnas,"), a firm's short name without its trade and legal form, acronyms
spelled out before or after, syllabic short forms, a name in brackets after an organisation's, and
resolving a short form ("Li" after "Li Qiang", "Kestrel Hydro" after "Kestrel Hydro Holdings") to
the full name the article gave.

Separate because these rules run after the first pass, over the names already chosen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from waic_reader.index.analysis.entities.corpus_votes import firm_cue
from waic_reader.index.analysis.entities.firm_homes import firm_heads
from waic_reader.index.analysis.entities.firms import firm_shaped, speaks_as_person, town_of_firm
from waic_reader.index.analysis.entities.gazetteer import city_names, is_acronym, is_cap, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    CUES,
    FAMILY_FIRST,
    GIVEN,
    INSTITUTION_NOUNS,
    KIN,
    LEADING_LEGAL_FORMS,
    MEDIA,
    MEDIA_TIMES,
    NAME_PARTICLES,
    PARTNER_CONJUNCTIONS,
    PERSON_NOUNS,
    PREFIX_CUES,
    PREFIX_LEGAL_FORMS,
    STOP_ACRONYMS,
    TITLE_CORE,
    TITLE_MOD,
    WEEKDAYS_MONTHS,
    firm_core,
    legal_form,
    people_plural,
    place_body_tail,
)
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, entity_key
from waic_reader.index.analysis.entities.persons import (
    in_other_names,
    nearest_bearer,
    other_given_before,
    other_surname_after,
)
from waic_reader.index.analysis.entities.places import firm_use_after, place_use
from waic_reader.index.analysis.entities.surnames import cued_anywhere
from waic_reader.index.analysis.entities.words import (
    LOWER_WORD,
    SPEECH_AFTER,
    SYLLABIC_GIVEN,
    TOWN_BEFORE,
    Cand,
    cue_label,
    opens_name,
)
from waic_reader.index.analysis.lexicon import DETERMINERS
from waic_reader.index.corpus import dateline
from waic_reader.index.corpus.letters import CAP, LETTER
from waic_reader.index.corpus.tokens import fold


def syllabic_short(short: str, words: Sequence[str], used: int = 0, skip: bool = True) -> bool:
    """Whether ``short`` (folded) is made of the openings (two letters or more) of ``words``
    (folded) in order, two words or more: a syllabic acronym such as "comelec" (Commission on
    Elections), "ofcom" (Office of Communications), "basarnas" (Badan SAR Nasional). With
    ``skip`` false every word gives an opening ("taipower" of "taiwan power", none skipped): the
    strict form a short form no article defines must take (:func:`grouping.merge_short_forms`)."""
    if not short:
        return used >= 2 and (skip or not words)
    if not words or not short.isalpha():
        return False
    first, rest = words[0], words[1:]
    k = 0
    while k < min(len(first), len(short)) and first[k] == short[k]:
        k += 1
    # the first word always gives the short form its opening; later words may be skipped ("on")
    if any(syllabic_short(short[n:], rest, used + 1, skip) for n in range(k, 1, -1)):
        return True
    return skip and used > 0 and syllabic_short(short, rest, used, skip)


# A one-word name an organisation goes by, after its full name: ", or Basarnas,".
_OR_ALIAS = re.compile(rf", or ({CAP}(?:{LETTER})+),")
_DEFINED = re.compile(rf"\s\(({CAP}(?:{LETTER}|[&.]){{1,9}})\)")


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s letters are the initials of ``name``'s capitalised words, in order
    ("DGA" of "Directors Guild of America")."""
    return [c for c in acronym if c.isupper()] == [w[0] for w in name.split() if is_cap(w)]


def _whole_word(word: str) -> re.Pattern[str]:
    """``word`` standing alone: no letter, digit or hyphen either side."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _dateline_agency(text: str, at: int, span: tuple[int, int]) -> bool:
    """Whether ``span`` is the agency in brackets of a wire dateline on the line holding ``at``
    ("KESTREL BAY (AP) —", "SAN SALVADOR, El Salvador (AFP) -"): every agency alike, whatever
    its name looks like (an acronym "AP", "AFP", or a word "Reuters", "Xinhua")."""
    wire = dateline.match(text, text.rfind("\n", 0, at) + 1)
    return wire is not None and wire.agency == span


# The bodies people form by their trade, closing its name ("… Workers Union", "… Employees Federation").
_MEMBERS_BODIES = frozenset(
    "Union Unions Federation Association Confederation Congress Alliance Guild Council Syndicate".split()
)


def _members_trade(tail: str) -> bool:
    """Whether a body's name after its first word opens with the people it is of and closes in a
    body of members (:data:`_MEMBERS_BODIES`: "Workers Solidarity Federation" of "Garment Workers
    Solidarity Federation", "Employees Union"; not "Polymers Ltd", a firm): its
    first word is then their trade, a common noun ("Garment unions demanded"), no short form of
    the body (t13ag-r R1: a lone "Garment" was a mention of the federation). A firm's "Sons",
    "Partners", "Brothers" (cue words: "Lehman Brothers Holdings") are no members."""
    second, last = tail.split(" ", 1)[0], tail.rsplit(" ", 1)[-1]
    return " " in tail and last in _MEMBERS_BODIES and second not in CUES and people_plural(second.lower())


# How far back a body's name listing its fields ("Department of Mines, Industry Regulation and
# Safety") may reach across the commas that cut it into names of their own: the long forms of
# government departments list up to four fields.
_LISTED_FIELDS = 3


def spelt_long_forms(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a body's long form that lists its fields with commas read whole, where the
    acronym defined in brackets right after it spells the whole ("the Department of Mines,
    Industry Regulation and Safety (DMIRS)": the first pass read "Department of Mines" and
    "Industry Regulation and Safety", and "DMIRS" took the second's key; issue #16, round
    s53-e2). The parts, each an ORG, are joined only where the acronym's capitals are the
    initials of the joined name and not of its last part alone; the joined mention is an ORG
    keyed by its own text. Nothing changes without such a bracket."""
    if "(" not in text or ", " not in text:
        return chosen
    out = list(chosen)
    for i in range(len(out) - 1, -1, -1):
        s, e, label, _key = out[i]
        m = _DEFINED.match(text, e)
        if label != "ORG" or m is None or not is_acronym(m.group(1)) or _spells(m.group(1), text[s:e]):
            continue
        first = i
        # walk back over the names the commas cut off, each an ORG right before ", "
        while first > 0 and i - first < _LISTED_FIELDS:
            ps, pe, plabel, _ = out[first - 1]
            if plabel != "ORG" or text[pe : out[first][0]] != ", ":
                break
            first -= 1
            if _spells(m.group(1), text[ps:e]):
                name = " ".join(text[ps:e].split())
                out[first : i + 1] = [(ps, e, "ORG", entity_key("ORG", name))]
                break
    return out


def defined_short_forms(
    text: str,
    chosen: list[Cand],
    singles: list[tuple[int, int, str]],
    context_orgs: set[str] | frozenset[str] = frozenset(),
    doc_lower: set[str] | frozenset[str] = frozenset(),
    known: Callable[[str], str | None] = lambda _name: None,
) -> list[Cand]:
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
    towns -= {text[s:e] for s, e, label, _ in chosen if label == "GPE" and TOWN_BEFORE.search(text, max(0, s - 8), s)}
    firm_towns = _firm_towns(text, chosen, {w for w in places if known(w) is None})
    places -= firm_towns
    tails: set[str] = set()  # short forms that are a name's last word ("Hollfeld")
    institution_firsts: set[str] = set()  # the first words of an institution's name ("Rotuma")
    place_firsts: set[str] = set()  # the first words of a town's or a port's body ("Marholm")
    # Acronyms the rules read as no name ("DGA", a French firm's deputy head: lexicons.STOP_ACRONYMS)
    # that the article defines in brackets right after a body spelt out by their letters
    # ("Directors Guild of America (DGA)"): that body wherever written (issue #16, round s51-e)
    spelt: set[str] = set()
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
            is_acronym(m.group(1))
            or (
                m.group(1).lower() not in COMMON_WORDS
                and m.group(1) not in places
                and syllabic_short(m.group(1).lower(), [w.lower() for w in text[s:e].split() if is_cap(w)])
            )
        ):
            short.setdefault(m.group(1), (label, key))
            if m.group(1).replace(".", "") in STOP_ACRONYMS and _spells(m.group(1), text[s:e]):
                spelt.add(m.group(1))
        elif (
            label == "ORG"
            and (m := _OR_ALIAS.match(text, e)) is not None
            and m.group(1).lower() not in COMMON_WORDS
            and m.group(1).lower() not in doc_lower  # ", or Volunteers," where the text has "volunteers"
        ):
            short.setdefault(m.group(1), (label, key))  # "the National Search and Rescue Agency, or Basarnas,"
        first, _, tail = text[s:e].partition(" ")
        last = tail.rsplit(" ", 1)[-1]
        formed = first in LEADING_FORMS and " " in tail  # a legal form first: a firm whatever ends it
        if formed:
            first = tail.split(" ", 1)[0]  # "PT Sawitama Agro Lestari Tbk" ... "Sawitama"
        if (
            label == "ORG"
            and not formed
            and place_body_tail(tail)
            and first[:1].isupper()
            and first.lower() not in COMMON_WORDS
            and first.lower() not in doc_lower
            and first not in CUES
            and first not in TITLE_CORE
            and first not in TITLE_MOD
            and first not in places
        ):
            place_firsts.add(first)  # "Marholm" of "Marholm Port Authority", "Marholm Chamber of Commerce"
        if (
            label == "ORG"
            and PREFIX_CUES.get(first) == "ORG"
            and " " not in tail
            and tail[:1].isupper()
            and tail.lower() not in COMMON_WORDS
            and (tail not in places or tail in towns)
            and tail not in CUES
        ):
            if tail in towns:
                short[tail] = (label, key)  # the firm, not the town the city list knows
            short.setdefault(tail, (label, key))  # "Brauerei Hollfeld" ... "Hollfeld"
            tails.add(tail)
        if (
            label == "ORG"
            and (CUES.get(last.rstrip(".")) == "ORG" or key in context_orgs or formed)  # "Inc." as "Inc"
            and first[:1].isupper()
            and first.lower() not in COMMON_WORDS
            # a common noun the article writes in lower case names no body alone ("Fire" of
            # "Fire Service" opening "Fire official Anwar Kabir said" beside "the fire": t13ag N9)
            and (first.lower() not in doc_lower or formed or key in context_orgs)
            and first not in CUES
            and first not in TITLE_CORE
            and first not in TITLE_MOD
            and first not in places
            and not _members_trade(tail)
        ):
            if last.lower() in INSTITUTION_NOUNS:
                # a hospital, a school, a church named after its town ("Rotuma Hospital"): its first
                # word alone is that town ("our correspondent on Rotuma"; issue #16, round s42-e:
                # held-out 35's six GPEs 'Rotuma' were ORGs), the body only after "the" ("staff at
                # the Mersey" after "Mersey Community Hospital")
                institution_firsts.add(first)
            if firm_core(text[s:e]).rsplit(" ", 1)[-1] not in MEDIA:
                short.setdefault(first, (label, key))
            elif first not in WEEKDAYS_MONTHS and first not in MEDIA_TIMES and len(firm_core(text[s:e]).split()) == 2:
                # "Lorne Gazette" ... "from Lorne": a newspaper is named after its town, and its
                # first word alone is that town, never the paper (which is "the Gazette"); so with
                # its legal form ("Hallvik Avis AS" ... "# Hallvik counts the cost"; t13k F9)
                short.setdefault(first, ("GPE", entity_key("GPE", first)))
    for s, e, label, key in chosen:
        if label == "ORG" and text[s:e].split(" ", 1)[0] in firm_towns:
            short[text[s:e].split(" ", 1)[0]] = (label, key)  # the firm, not the town the gazetteer knows
    for first in place_firsts:
        # the place the body is named by, written alone ("The Marholm strike in numbers"): no
        # short form of that body nor of another body of the place (issue #16, t13aj N8: three
        # mentions of "Marholm Port Authority", one of them the Chamber of Commerce's)
        short[first] = ("GPE", entity_key("GPE", first))
    if not short:
        return chosen
    # "Margit Halvorsen" beside "Halvorsen Chemicals": the surname of the article's one person
    # of that name, saying something ('"I am devastated," Halvorsen said'), is that person.
    surnames: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        if label == "PERSON" and " " in text[s:e] and text[s:e].rsplit(" ", 1)[-1] in short:
            surnames.setdefault(text[s:e].rsplit(" ", 1)[-1], set()).add(key)
    out: list[Cand] = []
    for s, e, label, key in chosen:
        hit = town_of_firm(text, s, e, short.get(text[s:e]))
        if hit and hit[0] == "ORG" and text[s:e] in institution_firsts and not _after_the(text, s):
            hit = None
        if text[s:e] in tails and label == "PERSON" and " " in key:
            hit = None  # "Lula", the gazetteer's Luiz Inacio Lula da Silva, is no "Instituto Lula"
        if (
            hit
            and len(surnames.get(text[s:e], ())) == 1
            and surname_use(text, s, e, _named_first(chosen, surnames, hit, text[s:e]))
        ):
            hit = ("PERSON", next(iter(surnames[text[s:e]])))
        elif hit and hit[0] == "ORG" and speaks_as_person(text, e):
            hit = ("PERSON", entity_key("PERSON", text[s:e]))
        elif hit and hit[0] == "ORG" and place_use(text, s, e):
            # "Southern Luzon" beside "Luzon News": the place, no short form of the body
            # (t13an N11, round s46-b)
            hit = None
        if (
            hit
            and " " not in text[s:e]
            and (
                label in ("ORG", "PERSON")
                or (label == "GPE" and text[s:e] in tails and text[s:e] in towns)
                or (label in ("GPE", "LOC") and text[s:e] in firm_towns)
            )
            and hit[1] != key
        ):
            label, key = hit
        out.append((s, e, label, key))
    starts = [s for s, _, _, _ in out]
    if spelt:
        # the acronym's own uses: no rule made them single words a short form may claim
        singles = sorted(
            {*singles, *((m.start(), m.end(), m.group()) for a in spelt for m in _whole_word(a).finditer(text))}
        )
    for s, e, w in singles:
        hit = town_of_firm(text, s, e, short.get(w))
        if hit is None or (hit[0] == "ORG" and w in institution_firsts and not _after_the(text, s)):
            continue
        if hit[0] == "ORG" and (_opens_other_body(text, w, e, hit[1]) or place_use(text, s, e)):
            continue
        if len(surnames.get(w, ())) == 1 and surname_use(text, s, e, _named_first(chosen, surnames, hit, w)):
            hit = ("PERSON", next(iter(surnames[w])))
        elif hit[0] == "ORG" and speaks_as_person(text, e):
            hit = ("PERSON", entity_key("PERSON", w))
        k = bisect_left(starts, s)
        if (k < len(out) and out[k][0] < e) or (k and out[k - 1][1] > s):
            continue
        out.insert(k, (s, e, hit[0], hit[1]))
        starts.insert(k, s)
    return out


# The last words of a firm that lends, saves, insures or invests ("Halden Bank", "Marrow Savings"):
# a public body named after its town ("Pune Municipal Corporation", "Queensland Police", "Bo
# Rangers") ends otherwise, and its town's name stays the town.
_MONEY_FIRM_WORDS = frozenset("Bank Savings Assurance Insurance Securities Holdings Bancorp Investments".split())
# A firm's deal or people after its possessive, a sum between: "Halden's £2.1 billion takeover",
# "Marrow's savers", "Halden's bid".
_FIRM_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?:[£$€¥]\s?)?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?"
    r"(?:takeover|bid|merger|deal|offer|acquisition|results|savers|depositors|branches|customers|lending)\b"
)


def _firm_use(text: str, end: int) -> bool:
    """Whether the words after a lone word ending at offset ``end`` make it a firm: a firm's verb or
    possession (:func:`~waic_reader.index.analysis.entities.corpus_votes.firm_cue`), a firm's word
    (:func:`~waic_reader.index.analysis.entities.places.firm_use_after`: "Halden shares") or its
    deal after its possessive (:data:`_FIRM_POSSESSIVE`)."""
    return firm_cue(text, end) or firm_use_after(text, end) or _FIRM_POSSESSIVE.match(text, end) is not None


def _firm_towns(text: str, chosen: list[Cand], places: set[str]) -> set[str]:
    """The one-word places of ``places`` (those the gazetteer does not name: a town only the city
    list holds, "Halden"; a country or a region stays itself) that open a firm's name in ``chosen``
    (one ending in a legal form or a moneyed firm's word, :data:`_MONEY_FIRM_WORDS`: "Halden Bank",
    "Marrow Savings"; not a hospital's, a port's or a council's, named after their town), that the
    article never uses as a place ("in Halden", "the Halden area":
    :func:`~waic_reader.index.analysis.entities.places.place_use`) and uses as a firm at least once
    (:func:`_firm_use`). Alone, such a word is the firm's short form ("Halden's £2.1 billion
    takeover": s43-rv finding 15, a GPE)."""
    lone: dict[str, list[tuple[int, int]]] = {}
    for s, e, label, _ in chosen:
        if label in ("GPE", "LOC") and text[s:e] in places and " " not in text[s:e]:
            lone.setdefault(text[s:e], []).append((s, e))
    if not lone:
        return set()
    out: set[str] = set()
    for s, e, label, _ in chosen:
        first, _, tail = text[s:e].partition(" ")
        last = tail.rsplit(" ", 1)[-1]
        if (
            label == "ORG"
            and first in lone
            and (legal_form(last) or last in _MONEY_FIRM_WORDS)
            and not any(place_use(text, a, b) or TOWN_BEFORE.search(text, max(0, a - 8), a) for a, b in lone[first])
            and any(_firm_use(text, b) for _, b in lone[first])
        ):
            out.add(first)
    return out


# Up to four capitalised words after a word, on its line: the rest of a name it opens.
_CAP_RUN_AFTER = re.compile(rf"(?: {CAP}[\w'’&-]*){{1,4}}")


def _opens_other_body(text: str, word: str, e: int, key: str) -> bool:
    """Whether ``word``, ending at ``e``, opens the name of another body than ``key``'s: the
    capitalised words after it end in an organisation's kind word ("Norvale Broadcasting
    Corporation" beside "Norvale Department of Health", "Halden Water Board" beside "Halden
    Energy Ltd"; t13ak N10: the broadcaster's "Norvale" was counted a mention of the
    department), so the word is that body's (or its place's), no short form of ``key``."""
    m = _CAP_RUN_AFTER.match(text, e)
    if m is None:
        return False
    words = m.group().split()
    ends = [k for k, w in enumerate(words) if CUES.get(w.rstrip(".,")) == "ORG"]
    if not ends:
        return False
    name = " ".join([word, *words[: ends[-1] + 1]])
    return fold(name) != fold(key.split(":", 1)[-1])


_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|explained|recalled|replied|asked)\s+$")


# After a surname, what only a person has: a family, a relative or a person of theirs ("the Kinrade
# family", "Kinrade's mechanic", "Halvorsen's wife"), or a person's own act ("has vowed to race").
_FAMILY_AFTER = re.compile(
    r"(?:\s+famil(?:y|ies)\b|['’]s\s+(?:late\s+)?(?:{})\b|\s+(?:has\s+|had\s+)?(?:vowed|wept|was born|grew up)\b)".format(
        "|".join(sorted({*KIN, *PERSON_NOUNS, "mechanic", "coach", "lawyer", "manager", "agent", "children"}))
    )
)


def surname_use(text: str, s: int, e: int, person_first: bool) -> bool:
    """Whether the lone word at ``text[s:e]``, the surname of a person the article names in full
    and the first word of one of its firms too, is the person: always where a person's act or
    relative follows it (:func:`_family_of`, :func:`_speaks`); never where a firm's word or verb
    does (:func:`~waic_reader.index.analysis.entities.places.firm_use_after`: "Halvorsen shares
    fell"; :func:`~waic_reader.index.analysis.entities.corpus_votes.firm_cue`: "Halvorsen supplied
    the pumps"); else whichever of the two the article named first in full (``person_first``),
    the one it is about. A court story about "Tou Fue Xiong" and his "Xiong Family Funeral
    Services LLC" means him by "Mr Xiong", "worked for Xiong until 2022", "Xiong faces 20 years"
    (heldout26 typed all six the firm); a deal story opening on "Okabe Holdings Co Ltd" means the
    firm by "Okabe thinks in decades" though "Hiroshi Okabe" is its president."""
    if _family_of(text, e) or _speaks(text, s, e):
        return True
    return person_first and not (firm_use_after(text, e) or firm_cue(text, e))


def _named_first(chosen: list[Cand], surnames: dict[str, set[str]], hit: tuple[str, str], word: str) -> bool:
    """Whether the article's one person of surname ``word`` (``surnames``) is named before the
    name ``hit`` (label, key) is: their first mentions' offsets in ``chosen``."""
    person = next(iter(surnames[word]))
    return min((s for s, _, _, k in chosen if k == person), default=1 << 62) < min(
        (s for s, _, _, k in chosen if k == hit[1]), default=1 << 62
    )


def _family_of(text: str, e: int) -> bool:
    """Whether the surname ending at ``e`` is a person's by what follows it (:data:`_FAMILY_AFTER`)."""
    return _FAMILY_AFTER.match(text, e) is not None


def _speaks(text: str, s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is the subject of a speech verb next to it."""
    return SPEECH_AFTER.match(text, e) is not None or _SPEECH_BEFORE.search(text, max(0, s - 12), s) is not None


# Words of a firm's trade before its legal form that its short name leaves out ("Meridian Palm
# Trading Pte Ltd" is "Meridian Palm"), and those joined by a conjunction ("Amazônia Amidos
# Indústria e Comércio Ltda" is "Amazônia Amidos").
_TRADE_WORDS = frozenset(
    "Trading Traders Brokers Holdings Group Industries Enterprises Co Indústria Industria Comércio Comercio".split()
)


def long_short_forms(text: str, chosen: list[Cand]) -> list[Cand]:
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
            while k < len(words) - 2 and (words[k] in given_names() or words[k] in GIVEN):
                k += 1
            tail = words[k:]
            if k and len(tail) >= 2:
                short.setdefault(" ".join(tail), (label, key))
        elif label == "ORG" and len(words) >= 3 and legal_form(words[-1]) and " ".join(words[:-1]) not in places:
            short.setdefault(" ".join(words[:-1]).rstrip(","), (label, key))
            # without its legal forms and the words of its trade after them: "Meridian Palm" and
            # "Lankatea" after "Meridian Palm Trading Pte Ltd", "Lankatea Brokers (Pvt) Ltd"
            core = firm_core(" ".join(words)).split()
            if len(core) > 2 and core[0] in LEADING_FORMS:
                del core[0]  # and a legal form before it: "Laweyan Batik" after "PT Laweyan Batik Tbk"
            while len(core) > 1 and (
                cue_label(core[-1]) == "ORG" or core[-1] in _TRADE_WORDS or core[-1] in PARTNER_CONJUNCTIONS
            ):
                core.pop()
            if core and len(core) < len(words) - 1 and all(is_cap(w) for w in core):
                name = " ".join(core)
                if len(core) >= 2 or (
                    name.lower() not in COMMON_WORDS
                    and name not in given_names()
                    and name not in places
                    and name not in city_names()
                    and name.lower() not in LOWER_WORD.findall(text)
                ):
                    short.setdefault(name, (label, key))
        elif label == "ORG" and len(words) >= 3 and words[0] in LEADING_FORMS and all(is_cap(w) for w in words[1:]):
            # a legal form first and none after: "Volga Neftegaz" after "OOO Volga Neftegaz"
            short.setdefault(" ".join(words[1:]), (label, key))
        elif (
            label == "ORG"
            and len(words) == 2
            and 2 <= len(words[0]) <= 3
            and is_acronym(words[0])
            and words[0] not in STOP_ACRONYMS
            and words[1][:1].isupper()
            and not is_acronym(words[1])
            and words[1] not in places
            and words[1] not in city_names()
            and words[1].lower() not in COMMON_WORDS
        ):
            short.setdefault(words[1], (label, key))  # a club's designator first: "Oostvliet" after "KV Oostvliet"
    if not short:
        return chosen
    # the surnames of the people the article names in full: a firm's one-word core that is one of
    # them leaves the person's mentions where only a person fits ("the Halvorsen family" beside
    # "Margit Halvorsen" and "Halvorsen Chemicals AS")
    family: dict[str, int] = {}  # each such surname → where a person of it is first named in full
    for s, e, label, _ in chosen:
        if label == "PERSON" and " " in text[s:e]:
            family.setdefault(text[s:e].rsplit(" ", 1)[-1], s)
    first_at: dict[str, int] = {}  # each entity's key → its first mention's offset
    for s, _, _, key in chosen:
        first_at.setdefault(key, s)
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
                personal = (
                    label == "ORG"
                    and name in family
                    and any(c[2] == "PERSON" for c in here)
                    and surname_use(text, at, end, family[name] < first_at.get(key, len(text)))
                )
                if (
                    not personal
                    and all(at <= c[0] and c[1] <= end and c[2] in NAME_LABELS for c in here)
                    and not any((c[0], c[1], c[2]) == (at, end, label) for c in here)
                ):
                    out[lo:hi] = [(at, end, label, key)]
            at = text.find(name, end)
    return out


# Personal pronouns, which open sentences capitalised as a name's short form may be written.
_PRONOUNS = frozenset("he she it we they i you".split())


# The legal forms written before a firm's name (lexicons.PREFIX_LEGAL_FORMS, LEADING_LEGAL_FORMS).
LEADING_FORMS = PREFIX_LEGAL_FORMS | LEADING_LEGAL_FORMS


# Lower-case words inside a long name ("Department of Health and Social Care").
_INNER = frozenset("of for on and & the de des du la le di del".split())
_TRAILING_PUNCT = re.compile(r"[,;:!?\"“”()\[\]]|\.$|['’]s$")


def _after_member(run: list[tuple[int, int, str]]) -> int:
    """Where a body's name starts in ``run`` when people's names open it: a given name and one or
    two more capitalised words (after "and" too), then "of" (and "the") and the body's words
    ending in an organisation's kind word ("Petrus Tangdilintin of the Indonesian Coffee
    Exporters Association (AEKI)", "Maria Lopez and Petrus Tangdilintin of the ...": round s40-e,
    held-out 33's ORG took the person in); 0 otherwise."""
    words = [w for _, _, w in run]
    if cue_label(words[-1]) != "ORG":
        return 0
    for at, w in enumerate(words):
        if w != "of":
            continue
        opening = max((k + 1 for k in range(at) if words[k] in ("and", "&")), default=0)
        person = words[opening:at]
        if 2 <= len(person) <= 3 and (person[0] in given_names() or person[0] in GIVEN) and all(map(is_cap, person)):
            start = at + 1 + (at + 1 < len(words) and words[at + 1] == "the")
            return start if start < len(words) - 1 else 0
        return 0  # the first "of" is the body's own ("Office of Roads")
    return 0


def acronym_named(text: str, starts: set[int]) -> list[tuple[int, int, str, str, int]]:
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
        if not is_acronym(acr) or acr.replace(".", "") in STOP_ACRONYMS:
            continue  # "(TheStreet)", "(AI)": no acronym defined
        words = [
            (w.start(), w.end(), w.group()) for w in re.finditer(r"\S+", text[max(0, m.start() - 240) : m.start()])
        ]
        base = max(0, m.start() - 240)
        run: list[tuple[int, int, str]] = []
        # short lower-case words of another language inside the name ("Innu Takuaikan Uashat mak
        # Mani-utenam (ITUM)": Innu "mak", "and"), kept only where the acronym's letters are the
        # initials of the capitalised words across them (issue #16, round s48-e: the name was cut
        # at "mak" and its opening words read as a person, "Innu" a PERSON wherever it stood).
        # Why the limits (review s48-rve finding 9): a connector or article of a language is a word
        # of one to four letters ("mak", "me", "ilu", "y", "und", "de la"), and a body's name holds
        # at most a couple of distinct ones; an English lower-case run before the brackets is longer
        # ("said in a statement") and is a clause, no name, so the name is still cut there. The
        # initials test below keeps a word only where the acronym spells across it.
        inner = set(_INNER)
        for a, b, w in reversed(words):
            if _TRAILING_PUNCT.search(w):
                break  # "said," or "Britain's": the name starts after it
            if w in ("and", "&", "or") and run and run[0][2] == "the":
                break  # "Omnivore and the National Bank for ... (NABARD)": two bodies, the last defined
            if w in inner and run:
                run.insert(0, (base + a, base + b, w))
                continue
            if not is_cap(w):
                if run and w.isalpha() and w.islower() and len(w) <= 4 and len(inner) - len(_INNER) < 2:
                    inner.add(w)
                    run.insert(0, (base + a, base + b, w))
                    continue
                break
            run.insert(0, (base + a, base + b, w))
            if base + a in starts:
                break
        while run and run[0][2] in inner:
            run.pop(0)
        if len(inner) > len(_INNER):
            caps = [k for k, (_, _, w) in enumerate(run) if w not in inner]
            if not any([run[c][2][0] for c in caps if c >= k] == letters for k in caps):
                # no initials across the foreign words: the name starts after the last of them
                last = max((k for k, (_, _, w) in enumerate(run) if w in inner and w not in _INNER), default=-1)
                run = run[last + 1 :]
                inner = set(_INNER)
                while run and run[0][2] in inner:
                    run.pop(0)
        caps = [k for k, (_, _, w) in enumerate(run) if w not in inner]
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
                first = _after_member(run)
            else:
                continue
        s, e = run[first][0], run[-1][1]
        if sum(1 for c in caps if c >= first) < 2:
            continue
        label = cue_label(run[-1][2]) or "ORG"
        # "All Progressives Congress (APC)", "World Policy Forum (WPF)": a body with an acronym
        if label not in ("ORG", "LAW", "EVENT", "FAC") or run[-1][2] in ("Congress", "Forum"):
            label = "ORG"
        out.append((s, e, label, entity_key(label, " ".join(text[s:e].split())), -1))
    return out


# A name in brackets right after an organisation's: its own name in its language or its short
# form ("the Sámi Parliament (Sámediggi)", "the Union of Water Boards (Unie van Waterschappen)",
# "the Court of Accounts (Sayıştay)"). One to six words, the first capitalised, nothing after the
# bracket but the sentence going on.
_BRACKETED_NAME = re.compile(rf" \(({CAP}[\w'’.+-]*(?: [\w'’.+-]+){{0,5}})\)(?! ?{CAP})")


def bracketed_names(text: str, chosen: list[Cand], known: Callable[[str], str | None]) -> list[Cand]:
    """The name in brackets after an organisation's is that organisation (its key), unless it is
    a name of its own the gazetteer knows or a place ("Bancoval (Colombia)"), a listing code or an
    acronym (read by :func:`defined_short_forms`)."""
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
            is_acronym(name)
            or known(name) is not None
            or name in city_names()
            or name in region_names()
            or name.split(" ", 1)[0] in TITLE_CORE
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
        if " " in name:
            out = _named_uses(text, out, name, key, (a, b))
    if added:
        out.sort()
    return out


def _named_uses(text: str, chosen: list[Cand], name: str, key: str, defined: tuple[int, int]) -> list[Cand]:
    """``chosen`` with every other use of ``name`` (a name of two words or more the article
    defines in brackets after an organisation's: "The California Department of Forestry and Fire
    Protection (CAL FIRE)") read as that organisation (``key``), as :func:`defined_short_forms`
    reads a one-word acronym's: "CAL FIRE Announces …", "About CAL FIRE" (t13aw N9: "CAL" and
    "FIRE" were two organisations), in title case too ("Cal Fire said"). A use inside a longer name found there (one that overlaps
    it without lying inside it) is left to that name; the candidates inside a use give way."""
    out = chosen
    for m in re.finditer(rf"(?i)(?<![\w'’&-]){re.escape(name)}(?![\w'’&-])", text):
        a, b = m.span()
        if m.group() != name and not all(w[:1].isupper() for w in m.group().split()):
            # the name in another case is that name only with every word capitalised: "Cal Fire"
            # for "CAL FIRE" (round s53-q: two organisations), never "cal fire" in prose
            continue
        if (a, b) == defined or any(c[0] < b and a < c[1] and not (a <= c[0] and c[1] <= b) for c in out):
            continue
        out = [c for c in out if not (a <= c[0] and c[1] <= b)]
        out.append((a, b, "ORG", key))
    return out


def _by_fold(shorts: dict[str, str]) -> dict[str, str]:
    """The short forms by their folded form (:func:`fold`), each naming one person only: a word
    written with other accents or none is that short form ("Céspedes" after "Joaquin Cespedes",
    "Nahui" after "Martín Ñahui"; t13o F4), as ``who:`` folds names."""
    folded: dict[str, set[str]] = {}
    for word, key in shorts.items():
        if " " in key:  # (a word typed a person alone is its own short form: no full name)
            folded.setdefault(fold(word), set()).add(key)
    return {word: next(iter(keys)) for word, keys in folded.items() if len(keys) == 1}


def _short_of(shorts: dict[str, str], by_fold: dict[str, str], word: str) -> str | None:
    """The key ``word`` is a short form of, written as the article wrote the short form or with
    other accents (not in capitals: "MAY" is no "May"); a full name's before the word's own."""
    key = shorts.get(word)
    if (key is None or " " not in key) and not word.isupper():
        key = by_fold.get(fold(word), key)
    return key


def _particled_surnames(chosen: list[Cand]) -> dict[str, str]:
    """The surnames that open with a particle ("van der Berg" of "Joris van der Berg", "de la Cruz"
    of "Maria de la Cruz"), folded (case and accents: "Van der Berg" opening a sentence is the
    same surname) → the key of the article's one person named with a given name before it. A
    surname two people bear maps to no one. Linear in ``chosen``."""
    found: dict[str, set[str]] = {}
    for _s, _e, label, key in chosen:
        if label != "PERSON":
            continue
        parts = key.split(":", 1)[1].split()
        at = next((k for k in range(1, len(parts) - 1) if parts[k] in NAME_PARTICLES), None)
        if at is not None:
            found.setdefault(fold(" ".join(parts[at:])), set()).add(key)
    return {tail: next(iter(keys)) for tail, keys in found.items() if len(keys) == 1}


def resolve_short_forms(
    text: str,
    chosen: list[Cand],
    singles: list[tuple[int, int, str]],
    doc_lower: set[str],
    heads: Sequence[tuple[int, int, bool]],
    gaz_shorts: dict[str, tuple[str, ...]],
    canonical: Callable[[str], str | None],
) -> list[Cand]:
    """Resolve "Li" after "Li Qiang" and "Premier Li" to the full name seen in the article."""
    firms = firm_heads((key for _, _, _, key in chosen), opens_name)
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
            for word in {parts[-1], parts[0]} if opens_name(parts[0]) else {parts[-1]}:
                bearers.setdefault(word, []).append((s, key))
        if len(parts) == 2 and parts[1] in places and not opens_name(parts[0]) and not cued_anywhere(text, parts[1]):
            # "Greenwatch Portmere said": no given name before a word the article names a
            # place by ("PORTMERE (DW) -", "in Portmere") is a body of that place, as "Safaricom
            # Ethiopia" is; the place written alone stays the place (but a word the article
            # uses alone as a person's, "Eide, who led", "Eide said", is the person's surname)
            bodies.add(key)
            continue
        if firm_shaped(parts):
            # "Halvik Shipping Yards said": a firm named by its trade, not a person whose
            # words alone ("Shipping", "Yards") would each be that person
            bodies.add(key)
            continue
        for short in gaz_shorts.get(key, ()):
            shorts.setdefault(short, key)
        if len(parts) >= 2 and text[s:e] == name:
            for part in parts:
                if len(part) > 2 and part[:1].isupper() and not part.isupper() and part.lower() not in COMMON_WORDS:
                    parts_of.setdefault(part, set()).add(key)
        if len(parts) >= 2:
            shorts.setdefault(parts[-1], key)
            surnames.setdefault(parts[-1], set()).add(key)
            if parts[0] in given_names() or parts[0] in GIVEN:
                first_names.setdefault(parts[0], key)  # "Emre" after "Emre Kaya"
            if parts[0] in FAMILY_FIRST or (len(parts) == 2 and SYLLABIC_GIVEN.fullmatch(parts[1])):
                shorts.setdefault(parts[0], key)  # "Bae" after "Bae Dong-hyun": the family name
            if (
                len(parts) == 3
                and (parts[0] in given_names() or parts[0] in GIVEN)
                and parts[1] not in given_names()
                and parts[1] not in GIVEN
                and parts[1][:1].isupper()
            ):
                shorts.setdefault(parts[1], key)  # "Céspedes" after "Álvaro Céspedes Villanueva"
        elif text[s:e] == name and name.lower() not in COMMON_WORDS:
            single.setdefault(name, key)  # "Morag" again, once a rule typed it a person
    for name, key in first_names.items():
        shorts.setdefault(name, key)  # a surname wins over a first name
    lowered = {w.lower() for w in doc_lower}  # (doc_lower: LOWER_WORD's words of the text)
    person_spans = [(s, e) for s, e, label, _ in chosen if label == "PERSON"]
    part_keys = {
        part: next(iter(keys))
        for part, keys in parts_of.items()
        if len(keys) == 1
        and part.lower() not in lowered
        and canonical(part) is None
        and not in_other_names(text, part, person_spans, next(iter(keys)).split(":", 1)[1].split())
    }
    base = set(shorts) | set(single)  # the short forms of before: surnames, given names, gazetteer shorts
    for part, key in part_keys.items():
        shorts.setdefault(part, key)
    # A word a rule typed a person alone is the full name's when it is one of its words ("Andi said"
    # after "Andi Mokoena": round s39-e, a reported leftover, the given name no list knows was a
    # person of its own), else its own person.
    for name, key in single.items():
        shorts.setdefault(name, key)
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
    by_fold = _by_fold(shorts)
    shared = {w: at for w, at in bearers.items() if len({k for _, k in at}) >= 2}
    particled = _particled_surnames(chosen)
    for s, e, label, key in chosen:
        if label == "PERSON" and (full := particled.get(fold(key.split(":", 1)[1]))) and full != key:
            key = full  # "Van der Berg will return" after "Joris van der Berg" (t13af N25)
        elif label == "PERSON" and " " not in key and key.split(":", 1)[1] in shared:
            key = nearest_bearer(text, s, shared[key.split(":", 1)[1]]) or key
        elif label == "PERSON" and " " not in key and _short_of(shorts, by_fold, key.split(":", 1)[1]):
            key = _short_of(shorts, by_fold, key.split(":", 1)[1]) or key
        elif label == "ORG" and key == f"ORG:{text[s:e]}" and text[s:e] in part_keys:
            # "owned by Otgonbayar and his brother": a relation typed the word an organisation,
            # but the article names a person by it ("Ganbold Otgonbayar told reporters")
            label, key = "PERSON", part_keys[text[s:e]]
        elif (
            label == "GPE"
            and len(surnames.get(text[s:e], ())) == 1
            and canonical(text[s:e]) is None
            and not TOWN_BEFORE.search(text, max(0, s - 8), s)
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
            alias: str | None = nearest_bearer(text, s, shared[w]) or entity_key("PERSON", w)
        else:
            alias = _short_of(shorts, by_fold, w)
        if alias is None or other_surname_after(text, e, w, alias) or other_given_before(text, s, w, alias):
            continue
        if w.lower() in _PRONOUNS or w.lower() in DETERMINERS:
            # "He comes in three days a week" beside "He Sápa" or "He Lifeng": a pronoun or a
            # determiner opening a sentence, no person's short form (round s33-c: three PERSONs;
            # "Will", a given name too, stays one)
            continue
        if w not in base and any(a <= s < b for a, b, _ in heads):
            continue  # a word of a name in a headline's capitals says nothing ("Summer Reading")
        k = bisect_left(starts, s)
        if (k < len(taken) and taken[k][0] < e) or (k and taken[k - 1][1] > s):
            continue
        out.append((s, e, "PERSON", alias))
    out.sort()
    return out


# The kind words English drops from a river's name once it is named ("the Vessna River", then "the
# Vessna"; "the Amu Darya", "the Amu"): as a surname alone is its full name's person.
_RIVER_KINDS = ("River", "Darya")


def rivers_by_bare_name(text: str, chosen: list[Cand], singles: list[tuple[int, int, str]]) -> list[Cand]:
    """``chosen`` with each bare name of a river the article names with its kind word ("Vessna"
    after or before "Vessna River", :data:`_RIVER_KINDS`; "Tarn" of "River Tarn") keyed as that river, a LOC (round s46-e:
    "Vessna" and "Vessna River" were two entities, "Vessna" even a PERSON); a bare name no rule
    typed is the river after "the" ("the Vessna had never risen"). A name the article types
    otherwise by a cue of its own (a gazetteer's, a firm's: "Vessna Shipping") is left as it is,
    and so is a place: towns named after their rivers ("Roseau", "Alta", "Chubut") stay GPEs."""
    rivers: dict[str, str] = {}
    for _, _, label, key in chosen:
        name = key.split(":", 1)[1]
        bare, _, kind = name.rpartition(" ")
        if label == "LOC" and kind in _RIVER_KINDS and bare:
            rivers.setdefault(bare, key)
        # British and Irish rivers are named with the kind word first ("the River Tarn", then "the
        # Tarn burst its banks": issue #16, round s53-e2, two entities and the second none)
        lead, _, rest = name.partition(" ")
        if label == "LOC" and lead == "River" and rest:
            rivers.setdefault(rest, key)
    if not rivers:
        return chosen
    out: list[Cand] = []
    for s, e, label, key in chosen:
        word = text[s:e]
        if word in rivers and key == f"{label}:{word}" and label in ("LOC", "PERSON"):
            label, key = "LOC", rivers[word]
        out.append((s, e, label, key))
    taken = [(s, e) for s, e, _, _ in out]
    for s, e, w in singles:
        if w in rivers and _after_the(text, s) and not any(a < e and s < b for a, b in taken):
            out.append((s, e, "LOC", rivers[w]))
    out.sort()
    return out


def county_towns(text: str, chosen: list[Cand], singles: list[tuple[int, int, str]]) -> list[Cand]:
    """``chosen`` with the bare name of a county the article names ("Marbury" beside "Marbury
    County"), written alone where no rule read a name, as the town of that name: a GPE keyed by
    its own name, never the county's (issue #16, round s53-e2: "In Hollin, the river rose" after
    "Hollin County" was no name; a US county is mostly named after its seat or a town in it, and
    news writes the county with its kind word). Only where a preposition of place says it is one
    (``TOWN_BEFORE``: "in Hollin", "residents of Marbury"): a county is named after a people too
    ("Comanche County" beside "a Comanche hymn"). A common word ("Orange" of "Orange County"
    opening "Orange cones") stays no name."""
    towns = {
        key.split(":", 1)[1].rsplit(" ", 1)[0]
        for _, _, label, key in chosen
        if label == "GPE" and key.endswith(" County") and " " in key
    }
    towns = {t for t in towns if t.lower() not in COMMON_WORDS}
    if not towns:
        return chosen
    taken = [(s, e) for s, e, _, _ in chosen]
    added = [
        (s, e, "GPE", entity_key("GPE", w))
        for s, e, w in singles
        if w in towns
        and TOWN_BEFORE.search(text, max(0, s - 12), s) is not None
        and not any(a < e and s < b for a, b in taken)
    ]
    return sorted([*chosen, *added]) if added else chosen


def _after_the(text: str, s: int) -> bool:
    """Whether the word at ``s`` follows "the" (or "The") and one space."""
    return text[max(0, s - 4) : s] in ("the ", "The ") and (s < 5 or not text[s - 5].isalnum())


def kind_word_bodies(text: str, chosen: list[Cand]) -> list[Cand]:
    """A body named by its kind word alone after "the" ("the Trust", "the Echo", "the Council")
    is the organisation of the article whose name ends with that word ("Velmont Health Trust",
    "Kesterbridge Echo"), or opens with it before "of" or "for" ("the Ministry" after "Ministry of
    Health", "Ministry for Infrastructure"):
    the one named last before the mention, as a reader takes it, else the article's one such
    body named after it. The mention keeps its span and label and takes that body's key, so the
    entity list, the matrix, ``who:`` and the quotes' speakers count it as that body (t13z H17:
    "Trust" and "Echo" were organisations of their own; README: a body named by its kind word
    alone is the body named earlier whose name holds the word). Left alone: a word no body of the
    article holds, or two bodies named only after it."""
    bodies: list[tuple[int, str, str]] = []  # (start, kind word, key) of each body of two words or more
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if label != "ORG" or len(words) < 2:
            continue
        bodies.append((s, words[-1], key))
        # (before "for" as before "of": "Ministry for Infrastructure", "Office for National Statistics";
        # t13aa K9: "the Ministry" after "The Ministry for Infrastructure" was an ORG of its own)
        if len(words) >= 3 and words[1] in ("of", "for"):
            bodies.append((s, words[0], key))
    if not bodies:
        return chosen
    out: list[Cand] = []
    for s, e, label, key in chosen:
        word = text[s:e]
        if label == "ORG" and " " not in word and key == entity_key("ORG", word) and _after_the(text, s):
            before = [(at, k) for at, w, k in bodies if w == word and at < s]
            after = {k for at, w, k in bodies if w == word and at > s}
            if before:
                key = max(before)[1]
            elif len(after) == 1:
                key = next(iter(after))
        out.append((s, e, label, key))
    return out


def leading_name_parts(text: str, chosen: list[Cand]) -> list[Cand]:
    """A person named in full in three words or more and later by their first two or more words
    alone is that person there ("Lobsang Dorje" after "Lobsang Dorje Phuntsok", "Maria Luisa"
    after "Maria Luisa Ferreira Santos"), as Tibetan, Mongolian and Iberian names are shortened:
    the words as one mention keyed to the full name, replacing the single words other rules typed
    inside it (round s33-c: heldout26's "Lobsang Dorje" was a PERSON "Dorje" three times). Only
    where no other capitalised word goes on from the words, no other person's full name opens with
    them, and what lies inside is that person's or nobody's."""
    full: dict[tuple[str, ...], set[str]] = {}
    for s, e, label, key in chosen:
        words = tuple(text[s:e].split())
        if label == "PERSON" and len(words) >= 3 and " ".join(words) == key.split(":", 1)[1]:
            for k in range(2, len(words)):
                full.setdefault(words[:k], set()).add(key)
    if not full:
        return chosen
    out = list(chosen)
    for lead, keys in sorted(full.items(), key=lambda x: -len(x[0])):
        if len(keys) != 1 or any(w.lower() in COMMON_WORDS or not is_cap(w) for w in lead):
            continue
        key = next(iter(keys))
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(' '.join(lead))}(?![\w-]| {CAP})", text):
            a, b = m.span()
            k = bisect_left(out, (a,))
            lo = k - 1 if k and out[k - 1][1] > a else k
            hi = lo
            while hi < len(out) and out[hi][0] < b:
                hi += 1
            here = out[lo:hi]
            own = entity_key("PERSON", text[a:b])  # the words' own key, as another rule typed them
            if any(c[0] < a or c[1] > b or c[2] != "PERSON" or (" " in c[3] and c[3] not in (key, own)) for c in here):
                continue  # inside a longer name, or another's name inside it
            if any((c[0], c[1], c[3]) == (a, b, key) for c in here):
                continue
            out[lo:hi] = [(a, b, "PERSON", key)]
    return out
