"""Words of address and honour of other traditions written capitalised before a person's name are
outside it, as "Mr" and "Pu" are: Sesotho's "Ntate", Khasi's "Bah" and "Kong", Karen's "Thra",
Meitei's "Oja", Syriac churches' "Mar" and "Qasha", Gagauz "Bashkan", Yiddish "Reb", Swahili's
"Bwana", Thai's "Khun", Tagalog's "Aling" and "Mang", and a court's "Advocate" (heldout28 kind:
"Kong Ibakordor Syiem", "Mar Odisho Toma", "Advocate Palesa Ramakoae" were PERSONs with the word
in). Invented names of several traditions; a word that is also a place's part or a surname stays there."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "whole"),
    [
        (
            "Crown counsel Advocate Lerato Mahlangu told the court the money was never repaid.",
            "Lerato Mahlangu",
            "Advocate Lerato Mahlangu",
        ),
        (
            "The service was led by Mar Shimun Daniel, bishop of the diocese in Sweden.",
            "Shimun Daniel",
            "Mar Shimun Daniel",
        ),
        (
            "Reb Yankel Brodsky, who runs the bakery, said the ovens would stay cold.",
            "Yankel Brodsky",
            "Reb Yankel Brodsky",
        ),
        (
            "Khun Somchai Rattanakosin, 58, said the canal had never flooded so fast.",
            "Somchai Rattanakosin",
            "Khun Somchai Rattanakosin",
        ),
        ("Bwana Hamisi Mwinyi, the ferry's owner, said the boat was full.", "Hamisi Mwinyi", "Bwana Hamisi Mwinyi"),
        (
            "Her neighbour Aling Rosario Dimaculangan, 64, said the water rose in an hour.",
            "Rosario Dimaculangan",
            "Aling Rosario Dimaculangan",
        ),
        (
            "Kong Dawanri Lyngdoh, the firm's head of sales, said orders had doubled.",
            "Dawanri Lyngdoh",
            "Kong Dawanri Lyngdoh",
        ),
        (
            "The council's leader, Bashkan Ilya Kuroglo, who backed the plan, spoke first.",
            "Ilya Kuroglo",
            "Bashkan Ilya Kuroglo",
        ),
        (
            "The choir was led by Oja Khumanthem Ibochou, whose songs closed the night.",
            "Khumanthem Ibochou",
            "Oja Khumanthem Ibochou",
        ),
    ],
)
def test_a_word_of_address_stays_outside_the_name(rec: Recognizer, text: str, person: str, whole: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert (whole, "PERSON") not in found, found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Flights to Hong Kong resumed on Monday.", "Hong Kong", "GPE"),
        ("Mamadou Bah said the bus had left at dawn.", "Mamadou Bah", "PERSON"),
    ],
)
def test_the_words_inside_place_names_stay(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)
