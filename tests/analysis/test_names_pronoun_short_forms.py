"""A pronoun opening a sentence is no short form of a name that opens with the same word: "He
comes in three days a week" beside the place "He Sápa", "She said" beside the painter "She
Wenyu", "He told reporters" beside "He Yuming" (issue #16, round s33-c: heldout26 typed three
sentence-opening "He" a PERSON after "He Sápa"). The name itself stays. The reported shape first,
then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("The Black Hills, which we call He Sápa, are sacred to us. He comes in three days a week.", "He"),
        ("The painter She Wenyu opened the show on Friday. She said the prints took a year.", "She"),
        ("Vice Premier He Yuming met the delegation. He told reporters the talks would go on.", "He"),
    ],
)
def test_a_sentence_opening_pronoun_is_no_name(rec: Recognizer, text: str, pronoun: str) -> None:
    text = f"Story\n\n{text}\n"
    lone = [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == pronoun]
    assert lone == []
