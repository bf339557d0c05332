"""A one-word name in apposition to a relative or a person noun after a determiner is a PERSON:
between commas or before a full stop ("His wife, Sharadamma, died", "his mother, Kunti."), two
names joined by "and" after a plural ("her sons, Joel and Gabriel,"), an outlet's reader ("A reader,
Gulnara, writes"), and a person noun straight after a possessive ("My neighbour Timur drove")
(issue #16, round s31-c: heldout24's obituary, court report and live blog named eight people so,
none found). The reported sentences first, then variants invented for the kind."""

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
        (
            "His wife, Sharadamma, died in 2015. He is survived by his sons, Raghavendra and Venkatesha, his "
            "daughter, Sumathi Upadhya, and eleven grandchildren.",
            ["Sharadamma", "Raghavendra", "Venkatesha"],
        ),
        (
            "She sat in the public gallery with her sons, Joel and Gabriel, and wept as the sentence was read.",
            ["Joel", "Gabriel"],
        ),
        (
            "A reader, Gulnara, writes from the east of the city. My neighbour Timur drove the school bus.",
            ["Gulnara", "Timur"],
        ),
        # invented: other names, relatives and wording
        (
            "The fisherman leaves his widow, Ngozika, and his daughters, Adaeze and Chinwe, who run the stall.",
            ["Ngozika", "Adaeze", "Chinwe"],
        ),
        (
            "A listener, Kwabena, called in from the market. Our friend Efua then sang. He wrote to his brother, "
            "Tawia.",
            ["Kwabena", "Efua", "Tawia"],
        ),
    ],
)
def test_apposed_names_are_people(rec: Recognizer, text: str, people: list[str]) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert [p for p in people if (p, "PERSON") not in found] == [], found


@pytest.mark.parametrize(
    "text",
    [
        "His wife, Paris, was no place to live.",  # (a known place keeps its type)
        "The talks, Monday and Tuesday, ran late.",  # (no relative)
    ],
)
def test_no_person_without_a_relative_or_over_a_known_name(rec: Recognizer, text: str) -> None:
    found = names(rec, f"Story\n\n{text}\n")
    assert not any(label == "PERSON" for _, label in found), found
