"""A name no list of given names holds, between the words of a role and a person's cue, is a
person's (round s32-n, issue #16: "Minister of Mining and Heavy Industry Tserendorj Munkhzul said",
"Provincial Agriculture MEC Patience Arendse said" were no names: the role's title or acronym made
the whole capitalised run a row of single words). The cue is a speech verb or an age after the
name. Invented examples; guards: no cue, or a body's words after the role, make no person."""

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
        (
            "Minister of Water and Mineral Resources Ganbold Tsetsegmaa said the mine would reopen.",
            "Ganbold Tsetsegmaa",
        ),
        ("Regional Health MEC Nomvula Dikgale told reporters the clinic would stay open.", "Nomvula Dikgale"),
        ("Gwent East MS Heddwyn Prydderch said he would raise the closure.", "Heddwyn Prydderch"),
        ("Deputy Director of Public Works Oyunbileg Batsaikhan, 52, signed the order.", "Oyunbileg Batsaikhan"),
    ],
)
def test_an_unlisted_name_after_a_role_and_before_a_cue(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no cue after the run
        ("Minister of Water and Mineral Resources Ganbold Tsetsegmaa visited the mine.", "Ganbold Tsetsegmaa"),
        # a body's kind word ends the run
        ("Regional Health MEC Vaal Water Board said the plant would close.", "Vaal Water Board"),
    ],
)
def test_no_person_without_a_cue_or_with_a_body(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "PERSON") not in names(rec, text), names(rec, text)
