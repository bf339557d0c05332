"""A name of two words typed a vessel or a place in some articles and a person in others is one
entity, the vessel or the place (t13t F2, round s31-j: "Puerto Calder" was a GPE in the
datelines and a PERSON elsewhere, two rows of the matrix; "Santa Rosalía" PRODUCT and PERSON).
The reported keys and invented variants; a person a rule once typed a place stays a person."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.firm_homes import firm_homes, things_named_as_people


@pytest.mark.parametrize(
    ("thing", "person"),
    [
        ("GPE:PUERTO CALDER", "PERSON:Puerto Calder"),  # reported (t13t F2)
        ("PRODUCT:Santa Rosalía", "PERSON:Santa Rosalia"),  # reported, written unaccented
        ("LOC:Isla Tortuga", "PERSON:Isla Tortuga"),
        ("PRODUCT:Rosa Maria", "PERSON:Rosa Maria"),
        ("GPE:Santa Lucia", "PERSON:Santa Lucia"),  # a town named after a saint, in a dateline
        ("GPE:SAN ISIDRO", "PERSON:San Isidro"),
    ],
)
def test_the_person_goes_to_the_thing(thing: str, person: str) -> None:
    assert things_named_as_people([thing, person]) == {person: thing}
    assert firm_homes([thing, person]).get(person) == thing


def test_a_person_with_a_given_name_first_stays_apart_from_a_place() -> None:
    assert things_named_as_people(["GPE:Georgia Lindqvist", "PERSON:Georgia Lindqvist"]) == {}


def test_one_word_names_stay_apart() -> None:
    assert things_named_as_people(["GPE:Jordan", "PERSON:Jordan"]) == {}
