"""Capitalised words used as one name: a body whose words are places or look like a person's.

"Cebu Pacific said", "Southern California Edison said", "the US Geological Survey said":
the gazetteer knows "Cebu", "Pacific", "California" and "US", and an unknown stretch before
"said" reads as a person ("Geological Survey"). Written together with nothing between them and
used as one name (the speaker of a speech verb, or coordinated with an organisation: "Cebu
Pacific and Philippine Airlines said"), such words are one body's name, no places: two
places are never run together so (a town and its region take a comma: "Cebu, Philippines").
A body's word before "of" with a person-looking stretch after it is one body too ("the
Division of Fire Prevention said"). A one-word name coordinated with an organisation is of its
kind ("Cebu Pacific and Ryanair said"). (t13air N7 and S1, round s42-y2.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, SAY
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.places import opening_place_phrase
from waic_reader.index.analysis.entities.words import Cand, cue_label, is_title, opens_name
from waic_reader.index.analysis.lexicon import STOP_WORDS
from waic_reader.index.corpus.letters import CAP

_PLACES = frozenset({"GPE", "LOC"})
# (a possessive "'s" is no word's end: "O'Hare" is a word, "Colorado's" a word and its possessive)
# (nor is a hyphen's lower-case part: "Geneva-based Lemanis Agri" holds no name "Geneva-based")
_WORD = rf"{CAP}[\w&.]*(?:['’](?!s(?!\w))[\w&.]+|-{CAP}[\w&.]*)*(?<!\.)(?!-)"
# Capitalised words with single spaces between them, "of" allowed between two of them: the
# stretch a name may take. (A possessive "'s" ends it: "Colorado's Division" is two names.)
_STRETCH = re.compile(rf"(?<![\w'’&.-]){_WORD}(?: (?:of )?{_WORD})+(?![\w'’&-])")
_SPEECH_AFTER = re.compile(rf",? (?:{'|'.join(sorted(SAY))})\b")
_AND = " and "
# Longer than any candidate reaching into a stretch from before it (a name of many words).
_LONGEST = 300
_JOINED_BEFORE = re.compile(rf"(?<![\w'’&.-])({_WORD}) and $")
_DESCRIBED = re.compile(r"(?<![\w'’-])(?:[Aa]n?) $")
# "… and Ryanair said": the other name of a coordinated subject, and its speech verb
_AND_SPEAKER = re.compile(rf" and (?:the )?{_WORD}(?: {_WORD})*{_SPEECH_AFTER.pattern}")


def _used_as_one(text: str, a: int, b: int, ends: dict[int, Cand], at: dict[int, Cand]) -> bool:
    """Whether the stretch ``text[a:b]`` stands where one name stands: before a speech verb, or
    joined by "and" to an organisation the recogniser typed or to another speaker's name ("Cebu
    Pacific and Ryanair said")."""
    if _SPEECH_AFTER.match(text, b) or _AND_SPEAKER.match(text, b):
        return True
    if text.startswith(_AND, b) and (after := at.get(b + len(_AND))) is not None and after[2] == "ORG":
        return True
    before = a - len(_AND)
    return before > 0 and text.startswith(_AND, before) and before in ends and ends[before][2] == "ORG"


def _body(text: str, a: int, b: int, inside: list[Cand]) -> bool:
    """Whether the stretch ``text[a:b]`` (the candidates ``inside`` it) is one body's name rather
    than the places and people its words were read as. No title may be among its words
    ("Kern County Sheriff Dana Holt") and no person inside may open with a given name ("Paris
    Mayor Anne Hidalgo")."""
    words = text[a:b].split()
    if any(is_title(w)[0] for w in words):
        return False
    if any(c[2] == "PERSON" and opens_name(text[c[0] : c[1]].split(maxsplit=1)[0]) for c in inside):
        return False
    if len(inside) == 1 and inside[0][:2] == (a, b):
        return False  # one name already ("New York said": the city speaking through its council)
    if " of " in text[a:b]:
        # "Division of Fire Prevention": a body's word, "of" and words read as a person (or none)
        head = words[0]
        return head.lower() not in COMMON_WORDS and all(c[2] == "PERSON" for c in inside) and bool(inside)
    # "Cebu Pacific", "Virgin Atlantic", "US Geological Survey": a place and more, run together;
    # a place before an organisation's own name ("the US CDC and NASA") stays its place
    return (
        any(c[2] in _PLACES for c in inside)
        and not all(c[2] == "PERSON" for c in inside)
        and not any(c[2] == "ORG" for c in inside)
    )


def _opening_words(text: str, a: int, b: int, chosen_at: dict[int, Cand]) -> int:
    """Where the name in the stretch ``text[a:b]`` begins: a sentence's opening common word no
    candidate covers ("Then", "The", "Later") is outside it."""
    while a < b and a not in chosen_at:
        space = text.find(" ", a, b)
        if space < 0:
            break
        low = text[a:space].lower()
        if low not in COMMON_WORDS and low not in STOP_WORDS:
            break
        a = space + 1
    return a


def named_as_one(text: str, chosen: list[Cand], canonical: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with each stretch of capitalised words used as one name (:func:`_used_as_one`)
    whose candidates are places and other words, or a body's word before "of" and a
    person-looking rest (:func:`_body`), one ORG named as written; the stretch's other
    mentions in the article keyed as it, and a one-word person coordinated with an organisation
    ("… and Ryanair said") an organisation. Linear in the stretches and ``chosen`` (each stretch
    looks at the candidates inside it). ``canonical``: the gazetteer's name of a name it knows
    (a known place joined to a firm stays a place: "Paris and Air France said")."""
    if not any(f" {w}" in text for w in SAY) and _AND not in text:
        return chosen
    out = sorted(chosen)
    starts = {c[0]: c for c in out}
    ends = {c[1]: c for c in out}
    spans: dict[str, str] = {}  # a stretch's text → its ORG key
    for m in _STRETCH.finditer(text):
        a, b = _opening_words(text, m.start(), m.end(), starts), m.end()
        if " " not in text[a:b] or not _used_as_one(text, a, b, ends, starts):
            continue
        # (the candidates inside, by bisection: only the few stretches used as one name look)
        lo = bisect_left(out, a - _LONGEST, key=lambda c: c[0])
        inside = [c for c in out[lo:] if c[0] < b and a < c[1]]
        if any(c[0] < a or c[1] > b for c in inside):
            continue  # a candidate reaches past the stretch: part of a longer name
        if any(c[0] > a and text[c[0] - 1] != " " for c in inside):
            continue  # "D-Los Lunas": a name inside a word (a party's letter and a home)
        if opening_place_phrase(text, a):
            continue  # "In Lima Okafor said": a place opening the clause, then its speaker
        if _DESCRIBED.search(text, max(0, a - 4), a):
            continue  # "a Devonport GP, said": a description of the speaker, no name
        joined = _JOINED_BEFORE.search(text, max(0, a - 40), a)
        if joined is not None and joined.end(1) not in ends:
            continue  # "Fisheries and Oceans Canada": a longer name's words joined by "and"
        if not _body(text, a, b, inside):
            continue
        name = " ".join(text[a:b].split())
        spans[text[a:b]] = entity_key("ORG", name)
    if spans:
        for written, key in spans.items():
            for m in re.finditer(rf"(?<![\w'’&-]){re.escape(written)}(?![\w'’&-])", text):
                a, b = m.span()
                if any((c[0] < a < c[1]) or (c[0] < b < c[1]) for c in out):
                    continue  # inside a longer name
                out = [c for c in out if not (c[0] < b and a < c[1])]
                out.append((a, b, "ORG", key))
        out.sort()
    return _coordinated_speakers(text, _coordinated_one_words(text, out, canonical), canonical)


def _coordinated_one_words(text: str, chosen: list[Cand], canonical: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with a one-word name joined by "and" to an ORG ("Cebu Pacific and Ryanair
    said", "Ryanair and Aer Lingus") an ORG, with its other mentions: a PERSON that no given name
    is, nor the surname of a person the article names in full, or a place no gazetteer knows (a
    guess from the "and" of a list of places); and a capitalised word no rule typed, no common
    word, joined so to an ORG that speaks ("Brenvik and Philippine Airlines said")."""
    added = _uncovered_partners(text, chosen)
    chosen = sorted(chosen + added)
    rekey: dict[str, str] = {}
    # a surname of a person the article names in full is that person's ("Dragan Milošević", then
    # "Milošević and Hale Access Ltd admitted")
    in_names = {w for s, e, label, _ in chosen if label == "PERSON" for w in text[s:e].split()[1:]}
    for k in range(len(chosen) - 1):
        first, second = chosen[k], chosen[k + 1]
        if text[first[1] : second[0]] != _AND:
            continue
        if (place := _one_word_beside_person(text, first, second, in_names, canonical)) is not None:
            rekey[place[3]] = entity_key("ORG", text[place[0] : place[1]])
            continue
        if (first[2] == "ORG") == (second[2] == "ORG"):
            continue
        other = first if second[2] == "ORG" else second
        word = text[other[0] : other[1]]
        if " " in word or word in in_names or opens_name(word) or is_title(word)[0]:
            continue
        # (a place only where the two speak: "the Uist and Barra Ferry Users Group" is one body)
        speak = other[2] in _PLACES and _SPEECH_AFTER.match(text, second[1]) is not None
        if other[2] == "PERSON" or (speak and canonical(word) is None):
            rekey[other[3]] = entity_key("ORG", word)
    # (a word no rule typed stays so unless it is a firm here)
    dropped = {c for c in added if c[3] not in rekey}
    return [
        (s, e, "ORG", rekey[key]) if key in rekey else (s, e, label, key)
        for s, e, label, key in chosen
        if (s, e, label, key) not in dropped
    ]


def _one_word_beside_person(
    text: str, first: Cand, second: Cand, in_names: set[str], canonical: Callable[[str], str | None]
) -> Cand | None:
    """Of two names joined by "and" before a speech verb, the one-word name that is no person's
    when the other is a person named in full: a place no gazetteer entry names (a word only a list
    of towns holds: "Lewis Hamilton and Mercedes said", the team, no town speaking beside a driver;
    s43-rv finding 15, a GPE), or a lone word read as a person that is no given name nor the
    surname of a person ``in_names`` ("Carlos Sainz and Ferrari said": a person beside a full name
    is named in full too). None otherwise: a place the gazetteer knows stays ("Anne Hidalgo and
    Paris said"), and so does "Tom Avery and Marsh said" after "Helen Marsh"."""
    if _SPEECH_AFTER.match(text, second[1]) is None:
        return None
    for person, other in ((first, second), (second, first)):
        word = text[other[0] : other[1]]
        if person[2] != "PERSON" or " " not in text[person[0] : person[1]] or " " in word:
            continue
        if other[2] in _PLACES and canonical(word) is None:
            return other
        if other[2] == "PERSON" and word not in in_names and not opens_name(word) and not is_title(word)[0]:
            return other
    return None


_PARTNER_AFTER = re.compile(rf" and ({_WORD})(?=,? (?:{'|'.join(sorted(SAY))})\b)")


def _uncovered_partners(text: str, chosen: list[Cand]) -> list[Cand]:
    """The capitalised words no candidate covers joined by "and" after an ORG of ``chosen``,
    before a speech verb ("Philippine Airlines and Brenvik said"),
    as PERSON candidates for :func:`_coordinated_one_words` to judge: no common word ("Then"),
    no given name."""
    out: list[Cand] = []
    taken = [(c[0], c[1]) for c in chosen]
    for s, e, label, _ in chosen:
        if label != "ORG":
            continue
        # (after it only: a word before "and" may open the firm's longer name, "Fisheries and
        # Oceans Canada said", which a later rule joins)
        if (m := _PARTNER_AFTER.match(text, e)) is not None:
            a, b = m.span(1)
            word = text[a:b]
            if word.lower() in COMMON_WORDS or word.lower() in STOP_WORDS or any(x < b and a < y for x, y in taken):
                continue
            out.append((a, b, "PERSON", entity_key("PERSON", word)))
    return out


# Two names joined by "and" before a speech verb, the subject of one clause: "Aer Lingus and Ryanair
# said", "Northwind and Tarvos said they would merge".
_SPEAKER_PAIR = re.compile(
    rf"(?<![\w'’&.-])(?P<a>{_WORD}(?: {_WORD}){{0,3}}) and (?P<b>{_WORD}(?: {_WORD}){{0,3}})"
    rf"(?=,? (?:{'|'.join(sorted(SAY))})\b)"
)


# "the" before the first name (one body's: "the X and Y Group"), or a list's capitalised word and
# its comma ("Industry, Business and Financial Affairs").
_THE_OR_LIST_BEFORE = re.compile(rf"(?:(?<![\w'’-])[Tt]he |{CAP}[\w'’&.-]*, )$")


def _no_person_cue(words: list[str], in_names: set[str], canonical: Callable[[str], str | None]) -> bool:
    """Whether the words of one name carry nothing of a person's: no given name opens it, no
    title, common or stop word is among them, none is the surname of a person the article names
    in full, and the gazetteer knows no name of them (a country speaks through its government:
    "France and Germany said")."""
    return not (
        opens_name(words[0])
        or any(w in given_names() for w in words)  # "Financial Affairs Mads Kjærsgaard"
        or any(is_title(w)[0] or w.lower() in COMMON_WORDS or w.lower() in STOP_WORDS or w in in_names for w in words)
        or canonical(" ".join(words)) is not None
    )


def _coordinated_speakers(text: str, chosen: list[Cand], canonical: Callable[[str], str | None]) -> list[Cand]:
    """``chosen`` with the two names of a coordinated subject before a speech verb
    (:data:`_SPEAKER_PAIR`: "Aer Lingus and Ryanair said") read as organisations, with their other
    mentions, where each is a PERSON or no name and neither carries a person's cue
    (:func:`_no_person_cue`), or where the article types one of them an ORG elsewhere. The lone
    speaker's rule made the name before the verb a PERSON and left the other unread; two people
    named so bare, with no given name and no full name in the article, are rare, two firms
    common (issue #16, round s43-e: a tester's "Aer Lingus and Ryanair said" gave PERSONs).
    Linear in the matches and ``chosen`` (each pair looks at the candidates inside it)."""
    if _AND not in text:
        return chosen
    out = sorted(chosen)
    # (a full name opens with a given name: "Aer Lingus said" read as a person names no "Lingus")
    in_names = {
        w
        for s, e, label, _ in out
        if label == "PERSON" and opens_name((words := text[s:e].split())[0])
        for w in words[1:]
    }
    orgs = {text[s:e] for s, e, label, _ in out if label == "ORG"}
    starts = {c[0]: c for c in out}
    rekey: dict[str, str] = {}  # a name's text → its ORG key
    unread: set[tuple[int, int]] = set()  # a bare word of a pair, typed alone by another rule
    for m in _SPEAKER_PAIR.finditer(text):
        a = _opening_words(text, m.start("a"), m.end("a"), starts)
        while (space := text.find(" ", a, m.end("a"))) > 0 and cue_label(text[a:space]) is not None:
            a = space + 1  # "Airlines Aer Lingus and Ryanair said": a kind of body before the names
        sides = [(a, m.end("a")), m.span("b")]
        names = [text[a:b] for a, b in sides]
        if _THE_OR_LIST_BEFORE.search(text, max(0, a - 40), a):
            # "the Uist and Barra Ferry Users Group told": one body's name; "Minister for Industry,
            # Business and Financial Affairs X said": the last fields of a list
            continue
        if any(" " in n and n.split(" ", 1)[0].lower() in COMMON_WORDS for n in names):
            continue  # still a sentence's opening words ("Then Aer Lingus"): left alone
        if all(" " not in n.strip() and n not in orgs for n in names):
            # two bare words ("Pennock and Vaile told the inquiry"): two surnames, or one partnership
            # firm's name another article writes with its legal form ("Pennock and Vaile Ltd",
            # tests/cli/test_cli_partners_firms_bare_names.py), as likely as two firms: left alone,
            # and so is each word: the lone speaker's rule typed the last one a PERSON and a place
            # rule one a GPE ("Marks and Spencer said": a PERSON "Spencer"; "Dent and Fairburn told
            # the court": a GPE "Fairburn"; review s44-rv finding 15), unless the article names
            # the person in full elsewhere ("Carla Dent") or the gazetteer knows the name; a pair
            # with one name the gazetteer knows is no bare pair ("refiners in Zhejiang and Qelmoria
            # added": a list of places, the known one typing the other)
            if all(canonical(name) is None for name in names):
                unread.update(side for side, name in zip(sides, names, strict=True) if name not in in_names)
            continue
        ok = True
        for (a, b), name in zip(sides, names, strict=True):
            lo = bisect_left(out, a - _LONGEST, key=lambda c: c[0])
            inside = [c for c in out[lo:] if c[0] < b and a < c[1]]
            if any(c[0] < a or c[1] > b or c[2] != "PERSON" for c in inside):
                # part of a longer name, or a place, a people (a PERSON of its last words gives way);
                # an ORG here is :func:`_coordinated_one_words`' to weigh, or a longer name's last
                # part ("Fisheries and Oceans Canada said", which a later rule joins)
                ok = False
                break
            if name not in orgs and not _no_person_cue(name.split(), in_names, canonical):
                ok = False
                break
        if ok:
            for name in names:
                rekey[name] = entity_key("ORG", " ".join(name.split()))
    if unread:
        out = [c for c in out if not ((c[0], c[1]) in unread and c[2] in ("PERSON", "GPE", "LOC"))]
    if not rekey:
        return out if unread else chosen
    for written, key in rekey.items():
        for m in re.finditer(rf"(?<![\w'’&-]){re.escape(written)}(?![\w'’&-]| {CAP})", text):
            a, b = m.span()
            here = [c for c in out if c[0] < b and a < c[1]]
            if any(c[0] < a or c[1] > b or c[2] not in ("PERSON", "ORG") for c in here):
                continue  # inside a longer name, or another kind of name
            out = [c for c in out if c not in here]
            out.append((a, b, "ORG", key))
    out.sort()
    return out
