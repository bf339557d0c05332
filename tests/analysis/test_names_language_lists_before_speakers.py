"""Every name of a list before "speakers" or "-speaking" is a language, not the last alone: "Welsh
and Gaelic speakers" (Welsh was NORP), and a list of two or more names no list of languages holds
("Dakota and Nakota speakers" of heldout26 were no name; issue #16, round s33-n). Invented
variants: other languages, three items, "-speaking", a language written with its own accents;
and what stays no language (a brand's list before loudspeakers' words, a job's title)."""

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
            "The survey found that Tsotsil and Tseltal speakers in the highlands had no clinic.",
            ["Tsotsil", "Tseltal"],
        ),
        (
            "Kalaallisut, Inuktun and Tunumiisut speakers will get the leaflet in the spring.",
            ["Kalaallisut", "Inuktun", "Tunumiisut"],
        ),
        ("Schools for Romani and Sinti-speaking children opened in the district.", ["Romani", "Sinti"]),
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
    ],
)
def test_no_language_of_other_speakers(rec: Recognizer, text: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(label == "LANGUAGE" for _, label in found)
