"""A name the town or region lists hold, written after a preposition and a lower-case "the" and
ending its phrase ("one mine in the Atacama can", "stations on the Vakhsh and other rivers"), is a
desert, a river, a range or a region (OntoNotes LOC), not the town of that name: towns take no
"the" (heldout25, round s32-b: GPEs). "the London market", "the Minneapolis-based company" and
"in the Shamakhi and Ismayilli districts" keep the towns. Invented examples."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cattle ranchers in the Chaco say the drought is the worst in fifty years.", "Chaco"),
        ("Goat herders across the Sertão have sold half their flocks.", "Sertão"),
        ("Vineyards in the Piedmont were hit by hail on Sunday.", "Piedmont"),
    ],
)
def test_a_listed_name_after_the_is_a_landform(rec: Recognizer, text: str, place: str) -> None:
    assert (place, "LOC") in names(rec, text), names(rec, text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Traders in the London market sold the shares on Monday.", "London"),
        ("Shares in the Minneapolis-based company rose 9%.", "Minneapolis"),
    ],
)
def test_a_town_before_a_noun_stays_a_town(rec: Recognizer, text: str, town: str) -> None:
    assert (town, "GPE") in names(rec, text), names(rec, text)
