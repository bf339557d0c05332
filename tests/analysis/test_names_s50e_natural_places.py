"""Held-out 42's and 43's natural places typed as towns or missed (issue #16, round s50-e), two
kinds, each with its half's case and two variants of other names and layout:

- a stream named "… Creek" is a LOC where the article calls it a creek or sets it on water ("the
  culvert on Mission Creek"); a town of that ending stays a GPE ("in Battle Creek");
- the largest islands no state governs as one, the major mountain ranges, deserts and natural
  regions are LOC ("Sumatra", "Siberia", "the Pyrenees"); a province named by a compass point and
  its island or desert stays a GPE ("West Java", "South Gobi")."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "streams"),
    [
        (
            "Crews replaced the culvert on Mission Creek last week, and salmon swam up Lapwai Creek.",
            ("Mission Creek", "Lapwai Creek"),
        ),
        (
            "A farmer was told to stop pumping from Alder Creek whenever the creek falls below a set level.",
            ("Alder Creek",),
        ),
        (
            "The trail runs between Hollow Oak Creek and the county road, then along Bitter Creek.",
            ("Hollow Oak Creek", "Bitter Creek"),
        ),
    ],
)
def test_a_creek_on_water_is_a_natural_place(rec: Recognizer, text: str, streams: tuple[str, ...]) -> None:
    found = names(rec, text)
    for stream in streams:
        assert (stream, "LOC") in found, found


def test_a_town_named_creek_stays_a_town(rec: Recognizer) -> None:
    assert ("Battle Creek", "LOC") not in names(rec, "She grew up in Battle Creek and moved to Detroit.")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Boats carry tuna from Sumatra to Java and Sulawesi every week.", ("Sumatra", "Java", "Sulawesi")),
        ("She sang of the bear feasts of western Siberia and of the Urals.", ("Siberia", "Urals")),
        (
            "Shepherds cross the Pyrenees in June; traders once crossed the Sahara and the Gobi.",
            ("Pyrenees", "Sahara", "Gobi"),
        ),
    ],
)
def test_islands_ranges_and_regions_are_natural_places(rec: Recognizer, text: str, places: tuple[str, ...]) -> None:
    found = names(rec, text)
    for place in places:
        assert (place, "LOC") in found, found


@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("The landslide hit a village in Central Java on Sunday.", "Central Java"),
        ("The coffee is grown in the hills of South Sulawesi.", "South Sulawesi"),
        ("The coal mine lies in South Gobi, near the border.", "South Gobi"),
    ],
)
def test_a_province_named_after_its_island_stays_a_province(rec: Recognizer, text: str, province: str) -> None:
    assert (province, "GPE") in names(rec, text)
