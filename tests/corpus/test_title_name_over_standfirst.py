"""A paper's name over a headline and a standfirst in a plain-text page (#16, round s34-e): "The
Last Post" over "Reservoir drops to record low" over the standfirst "Farmers fear a dry year as the
reservoir drops" took the standfirst for the title (a headline in sentence case over a deck was
passed over for it). Under a paper's name, the line over the standfirst is the headline and the
title, and the name is the outlet ("Halvik Evening Post", a French "Le Petit Rhône"); under a short
capitalised first line no newspaper's word names ("The Morning Lantern", or a rubric, "Climate
Crisis": the two look the same) the headline is the title too; a page whose
name stands straight over its headline keeps that headline, and a headline in Title Case over its
deck stays the title, never an outlet. The reported layout and variants of my own (invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = {
    "en": "The Holm reservoir fell to 41 percent of capacity on Monday, the water board said, and farmers in "
    "the valley said they would cut planting this spring.",
    "fr": "Le Rhône est monté de deux mètres en une nuit, a indiqué la préfecture mardi, et plusieurs villages "
    "ont été évacués par précaution.",
}


def _read(tmp_path: Path, text: str) -> tuple[str, str | None]:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    return article.title, article.outlet


@pytest.mark.parametrize(
    ("name", "headline", "standfirst", "lang", "named"),
    [
        # reported
        (
            "The Last Post",
            "Reservoir drops to record low",
            "Farmers fear a dry year as the reservoir drops",
            "en",
            True,
        ),
        # variants: a name with a newspaper's word, a French paper; a name no newspaper's word
        # tells from a rubric, and a rubric
        (
            "Halvik Evening Post",
            "Water board orders hosepipe ban",
            "Farmers fear a dry year as the reservoir drops",
            "en",
            True,
        ),
        ("Le Petit Rhône", "La crue menace les vignobles", "Les viticulteurs craignent une récolte perdue", "fr", True),
        (
            "The Morning Lantern",
            "Reservoir falls to record low",
            "Residents worry about a second dry summer in the valley",
            "en",
            False,
        ),
        (
            "Climate Crisis",
            "Reservoir drops to record low",
            "Farmers fear a dry year as the reservoir drops",
            "en",
            False,
        ),
    ],
)
def test_the_headline_under_the_name_is_the_title(
    tmp_path: Path, name: str, headline: str, standfirst: str, lang: str, named: bool
) -> None:
    title, outlet = _read(tmp_path, f"{name}\n\n{headline}\n\n{standfirst}\n\n{PROSE[lang]}\n")
    assert title == headline
    if named:  # (a first line no newspaper's word names keeps the outlet it had)
        assert outlet == name


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("The Last Post", "Farmers fear a dry year as the reservoir drops"),
        ("Halvik Evening Post", "Water board orders hosepipe ban"),
    ],
)
def test_a_name_straight_over_its_headline_keeps_it(tmp_path: Path, name: str, headline: str) -> None:
    title, outlet = _read(tmp_path, f"{name}\n\n{headline}\n\n{PROSE['en']}\n")
    assert (title, outlet) == (headline, name)


@pytest.mark.parametrize(
    "text",
    [
        "Nordøy Seafood Reports Record First Quarter\n\nStrong demand for salmon lifts revenue\n\n"
        "Exports to Asia doubled in three months\n\n",
        "Acme Wins Big Contract\n\nShares jump on the news in early trading\n\nAnalysts expect more orders this year\n\n",
    ],
)
def test_a_title_case_headline_over_decks_is_the_title_and_no_outlet(tmp_path: Path, text: str) -> None:
    title, outlet = _read(tmp_path, f"{text}{PROSE['en']}\n")
    assert (title, outlet) == (text.split("\n", 1)[0], None)
