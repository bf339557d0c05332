"""A person named in full in three words or more and later by the first two of them is that
person there, one mention keyed to the full name: "Lobsang Dorje" after "Lobsang Dorje Phuntsok",
"Tsering Norbu" after "Tsering Norbu Lhamo", "Batbayar Gantulga" after "Batbayar Gantulga
Erdene" (issue #16, round s33-c: heldout26's obituary typed "Dorje" alone a PERSON inside each
"Lobsang Dorje"). The reported shape first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Lobsang Dorje Phuntsok, who painted scrolls for six decades, died on Thursday. He fled in 1959. "
            "Lobsang Dorje carried with him only a roll of brushes.",
            "Lobsang Dorje",
            "Lobsang Dorje Phuntsok",
        ),
        (
            "The school was opened in 1990 by Tsering Norbu Lhamo, a weaver. Years later Tsering Norbu's pupils ran it.",
            "Tsering Norbu",
            "Tsering Norbu Lhamo",
        ),
        (
            "Herder Batbayar Gantulga Erdene, 52, lost 300 goats. Batbayar Gantulga said the winter was the worst.",
            "Batbayar Gantulga",
            "Batbayar Gantulga Erdene",
        ),
    ],
)
def test_the_first_words_of_a_full_name_are_that_person(rec: Recognizer, text: str, short: str, full: str) -> None:
    text = f"Story\n\n{text}\n"
    found = [(text[m.start : m.end], m.label, m.key) for m in rec.recognize(Art("x", text))]
    assert (short, "PERSON", f"PERSON:{full}") in found
    assert not any(n in short.split() for n, _, _ in found)
