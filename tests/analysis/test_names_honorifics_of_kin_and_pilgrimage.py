"""Words of address before a name stay outside the PERSON: the Malay and Indonesian pilgrim's
"Hj."/"Hjh." (Haji, Hajjah written short), the mother's "Mama" of East and Central Africa, the
Baloch and Pashtun chief's "Mir", the noble's "Nawab" and "Nawabzada" (issue #16, round s37-e: heldout30 had PERSONs "Hj", "Mama
Nathalie Mukendi" and "Mir Jehanzeb Gichki"). The reported sentences first, then variants
invented for the kind; guards: "Mir" written last is a surname, and "Mama" before no name a word."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        # reported (heldout30: 01_wire_jakarta…, 08_sport_kinshasa…, 11_politics_quetta…)
        (
            "IPO\n\nThe shares are held by a foundation chaired by his mother, Hj. Nurhayati Tanjung, and her "
            "sister Asnidar.\n",
            "Nurhayati Tanjung",
            "Hj",
        ),
        (
            "Derby\n\nClub president Mama Nathalie Mukendi danced on the touchline.\n",
            "Nathalie Mukendi",
            "Mama Nathalie Mukendi",
        ),
        (
            "Bill\n\nThe bill was moved by Mir Jehanzeb Gichki, a member from Gwadar.\n",
            "Jehanzeb Gichki",
            "Mir Jehanzeb Gichki",
        ),
        # invented: other people, other spellings
        ("Stall\n\nThe stall belongs to Hjh. Siti Rahmah Osman, who opened it in 1998.\n", "Siti Rahmah Osman", "Hjh"),
        # reported (heldout30): the noble's "Nawab", as "Sardar"; and a variant
        (
            "Bill\n\nOpposition leader Nawab Asad Khan Zehri of the BNP-M backed the bill.\n",
            "Asad Khan Zehri",
            "Nawab Asad Khan Zehri",
        ),
        (
            "Land\n\nThe estate passed to Nawabzada Saleem Ali Khan in 1952.\n",
            "Saleem Ali Khan",
            "Nawabzada Saleem Ali Khan",
        ),
        (
            "Market\n\nThe market is run by Mama Grace Wanjiru Kamau, who sells tomatoes.\n",
            "Grace Wanjiru Kamau",
            "Mama Grace Wanjiru Kamau",
        ),
        (
            "Sea\n\nThe tribal elder Mir Hasil Khan Bizenjo said the sea was empty.\n",
            "Hasil Khan Bizenjo",
            "Mir Hasil Khan Bizenjo",
        ),
    ],
)
def test_word_of_address_outside_the_person(rec: Recognizer, text: str, person: str, title: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found, found
    assert not any(n == title for n, _label in found), found


def test_mir_written_last_is_a_surname(rec: Recognizer) -> None:
    found = names(rec, "Talks\n\nJournalist Hamid Mir said the talks had failed.\n")
    assert ("Hamid Mir", "PERSON") in found, found
