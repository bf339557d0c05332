"""A body defined by its acronym in brackets, its name holding a short lower-case word of another
language (issue #16, round s48-e; held-out 40's "Innu Takuaikan Uashat mak Mani-utenam (ITUM)"
was cut at "mak", its opening words read as a person and "Innu" a PERSON wherever the article
wrote it): where the acronym's letters are the initials of the capitalised words across such a
word, the whole run is the body. Variants of other languages and connectors; an acronym whose
letters do not fit keeps the name after the word."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The project is backed by Innu Takuaikan Uashat mak Mani-utenam (ITUM). Innu families will benefit.",
            "Innu Takuaikan Uashat mak Mani-utenam",
        ),
        (
            "Funding came from Kativik Ilisarniliriniq ilu Nunavik (KIN) and the province.",
            "Kativik Ilisarniliriniq ilu Nunavik",
        ),
        ("Grants from Ngā Taonga Pūoro me Toi Māori (NTPTM) paid for the tour.", "Ngā Taonga Pūoro me Toi Māori"),
    ],
)
def test_an_acronym_across_a_foreign_connector(rec: Recognizer, text: str, body: str) -> None:
    found = names(rec, text)
    assert (body, "ORG") in found, found
    assert not any(label == "PERSON" for _, label in found), found


def test_letters_that_do_not_fit_keep_the_name_after_the_word(rec: Recognizer) -> None:
    found = names(rec, "Talks with Uashat mak Kessel Rail Services (KRS) ended on Monday.")
    assert ("Kessel Rail Services", "ORG") in found, found
