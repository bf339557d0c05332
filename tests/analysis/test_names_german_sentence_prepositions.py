"""A German preposition opening a sentence ("Vor", "Nach", "Laut", "Seit") is capitalised by its
place, never a name's first word ("Vor Siemens Energy" was an ORG: a reported leftover, round
s39-e). Invented examples beside the reported kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Es war kalt.\n\nVor Siemens Energy lag Nordex.", "Siemens Energy"),
        ("Es war kalt.\n\nLaut Nordwind Energie GmbH sank der Umsatz im Mai.", "Nordwind Energie GmbH"),
        ("Es war kalt.\n\nSeit Harmon Holding AG die Mehrheit hält, stieg der Kurs.", "Harmon Holding AG"),
    ],
)
def test_opening_preposition_stays_outside_the_name(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found
    assert not any(name.endswith(firm) and name != firm for name, _ in found)


def test_a_person_after_the_preposition_stays_whole(rec: Recognizer) -> None:
    found = names(rec, "Es war kalt.\n\nNach Kurt Weber sprach Anna Schmidt.")
    assert {("Kurt Weber", "PERSON"), ("Anna Schmidt", "PERSON")} <= found
