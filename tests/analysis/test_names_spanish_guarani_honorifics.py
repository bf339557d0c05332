"""The Spanish and Guaraní honorifics "Doña", "Ña" and "Ño" before a name are titles, outside the
PERSON (issue #16, round s29-c: heldout22's "said Ña Cristina Ayala" was a PERSON "Ña Cristina
Ayala"). The reported shape first, then variants invented for the kind."""

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
        # reported (heldout22)
        (
            '"My freezer stops every afternoon," said Ña Cristina Ayala, who sells chipa by the road.',
            "Cristina Ayala",
        ),
        # invented: other honorifics, other wording
        ("The stall is run by Doña Rosa Benítez, who opened it in 1990.", "Rosa Benítez"),
        ("The fish came from Ño Anselmo Giménez, 80, who still fishes the river.", "Anselmo Giménez"),
        ("We bought chipa from Ña Eulalia Benítez at the bus stop.", "Eulalia Benítez"),
    ],
)
def test_the_honorific_stays_outside(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert not any(n.startswith(("Ña ", "Doña ", "Ño ")) for n, _ in found)
