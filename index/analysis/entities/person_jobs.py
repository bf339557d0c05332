"""A job word or a description before a name ("Nurse Eva Lange", "shop owner Tavi Renko",
"Feisty Doreen X", an initial "Baker" before a full name): whether the capitalised word describes
the person or is part of the name, and where the name then starts.

Separate from ``persons`` because it reads jobs (lexicons' title words and job-shaped endings),
not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from waic_reader.index.analysis.entities.gazetteer import city_names, region_names
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.lexicons import (
    COMMON_WORDS,
    FAMILY_FIRST,
    GAELIC_PARTICLES,
    GIVEN,
    GIVEN_COMMON,
    KIN,
    LOWER_TITLES,
    NAME_PARTICLES,
    ROLE_NOUNS,
    TITLE_CORE,
    TITLE_MOD,
    VIETNAMESE_FAMILY,
    WEEKDAYS_MONTHS,
    job_word,
)
from waic_reader.index.analysis.entities.shouted import shouted_surname
from waic_reader.index.analysis.entities.words import (
    NAME_SHAPED,
    SPEECH_AFTER,
    WORD_BEFORE,
    Unit,
    cue_label,
    given_word,
    is_title,
    opens_name,
    word_given,
)
from waic_reader.index.analysis.lexicon import NUMBER_WORDS, STOP_WORDS


def initial_job(run: list[Unit]) -> bool:
    """Whether a run of capitals at a sentence's start opens with a job or kinship word that
    describes the person named after it ("Striker Emre Kaya", "Widow Doreen", "Fisherman Olav
    Brekke"). A job word that is also a name ("Baker", "Mason", "Hunter": a given name or a
    surname) is one only before a full name, a given name and more ("Baker Ingrid Sorvaag"):
    "Baker Hughes" and "Baker said" stay names; so is a role noun (lexicons.ROLE_NOUNS: "Survivor
    Ana Lucía Ccori", "Survivor Jun-seo Park": a given name of two romanised syllables; "Victim
    Support" is a body)."""
    first = run[0].text
    low = first.lower()
    if len(run) < 2 or not (low in LOWER_TITLES or (low in KIN and low != "son")):
        return False
    if first in given_names() or first in GIVEN or low in ROLE_NOUNS:
        nxt = run[1].text
        # (a given name the lists know, or one of two romanised syllables joined by a hyphen,
        # Korean's and Chinese's: "Survivor Jun-seo Park", t13ao N3, was a FAC by "Park"; or a
        # family name written first, Vietnamese, Chinese or Korean: "Refugee Dang Thi Hong Nhung"
        # lost "Dang" to a name of five words opening with the role noun, round s49-e)
        return (
            len(run) >= 3
            and run[1].eid < 0
            and (
                nxt in given_names()
                or nxt in GIVEN
                or nxt in FAMILY_FIRST
                or nxt in VIETNAMESE_FAMILY
                or run[1].syllabic
            )
        )
    return True


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
_COMPOUND_JOBS = tuple(sorted(w for w in LOWER_TITLES if len(w) >= 5 and not w.endswith(_JOB_ENDINGS)))
_JOB_TAILS = _JOB_ENDINGS + _COMPOUND_JOBS


def _job_shaped(word: str) -> bool:
    """Whether a capitalised ``word`` (or its plural: "Operators", "Storemen") has a job word's
    ending (:data:`_JOB_ENDINGS`; no "-ment") or ends in a job word of the lexicon
    (:data:`_COMPOUND_JOBS`: "Stonemason"), is written as a common noun is (a capital, then lower
    case), and is no month ("September"), common word ("Other"), town ("Denver") nor kind word of
    a place or a building ("Center", "Tower"). Whether it is a name too ("Javier", "Porter") is the
    caller's (:func:`described_name`)."""
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
        and low not in COMMON_WORDS
        and low not in STOP_WORDS
        and word not in city_names()
        and word not in region_names()
        and word not in WEEKDAYS_MONTHS
        # a kind word of a place, a building, a law or an event ends a name ("Center", "Tower",
        # "Charter"); an organisation's may be a job too ("Guard": "Security Guard Will Hansen")
        and cue_label(word) in (None, "ORG")
    )


def _unlisted_given(given: str, surname: str, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``given`` and ``surname`` after a job word are a given name the name lists leave out
    and a surname, by their shape: "Engineer Per Rosvoll", "Watchman Even Kolstø", "Guard Will
    Berge" (given names that are also English words, "per", "even", "will"). Both words capitalised
    letters, the surname no word the text writes in lower case ("Nurse Practitioner Program") nor
    a common word ("Engineer Even More"), the given name no kind word nor number ("May", a month
    too, is a given name there: "Forklift Operator May Lund")."""
    return (
        NAME_SHAPED.fullmatch(given) is not None
        # a surname as prose writes it, or in capitals as lists do ("Train Driver Even HUSBY")
        and (NAME_SHAPED.fullmatch(surname) is not None or shouted_surname(surname))
        and len(given) >= 3  # "Reader Pg Hairul": two letters are an abbreviation ("Pg", "Dr", "St")
        and surname.lower() not in doc_lower
        and surname.lower() not in COMMON_WORDS
        and cue_label(given) is None
        and given.lower() not in NUMBER_WORDS
    )


def job_before_name(text: str, run: list[Unit], doc_lower: set[str] | frozenset[str] = frozenset()) -> int | None:
    """The index in ``run`` of the last word of a job phrase that the run's last two words, a given
    name and a surname, follow (:func:`described_name`): "Boiler Operator Tor Grimstad", "Security
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
    two = _described_at(text, run, k, run[-1], doc_lower)
    if two is not None:
        return two  # "Former Miner Gunnar Holt said": a job phrase and a name of two words
    if (particled := _job_then_particled_name(text, run, doc_lower)) is not None:
        return particled
    if (
        len(run) >= 4
        and _middle_name(run[-2], doc_lower)
        and text[run[-3].e : run[-2].s] == " "
        and SPEECH_AFTER.match(text, run[-1].e) is not None
    ):
        # a name of three words whose first is a given name the lists know, after a word that
        # describes the person: an honorific of another tradition no list holds ("Ogiame Lawrence
        # Ojara Abalo said"; issue #16, round s41-e: "Rwot Lawrence Ojara Abalo said" was no name
        # at all), the speech verb after it saying the words are one person's (in commas, a name
        # of four words: "His guide, Pasang Nuru Sherpa Lama, 29,")
        three = _described_at(text, run, k - 1, run[-1], doc_lower)
        if three is not None and (run[k].text in given_names() or run[k].text in GIVEN):
            return three
    return None


# Capitalised particles opening an Arabic or Berber surname as a word of their own ("Fatima El
# Idrissi", "Youssef Ben Salah", "Samira Ait Lahcen") or an Irish or Scottish one (GAELIC_PARTICLES:
# "Siobhán Ní Bhriain"; t13al-r N4: "Student Siobhán Ní Bhriain, 19," was no name), and the
# lower-case NAME_PARTICLES a surname opens with elsewhere ("Jan van Dijk").
_SURNAME_OPENERS = frozenset("El Al Ben Ait Aït Abu Bou Ould Ibn Bin".split()) | GAELIC_PARTICLES


def _job_then_particled_name(text: str, run: list[Unit], doc_lower: set[str] | frozenset[str]) -> int | None:
    """The index of a job or role word (lexicon job word, role noun or a job's ending:
    "Pensioner", "Shopkeeper") before a given name (one the lists know, or any name-shaped word
    when a speech verb or a description in commas follows) and a surname of two words that
    opens with a particle ("Pensioner Fatima El Idrissi, 71, said": t13al N4, no PERSON, as the
    age in commas read the job word as her first given name); else None. The particle makes the
    given name's place sure, so an age or a description after the name does not move it."""
    if len(run) < 4:
        return None
    job, given, particle, surname = run[-4], run[-3], run[-2], run[-1]
    if particle.text not in _SURNAME_OPENERS and particle.text.lower() not in NAME_PARTICLES:
        return None
    if any(text[a.e : b.s] != " " for a, b in zip(run[-4:], run[-3:], strict=False)):
        return None
    word = job.text
    # a given name the lists lack ("Siobhán", "Máire") when a speech verb or a description in
    # commas after the name says it is a person's (t13al-r N4: "Student Siobhán Ní Bhriain, 19,")
    cued = SPEECH_AFTER.match(text, surname.e) is not None or in_apposition(text, given.s, surname.e)
    return (
        len(run) - 4
        if job.eid < 0
        and given.eid < 0
        and (given.text in given_names() or given.text in GIVEN or (cued and _middle_name(given, doc_lower)))
        and word not in given_names()
        and (_job_word(word) or _job_shaped(word) or word.lower() in ROLE_NOUNS)
        and _middle_name(surname, doc_lower)
        else None
    )


def _middle_name(unit: Unit, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``unit`` may be a name's middle word: unknown to the gazetteer, shaped as a name's,
    and no title, kind, common word nor one the article writes in lower case."""
    word = unit.text
    return (
        unit.eid < 0
        and NAME_SHAPED.fullmatch(word) is not None
        and not is_title(word)[0]
        and cue_label(word) is None
        and word.lower() not in COMMON_WORDS
        and word.lower() not in doc_lower
        and word not in WEEKDAYS_MONTHS
    )


def _described_at(
    text: str, run: list[Unit], k: int, surname: Unit, doc_lower: set[str] | frozenset[str]
) -> int | None:
    """``k`` when ``run[k]`` is a job phrase's last word before the given name ``run[k + 1]`` and
    the name's last word ``surname`` (:func:`described_name`); else None."""
    job, given = run[k], run[k + 1]
    if (
        job.eid >= 0
        or given.eid >= 0
        or surname.eid >= 0
        or is_title(given.text)[0]
        or is_title(surname.text)[0]
        or cue_label(surname.text) is not None
        or text[job.e : given.s] != " "
        or text[given.e : run[k + 2].s] != " "
        or (k and text[run[k - 1].e : job.s] != " ")
    ):
        return None
    prev = run[k - 1].text if k else ""
    # the word before the run's first: a title or job there ("president Edem Kwasi Dzokoto")
    # holds the title slot already
    before = WORD_BEFORE.search(text, max(0, run[0].s - 40), run[0].s)
    lead = before.group(1) if before is not None else ""
    known = bool(k) and run[k - 1].eid >= 0
    apposed = in_apposition(text, run[0].s, surname.e)
    phrase = JobPhrase(prev, job.text, given.text, surname.text, doc_lower, lead, known, apposed)
    return k if described_name(phrase) else None


# A description after a name in commas: a lower-case word or an age (", president of", ", a
# lawyer", ", who", ", 29,"); and one before it, closed by the comma before the name ("His guide,")
_DESCRIPTION_AFTER = re.compile(r",\s+(?:[a-z]|\d)")
_DESCRIPTION_BEFORE = re.compile(r"\b[a-z][\w'’-]*,\s+$")
_DEPARTMENT_BEFORE = re.compile(r"\b(?:of|for)\s+$")


def in_apposition(text: str, start: int, end: int, ages: bool = True) -> bool:
    """Whether the name at ``text[start:end]`` stands in apposition, described in commas beside it:
    a comma after it, then a lower-case word or a number ("X, president of", "X, who retires",
    "X, 29,"), or a comma after it and a lower-case word and a comma before it ("His guide, X,
    29"). A person so described has no job word written before the name too ("Boatswain Arne
    Kvam said": the job is the description). ``ages=False``: a lower-case word after the comma
    only (a tabloid's word before a name opening a sentence takes an age: "Feisty Maureen
    Ollerton, 79, scooped"). Never after "of" or "for": the words are a title's department and
    a name ("Vice-Minister of Agriculture Aušra Mačiulienė, visiting")."""
    if _DEPARTMENT_BEFORE.search(text, max(0, start - 6), start) is not None:
        return False
    after = _DESCRIPTION_AFTER.match(text, end)
    if after is not None and (ages or not after.group().endswith(tuple("0123456789"))):
        return True
    if not ages:
        return False
    return text.startswith(",", end) and _DESCRIPTION_BEFORE.search(text, max(0, start - 40), start) is not None


@dataclass(frozen=True, slots=True)
class JobPhrase:
    """Three capitalised words that may be a job phrase's last word and a person's given name
    and surname ("Operator Tor Grimstad"), with the evidence around them that
    :func:`described_name` and :func:`_plain_describer` weigh (one set of fields for both)."""

    prev: str  # the word of the phrase before ``job`` ("Boiler"), or ""
    job: str
    given: str
    surname: str
    doc_lower: set[str] | frozenset[str]  # the words the article writes in lower case
    lead: str = ""  # the word before the phrase in the text, if any
    prev_known: bool = False  # ``prev`` is a gazetteer name ("Norwegian")
    apposed: bool = False  # the name is described in commas beside it (:func:`in_apposition`)


def described_name(phrase: JobPhrase) -> bool:
    """Whether the capitalised words ``job``, ``given``, ``surname`` of ``phrase`` are the last
    word of a job phrase and a person's given name and surname ("Operator Tor Grimstad");
    ``prev``: the word of the phrase before ``job`` ("Boiler"), or "". One rule, by evidence on
    each side:

    - the job word: a job word of the lexicon or its plural (:func:`_job_word`), or a word with a
      job word's ending (:func:`_job_shaped`: "Operator", "Guard", "Storeman", "Stonemason"), or
      else a plain capitalised word that is no name the lists know (:func:`_plain_describer`:
      "Boatswain", "Stevedore", "Coxswain": a job the lexicon lacks and no ending shows) before a
      given name and a surname that are no two given names;
    - the given name: a given name the lists know; after a job word of the lexicon, any pair of a
      name's shape (:func:`_unlisted_given`: "Engineer Per Rosvoll", "Diver Trygve Aas"); after
      any other job word, a given name the lists leave out as an English word
      (:func:`word_given`: "Operator Per Rød", "Guard Will Berge", "Steward Even Moen",
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
    prev, job, given, surname, doc_lower = phrase.prev, phrase.job, phrase.given, phrase.surname, phrase.doc_lower
    named = opens_name(job)
    if prev and named and given_word(prev):
        return False
    lexicon = _job_word(job)
    shaped = lexicon or _job_shaped(job)
    if not shaped and not _plain_describer(phrase):
        return False
    listed = given_word(given)
    # after a plain word, a given name that is a stop word is a short one ("Per", "Even", "Will",
    # "May"); a longer one is a preposition inside a body's name ("Action Against Hunger")
    worded = word_given(given) and (shaped or given in GIVEN_COMMON or len(given) <= 4)
    unlisted = _unlisted_given(given, surname, doc_lower) and (lexicon or worded)
    if named:
        # a modifier of a title ("Chief", "Head", "Senior") is no title alone before a word that
        # is a job too: the job is its head noun, so the given name follows ("Chief Steward Liv
        # Aasen"); a core title alone ("MP") stays before the given name ("MP Peter Githinji"),
        # and so does a common given name of the hand list ("Chief Peter Obi Okafor")
        head = bool(prev) and (
            (prev in TITLE_MOD and job not in GIVEN)
            or (not is_title(prev)[0] and not _job_word(prev) and not _job_shaped(prev))
        )
        return (lexicon and listed) or ((head or job.lower() in doc_lower) and (listed or unlisted))
    # a title's modifier ("Former", "Assistant") heads a job phrase ("Lab Assistant Even Brekke");
    # alone, only before a given name the lists know ("Former Black Stars captain")
    modifier = job in TITLE_MOD and not lexicon and not prev
    return listed or (not modifier and unlisted)


def vowel_final_given(word: str, doc_lower: set[str] | frozenset[str]) -> bool:
    """Whether ``word``, opening a sentence before a known given name and a surname, is a first
    given name by its shape: name-shaped, ending in "a", "i", "o" or "u" (as many African, Asian
    and Pacific names do: "Hlulani", "Tinyiko", "Nkululeko", and English words that describe a
    person seldom do: "Feisty", "Regular", "Brave"), neither a common word nor one the article
    writes in lower case. The one test of that shape: a sentence's opening word kept in the name
    (the recogniser's run) and the word before a given name that no job describes
    (:func:`_plain_describer`) ask it."""
    low = word.lower()
    return (
        len(word) >= 4
        and NAME_SHAPED.fullmatch(word) is not None
        and low[-1] in "aiou"
        and low not in COMMON_WORDS
        and low not in doc_lower
    )


# The words before a place a title is of: "Member for Torokina", "Governor of Manicaland".
_SEAT_BEFORE = frozenset({"for", "of"})


def _plain_describer(phrase: JobPhrase) -> bool:
    """Whether ``phrase.job``, a capitalised word that neither the job lexicon nor a job word's ending
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
    Djamila Tavares Lopes"). The surname is no common given name (:data:`GIVEN`) nor a word the
    article writes in lower case (``doc_lower``: "Thar Rice Mill", "Action Against Hunger"): "Abiy
    Ahmed Ali" is three words of one name, not a word and two. A gazetteer name among the words is
    the caller's to rule out (:func:`job_before_name`). Nor is the slot a job's when the name stands
    in apposition (``phrase.apposed``: "Fayaz Ahmad Lone, president of", "His guide, Pasang Nuru
    Sherpa, 29,") and the word opens the phrase: the description is there, and the word no list
    knows is the first given name (round s34-b; after a title's words, "Vice-Minister of
    Agriculture Aušra Mačiulienė, visiting", the word is the department's)."""
    prev, job, surname, lead = phrase.prev, phrase.job, phrase.surname, phrase.lead
    if phrase.apposed and not prev:
        return False
    if not prev and lead not in _SEAT_BEFORE and vowel_final_given(job, phrase.doc_lower):
        # "Azwindini Peter Ravele said": a first given name by its shape, as at a sentence's
        # start (round s40-e, a leftover of held-out 32: a PERSON "Peter Ravele"); after "for"
        # or "of" a title's seat ("Member for Torokina Patrick Nakou")
        return False
    low = job.lower()
    return (
        NAME_SHAPED.fullmatch(job) is not None
        and len(job) >= 3
        # an English noun of a trade no list has is written in English letters: a word with a
        # letter English lacks ("Xosé", "Ólafur", "Şahin") is a given name before a second one
        # (s30-l, heldout23: "said Xosé Manuel Outeiral" was a PERSON "Manuel Outeiral")
        and job.isascii()
        and not opens_name(job)
        and not (prev and opens_name(prev))
        # a common given name last is a name's third word; the long lists hold surnames too
        # ("Berg", "Holm", "Lien" are given names somewhere)
        and surname not in GIVEN
        and surname.lower() not in phrase.doc_lower
        # the word before it in the phrase describes too (a nationality, a title's modifier, a
        # job: "Norwegian Coxswain", "Senior Boatswain", "Ship Stevedore" has no such word) or
        # there is none; an unknown word before it makes a longer name ("Shwe Pyi Thar Rice
        # Mill"), and a core title holds the slot ("Captain Towhid Hasan Rony")
        and (
            not prev
            or phrase.prev_known
            or prev in TITLE_MOD
            or ((_job_word(prev) or _job_shaped(prev)) and not is_title(prev)[1])
        )
        and not (
            lead.islower() and (_job_word(lead) or _job_shaped(lead.capitalize()) or is_title(lead.capitalize())[0])
        )
        and low not in NAME_PARTICLES
        and low not in COMMON_WORDS
        and low not in STOP_WORDS
        and not low.endswith("ly")  # "Lately", "Previously": an adverb opens the sentence
        and job not in WEEKDAYS_MONTHS
        and job not in city_names()
        and job not in region_names()
        and cue_label(job) is None
    )


# A person's title, then "of" or "for" and the portfolio it holds ("Minister of Petroleum",
# "Secretary for Justice", "Commissioner of Fisheries and Oceans"); never "the" after it, where a
# body the title is of is named ("Governor of the Bank of England").
_OFFICE = re.compile(r"(?P<title>\S+) (?:of|for) (?!the\b)\S")


def title_office(name: str) -> bool:
    """Whether ``name`` is an office: a person's title of :data:`TITLE_CORE` and the portfolio after
    its "of" or "for" ("Minister of Petroleum", "Secretary for Justice"), which names an office, no
    organisation (OntoNotes; round s40-e, a leftover of held-out 32: an ORG "Minister of
    Petroleum" before the minister's name in commas)."""
    m = _OFFICE.match(name)
    return m is not None and m.group("title") in TITLE_CORE
