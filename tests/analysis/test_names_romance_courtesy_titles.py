"""The courtesy titles of Spanish, Portuguese, Italian and French ("Señora", "Sra.", "Signora",
"Monsieur", "Senhora", "Don" before a full name) stay outside a PERSON's span, as English "Mr" and
"Mrs" do (issue #16; t13an N21, round s46-b: "The café owner Señora Ibáñez said" gave a PERSON
"Señora Ibáñez"). The first case is the tester's sentence; the others are invented. A given name
that is also such a word ("Don Cheadle") and a generational "Sr." after a name stay the name's."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # reported (t13an, zz-hostile-wire)
        ("The café owner Señora Ibáñez said the boats were late. Ibáñez closed early.", "Ibáñez", "Señora"),
        # invented: Italian and French, before a given name and a surname
        ("The baker Signora Lucia Bernardi said the square had flooded overnight.", "Lucia Bernardi", "Signora"),
        ("The fisherman Sr. Ramiro Tejada said the sea had been calm all week.", "Ramiro Tejada", "Sr."),
        ("Relatives of Senhora Conceição Figueiredo waited at the pier all night.", "Conceição Figueiredo", "Senhora"),
        ("The harbour master, Don Aurelio Mancuso, said the ferry left on time.", "Aurelio Mancuso", "Don"),
    ],
    ids=["reported-senora", "signora", "sr-dot", "senhora", "don-full-name"],
)
def test_courtesy_title_outside_the_person(rec: Recognizer, text: str, person: str, title: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and name.startswith(title) for name, label in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Actor Don Cheadle said the film would open in May.", "Don Cheadle"),
        ("Ken Griffey Sr. played for the Reds for many years.", "Ken Griffey Sr."),
    ],
    ids=["given-name-don", "generational-sr"],
)
def test_given_name_and_suffix_stay_in_the_name(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
