"""A ship's prefix decides what the name after it is, and stays outside it, whatever the other
rules read there (t13v F2, round s32-r): "the USS Carney" was a PERSON Mark Carney, the gazetteer's
person keeping his type over the prefix; "A ferry, the MV Esterel," was a PRODUCT "MV Esterel", the
craft's apposition taking the prefix into the name, beside "Esterel" of "The MV Esterel". The
reported sentences and two invented variants of each (other names, other wording)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "ships"),
    [
        (  # reported (repro v3/a.txt)
            "The crew of the HMS Dauntless and the USS Carney stood by off the coast, while the SS Ventura cruise "
            "liner changed course.",
            ["Dauntless", "Carney", "Ventura"],
        ),
        # invented: other famous surnames, other wording
        ("The crew of the HMCS Trudeau and the USS Biden stood by off the coast.", ["Trudeau", "Biden"]),
        ("Two warships, the HMS Albanese and the USS Meloni, stood by as the flames spread.", ["Albanese", "Meloni"]),
    ],
)
def test_a_famous_surname_after_a_ship_s_prefix_is_the_ship(rec: Recognizer, text: str, ships: list[str]) -> None:
    found = names(rec, text)
    for ship in ships:
        assert (ship, "PRODUCT") in found, found
    assert not any(label == "PERSON" for _, label in found), found


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (  # reported (riviera-live.txt, provence-blog.html)
            "Several hundred people were taken off the beach. A ferry, the MV Esterel, is shuttling people to the "
            "island.",
            "Esterel",
        ),
        # invented: another craft, another prefix, another wording
        (
            "Several hundred people were taken off the beach. A trawler, the MV Kalanti, towed the barge away.",
            "Kalanti",
        ),
        ("Sixty people went aboard the HMS Tern on Friday.", "Tern"),
    ],
)
def test_the_prefix_stays_outside_an_apposed_craft_s_name(rec: Recognizer, text: str, ship: str) -> None:
    found = names(rec, text)
    assert (ship, "PRODUCT") in found, found
    assert not any(name.startswith(("MV ", "HMS ")) for name, _ in found), found
