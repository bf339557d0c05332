"""Dates in text, from acceptance (issue 17): US zones written without a season ("ET", "PT")
take the offset of their day, daylight time from the second Sunday of March ("July 14, 2025,
7:52 a.m. ET" was read as -05:00, an hour off, which can change who reported first); a year
out of range is not replaced by another."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.dates import date_in_text


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted: July 14, 2025, 7:52 a.m. ET", "2025-07-14T07:52-04:00"),
        ("Posted: Mar. 3, 2025, 7:52 a.m. ET", "2025-03-03T07:52-05:00"),
        ("Posted: Mar. 14, 2025, 7:52 a.m. ET", "2025-03-14T07:52-04:00"),
        ("Posted: Jan 10, 2025 9:00 PT", "2025-01-10T09:00-08:00"),
        ("Posted: Aug 10, 2025 9:00 PT", "2025-08-10T09:00-07:00"),
        ("Posted: Mar 14, 2025 7:52 PM GMT+9", "2025-03-14T19:52+09:00"),
        ("Posted: Mar 14, 2025 7:52 PM EDT", "2025-03-14T19:52-04:00"),
    ],
)
def test_a_zone_takes_the_offset_of_its_day(line: str, iso: str) -> None:
    found = date_in_text(f"{line}\n\nThe ferry sank off the coast.\n")
    assert found is not None and found.iso == iso


@pytest.mark.parametrize("line", ["Posted: March 14, 0001", "Posted: March 14, 2999", "Updated: 14 March 3025"])
def test_a_year_out_of_range_leaves_the_date_unread(line: str) -> None:
    """Acceptance, issue 17: such a date was read year-less and given 2025, as 'text'."""
    assert date_in_text(f"{line}\n\nThe ferry sank off the coast.\n") is None


@pytest.mark.parametrize(
    "text",
    [
        "Deep nested text article. TOKYO, March 14 (Reuters) - A ferry capsized.",
        "Some words before it TOKYO, March 14 (Reuters) - A ferry capsized.",
        "read the full story here: HALVIK, May 3 (AP) - The ferry company said.",
    ],
)
def test_a_sentence_before_a_dateline_is_not_its_place(text: str) -> None:
    """Acceptance, issue 17: 'Deep nested text article. TOKYO' was a dateline's place (and a
    Place in the timeline's subjects): a place's later words are capitalised or short
    particles ('RIO DE JANEIRO', 'Dar es Salaam')."""
    from waic_reader.index.corpus import dateline

    for found in dateline.matches(text):
        place = text[found.start : found.places[0][1]] if found.places else ""
        assert " " not in place.strip() or place.strip().isupper(), place
    at = dateline.match(text, 0)
    assert at is None or text[at.start : at.end].split(",", maxsplit=1)[0] in ("TOKYO", "HALVIK")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("RIO DE JANEIRO, March 3 (Reuters) - The", "RIO DE JANEIRO"),
        ("Dar es Salaam, March 3 (AFP) - The", "Dar es Salaam"),
        ("Saint-Jean-sur-Richelieu, March 3 - The", "Saint-Jean-sur-Richelieu"),
    ],
)
def test_places_with_particles_stay_whole(line: str, place: str) -> None:
    from waic_reader.index.corpus import dateline

    found = list(dateline.matches(line))
    assert found and line[found[0].start : found[0].start + len(place)] == place
