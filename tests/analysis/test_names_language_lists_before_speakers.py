"""Every name of a list before "speakers" or "-speaking" is a language, not the last alone: "Welsh
and Gaelic speakers" (Welsh was NORP), and in a text that uses a language as one, a list of two
or more names no list of languages holds ("Dakota and Nakota speakers" beside "taught in Lakota"
of heldout26 were no name; issue #16, round s33-n). Invented variants: other languages, three
items, "-speaking"; and what stays no language (brands' and parties' speakers, towns, a job's
title)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Welsh and Gaelic speakers in the west met the minister on Friday.", ["Welsh", "Gaelic"]),
        (
            "Classes are taught in Spanish. The survey found that Tsotsil and Tseltal speakers in the highlands "
            "had no clinic.",
            ["Tsotsil", "Tseltal"],
        ),
        (
            "The leaflet was printed in Danish. Kalaallisut, Inuktun and Tunumiisut speakers will get it in the spring.",
            ["Kalaallisut", "Inuktun", "Tunumiisut"],
        ),
        (
            "Lessons are given in German. Schools for Romani and Sinti-speaking children opened in the district.",
            ["Romani", "Sinti"],
        ),
    ],
)
def test_every_name_of_a_list_before_speakers_is_a_language(rec: Recognizer, text: str, languages: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    for language in languages:
        assert (language, "LANGUAGE") in found


@pytest.mark.parametrize(
    "text",
    [
        "Conference speakers included the mayor and two professors.",
        "The Speaker and Deputy Speaker of the assembly were re-elected.",
        "Apple and Samsung speakers sold well this year.",
        "Sonos and Bose speakers were on sale.",
        "Labour and Conservative speakers clashed in the debate.",
        "Democratic and Republican speakers took turns at the convention.",
        "Paris and London speakers at the summit agreed.",
    ],
)
def test_no_language_of_other_speakers(rec: Recognizer, text: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(label == "LANGUAGE" for _, label in found)
