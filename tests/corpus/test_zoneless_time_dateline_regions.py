"""A dateline's region decides its place's zone, an agency's credit is no region, and one reader of
ISO offsets (review s49-rv findings 5, 6, 15): "PARIS, Texas —" is not Paris's time, "LONDON,
Ontario —" not London's; "MOSCOW (RIA) —" credits RIA Novosti, "BRUSSELS (VRT) —" the Flemish
broadcaster (entities.lexicons.DATELINE_CREDITS, from Wikipedia's lists of news agencies and public
broadcasters); ``date_zones`` reads offsets with ``date_values.as_datetime``."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import date_zones
from waic_reader.index.corpus.reader import Article, Corpus

LEAD = "Officials said on Monday that the river had risen overnight and that schools would stay closed."


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    "place",
    [
        "PARIS, Texas",  # reported
        "LONDON, Ontario",  # reported
        "ATHENS, Ga.",
        "MOSCOW, Idaho",
    ],
)
def test_a_homonym_town_abroad_takes_no_zone(tmp_path: Path, place: str) -> None:
    article = _article(
        tmp_path, f"Flood warning issued\n\nBy Dana Ortiz | March 14, 2025, 10:30 a.m. local time\n\n{place} — {LEAD}\n"
    )
    assert article.date == "2025-03-14T10:30"
    assert date_zones.dateline_of(article.text).zone is None


def test_a_country_after_the_place_keeps_its_zone(tmp_path: Path) -> None:
    article = _article(
        tmp_path,
        f"Quake jolts Tokyo\n\nBy Dana Ortiz | March 14, 2025, 10:30 a.m. local time\n\nTOKYO, Japan — {LEAD}\n",
    )
    assert article.date == "2025-03-14T10:30+09:00"


@pytest.mark.parametrize(
    ("dateline", "credit"),
    [
        ("MOSCOW (RIA) —", "RIA"),  # reported
        ("BRUSSELS (VRT) —", "VRT"),  # reported
        ("ST PETERSBURG (RIA) -", "RIA"),
        ("ANTWERP (VRT) –", "VRT"),
    ],
)
def test_an_agency_or_broadcaster_credit_is_no_region(tmp_path: Path, dateline: str, credit: str) -> None:
    article = _article(tmp_path, f"Officials respond to flooding\n\n{dateline} {LEAD}\n")
    assert article.outlet == credit
    assert date_zones.dateline_of(article.text).credit == credit


@pytest.mark.parametrize(
    ("iso", "offset", "zoneless"),
    [
        ("2026-03-10T09:00:00+0530", "+05:30", False),  # an offset without its colon
        ("2026-03-10T09:00:00.250-03:30", "-03:30", False),
        ("2026-03-10T09:00:00Z", "+00:00", False),
        ("--08-18T19:40", None, True),  # year-less, no zone
        ("2026-08-18", None, False),  # no time
    ],
)
def test_one_reader_of_offsets(iso: str, offset: str | None, zoneless: bool) -> None:
    assert date_zones.offset_of(iso) == offset
    assert date_zones.zoneless_time(iso) is zoneless


def test_no_dead_helper() -> None:
    assert not hasattr(date_zones, "with_offset")
    assert not hasattr(date_zones, "_TIMED")


@pytest.mark.parametrize("junk", ["olicki", "trocki", "Store"])
def test_the_generated_regions_hold_no_fragment_or_common_word(junk: str) -> None:
    from waic_reader.index.analysis.entities.foreign_places import region_names_other

    names = region_names_other()
    assert junk not in names and all(n[:1].isupper() for n in names)
    assert {"Californie", "Kalifornien", "Baviera"} <= names


@pytest.mark.parametrize("junk", ["DFBDSIOA", "RASHKDRPC", "SARHKIK"])
def test_the_generated_initials_are_short_forms(junk: str) -> None:
    from waic_reader.index.analysis.entities.foreign_places import country_abbreviated

    assert not country_abbreviated(junk)
    assert all(country_abbreviated(ok) for ok in ("RDC", "USA", "RCA", "EE.UU."))
