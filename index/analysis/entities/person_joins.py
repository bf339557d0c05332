"""People the corpus names more than one way, joined across articles: a compound surname written
with spaces and with hyphens (``hyphen_variants``), a lone surname, a given name and surname, or a
given name and first surname joined to the one longer name they shorten (``surname_aliases``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from waic_reader.index.analysis.entities.firm_homes import firm_named
from waic_reader.index.analysis.entities.mentions import key_form

_PLACE_LABELS = frozenset({"gpe", "loc", "fac"})  # folded (key_form) labels of places


# A hyphen between two letters of a name ("Vargas-Huamán", "Jean-Pierre").
_NAME_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def hyphen_variants(keys: Iterable[str]) -> dict[str, str]:
    """A person's name written with spaces where the corpus writes it with hyphens ("Elena
    Vargas Huaman" beside "Elena Vargas-Huamán": a compound surname written both ways, t13o F4),
    or a given name written joined where the corpus writes it with a hyphen or a space ("Kim
    Minjun" beside "Kim Min-jun" and "Kim Min Jun", "Jeanluc Picard" beside "Jean-Luc Picard":
    :func:`_joined_given`): the folded key (:func:`key_form`) of each other spelling → the key of
    the hyphened one (the one with the most hyphens, then the most words, then the first in
    order)."""
    people = list(dict.fromkeys(k for k in keys if k.startswith("PERSON:")))
    # one spelling of a person, grouped by its letters (union of both rules)
    parent: dict[str, str] = {}

    def root(k: str) -> str:
        while parent.get(k, k) != k:
            k = parent[k]
        return k

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[rb] = ra

    spaced: dict[str, str] = {}
    for key in people:
        first = spaced.setdefault(key_form(_NAME_HYPHEN.sub(" ", key)), key)
        join(first, key)
    for group in _joined_given(people):
        for key in group[1:]:
            join(group[0], key)
    variants: dict[str, list[str]] = {}
    for key in people:
        variants.setdefault(root(key), []).append(key)
    out: dict[str, str] = {}
    for group in variants.values():
        forms = {key_form(k): k for k in group}
        if len(forms) < 2:
            continue
        home = max(sorted(forms.values()), key=lambda k: (k.count("-"), len(k.split())))
        out.update({form: home for form in forms if form != key_form(home)})
    return out


# The fewest letters a given name written joined must have to join its spelling with a hyphen
# or a space ("Minjun", "Xiping", "Jeanluc"; never "Li Na" and "Lina").
_MIN_JOINED_GIVEN = 4


def _joined_given(keys: Iterable[str]) -> list[list[str]]:
    """The PERSON ``keys`` naming one person whose given name one writes joined and another with
    a hyphen or a space (issue #13, round s32-p: "Kim Minjun", "Kim Min-jun", "Kim Min Jun"):
    equal folded once the hyphens and spaces inside the given name are dropped, the surname one
    same word of each, first ("Kim") or last ("Picard"), and the given name of at least
    :data:`_MIN_JOINED_GIVEN` letters. Conservative: a group whose spellings share no one
    surname word at the same end (the letters split another way, "Kim Minjun" beside "Kimmin
    Jun") is left apart."""
    by_letters: dict[str, list[tuple[str, list[str]]]] = {}
    for key in keys:
        words = key_form(key).partition(":")[2].split()  # (a hyphened word is one word here)
        letters = "".join(_NAME_HYPHEN.sub("", " ".join(words)).split())
        if len(words) >= 2:
            by_letters.setdefault(letters, []).append((key, words))
    out: list[list[str]] = []
    for letters, spellings in by_letters.items():
        if len({key_form(k) for k, _ in spellings}) < 2:
            continue
        for end in (0, -1):
            surname = spellings[0][1][end]
            given = len(letters) - len(_NAME_HYPHEN.sub("", surname))
            if all(words[end] == surname for _k, words in spellings) and given >= _MIN_JOINED_GIVEN:
                out.append([k for k, _ in spellings])
                break
    return out


def surname_aliases(keys: Iterable[str]) -> dict[str, str]:
    """The corpus's surnames that name one person: the folded key of each one-word PERSON
    (``key_form("PERSON:Korvan")``) → the key of the one person of two words or more whose last
    word it is ("PERSON:Ilse Korvan"), when no other person has that surname ("Jan Korvan": which
    one is meant is not known) and no entity of another kind but a place is named by the word
    ("ORG:Korvan"; "GPE:Korvan", a town, leaves the lone person a person).

    Inside an article the recogniser already gives a surname its person's key ("Korvan said",
    after "Ilse Korvan"); this joins an article that names the person by surname only ("Minister
    Korvan will chair talks") to the others, wherever entities are grouped across articles (the
    entity list and matrix, the timeline's firsts, ``who:`` search).

    A two-word person ("PERSON:Rui Lourenço") likewise → the one person of three words or more
    opening with its given name and ending with its surname ("PERSON:Rui Patrício Lourenço"),
    when no other does (t13n F4)."""
    spelled: dict[str, str] = {}  # folded key → the key as first seen
    for key in keys:
        spelled.setdefault(key_form(key), key)
    by_surname: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # folded one-word name → labels naming an entity so
    for folded, key in spelled.items():
        label, _, name = folded.partition(":")
        words = name.split()
        if len(words) == 1:
            named.setdefault(words[0], set()).add(label)
        elif label == "person" and words and not firm_named(key.partition(":")[2]):
            # only the last word is a surname, and only a person's: a firm the recogniser typed
            # a person ("Brightmoor Chemical Works") lends no word to a lone "Works" elsewhere
            by_surname.setdefault(words[-1], set()).add(folded)
    out: dict[str, str] = {}
    # A given name and a surname ("Rui Lourenço", "Mayor Maria Fernandes") are the one person of
    # three words or more the corpus names who opens with that given name and ends with that
    # surname ("Rui Patrício Lourenço", "Maria da Conceição Fernandes"), when no other does
    # (t13n F4); a lone surname then counts that person once.
    by_ends: dict[tuple[str, str], set[str]] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            if len(words) >= 3:
                by_ends.setdefault((words[0], words[-1]), set()).add(folded)
    for people in by_surname.values():
        for folded in list(people):
            words = folded.partition(":")[2].split()
            longs = by_ends.get((words[0], words[-1]), set()) if len(words) == 2 else set()
            if len(longs) == 1:
                out[folded] = spelled[next(iter(longs))]
                people.discard(folded)
    opened = _opened_by_first_surname(by_surname, out, spelled)
    out.update({short: spelled[long] for short, long in opened.items()})
    for short, long in _compound_surnames(by_surname, named, out, spelled).items():
        out[short] = spelled[opened.get(long, long)]
    for word, labels in named.items():
        people = by_surname.get(word, set())
        # a place of that name leaves the lone person one ("Haldor said she", beside "the town of
        # Haldor"): the recogniser typed that mention a person, and a place is no person it could be
        if labels - _PLACE_LABELS != {"person"}:
            continue
        if len(people) != 1:
            # A known person's surname the recogniser left alone, no cue saying the famous bearer
            # is meant (persons.lone_known_surnames): the one other person of that surname the
            # corpus names in full ("Emre Erdoğan"; the famous one typed elsewhere from a cue,
            # "President Erdogan", is no second bearer), else, the corpus naming none, the famous
            # one; two others: which one is meant is not known (t13r F7).
            famous = known_bearer(word)
            if famous is None:
                continue
            others = people - {key_form(famous)}
            if len(others) > 1:
                continue
            if not others:
                out[f"person:{word}"] = spelled.get(key_form(famous), famous)
                continue
            people = others
        one = next(iter(people))
        out[f"person:{word}"] = spelled[opened.get(one, one)]
    return out


def known_bearer(word: str) -> str | None:
    """The key of the gazetteer's person whose surname alone the folded ``word`` is ("erdogan" →
    "PERSON:Recep Tayyip Erdogan"), None if none."""
    from waic_reader.index.analysis.entities.gazetteer import Gazetteer  # (loaded once, not the recogniser)

    got = Gazetteer.default().known(word)
    if got is None or got[0] != "PERSON":
        return None
    name = got[1]
    words = key_form(name).split()
    return f"PERSON:{name}" if len(words) >= 2 and words[-1] == word else None


def _opened_by_first_surname(
    by_surname: Mapping[str, set[str]], joined: Mapping[str, str], spelled: Mapping[str, str]
) -> dict[str, str]:
    """A given name and a first surname ("person:rosario quispe") → the one person of three words
    the corpus names who opens with them ("person:rosario quispe mamani": the two surnames of
    Spanish and Portuguese names, the first the one written alone; t13o F4, which the given name
    and last surname of s27-i missed), when no other three-word name opens so, the two words join
    no name by their ends already and no entity of another kind opens with them ("Moen Kjemi" is
    no person of "Moen Kjemi Logistikk" where the corpus names the firm "Moen Kjemi AS")."""
    other_openings = {
        tuple(name.split()[:2]) for folded in spelled for label, _, name in [folded.partition(":")] if label != "person"
    }
    by_opening: dict[tuple[str, str], set[str]] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            if len(words) == 3:
                by_opening.setdefault((words[0], words[1]), set()).add(folded)
    out: dict[str, str] = {}
    for people in by_surname.values():
        for folded in people:
            words = folded.partition(":")[2].split()
            longs = by_opening.get((words[0], words[1]), set()) if len(words) == 2 else set()
            if len(longs) == 1 and folded not in joined and tuple(words) not in other_openings:
                out[folded] = next(iter(longs))
    return out


def _surname_words(folded_name: str) -> tuple[str, ...]:
    """The words of a folded name, a hyphen between letters a space ("ríos-vidal" → ("ríos",
    "vidal")): a compound surname is compared however it is joined."""
    return tuple(_NAME_HYPHEN.sub(" ", folded_name).split())


def _compound_surnames(
    by_surname: Mapping[str, set[str]],
    named: Mapping[str, set[str]],
    joined: Mapping[str, str],
    spelled: Mapping[str, str],
) -> dict[str, str]:
    """A lone compound surname, two words written with a space or a hyphen ("person:ríos vidal",
    "person:garcía-márquez": the two surnames of Spanish and Portuguese names) → the one person
    of three words or more the corpus names whose name ends with those two words, compared folded
    and with hyphens as spaces ("person:elena ríos vidal", "person:gabriel garcía márquez"), as a
    one-word surname joins its person (t13t F1: "Harbour master Ríos Vidal said" stayed a person
    of its own beside "Elena Ríos Vidal"). Not when another person's name ends so, when the two
    words already join a name (a given name and surname, a first surname), or when an entity of
    another kind than a place is named by them."""
    other_kinds: dict[tuple[str, ...], set[str]] = {}
    for folded in spelled:
        label, _, name = folded.partition(":")
        other_kinds.setdefault(_surname_words(name), set()).add(label)
    for word, labels in named.items():
        other_kinds.setdefault(_surname_words(word), set()).update(labels)
    by_ending: dict[tuple[str, str], set[str]] = {}
    for people in by_surname.values():
        for folded in people:
            words = _surname_words(folded.partition(":")[2])
            if len(words) >= 3:
                by_ending.setdefault((words[-2], words[-1]), set()).add(folded)
    out: dict[str, str] = {}
    for folded in spelled:
        label, _, name = folded.partition(":")
        words = _surname_words(name)
        if label != "person" or len(words) != 2 or folded in joined:
            continue
        longs = by_ending.get((words[0], words[1]), set())
        if len(longs) == 1 and not other_kinds.get(words, set()) - _PLACE_LABELS - {"person"}:
            out[folded] = next(iter(longs))
    return out
