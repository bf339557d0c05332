"""Peoples and languages used as such: a people by the nouns after it ("indigenous Kalinago
people", "Sámi families"), lists of peoples ("Albanians, Turks, Vlachs"), nationalities of two
parts ("Korean-Canadian"). (A language's name used as a language ("spoke Hmong") is
:func:`languages.language_mentions`'.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from waic_reader.index.analysis.entities.gazetteer import city_names, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, SAY, WEEKDAYS_MONTHS
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.places import ANY_LIST, LIST_BEFORE, MEMBER_SPLIT
from waic_reader.index.analysis.entities.words import CAP_NEXT, COMPASS, PREV_CAP, Cand
from waic_reader.index.analysis.figures import CURRENCY_NOUNS
from waic_reader.index.analysis.lexicon import NUMBER_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER


def listed_peoples(text: str, chosen: list[Cand]) -> list[Cand]:
    """The names of a list of peoples are peoples: "Albanians, Turks, Vlachs, Serbs and Roma" once
    two or more of its members, and at least half, are known peoples (NORP) and the rest one-word
    names nothing typed. A member typed otherwise ("Kestrel Robotics", "Google") leaves the list
    alone."""
    norp = [c for c in chosen if c[2] == "NORP"]
    if len(norp) < 2:
        return chosen
    starts = [c[0] for c in chosen]
    add: list[Cand] = []
    done = -1
    for c in norp:
        if c[0] < done or text[max(0, c[0] - 2) : c[0]] == ", ":
            continue  # inside a list already read, or not its first member
        m = ANY_LIST.match(text, c[0])
        if m is None:
            continue
        done = m.end()
        members: list[tuple[int, int]] = []
        a = m.start()
        for part in MEMBER_SPLIT.split(m.group()):
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
                if " " in text[ms:me] or text[ms:me].lower() in COMMON_WORDS or text[ms:me] in WEEKDAYS_MONTHS:
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


# Nouns of what two nations do together: "a Japanese-Chinese collaboration", "a Saudi-Dutch consortium".
_BETWEEN_NATIONS = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:collaborations?|consortium|consortia|venture|joint|partnerships?|border|relations|"
    r"talks|deal|agreements?|alliance|team|project|war|summit|treaty|pact|rivalry|match|friendship|cooperation|"
    r"co-operation|trade|dialogue|commission|initiative|programme|program|study|research|expedition|mission)\b"
)


def compound_nationalities(text: str, chosen: list[Cand]) -> list[Cand]:
    """Two nationalities joined by a hyphen are one ("Korean-American", "Japanese-Brazilian"),
    unless what follows is something two nations do together ("a Saudi-Dutch consortium": two);
    a point of the compass before one is part of it ("West African", "Central Asian")."""
    if not any(c[2] == "NORP" for c in chosen):
        return chosen
    out: list[Cand] = []
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
            m := re.search(rf"(?<![\w'’-])({'|'.join(sorted(COMPASS))}) $", text[max(0, s - 12) : s])
        ):
            a = s - len(m.group(1)) - 1
            if not (prev is not None and prev[1] > a):
                out.append((a, e, "NORP", entity_key("NORP", text[a:e])))
                continue
        out.append(c)
    return out


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
    "novelist novelists village villages longhouse longhouses elder community communities families".split()
)
_FAMILY_MEMBERS = frozenset("women men children family".split())
# A family's nouns after its surname ("the Xiong clan", "the Okafor families")
_FAMILY_NOUNS = _FAMILY_MEMBERS | frozenset("families clan clans household households".split())
_PEOPLE_NOUNS = (
    _PEOPLE_STRONG
    | _PEOPLE_MEMBERS
    | frozenset(
        "families activists singer singers artists villagers communities community culture heritage identity leaders "
        "homeland youth "
        # the crafts, lands and trades of a people ("Hutsul instrument makers", "the Hutsul highlands",
        # "every Hutsul maker", "the Hutsul family firm", "Lozi smallholders": issue #16, round s43-e,
        # held-out 36's NORPs were no name); two of them, as for the nouns above
        "maker makers carvers weavers craftsmen musicians dancers highlands highlanders lowlands smallholders "
        "family "
        # a people's homes ("in Nanai, Ulchi and Nivkh houses": issue #16, round s48-e); two of them too
        "houses homes households".split()
    )
)
# The nouns above in the plural, after a list of names ("in Nanai, Ulchi and Nivkh houses", "in
# Tatar and Chuvash villages"): such a list is no list of places (places.listed_places; the names
# are peoples where :func:`peoples_by_nouns` reads them so, by the same nouns).
PEOPLES_NOUN_AFTER = re.compile(
    rf" (?:{'|'.join(sorted(n for n in _PEOPLE_NOUNS if n.endswith('s') or n in ('people', 'men', 'women', 'children')))})\b"
)
# A people's name: one capitalised word, or capitalised parts joined by hyphens ("Toraja-Sa'dan",
# "Kel-Tamasheq": a people of two names or a group of a larger people, as a nationality of two
# is; issue #16, round s41-e: the hyphened name was no name at all, each part alone a people).
# A glottal stop or an elision inside is written with an apostrophe, the modifier letter
# apostrophe too (U+02BC, the glottal stop of Dene orthographies: "Kʼąshò", issue #16, round s48-e).
# Not the ʻokina (U+02BB): it is written in Hawaiian and Polynesian words, and before a people's
# noun those are places' names ("Oʻahu families", "Molokaʻi farmers": review s48-rve finding 6).
_PEOPLE_NAME = rf"{CAP}[{LOWER}'’ʼ]*[{LOWER}](?:-{CAP}[{LOWER}'’ʼ]*[{LOWER}])*"
_PEOPLE_WORD = re.compile(
    rf"(?<![\w'’-])(?:(?P<adj>indigenous|ethnic|native|aboriginal|tribal) )?(?P<name>{_PEOPLE_NAME})"
    r" (?P<noun>[a-z]+)\b"
)


# A name in apposition to a people's noun ("Besermyan, a small people of the north", "the Kalash, an
# ancient tribe"): that people (round s34-c: heldout27's NORP "Besermyan" was no name).
_PEOPLE_APPOSED = re.compile(
    rf"(?<![\w'’-])(?P<name>{_PEOPLE_NAME}), (?:a|an|the) (?:[\w-]+ ){{0,2}}?"
    r"(?:people|tribe|ethnic group|ethnic minority|indigenous group)\b"
)
# A people named with "the" before a verb in the plural, with no noun of its own: "The Blackfoot have
# lived here", "many of the Blackfoot speak English" (a town takes no "the" nor a plural verb: issue
# #16, round s43-e, a tester's "the Blackfoot" was a GPE by the city list). A name in "s" is left out:
# "the Smiths have" is a family, "the Rangers are" a club; so is one after a preposition or "and"
# ("the boats on the Ayeyarwady are waiting", "the Ardennes and the Eifel have filled": a river's, a
# region's: :data:`_NO_SUBJECT_BEFORE`), but for a part of the people ("many of the Blackfoot").
_NO_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:on|in|at|from|to|along|across|into|onto|by|with|near|of|for|about|over|under|beside|"
    r"behind|through|around|up|down|nor|(?<!, )and|(?<!, )or) $"  # (", and the X say": a clause of its own)
)
_PART_OF_BEFORE = re.compile(r"(?<![\w'’-])(?:many|most|some|all|few|none|members|much|part|half) of $", re.I)
_THE_PEOPLE_VERB = re.compile(
    rf"(?<![\w'’-])[Tt]he (?P<name>{_PEOPLE_NAME})(?<!s) (?:still |also |all |themselves )?"
    r"(?:have|are|were|say|believe|call|live|lived|speak|spoke|tell|told|remember|know|hold|held|hunt|hunted|"
    r"gather|gathered|number|regard|consider|see|use|call)\b"
)
# Nouns of a people that no town's people are named by (the town's own are "people", "villagers",
# "elders": "Bassendean elders"): before them a town's name of the city list is the people too
# ("of Blackfoot descent", "a Blackfoot clan").
_ETHNIC_ONLY = frozenset("descent ancestry tribe tribes clan clans nomads diaspora".split())
# Endings of English place names ("Valeshire", "Harbourton", "Kettleford", "Brackenbury"): before a
# people's member nouns ("The Valeshire families say": review s44-rv finding 19, a NORP
# "Valeshire") such a name is a place's used as a modifier; no people is named so. Only a strong
# noun ("descent", "tribe") or an apposition makes it a people.
_PLACE_NAME_ENDINGS = (
    "shire",
    "ton",
    "ford",
    "bury",
    "borough",
    "burgh",
    "field",
    "ham",
    "wick",
    "chester",
    "caster",
    "mouth",
    "port",
    "ville",
    "minster",
    "bridge",
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:—–]\s*[\"“‘']?\s*|\n\s*[\"“‘']?)$")  # a dateline's dash too


def _name_word_before(text: str, at: int) -> bool:
    """Whether a capitalised word other than a sentence's "The", "Many"... comes right before ``at``."""
    m = PREV_CAP.search(text, max(0, at - 40), at) if at else None
    return m is not None and m.group().strip().lower() not in COMMON_WORDS


def _written_inside(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` after a word or a comma inside a sentence, where its capital
    is its own (a proper name's, no sentence's)."""
    return re.search(rf"(?<=[\w,;] ){re.escape(name)}(?![\w'’-])", text) is not None


# A people's name after a determiner or a number and before a lower-case noun ("the Magar people",
# "a Magar singer", "twelve Magar kingdoms"): the people's word, never a person's surname alone.
_DETERMINED = re.compile(
    r"(?<![\w'’-])(?:a|an|the|every|each|other|fellow|many|\d+|" + "|".join(NUMBER_WORDS) + r") $", re.I
)


def _attributive(text: str, a: int, b: int) -> bool:
    """Whether the word at ``text[a:b]`` is used as a people's adjective: after a determiner or a
    number and before a lower-case word that is no verb of speech (:data:`_DETERMINED`) nor a
    family's noun ("the Xiong clan's elders": the surname's family)."""
    nxt = re.match(r" ([a-z]+)\b", text[b : b + 30])
    return (
        nxt is not None
        and nxt.group(1) not in SAY
        and nxt.group(1) not in _FAMILY_NOUNS
        and _DETERMINED.search(text, max(0, a - 12), a) is not None
    )


def _listed_before(text: str, a: int, b: int) -> list[str]:
    """The other one-word names of a list whose last name is ``text[a:b]`` ("Nanai" and "Ulchi"
    of "in Nanai, Ulchi and Nivkh houses"): the noun after the list is each name's (issue #16,
    round s48-e; review s48-rve finding 4: the same rule, and the same two nouns, for every name
    of the list). Empty where the list's first name is a longer name's last word or a sentence's
    first word, or a member is more than one word."""
    if (
        b - a > 60
        or not text.endswith((" and ", " or "), 0, a)
        or (lst := LIST_BEFORE.search(text, max(0, a - 160), b)) is None
    ):
        return []
    parts = MEMBER_SPLIT.split(lst.group("list"))
    first = lst.start("list")
    if (
        any(" " in p for p in parts)
        or _name_word_before(text, first)
        or _SENTENCE_START.search(text, max(0, first - 6), first)
    ):
        return []
    return parts[:-1]


# A capitalised English ordinal before a word makes one name of the two ("First Nation communities",
# "Third Ward residents"): the word is that name's last, no people of its own (review s52-rv #4:
# "Canadian First Nation communities" left a people "Nation").
_ORDINAL_BEFORE = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) $")


def peoples_by_nouns(
    text: str, chosen: list[Cand], canonical: Callable[[str], str | None], doc_lower: set[str]
) -> list[Cand]:
    """A word the gazetteer does not know, written before the nouns of a people ("indigenous
    Kalinago people", "Sámi families" and "Sámi activists"), is that people (NORP) at every mention
    it stands alone at, whatever the word was guessed to be (an organisation, a place)."""
    nouns: dict[str, set[str]] = {}
    strong: set[str] = set()
    before_nouns: set[int] = set()  # where a word before a people's noun starts
    apposed: set[str] = set()  # names said to be a people ("Chulym, a small people of the north")
    members: set[str] = (
        set()
    )  # before a member's noun only ("Masalit women"): a place's people too ("Igloolik children")
    lists: list[list[str]] = []  # the names of each list before a people's noun, the last one's too
    for m in _PEOPLE_WORD.finditer(text):
        noun = m.group("noun")
        if noun not in _PEOPLE_NOUNS:
            continue
        name = m.group("name")
        if (
            _name_word_before(text, m.start("name"))
            or _ORDINAL_BEFORE.search(text, max(0, m.start("name") - 8), m.start("name")) is not None
        ) or (
            _SENTENCE_START.search(text, max(0, m.start() - 6), m.start())
            and not (noun in _ETHNIC_ONLY and _written_inside(text, m.group("name")))
        ):
            # a longer name's last word; a sentence's first word ("Young people ...", "Village
            # elders"), but not before a noun only a people takes when the article capitalises the
            # word inside a sentence too ("Blackfoot clans met" beside "with Blackfoot leaders":
            # round s43-e)
            continue
        if name.endswith(("'s", "’s")):
            continue  # a place's or a person's: "Yunnan’s villages"
        if noun in _FAMILY_MEMBERS and text.endswith(("the ", "The "), 0, m.start("name")):
            continue  # a family: "the Hessler children"
        listed = _listed_before(text, m.start("name"), m.end("name"))
        if listed:
            lists.append([*listed, name])
        for each in (name, *listed):
            nouns.setdefault(each, set()).add(noun)
            if m.group("adj") or noun in _PEOPLE_STRONG:
                strong.add(each)
            elif noun in _PEOPLE_MEMBERS and each == name:
                # (one member's noun is the name's own evidence only, never its list's: "in
                # Reddit and Discord communities" makes Reddit no people: review s48-rve finding 4)
                members.add(each)
        before_nouns.add(m.start("name"))
    ethnic = {n for n, found in nouns.items() if found & _ETHNIC_ONLY}
    # a list's names share its kind: one read a people by a strong noun or two nouns, the others
    # of its list are peoples too ("in Nanai, Ulchi and Nivkh houses" beside "Nivkh families")
    by_list = {n for names in lists if any(x in strong or len(nouns[x]) >= 2 for x in names) for n in names}
    if "the " in text or "The " in text:
        for m in _THE_PEOPLE_VERB.finditer(text):
            if _NO_SUBJECT_BEFORE.search(text, max(0, m.start() - 10), m.start()) and not _PART_OF_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "the boats on the Ayeyarwady are waiting": a river's, a region's
            nouns.setdefault(m.group("name"), set()).add("people")
            strong.add(m.group("name"))
            ethnic.add(m.group("name"))
    if " people" in text or " tribe" in text or " group" in text:
        for m in _PEOPLE_APPOSED.finditer(text):
            if not _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
                nouns.setdefault(m.group("name"), set()).add("people")
                strong.add(m.group("name"))
                apposed.add(m.group("name"))
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC")} if members else set()
    towns = {text[s:e] for s, e, label, _ in chosen if label == "GPE" and s not in before_nouns}
    peoples = [
        n
        for n, found in nouns.items()
        if (n in strong or len(found) >= 2 or n in by_list or (n in members and n not in places))
        and (n in strong or not n.lower().endswith(_PLACE_NAME_ENDINGS))
        and n.lower() not in COMMON_WORDS
        and n.lower() not in doc_lower  # "Young people" beside "young"
        and canonical(n) is None
        # a town of the city list the article names as a place elsewhere ("The Freetown side")
        # is that town before "people" too: "to Freetown people" (round s36-e, held-out 29: NORP),
        # unless the article says it is a people ("Chulym, a small people of the north")
        and not (n in towns and n not in apposed and n not in ethnic and n in city_names())
    ]
    if not peoples:
        return chosen
    out = list(chosen)
    for name in peoples:
        # a people a person of the article is named after ("Sumitra Ale Magar" beside "the Magar
        # people": Nepal's peoples are its surnames; issue #16, round s45-e, held-out 38's NORPs
        # were PERSONs): the people's word where it is used as one, the person's surname elsewhere
        borne = name in strong and any(label == "PERSON" and name in text[s:e].split()[1:] for s, e, label, _ in out)
        if not borne and any(
            (label == "PERSON" and name in text[s:e].split())
            or (text[s:e] == name and label not in ("ORG", "GPE", "LOC", "NORP", "LANGUAGE"))
            for s, e, label, _ in out
        ):
            continue  # a person's name ("the Okafor family"); a number ("Sixteen people")
        key = entity_key("NORP", name)
        # (and its plural, a people's too: "The Hutsuls are highlanders" beside "Hutsul makers")
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}s?(?![\w'’-])", text):
            a, b = m.span()
            if CAP_NEXT.match(text, b) or _name_word_before(text, a):
                continue  # inside a longer name ("Kalinago Council")
            if borne and not _attributive(text, a, b):
                continue  # the surname alone ("Magar said") of a person named after the people
            k = bisect_left(out, (a,))
            here = [c for c in out[max(0, k - 1) : k + 2] if c[0] < b and a < c[1]]
            if any((c[0], c[1]) != (a, b) or c[2] == "LANGUAGE" for c in here):
                # (a people's word used as its language stays the language: "Hmong families" and
                # "a Hmong interpreter", round s33-c)
                continue
            for c in here:
                out.remove(c)
            out.insert(
                bisect_left(out, (a,)), (a, b, "NORP", key if b - a == len(name) else entity_key("NORP", m.group()))
            )
    return out


# A capitalised word ending as a demonym does, before a lower-case word: "Okinawan music", "the
# Goan spirit", "Tamvalarese traders".
_DEMONYM_SHAPED = re.compile(rf"(?<![\w'’-])(?P<word>{CAP}[{LOWER}]{{2,}}(?:n|ese))(?= [a-z])")


def _demonym_stems(word: str) -> list[str]:
    """The place names ``word`` may be the demonym of: "Okinawan" and "Goan" of "Okinawa" and "Goa"
    (the place and "n"), "Sicilian" of "Sicily" ("-y" made "-ian"), "Brazilian" of "Brazil",
    "Makassarese" of "Makassar", "Maltese" of "Malta", "Balinese" of "Bali"."""
    if word.endswith("ese"):
        stem = word[:-3]
        return [stem, stem + "a"] + ([stem[:-1]] if stem.endswith("n") else [])
    out = [word[:-1]]
    if word.endswith("ian"):
        out += [word[:-3] + "y", word[:-3]]
    return out


def place_demonyms(
    text: str, chosen: list[Cand], known: Callable[[str], tuple[str, str] | None], doc_lower: set[str]
) -> list[Cand]:
    """A capitalised word no rule typed, formed from a place's name by a demonym's ending
    (:func:`_demonym_stems`) and written before a lower-case word, is that place's people (NORP):
    "at the heart of Okinawan music" in an article naming Okinawa, "the Goan spirit", "Sicilian
    cousins" (round s38-e, held-out 31: no name). The place is one the article names (GPE, LOC) or
    the gazetteer or the city or region lists know; never a given name ("Christian"), a word the
    article writes in lower case, a common word, a month's ("Julian" of "July") nor a word inside
    a longer name."""
    places = {text[s:e] for s, e, label, _ in chosen if label in ("GPE", "LOC")}

    def place(stem: str) -> bool:
        if len(stem) < 3 or stem in WEEKDAYS_MONTHS:
            return False
        if stem in places or stem in city_names() or stem in region_names():
            return True
        got = known(stem)
        return got is not None and got[0] in ("GPE", "LOC")

    out = list(chosen)
    for m in _DEMONYM_SHAPED.finditer(text):
        word = m.group("word")
        a, b = m.span("word")
        low = word.lower()
        if low in doc_lower or low in COMMON_WORDS or word in given_names() or _name_word_before(text, a):
            continue
        k = bisect_left(out, (a,))
        if any(c[0] < b and a < c[1] for c in out[max(0, k - 1) : k + 2]):
            continue  # typed by another rule
        if not any(place(stem) for stem in _demonym_stems(word)):
            continue
        out.insert(k, (a, b, "NORP", entity_key("NORP", word)))
    return out


_CURRENCY_AFTER = re.compile(r" ({})\b".format("|".join(sorted(CURRENCY_NOUNS, key=len, reverse=True))))
# A sum just before the adjective ("410 million Namibian dollars", "84.62 Indian rupees"): the
# currency's nouns are words too ("the Danish crown prince", "a Turkish som"), so without a sum
# before it the nationality stays (review s36-rv2 14).
_SUM_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|bn|mn|m))\s*$", re.I)


def currency_adjectives(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` less the nationalities (NORP) written straight before a currency's noun in lower
    case (:data:`figures.CURRENCY_NOUNS`): "410 million Namibian dollars", "2.3 billion Norwegian
    crowns", "($1 = 84.62 Indian rupees)" name a currency, no people (issue #16, round s36-e:
    held-out 29, 16, 26 typed them NORP; the names sets leave them unmarked), when a sum is
    written just before (:data:`_SUM_BEFORE`: "the Danish crown prince" names a people)."""
    if not any(c[2] == "NORP" for c in chosen):
        return chosen
    return [
        c
        for c in chosen
        if not (
            c[2] == "NORP"
            and " " not in text[c[0] : c[1]]
            and _CURRENCY_AFTER.match(text, c[1])
            and _SUM_BEFORE.search(text, max(0, c[0] - 24), c[0])
        )
    ]
