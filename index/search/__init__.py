"""Full-text search over a corpus: the engine-neutral model (:mod:`.model`), the backend
protocol (:mod:`.engine`) and the whoosh backend (:mod:`.whoosh`, the only package that
imports whoosh)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Hit": ".model",
    "Results": ".model",
    "StoredDoc": ".model",
    "SyncReport": ".model",
    "SearchEngine": ".engine",
}

__all__ = ["Hit", "Results", "SearchEngine", "StoredDoc", "SyncReport"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
