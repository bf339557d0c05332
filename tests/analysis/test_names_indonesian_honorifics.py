"""Indonesian and Malay honorifics of address and nobility before a name are titles, outside it:
"Pak", "Bapak", "Ibu", "Raden" ("Pak Asep comes from Garut", "founded by Raden Cecep Sumantri";
issue #16, round s31-c: heldout24 had PERSONs "Pak Asep" and "Raden Cecep Sumantri", as
"Datuk", "Haji" or "Mzee" were read already). The reported sentences first, then variants
invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # reported (heldout24)
        ('"Pak Asep comes from Garut. He knows the mountain," she said by telephone.', ["Asep"]),
        ("Cisaruni, founded by Raden Cecep Sumantri in 1962, has 2,000 workers.", ["Cecep Sumantri"]),
        # invented: other honorifics and names
        ("Ibu Sri Wahyuni runs the stall, and Bapak Joko Susilo sells the tea.", ["Sri Wahyuni", "Joko Susilo"]),
        ("The mayor thanked Raden Ayu Kartini's heirs and Pak Darmo.", ["Darmo"]),
    ],
)
def test_the_honorific_is_outside_the_name(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert [p for p in people if (p, "PERSON") not in found] == [], found
    assert not any(name.split()[0] in ("Pak", "Bapak", "Ibu", "Raden") for name, _ in found), found
