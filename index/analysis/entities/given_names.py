"""Given names of many languages, which mark an unknown capitalised pair as a person's name
("Agata Kowalczyk", "Emre Kaya", "Wanjiku Chebet") where no title or speech verb says so.

``given_names.txt`` (one a line) is generated from the first-name lists of Faker's person
providers (MIT; lists compiled per locale from national name statistics), Latin script only:
news in English writes other scripts' names romanised (Russian and Ukrainian lists are romanised
here as that news does: :func:`romanised`). Names that are also places (a city of
``cities.txt``, a gazetteer name: "Jordan", "Florence", "Georgia"), cue or title words ("Park",
"King") or common English words (Faker's English word list, the stop words: "Will", "May",
"Long"), and romanised forms an English dictionary lists ("Modest", "Mir": ``romanised_words.txt``),
short ones that open its words or other languages' surnames ("Prov", "Karp": :func:`short_stems`)
or an organisation's kind word opens ("Spartak") are left out; the recogniser reads those from
context. Read in a few ms.
Regenerate (a development step, with the test extra installed):
``python -m waic_reader.index.analysis.entities.given_names``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "given_names.txt"
#: ``NAME<TAB>f|m``: the given names of ``given_names.txt`` that Faker's providers list as one
#: gender only, in every locale listing them ("Julia" f, "Thierry" m; "Jean", "Andrea", "Kim",
#: "Robin" are listed as both somewhere and are left out).
# Given names that are also places ("Sofia", "Paris", "Florence", "Victoria"): given_names.txt
# leaves them out (a place alone is the place); before a surname they open a person's name
# ("Sofia Lindqvist", "Paris Hilton"). Written by :func:`write_place_given_names`.
PLACE_GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "place_given_names.txt"
GIVEN_NAME_GENDERS_FILE = Path(__file__).resolve().parent / "given_name_genders.txt"
# Romanised Russian and Ukrainian given names (:func:`romanised`, in no Latin-script list) that an
# English dictionary lists, as a word or as a thing's name ("Modest", "Tit", "Firs", "Spas",
# "Semen", "Mir", "Nikon"): left out of given_names.txt (review s36-rv2 finding 9: "Sales saw
# Modest Gains" was a person). Written by :func:`write_romanised_words` from Debian's wamerican
# list where it is installed (a development step, as cities.txt is); read by :func:`collect`.
ROMANISED_WORDS_FILE = Path(__file__).resolve().parent / "romanised_words.txt"

# The given names of Spanish, Portuguese and Italian (Faker's es_*, pt_* and it_* person
# providers' first names): the names before which "Don" and "Dona" are a courtesy title ("Don
# Aurelio Mancuso", "Dona Maria Sousa"), not a name of their own ("Dona Lee Smith", "Don Ray
# Williams": review s46-rv finding 6). Written by :func:`write_romance_given_names`.
ROMANCE_GIVEN_NAMES_FILE = Path(__file__).resolve().parent / "romance_given_names.txt"
_ROMANCE_LOCALES = ("es", "pt", "it")

# The openings of given names written with a capital inside ("DeShawn", "LaToya", "McKenzie",
# "DaQuan", "JaMarcus", "KeShawn", "ShaQuille", "TaNisha"): the lists write most of them one way
# ("Deshawn", "Latoya", "Mckenzie"), the text another (issue #16, round s35-v: "DeShawn Ellis had
# left" at a sentence's start was no person). A form with the capital after the opening is the
# same given name (:func:`camel_forms`).
_CAMEL_OPENINGS = ("De", "Da", "Di", "La", "Le", "Ja", "Ke", "Sha", "Ta", "Mc", "Mac")


def camel_forms(name: str) -> set[str]:
    """The forms of a given name written with a capital after its opening (:data:`_CAMEL_OPENINGS`,
    three letters or more after it): "Deshawn" -> {"DeShawn"}, "Mackenzie" -> {"MacKenzie"}
    ("Mackenzie" -> {"MacKenzie"} only: "Ma" is no opening), "Anna" -> set()."""
    out = set()
    for head in _CAMEL_OPENINGS:
        rest = name[len(head) :]
        if name.startswith(head) and len(rest) >= 3 and rest.isalpha() and rest.islower():
            out.add(head + rest[0].upper() + rest[1:])
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``given_names.txt``, as written ("Łukasz", "Ji-woo"), and each in the
    form with a capital after its opening (:func:`camel_forms`: "DeShawn", "LaToya")."""
    lines = GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    names = {line for line in lines if line and not line.startswith("#")}
    return frozenset(names | {c for n in names for c in camel_forms(n)})


@lru_cache(maxsize=1)
def place_given_names() -> frozenset[str]:
    """The given names of ``place_given_names.txt``: first names of Faker's person providers that
    are also a city or a gazetteer place ("Sofia", "Paris", "Georgia"), as written."""
    lines = PLACE_GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def romance_given_names() -> frozenset[str]:
    """The given names of ``romance_given_names.txt`` (Spanish, Portuguese and Italian first
    names of Faker's person providers, as written: "Aurelio", "Maria")."""
    lines = ROMANCE_GIVEN_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def write_romance_given_names(path: Path = ROMANCE_GIVEN_NAMES_FILE) -> int:
    """Regenerate ``romance_given_names.txt`` from Faker's es_*, pt_* and it_* person providers
    (a development step: Faker is a test dependency); returns the number of names."""
    import importlib
    import pkgutil

    import faker
    from faker.providers import person

    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        if mod.name.split("_")[0] not in _ROMANCE_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in dir(provider):
            if attr.startswith("first_name") and "last" not in attr:
                names |= _provider_names(getattr(provider, attr), mod.name)
    header = (
        "# Spanish, Portuguese and Italian given names: the first-name lists of Faker's es_*, pt_* and it_*\n"
        f"# person providers (MIT), Faker {faker.VERSION}; regenerate with given_names.write_romance_given_names.\n"
    )
    listed = sorted(n for n in names if n[:1].isupper())
    path.write_text(header + "\n".join(listed) + "\n", encoding="utf-8")
    return len(listed)


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """``{"Julia": "f", "Thierry": "m", …}``: the grammatical gender a pronoun referring to a
    person of that given name takes, for names listed as one gender only (see
    ``GIVEN_NAME_GENDERS_FILE``); a name missing is of unknown gender."""
    out: dict[str, str] = {}
    for line in GIVEN_NAME_GENDERS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            out[name] = gender
    return out


def _latin(name: str) -> bool:
    return all(unicodedata.name(c, "").startswith("LATIN") or c in "-'’" for c in name)


# Russian and Ukrainian letters as English-language news romanises them (BGN/PCGN without its
# diacritics: "Анатолий" Anatoly, "Надежда" Nadezhda, "Евгений" Yevgeny); Faker lists those
# locales' first names in Cyrillic only, so given_names.txt lacked the commonest ("Dmitry",
# "Vladimir" aside, a city), and "Anatoly Serotetto dug" was no person (issue #16, round s36-e).
_CYRILLIC_LATIN = dict(
    zip(
        "абвгдезийклмнопрстуфыэіґ",
        "a b v g d e z i y k l m n o p r s t u f y e i g".split(),
        strict=True,
    )
) | {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
    "ё": "yo", "є": "ye", "ї": "yi", "ъ": "", "ь": "", "'": "", "’": "",
}  # fmt: skip
_ROMANISED_LOCALES = {"ru_RU": "ru", "uk_UA": "uk"}
_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")
_HUSHED_YO = re.compile(r"(zh|ch|sh)yo", re.I)
_YO_AFTER_CONSONANT = re.compile(r"[b-df-hj-np-tv-xz]yo", re.I)


def romanised(name: str, language: str = "ru") -> set[str]:
    """The spellings English-language news gives a Russian (``language`` "ru") or Ukrainian
    ("uk") given name written in Cyrillic: "Анатолий" -> {"Anatoly", "Anatoliy"}, "Надежда" ->
    {"Nadezhda"}, "Евгений" -> {"Yevgeny", "Yevgeniy"}; Ukrainian "г" is "h", "и" "y" ("Андрій"
    -> {"Andriy", "Andrii"}). A name with a letter outside the table gives the empty set."""
    low = name.lower()
    table = _CYRILLIC_LATIN | ({"г": "h", "и": "y"} if language == "uk" else {})
    out = []
    for i, c in enumerate(low):
        if c == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяіїєъь"):
            out.append("ye")  # "Евгений", "Алексей" (-ey), as news writes them
        elif c in table:
            out.append(table[c])
        else:
            return set()
    spelled = "".join(out)
    forms = {spelled}
    # "-ий", "-ій" (Anatoliy, Andriy): news writes "Anatoly", "Dmitry" as often; both forms kept
    if low.endswith(("ий", "ій", "ый")):
        forms.add(spelled[:-2] + ("i" if language == "uk" else "") + "y")
        if language == "uk":
            forms.add(spelled[:-2] + "ii")
    return {f[:1].upper() + f[1:] for f in forms if f}


def romanised_yo(name: str) -> set[str]:
    """The Russian given name ``name``, written in Cyrillic with "е" where it may be "ё", as English
    news romanises the "ё": Faker writes "Петр", "Федор", "Артем", news "Pyotr", "Fyodor",
    "Artyom" ("o" after "ж", "ч", "ш", "щ"). Each "е" after a consonant read as "ё" once, the rest
    as :func:`romanised` reads them: "Петр" -> {"Pyotr"}, "Семен" -> {"Syomen", "Semyon"} (a form
    no text writes is a name no text holds). Round s37-e: heldout30's "Pyotr Omrypkir" was no person."""
    low = name.lower()
    out: set[str] = set()
    for i, c in enumerate(low):
        if c == "е" and i > 0 and low[i - 1] in _CONSONANTS:
            out |= romanised(low[:i] + "ё" + low[i + 1 :], "ru")
    # (after a hushing consonant "ё" is written "o": "Чеслав" Choslav, "Пугачёв" Pugachov)
    return {_HUSHED_YO.sub(r"\1o", form) for form in out}


def _provider_names(names: object, locale: str) -> set[str]:
    """The strings of a Faker first-name list, and their romanised forms for a Cyrillic locale."""
    if not (isinstance(names, (tuple, list, dict)) or hasattr(names, "keys")):
        return set()
    found = {n for n in names if isinstance(n, str)}  # type: ignore[attr-defined]
    language = _ROMANISED_LOCALES.get(locale)
    if language is not None:
        found |= {r for n in found for r in romanised(n, language)}
        if language == "ru":
            found |= {r for n in found for r in romanised_yo(n)}
    return found


def _faker_first_names(romanise: bool = True) -> set[str]:
    """Every first name of Faker's person providers (all locales), Russian and Ukrainian ones
    romanised too (:func:`romanised`; only as listed with ``romanise`` False)."""
    import importlib
    import pkgutil

    from faker.providers import person

    found: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in dir(provider):
            if not attr.startswith("first_name") or "last" in attr:
                continue
            found |= _provider_names(getattr(provider, attr), mod.name if romanise else "")
    return found


def romanised_only() -> set[str]:
    """The romanised forms of Faker's Russian and Ukrainian first names that no Latin-script
    list holds ("Anatoly", "Modest", "Spartak")."""
    return _faker_first_names() - _faker_first_names(romanise=False)


@lru_cache(maxsize=1)
def romanised_words() -> frozenset[str]:
    """The names of ``romanised_words.txt`` (:data:`ROMANISED_WORDS_FILE`)."""
    lines = ROMANISED_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Romanised forms this short or shorter are often other words' openings as well: an abbreviation
# ("Prov" of "province", "Provincial"), a surname or its stem ("Karp", "Karpov", "Levin").
SHORT_ROMANISED = 4


def short_stems(names: set[str], words: set[str], surnames: set[str]) -> set[str]:
    """The ``names`` of :data:`SHORT_ROMANISED` letters or fewer that are a surname of ``surnames``
    or open one ("Karp": "Karpov", "Karpiak"), or open a lower-case word of ``words`` ("Prov":
    "province"): forms English writes as abbreviations or surnames as often as a given name
    (issue #16, round s37-e: "Prov Hwy 9", "Karp Moulin" were people). "Gleb", "Oleh", "Ihor"
    open neither."""
    short = {n for n in names if len(n) <= SHORT_ROMANISED}
    out = {n for n in short if n in surnames}
    for pool in (surnames, {w for w in words if w.islower() and w.isalpha()}):
        for other in pool:
            for k in range(2, SHORT_ROMANISED + 1):
                head = other[:k]
                if len(other) > k and (head in short or head.capitalize() in short):
                    out.add(head if head in short else head.capitalize())
    return out


def write_romanised_words(path: Path = ROMANISED_WORDS_FILE) -> int:
    """Regenerate ``romanised_words.txt``: the :func:`romanised_only` names an English dictionary
    (Debian's wamerican) lists in either case, and the short ones that open a word of it or another
    language's surname (:func:`short_stems`); returns their number. Kept as it is when the
    dictionary is not installed."""
    from waic_reader.index.analysis.entities.gazetteer import ENGLISH_WORDS_FILE, _surnames

    if not ENGLISH_WORDS_FILE.exists():
        return len(romanised_words())
    listed = set(ENGLISH_WORDS_FILE.read_text(encoding="utf-8").splitlines())
    only = romanised_only()
    # (a capitalised entry spelling "ё" as "yo" after a consonant is the given name the dictionary
    # lists for its bearer, "Pyotr" Tchaikovsky; "Mir", "Nikon" are things' names)
    found = sorted(
        {n for n in only if n.lower() in listed or (n in listed and _YO_AFTER_CONSONANT.search(n) is None)}
        | short_stems(only, listed, _surnames())
    )
    header = (
        "# Romanised Russian and Ukrainian given names (given_names.romanised of Faker's lists, in no\n"
        "# Latin-script list) that Debian's wamerican dictionary lists, and those of four letters or fewer\n"
        "# that open a word of it or a surname of Faker's lists ('Prov', 'Karp'): words, abbreviations and\n"
        "# surnames as often as given names in English text: left out of given_names.txt, a second cue (a\n"
        "# surname by its ending, a speech verb, a title) reads them as given names.\n"
        "# Regenerate with given_names.txt.\n"
    )
    path.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    romanised_words.cache_clear()
    return len(found)


# A people's name that is a given name in this many of Faker's locales or more ("Christian" in 21,
# "Finn" in 12; "German" in 3, "French" in 1: adjectives in English text) opens a person's name too.
PEOPLE_GIVEN_LOCALES = 5


def _first_name_locales() -> dict[str, int]:
    """How many of Faker's person providers list each first name (as written)."""
    import importlib
    import pkgutil

    from faker.providers import person

    count: dict[str, int] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        listed: set[str] = set()
        for attr in dir(provider):
            if attr.startswith("first_name") and "last" not in attr:
                listed |= _provider_names(getattr(provider, attr), "")
        for name in listed:
            count[name] = count.get(name, 0) + 1
    return count


def collect_place_given() -> list[str]:
    """Faker's Latin-script first names of three letters or more that are a city
    (:func:`gazetteer.city_names`) or a gazetteer place (GPE, LOC), or a gazetteer people (NORP)
    listed as a first name in :data:`PEOPLE_GIVEN_LOCALES` locales or more ("Christian", "Finn":
    round s37-e, heldout30's "Christian Lukusa Mbuyi" was a NORP), less common English words
    (Faker's English word list, the stop words, COMMON_WORDS: "Man", "Orange", "Male")."""
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.gazetteer import BUNDLED_GAZETTEER, city_names, load_gazetteer
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, CUES, TITLE_CORE, TITLE_MOD, WEEKDAYS_MONTHS
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    entries, _, _, _ = load_gazetteer(BUNDLED_GAZETTEER)
    places = {a for e in entries if e.label in ("GPE", "LOC") for a in (e.name, *e.aliases)} | set(city_names())
    locales = _first_name_locales()
    places |= {
        a
        for e in entries
        if e.label == "NORP"
        for a in (e.name, *e.aliases)
        if locales.get(a, 0) >= PEOPLE_GIVEN_LOCALES
    }
    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS
    no_names = WEEKDAYS_MONTHS | set(CUES) | TITLE_CORE | TITLE_MOD
    return sorted(
        n
        for n in _faker_first_names()
        if len(n) >= 3 and n[0].isupper() and _latin(n) and n in places and n not in no_names and n.lower() not in words
    )


def write_place_given_names(path: Path = PLACE_GIVEN_NAMES_FILE) -> int:
    """Regenerate ``place_given_names.txt``; returns the number of names."""
    import faker

    names = collect_place_given()
    header = (
        "# Given names that are also places: the first-name lists of Faker's person providers (MIT), Latin\n"
        "# script, that are a city or a gazetteer place, or a gazetteer people's name listed in five locales\n"
        f"# or more ('Christian'); Faker {faker.VERSION}. Regenerate with given_names.txt.\n"
    )
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    return len(names)


def collect() -> tuple[list[str], str]:
    """(names, Faker version): every Latin-script first name of Faker's person providers, less
    places and common words (see the module docstring)."""

    import faker
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.gazetteer import BUNDLED_GAZETTEER, city_names, load_gazetteer
    from waic_reader.index.analysis.entities.lexicons import (
        COMMON_WORDS,
        CUES,
        PREFIX_CUES,
        TITLE_CORE,
        TITLE_MOD,
        WEEKDAYS_MONTHS,
    )
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    found = _faker_first_names()
    entries, _, _, _ = load_gazetteer(BUNDLED_GAZETTEER)
    known = {a for e in entries for a in (e.name, *e.aliases)}
    places = city_names()
    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS
    # (an organisation's kind word opening its name, "Dynamo", "Spartak": the club's, PREFIX_CUES;
    # a place's, "Isla", "Monte", is a given name too)
    org_kinds = {w for w, label in PREFIX_CUES.items() if label == "ORG"}
    no_names = WEEKDAYS_MONTHS | set(CUES) | org_kinds | TITLE_CORE | TITLE_MOD
    # Romanised forms only: English words and things' names ("Modest", "Mir": romanised_words.txt),
    # and the first words of the gazetteer's organisations' names.
    org_firsts = {a.split()[0] for e in entries if e.label == "ORG" for a in (e.name, *e.aliases) if a.split()}
    found -= romanised_only() & (romanised_words() | org_firsts)
    out = sorted(
        n
        for n in found
        if len(n) >= 2
        and n[0].isupper()
        and _latin(n)
        and n not in places
        and n not in known
        and n not in no_names
        and n.lower() not in words
    )
    return out, faker.VERSION


def collect_genders(names: set[str]) -> dict[str, str]:
    """``names`` (the given names kept) that Faker's providers list among female first names
    only (``"f"``) or male first names only (``"m"``), across every locale, less the romanised
    family names of the locales that write the family name first ("Li", "Wang", "Kim": "Li
    Qiang" is a man whose family name is Li, which Swedish lists give as a woman's name)."""
    import importlib
    import pkgutil

    from faker.providers import person

    female: set[str] = set()
    male: set[str] = set()
    family_first: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr, into in (
            ("first_names_female", female),
            ("first_names_male", male),
            ("last_romanized_names", family_first),
        ):
            listed = getattr(provider, attr, None)
            if listed is not None:
                into.update(_provider_names(listed, mod.name))
    kept = names - family_first
    genders = {n: "f" for n in female - male if n in kept}
    genders.update({n: "m" for n in male - female if n in kept})
    return genders


def write_given_names(path: Path = GIVEN_NAMES_FILE, genders_path: Path = GIVEN_NAME_GENDERS_FILE) -> int:
    """Regenerate ``romanised_words.txt`` (:func:`write_romanised_words`), ``given_names.txt`` and
    ``given_name_genders.txt``; returns the number of names."""
    write_romanised_words()
    names, version = collect()
    header = (
        "# Given names: the first-name lists of Faker's person providers (MIT), Latin script (Russian and\n"
        "# Ukrainian ones romanised), less places and common words;\n"
        f"# Faker {version}. Regenerate: python -m waic_reader.index.analysis.entities.given_names\n"
    )
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    genders = collect_genders(set(names))
    genders_path.write_text(
        "# Given names of given_names.txt that Faker's person providers (MIT) list as one gender only, in\n"
        f"# every locale: NAME<TAB>f|m; Faker {version}. Regenerate with given_names.txt.\n"
        + "".join(f"{n}\t{genders[n]}\n" for n in sorted(genders)),
        encoding="utf-8",
    )
    return len(names)


if __name__ == "__main__":
    print(write_given_names(), "names written to", GIVEN_NAMES_FILE, "and", GIVEN_NAME_GENDERS_FILE)
    print(write_place_given_names(), "names written to", PLACE_GIVEN_NAMES_FILE)
