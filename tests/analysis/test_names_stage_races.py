"""A stage race named in a Romance language after the land it tours is one EVENT, the land no
place of its own there: "Tour du Rwanda", "Tour de Langkawi", "Giro d'Italia", "Vuelta a España"
(issue #16, round s33-c: heldout26's live blog typed "Rwanda" a GPE in "Tour du Rwanda" twice;
heldout7's "Tour de Langkawi" was no name). The reported shape first, then variants invented for
the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "race", "land"),
    [
        ("The Tour du Rwanda is the biggest cycling event in the region.", "Tour du Rwanda", "Rwanda"),
        ("Tour du Burundi stage 3 – live: the riders leave Gitega.", "Tour du Burundi", "Burundi"),
        ("She won the Tour de Bretagne before turning professional.", "Tour de Bretagne", "Bretagne"),
        ("He crashed twice in the Vuelta a Colombia last spring.", "Vuelta a Colombia", "Colombia"),
    ],
)
def test_a_stage_race_is_one_event(rec: Recognizer, text: str, race: str, land: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (race, "EVENT") in found
    assert not any(n == land for n, _ in found)
