"""Names written with two or three spaced initials ("J. R. Okonjo", "T. K. Brennan", "J. R.
Okonjo-Mensah") are whole PERSONs, at a sentence's start too (issue #16, round s38-y4, t13af
N26: nothing, or the surname alone)."""

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
        ("J. R. Okonjo of the shipping agency gave evidence.", "J. R. Okonjo"),
        ("The inquiry sat late. T. K. Brennan said little.", "T. K. Brennan"),
        ("J. R. Okonjo-Mensah of the shipping agency gave evidence.", "J. R. Okonjo-Mensah"),
        ("By M. E. O'Connor, London", "M. E. O'Connor"),
        ("Im Saal sprach danach A. K. Wenzel über die Pläne.", "A. K. Wenzel"),
    ],
)
def test_spaced_initials_and_surname_one_person(rec: Recognizer, text: str, person: str) -> None:
    got = names(rec, text)
    assert (person, "PERSON") in got, got
    surname = person.rsplit(" ", 1)[-1]
    assert not [n for n in got if n[0] in (surname, person[:5])], got


def test_spaced_country_initials_no_person(rec: Recognizer) -> None:
    got = names(rec, "The U. S. Army sent two ships.")
    assert not [n for n in got if n[1] == "PERSON"], got
