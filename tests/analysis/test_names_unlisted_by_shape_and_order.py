"""Two unknown capitalised words with no cue around them are a person's name by their words alone
where a surname's ending says so ("Zaurbek Kokoev", "Tamaz Beridzeshvili", "Oksana Hrytsenko") or
where a family name stands first and a given name after it, as Rwanda, Burundi, Hungary and East
Asia write names ("Nshuti Innocent", "team-mate Hakizimana Didier"), inside a sentence after a word
in lower case that is no determiner nor preposition (issue #16, round s33-c: heldout26's wrestling
report read none of "Zaurbek Kokoev", "Zelimkhan Israilov", "Soslan Tedtoev", "Movsar Saidulaev",
and the cycling live blog split "Nshuti Innocent" into two people). A place or a thing after "the",
"of", "on" stays none. The reported shapes first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _people(rec: Recognizer, text: str) -> set[str]:
    return {n for n, label in names(rec, f"Story\n\n{text}\n") if label == "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported shapes, written again with other names
        ("Earlier, Aslanbek Tsogoev of Alania took the 74kg title with a pin.", {"Aslanbek Tsogoev"}),
        ("At 65kg Alikhan Gazdanov, wrestling for Digora, lost the final.", {"Alikhan Gazdanov"}),
        (
            "Tesfamariam attacks. Yellow jersey Habimana Olivier is 20 seconds back with his team-mate "
            "Uwimana Didier pacing him.",
            {"Habimana Olivier", "Uwimana Didier"},
        ),
        # invented: other suffixes and languages
        ("In the heavyweight class Tamaz Beridzeshvili of Batumi won after extra time.", {"Tamaz Beridzeshvili"}),
        ("Grain prices rose, and Yaryna Hrytsenko expects more gains this week.", {"Yaryna Hrytsenko"}),
        ("The debate, which Vrezh Hakobyan chaired, lasted two hours.", {"Vrezh Hakobyan"}),
    ],
)
def test_an_unlisted_name_is_a_person_by_its_words(rec: Recognizer, text: str, expected: set[str]) -> None:
    assert _people(rec, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shepherds sell their milk to the makers of Pecorino Romano in the hills.",
        "Fishermen gather for the Feast of St Nicholas every December.",
        "Results were shown live on Astro Awani until midnight.",
    ],
)
def test_a_thing_or_a_place_after_a_preposition_is_no_person(rec: Recognizer, text: str) -> None:
    assert not _people(rec, text)
