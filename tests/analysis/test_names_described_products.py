"""A name the article describes as a product is a PRODUCT wherever it writes it: in apposition to a
product noun after "a", "an" or "the" ("Lavina, the first avalanche-risk app in Romansh", "Fiore
Sardo, the smoked raw-milk cheese of the Barbagia") or before "brands" ("the Teh Kabayan and Cikuray
brands"); issue #16, round s31-c: heldout24 wrote an app's name five times and two cheeses and two
teas, none found. A noun that is no head ("the phone maker") and a name the gazetteer knows are
left alone. The reported sentences first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # reported (heldout24)
        (
            "Ovasana AG and Pendicularas Motta Naluns SA launch Lavina, the first avalanche-risk app in Romansh. "
            'Lavina uses the bulletin. "With Lavina, our patrol can push a warning," she said.',
            ["Lavina"],
        ),
        (
            "The smaller cooperatives say they have done better by making Fiore Sardo, the smoked raw-milk cheese "
            "of the Barbagia, and selling it at the village fairs.",
            ["Fiore Sardo"],
        ),
        (
            "The Bandung-based company, which makes the Teh Kabayan and Cikuray brands of bottled tea, will grow.",
            ["Teh Kabayan", "Cikuray"],
        ),
        # invented: other products and wording
        (
            "Farmers in the delta now use Kestro, a budgeting app for smallholders. Kestro was built in Accra.",
            ["Kestro"],
        ),
        (
            "The winery sells Okavi, a sparkling wine, and the Ruvolo and Basileia brands.",
            ["Okavi", "Ruvolo", "Basileia"],
        ),
    ],
)
def test_described_names_are_products(rec: Recognizer, text: str, products: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert [p for p in products if (p, "PRODUCT") not in found] == [], found
    assert all(label == "PRODUCT" for name, label in found if name in products), found


def test_a_maker_and_a_known_name_are_left_alone(rec: Recognizer) -> None:
    found = names(rec, "Story\n\nApple, the phone maker, said sales rose. Brixell, the app maker, agreed.\n")
    assert ("Apple", "ORG") in found and ("Brixell", "PRODUCT") not in found, found
