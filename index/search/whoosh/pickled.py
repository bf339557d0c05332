"""Stable names for everything of ours that the whoosh index pickles.

whoosh pickles its table of contents (the schema: our analyzer filter and posting format; each
segment: our codec) and every posting block (our packed posting values). pickle names a class or function by its module
path, so moving a module of this package would make every existing index unreadable
("damaged"). Instead, what is pickled is named ``waic_index.<name>``: a module that exists only
in ``sys.modules`` (added when this module is imported, before any index is opened) and resolves
each name below on first use. The files of an index name no module of this package.

:data:`PICKLED` is the complete list: a class or function that an index may name, by its stable
name. A restricted unpickler admits these (and whoosh's own classes) and nothing else. Changing
what a name means, or removing one, is an index format change: bump ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module
from types import ModuleType
from typing import TypeVar

STABLE_MODULE = "waic_index"

# Stable name -> (module of this package, attribute). Only these are ever written into an index.
PICKLED: dict[str, tuple[str, str]] = {
    "SearchAnalyzer": ("waic_reader.index.search.whoosh.analyzer", "SearchAnalyzer"),
    "EdgePrefixes": ("waic_reader.index.search.whoosh.prefixes", "EdgePrefixes"),
    "IndexPositions": ("waic_reader.index.search.whoosh.analyzer", "IndexPositions"),
    "PackedCodec": ("waic_reader.index.search.whoosh.codec", "PackedCodec"),
    "packed_values": ("waic_reader.index.search.whoosh.codec", "packed_values"),
}


def resolve(name: str) -> object:
    """The class or function pickled as ``waic_index.<name>``; ``AttributeError`` if none is."""
    where = PICKLED.get(name)
    if where is None:
        raise AttributeError(f"{STABLE_MODULE!r} names no pickled object {name!r}")
    return getattr(import_module(where[0]), where[1])


class _StableModule(ModuleType):
    """``waic_index``: each name imports its defining module when unpickling first needs it."""

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        value = resolve(name)
        # Kept as the module's attribute: pickle looks the name up again for every posting block
        # it writes (to check it names this very object), and resolving it each time was ~3% of
        # a build's CPU. (__getattr__ is only asked for names the module does not hold.)
        setattr(self, name, value)
        return value


if not isinstance(sys.modules.get(STABLE_MODULE), _StableModule):
    sys.modules[STABLE_MODULE] = _StableModule(STABLE_MODULE, "Stable names of what a waic-reader index pickles.")

T = TypeVar("T", bound=Callable[..., object])


def stable_name(name: str) -> Callable[[T], T]:
    """Class or function decorator: pickle it as ``waic_index.<name>`` (it must be in :data:`PICKLED`)."""

    def mark(obj: T) -> T:
        module, attr = PICKLED[name]
        if (obj.__module__, obj.__name__) != (module, attr):
            raise ValueError(f"{module}.{attr} is registered as {name!r}, not {obj.__module__}.{obj.__name__}")
        obj.__module__ = STABLE_MODULE
        obj.__qualname__ = name
        return obj

    return mark
