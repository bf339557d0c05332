"""A person's surname written alone where it is also a place's or a body's name.

"Prime Minister Luís Montenegro visited the plant. … Montenegro said the state would help": the
country's name from the gazetteer, but here the surname of the article's one person named
"Montenegro" in full, speaking. "Norway's Halvor Eide … Eide, who led after the first round":
the town of the city list, and "Halvor Eide" read as a body of that town. Where the lone word is
used as only a person is (a speech verb after it or "said" before it, ", who" or ", whose" after
it), it is that person; elsewhere ("in Montenegro", "Eide's town hall") the place stays.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    GIVEN,
    GIVEN_COMMON,
    KIN,
    NAME_PARTICLES,
    SAY,
    WEEKDAYS_MONTHS,
    job_word,
)
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import NAME_SHAPED, Cand, cue_label, is_title
from waic_reader.index.analysis.lexicon import STOP_WORDS

_SAYING = "|".join(sorted(SAY))
# What only a person is followed by: a speech verb (an adverb between), ", who" or ", whose"
_PERSON_AFTER = re.compile(rf"(?:\s+(?:also\s+|later\s+|then\s+)?(?:{_SAYING})\b|,\s+who(?:se)?\b)")
# "…," said Montenegro / according to Montenegro
_PERSON_BEFORE = re.compile(rf"(?:\b(?:{_SAYING})|\baccording to)\s+$")


# The word before a name on its line: a capitalised one ends no sentence when it is no
# sentence's last ("Greenwatch Portmere said": the body's name, not "Portmere" alone)
_WORD_BEFORE = re.compile(r"(\S+) $")


def person_cued(text: str, s: int, e: int) -> bool:
    """Whether the word at ``s:e``, alone (no capitalised word of a longer name before it), is
    used as a person's name: a speech verb after or before it, or a relative pronoun for people
    after it."""
    before = _WORD_BEFORE.search(text, max(0, s - 40), s)
    if before is not None and before.group(1)[:1].isupper() and before.group(1)[-1:].isalnum():
        return False
    return bool(_PERSON_AFTER.match(text, e)) or bool(_PERSON_BEFORE.search(text, max(0, s - 20), s))


def person_after(text: str, e: int) -> bool:
    """Whether what follows the name ending at ``e`` is said of a person only: a speech verb or
    ", who"/", whose" (:data:`_PERSON_AFTER`)."""
    return _PERSON_AFTER.match(text, e) is not None


def cued_anywhere(text: str, word: str) -> bool:
    """Whether ``word`` alone is used as a person's name somewhere in ``text``."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        if person_cued(text, m.start(), m.end()):
            return True
    return False


def speaking_surnames(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a lone word typed a place or an organisation retyped as the article's one
    person named in full with that surname, where the word is used as a person's name there
    (see the module docstring)."""
    holders: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        written = text[s:e].split()
        if label == "PERSON" and len(written) >= 2 and written[-1][:1].isupper():
            holders.setdefault(written[-1], set()).add(key)
    if not holders:
        return chosen
    out: list[Cand] = []
    for c in chosen:
        s, e, label, key = c
        word = text[s:e]
        if label in ("GPE", "ORG", "LOC") and len(holders.get(word, ())) == 1 and person_cued(text, s, e):
            c = (s, e, "PERSON", next(iter(holders[word])))
        out.append(c)
    return out


def joined_full_names(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a person's given name and surname found as two mentions side by side,
    each keyed as the person, joined into one where together they write the name in full:
    "2. Halvor Eide (Norway) 458.1; 3. Sota Nakamura (Japan)" in a results line after "Japan's
    Sota Nakamura" in the prose were "Sota" and "Nakamura" (each claimed as a short form, the
    numbered line's capitals read as a sentence's). So are words of the name in its order, a part
    of it: an interview's speaker label "Gharti Budha:" after "Prakash Gharti Budha" (issue #16,
    round s45-e: held-out 38's labels were two PERSONs "Gharti" and "Budha" each)."""
    out: list[Cand] = []
    for c in chosen:
        if out:
            s0, e0, label0, key0 = out[-1]
            s, e, label, key = c
            if (
                label == label0 == "PERSON"
                and key == key0
                and text[e0:s] == " "
                and f" {text[s0:e]} " in f" {key.partition(':')[2]} "
            ):
                out[-1] = (s0, e, label, key)
                continue
        out.append(c)
    return out


# A speaker label in capitals opening a line of an interview: "WARSAME: Why solar pumps?"
_SHOUTED_LABEL = re.compile(r"(?m)^(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)(?= ?:\s)")


def shouted_speakers(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a speaker label in capitals opening a line ("ELMI: Because diesel is …")
    that is the surname of the article's one person named in full with it ("Amina Farah Elmi")
    as that person's mention (s28-e, heldout21: an ORG "ELMI" at each answer, the question's
    "WARSAME" no name)."""
    if ":" not in text:
        return chosen
    holders: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        written = text[s:e].split()
        if label == "PERSON" and len(written) >= 2 and not written[-1].isupper():
            holders.setdefault(written[-1].upper(), set()).add(key)
    named = _named_in_full(text, chosen, holders)
    labels: list[Cand] = []
    for m in _SHOUTED_LABEL.finditer(text):
        keys = holders.get(m.group(), set())
        if len(keys) == 1:
            labels.append((m.start(), m.end(), "PERSON", next(iter(keys))))
        elif not keys and m.group() in named:
            labels.append((m.start(), m.end(), "PERSON", named[m.group()][0][3]))
    if not labels:
        return chosen
    spans = labels + sorted({c for found in named.values() for c in found})
    kept = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e, _, _ in spans)]
    return sorted(kept + spans)


def _named_in_full(text: str, chosen: list[Cand], holders: dict[str, set[str]]) -> dict[str, list[Cand]]:
    """A capitals speaker label that opens two lines or more beside another speaker's label and no
    found person's surname, mapped to the spans where it opens a name of two or three capitalised
    words no rule read ("KADZO:" and the headline's "…: Kadzo Kahindi on her first album"), each a
    PERSON of that name's key: an interviewee labelled by a given or stage name (issue #16, round
    s52-e: held-out 45's singer was an ORG "KADZO" at each of nine answers, her name never found)."""
    counts: dict[str, int] = {}
    for m in _SHOUTED_LABEL.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    # (another speaker: any label at a line's start, of one letter too: "Q:")
    speakers = set(re.findall(r"(?m)^([A-ZÀ-Þ][\w'’-]*):[ \t]", text))
    out: dict[str, list[Cand]] = {}
    for word, n in counts.items():
        if n < 2 or word in holders or not speakers - {word} or word.lower() in STOP_WORDS:
            continue
        shown = word[0] + word[1:].lower()
        if is_title(shown)[0] or job_word(shown):
            # (a label of an office or a job names no one: "MAYOR:" before "Mayor Jane Castor"
            # made a person "Mayor Jane Castor", review s52-rv #2; a given, family or stage name
            # is no title word)
            continue
        found: list[tuple[int, int, str]] = []
        for m in re.finditer(
            rf"(?<![\w'’-]){re.escape(shown)}((?: [A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*){{1,2}})(?![\w'’-])",
            text,
        ):
            rest = m.group(1).split()
            if any(w.lower() in STOP_WORDS or w.lower() in COMMON_WORDS for w in rest):
                continue
            if any(c[0] < m.end() and m.start() < c[1] for c in chosen if c[2] != "PERSON"):
                continue  # words the rules read as another kind of name
            found.append((m.start(), m.end(), m.group()))
        names = {f[2] for f in found}
        if len(names) == 1:
            key = entity_key("PERSON", names.pop())
            out[word] = [(s, e, "PERSON", key) for s, e, _ in found]
    return out


# A speaker label in mixed case opening a line of an interview, two to five capitalised words
# before a colon: "Nang Hsu Mon Kham: They are my mother's cousins".
_NAME_LABEL = re.compile(r"(?m)^((?:[A-ZÀ-Þ][\w'’-]*[\w])(?: [A-ZÀ-Þ][\w'’-]*[\w]){1,4}):[ \t]")


def interview_speakers(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with an interview's speaker label in mixed case of two to five capitalised words
    (:data:`_NAME_LABEL`) that opens two lines or more, beside another speaker's label, as a PERSON,
    and its other mentions written so (a headline's "…: Nang Hsu Mon Kham on her Inle documentary"),
    whatever the words' parts were read as (issue #16, round s46-e: held-out 39's Shan speaker,
    whose name no list holds, was never named). Not a label of a function, cue or title word ("Key
    Points:", "Police Statement:", "Prime Minister:") nor one the rules read as another kind whole."""
    if ":" not in text:
        return chosen
    counts: dict[str, int] = {}
    for m in _NAME_LABEL.finditer(text):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    # (another speaker: any label at a line's start, of one word too: "Aldridge-Kwan:", "Q:")
    speakers = set(re.findall(r"(?m)^([A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,4}):[ \t]", text))
    found = [
        label
        for label, n in counts.items()
        if n >= 2
        and len(speakers - {label}) >= 1
        and not any(
            w.lower() in STOP_WORDS
            or w.lower() in COMMON_WORDS
            or cue_label(w) is not None
            or is_title(w)[0]
            or w in WEEKDAYS_MONTHS
            for w in label.split()
        )
    ]
    if not found:
        return chosen
    people = {c[3].partition(":")[2] for c in chosen if c[2] == "PERSON"}
    spans: list[Cand] = []
    for label in found:
        if any(p.endswith(" " + label) or p == label for p in people):
            continue  # "Gharti Budha:" after "Prakash Gharti Budha": that person's, keyed already
        key = entity_key("PERSON", label)
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(label)}(?![\w'’-])", text):
            s, e = m.span()
            if any(c[0] <= s and e <= c[1] and (c[2] != "PERSON" or (c[0], c[1]) != (s, e)) for c in chosen):
                continue  # a name the rules read whole as another kind, or inside a longer one
            spans.append((s, e, "PERSON", key))
    if not spans:
        return chosen
    kept = [c for c in chosen if not any(c[0] < e and s < c[1] for s, e, _, _ in spans)]
    return sorted(kept + spans)


# Endings of an adjective a tabloid puts before a person's surname ("Furious Beridze told pals",
# "Heartbroken Moretti", "Defiant Wrzesniak"), no given name's
_DESCRIBING = re.compile(r"[A-Z][a-z]+(?:ous|ful|ing|ed|en|ant|ent|ive|less|ic)")


def described_surnames(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with a person's two words opening a sentence, an adjective no list gives as a
    given name and the surname of the article's one other person named in full ("Furious
    Beridze told pals" after "Levan Beridze"), as that person's surname alone; the surname's other
    mentions keyed to the two words are that person's too (s28-e, heldout21: a PERSON "Furious
    Beridze" took every later "Beridze")."""
    holders: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        written = text[s:e].split()
        if label == "PERSON" and len(written) >= 2:
            holders.setdefault(written[-1], set()).add(key)
    if not holders:
        return chosen
    rekey: dict[str, tuple[str, int]] = {}  # the two words' key → the person's key, the word's length
    for s, e, label, key in chosen:
        words = text[s:e].split(" ")
        if label != "PERSON" or len(words) != 2 or not _DESCRIBING.fullmatch(words[0]):
            continue
        if words[0] in given_names() or words[0] in GIVEN or words[0] in GIVEN_COMMON:
            continue
        if s and text[max(0, s - 2) : s].strip() not in ("", ".", '"', "“", "‘"):
            continue  # inside a sentence the word may be a given name no list has
        others = holders.get(words[1], set()) - {key}
        if len(others) == 1:
            rekey[key] = (next(iter(others)), len(words[0]) + 1)
    if not rekey:
        return chosen
    out: list[Cand] = []
    for s, e, label, key in chosen:
        if key in rekey:
            other, cut = rekey[key]
            if len(text[s:e].split()) == 2:
                s += cut
            key = other
        out.append((s, e, label, key))
    return out


# The word right before a lone surname, and the word before that if any on the same line
_GIVEN_BEFORE = re.compile(r"(?:(\S+) )?(\S+) $")


def _inside_sentence(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (capitalised) somewhere inside a sentence: after a word in
    lower case or a comma, or after a capitalised word that is no stop or common word."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        prev = before.group(1).lstrip("\"“‘'(")
        if prev[-1:] == "," or (prev[:1].islower() and prev[-1:].isalpha()):
            return True
        if prev[:1].isupper() and prev[-1:].isalnum() and prev.lower() not in STOP_WORDS | COMMON_WORDS:
            return True
    return False


def given_before_surnames(text: str, chosen: list[Cand], doc_lower: set[str] | frozenset[str]) -> list[Cand]:
    """``chosen`` with a lone surname of a person the article names in full, written right after
    a capitalised word no list knows, as a person of that family named by that given name: "When
    Rudo Chinembiri was a girl" after "Sekuru Tinashe Chinembiri" is Rudo, not Tinashe ("Her
    uncle, Simbarashe Chinembiri, ..."; s30-l, heldout23: the lone "Chinembiri" took both, their
    given names dropped). A family's members share the surname, and an obituary or a court report
    names them by given name and surname: the capitalised word before the surname is the given
    name unless it is something else by its shape or the lists: a common or stop word or a word
    the article writes in lower case ("Then Chinembiri", "Mutoko Chinembiri" of "the mutoko"), a
    title, a job or kinship word ("Coach", "Uncle"), a month or weekday, a name particle, a
    kind word of a place or a body, a word another mention holds, a word the article writes
    right before a person named in full (a title or an honorific: "Sheriff Morag Haddow"), a word
    of the full name itself, or at a sentence's start an adjective's shape ("Furious Beridze":
    :func:`described_surnames`) or a word the article writes capitalised nowhere inside a sentence
    ("Alongside Nwankwo-Reid"). A given name read as a person of its own there (the article also
    writes "Ambuya Rudo") joins the surname: one person named in full."""
    fulls: dict[str, set[str]] = {}
    for s, e, label, key in chosen:
        written = text[s:e].split()
        if label == "PERSON" and len(written) >= 2:
            fulls.setdefault(written[-1], set()).add(key)
    if not fulls:
        return chosen
    ends = sorted(e for _, e, _, _ in chosen)
    # the words written right before a person named in full: titles and honorifics ("Sheriff
    # Morag Haddow", "Sekuru Tinashe Chinembiri"), no given name
    titling = {
        m.group(2)
        for s, e, label, _ in chosen
        if label == "PERSON" and " " in text[s:e] and (m := _GIVEN_BEFORE.search(text, max(0, s - 60), s))
    }
    out: list[Cand] = []
    for c in chosen:
        s, e, label, key = c
        word = text[s:e]
        if label != "PERSON" or " " in word:
            out.append(c)
            continue
        m = _GIVEN_BEFORE.search(text, max(0, s - 60), s)
        given = m.group(2) if m else ""
        start = s - len(given) - 1
        prev = (m.group(1) or "") if m else ""
        # a surname no one of the article is named in full by (a line-up's "Kafando; Tapsoba,"):
        # its given name only inside a sentence, after a word in lower case ("rose above Issouf
        # Tapsoba"; round s35-e, heldout28: the lone surname was the person, the given name left out)
        # (a lone surname keyed as itself is one of the family too: two of its members named in full
        # leave it undecided, "Her uncle, Simbarashe Chinembiri," beside "Sekuru Tinashe Chinembiri":
        # round s38-e, once "uncle" was a kinship word)
        own = key == entity_key("PERSON", word)
        if (word not in fulls or (key not in fulls[word] and not own)) and not (prev.isalpha() and prev.islower()):
            out.append(c)
            continue
        sentence_start = (
            not prev or prev[-1:] in '.!?:;"“‘' or (prev[:1].isupper() and prev.lower() in STOP_WORDS | COMMON_WORDS)
        )
        # the given name read as a person of its own ("Ambuya Rudo" elsewhere): the two are one
        alone = bool(out) and out[-1][:3] == (start, start + len(given), "PERSON") and out[-1][3] == f"PERSON:{given}"
        if (
            not given
            or NAME_SHAPED.fullmatch(given) is None
            or "\n" in text[start:s]
            or (any(start < x <= start + len(given) for x in ends) and not alone)
            or (prev[:1].isupper() and prev[-1:].isalnum() and not sentence_start)
            or given in given_names()
            or given in GIVEN
            or given.lower() in STOP_WORDS
            or given.lower() in COMMON_WORDS
            or given.lower() in doc_lower
            or given.lower() in KIN
            or given in WEEKDAYS_MONTHS
            or given.lower() in NAME_PARTICLES
            or is_title(given)[0]
            or job_word(given)
            or cue_label(given) is not None
            or given in titling
            # a word of the full name's own ("Sheriff" of "Sheriff Morag Haddow")
            or any(given in k.partition(":")[2].split() for k in fulls.get(word, ()))
            # at a sentence's start any word is capitalised: a given name there is one the article
            # also writes capitalised inside a sentence ("Ambuya Rudo did not teach you songs")
            or (sentence_start and (_DESCRIBING.fullmatch(given) is not None or not _inside_sentence(text, given)))
        ):
            out.append(c)
            continue
        if alone:
            out.pop()
        out.append((start, e, label, f"PERSON:{given} {word}"))
    return out
