"""One unknown capitalised word followed by an age in commas is a person's name (a surname or a
given name alone): "Japaridze, 38, said", "take the kids – Jun-Jun, 12, and", "Mbabazi, 27, from
Huye", inside a sentence (issue #16, round s33-c: heldout26's "Jun-Jun, 12," and heldout21's "Japaridze, 38," were
no name). The reported shapes first, then variants invented for the kind."""

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
        ("She wants to take the kids – Bong-Bong, 12, and the baby – to see the volcano.", "Bong-Bong"),
        ("At the new stall Tsiklauri, 38, said the dumplings sell out by noon.", "Tsiklauri"),
        ("With the crowd deafening, Mbabazi, 27, from Huye, wins his first stage on home roads.", "Mbabazi"),
    ],
)
def test_a_word_with_an_age_is_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, f"Story\n\n{text}\n")
