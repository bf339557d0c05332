"""A known place joined by a hyphen to the name after it, a war or a line between two places
(the names eval's heldout19, session 26: "the Iran-Iraq War" gave a GPE "Iran" and an EVENT
"Iraq War", "the Laos-China Railway" a GPE "Laos" and "China Railway"). The whole is one name;
a place alone after the hyphen ("the India-Pakistan border") stays two places. The reported
sentences as written, and variants invented."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        # reported (heldout19)
        (
            "During the Iran-Iraq War he repaired instruments for musicians in Isfahan.",
            "Iran-Iraq War",
            "EVENT",
        ),
        # invented
        ("The Russia-Ukraine War entered its third year on Monday.", "Russia-Ukraine War", "EVENT"),
        (
            "Most grain now reaches the port by the Ethiopia-Djibouti Railway, officials said.",
            "Ethiopia-Djibouti Railway",
            None,
        ),
    ],
)
def test_the_hyphened_name_is_one(rec: Recognizer, sentence: str, name: str, label: str | None) -> None:
    found = names(rec, f"History\n\n{sentence}\n")
    assert any(text == name and (label is None or got == label) for text, got in found), found
    assert not any(text != name and text in name for text, _got in found), found


def test_the_laos_china_line_is_one_name(rec: Recognizer) -> None:
    # reported (heldout19): the line's name whole, not "Laos" and "China Railway"
    sentence = "Its chief executive told reporters the company would ship more by the Laos-China Railway to Kunming."
    found = {text for text, _label in names(rec, f"Durian\n\n{sentence}\n")}
    assert "Laos-China Railway" in found and "Laos" not in found and "China Railway" not in found, found


def test_two_places_before_a_common_noun_stay_two(rec: Recognizer) -> None:
    found = names(rec, "Border\n\nThe India-Pakistan border was closed on Friday.\n")
    assert ("India", "GPE") in found and ("Pakistan", "GPE") in found, found
