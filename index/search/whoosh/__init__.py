"""The whoosh backend: the only package that imports whoosh."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "SearchIndex": ".engine",
}

__all__ = ["SearchIndex"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
