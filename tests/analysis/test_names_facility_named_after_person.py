"""Review s35-rv item 4: round s35-e (t13y G10) typed NAME a facility in "the NAME gold mine", and
the facility's key took in every other mention of the name, so the person a mine or shaft is named
after, also in the story, became a Facility ("Kwame Asante, who founded the mine in 1987, said …",
"Dr. Anna Berg, chief executive"), their quotes credited to it and their lone surname another
person. Where the article reads the name as a person elsewhere (a title or job word before it, a
speech verb or ", who" beside it, or its surname alone so for a name opening with a known given
name), the facility is the whole phrase ("Kwame Asante gold mine") and the person stays one; with
no such reading the name alone is the facility, as the names gold writes it ("[Pampa Roja|FAC]
copper mine"; tests/analysis/test_names_facility_kind_nouns.py). The reported texts (rv-tmp/e1,
e2) and variants of other names, cues, nouns and languages."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


CASES = [
    # reported (rv-tmp/e2): ", who" and the surname with a speech verb
    (
        "Workers returned to the Kwame Asante gold mine on Monday, two years after it closed. Kwame Asante, who "
        'founded the mine in 1987, said the reopening was a relief. "We never gave up on this town," Asante said.',
        "Kwame Asante",
        "Kwame Asante gold mine",
    ),
    # reported (rv-tmp/e1): a title before the name
    (
        "Workers returned to the San Telmo copper mine on Monday. Miners from the Anna Berg shaft joined them. "
        "Dr. Anna Berg, chief executive of the Kellby General Hospital, said the Trust was ready.",
        "Anna Berg",
        "Anna Berg shaft",
    ),
    # variant: a speech verb before the name, a dam
    (
        'Water rose behind the Thandiwe Mokoena dam all week. "The spillway will hold," said Thandiwe Mokoena, '
        "whose family gave the land for it.",
        "Thandiwe Mokoena",
        "Thandiwe Mokoena dam",
    ),
    # variant: a job word before the name, its surname told … that, a colliery with a modifier
    (
        "Pumps ran at the Mirela Popescu coal colliery overnight. The site is named after engineer Mirela "
        "Popescu. Popescu told the inspectorate that the seam was dry.",
        "Mirela Popescu",
        "Mirela Popescu coal colliery",
    ),
]


@pytest.mark.parametrize(("text", "person", "facility"), CASES)
def test_the_person_a_facility_is_named_after_stays_a_person(
    rec: Recognizer, text: str, person: str, facility: str
) -> None:
    found = names(rec, text)
    assert (person, "FAC") not in found, found
    assert (person, "PERSON") in found, found
    assert (facility, "FAC") in found, found
    # every mention written as the person's name is the person's, none a facility's
    assert {label for label, _key in keys(rec, text, person)} == {"PERSON"}, keys(rec, text, person)


def test_a_lone_surname_joins_the_person_not_another(rec: Recognizer) -> None:
    text = CASES[0][0]
    assert {k for _label, k in keys(rec, text, "Asante")} == {k for _l, k in keys(rec, text, "Kwame Asante")}


def test_a_foreign_kind_noun_before_a_persons_name_leaves_the_person(rec: Recognizer) -> None:
    # "la mina Rosa Quispe … Dr. Rosa Quispe": the person, not a facility
    text = (
        "Los mineros volvieron el lunes a la mina Rosa Quispe, cerrada desde 2024. "
        "Dr. Rosa Quispe said the families had waited two years."
    )
    found = names(rec, text)
    assert ("Rosa Quispe", "FAC") not in found, found
    assert ("Rosa Quispe", "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no person reading elsewhere: the name alone is the facility (the gold's convention)
        ("Work stopped at the Kwame Asante open-pit gold mine after the landslide.", "Kwame Asante"),
        ("Families waited at the Anna Berg shaft, and the Anna Berg shaft stayed closed.", "Anna Berg"),
        ("Rescuers at the San Telmo mine said the drill had reached the refuge chamber.", "San Telmo"),
    ],
)
def test_a_facility_without_its_namesake_is_the_name(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "FAC") in names(rec, text), names(rec, text)
