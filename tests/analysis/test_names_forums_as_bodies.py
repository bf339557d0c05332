"""A name closing with "Forum" is a body (an organisation) unless the text makes it a meeting: a
year or an ordinal before it ("the 2026 Rail Users Forum"), a date after it ("before the X Forum
in May"), or a meeting's verb ("held", "opened"). t13ad N12: the tabloid's signature "-- Britt
Solheim, Passenger Rights Forum" was an EVENT."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer.default()


_TABLOID = (
    "HERO PILOT SAVES 190 IN JET FIRE HORROR\n"
    "By DAN KROG and MIA STRAND\n"
    "Hero pilot Marit Eskeland brought a blazing jet down in just 20 minutes yesterday - saving all 190 "
    "people on board.\n"
    "Sixteen people were hurt as terrified passengers flung themselves down the slides.\n"
    '"{quote}"\n'
    "-- {person}, {body}\n"
    'An insider at the airline said the engine had "a history of warnings".\n'
    "The budget airline will hand each passenger a measly £520.\n"
)


@pytest.mark.parametrize(
    ("person", "body", "quote"),
    [
        ("Britt Solheim", "Passenger Rights Forum", "Nordair has a lot of questions to answer."),
        ("Ines Varga", "Rail Users Forum", "The railway owes its passengers an apology."),
        ("Pedro Alves", "Travellers Consumer Forum", "Nobody should have to wait this long."),
    ],
)
def test_a_signature_forum_is_an_organisation(rec: Recognizer, person: str, body: str, quote: str) -> None:
    found = names(rec, _TABLOID.format(person=person, body=body, quote=quote))
    assert (body, "ORG") in found, found
    assert (person, "PERSON") in found, found


def test_a_forum_a_person_chairs_is_an_organisation(rec: Recognizer) -> None:
    text = "Compensation is too low, said Pedro Alves, chair of the Travellers Rights Forum, on Tuesday."
    assert ("Travellers Rights Forum", "ORG") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "forum"),
    [
        ("Ministers will meet at the 2026 Rail Users Forum, officials said on Monday.", "Rail Users Forum"),
        (
            "A draft deal could be ready before the Astrava Energy Forum in May, the minister said.",
            "Astrava Energy Forum",
        ),
        ("The Kelvik Harbour Forum was held in the old customs house last week.", "Kelvik Harbour Forum"),
    ],
)
def test_a_forum_with_a_meeting_cue_stays_an_event(rec: Recognizer, text: str, forum: str) -> None:
    assert (forum, "EVENT") in names(rec, text), names(rec, text)
