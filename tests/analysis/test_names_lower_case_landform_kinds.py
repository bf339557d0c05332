"""A name after a landform's kind written in lower case, as French, Spanish, Italian and
Portuguese write it ("l'éruption du mont Keldra", "del monte Keldra", "il lago Bianco", "o rio
Verdal"), is a LOC (acceptance t13ac M16, round s36-x4: no name was read there, so ``who:Keldra``
missed the French and Spanish articles). The reported sentences first, then variants of our own;
an English "price cap" before a name reads no place."""

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
        # reported (t13ac v0-story: intl/le-matin-fr, intl/el-sol-es)
        ("L'éruption du mont Keldra a fait au moins 14 morts jeudi sur l'île, selon l'agence.", "Keldra"),
        ("La erupción del monte Keldra dejó 16 muertos el jueves en la isla, según las autoridades.", "Keldra"),
        # ours: other kinds, languages and names
        ("Les pêcheurs du lac Varnsee ont vu l'eau monter de deux mètres en une nuit.", "Varnsee"),
        ("Las lluvias desbordaron el río Tuvenca y cortaron la carretera del norte.", "Tuvenca"),
        ("Il livello del lago Orsenna è sceso di un metro durante l'estate.", "Orsenna"),
        ("A cheia do rio Verdal isolou três aldeias durante a noite.", "Verdal"),
    ],
)
def test_a_name_after_a_lower_case_landform_kind_is_a_place(rec: Recognizer, text: str, place: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert (place, "LOC") in found, found


def test_an_english_price_cap_reads_no_place(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nBills will rise when the price cap Ofgem sets changes in April, the regulator said.\n")
    assert not [n for n, label in found if label == "LOC"], found
