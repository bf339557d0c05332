"""Analyses of an article, each keyed by offsets into its text: boilerplate, entities, alignment, facts."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Analysis": ".analyser",
    "Analyser": ".analyser",
    "NoiseSplit": ".noise",
    "split_noise": ".noise",
    "align": ".align",
    "Alignment": ".align",
    "fact_sheet": ".facts",
    "Fact": ".facts",
    "FactValue": ".facts",
    "Overrides": ".overrides",
}

__all__ = [
    "Alignment",
    "Analyser",
    "Analysis",
    "Fact",
    "FactValue",
    "NoiseSplit",
    "Overrides",
    "align",
    "fact_sheet",
    "split_noise",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
