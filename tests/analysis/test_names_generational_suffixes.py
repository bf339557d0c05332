"""A name's generational suffix is inside the PERSON: "Jr." and "Sr." with their dot, as OntoNotes
spans them ("his son Walter Jr.,", "Gov. Rodolfo Vargas Jr. asked"), and a Roman number after a
name of two words ("Preston Aldridge III", "Chet Brannigan III, 58,"), which had been an acronym in
the name's run so that no name was read (issue #16, round s37-e: heldout30's PERSON "Walter Jr",
no "Preston Aldridge III"; heldout9's "Chet Brannigan III", heldout17's "Rodolfo Vargas Jr"). The
reported sentences first, then variants invented for the kind; guards: a place named after a
person ("Avenida Juan Pablo II"), a war ("World War II")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (heldout30, heldout9, heldout17)
        (
            "Obituary\n\nHe is survived by his daughters, his son Walter Jr., 11 grandchildren and his sister.\n",
            "Walter Jr.",
        ),
        (
            "Court\n\nThe company's lawyer, Dwight Aldridge III, argued that the family had ignored letters.\n",
            "Dwight Aldridge III",
        ),
        (
            "Rugby\n\nHouston investor Chet Brannigan III, 58, whose group already owns a mall, said no.\n",
            "Chet Brannigan III",
        ),
        (
            "Abaca\n\nGov. Rodolfo Vargas Jr. asked the Department of Agriculture to buy fibre at a floor price.\n",
            "Rodolfo Vargas Jr.",
        ),
        # invented: other names, other suffixes
        ("Roads\n\nThe bill was signed by Governor Ray Dalton Sr. on Friday.\n", "Ray Dalton Sr."),
        ("Fishing\n\nCaptain Amos Tuiasosopo IV said the catch was poor.\n", "Amos Tuiasosopo IV"),
    ],
)
def test_suffix_inside_the_person(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Roads\n\nTraffic on Avenida Juan Pablo II was slow on Monday.\n", "Avenida Juan Pablo II", "FAC"),
        ("History\n\nWorld War II ended in 1945.\n", "World War II", "EVENT"),
    ],
)
def test_named_after_a_person_stays_whole(rec: Recognizer, text: str, name: str, label: str) -> None:
    found = names(rec, text)
    assert (name, label) in found, found
