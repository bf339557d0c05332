"""What is sung, said or written, several of them, "in" a name no list of languages holds is in
that language ("wrote more than 300 hymns in Jinghpaw", "trained camp choirs in Lisu", "local names
for it in Nagovisi and Rotokas" were GPEs in held-out 32, round s39-e), while a town the lists know
stays a place there ("sang hymns in Chicago"). The reported shapes paraphrased, and invented
variants."""

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
        ("Notes.\n\nThe choir mistress wrote more than 300 hymns in Jinghpaw and kept a songbook.", ["Jinghpaw"]),
        (
            "Notes.\n\nPeople in the nearby villages also use local names for it in Nagovisi and Rotokas.",
            ["Nagovisi", "Rotokas"],
        ),
        ("Notes.\n\nShe collected old songs in Kivaru and taught them to children.", ["Kivaru"]),
    ],
)
def test_sung_or_said_in_an_unlisted_language(rec: Recognizer, text: str, languages: list[str]) -> None:
    found = names(rec, text)
    for language in languages:
        assert (language, "LANGUAGE") in found


def test_a_known_town_stays_a_place(rec: Recognizer) -> None:
    assert ("Chicago", "GPE") in names(rec, "Notes.\n\nShe sang hymns in Chicago before the war.")
