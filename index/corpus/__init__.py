"""Reading a corpus: files, decoding, metadata, blocks and sentences, text hygiene."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Article": ".reader",
    "Corpus": ".reader",
    "CorpusError": ".reader",
    "Entry": ".reader",
    "Skipped": ".reader",
    "Block": ".blocks",
    "Sentence": ".blocks",
    "split_blocks": ".blocks",
    "split_sentences": ".blocks",
    "visible": ".text",
    "one_line": ".text",
}

__all__ = [
    "Article",
    "Block",
    "Corpus",
    "CorpusError",
    "Entry",
    "Sentence",
    "Skipped",
    "one_line",
    "split_blocks",
    "split_sentences",
    "visible",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
