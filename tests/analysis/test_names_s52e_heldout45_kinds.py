"""Held-out 45's biggest fixable kinds of error (issue #16, round s52-e), each with the half's
kind of input and two variants of other words, names and layout:

- an interview's speaker label in capitals that is no found person's surname but opens a name the
  text writes in full elsewhere ("KADZO:" beside the headline's "…: Kadzo Kahindi on her first
  album") is that person at every label and at the name, no organisation."""

from __future__ import annotations

import pytest
from name_helpers import keys, names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "label", "full"),
    [
        (
            '"The forest taught me the rhythm": Kadzo Kahindi on her first album\n\n'
            "The singer spoke to Rebecca Thistlewood in Mombasa.\n\n"
            "THISTLEWOOD: Where did you learn to sing?\n\n"
            "KADZO: In Ganze, at funerals and weddings.\n\n"
            "THISTLEWOOD: What does the title mean?\n\n"
            "KADZO: The winds of the southern monsoon.\n\n"
            "Kadzo Kahindi and her band play in Mombasa on Dec. 19.",
            "KADZO",
            "Kadzo Kahindi",
        ),
        (
            "Talking drums: Oluwaseun Adeyemo-Okafor looks back\n\n"
            "Q: When did you start?\n\n"
            "OLUWASEUN: At nine, in my uncle's band.\n\n"
            "Q: And now?\n\n"
            "OLUWASEUN: Now I teach.\n\n"
            "Q: Any regrets?\n\n"
            "OLUWASEUN: None.",
            "OLUWASEUN",
            "Oluwaseun Adeyemo-Okafor",
        ),
        (
            "Interview. Tavita Leausa Faleolo on the new boats.\n\n"
            "HARRIS: Why boats?\n\n"
            "TAVITA: Because the reef is gone.\n\n"
            "HARRIS: Who builds them?\n\n"
            "TAVITA: My brothers.",
            "TAVITA",
            "Tavita Leausa Faleolo",
        ),
    ],
)
def test_a_capitals_label_opening_a_full_name_is_that_person(rec: Recognizer, text: str, label: str, full: str) -> None:
    found = names(rec, text)
    assert (label, "PERSON") in found, found
    assert (full, "PERSON") in found, found
    assert not any(w == label and lab != "PERSON" for w, lab in found), found
    assert {k for _, k in keys(rec, text, label)} == {k for _, k in keys(rec, text, full)}
