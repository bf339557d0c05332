"""A language used as one, where the words around it are not the language rule's (heldout21, round
s28-e; names invented): "a hymn in Slovene in his memory" (Slovene, the other English name of
Slovenian), "a meeting held in Lao last month" (a time word after it), "you hear German and Dutch
on the stairs" (a verb of hearing), "the Estonian word for charger" (a word of the language) were
nationalities (NORP). Each the reported shape and two variants; and the nationality stays one."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The crowd sang a hymn in Slovene in his memory.", "Slovene"),  # reported
        ("The plaque is written in Slovene and Italian.", "Slovene"),
        ("She thanked the jury in Slovene before the anthem.", "Slovene"),
        ("Villagers were told at a meeting held in Lao last month.", "Lao"),  # reported
        ("The results were read out in Thai yesterday.", "Thai"),
        ("The notices will be printed in Khmer next week.", "Khmer"),
        ("In summer you hear German and Dutch on the stairs.", "German"),  # reported
        ("In the market you heard Swahili and Arabic all day.", "Arabic"),
        ("At the port he hears Tagalog on every deck.", "Tagalog"),
        ("Its name comes from the Estonian word for charger.", "Estonian"),  # reported
        ("The brand is the Finnish word for spark.", "Finnish"),
        ("Locals use the Hungarian term for the wind.", "Hungarian"),
    ],
)
def test_a_language_used_as_one_is_a_language(rec: Recognizer, text: str, language: str) -> None:
    found = names(rec, text)
    assert (language, "LANGUAGE") in found, found
    assert (language, "NORP") not in found, found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Slovene officials said the pass was closed.", "Slovene"),
        ("The town heard German officials would visit.", "German"),
    ],
)
def test_the_nationality_stays_one(rec: Recognizer, text: str, people: str) -> None:
    assert (people, "LANGUAGE") not in names(rec, text)
