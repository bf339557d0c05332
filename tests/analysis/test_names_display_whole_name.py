"""An entity is shown by the spelling its articles write its whole name in most often (t13u F10,
round s32-a): the stadium written "Estadio Monteluz" twelve times, "Estádio Monteluz" once and
"Estadio Monteluz de Cordaleza" once was shown as "Estadio Monteluz de Cordaleza", the one
spelling of its key. A place's or a body's name written without the complement closing it ("de
Cordaleza", "di Verenza", "of Halvik") is its whole name too, and the one written most names it
(the longer on a tie); a person's whole name is still their full name ("Emre Erdoğan", never the
lone "Erdogan"), a firm's still holds its tail ("Kestrel Hydro Holdings", not "Kestrel Hydro").
The reported input and invented variants in other languages."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.grouping import group, grouped_by_key
from waic_reader.index.analysis.entities.mentions import Mention


def _mention(text: str, label: str) -> Mention:
    return Mention(0, len(text), text, label, f"{label}:{text}")


def _grouped(written: list[str], label: str) -> list[tuple[str, int]]:
    docs = {f"d{n}": [_mention(text, label)] for n, text in enumerate(written)}
    return [(e.name, len(e.mentions)) for e in group(docs, {doc: ms[0].text for doc, ms in docs.items()})]


CASES = [
    # reported: twelve times, once with an accent, once with its town
    (
        ["Estadio Monteluz"] * 12 + ["Estádio Monteluz", "Estadio Monteluz de Cordaleza"],
        "FAC",
        "Estadio Monteluz",
    ),
    (["Teatro Colonna"] * 6 + ["Teatro Colonna di Verenza"], "FAC", "Teatro Colonna"),
    (
        ["Palais Rouvière"] * 3 + ["Palais Rouviere", "Palais Rouvière de Lyssac", "Palais Rouvière de Lyssac"],
        "FAC",
        "Palais Rouvière",
    ),
    (["Grand Hotel Baltica of Halvik", "Grand Hotel Baltica", "Grand Hotel Baltica"], "FAC", "Grand Hotel Baltica"),
]

KEPT = [
    # a tie: the longer, the key's own name
    (["Teatro Colonna", "Teatro Colonna di Verenza"], "FAC", "Teatro Colonna di Verenza"),
    # a firm's short form drops its tail: not its whole name
    (["Kestrel Hydro"] * 5 + ["Kestrel Hydro Holdings"], "ORG", "Kestrel Hydro Holdings"),
]


@pytest.mark.parametrize(("written", "label", "shown"), CASES, ids=["estadio", "teatro", "palais", "hotel"])
def test_the_whole_name_written_most_names_it(written: list[str], label: str, shown: str) -> None:
    assert _grouped(written, label) == [(shown, len(written))]


@pytest.mark.parametrize(("written", "label", "shown"), KEPT, ids=["tie", "firm-tail"])
def test_a_short_form_or_a_tie_keeps_the_long_name(written: list[str], label: str, shown: str) -> None:
    assert _grouped(written, label) == [(shown, len(written))]


PEOPLE = [
    (["Emre Erdoğan", "Erdogan", "Erdogan", "Erdogan", "Erdogan"], "Emre Erdoğan"),  # reported (F1's tourist)
    (["Julien Macron", "Macron", "Macron", "Macron"], "Julien Macron"),
]


@pytest.mark.parametrize(("written", "shown"), PEOPLE, ids=["erdogan", "macron"])
def test_a_person_is_shown_by_the_full_name(written: list[str], shown: str) -> None:
    docs = {"a": [Mention(0, len(t), t, "PERSON", f"PERSON:{written[0]}") for t in written]}
    assert [e.name for e in group(docs)] == [shown]


def test_the_corpus_counts_name_an_entity_of_some_articles() -> None:
    """The entity of one article writing only the long form is named as the whole corpus writes
    it (``grouped_by_key`` on the corpus's counts: ``entities DOC``, the entity panel)."""
    spelled: dict[str, dict[str, int]] = {
        "estadio monteluz": {"Estadio Monteluz": 12, "Estádio Monteluz": 1},
        "estadio monteluz de cordaleza": {"Estadio Monteluz de Cordaleza": 1},
    }
    one = {"a": [_mention("Estadio Monteluz de Cordaleza", "FAC")]}
    assert [e.name for e in grouped_by_key(one, spelled)] == ["Estadio Monteluz"]
    # another name the short one opens ("Estadio Monteluz Norte"): the long one stays
    spelled["estadio monteluz norte"] = {"Estadio Monteluz Norte": 3}
    assert [e.name for e in grouped_by_key(one, spelled)] == ["Estadio Monteluz de Cordaleza"]
