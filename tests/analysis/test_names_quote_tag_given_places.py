"""A one-word place that is a given name, speaking in a quotation's tag, is a person (issue #16,
round s38-x2; s37-y3's left undone, s37-rv 17).

'"It was a hard week," Paris added.' gave a GPE "Paris" (the entity list and the quote's
speaker): the gazetteer's city won over the tag. Quoted words are a person's: a one-word place
that people bear as a given name (place_given_names.txt, or a given name the recogniser knows)
as the subject of a speech verb after a quotation ('"…," X added') or after the verb ('"…,"
said X') is a PERSON. The place stays where the text reads it otherwise: a country speaks for its
government ("Jordan"), a capital whose country the article names speaks for that government, a
word the article makes speak with "it"/"its" or "in a statement" ('Paris said on Monday it
would appeal'), and a place that is no given name ("Moscow") stays a place.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

LEAD = "Flood clean-up\n\nThe river burst its banks on Tuesday and flooded the lower town.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the reported input
        ('"It was a hard week," Paris added.', "Paris"),
        # variants: the verb first, another given name that is a city, another verb
        ('"We lost everything in one night," said Denver.', "Denver"),
        ('"The water came through the floor," Florence told reporters.', "Florence"),
        ('"Nobody came to help us for two days," Sydney said on Tuesday.', "Sydney"),
    ],
)
def test_given_place_in_a_quote_tag_is_a_person(rec: Recognizer, text: str, word: str) -> None:
    found = names(rec, LEAD + text)
    assert (word, "PERSON") in found and (word, "GPE") not in found, found


def test_place_elsewhere_stays_a_place(rec: Recognizer) -> None:
    found = names(rec, LEAD + 'Flights to Paris were cancelled.\n\n"It was a hard week," Paris added.')
    assert {("Paris", "GPE"), ("Paris", "PERSON")} <= found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a capital speaking for a government: "it" for it, in a statement, its country named
        ('"We will not pay," Paris said on Monday, adding that it would appeal.', "Paris"),
        ('"The border stays open," Paris said in a statement.', "Paris"),
        ('France has sent pumps. "The aid will keep coming," Paris added.', "Paris"),
        # reported speech, no quotation's tag
        ("Paris said on Monday it would send aid.", "Paris"),
        # a country, and a capital no one is named after
        ('"We will send aid," Jordan said.', "Jordan"),
        ('"We will send aid," Moscow said.', "Moscow"),
    ],
)
def test_place_speaking_as_a_body_stays_a_place(rec: Recognizer, text: str, word: str) -> None:
    found = names(rec, LEAD + text)
    assert (word, "GPE") in found and (word, "PERSON") not in found, found
