"""Saharan and Maghrebi filial words inside a person's name: Tuareg "Ag" (son of) and
"Walet"/"Welet" (daughter of), Moorish "Ould" (son of) and "mint" (daughter of), Amazigh "Ait"/"Aït"
(of the family of), capitalised or not, join a person's own name to the father's or the family's as
"bin" and "anak" do (issue #16, round s34-b: heldout27's "Rhissa Ag Elleh" and "Ghali Ag Mohamed"
were PERSONs "Rhissa", "Ag", "Elleh", heldout22's "Fadma Ait Bahha" a PERSON "Ait Bahha"). The
reported shapes with other names first, then variants invented for the kind; guards: a legal form
"AG" and a place opening with "Aït" stay what they are."""

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
        # the reported shapes, other names
        ("Moussa Ag Assarid, 19, from a camp near Iferouane, crosses the line first.", "Moussa Ag Assarid"),
        ("Second is Intalla Ag Mohamed of Arlit.", "Intalla Ag Mohamed"),
        ("Tuhra Ait Lahcen, singer and poet, was born in Tiznit.", "Tuhra Ait Lahcen"),
        # invented: lower-case and daughters' forms, other languages
        ("The herders were led by Iyad ag Bilal, who knows the wells.", "Iyad ag Bilal"),
        ("Fatimata Walet Alhassane said the goats had found water.", "Fatimata Walet Alhassane"),
        ("The minister, Mohamed Ould Ghazali, opened the road.", "Mohamed Ould Ghazali"),
        ("The poet Mariem mint Derwich read first.", "Mariem mint Derwich"),
        ("Judge Hassan Aït Ouarab read the verdict.", "Hassan Aït Ouarab"),
    ],
)
def test_a_filial_word_joins_the_name(rec: Recognizer, text: str, person: str) -> None:
    found = {(" ".join(n.split()), label) for n, label in names(rec, text)}
    assert (person, "PERSON") in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Shares of Siemens AG Munich rose.", "Ag", None),
        ("Tourists visit Aït Benhaddou every spring.", "Aït Benhaddou", "GPE"),
    ],
)
def test_guards(rec: Recognizer, text: str, name: str, label: str | None) -> None:
    found = names(rec, text)
    if label is None:
        assert not any(label_ == "PERSON" for _, label_ in found), found
    else:
        assert not any(label_ == "PERSON" and name in n for n, label_ in found), found
