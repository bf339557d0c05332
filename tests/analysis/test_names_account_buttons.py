"""A page's account buttons ("Log in   Subscribe", "Sign in  Register") are no place: the "in" of
"log in", "sign in" and "opt in" is no place's preposition (t13u F11, round s32-b: a GPE
"Subscribe"). The reported row and invented variants; "signed in Geneva" stays a place."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    "row",
    [
        "Home  News  Sport  Business\nLog in   Subscribe\nStadium crush toll rises to five",  # reported
        "World  Opinion\nSign in   Register\nFlood warnings issued for the valley",
        "Politics  Culture\nSign in  Newsletters\nCouncil approves new bus lanes",
    ],
)
def test_account_buttons_are_no_place(rec: Recognizer, row: str) -> None:
    found = names(rec, row)
    assert not any(label in ("GPE", "LOC") for _, label in found), found


def test_a_place_after_signed_in_stays_one(rec: Recognizer) -> None:
    assert ("Geneva", "GPE") in names(rec, "The treaty was signed in Geneva in 1949.")
