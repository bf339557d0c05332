"""A title before a name is outside it (issue #16, round s44-e, held-out 37): the Commonwealth's
abbreviated "Commander" ("Lt. Cdr. Marjorie Hataman" gave a PERSON "Cdr") and the "Hadji" of one
who made the pilgrimage ("Hadji Amilhamja" was the PERSON, the gold names "Amilhamja"), as "Cmdr"
and "Haji" were. The reported texts and two invented variants each."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Coast guard spokesman Lt. Cdr. Marjorie Hataman says the boat is safe.", "Marjorie Hataman"),  # reported
        ("Navy spokesman Lt. Cdr. Ana Reyes said the ship had sailed.", "Ana Reyes"),
        ("The pilot, Sqn Ldr Tom Hale, and Lt. Cdr. Ravi Nair flew the route.", "Ravi Nair"),
        ('She messaged: "My father, Hadji Amilhamja, is on that boat."', "Amilhamja"),  # reported
        ("Her uncle Hadji Salim Tan runs the shop.", "Salim Tan"),
        ("Hadji Omar said the boat was late.", "Omar"),
    ],
)
def test_the_title_stays_outside_the_name(rec: Recognizer, text: str, person: str) -> None:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    persons = {m.text for m in rec.recognize(article) if m.label == "PERSON"}
    assert person in persons and not any(("Cdr" in p or "Hadji" in p) for p in persons), persons
