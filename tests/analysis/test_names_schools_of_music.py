"""A conservatoire or a polytechnic named by its place ("Tbilisi State Conservatoire") is one ORG,
as a university or a college is (issue #16, round s40-e: held-out 33's GPE "Tbilisi"). The
reported name first, then variants invented for the kind; guard: the noun in lower case names
nothing."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        # reported (held-out 33)
        ("Singer\n\nShe studied at Tbilisi State Conservatoire in the 1980s.\n", "Tbilisi State Conservatoire"),
        # invented: "Conservatory of ...", "Polytechnic"
        ("Music\n\nHe teaches at the Royal Danish Conservatory of Music.\n", "Royal Danish Conservatory of Music"),
        ("Protest\n\nKumasi Polytechnic students marched on Monday.\n", "Kumasi Polytechnic"),
    ],
)
def test_school_of_music_is_an_org(rec: Recognizer, text: str, school: str) -> None:
    found = names(rec, text)
    assert (school, "ORG") in found, found


def test_lower_case_noun_names_nothing(rec: Recognizer) -> None:
    assert names(rec, "Music\n\nThe conservatory was closed for a week.\n") == set()
