"""A word no list of languages holds (an endonym, a creole, a name written with its own accents)
read right after a verb of speaking, singing, answering or teaching ("speaks Kreyòl", "spoke in
Guaraní", "answer in Kreyòl") is a LANGUAGE, at its other mentions too ("use Kreyòl to help");
a town there stays a town ("We spoke in Montreal"), and "said in X" reads no language (issue #16,
round s29-c: heldout22's "Kreyòl" was a GPE five times, "Guaraní" once). The reported shapes
first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # reported (heldout22)
        ("The teacher speaks French. The children answer in Kreyòl. Then they are told to answer again.", "Kreyòl"),
        ("We met near Coronel Oviedo. She spoke in Guaraní, the language most Paraguayans use at home.", "Guaraní"),
        # invented: other languages, other verbs
        ("In Paramaribo most pupils speak Sranan at home, and their parents reply in Sranan too.", "Sranan"),
        ("The market women in Kingston answered in Patwa when the inspector arrived.", "Patwa"),
    ],
)
def test_a_language_no_list_holds(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found
    assert not any(n == language and label in ("GPE", "LOC", "ORG", "PERSON") for n, label in found)


def test_its_other_mentions(rec: Recognizer) -> None:
    text = "Almost every Haitian speaks Kreyòl. Teachers in Little Haiti use Kreyòl to help new arrivals."
    spans = [(m.start, m.label) for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == "Kreyòl"]
    assert len(spans) == 2 and all(label == "LANGUAGE" for _, label in spans)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We spoke in Montreal, where she now spends half the year.", "Montreal"),
        ("Police said in Harlingen that the ferry would not sail.", "Harlingen"),
    ],
)
def test_a_town_stays_a_town(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "LANGUAGE") not in names(rec, text)
