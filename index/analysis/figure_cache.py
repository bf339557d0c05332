"""Each article's fact-sheet figures, kept on disk so the fact sheet reads no article twice.

Extracting an article's figures means reading its file, splitting its sentences and running the
figure recogniser: ~1.5 ms of CPU an article, 1.5 s for 1,000. The fact sheet needs only the
figures (:class:`~waic_reader.index.analysis.facts.FactValue`), so once extracted they are kept
in ``figures.json`` in the index folder, one entry per doc id with what they were extracted from:

* the file's size and modification time (as the search index keeps them: an edited file misses);
* a digest of the boilerplate spans the figures were filtered by (a user's noise mark misses);
* the code's version: a digest of the source of the modules that extract figures
  (``figures.py``, the ``facts`` package, ``lexicon.py``, ``corpus/tokens.py`` for the numbers' reading,
  the names' word lists and the countries' names a figure's owner is read with)
  and split sentences (``corpus/blocks.py``), with the analysis version (which carries ``READER_VERSION``: what text the offsets point into) and
  the installed ``text2num``'s version, so neither a rule change nor a change of the article text
  the offsets refer to ever serves stale figures.

The article's language is kept with them when it is not English (:mod:`analysis.language`:
"Spanish"; its figures are not read, and the fact sheet says so without reading its file again).
The article's date is not kept: the caller sets it from the index, which re-reads it when
corpus.yaml changes. A missing, unreadable or foreign file is an empty cache (everything is
extracted again and the file rewritten); the file is replaced atomically and private to the user
(:func:`~waic_reader.index.corpus.listing.write_private_json`) so a crash never leaves half of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from waic_reader.index.analysis.facts import FactValue
from waic_reader.index.analysis.kept_entries import KeptEntries
from waic_reader.index.corpus.spans import spans_digest as noise_digest

if TYPE_CHECKING:
    from waic_reader.index.search.model import StoredDoc

FILE_NAME = "figures.json"
_KEPT = tuple(f.name for f in fields(FactValue) if f.name not in ("doc", "date"))
_TUPLES = frozenset({"sentence", "modifiers", "alt", "near", "own", "kind_names", "subjects", "words"})


@cache
def code_version() -> str:
    """A digest of what decides an article's figures and their offsets (see the module docstring)."""
    from importlib.metadata import PackageNotFoundError, version

    from waic_reader.index.analysis.analyser import analysis_version

    here = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in (
        here / "figures.py",
        here / "lexicon.py",
        here / "figure_cache.py",
        here / "language.py",  # the article's language, kept with its figures
        here / "language_names.txt",
        *sorted((here / "facts").glob("*.py")),
    ):
        h.update(path.read_bytes())
    # A figure's owner (facts.owners.owner) reads the names' word lists: common words, given names,
    # and the countries' names, nationalities and capitals (gazetteer.nations).
    for name in ("lexicons.py", "given_names.py", "given_names.txt", "gazetteer.py", "gazetteer.yaml", "capitals.txt"):
        h.update((here / "entities" / name).read_bytes())
    h.update((here.parent / "corpus" / "blocks.py").read_bytes())
    h.update((here.parent / "corpus" / "tokens.py").read_bytes())  # number_forms reads the figures' numbers
    # The article's own date stamps are no figures (a byline's date field: bylines.py splits its fields).
    for name in (
        "dates.py",
        "date_patterns.py",
        "date_parse.py",
        "date_stamps.py",
        "dateline.py",
        "date_forms.py",
        "date_languages.py",  # other languages' month names and stamp words (date_patterns.FOREIGN)
        "date_names.txt",
        "bylines.py",
    ):
        h.update((here.parent / "corpus" / name).read_bytes())
    h.update(analysis_version().encode())
    try:
        h.update(version("text2num").encode())
    except PackageNotFoundError:  # the parser is imported lazily; without it no spelled-out figure is read
        h.update(b"no text2num")
    try:  # the language identifier's model ships in its package: another release may tell otherwise
        h.update(version("py3langid").encode())
    except PackageNotFoundError:
        h.update(b"no py3langid")
    return h.hexdigest()[:16]


def _encode(v: FactValue) -> list[Any]:
    return [[_encode(e) for e in v.earlier] if name == "earlier" else getattr(v, name) for name in _KEPT]


# What each kept field may hold: the index folder is read back, so its content is checked
# before the grouping does arithmetic on it (a wrong type is a damaged entry, extracted again).
def _number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_CHECKS: dict[str, Callable[[Any], bool]] = {
    "value": lambda x: _number(x) or isinstance(x, str),
    "start": lambda x: isinstance(x, int),
    "end": lambda x: isinstance(x, int),
    "sentence": lambda x: isinstance(x, list) and len(x) == 2 and all(isinstance(i, int) for i in x),
    "modifiers": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "near": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "own": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "high": lambda x: x is None or _number(x),
    "alt": lambda x: x is None or (isinstance(x, list) and len(x) == 2 and _number(x[0]) and isinstance(x[1], str)),
    "context": lambda x: isinstance(x, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in x.items()),
    "earlier": lambda x: isinstance(x, list) and all(isinstance(row, list) for row in x),
    "years_ago": lambda x: x is None or (isinstance(x, int) and not isinstance(x, bool)),
    "margin": _number,
    "kind_names": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "subjects": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "words": lambda x: isinstance(x, list) and all(isinstance(i, str) for i in x),
    "headline": lambda x: isinstance(x, bool),
}


def _is_str(x: Any) -> bool:
    return isinstance(x, str)


# Each kept field's check, in the order of a row (made once: a timeline checks 100,000 rows).
_ROW_CHECKS = tuple(_CHECKS.get(name, _is_str) for name in _KEPT)
_TUPLE_AT = tuple(i for i, name in enumerate(_KEPT) if name in _TUPLES)
_EARLIER_AT = _KEPT.index("earlier")  # the values a later one replaced: rows of their own


def _decode(doc: str, row: Any) -> FactValue:
    if type(row) is not list or len(row) != len(_KEPT):
        raise ValueError("a cached figure with the wrong number of fields")
    for name, check, x in zip(_KEPT, _ROW_CHECKS, row):
        if not check(x):
            raise ValueError(f"a cached figure's {name} of the wrong type")
    values = list(row)
    for i in _TUPLE_AT:
        if values[i] is not None:
            values[i] = tuple(values[i])
    values[_EARLIER_AT] = tuple(_decode(doc, e) for e in values[_EARLIER_AT])  # (checked as rows)
    return FactValue(doc=doc, **dict(zip(_KEPT, values)))


def encode_figures(values: Sequence[FactValue], language: str | None = None) -> str:
    """An article's figures as the search index keeps them beside its boilerplate spans (a
    stored field, written while the article is indexed): JSON with the code's version, and the
    article's language when it is not English (``language``, :func:`analysis.language.text_language`)."""
    data: dict[str, Any] = {"version": code_version(), "figures": [_encode(v) for v in values]}
    if language is not None:
        data["language"] = language
    return json.dumps(data, separators=(",", ":"))


def decode_figures(doc: str, kept: str) -> list[FactValue] | None:
    """The figures :func:`encode_figures` kept, or None when they were extracted by other code
    (a rule changed since indexing) or are damaged: then they are extracted again."""
    got = decode_kept(doc, kept)
    return None if got is None else got[0]


def decode_kept(doc: str, kept: str) -> tuple[list[FactValue], str | None] | None:
    """The figures and the language :func:`encode_figures` kept (None: English), or None as
    :func:`decode_figures` says."""
    try:
        data = json.loads(kept)
        if not isinstance(data, dict) or data.get("version") != code_version():
            return None
        return [_decode(doc, row) for row in data["figures"]], _language(data)
    except (KeyError, TypeError, ValueError, RecursionError):
        return None


def _language(data: dict[str, Any]) -> str | None:
    language = data.get("language")
    if language is not None and not isinstance(language, str):
        raise ValueError("a cached language that is no string")
    return language


def date_kept(values: Iterable[FactValue], date: str | None) -> None:
    """Give kept figures (which carry no date) their article's ``date`` (ISO 8601; None:
    undated) as extraction dates them (``extract_figures``): each value and each value it
    replaced (``earlier``: a live blog's earlier entries, which the sheet then dates by their
    entries' times). Dated at the top only, a sheet read from the index gave a blog's first
    values no date where one extracted gave "06:15" (t13ah N17)."""
    for v in values:
        v.date = date
        date_kept(v.earlier, date)


def kept_figures(
    doc: str,
    size: int,
    mtime_ns: int,
    noise_spans: Sequence[tuple[int, int]],
    stored: StoredDoc | None,
    kept: FigureCache | None,
) -> list[FactValue] | None:
    """The figures of this very file (``size``, ``mtime_ns``) outside these boilerplate spans,
    without reading it: those the search index keeps (``stored``: its row, when the index is
    open), else those of ``figures.json`` (``kept``; None: not asked); None when neither holds
    them (then extract them). The one lookup of the fact sheet, the timeline and compare. The
    figures carry no date."""
    got = kept_figures_language(doc, size, mtime_ns, noise_spans, stored, kept)
    return None if got is None else got[0]


def kept_figures_language(
    doc: str,
    size: int,
    mtime_ns: int,
    noise_spans: Sequence[tuple[int, int]],
    stored: StoredDoc | None,
    kept: FigureCache | None,
) -> tuple[list[FactValue], str | None] | None:
    """:func:`kept_figures` with the article's language kept with them (None: English)."""
    if stored is not None and stored.figures is not None and _stored_for(stored, size, mtime_ns, noise_spans):
        got = decode_kept(doc, stored.figures)
        if got is not None:
            return got
    return kept.get_kept(doc, size, mtime_ns, noise_spans) if kept is not None else None


def kept_language(
    doc: str, size: int, mtime_ns: int, noise_spans: Sequence[tuple[int, int]], stored: StoredDoc | None
) -> tuple[str | None] | None:
    """``(language,)``, the article's language (None: English) the search index keeps with its
    figures (``stored``: its row) for this very file (``size``, ``mtime_ns``) and these boilerplate
    spans, under :func:`kept_figures_language`'s checks, without decoding the figures (the Quotes
    sheet needs the language alone: decoding every article's figures was ~20% of its first open
    on 221 articles, round s36-f); None when the index keeps none so (then tell it again)."""
    if stored is None or stored.figures is None or not _stored_for(stored, size, mtime_ns, noise_spans):
        return None
    try:
        data = json.loads(stored.figures)
        if not isinstance(data, dict) or data.get("version") != code_version() or not isinstance(data["figures"], list):
            return None
        return (_language(data),)
    except (KeyError, TypeError, ValueError, RecursionError):
        return None


def _stored_for(stored: StoredDoc, size: int, mtime_ns: int, noise_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the index's row ``stored`` was made for this very file and boilerplate."""
    return (
        (stored.size, stored.mtime_ns) == (size, mtime_ns)
        and stored.noise_spans is not None
        and [tuple(s) for s in stored.noise_spans] == [tuple(s) for s in noise_spans]
    )


class FigureCache(KeptEntries):
    """Figures per doc id for one index folder: :meth:`get`, :meth:`put`, then :meth:`save`."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder / FILE_NAME, code_version())

    def get(self, doc: str, size: int, mtime_ns: int, noise_spans: Sequence[tuple[int, int]]) -> list[FactValue] | None:
        """The figures kept for this very file and boilerplate, or None (then extract them)."""
        got = self.get_kept(doc, size, mtime_ns, noise_spans)
        return None if got is None else got[0]

    def get_kept(
        self, doc: str, size: int, mtime_ns: int, noise_spans: Sequence[tuple[int, int]]
    ) -> tuple[list[FactValue], str | None] | None:
        """The figures and the article's language (None: English) kept for this very file and
        boilerplate, or None (then extract them)."""
        e = self.entries.get(doc)
        if not isinstance(e, dict) or e.get("size") != size or e.get("mtime_ns") != mtime_ns:
            return None
        if e.get("noise") != noise_digest(noise_spans):
            return None
        try:
            return [_decode(doc, row) for row in e["figures"]], _language(e)
        except (KeyError, TypeError, ValueError, RecursionError):
            return None  # a damaged entry: extracted again

    def put(
        self,
        doc: str,
        size: int,
        mtime_ns: int,
        noise_spans: Sequence[tuple[int, int]],
        values: list[FactValue],
        language: str | None = None,
    ) -> None:
        """Keep ``values`` (and ``language``, the article's when it is not English)."""
        entry: dict[str, Any] = {
            "size": size,
            "mtime_ns": mtime_ns,
            "noise": noise_digest(noise_spans),
            "figures": [_encode(v) for v in values],
        }
        if language is not None:
            entry["language"] = language
        self.entries[doc] = entry
        self.changed = True
