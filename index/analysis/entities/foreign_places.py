"""Places named in another language or by an abbreviation, for where a name stands alone in a
place's slot (a dateline's parentheses, :func:`~waic_reader.index.corpus.dateline.place_named`):
"MILLBROOK (Californie) —", "MILLBROOK (Kalifornien) —", "GOMA (RDC) —", "(EE.UU.)".

Two generated lists (``python -m waic_reader.index.analysis.entities.foreign_places``, a
development step; pycountry and babel are not needed at run time):

- ``regions_other.txt``: ISO 3166-2 subdivisions' names as pycountry's translations (the
  iso-codes project's ``iso3166-2`` catalogues) give them in English and the languages of the
  country files (``gazetteer._COUNTRY_NAME_LANGUAGES``), where they differ from the name itself:
  "Californie", "Kalifornien", "Baviera". Not used to recognise names in running text ("Normandie"
  there is as often a ship or a hotel): read only in a place's slot.
- ``country_abbreviations.txt``: the initials of the countries' names in CLDR's and ISO 3166-1's spellings in those languages, particles left
  out ("République démocratique du Congo" → "RDC", "Estados Unidos" → "EU", written "EE.UU." by
  Spanish's doubled plural initials: :func:`abbreviation_letters`). ISO's alpha-3 codes are left
  out: dateline parentheses do not write them ("USA" is the initials of "United States of
  America"), and some are agencies' names ("KNA", Saint Kitts and Nevis; the Kenya News Agency).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
REGIONS_OTHER_FILE = _HERE / "regions_other.txt"
ABBREVIATIONS_FILE = _HERE / "country_abbreviations.txt"

# A particle of a country's name, left out of its initials: a word of three letters or fewer in
# lower case ("of", "the", "du", "de", "del", "und", "y"); words in lower case that carry meaning
# are longer ("démocratique", "populaire").
_PARTICLE = re.compile(r"[^\W\d_]{1,3}")
# An abbreviation as a dateline writes one: capitals, each optionally followed by a dot.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,8}")
# Letters an abbreviation must have, as written, to be read as a country's: two-letter ones
# ("AP", "PA", "UK") are as often a wire's credit as a place.
_MIN_WRITTEN = 3
# The most letters a country's initials have as copy writes them ("RDC", "USA", "RPDC", "EAU").
_MAX_INITIALS = 5


def _lines(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# The United Kingdom's four nations in the country files' languages (gazetteer._COUNTRY_NAME_LANGUAGES):
# they are ISO 3166-2 subdivisions (GB-ENG, GB-SCT, GB-WLS, GB-NIR) whose names pycountry's
# iso3166-2 catalogues leave in English for French, Spanish, Portuguese and Italian ("England"),
# and no CLDR territory; wires in those languages set them in a dateline's parentheses
# ("MARROWBY (Inglaterra) –", "KESTWICK (Escocia) –": round s53-m, which reads an unknown name
# there as a credit). The names as the languages' Wikipedias title them.
_UK_NATIONS = frozenset(
    "Angleterre Inglaterra Inghilterra Engeland Anglia "
    "Écosse Escocia Escócia Scozia Schottland Schotland Skottland Skotland Szkocja "
    "Gales Galles Walia".split()
) | frozenset(
    (
        "Pays de Galles",
        "País de Gales",
        "Irlande du Nord",
        "Irlanda del Norte",
        "Irlanda do Norte",
        "Irlanda del Nord",
        "Nordirland",
        "Noord-Ierland",
        "Nord-Irland",
        "Irlandia Północna",
    )
)


@lru_cache(maxsize=1)
def region_names_other() -> frozenset[str]:
    """Subdivisions' names in other languages (``regions_other.txt``, and the United Kingdom's
    nations the catalogues leave untranslated, :data:`_UK_NATIONS`): "Californie", "Kalifornien",
    "Inglaterra"."""
    return _lines(REGIONS_OTHER_FILE) | _UK_NATIONS


@lru_cache(maxsize=1)
def country_abbreviations() -> frozenset[str]:
    """Countries' initials (``country_abbreviations.txt``), capitals, no dots."""
    return _lines(ABBREVIATIONS_FILE)


def abbreviation_letters(written: str) -> str | None:
    """The letters ``written`` abbreviates, or None when it is no abbreviation in capitals of at
    least three letters: "RDC" and "R.D.C." → "RDC"; Spanish's doubled initials of a plural word,
    each pair closed by a dot, one letter each: "EE.UU." → "EU", "FF.AA." → "FA"."""
    if not _ABBREVIATION.fullmatch(written) or sum(c.isalpha() for c in written) < _MIN_WRITTEN:
        return None
    groups = [g for g in written.split(".") if g]
    if len(groups) > 1 and all(len(g) == 2 and g[0] == g[1] for g in groups):
        return "".join(g[0] for g in groups)
    return written.replace(".", "")


def country_abbreviated(written: str) -> bool:
    """Whether ``written`` is a country's abbreviation (:func:`abbreviation_letters` of it among
    :func:`country_abbreviations`): "RDC", "EE.UU.", "USA"; "NAN", "AFP" are none."""
    letters = abbreviation_letters(written)
    return letters is not None and letters in country_abbreviations()


def initials(name: str) -> str | None:
    """The initials of a country's name of two words or more, particles (:data:`_PARTICLE` in
    lower case) left out: "République démocratique du Congo" → "RDC", "United States of America"
    → "USA"; None for a one-word name or one with a comma ("Congo, République démocratique du")."""
    if "," in name:
        return None
    words = [w for w in re.split(r"[\s\-]+", name) if w and not (w.islower() and _PARTICLE.fullmatch(w))]
    if len(words) < 2 or not all(w[0].isalpha() for w in words):
        return None
    return "".join(w[0] for w in words).upper()


def _translations(domain: str, languages: Iterable[str]) -> Iterator[gettext.NullTranslations]:
    import pycountry

    for lang in languages:
        yield gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])


def write_region_names_other(path: Path = REGIONS_OTHER_FILE) -> int:
    """Regenerate ``regions_other.txt`` (see the module); returns the number of names."""
    import pycountry
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.gazetteer import _COUNTRY_NAME_LANGUAGES
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    # A catalogue's fragments and common words are no region's name (review s49-rv finding 6): a
    # name opening in lower case ("olicki", "trocki"), or one word of the English word lists the
    # gazetteer's country list leaves out too ("Store"; gazetteer.write_country_names). People's
    # names stay: a region's name is often one too ("Normandie").
    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS
    own = {s.name for s in pycountry.subdivisions}
    names: set[str] = set()
    for catalogue in _translations("iso3166-2", _COUNTRY_NAME_LANGUAGES):
        for sub in pycountry.subdivisions:
            other = catalogue.gettext(sub.name)
            if other != sub.name and other not in own and not any(c in other for c in "(),/"):
                if other[:1].isupper() and not (" " not in other and other.lower() in words):
                    names.add(other)
    header = (
        "# ISO 3166-2 subdivisions' names in other languages ("
        + " ".join(_COUNTRY_NAME_LANGUAGES)
        + "), where they differ from the name:\n"
        f"# pycountry {pycountry.__version__}'s iso3166-2 translations. "
        "Regenerate: python -m waic_reader.index.analysis.entities.foreign_places\n"
    )
    path.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


def write_country_abbreviations(path: Path = ABBREVIATIONS_FILE) -> int:
    """Regenerate ``country_abbreviations.txt`` (see the module); returns the number of entries."""
    import pycountry

    from waic_reader.index.analysis.entities.gazetteer import _COUNTRY_NAME_LANGUAGES, _cldr_country_names

    languages = ("en", *_COUNTRY_NAME_LANGUAGES)
    names = set(_cldr_country_names(languages))
    official = [n for c in pycountry.countries for n in (c.name, getattr(c, "official_name", None)) if n]
    names.update(official)
    for catalogue in _translations("iso3166-1", _COUNTRY_NAME_LANGUAGES):
        names.update(catalogue.gettext(n) for n in official)
    # Initials of more than :data:`_MAX_INITIALS` letters spell long official forms no copy writes
    # ("DFBDSIOA"; review s49-rv finding 6).
    found = {i for n in names if (i := initials(n)) is not None and len(i) <= _MAX_INITIALS}
    header = (
        "# The initials of the countries' names in English and " + " ".join(_COUNTRY_NAME_LANGUAGES) + ":\n"
        f"# CLDR (babel) and ISO 3166-1 (pycountry {pycountry.__version__}). "
        "Regenerate: python -m waic_reader.index.analysis.entities.foreign_places\n"
    )
    path.write_text(header + "\n".join(sorted(found)) + "\n", encoding="utf-8")
    return len(found)


if __name__ == "__main__":
    print(write_region_names_other(), "names written to", REGIONS_OTHER_FILE)
    print(write_country_abbreviations(), "entries written to", ABBREVIATIONS_FILE)
