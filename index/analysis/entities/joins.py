"""Where capitalised words joined by "and", "&", "of", "for" make one name and where two: a body's
fields ("Planning and Budget Committee", "Court of Arbitration for Sport"), a list of departments
after one kind word, "X and Y" as two names ("Hatsun Agro and Heritage Foods") or a place's "and".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import city_names, is_acronym, is_cap, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.given_words import titled_person
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    GIVEN,
    INSTITUTION_NOUNS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    OF_CUES,
    legal_form,
)
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import Cand, Unit, cue_label, given_word, is_title, of_label

# Kind words that also name a field of work, the tail of a body's "for X and Y".
_FIELDS = frozenset(
    "Engineering Research Technology Energy Health Water Power Manufacturing Mining Logistics Resources".split()
)
# Title modifiers that name a field of government ("Health Minister"), and so may open an
# organisation's name joined by "and" ("Health and Safety Inspectorate").
_FIELD_MODS = frozenset(
    "Foreign Defence Defense Commerce Trade Finance Interior Health Energy Science Technology Industry".split()
)
# Kind words of a public body or a utility, not of a trade ("Foods", "Motors" name firms).
BODY_WORDS = frozenset(
    "Company Corporation Agency Authority Board Commission Council Department Ministry Service Trust "
    "Association Institute Office Directorate".split()
)


# "of" or "for" inside a name: a name chained by them ("Court of Arbitration for Sport") goes on
# over further connectors (connector_ok, and_inside_name, two_names).
_CHAIN = re.compile(r"\s(?:of|for)\s")
# "on" right after a law's kind word ("Law on", "Act on"): connector_ok.
_LAW_ON = re.compile(r"\son\s")
# The shape of an English noun naming a field of activity ("Planning", "Development",
# "Urbanisation", "Infrastructure", "Forestry"): never a firm's made-up name.
_FIELD_SHAPE = re.compile(r"(?:ing|ment|tion|sion|ance|ence|ity|ure|ness|ism|ics|ogy|try|ery)$")
# Shapes of fields that also end other words ("Heritage Foods", a firm; "Maritime"): a field only
# in a public body's or a utility's name, beside another field or an organisation's kind word
# ("Water and Sewerage Company", "the Maritime and Coastguard Agency"), never two firms ("Hatsun
# Agro and Heritage Foods").
_WEAK_FIELD_SHAPE = re.compile(r"(?:age|ime)$")


def join_department_lists(runs: list[list[Unit]], text: str) -> list[list[Unit]]:
    """The runs with a title's department list joined into the title's run: "Minister for Energy,
    Water Resources and Irrigation Deepa Gurung" is one title (its fields listed with commas and a
    last "and") before a person, not an organisation "Minister for Energy", another "Water
    Resources" and a person "Irrigation Deepa Gurung". The title's rule then takes the last two
    words as the person, as it does after one field ("Minister for Health Tomas Arvid")."""
    out: list[list[Unit]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        # a core title, then "of"/"for" and its first field, all unknown words
        titled = any(
            u.eid < 0 and is_title(u.text)[1] and text[u.e : v.s] in (" of ", " for ")
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
            given = next((n for n, u in enumerate(head) if n and given_word(u.text)), len(head) - 2)
            listed = [u for r in fields[:-1] for u in r] + head[:given]
            if fields and all(
                u.eid < 0 and not is_title(u.text)[1] and u.text not in given_names() and u.text not in GIVEN
                for u in listed
            ):
                end = last
        if end > k:
            out.append([u for r in runs[k : end + 1] for u in r])
        else:
            out.append(run)
        k = end + 1
    return out


def and_inside_name(
    cur: list[Unit], toks: list[tuple[int, int, str]], i: int, gaz: dict[int, tuple[int, int]], text: str
) -> bool:
    """Whether the "and" before token ``i`` is inside one name: the words after it end in a kind
    word of an organisation or a building ("National Search and Rescue Agency", "Securities and
    Exchange Board of India", "Convention and Exhibition Centre"), or close a name joined by "for"
    or "of" ("Institute for Applied Optics and Precision Engineering in Jena")."""
    last = cur[-1]
    if (len(cur) == 1 or (len(cur) == 2 and cur[0].text in ("The", "THE"))) and _region_body(cur[-1].text, toks, i):
        return True
    if last.eid >= 0 or any(u.text[:1].isdigit() for u in cur):
        return False
    if _portfolio_pair_body(cur, toks, i, gaz):
        return True
    head = cur[1] if len(cur) >= 2 and cur[0].text in ("The", "THE") else cur[0]
    if is_title(head.text)[1] and _CHAIN.search(text, head.s, last.s + 1) is not None:
        # "Minister of Mines and Energy Tangeni Haufiku": a title's department joined by "and",
        # then a person's two words, no kind word, title or common word (the title's rule takes the
        # last two words as the person)
        words = [t for _, _, t in toks[i : i + 4]]
        if (
            len(words) >= 3
            and all(w[:1].isupper() and w.isalpha() for w in words[:3])
            and all(toks[i + n + 1][0] - toks[i + n][1] == 1 for n in range(2))
            and (len(words) == 3 or not is_cap(words[3]))
            and not any(cue_label(w) or is_title(w)[0] or w.lower() in COMMON_WORDS for w in words[1:3])
            and words[0] not in given_names()
        ):
            return True
    after, k = _capitalised_run(toks, i, 4, stop=gaz)
    # "Development Party": a field of activity, then an organisation's kind word (a title's too)
    field = (
        len(after) == 2
        and cue_label(after[-1]) in ("ORG", "FAC")
        and (
            _FIELD_SHAPE.search(after[0]) is not None
            # "Mining and Energy Union", "Water and Power Authority": a field of work on each
            # side of "and" (t13au N5: "Mining" and "Energy Union" were two organisations)
            or (after[0] in _FIELDS and (last.text in _FIELDS or _FIELD_SHAPE.search(last.text) is not None))
            or (
                _WEAK_FIELD_SHAPE.search(after[0]) is not None
                and after[-1] in BODY_WORDS
                and (cue_label(last.text) is not None or _FIELD_SHAPE.search(last.text) is not None)
            )
        )
    )
    if _trade_pair(cur, after, toks, k):
        return True
    # "the Maritime and Coastguard Agency": one word of a weak field's shape alone before "and"
    if len(after) < 2:
        return False  # no name's tail after "and" (the run stops at once: "… and the")
    weak_before = len(cur) == 1 and _WEAK_FIELD_SHAPE.search(last.text) is not None and after[-1] in BODY_WORDS
    if (
        len(cur) - (cur[0].text in ("The", "THE")) == 2
        and last.text in BODY_WORDS
        and len(after) == 2
        and cue_label(after[-1]) is None
        and _FIELD_SHAPE.search(after[-1]) is not None
        and not any(w in given_names() or w in GIVEN or is_acronym(w) for w in after)
        and not (k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1)
    ):
        # "the Fire Service and Civil Defence", "Police Service and Civil Protection": a public
        # body's kind word, then "and" a second field of its work, no kind word of its own (a
        # field's shape last): one body (t13ag N9: "Civil Defence" was a person)
        return True
    if (
        head.text in _PORTFOLIO_BODIES
        and head is not last
        and all(u.eid < 0 for u in cur)
        and _CHAIN.search(text, head.s, last.s + 1) is not None
        and after[-1] in _PORTFOLIO_WORDS
        and not any(w in given_names() or w in GIVEN or is_acronym(w) or is_title(w)[1] for w in after)
        and not (k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1)
    ):
        # "Department of Fire and Emergency Services", "Ministry of Health and Social Services": a
        # ministry's or a department's portfolios, the last ending in a portfolio's word, one body
        # (t13agr N9/a: cut into "Department of Fire" and "Emergency Services"); a body of its
        # own after "and" ends in another kind word ("… and Marwick University")
        return True
    if any((is_title(w)[0] and not field) or is_acronym(w) for w in after):
        return False
    # "Health and Safety Inspectorate", "Energy and Water Regulator": a field a minister has
    # (a title's modifier, no title itself) before "and", an organisation's kind word last
    # (a sentence's "The" may open the run: "The Health and Safety Inspectorate said")
    field_mod = (
        (len(cur) == 1 or (len(cur) == 2 and cur[0].text in ("The", "THE")))
        and last.text in _FIELD_MODS
        and len(after) == 2
        and cue_label(after[-1]) == "ORG"
    )
    if is_title(last.text)[0] and not field and not field_mod:
        return False  # "Justice and Development Party" is one name, a title before "and" none
    if k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1:
        return False  # a longer run of capitals than the name's tail
    chained = len(cur) >= 2 and _CHAIN.search(text, cur[0].s, last.s) is not None
    if cue_label(after[-1]) in ("ORG", "FAC"):
        if len(after) == 2 and (field or weak_before or _FIELD_SHAPE.search(last.text)):
            # "Planning and Budget Committee", "Justice and Development Party": a field of
            # activity on either side of "and" is no firm's name
            return True
        if len(cur) == 1 or (head is last and cue_label(last.text) is not None):
            # "Securities and Exchange Board": one word before "and" is a kind of thing, not a
            # name of its own ("owned by Estgrid and Latvenergo Transmission": two firms); a
            # sentence's "The" before it too ("The Marine and Freshwater Research Institute")
            return cue_label(last.text) is not None or field_mod
        if not chained:
            # "Acme Systems and Beta Agency", "the Telford River and Aldmoor Airport": a name of
            # its own before "and" is two names
            return field_mod or cue_label(last.text) not in ("ORG", "FAC", "LOC", "GPE")
    return (
        chained
        and len(after) == 2
        and not any(w in given_names() or w in GIVEN for w in after)
        # "Ministry of Ocean Affairs and Marwick University": a body of its own after "and"; a
        # field's name is no body ("Institute for Applied Optics and Precision Engineering")
        and (cue_label(after[-1]) is None or after[-1] in _FIELDS)
        # (the sentence going on in lower case, or the name's short form defined in brackets:
        # "The California Department of Forestry and Fire Protection (CAL FIRE) said" was cut
        # at its "and", round s53-q)
        and (k >= len(toks) or toks[k][2].islower() or toks[k][2] == "(")
    )


# German's "from the" between a person and the body they work for ("von der Universität", "von
# der Tarnside University", "vom Institut", "von den Stadtwerken"): the particles "von" and "vom"
# alone or with the dative article (Duden: "von" governs the dative).
_GERMAN_FROM = (("von",), ("vom",), ("von", "der"), ("von", "dem"), ("von", "den"))


def person_from_body(cur: list[Unit], pending: list[str], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether German "von der"/"vom"/"von" before token ``i`` joins a person's name (a given name,
    then one word or more) to the organisation's name after it (capitalised words ending in an
    organisation's or a building's kind word or a legal form), as English "of the" and "from the"
    do: two names, never one ("Der Bauingenieur Kazimierz Wróblewski von der Tarnside University
    sagte": t13ax N6, one organisation "Kazimierz Wróblewski von der Tarnside University"). A
    nobiliary "von" inside a person's name ("Ursula von der Leyen") has no body's kind word
    after it."""
    if tuple(pending) not in _GERMAN_FROM or len(cur) < 2 or cur[-1].eid >= 0:
        return False
    # (German capitalised nouns may come before the name: "Der Bauingenieur Kazimierz …")
    if not any(u.text in given_names() or u.text in GIVEN for u in cur[:-1]):
        return False
    after, _k = _capitalised_run(toks, i, 5)
    return len(after) >= 2 and (cue_label(after[-1]) in ("ORG", "FAC") or legal_form(after[-1]))


# Connectors after which a name goes on ("Water for the Windwards", "Bank of Kestrel").
_NAME_GOES_ON = frozenset({"of", "for", "on", "and", "&", "de", "del", "du", "des", "la", "le"})


def _trade_pair(cur: list[Unit], after: list[str], toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether "and" joins a utility's or a firm's two trades inside its one name: a name of two
    words or more ending in a trade ("Pacific Gas", "Kestrel Valley Water"), then "and" one
    word alone that is an organisation's kind word ("Electric", "Power", "Steel": ``cue_label``
    ORG) and no name of its own, nothing capitalised after it: "Pacific Gas and Electric said",
    "Northmoor Light and Power" (t13aw N8: "Pacific Gas" and "Electric" were two speakers). A
    kind word alone after "and" names nothing, so it is the name's tail, as the "&" of "San
    Diego Gas & Electric" shows (``connector_ok`` keeps "&" inside a name)."""
    while len(after) > 1 and legal_form(after[-1]):
        after = after[:-1]  # "… and Electric Co.": the firm's legal form ends its name
    if len(cur) < 2 or len(after) != 1 or cur[-1].eid >= 0:
        return False  # (a place may open a firm's name: "Pacific", "Kestrel Valley")
    if k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1:
        return False  # a longer run after "and" ("… and Electric Boat"): another name
    if k < len(toks) and toks[k][2] in _NAME_GOES_ON:
        return False  # "… Guild and Water for the Windwards": a name of its own goes on after it
    if cur[-1].text in BODY_WORDS or (cue_label(cur[-1].text) == "ORG" and cur[-1].text not in _FIELDS):
        return False  # "Samaritan Relief Guild and …": a body's kind word ends a whole name
    word = after[0]
    return (
        cue_label(word) == "ORG"
        and word not in given_names()
        and word not in GIVEN
        and not is_acronym(word)
        and not is_title(word)[0]
        and cur[0].text not in given_names()
        and not any(is_title(u.text)[0] for u in cur)
    )


def _portfolio_pair_body(
    cur: list[Unit], toks: list[tuple[int, int, str]], i: int, gaz: dict[int, tuple[int, int]]
) -> bool:
    """Whether the "and" before token ``i`` joins two fields of one public body's name: one word
    of a portfolio (:data:`_PORTFOLIO_WORDS`) before it, a sentence's "The" at most before that,
    and after it one or two capitalised words that are no given name, acronym, title or kind
    word, then a body's kind word ending the run ("the Finance and National Planning Committee",
    "the Health and Social Care Board"; round s40-e: the first field was read alone, an ORG
    "Finance"). A known name after "and" is a name of its own (the run stops there)."""
    if not (len(cur) == 1 or (len(cur) == 2 and cur[0].text in ("The", "THE"))):
        return False
    if cur[-1].text not in _PORTFOLIO_WORDS:
        return False
    after, k = _capitalised_run(toks, i, 4, stop=gaz)
    if not 2 <= len(after) <= 3 or (k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1):
        return False
    kind = after[-1]
    if not (kind in BODY_WORDS or cue_label(kind) == "ORG"):
        return False
    return not any(
        w in given_names() or w in GIVEN or is_acronym(w) or is_title(w)[0] or cue_label(w) is not None
        for w in after[:-1]
    )


# A government body whose name lists its portfolios: the last may follow "and the" ("Ministry of
# Fisheries and the Blue Economy", "Department of Culture and the Arts").
# (and the public bodies named so: "National Commission for Culture and the Arts", "Council for
# Science and the Humanities": issue #16, round s43-e, held-out 36's ORG was cut at "and")
_PORTFOLIO_BODIES = frozenset(
    """Ministry Department Secretariat Ministries Departments Commission Council Committee Authority Agency
    Office Board Bureau Directorate Institute Endowment Fund Foundation Academy Centre Center""".split()
)
# The words a government portfolio is named with, capitalised in a ministry's name and common nouns
# (or their adjectives) elsewhere: "… and the Arts", "… and the Blue Economy", "… and the
# Environment". A proper name after "and the" is a body of its own ("the Ministry of Education and
# the Sorbonne": review s39-rv, 9, one merged name).
_PORTFOLIO_WORDS = frozenset(
    """Arts Environment Economy Blue Green Digital Circular Creative Sport Sports Recreation Regions
    Region Islands Heritage Media Culture Tourism Youth Family Families Women Children Elderly Aged
    Disabled Disability Interior Treasury Budget Labour Labor Employment Education Health Fisheries
    Agriculture Forestry Forests Climate Energy Mines Mining Industry Trade Commerce Transport
    Infrastructure Housing Justice Defence Defense Security Science Technology Innovation Research
    Communications Information Water Sanitation Lands Land Rural Urban Development Planning Finance
    Welfare Pensions Veterans Diaspora Integration Immigration Migration Citizenship Gender Equality
    Affairs Works Services Cooperation Co-operation Ocean Oceans Marine Maritime Coast Coastal Natural
    Resources Wildlife Parks Food Consumer Protection Social Care Rights Training Skills Higher
    Cohesion Reconstruction Peace Reconciliation Solidarity Sustainability Sustainable Unity Religious
    Cultural Language Languages Gaeltacht Tertiary Vocational Primary Secondary Medical Public Local
    Government Regional National Territories Territory Environmental Petroleum Gas Oil Power
    Electricity Aviation Railways Roads Highways Ports Shipping Telecommunications Postal Statistics
    Administration Reform Reforms Decentralisation Decentralization Communities Community Sciences
    Humanities Universities Schools Mineral Minerals Investment Investments Enterprise
    Enterprises Entrepreneurship Cooperatives Crafts Handicrafts Livestock Irrigation Nutrition
    Hygiene Population Refugees Disasters Emergencies Relief Liberation Struggle Estate Estates""".split()
)


def and_the_portfolio(
    cur: list[Unit], toks: list[tuple[int, int, str]], i: int, gaz: dict[int, tuple[int, int]], text: str
) -> bool:
    """Whether "and the" before token ``i`` goes on inside a ministry's name: the run so far is a
    ministry or department chained by "of"/"for" ("Ministry of Fisheries"), and one or two
    capitalised words follow that are a portfolio's words (:data:`_PORTFOLIO_WORDS`, no known
    name, kind word or title) and end the run ("… and the Blue Economy said"). "The Ministry of
    Health and the Red Cross" (a known name), "… and the National Bank" (a kind word), "… and the
    Sorbonne" (a proper name) stay two (round s39-e: held-out 31's ministry was cut at "and")."""
    # the body's kind word: the word before the name's first "of"/"for", after its adjectives ("the
    # National Commission for Culture and the Arts", "Council for Science and the Humanities")
    head = next(
        (u for u, nxt in zip(cur, cur[1:], strict=False) if _CHAIN.fullmatch(text[u.e : nxt.s])),
        cur[0],
    )
    if head.text not in _PORTFOLIO_BODIES or head is cur[-1] or head.eid >= 0:
        return False
    if any(u.eid >= 0 for u in cur) or _CHAIN.search(text, head.s, cur[-1].s) is None:
        return False
    after, k = _capitalised_run(toks, i, 3)
    if any(j in gaz for j in range(i, k)):
        return False  # "… and the Red Cross": a known name of its own
    if not 1 <= len(after) <= 2:
        return False  # nothing capitalised after "the", or a longer run than a portfolio's
    # every word a portfolio's ("Blue Economy"), none a kind word of a body ("… and the National
    # Bank") nor a core title, a person's ("… and the Minister")
    return all(w in _PORTFOLIO_WORDS and cue_label(w) is None and not is_title(w)[1] for w in after)


def _capitalised_run(
    toks: list[tuple[int, int, str]], i: int, most: int, stop: dict[int, tuple[int, int]] | None = None
) -> tuple[list[str], int]:
    """The capitalised words from token ``i`` on, each one space after the one before, at most
    ``most`` of them, ending before a token in ``stop`` (where a gazetteer name opens): the words
    and the index of the token after them (the tail a connector's rules weigh after "and")."""
    after: list[str] = []
    k = i
    while k < len(toks) and len(after) < most:
        w = toks[k][2]
        if not (w[0].isalpha() and is_cap(w)) or (stop is not None and k in stop):
            break
        if after and toks[k][0] - toks[k - 1][1] != 1:
            break
        after.append(w)
        k += 1
    return after, k


def _region_body(first: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether ``first``, "and" and the capitalised words from token ``i`` are a region of the
    place lists written with "and" and then an organisation's or a building's kind word: "Jammu
    and Kashmir Bank", "Newfoundland and Labrador Tourism Department" (round s34-b: a GPE "Jammu"
    and an ORG "Kashmir Bank")."""
    tail: list[str] = []
    k = i
    while k < len(toks) and len(tail) < 5:
        w = toks[k][2]
        if not (w[0].isalpha() and is_cap(w)) or (tail and toks[k][0] - toks[k - 1][1] != 1):
            break
        tail.append(w)
        k += 1
    return (
        len(tail) >= 2
        and cue_label(tail[-1]) in ("ORG", "FAC")
        and any(f"{first} and {' '.join(tail[:n])}" in region_names() for n in range(1, len(tail)))
    )


def and_place(cur: list[Unit], text: str, end: int) -> int | None:
    """Where in the run so far a region or country of the place lists opens that goes on over
    "and" (or another language's: "y", "et", "e") to the name ending at ``end`` ("Newfoundland
    and Labrador", "Trinidad and Tobago", "Castilla y León"): the index of its first unit, the
    last of the run (a body's words may come before it: "la Junta de Castilla y León"); None
    when there is none."""
    whole = text[cur[-1].s : end]
    return len(cur) - 1 if whole in region_names() or whole in city_names() else None


def two_names(cur: list[Unit], toks: list[tuple[int, int, str]], i: int, text: str) -> bool:
    """Whether the "and" or "&" before token ``i`` joins two names, each whole on its own side:
    both sides of two words or more, each its own name word before its own organisation's kind
    word ("Kestrel Aviation and Kestrel Hydro", "Northwind Aviation & Borealis Hydro"), or both
    opening with the same word, as many words on each side ("Kestrel Grain and Kestrel Shipping":
    two firms of one brand). One word on a side ("Harbor & Sons", "Procter & Gamble", "Planning
    and Budget Committee") or a name joined by "of"/"for" ("Department of Health and Social
    Care") is one name, left to ``and_inside_name`` and ``connector_ok``."""
    if len(cur) < 2 or _CHAIN.search(text, cur[0].s, cur[-1].s) is not None:
        return False
    after, k = _capitalised_run(toks, i, 4)
    if len(after) < 2 or (k < len(toks) and is_cap(toks[k][2]) and toks[k][0] - toks[k - 1][1] == 1):
        return False  # one word after the connector, or a longer run than a name's tail

    def own_name(first: str, last: str) -> bool:
        # a name word (no kind word, field, title or acronym) before an organisation's kind word
        return (
            cue_label(last) in ("ORG", "FAC")
            and cue_label(first) is None
            and _FIELD_SHAPE.search(first) is None
            and _WEAK_FIELD_SHAPE.search(first) is None  # "Water and Sewerage Company": a field
            and not is_title(first)[0]
            and not is_acronym(first)
            and first.lower() not in COMMON_WORDS
        )

    words = [u.text for u in cur]
    if own_name(words[0], words[-1]) and own_name(after[0], after[-1]):
        return True
    return after[0] == words[0] and len(after) == len(words) and cue_label(words[0]) is None


# The institutions housed in a building (lexicons.INSTITUTION_NOUNS, and museums, libraries and
# galleries): "on" after one is where it stands ("Committee on Fisheries" is named with its matter).
_PLACED_ON = INSTITUTION_NOUNS | frozenset({"museum", "library", "gallery"})


def connector_ok(cur: list[Unit], pending: list[str], text: str = "", unknown_next: bool = False) -> bool:
    first = pending[0]
    head = cur[-1].text or ""
    # Inside a name already joined by "of"/"for" ("Court of Arbitration for Sport",
    # "Centre for Disease Prevention and Control") further connectors keep the name going.
    chained = len(cur) >= 2 and (
        _CHAIN.search(text, cur[0].s, cur[-1].s) is not None
        # a law named by its kind word and "on", as Indonesian, Russian, Ukrainian, Moldovan and
        # other continental laws are in English ("the Law on the Governing of Aceh", "the Law on
        # the Special Legal Status of Gagauzia"): its matter goes on over "of" (round s49-e:
        # the law ended before "of" and the place after it was read alone)
        or (cue_label(cur[0].text) == "LAW" and _LAW_ON.search(text, cur[0].e, cur[1].s) is not None)
    )
    if pending == ["on", "on"]:
        return False
    if first in ("of", "for", "on"):
        if head.rstrip(".") in LEGAL_FORMS:
            return False  # "Halden Peripherals Ltd of Reading": the firm's town, not its name
        if first == "on" and cue_label(head.rstrip(".")) == "FAC":
            # "the ANB Hall on Katlian Street": a building or a road is on another place, never
            # named with it ("Committee on Fisheries" is; round s37-e, heldout30)
            return False
        if first == "on" and head.lower() in _PLACED_ON:
            # "the Ah-Tah-Thi-Ki Museum on the Big Cypress Reservation": a museum, a school or a
            # church stands on a place, never named with it (issue #16, round s51-e, held-out 44)
            return False
        return head.rstrip(".") in OF_CUES or of_label(head) is not None or (chained and first != "on")
    if first == "&":
        return True
    if first == "and":
        # a title's person before "and" ends the name ("Chief of Staff Will Brekk and Head of
        # Security May Solum": two persons, t13k F13)
        return chained and len(pending) == 1 and unknown_next and cur[-1].eid < 0 and not titled_person(cur)
    if first in NAME_PARTICLES:
        return cur[-1].eid < 0
    return False


# A field's word and "and" right before a body's name: "Fisheries and " before "Oceans Canada".
_FIELD_AND_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) and $")


def field_and_arms(text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None]) -> list[Cand]:
    """A government's department named by two fields joined by "and" and its country or place last
    ("Fisheries and Oceans Canada", "Agriculture and Agri-Food Canada", "Environment and Water
    Ghana") is one organisation, from its first field: the recogniser's arm of a place ("Oceans
    Canada", as "Statistics Canada") starts after the "and" (issue #16, round s41-e: an ORG "Oceans
    Canada"). The word before "and" is a field (an organisation's kind word, "Fisheries", or a
    field's shape, "Agriculture", "Environment"), no given name, title nor common word, and no
    other name covers it; the ORG is two words, the last a place the gazetteer knows (GPE)."""
    spans = [(s, e) for s, e, _, _ in chosen]
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split()
        m = _FIELD_AND_BEFORE.search(text, max(0, s - 30), s) if label == "ORG" and len(words) == 2 else None
        if m is not None:
            field, at = m.group(1), m.start(1)
            place = known(words[1])
            if (
                place is not None
                and place[0] == "GPE"
                and (cue_label(field) == "ORG" or _FIELD_SHAPE.search(field) is not None)
                and field not in given_names()
                and field not in GIVEN
                and not is_title(field)[0]
                and field.lower() not in COMMON_WORDS
                and not any(a < m.end() and at < b for a, b in spans)
            ):
                s, key = at, entity_key("ORG", text[at:e])
        out.append((s, e, label, key))
    return out
