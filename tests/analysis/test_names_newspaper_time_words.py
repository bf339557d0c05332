"""A newspaper titled with when it comes out ("Evening Post", "Morning Herald", "Daily Courier") is
not named after a town: its first word alone is no place (t13u F11, round s32-b: the masthead
"Valdoria Evening Post" beside the byline's "Evening Post" gave a GPE "Evening"). The reported page
and invented variants; "Lorne Gazette" still names the town Lorne."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("page", "word"),
    [
        (  # reported (t13u F11)
            "Valdoria Evening Post\nHome\nNews\nSport\nWeather\n"
            "By Elena Vidal, Evening Post, June 4, 2026\n"
            "A stadium steward was questioned by police on Sunday over the crush.\n",
            "Evening",
        ),
        (
            "Harwick Morning Herald\nNews\nBy Tom Reed, Morning Herald, May 2, 2025\n"
            "The council approved the new bus lanes on Tuesday.\n",
            "Morning",
        ),
        (
            "Brenford Weekend Courier\nBy Ana Silva, Weekend Courier, 3 March 2025\n"
            "The ferry service resumed after a week of storms.\n",
            "Weekend",
        ),
    ],
)
def test_a_paper_s_time_word_is_no_place(rec: Recognizer, page: str, word: str) -> None:
    found = names(rec, page)
    assert not any(name == word for name, _ in found), found


def test_a_paper_named_after_its_town_still_names_it(rec: Recognizer) -> None:
    page = "By Tom Reed, Lorne Gazette, May 2, 2025\nThe mayor of Lorne said on Monday that the pier would reopen.\n"
    assert ("Lorne", "GPE") in names(rec, page)
