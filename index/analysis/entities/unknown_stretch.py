"""A stretch of capitalised words neither the gazetteer nor a cue around the run typed
(``unknown_stretch``): a person by a given name or a person's cue, a place by a place's cue or a
kind word after it, a firm by its family, an organisation's initials; else each word alone."""

from __future__ import annotations

import re
from typing import Any

from waic_reader.index.analysis.entities.context import OPENING_KINDS
from waic_reader.index.analysis.entities.emphasis import shouted_emphasis, shouted_run, styled_capitals
from waic_reader.index.analysis.entities.firms import family_firm
from waic_reader.index.analysis.entities.gazetteer import is_acronym
from waic_reader.index.analysis.entities.given_names import given_names
from waic_reader.index.analysis.entities.given_words import (
    apposed_person,
    modal_question,
    word_given_inside,
)
from waic_reader.index.analysis.entities.lexicons import (
    ADDRESS_TITLE,
    COMMON_WORDS,
    DEFINED_TERMS,
    FAMILY_FIRST,
    GIVEN,
    GIVEN_COMMON,
    KIN,
    LOWER_LANDFORM_KINDS,
    LOWER_TITLES,
    NAME_PARTICLES,
    NEWSPAPER_ARTICLES,
    PERSON_NOUNS,
    PLACE_KIND_AFTER,
    READER_NOUNS,
    SAY,
    STOP_ACRONYMS,
    SURNAME_PARTICLES,
    WEEKDAYS_MONTHS,
    agent_noun,
    job_word,
    open_agent_noun,
    title_cased,
    title_kind,
)
from waic_reader.index.analysis.entities.person_jobs import in_apposition
from waic_reader.index.analysis.entities.persons import (
    PERSON_APPOSITION,
    group_of_people,
    person_cue,
    shouted_person,
    title_is_verb,
)
from waic_reader.index.analysis.entities.places import (
    LANDFORM_KINDS,
    place_cue,
    placed_given_name,
    site_cue,
    street_word,
    the_listed_place,
)
from waic_reader.index.analysis.entities.shouted import clause_opening, shouted_surname, surname_first_place
from waic_reader.index.analysis.entities.words import (
    NAME_SHAPED,
    SPEECH_AFTER,
    Unit,
    cue_label,
    given_word,
    is_title,
    syllable,
    word_given,
)
from waic_reader.index.analysis.lexicon import NUMBER_WORDS
from waic_reader.index.corpus.letters import CAP, LOWER

# A Gaelic or Irish surname by its shape: "Sorley MacLean", "Aine McGrory", "Cian O'Dowd".
_GAELIC_SURNAME = re.compile(rf"(?:Mac|Mc|O['’]){CAP}[{LOWER}]+")


# Lower-case kinds of water and land after a name: "the Zala river", "the Okavango delta" (LOC).
_NATURE_KIND_AFTER = (
    frozenset(
        "river rivers delta estuary basin valley mountains peninsula plateau desert glacier lagoon gorge wetland".split()
    )
    | LANDFORM_KINDS
)


# The determiners before a relative or a person noun whose name follows ("his wife, X", "A reader, X").
_KIN_DETERMINERS = frozenset("his her their my our your its a an the".split())
_POSSESSIVES = frozenset("his her their my our your".split())


def _kin_noun(word: str, plural: bool = False) -> bool:
    """Whether ``word`` is a relative or a person noun ("wife", "neighbour", "reader"), or with
    ``plural`` their plural ("sons", "daughters", "children")."""
    if plural:
        return word in ("children", "grandchildren", "parents") or (word.endswith("s") and word[:-1] in KIN)
    return word in KIN or word in PERSON_NOUNS or word in READER_NOUNS


def kin_apposed(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the one capitalised word ``toks[i:j]`` is named in apposition to a relative or a
    person noun after a determiner: between commas or before a full stop ("His wife, Sharadamma,
    died", "his mother, Kunti.", "A reader, Gulnara, writes"), the second of two after a plural
    ("his sons, Raghavendra and Venkatesha,"; the first is followed by "and"), or straight after a
    possessive and a person noun ("My neighbour Timur drove"; a relative straight before a name is
    read already, "her daughter Lucía")."""
    nxt = toks[j][2] if j < len(toks) else ""

    def noun_at(k: int, plural: bool = False) -> bool:
        return k >= 1 and _kin_noun(toks[k][2], plural) and toks[k - 1][2].lower() in _KIN_DETERMINERS

    if nxt in (",", ".", ";", "and") and _kin_list(toks, i):
        return True  # "survived by their children, Marcelino, Eufemia and Cyril", "two sons, Kofi and Yaw"
    if i >= 3 and toks[i - 1][2] == "," and nxt in (",", ".", ";"):
        return noun_at(i - 2)
    if i >= 3 and toks[i - 1][2] == "," and nxt == "and":
        return noun_at(i - 2, plural=True)
    if i >= 5 and toks[i - 1][2] == "and" and toks[i - 3][2] == "," and nxt in (",", ".", ";"):
        return toks[i - 2][2][:1].isupper() and noun_at(i - 4, plural=True)
    return i >= 2 and toks[i - 1][2] in PERSON_NOUNS and toks[i - 2][2].lower() in _POSSESSIVES


def _kin_list(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the capitalised word at token ``i`` is an item of a list of one-word names after
    relatives in the plural and a comma, counted or after a determiner: "survived by their
    children, Marcelino, Eufemia and Cyril", "She leaves two sons, Kofi and Yaw" (round s34-b:
    three names, or a count, were read as no name). The items before it are capitalised words
    joined by commas and a last "and" (", and" too)."""
    k = i - 1
    while k >= 3:
        t = toks[k][2]
        if t not in (",", "and"):
            return False
        if t == "and" and toks[k - 1][2] == ",":
            k -= 1  # "A, B, and C"
        before = toks[k - 1][2]
        if toks[k][2] == "," and _kin_noun(before, plural=True):
            det = toks[k - 2][2].lower()
            return det in _KIN_DETERMINERS or det in NUMBER_WORDS
        if not (before[:1].isupper() and before.isalpha()):
            return False
        k -= 2
    return False


# Words said to someone before their name and a comma ("Thank you, Almaz", "Yes, Gulnara", "well
# done, Timur"): the name after them is a person addressed, the last word or two before the comma.
_VOCATIVE_WORDS = frozenset(
    {("thank", "you"), ("thanks",), ("done",), ("yes",), ("hello",), ("hi",), ("congratulations",), ("goodbye",)}
)


def vocative(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the one capitalised word ``toks[i:j]`` is a person addressed: after words said to
    someone and a comma (:data:`_VOCATIVE_WORDS`), before a comma or the sentence's end ("Thank
    you, Almaz, and thank you to the bakery", "Yes, Gulnara.", "and well done, Timur.")."""
    if i < 2 or toks[i - 1][2] != "," or j >= len(toks) or toks[j][2] not in (",", ".", "!", "?", ";"):
        return False
    one = (toks[i - 2][2].lower(),)
    two = (toks[i - 3][2].lower(), one[0]) if i >= 3 else one
    if one == ("done",):
        return i >= 3 and toks[i - 3][2].lower() == "well"
    return one in _VOCATIVE_WORDS or two in _VOCATIVE_WORDS


# A word of a person's name by its shape: capitalised, then lower case, parts joined by a hyphen
# or an apostrophe ("Munkhzul", "Murray-Bell", "O'Rourke"), no initial, no acronym.
_NAME_WORD = re.compile(rf"{CAP}[{LOWER}]+(?:[-'’]{CAP}?[{LOWER}]+)*")
# A surname by its ending, of the languages that build surnames with a suffix: Russian and the
# Caucasus's "-ov", "-ev", "-ova", "-eva", "-in(a)" after "-ov" ("Kokoev", "Israilov",
# "Saidulaeva"), East Slavic "-enko", "-uk", "-chuk", "-vich", "-ouski", Georgian "-shvili", "-dze",
# "-ia", Armenian "-yan", "-ian", Romanian "-escu", South Slavic "-ić", "-ović", Greek "-poulos",
# "-akis", "-idis", Turkish "-oğlu", "-oglu" (round s33-c: heldout26's "Zaurbek Kokoev",
# "Zelimkhan Israilov", "Soslan Tedtoev" were no name).
_SUFFIXED_SURNAME = re.compile(
    rf"{CAP}[{LOWER}]+(?:[{LOWER}](?:ov|ev|yov|yev|ova|eva|yova|yeva|enko|chuk|vich|ouski|owski|ovski)"
    rf"|shvili|dze|[{LOWER}]{{2}}yan|escu|ović|ević|poulos|akis|idis|oğlu|oglu)"
)
# A person's cue right after a name: a speech verb ("said", ", told") or an age (", 34,").
AGE_AFTER = re.compile(r", \d{1,3}(?:,| years? old\b)")


def _role_then_cued_name(text: str, stretch: list[Unit], words_: list[str]) -> int:
    """How many units (two or three) at the end of ``stretch`` are a person's name after the
    words of a role (a title, an acronym, a job or common word: "Minister for Industry", "MEC",
    "Oceanographer"), the stretch followed by a person's cue (a speech verb, an age): each unit
    an unknown word shaped as a name's (:data:`_NAME_WORD`) that is no title, job, common,
    weekday, month or kind word, one space apart. 0 when there is none."""
    e = stretch[-1].e
    if SPEECH_AFTER.match(text, e) is None and AGE_AFTER.match(text, e) is None:
        return 0
    for k in (3, 2):
        if len(stretch) <= k:
            continue
        tail, role = stretch[-k:], words_[-k - 1]
        if k == 3 and not (is_acronym(role) or is_title(role)[1] or job_word(role)):
            continue  # three words after a core title, an acronym or a job only ("Affairs Mads X")
        if not (
            is_acronym(role)
            or role.lower() in COMMON_WORDS
            or is_title(role)[0]
            or job_word(role)
            or cue_label(role) is not None  # "Minister of Mineral Resources X Y said"
        ):
            continue
        if any(text[a.e : b.s] != " " for a, b in zip(tail, tail[1:], strict=False)):
            continue
        if all(
            u.eid < 0
            and _NAME_WORD.fullmatch(u.text) is not None
            and u.text.lower() not in COMMON_WORDS
            and not is_title(u.text)[0]
            and not job_word(u.text)
            and cue_label(u.text) is None
            and u.text not in WEEKDAYS_MONTHS
            for u in tail
        ):
            return k
    return 0


# Words before a name that make it a place's or a thing's rather than a person's: a determiner, a
# preposition of place or of a longer name, a particle of another language's ("the Upper Lars",
# "from Castle Bruce", "on Astro Awani", "Feast of St Nicholas", "Forestal y de Fauna Silvestre").
_NO_PERSON_BEFORE = frozenset(
    "the a an this that its their in at near from to into onto on of across through via de del da di du la le y".split()
)


def _unlisted_person(
    toks: list[tuple[int, int, str]], stretch: list[Unit], words_: list[str], joins: list[str], doc_lower: set[str]
) -> bool:
    """Whether a stretch of two unknown words (no gazetteer name, no cue word, no word the article
    writes in lower case, one space apart) is a person's name by its words alone: a surname by
    its ending after a word shaped as a name's (:data:`_SUFFIXED_SURNAME`: "Zaurbek Kokoev",
    "Tamar Beridzeshvili"), or a family name written first and a given name after it, as in
    Rwanda, Burundi, Hungary and East Asia ("Nshuti Innocent", "Hakizimana Didier"): the first
    word no given name, the second one (:func:`given_names`), after a word in lower case inside a
    sentence that is no determiner nor preposition of place (:data:`_NO_PERSON_BEFORE`; "Reader
    Maggie", "Consul Teresita" open a line or a sentence with a role)."""
    if len(stretch) != 2 or joins[0] != "" or any(u.eid >= 0 for u in stretch):
        return False
    first, last = words_
    if not all(_unknown_name_word(w, doc_lower) for w in words_):
        return False
    if _SUFFIXED_SURNAME.fullmatch(last) is not None:
        return True
    i = stretch[0].i
    prev = toks[i - 1][2] if i else ""
    return (
        (last in given_names() or last in GIVEN)
        and first not in given_names()
        and first not in GIVEN
        and prev.isalpha()
        and prev.islower()
        and prev not in _NO_PERSON_BEFORE
    )


def _unknown_name_word(word: str, doc_lower: set[str]) -> bool:
    """Whether ``word`` is shaped as a name's and is no common, title, cue, weekday or month word,
    nor one the article writes in lower case: a word of a name no list knows."""
    return not (
        _NAME_WORD.fullmatch(word) is None
        or word.lower() in doc_lower
        or word.lower() in COMMON_WORDS
        or cue_label(word) is not None
        or is_title(word)[0]
        or word in WEEKDAYS_MONTHS
    )


def _apposed_three_part_name(
    text: str, stretch: list[Unit], words_: list[str], joins: list[str], doc_lower: set[str]
) -> bool:
    """Whether three unknown words one space apart are a person's first given name, a given name
    the lists know and a surname, by the description beside them in commas
    (:func:`~waic_reader.index.analysis.entities.person_jobs.in_apposition`): "replacing Bashir
    Ahmad Kuchay, who retires", "The minister, Abdourahamane Moussa Kané, arrived". Every word is
    shaped as a name's and no common, title, cue or lower-case word of the article."""
    if len(stretch) != 3 or any(j != "" for j in joins) or any(u.eid >= 0 for u in stretch):
        return False
    if not (words_[1] in given_names() or words_[1] in GIVEN):
        return False
    if not all(_unknown_name_word(w, doc_lower) for w in words_):
        return False
    return in_apposition(text, stretch[0].s, stretch[-1].e)


def _one_by_one(stretch: list[Unit], emit: Any, singles: list[tuple[int, int, str]]) -> None:
    """Read ``stretch`` as a row of single words: an acronym an organisation, any other word left
    to the single-word rules."""
    for u in stretch:
        if is_acronym(u.text) and u.text.replace(".", "") not in STOP_ACRONYMS:
            emit(u.s, u.e, "ORG")
        else:
            singles.append((u.s, u.e, u.text))


def unknown_stretch(
    text: str,
    toks: list[tuple[int, int, str]],
    stretch: list[Unit],
    initial: list[bool],
    doc_lower: set[str],
    emit: Any,
    singles: list[tuple[int, int, str]],
    lead: bool = False,
) -> None:
    """Type a stretch of unknown capitalised words. ``lead``: a nationality or a country's
    possessive stands right before it ("Ethiopian Tesfaye Alemu", "Japan's Kenta Morishita")."""
    words_ = [u.text for u in stretch]
    while words_ and words_[0].replace(".", "") in STOP_ACRONYMS:
        stretch, words_ = stretch[1:], words_[1:]
    while words_ and words_[-1].replace(".", "") in STOP_ACRONYMS:
        stretch, words_ = stretch[:-1], words_[:-1]
    if not stretch or styled_capitals(toks, stretch[0].i, stretch[-1].j):
        return  # (a console's styled banner: "\x1b[31mRED ALERT" names nothing)
    if (
        3 <= len(stretch) <= 4
        and title_kind(words_[0]) == ADDRESS_TITLE
        and all(_unknown_name_word(w, doc_lower) and w not in STOP_ACRONYMS for w in words_[1:])
        and all(text[a.e : b.s] == " " for a, b in zip(stretch, stretch[1:], strict=False))
    ):
        # a word of address before a name of two or three words ("Mir Hasil Khan Bizenjo said",
        # "Pu Lal Thanzara Sailo"): the person, the word outside (round s37-e, heldout30's "Mir
        # Jehanzeb Gichki"; a name of three words after one was no name at all)
        emit(stretch[1].s, stretch[-1].e, "PERSON")
        return
    if len(stretch) >= 2 and words_[0] in OPENING_KINDS and clause_opening(toks, stretch[0].i, initial):
        # "Operator Ferrovias Andinas said", "Regulator Ositran said": a kind of body opening the
        # sentence is outside the name and types it (t13r F9: a PERSON "Operator Ferrovias Andinas")
        emit(stretch[1].s, stretch[-1].e, "ORG")
        return
    if (
        stretch[-1].j < len(toks)
        and toks[stretch[-1].j][2] in _NATURE_KIND_AFTER
        and not (stretch[-1].j + 1 < len(toks) and toks[stretch[-1].j + 1][2] == "of")  # "X range of curd"
        and not any(is_acronym(w) or w in WEEKDAYS_MONTHS for w in words_)
    ):
        emit(stretch[0].s, stretch[-1].e, "LOC")  # "the Zala river", "the Orvo delta": a river, a landform
        return
    if (
        stretch[0].i
        and toks[stretch[0].i - 1][2] in LOWER_LANDFORM_KINDS
        and not initial[stretch[0].i]
        and not any(is_acronym(w) or w in WEEKDAYS_MONTHS for w in words_)
    ):
        # "du mont Keldra", "del monte Keldra", "el río Ebro": a landform's kind in lower case
        # before its name in another language (t13ac M16, round s36-x4)
        emit(stretch[0].s, stretch[-1].e, "LOC")
        return
    if len(stretch) == 1:
        u = stretch[0]
        w = u.text
        if is_acronym(w):
            # "EF-2", "SR-71": a grade or a model
            if (
                not re.match(r"-\d", text[u.e : u.e + 2])
                and not shouted_emphasis(toks, u.i, u.j, text)
                and not shouted_run(toks, u.i, u.j)
            ):
                emit(u.s, u.e, "ORG")
            return
        if w in WEEKDAYS_MONTHS:
            return
        nxt = toks[u.j][2] if u.j < len(toks) else ""
        after = toks[u.j + 1][2] if u.j + 1 < len(toks) else ""
        if the_listed_place(toks, stretch):
            emit(u.s, u.e, "LOC")  # "one mine in the Atacama": a desert, a river, a region
            return
        if place_cue(text, toks, stretch, initial):
            emit(u.s, u.e, "GPE")
            return
        if street_word(w) and not initial[u.i]:
            # "on the Kornmarkt", "on Schillerplatz": a square, a street (where no place's cue read a
            # town: "flights to Neumarkt")
            emit(u.s, u.e, "FAC")
            return
        prev = toks[u.i - 1][2].lower() if u.i else ""
        if prev == "the" and cue_label(w) == "ORG":
            if w in DEFINED_TERMS and not re.search(rf"(?<![\w'’.&-])(?!The |THE ){CAP}[\w'’.&-]* {w}\b", text):
                return  # '("Hidroandina" or "the Company")': a defined term, no name (t13p F10)
            emit(u.s, u.e, "ORG")  # "the Agency said": a short form of an organisation named before
            return
        if (nxt in SAY or (nxt == "," and after in SAY)) and prev != "of" and cue_label(w) == "ORG":
            return  # "Police said", "Hospitals said": a body by its kind word alone, no name
        if apposed_person(toks, u.j) and w.lower() not in COMMON_WORDS and cue_label(w) != "ORG":
            emit(u.s, u.e, "PERSON")  # "Ueda, the harbour master, said": a person's job in commas
            return
        if (nxt in SAY or (nxt == "," and after in SAY)) and group_of_people(text, w):
            return  # "… (AP) - Women said", '"…," Engineers said': a group of people, no name (t13m F1)
        if nxt in SAY or (nxt == "," and after in SAY):
            # "the Inspector General of Police said", "Marcus Tan of Bernstein said", "the chairman
            # of X said": the body the speaker (a title, a job or a name) is of, no person; but
            # "a cousin of X said", "the mother of X said": a relative's X is a person
            speaker = toks[u.i - 2][2] if prev == "of" and u.i >= 2 else ""
            body = (speaker[:1].isupper() or speaker in LOWER_TITLES) and (
                speaker.lower() not in KIN and speaker.lower() not in PERSON_NOUNS
            )
            emit(u.s, u.e, "ORG" if body else "PERSON")
            return
        if prev == "named" and u.i >= 2 and (toks[u.i - 2][2] in PERSON_NOUNS or toks[u.i - 2][2] in LOWER_TITLES):
            emit(u.s, u.e, "PERSON")  # "belonged to a man named Khaemwaset": one name, as "a man named X Y"
            return
        if (
            prev == ","
            and nxt == ","
            and u.i >= 2
            and toks[u.i - 2][2] in PERSON_APPOSITION
            and w.lower() not in COMMON_WORDS
        ):
            emit(u.s, u.e, "PERSON")  # "giving the narrator, Morag, three bodies"
            return
        if (
            w.lower() not in COMMON_WORDS
            and not initial[u.i]
            and (vocative(toks, u.i, u.j) or kin_apposed(toks, u.i, u.j))
            # (a name the article also writes opening a longer one is that one's short form:
            # "Karthik Ramaswamy: …" then "Thank you, Karthik.")
            and re.search(rf"(?<![\w'’-]){re.escape(w)} {CAP}", text) is None
        ):
            # "Thank you, Almaz, and", "Yes, Gulnara.", "well done, Timur."; "His wife, Sharadamma,
            # died", "her sons, Joel and Gabriel,"
            emit(u.s, u.e, "PERSON")
            return
        if (
            not initial[u.i]
            and w.lower() not in COMMON_WORDS
            and (prev in KIN or agent_noun(prev, toks[u.i - 2][2] if u.i >= 2 else ""))
            # (an "-ist" noun alone names a person's first name only if it is one: "the
            # environmentalist Greenpeace" is a body; round s38-z2)
            and not (open_agent_noun(prev, toks[u.i - 2][2] if u.i >= 2 else "") and not given_word(w))
        ):
            if toks[u.i - 1][2].islower() and not title_is_verb(toks, u.i - 1):
                emit(u.s, u.e, "PERSON")  # "coach Hakan", "her daughter Lucía": a first name
                return
        if (
            AGE_AFTER.match(text, u.e) is not None
            and _NAME_WORD.fullmatch(w) is not None
            and w.lower() not in COMMON_WORDS
            and w.lower() not in doc_lower
            and cue_label(w) is None
            and not is_title(w)[0]
        ):
            # "Niyonzima, 22, from Huye, wins", "Japaridze, 38, said": a name and an age after it
            # is a person's, the surname of one named in full or a given name alone (round s33-c:
            # heldout26's "Niyonzima, 22," and "Rodel, 44," were no name)
            emit(u.s, u.e, "PERSON")
            return
        singles.append((u.s, u.e, w))
        return
    joins = [text[a.e : b.s].strip() for a, b in zip(stretch, stretch[1:], strict=False)]
    if len(stretch) <= 5 and any(j in ("bin", "bint", "ibn") for j in joins) and not any(cue_label(w) for w in words_):
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Faisal bin Hamad Al Busaidi": a patronymic
        return
    if (
        len(stretch) == 2
        and _GAELIC_SURNAME.fullmatch(words_[1])
        and not cue_label(words_[0])
        and not is_title(words_[0])[0]
    ):
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Sorley MacLean": a surname by its shape
        return
    if len(stretch) == 2 and words_[0].lower() in NAME_PARTICLES and joins[0] in NAME_PARTICLES:
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Van der Linden", "De la Puente"
        return
    if len(stretch) == 2 and any(u.syllabic for u in stretch) and all(syllable(w.split("-")[0]) for w in words_):
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Bae Dong-hyun", "Min-jun Park"
        return
    if (
        len(stretch) == 2
        and all(u.eid < 0 for u in stretch)
        and joins[0] == ""
        and (
            given_word(words_[0])
            # a given name that is a word ("Will TANGEN", "Even HUSBY"): a name where no
            # sentence's start capitalises it, or where it speaks (t13j F17)
            or (
                word_given(words_[0])
                and (not initial[stretch[0].i] or SPEECH_AFTER.match(text, stretch[-1].e) is not None)
            )
        )
        and not words_[0].isupper()
        and shouted_surname(words_[1])
        and words_[1] not in STOP_ACRONYMS
        and words_[1].lower() not in doc_lower
    ):
        # "The mayor, Trine HOLMEN, visited": a surname in capitals after a given name, as
        # some outlets and official lists write it; keyed as prose writes it (t13i F10)
        emit(stretch[0].s, stretch[-1].e, "PERSON")
        return
    if (
        len(stretch) == 2
        and all(u.eid < 0 for u in stretch)
        and joins[0] == ""
        and shouted_surname(words_[0])
        and words_[0] not in STOP_ACRONYMS
        and words_[0].lower() not in doc_lower
        and NAME_SHAPED.fullmatch(words_[1]) is not None
        and words_[1].lower() not in COMMON_WORDS
        and cue_label(words_[1]) is None
        and not is_title(words_[1])[0]
        and surname_first_place(text, toks, stretch[0].i, stretch[-1].j, initial, doc_lower)
    ):
        # "Japanese ambassador YAMADA Taro met the governor": a surname in capitals before the
        # given name, as East Asian names are written in their own order (t13p F9: an ORG
        # "YAMADA"); keyed given name first by the one rule of that order (shouted.surname_written),
        # so "Mr. Yamada" and who:"Taro Yamada" are that person
        emit(stretch[0].s, stretch[-1].e, "PERSON")
        return
    if len(stretch) in (2, 3) and not any(joins) and shouted_person(text, toks, stretch, doc_lower):
        # "Later EVEN HAUGLAND spoke", "heard from MAY OSEN, who chairs": a person's name fully
        # in capitals inside prose, keyed as prose writes it (t13k F4: an ORG "EVEN", "MAY")
        emit(stretch[0].s, stretch[-1].e, "PERSON", written=title_cased(" ".join(words_)))
        return
    if len(stretch) == 2 and joins[0] == "" and word_given_inside(text, toks, stretch, initial, doc_lower):
        # "thanked Even Husby on Sunday", "met May Strand": a given name that is a word, inside
        # a sentence after a word in lower case (t13j F17/F19)
        emit(stretch[0].s, stretch[-1].e, "PERSON")
        return
    if k := _role_then_cued_name(text, stretch, words_):
        # "Minister of Mining and Heavy Industry Tserendorj Munkhzul said", "Provincial
        # Agriculture MEC Patience Arendse said": the name after the role's words is a
        # person's by the cue after it (a speech verb, an age), whatever lists hold its words;
        # the role's words are read as a row of single words
        emit(stretch[-k].s, stretch[-1].e, "PERSON")
        stretch, words_ = stretch[:-k], words_[:-k]
        _one_by_one(stretch, emit, singles)
        return
    if shouted_run(toks, stretch[0].i, stretch[-1].j):
        return  # "issued a FLOOD WARNING for the valley": shouted words in prose name nothing
    if any(is_acronym(w) or w.lower() in COMMON_WORDS or is_title(w)[0] for w in words_):
        _one_by_one(stretch, emit, singles)
        return
    if any(w in WEEKDAYS_MONTHS for w in words_):
        return
    if stretch[-1].j < len(toks) and toks[stretch[-1].j][2] in PLACE_KIND_AFTER:
        emit(stretch[0].s, stretch[-1].e, "GPE")  # "Quang Ninh province": before any given name
        return
    if len(stretch) <= 3 and site_cue(toks, stretch, initial):
        emit(stretch[0].s, stretch[-1].e, "GPE")  # "boats at Salybia", "west of Cap Gris-Nez": before a given name
        return
    if len(stretch) >= 2 and modal_question(text, toks, stretch, initial):
        # "Will Lyng resign?": the modal opening a question, the name after it on its own
        # (t13k F13: a PERSON "Will Lyng")
        unknown_stretch(text, toks, stretch[1:], initial, doc_lower, emit, singles, lead)
        return
    # a paper's article inside the run, and a job noun after it: a person and the outlet they
    # write for ("Ana Lopez La Nación columnist", "Jan de Vries De Telegraaf reporter": round s38-z2,
    # review s38-rv finding 12), never one name holding a surname's particle
    nxt = toks[stretch[-1].j][2] if stretch[-1].j < len(toks) else ""
    if len(stretch) >= 3 and nxt.islower() and (agent_noun(nxt) or nxt in LOWER_TITLES):
        cut = next((p for p in range(2, len(stretch)) if words_[p] in NEWSPAPER_ARTICLES), 0)
        if cut:
            unknown_stretch(text, toks, stretch[:cut], initial, doc_lower, emit, singles, lead)
            unknown_stretch(text, toks, stretch[cut:], initial, doc_lower, emit, singles, lead)
            return
    # a surname's particle written capitalised inside the name, neither its first word nor its last
    particled = any(w in SURNAME_PARTICLES for w in words_[1:-1])
    if (
        len(stretch) <= 3
        and (
            words_[0] in GIVEN
            or words_[0] in FAMILY_FIRST
            or words_[0] in GIVEN_COMMON
            # A given name of any language before a surname ("Agata Kowalczyk"), unless the
            # article also writes it as a word ("Summer Palace" beside "last summer").
            or (
                len(stretch) >= 2
                and words_[0] in given_names()
                and words_[0].lower() not in doc_lower
                and not any(cue_label(w) for w in words_[1:])  # "Trinity College" is no person
            )
        )
    ):
        # "his school in Villa Adela", "shops in Fancy Bazar": a place by where it stands; a
        # family name written first opens many an Asian place's name too ("Long Xuyen", "Kim
        # Son"): a place cue beats it ("flew to Long Xuyen", review s49-rv finding 7)
        placed = placed_given_name(text, toks, stretch) or (
            words_[0] in FAMILY_FIRST
            and words_[0] not in GIVEN
            and words_[0] not in given_names()
            and place_cue(text, toks, stretch, initial)
        )
        emit(stretch[0].s, stretch[-1].e, "GPE" if placed else "PERSON")
    elif (
        4 <= len(stretch) <= (6 if particled else 5)
        and (words_[0] in given_names() or words_[0] in GIVEN or words_[0] in FAMILY_FIRST)
        and words_[0].lower() not in doc_lower
        # a second given name ("Juan Ignacio Pérez Aldao") or a surname's particle ("Raimundo
        # Nonato dos Santos Barreto", capitalised: "Carmela Di Stefano Lo Presti", "Ana De La Cruz
        # Del Rio": round s38-e): a person named in full, not a firm of four words
        and (
            words_[1] in given_names()
            or words_[1] in GIVEN
            or any(j in NAME_PARTICLES for j in joins)
            or particled
            # given names of one syllable each no list holds, after a first one it holds, and a
            # surname, that speak or are described ("Thi Bich Ngoc Tran said", "Nguyen Thi Minh
            # Khai, a nurse,": a Vietnamese name of four parts; issue #16, round s48-n, t13ap N9:
            # the lone "Tran" was the person)
            or (
                len(stretch) == 4
                and not any(joins)
                and all(_unknown_name_word(w, doc_lower) for w in words_)
                and person_cue(toks, stretch, words_, weak=True)
            )
        )
        and not any(cue_label(w) or w in WEEKDAYS_MONTHS for w in words_)
    ):
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # a person's full name of four to six words
    elif place_cue(text, toks, stretch, initial):
        emit(stretch[0].s, stretch[-1].e, "GPE")
    elif len(stretch) == 2 and all(u.eid < 0 for u in stretch) and family_firm(text, words_):
        # "Falkum Entreprenør said it ..." beside "Falkum said she ...": a firm named after a
        # family the article names a person of (t13j F2; was a person taking her words)
        emit(stretch[0].s, stretch[-1].e, "ORG")
    elif len(stretch) <= 3 and person_cue(toks, stretch, words_, weak=True):
        emit(stretch[0].s, stretch[-1].e, "PERSON")
    elif _apposed_three_part_name(text, stretch, words_, joins, doc_lower):
        # "appointed Nusrat Jan Shah, formerly of", "His guide, Pasang Nuru Sherpa, 29,": a given
        # name the lists know between a first given name they lack and a surname (round s34-b)
        emit(stretch[0].s, stretch[-1].e, "PERSON")
    elif lead and len(stretch) == 2 and not initial[stretch[0].i] and not any(cue_label(w) for w in words_):
        emit(stretch[0].s, stretch[-1].e, "PERSON")  # "Ethiopian Tesfaye Alemu"
    elif _unlisted_person(toks, stretch, words_, joins, doc_lower):
        # "Earlier, Zaurbek Kokoev of Alania took the title": a surname by its ending; "team-mate
        # Hakizimana Didier pacing him": the family name first, a given name after it
        emit(stretch[0].s, stretch[-1].e, "PERSON")
    else:
        for u in stretch:
            singles.append((u.s, u.e, u.text))
