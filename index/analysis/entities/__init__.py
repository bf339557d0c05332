"""Named entities (OntoNotes labels): ``lexicons`` (word lists the rules read), ``gazetteer``
(loading the YAML files, the alias trie, cities of the world), ``patterns`` (dates, figure spans,
datelines, bylines, tickers), ``recogniser`` (the pass over an article, ENTITY_VERSION), the
rules it runs, one module per capability (``words``: what one word cues; ``shouted``: text in
capitals; ``given_words``, ``person_jobs``, ``persons``; ``joins``: "and", "of" inside a name or
between two; ``places``, ``firms``, ``peoples``, ``languages``, ``laws``, ``products``,
``events``; ``short_forms``; ``surnames``: a lone surname that is a place's, a speaker label in
capitals, a full name found in two parts; ``branches``: "the Portuguese Red Cross"; ``german_nouns``: German's capitalised noun before a
name, "der Stadt La Oroya"; ``context``:
names typed by the words around them; ``emphasis``: a word shouted for emphasis;
``unknown_stretch``: capitalised words no cue typed; ``span_choice``: candidates compete;
``common_nouns``: a known name read as the common noun; ``teams``: clubs by town and nickname);
``mentions`` (Mention, Entity, keys) and ``grouping``
(mentions and entities across articles, their JSON), with the steps it runs: ``corpus_votes``
(the corpus's typed names type untyped mentions; ``open_places``, ``place_kinds``),
``firm_homes`` (one firm written or typed many ways), ``person_joins`` (one person named many
ways), ``spellings`` (the name an entity is shown by)."""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Recognizer": ".recogniser",
    "Entity": ".mentions",
    "Mention": ".mentions",
    "LABELS": ".mentions",
    "group": ".grouping",
    "entities_json": ".grouping",
}

__all__ = ["LABELS", "Entity", "Mention", "Recognizer", "entities_json", "group"]


def __getattr__(name: str) -> Any:
    # Lazy: importing the package costs nothing until a name is used (start-up time).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
