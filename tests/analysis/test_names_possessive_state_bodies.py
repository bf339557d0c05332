"""A state's or a province's possessive opening a sentence before a body's name keeps the place, and
"Division of ..." names a body (issue #16, round s43-e: a tester's "Colorado's Division of Wildlife
said" gave an ORG "Wildlife" alone, the state lost)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place", "body"),
    [
        # the tester's sentence
        ("Colorado's Division of Wildlife said the elk herd grew.", "Colorado", "Division of Wildlife"),
        # another province and another kind of body
        ("Saskatchewan's Ministry of Environment said the lake was safe.", "Saskatchewan", "Ministry of Environment"),
        ("Oregon's Department of Forestry said the fire grew.", "Oregon", "Department of Forestry"),
    ],
)
def test_opening_possessive_place_and_body(rec: Recognizer, text: str, place: str, body: str) -> None:
    got = names(rec, text)
    assert (place, "GPE") in got
    assert (body, "ORG") in got


def test_division_of_names_a_body(rec: Recognizer) -> None:
    got = names(rec, "Officials at the Division of Wildlife Resources counted elk in the valley.")
    assert ("Division of Wildlife Resources", "ORG") in got


def test_common_word_possessive_is_no_place(rec: Recognizer) -> None:
    got = names(rec, "Today's Daily Mail said the vote was close.")
    assert not any(label == "GPE" for _, label in got)
