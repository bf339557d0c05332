"""A club with no suffix, named by a plural nickname ("Royal Leopards"), is an ORG where it opens
a results line ("Royal Leopards 2 Mbabane Swallows 1"), and so are its other mentions and its
nickname alone (issue #16, round s40-e: a leftover of held-out 32, three PERSONs
"Royal Leopards"). The reported text first, then variants invented for the kind; guard: two
people, one beating the other by a score, stay people."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # reported (held-out 32's leftover)
        (
            "Royal Leopards 2 Mbabane Swallows 1: Bhodloza double wins cup\n\nMthunzi Simelane scored twice as "
            "Royal Leopards came from behind to beat Mbabane Swallows 2-1 in the cup final on Saturday.\n",
            "Royal Leopards",
        ),
        # invented: a results line inside a sentence; another sport's score
        (
            "Derby\n\nThe league derby finished Royal Buffaloes 3 Manzini Sundowns 1 on Sunday.\n",
            "Royal Buffaloes",
        ),
        (
            "Final\n\nVictor Tigers 78 Juba Lions 71 in the basketball league final. Tigers fans sang.\n",
            "Victor Tigers",
        ),
    ],
)
def test_plural_club_is_an_org(rec: Recognizer, text: str, club: str) -> None:
    found = names(rec, text)
    assert (club, "ORG") in found, found
    assert (club, "PERSON") not in found, found


def test_people_beating_people_stay_people(rec: Recognizer) -> None:
    found = names(rec, "Tennis\n\nGareth Evans beat Tom Jones 6-3 in the league final on Sunday.\n")
    assert ("Gareth Evans", "PERSON") in found, found
