"""The analysis version: which rules every kept analysis (the search index, ``listing.json``,
``timeline.json``) was made by, so a cache made by other rules is never served.

:func:`analysis_version` reads the parts' numbers from the source of the modules that define
them, without importing them (importing the entity rules compiles their patterns: 0.3–0.5 s);
:func:`version_sources` stamps those source files, so a cache that stored both can tell it is
current for the cost of four ``stat`` calls (``list`` at 20,000 articles answers in about a second, and this was a
tenth of it).
"""

from __future__ import annotations

import hashlib
import os
import re
from functools import cache
from importlib import import_module
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from importlib.util import find_spec

# What the analysis version is made of: (label, module, constant). A cache made by other code
# (another boilerplate, entity, reader or quotes rule) must never be served.
VERSION_PARTS = (
    ("noise", "waic_reader.index.analysis.noise", "ANALYSIS_VERSION"),
    ("entities", "waic_reader.index.analysis.entities.recogniser", "ENTITY_VERSION"),
    ("reader", "waic_reader.index.corpus.reader", "READER_VERSION"),
    ("quotes", "waic_reader.index.analysis.quotes.group", "QUOTES_VERSION"),
)

# The libraries whose output a kept analysis holds: a saved page's text and date (trafilatura,
# jusText, htmldate, lxml), a feed's items, dates, spelled-out numbers, Markdown's blocks and an
# article's language. Another version of one may read a page otherwise, so a cache made with it
# is stale too (pip upgrading trafilatura left every kept page's text as the old one read it).
LIBRARIES = (
    "trafilatura",
    "justext",
    "htmldate",
    "lxml",
    "feedparser",
    "python-dateutil",
    "text2num",
    "markdown-it-py",
    "py3langid",
)


@cache
def library_stamp() -> str:
    """``libs`` and 8 hex digits: a hash of the installed versions of :data:`LIBRARIES` (a library
    not installed counts as ``none``), read once a process from the packages' metadata."""
    found = []
    for name in LIBRARIES:
        try:
            found.append(f"{name}={installed_version(name)}")
        except PackageNotFoundError:
            found.append(f"{name}=none")
    return "libs" + hashlib.sha1(";".join(found).encode()).hexdigest()[:8]


# The last version read and the stamp of the sources it was read from (:func:`version_sources`).
# Indexing asks for the version once an article (the kept mentions carry it): reading the four
# source files each time was ~1.2 ms an article, ~5% of a build's CPU; four ``stat`` calls
# tell whether they changed.
_read: tuple[str, str] | None = None


def analysis_version() -> str:
    """``noise5-entities4-reader5-quotes3-libs1a2b3c4d``: the versions of the rules every kept
    analysis depends on, read from their modules' source (:func:`_constant`), without importing
    them, read again only when a source file's stamp changes; and the libraries' (:func:`library_stamp`)."""
    global _read
    stamp = version_sources()
    held = _read
    if stamp is not None and held is not None and held[0] == stamp:
        return held[1]
    parts = [f"{label}{_constant(module, name)}" for label, module, name in VERSION_PARTS]
    version = "-".join([*parts, library_stamp()])
    if stamp is not None:
        _read = (stamp, version)
    return version


def _constant(module: str, name: str) -> int:
    """The integer ``name = N`` at the top level of ``module``, read from its source file: the
    index's sync asks for the version at every start, and importing the entity rules only to
    read their number compiled all their patterns (0.3–0.5 s, in a worker competing with the
    library for the interpreter at 20,000 articles). Imported when there is no source to read
    (a zipped install) or the line is not a plain assignment."""
    spec = find_spec(module)
    if spec is not None and spec.origin and spec.has_location:
        try:
            with open(spec.origin, encoding="utf-8") as fh:
                found = re.search(rf"^{name}\s*=\s*(\d+)\b", fh.read(), re.M)
        except OSError:
            found = None
        if found is not None:
            return int(found.group(1))
    value = getattr(import_module(module), name)
    return int(value)


def version_sources() -> str | None:
    """A stamp of the source files that define :func:`analysis_version` (each file's mtime and
    size), found without importing them: while it is unchanged, so is the version, and a cache
    that stored both need not import the rules to know it is current. None when a module has
    no source file to stat (then ask :func:`analysis_version`)."""
    parts = []
    for _label, module, _name in VERSION_PARTS:
        spec = find_spec(module)
        if spec is None or not spec.origin or not spec.has_location:
            return None
        try:
            st = os.stat(spec.origin)
        except OSError:
            return None
        parts.append(f"{spec.origin}:{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)
