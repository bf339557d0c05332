"""Quotes: who said what, in whose words, across outlets.

:func:`find_quotes` recognises direct, partial and reported speech in one article and attributes
each to a speaker (the entity recogniser's merged entity); :func:`statements` lines the quotes of
many articles up into statements (the same thing said by the same speaker) and says how the
outlets' wordings relate; :func:`quotes_json` is the ``quotes --json`` document.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Quote": ".model",
    "Speaker": ".model",
    "KINDS": ".model",
    "find_quotes": ".recognise",
    "Statement": ".group",
    "statements": ".group",
    "quotes_json": ".group",
    "QUOTES_VERSION": ".group",
    "QuoteSheet": ".sheet",
}

__all__ = [
    "KINDS",
    "QUOTES_VERSION",
    "Quote",
    "QuoteSheet",
    "Speaker",
    "Statement",
    "find_quotes",
    "quotes_json",
    "statements",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
