"""A German surname or given name ending like an abstract noun (-ung, -nis, -heit …) is still a
person's name (review s50-rv2 #12, round s50-fx3; ``german_nouns.german_common_noun``): round
s50-n's suffix rule, meant for a place "Sicherheit", dropped "Hartung" in "Hartung sagte" after
"Klaus Hartung". The nouns it was made for stay no names
(tests/analysis/test_entities_s50n_foreign_words_times.py)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        (  # reported
            "Der Vorsitzende der Gewerkschaft, Klaus Hartung, kündigte am Montag weitere Streiks an. "
            "Hartung sagte, die Forderungen seien berechtigt. Die Bahn wies die Kritik zurück.",
            "Hartung",
        ),
        (
            "Die Bürgermeisterin Anna Gerung eröffnete am Freitag die neue Brücke in der Stadt. "
            "Gerung sagte, der Bau habe drei Jahre gedauert. Die Anwohner feierten bis spät.",
            "Gerung",
        ),
    ],
)
def test_a_surname_ending_like_an_abstract_noun_is_a_person(rec: Recognizer, text: str, alone: str) -> None:
    found = names(rec, text)
    assert (alone, "PERSON") in found, found
