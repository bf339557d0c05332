"""Counts a reader relies on are read (t13aq N14): a count of one spelled out as the subject of
"remains missing" ("One person remains missing": the update's 1 was no figure, the row stopped at
2); a part of a whole that left the rails ("Six of its eight carriages came off the rails": only the
eight was read); the part of the injured in a condition ("12 of them in a critical condition": not
read); and a count after a preposition of place is never labelled by the preposition ("rescuers are
still working inside two carriages" was a row "carriages: inside"). The first case of each kind is
the tester's (t13aq corpus); the others are invented variants (other nouns, verbs and conditions)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Police said the death toll had risen to 12. One person remains missing.", id="reported"),
        pytest.param("One climber is still missing on the north face.", id="variant_is_still"),
        pytest.param("One fisherman remains unaccounted for after the storm.", id="variant_unaccounted"),
    ],
)
def test_a_missing_one_is_counted(text: str) -> None:
    got = rows(text, "Two people are missing, police said.")
    assert got.get("people missing") == ["1", "2"], got


@pytest.mark.parametrize(
    ("text", "label", "part", "whole"),
    [
        pytest.param(
            "The train left the track on a curve. Six of its eight carriages came off the rails.",
            "carriages derailed",
            "6",
            "8",
            id="reported",
        ),
        pytest.param(
            "Four of the 11 coaches went off the rails near Brennby.",
            "coaches derailed",
            "4",
            "11",
            id="variant_went_off",
        ),
        pytest.param(
            "Three of its five wagons left the track at the points.",
            "wagons derailed",
            "3",
            "5",
            id="variant_left_the_track",
        ),
    ],
)
def test_a_part_that_left_the_rails_is_derailed(text: str, label: str, part: str, whole: str) -> None:
    got = rows(text)
    assert got.get(label) == [part], got
    assert [part] not in [v for k, v in got.items() if k != label], got


@pytest.mark.parametrize(
    ("text", "label", "part"),
    [
        pytest.param(
            "Sixty-four people are being treated for injuries, 12 of them in a critical condition.",
            "people in critical condition",
            "12",
            id="reported",
        ),
        pytest.param(
            "Forty people were hurt, five of whom are in serious condition.",
            "people in serious condition",
            "5",
            id="variant_of_whom_serious",
        ),
        pytest.param(
            "Eighteen passengers were injured, three of them in a critical but stable condition.",
            "people in critical condition",
            "3",
            id="variant_critical_but_stable",
        ),
    ],
)
def test_a_part_in_a_condition_is_its_own_count(text: str, label: str, part: str) -> None:
    got = rows(text)
    assert got.get(label) == [part], got


@pytest.mark.parametrize(
    ("texts", "noun"),
    [
        pytest.param(
            ("The train had eight carriages.", "Rescuers are still working inside two carriages."),
            "carriages",
            id="reported",
        ),
        pytest.param(
            ("The ferry had 40 cabins.", "Divers are still searching inside three cabins."),
            "cabins",
            id="variant_cabins",
        ),
        pytest.param(
            ("The mine has 12 tunnels.", "Crews are digging beneath two tunnels."), "tunnels", id="variant_beneath"
        ),
    ],
)
def test_a_preposition_labels_no_row(texts: tuple[str, ...], noun: str) -> None:
    labels = set(rows(*texts))
    assert all(label == noun or not label.startswith(f"{noun}:") for label in labels), labels
    assert not any(w in label for label in labels for w in (": inside", ": beneath")), labels
