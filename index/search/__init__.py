"""Full-text search over a corpus: the engine-neutral model and the whoosh backend."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "SearchIndex": ".whoosh.engine",
    "Results": ".whoosh.engine",
    "Hit": ".whoosh.engine",
    "SyncReport": ".whoosh.engine",
}

__all__ = ["Hit", "Results", "SearchIndex", "SyncReport"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError("module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
