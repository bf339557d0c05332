"""A band or a troupe named by its last word is an organisation (issue #16, round s42-e, held-out
35's carnival story).

"We don't want Ekondo and Freedom Band fighting over jewellery" gave a PERSON 'Freedom Band'; "the
Ekondo Carnival Band" was no name. "Band", "Troupe", "Quartet" and "Quintet" now close an
organisation's name as "Choir" and "Orchestra" do.
"""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

HEAD = "Carnival news\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the reported inputs (held-out 35, article 03)
        ("We don't want Ekondo and Freedom Band fighting over jewellery, the chairman added.", "Freedom Band"),
        ("The Ekondo Carnival Band won the parade on Sunday.", "Ekondo Carnival Band"),
        # variants of my own: a troupe after "of the", a quartet speaking
        ("Members of the Ikot Dance Troupe said they would march.", "Ikot Dance Troupe"),
        ("Halden String Quartet said the concert would go ahead.", "Halden String Quartet"),
    ],
)
def test_band_or_troupe_is_an_organisation(rec: Recognizer, sentence: str, body: str) -> None:
    found = names(rec, HEAD + sentence)
    assert (body, "ORG") in found, found


def test_the_word_in_lower_case_or_opening_a_sentence_names_nothing(rec: Recognizer) -> None:
    assert names(rec, HEAD + "The band played late. Band members said they were tired.") == set()
